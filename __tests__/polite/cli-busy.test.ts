// The built command line against an always-busy server: exit code 3 (inconclusive), never 0,
// and `--fail-on inconclusive` turns it into 1. Runs dist/cli.js in a child process, spawned
// asynchronously so that the fixture server here keeps answering.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startMailServer, type MailServer } from '../../src/demo/mail-servers.js';
import { assertBundleFresh, makeTempDir, runCli } from '../cli/built.js';

let server: MailServer;
let dir: { path: string; remove: () => Promise<void> };
let policy: string;
beforeAll(async () => {
  await assertBundleFresh();
  server = await startMailServer({ protocol: 'smtp', turnAway: () => true });
  dir = await makeTempDir('mtg-polite-cli-');
  policy = join(dir.path, 'policy.yml');
  await writeFile(policy, ['version: 1', 'defaults:', '  timeout: 2s', 'hosts:', '  - host: 127.0.0.1', '    require:', `      - { service: smtp, port: ${server.port} }`, ''].join('\n'));
});
afterAll(async () => {
  await server?.close();
  await dir?.remove();
});

test('always busy: exit code 3, service-busy, result inconclusive, two connections', async () => {
  const before = server.accepted;
  const run = await runCli(['check', policy, '--format', 'json', '--retry-after', '200ms']);
  expect(run.code).toBe(3);
  const report = JSON.parse(run.stdout);
  expect(report.summary.result).toBe('inconclusive');
  expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['service-busy']);
  expect(report.endpoints[0].connections).toBe(2);
  expect(server.accepted - before).toBe(2);
});

test('text output names what could not be concluded; --fail-on inconclusive exits 1', async () => {
  const text = await runCli(['check', policy, '--retry-after', '200ms']);
  expect(text.code).toBe(3);
  expect(text.stdout).toContain('Not concluded (inconclusive checks):');
  expect(text.stdout.trimEnd().split('\n').pop()).toMatch(/^INCONCLUSIVE: 1 warning in 1 endpoint/);
  const strict = await runCli(['check', policy, '--retry-after', '200ms', '--fail-on', 'inconclusive']);
  expect(strict.code).toBe(1);
  const usage = await runCli(['check', '--help']);
  expect(usage.stdout).toMatch(/^  --fail-on LEVEL .*: error, warning, notice, inconclusive, never \(default: error\)$/m);
});
