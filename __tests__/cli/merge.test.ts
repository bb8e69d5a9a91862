// `check --shard i/n` and `merge` through the built CLI: three shard runs over loopback fixtures
// merged give the unsharded run's findings, summary and exit code; a bad set is refused (exit 2).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { assertBundleFresh, CLI, makeTempDir, runCli, runProgram, show } from './built.js';

let servers: MailServer[] = [];
let dir: { path: string; remove: () => Promise<void> };

beforeAll(async () => {
  await assertBundleFresh();
  const certs = await createFixtureCertificates();
  const pem = await certs.good(['127.0.0.1']);
  servers = await Promise.all([startMailFixture('imap', 'implicit-tls', pem), startMailFixture('smtp', 'plaintext', pem)]);
  const [imaps, smtp] = servers;
  dir = await makeTempDir('mtg-cli-merge-');
  // Hosts 127.0.0.1 to .6: the fixtures, and loopback addresses nothing listens on.
  const hosts = [1, 2, 3, 4, 5, 6]
    .map((n) => `  - host: 127.0.0.${n}\n    require:\n      - { service: imaps, port: ${imaps!.port} }\n      - { service: smtp, port: ${smtp!.port} }\n`)
    .join('');
  await writeFile(join(dir.path, 'policy.yml'), `version: 1\ndefaults:\n  timeout: 2s\nhosts:\n${hosts}`);
  await writeFile(join(dir.path, 'ca.pem'), certs.ca.cert);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await dir?.remove();
});

const common = ['--ca-file', 'ca.pem', '--concurrency', '8', '--per-host', '4'];

test('three shards merged equal one unsharded run', async () => {
  const whole = await runCli(['check', 'policy.yml', ...common, '--report', 'whole.json'], { cwd: dir.path, timeoutMs: 30_000 });
  expect([whole.code, show(whole.stderr)]).toEqual([1, show(whole.stderr)]);
  for (const i of [1, 2, 3]) {
    const r = await runCli(['check', 'policy.yml', ...common, '--shard', `${i}/3`, '--report', `shard-${i}.json`, '--format', 'json'], {
      cwd: dir.path,
      timeoutMs: 30_000,
    });
    expect(JSON.parse(r.stdout).shard).toMatchObject({ index: i, count: 3 });
  }
  const merged = await runCli(['merge', 'shard-3.json', 'shard-1.json', 'shard-2.json', '--report', 'merged.json', '--sarif', 'merged.sarif'], {
    cwd: dir.path,
  });
  expect([merged.code, show(merged.stderr)]).toEqual([whole.code, show(merged.stderr)]);
  expect(merged.stdout).toContain('FAIL');
  const a = JSON.parse(await readFile(join(dir.path, 'whole.json'), 'utf8'));
  const b = JSON.parse(await readFile(join(dir.path, 'merged.json'), 'utf8'));
  expect(b.findings).toEqual(a.findings);
  expect(b.summary).toEqual(a.summary);
  expect(b.shard).toBeUndefined();
  expect(JSON.parse(await readFile(join(dir.path, 'merged.sarif'), 'utf8')).runs[0].results).toHaveLength(a.findings.length);

  const never = await runCli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--fail-on', 'never', '--format', 'json'], { cwd: dir.path });
  expect(never.code).toBe(0);
  expect(JSON.parse(never.stdout).findings).toEqual(a.findings);
  // --format json prints, through a pipe, the very bytes --report writes.
  const both = await runCli(['merge', 'shard-2.json', 'shard-3.json', 'shard-1.json', '--format', 'json', '--report', 'streamed.json'], { cwd: dir.path });
  expect([both.code, both.stderr]).toEqual([whole.code, '']);
  const file = await readFile(join(dir.path, 'streamed.json'));
  expect(file.length).toBeGreaterThan(1000);
  expect(Buffer.from(both.stdout, 'utf8').equals(file)).toBe(true);
  // A reader that stops at once (`| true`): the printing ends quietly, with the command's exit
  // code, whatever is printed: the report in each format, a plan, the help.
  const piped = (...args: string[]) =>
    runProgram('bash', ['-c', '"$0" "$@" | true; exit "${PIPESTATUS[0]}"', process.execPath, CLI, ...args], { cwd: dir.path });
  for (const format of ['json', 'sarif', 'text']) {
    const gone = await piped('merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--format', format);
    expect([format, gone.code, gone.stderr]).toEqual([format, whole.code, '']);
  }
  for (const args of [['validate', 'policy.yml', '--format', 'json'], ['validate', 'policy.yml'], ['check', '--help']]) {
    const gone = await piped(...args);
    expect([args, gone.code, gone.stderr]).toEqual([args, 0, '']);
  }

  const missing = await runCli(['merge', 'shard-1.json', 'shard-3.json'], { cwd: dir.path });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('mail-tls-gate: merge: shard 2/3 is missing');
  const unsharded = await runCli(['merge', 'whole.json'], { cwd: dir.path });
  expect(unsharded.code).toBe(2);
  expect(unsharded.stderr).toContain('whole.json: not a shard report');
}, 120_000);

test('usage errors: a bad --shard, merge without reports or with probing flags', async () => {
  const bad = await runCli(['check', 'policy.yml', '--shard', '0/2'], { cwd: dir.path });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/--shard: '0\/2' is not i\/n/);
  expect((await runCli(['merge'], { cwd: dir.path })).code).toBe(2);
  const probing = await runCli(['merge', 'x.json', '--timeout', '2s'], { cwd: dir.path });
  expect(probing.code).toBe(2);
  expect(probing.stderr).toContain('merge probes nothing: --timeout does not apply');
  const family = await runCli(['merge', 'x.json', '-4'], { cwd: dir.path });
  expect(family.code).toBe(2);
  expect(family.stderr).toContain('merge probes nothing: -4 does not apply');
});
