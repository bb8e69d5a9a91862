// The action's `trust` input, as the runner runs it (dist/index.js with INPUT_* variables), against
// a loopback IMAPS fixture whose certificate comes from a private CA that is the child's only
// "system" root (OpenSSL's SSL_CERT_FILE and SSL_CERT_DIR, read by tls.getCACertificates). The
// action runs on node24, which reads that store; on node 20 `system` falls back to the bundled
// roots, and the private CA is not trusted without ca-file.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { assertBundleFresh, makeTempDir } from '../cli/built.js';
import { actionRuns, leaks, POLICY_PATH, type ActionRun } from './runner.js';

const NODE_READS_SYSTEM_STORE = typeof (tls as { getCACertificates?: unknown }).getCACertificates === 'function';

let dir: { path: string; remove: () => Promise<void> };
let imaps: MailServer;
let policy: string;
let caPem: string;
let systemStore: Record<string, string>;
const { run, removeAll } = actionRuns();

beforeAll(async () => {
  await assertBundleFresh();
  dir = await makeTempDir('mtg-action-trust-');
  const certs = await createFixtureCertificates();
  caPem = certs.ca.cert;
  imaps = await startMailFixture('imap', 'implicit-tls', await certs.good(['127.0.0.1']));
  const caFile = join(dir.path, 'system-roots.pem');
  await writeFile(caFile, caPem);
  await mkdir(join(dir.path, 'no-more-certs'));
  systemStore = { SSL_CERT_FILE: caFile, SSL_CERT_DIR: join(dir.path, 'no-more-certs') };
  policy = `version: 1\nhosts:\n  - host: 127.0.0.1\n    require:\n      - { service: imaps, port: ${imaps.port} }\n`;
});

afterAll(async () => {
  await imaps?.close();
  await removeAll();
  await dir?.remove();
});

const errors = (r: ActionRun) => r.commands.filter((c) => c.name === 'error').map((c) => c.message);

async function runWith(inputs: Record<string, string>, files: Record<string, string> = {}): Promise<ActionRun> {
  return run({ policy, inputs: { policy: POLICY_PATH, timeout: '2s', summary: 'false', ...inputs }, files, env: systemStore });
}

describe('trust input', () => {
  test(`system (the default) ${NODE_READS_SYSTEM_STORE ? 'trusts the runner\'s store' : 'falls back to the bundled roots on this node'}`, async () => {
    for (const inputs of [{}, { trust: 'system' }] as Record<string, string>[]) {
      const r = await runWith(inputs);
      expect(leaks(r)).toEqual([]);
      if (NODE_READS_SYSTEM_STORE) {
        expect({ code: r.code, result: r.outputs.result, errors: errors(r) }).toEqual({ code: 0, result: 'pass', errors: [] });
      } else {
        expect({ code: r.code, result: r.outputs.result }).toEqual({ code: 1, result: 'fail' });
        expect(errors(r).join('\n')).toContain('does not chain to a trusted root');
      }
    }
  }, 60_000);

  test('bundled does not read the runner\'s store; ca-file adds the private CA to it', async () => {
    const bundled = await runWith({ trust: 'bundled' });
    expect({ code: bundled.code, result: bundled.outputs.result }).toEqual({ code: 1, result: 'fail' });
    expect(errors(bundled).join('\n')).toContain('does not chain to a trusted root');
    const withCa = await runWith({ trust: 'bundled', 'ca-file': 'certs/ca.pem' }, { 'certs/ca.pem': caPem });
    expect({ code: withCa.code, result: withCa.outputs.result, errors: errors(withCa) }).toEqual({ code: 0, result: 'pass', errors: [] });
  }, 60_000);

  test('an unknown value fails the step before anything is probed', async () => {
    const before = imaps.accepted;
    const r = await runWith({ trust: 'all of them' });
    expect(r.code).toBe(1);
    expect(errors(r).join('\n')).toContain("invalid input trust: 'all of them' is not one of system, bundled");
    expect(imaps.accepted).toBe(before);
  }, 60_000);
});
