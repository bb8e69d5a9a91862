// Second opinions on the cipher questions. The servers: GnuTLS's gnutls-serv with priority strings
// (the one stack here that can still serve 3DES, RC4 and NULL suites: OpenSSL 3 is built without
// them) and node's own OpenSSL. The oracles: `openssl s_client -cipher … -tls1_2` (and -tls1_1,
// -tls1), offering only a class's suites at one version, for every class OpenSSL can still offer,
// and `gnutls-cli --priority` for the weak class, which `openssl` cannot offer. For each class the
// probe asked about at each version, the probe's answer must be the oracle's; the DH group the
// probe read must be the one s_client reports. In CI a missing program is a failure, never a skip.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { startTlsServer } from '../../src/demo/tls-server.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import type { CipherClass, EndpointFacts, TlsVersionName } from '../../src/facts/endpoint.js';
import type { TlsProfile } from '../../src/policy/types.js';
import { dhParamsPem } from '../support/dh-params.js';
import { GNUTLS_SERV, gnutlsServ } from '../support/gnutls-serv.js';
import { describeWhen, findProgram, runProgram } from '../support/system-tool.js';
import { HOST, endpointFor, factsBesideCost, serversClosedAfterEach } from './helpers.js';

const OPENSSL = findProgram('openssl');
const GNUTLS_CLI = findProgram('gnutls-cli');
const run = describeWhen(
  OPENSSL !== null && GNUTLS_CLI !== null && GNUTLS_SERV !== null,
  'the cipher cross-check: skipped, it needs openssl and gnutls-bin (gnutls-serv, gnutls-cli)',
);

let certs: FixtureCertificates;
let dir: string;
let files: { cert: string; key: string; dhparams: string };
const hold = serversClosedAfterEach();

beforeAll(async () => {
  certs = await createFixtureCertificates();
  const pem = await certs.good([HOST]);
  dir = await mkdtemp(join(tmpdir(), 'cipher-crosscheck-'));
  files = { cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem'), dhparams: join(dir, 'dh.pem') };
  await writeFile(files.cert, pem.cert);
  await writeFile(files.key, pem.key);
  await writeFile(files.dhparams, dhParamsPem(2048));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const OPENSSL_FLAG: Record<Exclude<TlsVersionName, 'TLSv1.3'>, string> = { TLSv1: '-tls1', 'TLSv1.1': '-tls1_1', 'TLSv1.2': '-tls1_2' };
const GNUTLS_VERSION: Record<Exclude<TlsVersionName, 'TLSv1.3'>, string> = { TLSv1: 'VERS-TLS1.0', 'TLSv1.1': 'VERS-TLS1.1', 'TLSv1.2': 'VERS-TLS1.2' };

/** Each class as an OpenSSL cipher string (the weak class has none OpenSSL 3 can offer). */
const OPENSSL_CLASS: Partial<Record<CipherClass, string>> = {
  anonymous: 'aNULL:@SECLEVEL=0',
  'no-forward-secrecy': 'kRSA:@SECLEVEL=0',
  'non-aead': 'ALL:!AESGCM:!AESCCM:!CHACHA20:!ARIAGCM:@SECLEVEL=0',
  dhe: 'kDHE:!aNULL:@SECLEVEL=0',
};

/** The weak class as a GnuTLS priority: only NULL, RC4 and 3DES encryption, any key exchange and MAC. */
const GNUTLS_WEAK = (version: string) => `NONE:+${version}:+3DES-CBC:+ARCFOUR-128:+NULL:+MAC-ALL:+KX-ALL:+ANON-DH:+ANON-ECDH:+SIGN-ALL:+COMP-NULL:+GROUP-ALL`;

interface OracleAnswer {
  accepted: boolean;
  /** "Server Temp Key: DH, 2048 bits": the DH group s_client saw. */
  dhBits: number | null;
}

async function oracle(port: number, version: Exclude<TlsVersionName, 'TLSv1.3'>, cipherClass: CipherClass): Promise<OracleAnswer> {
  if (cipherClass === 'weak') {
    const result = await runProgram(GNUTLS_CLI!, ['--insecure', '-p', String(port), '--priority', GNUTLS_WEAK(GNUTLS_VERSION[version]), '127.0.0.1'], { input: '', timeoutMs: 15_000 });
    return { accepted: /Handshake was completed/.test(result.stdout + result.stderr), dhBits: null };
  }
  const result = await runProgram(OPENSSL!, ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', HOST, OPENSSL_FLAG[version], '-cipher', OPENSSL_CLASS[cipherClass]!], { input: '', timeoutMs: 15_000 });
  const temp = /Server Temp Key: DH, (\d+) bits/.exec(result.stdout);
  return { accepted: /Cipher is (?!\(NONE\))\S+/.test(result.stdout), dhBits: temp ? Number(temp[1]) : null };
}

/** Every class the probe asked at every version, against the oracle. */
async function expectOracleAgrees(facts: EndpointFacts, port: number): Promise<void> {
  const ciphers = facts.tls?.ciphers ?? {};
  const versions = Object.keys(ciphers) as Exclude<TlsVersionName, 'TLSv1.3'>[];
  expect(versions.length).toBeGreaterThan(0);
  for (const version of versions) {
    const answers = ciphers[version]!;
    expect(answers.untested).toEqual([]);
    for (const cipherClass of [...answers.accepted, ...answers.refused]) {
      const answer = await oracle(port, version, cipherClass);
      expect({ version, cipherClass, accepted: answers.accepted.includes(cipherClass) }).toEqual({ version, cipherClass, accepted: answer.accepted });
      if (cipherClass === 'dhe' && answer.accepted) expect({ version, dhBits: answers.dhBits }).toEqual({ version, dhBits: answer.dhBits });
    }
  }
}

const probe = (port: number, profile?: TlsProfile) => {
  const endpoint = endpointFor('https', port);
  const withProfile = profile ? { ...endpoint, settings: { ...endpoint.settings, tls: { ...endpoint.settings.tls, profile } } } : endpoint;
  return probeEndpoint(withProfile, { concurrency: 1, extraCa: [certs.ca.cert] });
};

run('the cipher questions agree with openssl s_client and gnutls-cli', () => {
  const cases: [string, string, CipherClass[]][] = [
    // Every class at every version: 3DES, RC4 and MD5 included, anonymous DH, RSA key transport.
    ['GnuTLS with every class, TLS 1.0–1.3', 'NORMAL:+VERS-TLS1.0:+VERS-TLS1.1:+3DES-CBC:+ARCFOUR-128:+ANON-DH:+RSA:+MD5', ['weak', 'anonymous', 'no-forward-secrecy', 'dhe']],
    // Mozilla's intermediate list without DHE: every class refused.
    ['GnuTLS with forward-secret AEAD suites only', 'NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:-RSA:-DHE-RSA:-CIPHER-ALL:+AES-128-GCM:+AES-256-GCM:+CHACHA20-POLY1305', []],
    // Weak suites with forward secrecy only: 3DES with ECDHE, no RSA key transport.
    ['GnuTLS with 3DES but no RSA key transport', 'NORMAL:-VERS-ALL:+VERS-TLS1.2:-RSA:-DHE-RSA:+3DES-CBC', ['weak']],
  ];
  test.each(cases)('%s', async (_name, priority, acceptedAt12) => {
    const server = await gnutlsServ(files, priority);
    try {
      const facts = await probe(server.port);
      expect(facts.tls!.ciphers!['TLSv1.2']!.accepted).toEqual(acceptedAt12);
      await expectOracleAgrees(facts, server.port);
    } finally {
      await server.stop();
    }
  });

  // On implicit TLS after a TLS 1.3 session the first cipher question at TLS 1.2 goes before the
  // sweep's TLS 1.2 question (engine.ts); the internal option `cipherQuestionFirst: false`
  // restores the old order. A stack other than OpenSSL that picks a weak suite: the same facts
  // in both orders, and the TLS 1.2 question spared.
  test('GnuTLS with every class: the first cipher question before the TLS 1.2 question gives the old order\'s facts', async () => {
    const server = await gnutlsServ(files, 'NORMAL:+VERS-TLS1.0:+VERS-TLS1.1:+3DES-CBC:+ARCFOUR-128:+ANON-DH:+RSA:+MD5');
    try {
      const endpoint = endpointFor('https', server.port);
      const now = new Date();
      const before = await probeEndpoint(endpoint, { concurrency: 1, extraCa: [certs.ca.cert], now: () => now, cipherQuestionFirst: false });
      const reordered = await probeEndpoint(endpoint, { concurrency: 1, extraCa: [certs.ca.cert], now: () => now });
      expect(before.tls?.versionsAccepted).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
      expect(before.tls!.ciphers!['TLSv1.2']!.accepted).toContain('weak');
      expect(factsBesideCost(reordered)).toEqual(factsBesideCost(before));
      expect(reordered.connections).toBe(before.connections - 1);
    } finally {
      await server.stop();
    }
  });

  test('node OpenSSL with anonymous DH, RSA key transport and a 1024-bit DHE group, TLS 1.0–1.2', async () => {
    const server = await hold(
      startTlsServer({
        pem: await certs.good([HOST]),
        ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:ADH-AES128-SHA:DHE-RSA-AES128-SHA:@SECLEVEL=0',
        dhparam: dhParamsPem(1024),
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.2',
      }),
    );
    const facts = await probe(server.port);
    expect(facts.tls!.ciphers!['TLSv1.2']!.dhBits).toBe(1024);
    await expectOracleAgrees(facts, server.port);
  });

  test('node OpenSSL with CBC suites under the profile intermediate: the non-AEAD class too', async () => {
    const server = await hold(startTlsServer({ pem: await certs.good([HOST]), ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA' }));
    const facts = await probe(server.port, 'intermediate');
    expect(facts.tls!.ciphers!['TLSv1.2']!.accepted).toEqual(['non-aead']);
    await expectOracleAgrees(facts, server.port);
  });
});
