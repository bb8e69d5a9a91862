// The presented chain as DANE matches it: every certificate a TLS peer sent, leaf first, by the
// SHA-256 and SHA-512 of its DER and of its SubjectPublicKeyInfo, with whether the next one
// issued and signed it. Real handshakes on loopback with chains made in the run; the expected
// digests are computed here another way (node's own key export), never by the code under test.
import { X509Certificate, createHash } from 'node:crypto';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { startTlsServer } from '../../src/demo/tls-server.js';
import { tlsHandshake, type HandshakeOutcome } from '../../src/probe/tls.js';
import { CertificateParseError, subjectPublicKeyInfoDer } from '../../src/probe/x509-fields.js';
import type { PresentedCertificate } from '../../src/facts/endpoint.js';
import { type ChainKit, makeChainKit } from './chains.js';
import { HOST, connect, serversClosedAfterEach } from './helpers.js';

const hold = serversClosedAfterEach();
let kit: ChainKit;
let fixtures: FixtureCertificates;

beforeAll(async () => {
  [kit, fixtures] = await Promise.all([makeChainKit(), createFixtureCertificates()]);
}, 60_000);

const opened: HandshakeOutcome[] = [];
afterEach(() => {
  for (const outcome of opened.splice(0)) outcome.socket?.destroy();
});

async function presentedBy(cert: string, key: string, chain: string[], roots: string[]): Promise<PresentedCertificate[]> {
  const server = await hold(startTlsServer({ pem: { cert, key }, chain }));
  const outcome = await tlsHandshake(await connect(server.port), { servername: HOST, extraCa: roots, timeoutMs: 5000, now: new Date() });
  opened.push(outcome);
  expect(outcome.version).not.toBeNull();
  return outcome.certificate!.presented;
}

/** What a TLSA record generator computes from a PEM certificate: digests of the DER and of the exported key. */
function expectedDigests(pem: string): Omit<PresentedCertificate, 'subject' | 'issuedByNext' | 'trustedRoot'> {
  const cert = new X509Certificate(pem);
  const spki = cert.publicKey.export({ type: 'spki', format: 'der' });
  const hex = (algorithm: string, bytes: Buffer) => createHash(algorithm).update(bytes).digest('hex');
  return { sha256: hex('sha256', cert.raw), sha512: hex('sha512', cert.raw), spkiSha256: hex('sha256', spki), spkiSha512: hex('sha512', spki) };
}

describe('the presented chain', () => {
  test('leaf, intermediate and the root they reach, each by its digests, each issued and signed by the next', async () => {
    const intermediate = await kit.ca('presented intermediate', kit.root);
    const leaf = await kit.leaf([HOST], intermediate);
    const presented = await presentedBy(leaf.cert, leaf.key, [intermediate.cert], [kit.root.cert]);
    // The root was not sent: node added it from the roots the probe trusts, and says it is one.
    expect(presented.map(({ subject, issuedByNext, trustedRoot }) => ({ subject, issuedByNext, trustedRoot }))).toEqual([
      { subject: `CN=${HOST}`, issuedByNext: true, trustedRoot: false },
      { subject: intermediate.name, issuedByNext: true, trustedRoot: false },
      { subject: kit.root.name, issuedByNext: null, trustedRoot: true },
    ]);
    expect(presented.map(({ subject: _s, issuedByNext: _i, trustedRoot: _t, ...digests }) => digests)).toEqual([leaf.cert, intermediate.cert, kit.root.cert].map(expectedDigests));
  });

  test('an untrusted chain is recorded all the same: a leaf from a root the probe does not trust', async () => {
    const intermediate = await kit.ca('untrusted intermediate', kit.root);
    const leaf = await kit.leaf([HOST], intermediate);
    const presented = await presentedBy(leaf.cert, leaf.key, [intermediate.cert], []);
    expect(presented[0]).toEqual({ subject: `CN=${HOST}`, ...expectedDigests(leaf.cert), issuedByNext: true, trustedRoot: false });
    expect(presented).toHaveLength(2);
    expect(presented[1]).toMatchObject({ subject: intermediate.name, ...expectedDigests(intermediate.cert) });
  });

  test('a self-signed leaf is the whole chain', async () => {
    const self = await fixtures.selfSigned([HOST]);
    const presented = await presentedBy(self.cert, self.key, [], []);
    expect(presented).toEqual([{ subject: `CN=${HOST}`, ...expectedDigests(self.cert), issuedByNext: null, trustedRoot: false }]);
  });

  test('an EC key is digested as its SubjectPublicKeyInfo, as sent', async () => {
    const ec = await fixtures.ec([HOST]);
    const presented = await presentedBy(ec.cert, ec.key, [], [fixtures.ca.cert]);
    expect(presented[0]).toMatchObject(expectedDigests(ec.cert));
    expect(presented[0]!.spkiSha256).not.toBe(presented[0]!.sha256);
  });

  test('the report keeps digests only, never the DER', async () => {
    const leaf = await kit.leaf([HOST], kit.root);
    const presented = await presentedBy(leaf.cert, leaf.key, [], [kit.root.cert]);
    const der = Buffer.from(new X509Certificate(leaf.cert).raw);
    const text = JSON.stringify(presented);
    expect(text).not.toContain(der.toString('hex').slice(0, 64));
    expect(text).not.toContain(der.toString('base64').slice(0, 64));
  });
});

describe('subjectPublicKeyInfoDer', () => {
  test('slices the exact bytes node exports as the key', async () => {
    for (const pem of [(await fixtures.good([HOST])).cert, (await fixtures.ec([HOST])).cert, fixtures.ca.cert]) {
      const cert = new X509Certificate(pem);
      expect(Buffer.from(subjectPublicKeyInfoDer(new Uint8Array(cert.raw)))).toEqual(cert.publicKey.export({ type: 'spki', format: 'der' }));
    }
  });

  test('refuses bytes that are not a certificate, and every truncation of one, with a parse error', async () => {
    const der = new Uint8Array(new X509Certificate((await fixtures.good([HOST])).cert).raw);
    for (const bad of [new Uint8Array(), Uint8Array.of(0x30), Uint8Array.of(0x04, 0x00), Uint8Array.of(0x30, 0x84, 0xff, 0xff, 0xff, 0xff)]) {
      expect(() => subjectPublicKeyInfoDer(bad)).toThrow(CertificateParseError);
    }
    // Cut anywhere before the key's end, the certificate's own length runs past the bytes left.
    const keyEnd = subjectPublicKeyInfoDer(der).byteOffset + subjectPublicKeyInfoDer(der).length;
    for (let cut = 0; cut < keyEnd; cut += 7) expect(() => subjectPublicKeyInfoDer(der.subarray(0, cut))).toThrow(CertificateParseError);
  });
});
