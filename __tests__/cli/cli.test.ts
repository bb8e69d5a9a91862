// The command line as a user runs it: the built dist/cli.js in a child process, against fixture
// servers on 127.0.0.1. Exit codes, where output goes, and that an invalid policy or a usage
// error never leads to a single connection.
import { readdirSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startMailFixture, startMailServer, type MailServer } from '../../src/demo/mail-servers.js';
import { assertBundleFresh, cleanEnv, CLI, makeTempDir, reportSchemaErrors, ROOT, runCli, runNode, runProgram, show, type RunResult } from './built.js';

const ESC = '\x1b';

let dir: { path: string; remove: () => Promise<void> };
let caFile: string;
let pem: Pem;
/** Named by every invalid policy below; it must never see a connection. */
let sentinel: MailServer;

beforeAll(async () => {
  await assertBundleFresh();
  dir = await makeTempDir('mtg-cli-');
  const certs = await createFixtureCertificates();
  pem = await certs.good(['127.0.0.1']);
  caFile = join(dir.path, 'ca.pem');
  await writeFile(caFile, certs.ca.cert);
  sentinel = await startMailFixture('smtp', 'plaintext', pem);
});

afterAll(async () => {
  await sentinel?.close();
  await dir?.remove();
});

function expectUsageError(r: RunResult, fragment: string | RegExp): void {
  expect(r.timedOut).toBe(false);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('usage:') });
  expect(r.stderr.split('\n')[0]).toMatch(fragment);
  expect(r.stdout).toBe('');
}

/** A valid policy that names one SMTP port (the sentinel's); the invalid ones below are variations of it. */
const host = (port: number): string => `version: 1
hosts:
  - host: 127.0.0.1
    require:
      - { service: smtp, port: ${port} }
`;

describe('usage', () => {
  test('--help prints the usage on stdout and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage:/);
    expect(r.stdout).toContain('mail-tls-gate check POLICY');
    expect(r.stdout).toContain('mail-tls-gate validate POLICY');
    expect(r.stderr).toBe('');
  });

  test('no command', async () => {
    expectUsageError(await runCli([]), /no command/);
  });

  test('an unknown command', async () => {
    expectUsageError(await runCli(['probe', 'policy.yml']), /unknown command 'probe'/);
  });

  test('an unknown flag', async () => {
    const policy = join(dir.path, 'usage-flag.yml');
    await writeFile(policy, host(sentinel.port));
    expectUsageError(await runCli(['check', policy, '--frobnicate']), /--frobnicate/);
  });

  test('check without a POLICY', async () => {
    expectUsageError(await runCli(['check']), /check takes exactly one POLICY/);
  });

  test('a bad --fail-on', async () => {
    const policy = join(dir.path, 'usage-fail-on.yml');
    await writeFile(policy, host(sentinel.port));
    expectUsageError(await runCli(['check', policy, '--fail-on', 'sometimes']), /--fail-on: 'sometimes'/);
  });

  test('a bad --timeout', async () => {
    const policy = join(dir.path, 'usage-timeout.yml');
    await writeFile(policy, host(sentinel.port));
    expectUsageError(await runCli(['check', policy, '--timeout', 'forever']), /--timeout: 'forever'/);
  });

  test('-4 and -6 together', async () => {
    const policy = join(dir.path, 'usage-families.yml');
    await writeFile(policy, host(sentinel.port));
    expectUsageError(await runCli(['check', policy, '-4', '-6']), /-4 and -6 exclude each other/);
  });

  test('-6 on a host with only an IPv4 address probes nothing and says why', async () => {
    const policy = join(dir.path, 'only-ipv6.yml');
    await writeFile(policy, host(sentinel.port));
    const r = await runCli(['check', policy, '-6', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { rule: string; evidence: string | null }[] };
    expect(report.findings.map((f) => [f.rule, f.evidence])).toEqual([
      ['required-service-unreachable', 'unresolved at resolve: no IPv6 (AAAA) address, and addresses: ipv6 leaves out 127.0.0.1'],
    ]);
  });

  test('usage errors probe nothing', () => {
    expect(sentinel.accepted).toBe(0);
  });
});

describe('validate on the shipped example policies', () => {
  const examples = readdirSyncYaml(join(ROOT, 'policies'));

  test('there are examples to validate', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  test.each(examples)('%s is valid and shows its plan', async (name) => {
    const relative = `policies/${name}`;
    const [text, json] = await Promise.all([
      runCli(['validate', relative]),
      runCli(['validate', relative, '--format', 'json']),
    ]);
    expect({ code: text.code, stderr: text.stderr }).toEqual({ code: 0, stderr: '' });
    expect(json.code).toBe(0);
    const planned = JSON.parse(json.stdout) as Array<{ host: string; port: number; service: string; location: { file: string; line: number } }>;
    expect(planned.length).toBeGreaterThan(0);
    const [headline, , header, ...rows] = text.stdout.split('\n');
    expect(headline).toMatch(new RegExp(`^${escapeRegExp(relative)}: valid policy, \\d+ hosts?, ${planned.length} endpoints? planned$`));
    expect(header).toMatch(/^host\s+address\s+port\s+service\s+expect\s+asked at$/);
    for (const e of planned) {
      // Every planned endpoint has its row, pointing at the policy line that asked for it.
      const row = rows.find((r) => r.startsWith(`${e.host} `) && r.includes(` ${e.port} `) && r.includes(` ${e.service} `));
      expect(row).toBeDefined();
      expect(row).toContain(`${relative}:${e.location.line}:`);
      expect(e.location.file).toBe(relative);
    }
  });
});

/** Read at collection time: test.each needs the list before any hook runs. */
function readdirSyncYaml(path: string): string[] {
  return readdirSync(path).filter((n) => n.endsWith('.yml')).sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface InvalidCase {
  name: string;
  /** The policy's bytes; `port` is the sentinel's. */
  make: (port: number) => string | Buffer;
  line: number;
  message: RegExp;
}

const ALIAS_BOMB = `x-bomb:
  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
  h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
`;

const INVALID: InvalidCase[] = [
  { name: 'syntax-error', make: (p) => `${host(p)}    forbid: [imap\n`, line: 6, message: /this \[ is never closed/ },
  { name: 'unknown-key-typo', make: (p) => `${host(p)}    forbd: [imap]\n`, line: 6, message: /unknown key 'forbd'.*did you mean 'forbid'/ },
  { name: 'unknown-service', make: (p) => `${host(p)}      - imapz\n`, line: 6, message: /'imapz' is not a known service/ },
  { name: 'port-70000', make: (p) => `${host(p)}      - { service: imaps, port: 70000 }\n`, line: 6, message: /port number from 1 to 65535; found 70000/ },
  {
    name: 'bad-duration',
    make: (p) => host(p).replace('version: 1\n', 'version: 1\ndefaults:\n  timeout: 10 seconds\n'),
    line: 3,
    message: /timeout must be a duration.*'10 seconds'/,
  },
  {
    name: 'impossible-date',
    make: (p) => `${host(p)}waivers:\n  - rule: starttls-not-offered\n    host: 127.0.0.1\n    reason: test\n    expires: 2027-02-30\n`,
    line: 10,
    message: /2027-02-30 is not a real date/,
  },
  {
    name: 'waiver-unknown-host',
    make: (p) => `${host(p)}waivers:\n  - rule: starttls-not-offered\n    host: mail.elsewhere.test\n    reason: test\n    expires: 2027-01-31\n`,
    line: 8,
    message: /mail\.elsewhere\.test, which is neither a host/,
  },
  { name: 'unknown-rule-id', make: (p) => `${host(p)}rules:\n  certificate-expirng: warning\n`, line: 7, message: /unknown rule 'certificate-expirng'.*did you mean 'certificate-expiring'/ },
  { name: 'duplicate-key', make: (p) => `${host(p)}version: 1\n`, line: 6, message: /duplicate key 'version' \(first set at line 1\)/ },
  { name: 'alias-bomb', make: (p) => host(p) + ALIAS_BOMB, line: 14, message: /alias bomb/ },
  { name: 'non-utf8', make: (p) => Buffer.concat([Buffer.from(host(p)), Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a])]), line: 6, message: /not valid UTF-8 \(byte 0xE9\)/ },
  {
    name: 'over-1-MiB',
    make: (p) => `${host(p)}# ${'padding '.repeat(140_000)}\n`,
    line: 1,
    message: /larger than 1 MiB \(the limit\)/,
  },
  { name: 'empty', make: () => '', line: 1, message: /the policy is empty/ },
  {
    name: 'top-level-list',
    make: (p) => `- version: 1\n  hosts:\n    - host: 127.0.0.1\n      require: [{ service: smtp, port: ${p} }]\n`,
    line: 1,
    message: /must be a mapping.*found a list/,
  },
];

describe('invalid policies: exit 2, every problem at its place, nothing probed', () => {
  test.each(INVALID.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const file = `${name}.yml`;
    await writeFile(join(dir.path, file), c.make(sentinel.port));
    // Run one at a time so the time bound measures this policy, not a neighbour's.
    for (const args of [['validate', file], ['check', file, '--timeout', '2s', '--ca-file', caFile]]) {
      const r = await runCli(args, { cwd: dir.path, timeoutMs: 10_000 });
      const context = `${args[0]} ${file}: exit ${r.code}, stderr ${show(r.stderr)}`;
      expect([context, r.timedOut]).toEqual([context, false]);
      expect([context, r.code]).toEqual([context, 2]);
      // 2 s for the policy's own work, on top of what starting node takes on this machine right
      // now (a busy machine slows both alike; the bound is about the policy, not the start-up).
      const baseline = await runCli(['--version'], { cwd: dir.path, timeoutMs: 10_000 });
      expect([context, r.ms < 2000 + baseline.ms]).toEqual([context, true]);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      const problems = lines.slice(0, -1);
      expect(lines[lines.length - 1]).toMatch(/^\d+ problems? in the policy; nothing was probed\.$/);
      expect(problems.length).toBeGreaterThanOrEqual(1);
      for (const p of problems) expect(p).toMatch(new RegExp(`^${escapeRegExp(file)}:\\d+:\\d+: \\S`));
      const named = problems.find((p) => c.message.test(p));
      expect([context, named]).toEqual([context, expect.stringMatching(new RegExp(`^${escapeRegExp(file)}:${c.line}:\\d+: `))]);
    }
  }, 30_000);

  test('over a dozen kinds of invalid policy are covered', () => {
    expect(INVALID.length).toBeGreaterThanOrEqual(12);
  });

  test('the sentinel named by every invalid policy saw no connection at all', () => {
    expect(sentinel.accepted).toBe(0);
  });

  test('…while the same policy, valid, does reach it (the sentinel can tell)', async () => {
    const file = join(dir.path, 'sentinel-valid.yml');
    await writeFile(file, host(sentinel.port));
    const r = await runCli(['check', file, '--timeout', '2s', '--format', 'json'], { timeoutMs: 15_000 });
    expect(r.code).toBe(1);
    expect(sentinel.accepted).toBeGreaterThan(0);
  }, 20_000);
});

describe('check over loopback fixtures', () => {
  let imaps: MailServer;
  let smtp: MailServer;
  let imap: MailServer;
  let policy: string;
  /** Line of each endpoint's entry in the policy. */
  const LINES = { imaps: 7, smtp: 8, imap: 10 };
  const EXPECTED = [
    ['forbidden-service-reachable', LINES.imap],
    ['plaintext-auth-offered', LINES.smtp],
    ['starttls-not-offered', LINES.smtp],
  ];

  beforeAll(async () => {
    imaps = await startMailFixture('imap', 'implicit-tls', pem);
    smtp = await startMailFixture('smtp', 'plaintext', pem);
    imap = await startMailFixture('imap', 'plaintext', pem);
    policy = join(dir.path, 'loopback.yml');
    await writeFile(
      policy,
      `version: 1
defaults:
  timeout: 2s
hosts:
  - host: 127.0.0.1
    require:
      - { service: imaps, port: ${imaps.port} }
      - { service: smtp, port: ${smtp.port} }
    forbid:
      - { service: imap, port: ${imap.port} }
`,
    );
  });

  afterAll(async () => {
    await Promise.all([imaps?.close(), smtp?.close(), imap?.close()]);
  });

  const checkArgs = (...extra: string[]) => ['check', policy, '--ca-file', caFile, '--timeout', '2s', ...extra];

  test('fails with exactly the expected findings, as a report that matches its schema', async () => {
    const report = join(dir.path, 'report.json');
    const sarif = join(dir.path, 'report.sarif');
    const r = await runCli(checkArgs('--format', 'json', '--report', report, '--sarif', sarif));
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: '' });
    const json = JSON.parse(r.stdout);
    expect(reportSchemaErrors(json)).toEqual([]);
    expect(json.summary).toMatchObject({ result: 'fail', endpoints: 3, errors: 3 });
    const found = (json.findings as Array<{ rule: string; waived: boolean; location: { line: number } }>)
      .filter((f) => !f.waived)
      .map((f) => [f.rule, f.location.line])
      .sort();
    expect(found).toEqual(EXPECTED);
    // The good imaps endpoint was really reached over TLS and trusted through --ca-file.
    const good = json.endpoints.find((e: { service: string }) => e.service === 'imaps');
    expect(good).toMatchObject({ port: imaps.port, reachable: true, tls: { mode: 'implicit', certificate: { trusted: true, nameMatch: true } } });

    // --report holds the same report; --sarif a SARIF 2.1.0 log with the same rules.
    const written = JSON.parse(await readFile(report, 'utf8'));
    expect(reportSchemaErrors(written)).toEqual([]);
    expect(written.findings).toEqual(json.findings);
    const log = JSON.parse(await readFile(sarif, 'utf8'));
    expect(log.version).toBe('2.1.0');
    const sarifRules = (log.runs[0].results as Array<{ ruleId: string }>).map((x) => x.ruleId).sort();
    expect(sarifRules).toEqual(EXPECTED.map(([rule]) => rule));
  });

  test('--fail-on never exits 0; text output ends in a verdict, without ANSI escapes off a terminal', async () => {
    const r = await runCli(checkArgs('--fail-on', 'never'));
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).not.toContain(ESC);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toMatch(/^PASS: 3 errors in 3 endpoints$/);
    for (const [rule] of EXPECTED) expect(r.stdout).toContain(rule as string);
  });

  test('text output of a failing run: verdict FAIL, exit 1, no ANSI even when colour is not refused', async () => {
    // TERM asks for nothing in particular; stdout is a pipe, so there must be no colour.
    const r = await runCli(checkArgs(), { env: cleanEnv({ TERM: 'xterm-256color' }) });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^FAIL: 3 errors in 3 endpoints$/);
  });

  test('an npx-style run through the package.json bin works', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    const binPath = join(ROOT, pkg.bin['mail-tls-gate']);
    expect(binPath).toBe(CLI);
    // What npm does: a symlink named after the command in a bin directory on PATH, run directly.
    const bin = join(dir.path, 'bin');
    await mkdir(bin, { recursive: true });
    await symlink(binPath, join(bin, 'mail-tls-gate')).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    const env = cleanEnv({ PATH: `${bin}:${dirname(process.execPath)}:${process.env.PATH ?? ''}` });
    // Found on PATH, started through its shebang, as a shell would.
    const r = await runProgram('mail-tls-gate', ['check', policy, '--ca-file', caFile, '--timeout', '2s', '--format', 'json'], { cwd: dir.path, env });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.endpoints).toBe(3);
  });

  test('the bin file is executable and starts with a node shebang', async () => {
    const text = await readFile(CLI, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const { mode } = await stat(CLI);
    expect(mode & 0o111).not.toBe(0);
  });
});

describe('a run that could conclude nothing', () => {
  // docs/architecture.md, "Exit codes": exit 3 when no violation was found but required checks were inconclusive; "a run
  // where nothing could be concluded is never a pass".
  test('is never a pass: every required service busy exits 3, not 0', async () => {
    const busy = await startMailServer({ protocol: 'smtp', rawGreeting: '421 4.3.2 try again later\r\n' });
    try {
      const file = join(dir.path, 'all-busy.yml');
      await writeFile(file, `version: 1\nhosts:\n  - host: 127.0.0.1\n    require:\n      - { service: smtp, port: ${busy.port} }\n`);
      const r = await runCli(['check', file, '--timeout', '2s', '--retry-after', '100ms']);
      expect(busy.accepted).toBeGreaterThan(0);
      expect(r.stdout).not.toMatch(/^PASS/m);
      expect(r.code).toBe(3);
    } finally {
      await busy.close();
    }
  });
});

describe('demo', () => {
  test('exits 0 and says where the JSON report and the SARIF file went', async () => {
    const tmp = await makeTempDir('mtg-demo-');
    try {
      const r = await runNode([CLI, 'demo'], { env: cleanEnv({ TMPDIR: tmp.path, TMP: tmp.path, TEMP: tmp.path }), timeoutMs: 60_000 });
      // On a mismatch the demo names each host and what it found there: shown here, so a failure says why.
      const mismatches = r.stderr.split('\n').filter((line) => line.startsWith('demo:') || line.includes('did not run as designed'));
      expect({ code: r.code, mismatches }).toEqual({ code: 0, mismatches: [] });
      expect(r.stdout).not.toContain(ESC);
      const reportPath = /^JSON report: (.+)$/m.exec(r.stdout)?.[1];
      const sarifPath = /^SARIF: +(.+)$/m.exec(r.stdout)?.[1];
      expect(reportPath).toBeDefined();
      expect(sarifPath).toBeDefined();
      const report = JSON.parse(await readFile(reportPath!, 'utf8'));
      expect(reportSchemaErrors(report)).toEqual([]);
      expect(JSON.parse(await readFile(sarifPath!, 'utf8')).version).toBe('2.1.0');
      expect(basename(reportPath!)).toMatch(/\.json$/);
      expect(await readdir(tmp.path)).not.toHaveLength(0);
      // It says what a runner whose own network cannot reach a server would show instead.
      expect(r.stdout).toContain('such endpoints get runner-network-limited');
      expect(r.stdout).toContain('docs/runner-network.md');
    } finally {
      await tmp.remove();
    }
  }, 70_000);
});
