import { X509Certificate } from 'node:crypto';
import type * as net from 'node:net';
import { createFixtureCertificates, type FixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startLegacySilentTls, startTlsServer, type TlsFixtureServer, type TlsServerOptions } from '../../src/demo/tls-server.js';
import { startStallingTls, startTarpitServer } from '../support/hostile-servers.js';
import type { TlsVersionName } from '../../src/facts/endpoint.js';
import { TLS12_ONLY_SUITES, sweepTls, tlsHandshake, type HandshakeOutcome, type TlsContext } from '../../src/probe/tls.js';
import { HOST, LEGACY, connect, serversClosedAfterEach, startRawServer } from './helpers.js';

const HOSTS = [HOST, '127.0.0.1', '::1'];

let certs: FixtureCertificates;
const hold = serversClosedAfterEach();

beforeAll(async () => {
  certs = await createFixtureCertificates();
});

const serve = (options: TlsServerOptions) => hold(startTlsServer(options));

function context(overrides: Partial<TlsContext> = {}): TlsContext {
  return { servername: HOST, extraCa: [certs.ca.cert], timeoutMs: 5000, now: new Date(), ...overrides };
}

const opened: HandshakeOutcome[] = [];
afterEach(() => {
  for (const outcome of opened.splice(0)) outcome.socket?.destroy();
});

async function handshakeWith(pem: Pem, ctx: Partial<TlsContext> = {}, server: Partial<TlsServerOptions> = {}) {
  const fixture = await serve({ pem, ...server });
  const outcome = await tlsHandshake(await connect(fixture.port, fixture.address), context(ctx));
  opened.push(outcome);
  return outcome;
}

/** The SNI names the server saw, once it has finished its side of `count` handshakes. */
async function servernamesAfter(fixture: TlsFixtureServer, count = 1) {
  await fixture.handshakesReached(count);
  return fixture.servernames;
}

describe('tlsHandshake', () => {
  test('a good certificate from the extra CA: trusted, named, modern, and the socket stays usable', async () => {
    const pem = await certs.good(HOSTS);
    const fixture = await serve({ pem, greeting: '* OK ready\r\n' });
    const outcome = await tlsHandshake(await connect(fixture.port), context());
    opened.push(outcome);
    expect(outcome.error).toBeNull();
    expect(outcome.version).toBe('TLSv1.3');
    expect(outcome.cipher).toMatch(/^TLS_/);
    expect(outcome.certificate).toMatchObject({
      subject: `CN=${HOST}`,
      trusted: true,
      nameMatch: true,
      error: null,
      keyType: 'rsa',
      keyBits: 2048,
      signature: 'sha256WithRSAEncryption',
      daysLeft: 90,
      fingerprint256: new X509Certificate(pem.cert).fingerprint256,
    });
    expect(await servernamesAfter(fixture)).toEqual([HOST]);
    // The caller continues the dialogue on the returned socket.
    const greeting = await new Promise<string>((resolve) => outcome.socket!.once('data', (d: Buffer) => resolve(d.toString())));
    expect(greeting).toBe('* OK ready\r\n');
  });

  test('without the extra CA the same certificate is untrusted but fully described', async () => {
    const outcome = await handshakeWith(await certs.good(HOSTS), { extraCa: [] });
    expect(outcome.error).toBeNull();
    expect(outcome.certificate?.trusted).toBe(false);
    expect(outcome.certificate?.error).toMatch(/^(UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)$/);
    expect(outcome.certificate?.nameMatch).toBe(true);
  });

  test('a chain ending in a root nobody trusts: the sent chain is recorded', async () => {
    const pem = await certs.good(HOSTS);
    const outcome = await handshakeWith(pem, { extraCa: [] }, { chain: [certs.ca.cert] });
    const ca = new X509Certificate(certs.ca.cert);
    const caName = ca.subject.split('\n').join(', ');
    expect(outcome.certificate).toMatchObject({
      trusted: false,
      error: 'SELF_SIGNED_CERT_IN_CHAIN',
      issuer: caName,
      chain: [{ subject: caName, issuer: caName }],
    });
  });

  test('expired: the chain is fine, the date is not', async () => {
    const outcome = await handshakeWith(await certs.expired(HOSTS));
    expect(outcome.certificate).toMatchObject({ trusted: true, error: 'CERT_HAS_EXPIRED' });
    expect(outcome.certificate!.daysLeft).toBeLessThan(0);
  });

  test('not yet valid', async () => {
    const now = new Date();
    const outcome = await handshakeWith(await certs.notYetValid(HOSTS), { now });
    expect(outcome.certificate).toMatchObject({ trusted: true, error: 'CERT_NOT_YET_VALID' });
    expect(new Date(outcome.certificate!.notBefore).getTime()).toBeGreaterThan(now.getTime());
  });

  test('expiring in 5 days', async () => {
    const outcome = await handshakeWith(await certs.expiring(HOSTS, 5));
    expect(outcome.certificate).toMatchObject({ trusted: true, error: null, daysLeft: 5 });
  });

  test('self-signed: untrusted even with an extra CA', async () => {
    const outcome = await handshakeWith(await certs.selfSigned(HOSTS));
    expect(outcome.error).toBeNull();
    expect(outcome.certificate).toMatchObject({ trusted: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT', nameMatch: true });
  });

  test('a name the certificate does not carry', async () => {
    const fixture = await serve({ pem: await certs.good(HOSTS) });
    const outcome = await tlsHandshake(await connect(fixture.port), context({ servername: 'other.example.test' }));
    opened.push(outcome);
    expect(outcome.certificate).toMatchObject({ trusted: true, nameMatch: false });
    expect(await servernamesAfter(fixture)).toEqual(['other.example.test']);
  });

  test('RSA 1024 is served at the default level and reported as 1024 bits', async () => {
    const outcome = await handshakeWith(await certs.weakRsa(HOSTS));
    expect(outcome.error).toBeNull();
    expect(outcome.certificate).toMatchObject({ keyType: 'rsa', keyBits: 1024, trusted: true });
  });

  test('SHA-1: the server must lower its security level to load it; the probe names the weakness', async () => {
    const pem = await certs.sha1(HOSTS);
    await expect(startTlsServer({ pem })).rejects.toThrow(/md too weak/i);
    const outcome = await handshakeWith(pem, {}, { ciphers: LEGACY });
    expect(outcome.error).toBeNull();
    expect(outcome.certificate).toMatchObject({ signature: 'sha1WithRSAEncryption', error: 'CA_MD_TOO_WEAK', trusted: true });
  });

  test('EC P-256', async () => {
    const outcome = await handshakeWith(await certs.ec(HOSTS), {}, { maxVersion: 'TLSv1.2' });
    expect(outcome.version).toBe('TLSv1.2');
    expect(outcome.cipher).toMatch(/^ECDHE-ECDSA-/);
    expect(outcome.certificate).toMatchObject({ keyType: 'ec', keyBits: 256, signature: 'sha256WithRSAEncryption' });
  });

  test('an IPv4 literal host sends no SNI and matches the iPAddress SAN', async () => {
    const fixture = await serve({ pem: await certs.good(HOSTS) });
    const outcome = await tlsHandshake(await connect(fixture.port), context({ servername: '127.0.0.1' }));
    opened.push(outcome);
    expect(await servernamesAfter(fixture)).toEqual([false]);
    expect(outcome.certificate).toMatchObject({ nameMatch: true, trusted: true });
    const withoutIp = await handshakeWith(await certs.good([HOST]), { servername: '127.0.0.1' });
    expect(withoutIp.certificate?.nameMatch).toBe(false);
  });

  test('an IPv6 literal host over ::1 matches the iPAddress SAN', async () => {
    const fixture = await serve({ pem: await certs.good(HOSTS), host: '::1' });
    const outcome = await tlsHandshake(await connect(fixture.port, '::1'), context({ servername: '0:0::1' }));
    opened.push(outcome);
    expect(await servernamesAfter(fixture)).toEqual([false]);
    expect(outcome.certificate).toMatchObject({ nameMatch: true, san: [`DNS:${HOST}`, 'IP:127.0.0.1', 'IP:::1'] });
  });

  test('a server that reads the ClientHello and never answers: a timeout, and the socket is destroyed', async () => {
    const stalling = await hold(startStallingTls());
    const raw = await connect(stalling.port);
    const outcome = await tlsHandshake(raw, context({ timeoutMs: 300 }));
    expect(outcome).toMatchObject({ socket: null, version: null, certificate: null });
    expect(outcome.error).toMatch(/^timeout: .*300 ms/);
    expect(raw.destroyed).toBe(true);
    expect(stalling.bytesReceived).toBeGreaterThan(0);
  });

  test('a tarpit times out the same way', async () => {
    const tarpit = await hold(startTarpitServer());
    const outcome = await tlsHandshake(await connect(tarpit.port), context({ timeoutMs: 200 }));
    expect(outcome.error).toMatch(/^timeout/);
  });

  test('a plaintext server answering a ClientHello with a greeting fails fast', async () => {
    const server = await hold(startRawServer((socket) => socket.end('220 mail.example.test ESMTP\r\n')));
    const outcome = await tlsHandshake(await connect(server.port), context({ timeoutMs: 20000 }));
    expect(outcome.socket).toBeNull();
    expect(outcome.error).not.toMatch(/timeout/);
    expect(outcome.error).toMatch(/WRONG_VERSION_NUMBER|wrong version|closed|ECONNRESET/i);
  });

  test('a socket already closed fails without waiting', async () => {
    const fixture = await serve({ pem: await certs.good(HOSTS) });
    const raw = await connect(fixture.port);
    raw.destroy();
    const outcome = await tlsHandshake(raw, context({ timeoutMs: 20000 }));
    expect(outcome.error).toMatch(/closed before the TLS handshake/);
  });
});

describe('sweepTls', () => {
  async function sweepOf(server: Partial<TlsServerOptions>, opener?: (port: number) => Promise<net.Socket>) {
    const fixture = await serve({ pem: await certs.good(HOSTS), ...server });
    const main = await tlsHandshake(await connect(fixture.port), context());
    main.socket?.destroy();
    let opens = 0;
    const openReady = () => {
      opens++;
      return (opener ?? connect)(fixture.port);
    };
    const sweep = await sweepTls(openReady, context(), main.version);
    return { negotiated: main.version, versions: sweep.accepted, untested: sweep.untested, opens };
  }

  test('a modern server (1.2 and 1.3): two extra connections', async () => {
    const result = await sweepOf({});
    expect(result).toEqual({ negotiated: 'TLSv1.3', versions: ['TLSv1.2', 'TLSv1.3'], untested: [], opens: 2 });
  });

  test('a TLS 1.3-only server', async () => {
    const result = await sweepOf({ minVersion: 'TLSv1.3' });
    expect(result).toMatchObject({ negotiated: 'TLSv1.3', versions: ['TLSv1.3'], opens: 2 });
  });

  test('a TLS 1.2-only server costs one legacy probe', async () => {
    const result = await sweepOf({ maxVersion: 'TLSv1.2' });
    expect(result).toMatchObject({ negotiated: 'TLSv1.2', versions: ['TLSv1.2'], opens: 1 });
  });

  test('a legacy server accepting 1.0 to 1.3: three extra connections', async () => {
    const result = await sweepOf({ minVersion: 'TLSv1', ciphers: LEGACY });
    const all: TlsVersionName[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
    expect(result).toMatchObject({ negotiated: 'TLSv1.3', versions: all, opens: 3 });
  });

  test('a TLS 1.0-only server: the legacy offer lands on 1.0, so it is not split', async () => {
    const result = await sweepOf({ minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: LEGACY });
    expect(result.negotiated).toBeNull();
    expect(result.versions).toEqual(['TLSv1']);
    expect(result.opens).toBe(3); // 1.3 alone, 1.2 alone, then the 1.0–1.1 offer
  });

  test('a legacy-only server (1.0–1.1) that the modern client cannot reach', async () => {
    const result = await sweepOf({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: LEGACY });
    expect(result).toMatchObject({ negotiated: null, versions: ['TLSv1', 'TLSv1.1'], opens: 4 });
  });

  test('connections that cannot be opened leave their versions untested, not refused', async () => {
    const result = await sweepOf({ minVersion: 'TLSv1', ciphers: LEGACY }, () => Promise.reject(new Error('busy')));
    expect(result).toEqual({ negotiated: 'TLSv1.3', versions: ['TLSv1.3'], untested: ['TLSv1', 'TLSv1.1', 'TLSv1.2'], opens: 2 });
  });

  test('a legacy question that gets no answer before its deadline leaves its versions untested, not refused', async () => {
    const fixture = await hold(startLegacySilentTls({ pem: await certs.good(HOSTS) }));
    const main = await tlsHandshake(await connect(fixture.port), context());
    main.socket?.destroy();
    const sweep = await sweepTls(() => connect(fixture.port), context({ timeoutMs: 300 }), main.version);
    expect(sweep.accepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(sweep.untested).toEqual(['TLSv1', 'TLSv1.1']);
    expect(sweep.untestedBecause).toHaveLength(1);
    expect(sweep.untestedBecause[0]).toMatchObject({ versions: ['TLSv1', 'TLSv1.1'], error: { error: { kind: 'timeout', step: 'handshake' } } });
    // The TLS 1.2 question was answered; only the legacy one met silence.
    expect(fixture.unanswered).toBe(1);
  });

  test('a sweep never leaves old versions enabled for the next main handshake', async () => {
    const fixture = await serve({ pem: await certs.good(HOSTS), minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: LEGACY });
    await sweepTls(() => connect(fixture.port), context(), null);
    const after = await tlsHandshake(await connect(fixture.port), context());
    expect(after.socket).toBeNull();
    expect(after.error).toMatch(/protocol|version/i);
  });
});

/** The cipher suites a ClientHello record offers, by IANA code. */
function offeredSuites(hello: Buffer): number[] {
  let at = 5 + 4 + 2 + 32; // record header, handshake header, version, random
  at += 1 + hello[at]!; // session id
  const end = at + 2 + hello.readUInt16BE(at);
  const suites: number[] = [];
  for (at += 2; at < end; at += 2) suites.push(hello.readUInt16BE(at));
  return suites;
}

test('a certificate-less handshake offering TLS 1.2 alone offers exactly the suites TLS12_ONLY_SUITES spells out', async () => {
  const hellos: Buffer[] = [];
  const server = await hold(startRawServer((socket) => {
    socket.once('data', (chunk: Buffer) => {
      hellos.push(chunk);
      socket.destroy();
    });
  }));
  const outcome = await tlsHandshake(await connect(server.port), context(), { certificate: false, versions: { min: 'TLSv1.2', max: 'TLSv1.2' } });
  expect(outcome.socket).toBeNull();
  expect(hellos).toHaveLength(1);
  // The renegotiation signalling suite (RFC 5746) is no cipher suite.
  const offered = offeredSuites(hellos[0]!).filter((code) => code !== 0x00ff);
  expect(offered).toEqual(TLS12_ONLY_SUITES.map(([, code]) => code));
  // 3DES, Camellia, RC4 and TLS 1.3's suites: never in that offer.
  for (const code of [0x000a, 0x0041, 0x0005, 0x1301]) expect(offered).not.toContain(code);
});
