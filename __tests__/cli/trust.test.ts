// `--trust system | bundled`, through the built CLI against a loopback IMAPS fixture whose
// certificate comes from a private CA. The child's "system" store is that CA alone (OpenSSL's
// SSL_CERT_FILE and SSL_CERT_DIR, which node reads for tls.getCACertificates('system')). Where
// node has that call (22.15 and later: the action's node24), `system` trusts the fixture
// without ca-file; on node 20 `system` falls back to node's bundled roots, which do not.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { assertBundleFresh, cleanEnv, makeTempDir, runCli, type RunResult } from './built.js';

const NODE_READS_SYSTEM_STORE = typeof (tls as { getCACertificates?: unknown }).getCACertificates === 'function';

let dir: { path: string; remove: () => Promise<void> };
let caFile: string;
let policy: string;
let imaps: MailServer;
let systemStore: NodeJS.ProcessEnv;

beforeAll(async () => {
  await assertBundleFresh();
  dir = await makeTempDir('mtg-trust-');
  const certs = await createFixtureCertificates();
  imaps = await startMailFixture('imap', 'implicit-tls', await certs.good(['127.0.0.1']));
  caFile = join(dir.path, 'private-ca.pem');
  await writeFile(caFile, certs.ca.cert);
  const emptyDir = join(dir.path, 'no-more-certs');
  await mkdir(emptyDir);
  systemStore = cleanEnv({ SSL_CERT_FILE: caFile, SSL_CERT_DIR: emptyDir });
  policy = join(dir.path, 'policy.yml');
  await writeFile(policy, `version: 1\nhosts:\n  - host: 127.0.0.1\n    require:\n      - { service: imaps, port: ${imaps.port} }\n`);
});

afterAll(async () => {
  await imaps?.close();
  await dir?.remove();
});

interface Checked {
  code: number | null;
  trusted: boolean;
  rules: string[];
}

async function check(extra: string[]): Promise<Checked> {
  const r: RunResult = await runCli(['check', policy, '--timeout', '2s', '--format', 'json', ...extra], { env: systemStore });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout);
  const endpoint = report.endpoints[0];
  expect(endpoint.tls.certificate).not.toBeNull();
  return {
    code: r.code,
    trusted: endpoint.tls.certificate.trusted,
    rules: (report.findings as { rule: string }[]).map((f) => f.rule).sort(),
  };
}

describe('--trust', () => {
  const systemOutcome: Checked = NODE_READS_SYSTEM_STORE
    ? { code: 0, trusted: true, rules: [] }
    : { code: 1, trusted: false, rules: ['certificate-untrusted'] };

  test(`system (the default) ${NODE_READS_SYSTEM_STORE ? 'trusts the system store\'s private CA' : 'falls back to the bundled roots on this node'}`, async () => {
    expect(await check([])).toEqual(systemOutcome);
    expect(await check(['--trust', 'system'])).toEqual(systemOutcome);
  }, 30_000);

  test('bundled ignores the system store', async () => {
    expect(await check(['--trust', 'bundled'])).toEqual({ code: 1, trusted: false, rules: ['certificate-untrusted'] });
  }, 30_000);

  test('ca-file is added to either store', async () => {
    for (const trust of ['system', 'bundled']) {
      expect(await check(['--trust', trust, '--ca-file', caFile])).toEqual({ code: 0, trusted: true, rules: [] });
    }
  }, 30_000);

  test('an unknown store is a usage error, and merge refuses the flag', async () => {
    const bad = await runCli(['check', policy, '--trust', 'everything'], { env: systemStore });
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe("mail-tls-gate: --trust: 'everything' is not one of system, bundled");
    const merge = await runCli(['merge', join(dir.path, 'report.json'), '--trust', 'system'], { env: systemStore });
    expect(merge.code).toBe(2);
    expect(merge.stderr.split('\n')[0]).toBe('mail-tls-gate: merge probes nothing: --trust does not apply');
  });
});
