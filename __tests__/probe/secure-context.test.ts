// The session's context trusts node's bundled roots plus the policy's extra roots. Where node's
// default store is exactly the bundled roots, it is built from that store with the extras added
// to its own copy (no 140-odd PEMs parsed again): the same trust, and nothing leaks into the
// store other contexts share.
import * as tls from 'node:tls';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { startTlsServer } from '../../src/demo/tls-server.js';
import { defaultStoreIsBundled, tlsHandshake, type TlsContext } from '../../src/probe/tls.js';
import { HOST, connect, serversClosedAfterEach } from './helpers.js';

let certs: FixtureCertificates;
const hold = serversClosedAfterEach();

beforeAll(async () => {
  certs = await createFixtureCertificates();
});

function context(overrides: Partial<TlsContext>): TlsContext {
  return { servername: HOST, extraCa: [], trust: 'bundled', timeoutMs: 5000, now: new Date(), ...overrides };
}

/** Does a plain node client with `secureContext` verify the fixture's chain? */
function nodeVerifies(port: number, secureContext: tls.SecureContext): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: HOST, secureContext, rejectUnauthorized: false });
    socket.once('secureConnect', () => {
      resolve(socket.authorized);
      socket.destroy();
    });
    socket.once('error', reject);
  });
}

describe('defaultStoreIsBundled', () => {
  test('true without the variable and flags that change node default store', () => {
    expect(defaultStoreIsBundled({}, [])).toBe(true);
    expect(defaultStoreIsBundled({ NODE_OPTIONS: '--max-old-space-size=512' }, ['--experimental-vm-modules'])).toBe(true);
  });

  test('false with NODE_EXTRA_CA_CERTS, or --use-openssl-ca / --use-system-ca on the command line or in NODE_OPTIONS', () => {
    expect(defaultStoreIsBundled({ NODE_EXTRA_CA_CERTS: '/etc/extra.pem' }, [])).toBe(false);
    expect(defaultStoreIsBundled({}, ['--use-openssl-ca'])).toBe(false);
    expect(defaultStoreIsBundled({}, ['--use-system-ca'])).toBe(false);
    expect(defaultStoreIsBundled({ NODE_OPTIONS: '--trace-warnings  --use-system-ca' }, [])).toBe(false);
    expect(defaultStoreIsBundled({ NODE_OPTIONS: '--use-openssl-ca' }, [])).toBe(false);
  });

  test('false with NODE_USE_SYSTEM_CA, which puts the system roots in node default store as --use-system-ca does', () => {
    expect(defaultStoreIsBundled({ NODE_USE_SYSTEM_CA: '1' }, [])).toBe(false);
  });
});

describe('the session context under bundled trust', () => {
  test('the extra root is trusted, a chain to no root is not, and the store other contexts share gains nothing', async () => {
    const fixture = await hold(startTlsServer({ pem: await certs.good([HOST]) }));

    const withExtra = await tlsHandshake(await connect(fixture.port), context({ extraCa: [certs.ca.cert] }));
    withExtra.socket?.destroy();
    expect(withExtra.certificate).toMatchObject({ trusted: true, nameMatch: true });

    const without = await tlsHandshake(await connect(fixture.port), context({ extraCa: [] }));
    without.socket?.destroy();
    expect(without.certificate?.trusted).toBe(false);

    // A context made afterwards from node's default store does not trust the fixture's root: the
    // extra root went into the session context's own copy.
    expect(await nodeVerifies(fixture.port, tls.createSecureContext())).toBe(false);
    // The fixture root is trusted where it is given, as a control that the chain itself verifies.
    expect(await nodeVerifies(fixture.port, tls.createSecureContext({ ca: [certs.ca.cert] }))).toBe(true);
  });

  test('an extra root given as one text with two PEM blocks trusts both', async () => {
    const other = await createFixtureCertificates();
    const fixture = await hold(startTlsServer({ pem: await other.good([HOST]) }));
    const outcome = await tlsHandshake(await connect(fixture.port), context({ extraCa: [`${certs.ca.cert}\n${other.ca.cert}`] }));
    outcome.socket?.destroy();
    expect(outcome.certificate).toMatchObject({ trusted: true, nameMatch: true });
  });
});
