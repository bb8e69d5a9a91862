// Trust as OpenSSL judges it, over real TLS handshakes on loopback with chains made in the run.
// Node reports every OpenSSL verify error it has no name for as UNSPECIFIED, and OpenSSL reports
// only the last of several errors; a chain is trusted despite an error only when that error is
// about the leaf alone and a rule of its own reports it (certificate-weak, certificate-expired).
import { startTlsServer, type TlsServerOptions } from '../../src/demo/tls-server.js';
import type { Pem } from '../../src/demo/certificates.js';
import { tlsHandshake, type HandshakeOutcome } from '../../src/probe/tls.js';
import { judge } from '../../src/rules/judge.js';
import { endpoint, goodFacts, policy } from '../rules/fixtures.js';
import { type ChainKit, makeChainKit, unknownCriticalExtension } from './chains.js';
import { HOST, LEGACY, connect, serversClosedAfterEach } from './helpers.js';

const hold = serversClosedAfterEach();
let kit: ChainKit;
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

beforeAll(async () => {
  kit = await makeChainKit();
}, 60_000);

const opened: HandshakeOutcome[] = [];
afterEach(() => {
  for (const outcome of opened.splice(0)) outcome.socket?.destroy();
});

interface Served {
  pem: Pem;
  chain?: string[];
  /** Roots the probe trusts (as ca-file); the kit's root when absent. */
  roots?: string[];
  /** OpenSSL 3 serves SHA-1 and small keys only at security level 0. */
  legacy?: boolean;
}

async function handshake(served: Served, host = HOST): Promise<HandshakeOutcome> {
  const options: TlsServerOptions = { pem: served.pem, chain: served.chain, ...(served.legacy ? { ciphers: LEGACY } : {}) };
  const fixture = await hold(startTlsServer(options));
  const outcome = await tlsHandshake(await connect(fixture.port), {
    servername: host,
    extraCa: served.roots ?? [kit.root.cert],
    timeoutMs: 5000,
    now: new Date(),
  });
  opened.push(outcome);
  return outcome;
}

/** The certificate rules' findings on that handshake, as the judge reports them. */
function certificateFindings(outcome: HandshakeOutcome, host = HOST): string[] {
  const target = endpoint('submissions', { host, address: '127.0.0.1' });
  const good = goodFacts(target);
  const facts = { ...good, tls: { ...good.tls!, version: outcome.version, certificate: outcome.certificate } };
  return judge(policy(), [{ endpoint: target, facts }], new Date())
    .map((finding) => finding.rule)
    .filter((rule) => rule.startsWith('certificate-'))
    .sort();
}

describe('chains OpenSSL refuses are untrusted, whatever else is right with them', () => {
  test('a leaf outside its intermediate\'s permitted name subtree: PERMITTED_VIOLATION', async () => {
    const constrained = await kit.ca('constrained to allowed.test', kit.root, { permittedDns: ['allowed.test'] });
    const outcome = await handshake({ pem: await kit.leaf([HOST], constrained), chain: [constrained.cert] });
    expect(outcome.version).not.toBeNull();
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'PERMITTED_VIOLATION', nameMatch: true });
    expect(certificateFindings(outcome)).toEqual(['certificate-untrusted']);
  });

  test('the same intermediate is trusted for a leaf inside its subtree', async () => {
    const constrained = await kit.ca('constrained to allowed.test', kit.root, { permittedDns: ['allowed.test'] });
    const host = 'mail.allowed.test';
    const outcome = await handshake({ pem: await kit.leaf([host], constrained), chain: [constrained.cert] }, host);
    expect(outcome.certificate).toMatchObject({ trusted: true, error: null });
    expect(certificateFindings(outcome, host)).toEqual([]);
  });

  test('a SHA-1 leaf outside the permitted subtree is untrusted too, not excused by its weak digest', async () => {
    const constrained = await kit.ca('constrained to allowed.test', kit.root, { permittedDns: ['allowed.test'] });
    const pem = await kit.leaf([HOST], constrained, { hash: 'SHA-1' });
    const outcome = await handshake({ pem, chain: [constrained.cert], legacy: true });
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'PERMITTED_VIOLATION' });
    expect(certificateFindings(outcome)).toEqual(['certificate-untrusted', 'certificate-weak']);
  });

  test('a critical extension OpenSSL does not know: UNHANDLED_CRITICAL_EXTENSION', async () => {
    const pem = await kit.leaf([HOST], kit.root, { extra: [await unknownCriticalExtension()] });
    const outcome = await handshake({ pem });
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'UNHANDLED_CRITICAL_EXTENSION' });
    expect(certificateFindings(outcome)).toEqual(['certificate-untrusted']);
  });

  test('an expired leaf with an unknown critical extension: the date error OpenSSL reports last does not hide it', async () => {
    const pem = await kit.leaf([HOST], kit.root, { validDays: [-60, -5], extra: [await unknownCriticalExtension()] });
    const outcome = await handshake({ pem });
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'CERT_HAS_EXPIRED' });
    expect(certificateFindings(outcome)).toEqual(['certificate-expired', 'certificate-untrusted']);
  });

  test('an intermediate whose key usage lacks keyCertSign: KEYUSAGE_NO_CERTSIGN', async () => {
    const signer = await kit.ca('no keyCertSign', kit.root, { keyUsage: 1 /* digitalSignature */ });
    const outcome = await handshake({ pem: await kit.leaf([HOST], signer), chain: [signer.cert] });
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'KEYUSAGE_NO_CERTSIGN' });
    expect(certificateFindings(outcome)).toEqual(['certificate-untrusted']);
  });

  test('a trusted root (ca-file) whose key usage lacks keyCertSign signs nothing', async () => {
    const root = await kit.selfSignedRoot('root without keyCertSign', { keyUsage: 1 /* digitalSignature */ });
    const outcome = await handshake({ pem: await kit.leaf([HOST], root), roots: [root.cert] });
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'KEYUSAGE_NO_CERTSIGN' });
    expect(certificateFindings(outcome)).toEqual(['certificate-untrusted']);
  });

  test('an intermediate signed with SHA-1 under a good leaf: no rule judges the intermediate, so untrusted', async () => {
    const sha1Ca = await kit.ca('SHA-1 intermediate', kit.root, { hash: 'SHA-1' });
    const outcome = await handshake({ pem: await kit.leaf([HOST], sha1Ca), chain: [sha1Ca.cert], legacy: true });
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'CA_MD_TOO_WEAK', signature: 'sha256WithRSAEncryption' });
    expect(certificateFindings(outcome)).toEqual(['certificate-untrusted']);
  });

  test('an expired intermediate under a valid leaf: certificate-expired judges only the leaf, so untrusted', async () => {
    const old = await kit.ca('expired intermediate', kit.root, { validDays: [-400, -10] });
    const outcome = await handshake({ pem: await kit.leaf([HOST], old), chain: [old.cert] });
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'CERT_HAS_EXPIRED' });
    expect(certificateFindings(outcome)).toEqual(['certificate-untrusted']);
  });
});

describe('an error OpenSSL finds early is not hidden by the date error it reports last', () => {
  const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
  const EMAIL = '1.3.6.1.5.5.7.3.4';
  const expired: [number, number] = [-60, -5];

  test('an intermediate below one with pathLen 0: PATH_LENGTH_EXCEEDED, and still untrusted once the leaf has expired', async () => {
    const top = await kit.ca('pathLen 0', kit.root, { pathLen: 0 });
    const below = await kit.ca('below pathLen 0', top);
    const fresh = await handshake({ pem: await kit.leaf([HOST], below), chain: [below.cert, top.cert] });
    expect(fresh.certificate).toMatchObject({ trusted: false, error: 'PATH_LENGTH_EXCEEDED' });
    const old = await handshake({ pem: await kit.leaf([HOST], below, { validDays: expired }), chain: [below.cert, top.cert] });
    expect(old.certificate).toMatchObject({ trusted: false, error: 'CERT_HAS_EXPIRED' });
    expect(certificateFindings(old)).toEqual(['certificate-expired', 'certificate-untrusted']);
  });

  test('a leaf for TLS clients only: INVALID_PURPOSE, and still untrusted once it has expired', async () => {
    const fresh = await handshake({ pem: await kit.leaf([HOST], kit.root, { extendedKeyUsage: [CLIENT_AUTH] }) });
    expect(fresh.certificate).toMatchObject({ trusted: false, error: 'INVALID_PURPOSE' });
    const old = await handshake({ pem: await kit.leaf([HOST], kit.root, { extendedKeyUsage: [CLIENT_AUTH], validDays: expired }) });
    expect(old.certificate).toMatchObject({ trusted: false, error: 'CERT_HAS_EXPIRED' });
    expect(certificateFindings(old)).toEqual(['certificate-expired', 'certificate-untrusted']);
  });

  test('an intermediate restricted to e-mail protection: INVALID_PURPOSE, and still untrusted once the leaf has expired', async () => {
    const email = await kit.ca('e-mail only', kit.root, { extendedKeyUsage: [EMAIL] });
    const fresh = await handshake({ pem: await kit.leaf([HOST], email), chain: [email.cert] });
    expect(fresh.certificate).toMatchObject({ trusted: false, error: 'INVALID_PURPOSE' });
    const old = await handshake({ pem: await kit.leaf([HOST], email, { validDays: expired }), chain: [email.cert] });
    expect(old.certificate).toMatchObject({ trusted: false, error: 'CERT_HAS_EXPIRED' });
    expect(certificateFindings(old)).toEqual(['certificate-expired', 'certificate-untrusted']);
  });

  test('a SHA-1 leaf that has expired under a SHA-1 intermediate: untrusted (the intermediate is judged by no rule)', async () => {
    const sha1Ca = await kit.ca('SHA-1 intermediate', kit.root, { hash: 'SHA-1' });
    const pem = await kit.leaf([HOST], sha1Ca, { hash: 'SHA-1', validDays: expired });
    const outcome = await handshake({ pem, chain: [sha1Ca.cert], legacy: true });
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'CERT_HAS_EXPIRED' });
    expect(certificateFindings(outcome)).toEqual(['certificate-expired', 'certificate-untrusted', 'certificate-weak']);
  });

  test('an expired SHA-1 leaf under good issuers: trusted, with both of its own findings', async () => {
    const intermediate = await kit.ca('good intermediate', kit.root, { pathLen: 0, extendedKeyUsage: ['1.3.6.1.5.5.7.3.1'] });
    const pem = await kit.leaf([HOST], intermediate, { hash: 'SHA-1', validDays: expired });
    const outcome = await handshake({ pem, chain: [intermediate.cert], legacy: true });
    expect(outcome.certificate).toMatchObject({ trusted: true, error: 'CERT_HAS_EXPIRED' });
    expect(certificateFindings(outcome)).toEqual(['certificate-expired', 'certificate-weak']);
  });
});

describe('chains refused only for what a rule of its own reports stay trusted, with that finding', () => {
  test('a SHA-1 signed leaf under a trusted CA: trusted, certificate-weak', async () => {
    const outcome = await handshake({ pem: await kit.leaf([HOST], kit.root, { hash: 'SHA-1' }), legacy: true });
    expect(outcome.certificate).toMatchObject({ trusted: true, error: 'CA_MD_TOO_WEAK', signature: 'sha1WithRSAEncryption' });
    expect(certificateFindings(outcome)).toEqual(['certificate-weak']);
  });

  test('a SHA-1 signed leaf under a good intermediate: trusted, certificate-weak', async () => {
    const intermediate = await kit.ca('good intermediate', kit.root);
    const pem = await kit.leaf([HOST], intermediate, { hash: 'SHA-1' });
    const outcome = await handshake({ pem, chain: [intermediate.cert], legacy: true });
    expect(outcome.certificate).toMatchObject({ trusted: true, error: 'CA_MD_TOO_WEAK' });
    expect(certificateFindings(outcome)).toEqual(['certificate-weak']);
  });

  test('an RSA 1024 leaf: trusted, certificate-weak (Node 24\'s OpenSSL calls the key too small, Node 20\'s accepts it)', async () => {
    const outcome = await handshake({ pem: await kit.leaf([HOST], kit.root, { keyBits: 1024 }), legacy: true });
    expect(outcome.certificate).toMatchObject({ trusted: true, keyBits: 1024, error: NODE_MAJOR >= 24 ? 'EE_KEY_TOO_SMALL' : null });
    expect(certificateFindings(outcome)).toEqual(['certificate-weak']);
  });

  test('an expired leaf under a good intermediate: trusted, certificate-expired', async () => {
    const intermediate = await kit.ca('good intermediate', kit.root);
    const pem = await kit.leaf([HOST], intermediate, { validDays: [-60, -5] });
    const outcome = await handshake({ pem, chain: [intermediate.cert] });
    expect(outcome.certificate).toMatchObject({ trusted: true, error: 'CERT_HAS_EXPIRED' });
    expect(certificateFindings(outcome)).toEqual(['certificate-expired']);
  });

  test('a leaf not valid yet: trusted, certificate-expired', async () => {
    const outcome = await handshake({ pem: await kit.leaf([HOST], kit.root, { validDays: [5, 60] }) });
    expect(outcome.certificate).toMatchObject({ trusted: true, error: 'CERT_NOT_YET_VALID' });
    expect(certificateFindings(outcome)).toEqual(['certificate-expired']);
  });

  test('an expired leaf from a root the probe does not trust stays untrusted', async () => {
    const stranger = await kit.selfSignedRoot('untrusted root');
    const outcome = await handshake({ pem: await kit.leaf([HOST], stranger, { validDays: [-60, -5] }), roots: [kit.root.cert] });
    expect(outcome.certificate?.trusted).toBe(false);
    expect(certificateFindings(outcome)).toEqual(['certificate-expired', 'certificate-untrusted']);
  });
});

test('the chains above are the ones served: the probe records the sent intermediate', async () => {
  const intermediate = await kit.ca('good intermediate', kit.root);
  const outcome = await handshake({ pem: await kit.leaf([HOST], intermediate), chain: [intermediate.cert] });
  expect(outcome.certificate).toMatchObject({ trusted: true, error: null });
  expect(outcome.certificate!.chain.map((c) => c.subject)).toContain(intermediate.name);
});
