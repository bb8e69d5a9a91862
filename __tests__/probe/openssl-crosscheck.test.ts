// A second opinion from the openssl command line on the same fixture servers: which versions a
// server accepts, and what its certificate says. If the two ever disagree, one of them is wrong.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates, type FixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startTlsServer, type TlsServerOptions } from '../../src/demo/tls-server.js';
import type { CertificateFacts, TlsVersionName } from '../../src/facts/endpoint.js';
import { sweepTls, tlsHandshake, type TlsContext } from '../../src/probe/tls.js';
import { HOST, LEGACY, connect, serversClosedAfterEach } from './helpers.js';
import { runProgram } from '../support/system-tool.js';

/** Runs openssl with stdin closed (or the given input) and a hard deadline. */
function openssl(args: string[], input?: string) {
  return runProgram('openssl', args, { input, timeoutMs: 15_000 });
}

const FLAGS: Record<TlsVersionName, string> = {
  TLSv1: '-tls1',
  'TLSv1.1': '-tls1_1',
  'TLSv1.2': '-tls1_2',
  'TLSv1.3': '-tls1_3',
};

async function opensslAccepts(port: number, version: TlsVersionName): Promise<boolean> {
  const legacy = version === 'TLSv1' || version === 'TLSv1.1';
  const run = await openssl([
    's_client',
    '-connect',
    `127.0.0.1:${port}`,
    '-servername',
    HOST,
    FLAGS[version],
    ...(legacy ? ['-cipher', LEGACY] : []),
  ]);
  // s_client prints "Protocol : TLSv1" even for a failed 1.0 attempt; the cipher line is the tell.
  return /Cipher is (?!\(NONE\))\S+/.test(run.stdout);
}

let certs: FixtureCertificates;
let scratch: string;
const hold = serversClosedAfterEach();

beforeAll(async () => {
  const version = await openssl(['version']).catch(() => null);
  if (!version || version.code !== 0) {
    throw new Error('This suite needs the `openssl` command line tool: install it (for example `apt-get install openssl`).');
  }
  certs = await createFixtureCertificates();
  scratch = await mkdtemp(join(tmpdir(), 'mail-tls-gate-crosscheck-'));
  await writeFile(join(scratch, 'ca.pem'), certs.ca.cert);
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const serve = (options: TlsServerOptions) => hold(startTlsServer(options));

const context = (servername = HOST): TlsContext => ({
  servername,
  extraCa: [certs.ca.cert],
  timeoutMs: 5000,
  now: new Date(),
});

describe('versions accepted: the sweep agrees with openssl s_client', () => {
  const shapes: [string, Partial<TlsServerOptions>][] = [
    ['modern (1.2–1.3)', {}],
    ['1.3 only', { minVersion: 'TLSv1.3' }],
    ['1.2 only', { maxVersion: 'TLSv1.2' }],
    ['legacy (1.0–1.3)', { minVersion: 'TLSv1', ciphers: LEGACY }],
    ['legacy only (1.0–1.1)', { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: LEGACY }],
  ];

  test.each(shapes)('%s', async (_name, shape) => {
    const server = await serve({ pem: await certs.good([HOST]), ...shape });
    const main = await tlsHandshake(await connect(server.port), context());
    main.socket?.destroy();
    const ours = (await sweepTls(() => connect(server.port), context(), main.version)).accepted;

    const theirs: TlsVersionName[] = [];
    for (const version of ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const) {
      if (await opensslAccepts(server.port, version)) theirs.push(version);
    }
    expect(theirs.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
  });

  test('OpenSSL 3 speaks TLS 1.0 only when both ends lower the security level', async () => {
    const server = await serve({ pem: await certs.good([HOST]), minVersion: 'TLSv1', ciphers: LEGACY });
    expect(await opensslAccepts(server.port, 'TLSv1')).toBe(true);
    const strict = await openssl(['s_client', '-connect', `127.0.0.1:${server.port}`, '-servername', HOST, '-tls1']);
    expect(strict.stdout).toMatch(/Cipher is \(NONE\)/);
  });
});

interface OpensslView {
  subject: string;
  notAfter: Date;
  notBefore: Date;
  fingerprint: string;
  signature: string;
  keyBits: number;
  san: string;
}

/** The leaf as s_client received it, read back by `openssl x509`. */
async function opensslView(port: number, servername: string): Promise<{ pem: string; view: OpensslView }> {
  const client = await openssl(['s_client', '-connect', `127.0.0.1:${port}`, '-servername', servername, '-cipher', LEGACY]);
  const pem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(client.stdout)?.[0];
  if (!pem) throw new Error(`s_client returned no certificate:\n${client.stdout}\n${client.stderr}`);
  const fields = await openssl(
    ['x509', '-noout', '-nameopt', 'RFC2253', '-subject', '-startdate', '-enddate', '-fingerprint', '-sha256', '-ext', 'subjectAltName'],
    pem,
  );
  const text = await openssl(['x509', '-noout', '-text'], pem);
  const field = (re: RegExp) => {
    const m = re.exec(fields.stdout);
    if (!m) throw new Error(`no ${re} in:\n${fields.stdout}`);
    return m[1]!.trim();
  };
  return {
    pem,
    view: {
      subject: field(/^subject=(.*)$/m),
      notBefore: new Date(field(/^notBefore=(.*)$/m)),
      notAfter: new Date(field(/^notAfter=(.*)$/m)),
      fingerprint: field(/Fingerprint=(.*)$/m),
      signature: /Signature Algorithm: (\S+)/.exec(text.stdout)![1]!,
      keyBits: Number(/Public-Key: \((\d+) bit\)/.exec(text.stdout)![1]),
      san: field(/X509v3 Subject Alternative Name:\s*\n\s*(.*)$/m),
    },
  };
}

/** openssl's own verdict on the chain and the name, with the fixture CA as the only root. */
async function opensslVerify(pem: string, name: string): Promise<string> {
  const leaf = join(scratch, `leaf-${Date.now()}-${Math.random().toString(36).slice(2)}.pem`);
  await writeFile(leaf, pem);
  const nameFlag = net.isIP(name) ? ['-verify_ip', name] : ['-verify_hostname', name];
  const run = await openssl(['verify', '-auth_level', '0', '-CAfile', join(scratch, 'ca.pem'), ...nameFlag, leaf]);
  if (run.code === 0) return 'ok';
  return /error (\d+) at/.exec(run.stdout + run.stderr)?.[1] ?? `unparsed: ${run.stdout}${run.stderr}`;
}

// OpenSSL's numeric verify codes for the names node reports.
const VERIFY_CODES: Record<string, string> = {
  CERT_NOT_YET_VALID: '9',
  CERT_HAS_EXPIRED: '10',
  DEPTH_ZERO_SELF_SIGNED_CERT: '18',
};

describe('certificate facts agree with openssl x509 and openssl verify', () => {
  const kinds: [keyof Omit<FixtureCertificates, 'ca' | 'expiring'>, Partial<TlsServerOptions>][] = [
    ['good', {}],
    ['expired', {}],
    ['notYetValid', {}],
    ['selfSigned', {}],
    ['weakRsa', {}],
    ['sha1', { ciphers: LEGACY }],
    ['ec', {}],
  ];

  async function factsFor(pem: Pem, servername: string, shape: Partial<TlsServerOptions>) {
    const server = await serve({ pem, ...shape });
    const outcome = await tlsHandshake(await connect(server.port), context(servername));
    outcome.socket?.destroy();
    expect(outcome.certificate).not.toBeNull();
    return { server, facts: outcome.certificate as CertificateFacts };
  }

  test.each(kinds)('%s', async (kind, shape) => {
    const { server, facts } = await factsFor(await certs[kind]([HOST, '127.0.0.1']), HOST, shape);
    const { pem, view } = await opensslView(server.port, HOST);

    expect(facts.subject).toBe(view.subject);
    expect(new Date(facts.notAfter).getTime()).toBe(view.notAfter.getTime());
    expect(new Date(facts.notBefore).getTime()).toBe(view.notBefore.getTime());
    expect(facts.fingerprint256).toBe(view.fingerprint);
    expect(facts.signature).toBe(view.signature);
    expect(facts.keyBits).toBe(view.keyBits);
    expect(view.san).toBe(`DNS:${HOST}, IP Address:127.0.0.1`);
    expect(facts.san).toEqual([`DNS:${HOST}`, 'IP:127.0.0.1']);

    const verdict = await opensslVerify(pem, HOST);
    if (facts.error === null || facts.error === 'CA_MD_TOO_WEAK') {
      // -auth_level 0 lets openssl accept SHA-1 just as the chain question here ignores it.
      expect(verdict).toBe('ok');
    } else {
      expect(verdict).toBe(VERIFY_CODES[facts.error]);
    }
    // Only a broken chain makes a certificate untrusted; dates are a separate fact.
    expect(facts.trusted).toBe(verdict !== VERIFY_CODES.DEPTH_ZERO_SELF_SIGNED_CERT);
  });

  test.each([
    ['mail.example.test', true],
    ['other.example.test', false],
    ['127.0.0.1', true],
    ['127.0.0.2', false],
  ] as const)('name %s: nameMatch agrees with openssl verify', async (name, expected) => {
    const pem = await certs.good([HOST, '127.0.0.1']);
    const { facts } = await factsFor(pem, name, {});
    expect(facts.nameMatch).toBe(expected);
    // 62 is X509_V_ERR_HOSTNAME_MISMATCH, 64 X509_V_ERR_IP_ADDRESS_MISMATCH.
    expect(await opensslVerify(pem.cert, name)).toBe(expected ? 'ok' : net.isIP(name) ? '64' : '62');
  });

  test('wildcard names: nameMatch agrees with openssl verify', async () => {
    const pem = await certs.good(['*.example.test']);
    for (const [name, expected] of [
      ['mx.example.test', true],
      ['a.mx.example.test', false],
      ['example.test', false],
    ] as const) {
      const { facts } = await factsFor(pem, name, {});
      expect([name, facts.nameMatch]).toEqual([name, expected]);
      expect([name, await opensslVerify(pem.cert, name)]).toEqual([name, expected ? 'ok' : '62']);
    }
  });
});
