// The version sweep against a TLS stack that is not OpenSSL: GnuTLS's own test server
// (gnutls-serv, Debian's gnutls-bin), set to each version range by a priority string. Node and
// every other fixture speak OpenSSL, so this is where the ClientHello the sweep writes by hand
// meets an independent reading of the RFCs. In CI a missing gnutls-serv is a failure, never a
// skip. (gnutls-serv listens on every address for the few seconds of each case; the probes only
// ever go to 127.0.0.1.)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import type { TlsVersionName } from '../../src/facts/endpoint.js';
import { HOST, endpointFor } from './helpers.js';
import { describeWithProgram } from '../support/system-tool.js';
import { GNUTLS_SERV, gnutlsServ as startGnutlsServ } from '../support/gnutls-serv.js';

const run = describeWithProgram(GNUTLS_SERV, 'the sweep against GnuTLS: skipped, gnutls-serv is not installed (apt-get install gnutls-bin)');

let certs: FixtureCertificates;
let dir: string;
let certFile: string;
let keyFile: string;

beforeAll(async () => {
  certs = await createFixtureCertificates();
  const pem = await certs.good([HOST]);
  dir = await mkdtemp(join(tmpdir(), 'gnutls-'));
  certFile = join(dir, 'cert.pem');
  keyFile = join(dir, 'key.pem');
  await writeFile(certFile, pem.cert);
  await writeFile(keyFile, pem.key);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** gnutls-serv with `priority`, once it accepts connections on 127.0.0.1. */
const gnutlsServ = (priority: string) => startGnutlsServ({ cert: certFile, key: keyFile }, priority);

const ONLY = (...versions: string[]) => `NORMAL:-VERS-ALL:${versions.map((v) => `+VERS-TLS${v}`).join(':')}`;

run('the sweep against GnuTLS agrees with the versions it was given', () => {
  // The last column counts the connections: the session's handshake, then one ClientHello per
  // question the sweep still has (1.2 after a 1.3 session, 1.3 and 1.2 when no session started,
  // the 1.0-1.1 range, and 1.0 alone when the range answered 1.1), then the cipher questions:
  // GnuTLS's NORMAL picks an RSA key transport suite and a DHE one (with an RFC 7919 group) at
  // the newest version of 1.2 and below, so three there (two at 1.1 or 1.0, which are not asked
  // about forward secrecy), and one refusal at each older version. After a 1.3 session the first
  // cipher question at 1.2 goes before the sweep (`- 1`): its suite answers the 1.2 question,
  // which is not asked; on a 1.3-only server it is refused and the 1.2 question is asked (`+ 1`).
  const cases: [string, string, TlsVersionName | null, TlsVersionName[], number][] = [
    ['1.2 and 1.3', ONLY('1.3', '1.2'), 'TLSv1.3', ['TLSv1.2', 'TLSv1.3'], 3 + 3 - 1],
    ['1.3 only', ONLY('1.3'), 'TLSv1.3', ['TLSv1.3'], 3 + 1],
    ['1.2 only', ONLY('1.2'), 'TLSv1.2', ['TLSv1.2'], 2 + 3],
    ['1.0 to 1.3', ONLY('1.3', '1.2', '1.1', '1.0'), 'TLSv1.3', ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], 4 + 3 + 1 + 1 - 1],
    ['1.1 only (the session cannot start; the sweep still finds it)', ONLY('1.1'), null, ['TLSv1.1'], 5 + 2],
    ['1.0 only', ONLY('1.0'), null, ['TLSv1'], 4 + 2],
  ];
  test.each(cases)('%s', async (_name, priority, negotiated, accepted, connections) => {
    const server = await gnutlsServ(priority);
    try {
      const facts = await probeEndpoint(endpointFor('https', server.port), { concurrency: 1, extraCa: [certs.ca.cert] });
      expect(facts.tls?.versionsAccepted).toEqual(accepted);
      expect(facts.tls?.versionsUntested).toBeUndefined();
      expect(facts.tls?.version).toBe(negotiated);
      if (negotiated) expect(facts.tls?.certificate).toMatchObject({ trusted: true, nameMatch: true });
      expect(facts.connections).toBe(connections);
    } finally {
      await server.stop();
    }
  });
});
