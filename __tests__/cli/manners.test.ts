// The command line's manners, read from the real output of the built dist/cli.js: help for each
// command drawn from the one flag table, short usage errors with a suggestion, a missing policy
// said as such, internal errors told apart from invalid policies, `--only`, and flags a command
// does not take.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { COMMANDS, FLAGS } from '../../src/options.js';
import { parseLogMarker, runnerLines, workflowCommands } from '../action/runner.js';
import { PACKAGE_REPOSITORY_URL, TOOL_VERSION } from '../../src/version.js';
import { assertBundleFresh, CLI, makeTempDir, reportSchemaErrors, runCli, runNode, type RunResult } from './built.js';

let dir: { path: string; remove: () => Promise<void> };
/** Named by the policy's first host. */
let first: MailServer;
/** Named by the policy's second host: `--only` the first must never reach it. */
let second: MailServer;
let policy: string;

beforeAll(async () => {
  await assertBundleFresh();
  dir = await makeTempDir('mtg-manners-');
  const certs = await createFixtureCertificates();
  const pem = await certs.good(['127.0.0.1']);
  first = await startMailFixture('smtp', 'plaintext', pem);
  second = await startMailFixture('smtp', 'plaintext', pem);
  policy = join(dir.path, 'two-hosts.yml');
  await writeFile(
    policy,
    `version: 1
hosts:
  - host: 127.0.0.1
    require:
      - { service: smtp, port: ${first.port} }
  - host: localhost
    require:
      - { service: smtp, port: ${second.port} }
waivers:
  - rule: starttls-not-offered
    host: localhost
    reason: an old waiver of the other host
    expires: 2020-01-31
`,
  );
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await dir?.remove();
});

/** A usage error as this CLI gives one: exit 2, nothing on stdout, three short lines on stderr. */
function expectShortUsageError(r: RunResult, firstLine: string, command?: string): void {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines[0]).toBe(firstLine);
  expect(lines.slice(1)).toEqual([
    command ? `usage: mail-tls-gate ${command} [flags]` : 'usage: mail-tls-gate COMMAND [flags]',
    `Run 'mail-tls-gate ${command ? `${command.split(' ')[0]} ` : ''}--help' for more.`,
  ]);
  // Quotes come in pairs: nothing of parseArgs' own wording leaks through.
  expect((r.stderr.match(/'/g) ?? []).length % 2).toBe(0);
  expect(r.stderr).not.toMatch(/positional|ERR_PARSE_ARGS|exit codes/);
}

describe('help', () => {
  test('--help names every command and every exit code, 4 included', async () => {
    const r = await runCli(['--help']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^usage: mail-tls-gate COMMAND \[flags\]\n/);
    for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  mail-tls-gate ${command}\\b.*\\S`, 'm'));
    for (const code of [0, 1, 2, 3, 4]) expect(r.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    expect(r.stdout).toMatch(/^  4  internal error/m);
    expect(r.stdout).toContain("Run 'mail-tls-gate COMMAND --help' for the flags of a command.");
  });

  // Driven by the flag table itself: a flag added to it is expected here without a test change.
  test.each([...COMMANDS])('%s --help shows each of its flags with its meaning and default, and no other', async (command) => {
    const [long, short] = await Promise.all([runCli([command, '--help']), runCli([command, '-h'])]);
    expect({ code: long.code, stderr: long.stderr }).toEqual({ code: 0, stderr: '' });
    expect(short.stdout).toBe(long.stdout);
    expect(long.stdout).toMatch(new RegExp(`^usage: mail-tls-gate ${command}\\b`));
    const rows = long.stdout.split('\n').filter((line) => /^  (-\w, )?--/.test(line));
    const taken = FLAGS.filter((f) => f.commands.includes(command));
    expect(rows).toHaveLength(taken.length);
    for (const flag of taken) {
      const row = rows.find((line) => line.includes(`--${flag.name}${flag.value ? ` ${flag.value}` : ''} `) || line.endsWith(`--${flag.name}`));
      expect(row).toBeDefined();
      expect(row).toContain(flag.meaningFor?.[command] ?? flag.meaning);
      const fallback = flag.defaultFor?.[command] ?? flag.default;
      if (fallback !== undefined) expect(row).toContain(`(default: ${fallback})`);
    }
    expect(long.stdout).toMatch(/^  4  internal error/m);
  });
});

describe('usage errors are short and say what was meant', () => {
  test('a misspelt flag gets a suggestion and a pointer to the command help', async () => {
    expectShortUsageError(await runCli(['check', policy, '--fail-onn', 'warning']), "mail-tls-gate: unknown flag '--fail-onn' (did you mean '--fail-on'?)", 'check POLICY');
  });

  test('a flag like nothing known gets no suggestion', async () => {
    expectShortUsageError(await runCli(['check', policy, '--frobnicate']), "mail-tls-gate: unknown flag '--frobnicate'", 'check POLICY');
  });

  test('what was typed is quoted neutralised: a flag or value from an event makes no workflow command', async () => {
    for (const args of [
      ['check', policy, '--::error::pwned'],
      ['check', policy, '--fail-on', '##[error]pwned'],
      ['check', policy, '--timeout', 'x\n::error::pwned'],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('pwned');
      expect(workflowCommands(r.stderr)).toEqual([]);
      expect(runnerLines(r.stderr).map(parseLogMarker).filter((m) => m !== null)).toEqual([]);
    }
  });

  test('a policy path from an event makes no workflow command in the plan listing or the problems', async () => {
    const name = 'x\n::error::pwned%0A.yml';
    await writeFile(join(dir.path, name), `version: 1\nhosts:\n  - host: 127.0.0.1\n    require: [{ service: smtp, port: ${first.port} }]\n`);
    const valid = await runCli(['validate', name], { cwd: dir.path });
    await writeFile(join(dir.path, name), 'version: 1\nhosts: 7\n');
    const invalid = await runCli(['validate', name], { cwd: dir.path });
    expect([valid.code, invalid.code]).toEqual([0, 2]);
    for (const out of [valid.stdout, invalid.stderr]) {
      expect(out).toContain('x\\n: :error: :pwned%250A.yml');
      expect(workflowCommands(out)).toEqual([]);
    }
  });

  test('an unknown short flag, before any command', async () => {
    expectShortUsageError(await runCli(['-x']), "mail-tls-gate: unknown flag '-x'");
  });

  test('a misspelt command', async () => {
    expectShortUsageError(await runCli(['valdiate', policy]), "mail-tls-gate: unknown command 'valdiate' (did you mean 'validate'?)");
  });

  test('a flag without its value', async () => {
    expectShortUsageError(await runCli(['check', policy, '--format']), 'mail-tls-gate: --format needs a value (FORMAT)', 'check POLICY');
  });

  test('a switch given a value', async () => {
    expectShortUsageError(await runCli(['validate', policy, '--help=yes']), 'mail-tls-gate: --help takes no value', 'validate POLICY');
  });

  test('validate turns away the flags of probing and judging, as merge does', async () => {
    expectShortUsageError(
      await runCli(['validate', policy, '--timeout', '2s', '--fail-on', 'warning', '--report', 'r.json']),
      'mail-tls-gate: validate probes and judges nothing: --timeout, --fail-on, --report do not apply',
      'validate POLICY',
    );
    expectShortUsageError(await runCli(['validate', policy, '--format', 'sarif']), "mail-tls-gate: --format: 'sarif' is not text or json", 'validate POLICY');
    expectShortUsageError(await runCli(['merge', 'a.json', '--only', '127.0.0.1']), 'mail-tls-gate: merge probes nothing: --only does not apply', 'merge REPORT...');
    expectShortUsageError(await runCli(['demo', '--format', 'json']), 'mail-tls-gate: demo takes no flags: --format does not apply', 'demo');
  });

  test('no usage error reached a server', () => {
    expect(first.accepted + second.accepted).toBe(0);
  });
});

describe('files that cannot be read', () => {
  test('a missing policy is said as such, not as a problem at 1:1', async () => {
    for (const command of ['validate', 'check']) {
      const r = await runCli([command, 'no-such-policy.yml'], { cwd: dir.path });
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 2,
        stdout: '',
        stderr: 'mail-tls-gate: cannot read no-such-policy.yml: no such file\nnothing was probed.\n',
      });
    }
  });

  test('a file name with a backslash and a %XX is escaped once, not twice', async () => {
    const r = await runCli(['validate', 'no\\such%41.yml'], { cwd: dir.path });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: 'mail-tls-gate: cannot read no\\\\such%2541.yml: no such file\nnothing was probed.\n' });
  });

  test('a directory given as the policy', async () => {
    const r = await runCli(['validate', dir.path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`mail-tls-gate: cannot read ${dir.path}: it is a directory\nnothing was probed.\n`);
  });

  test('a missing CA file, and nothing probed', async () => {
    const r = await runCli(['check', policy, '--ca-file', 'no-such-ca.pem'], { cwd: dir.path });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: 'mail-tls-gate: cannot read the CA file no-such-ca.pem: no such file\nnothing was probed.\n' });
    expect(first.accepted + second.accepted).toBe(0);
  });
});

describe('an internal error', () => {
  test('says it is one, in one line of cause, with where to report it, and exits 4 (not 2, an invalid policy)', async () => {
    // A fault injected into the built CLI's process: the clock check() reads first throws.
    const fault = 'data:text/javascript,globalThis.performance.now=()=>{throw new TypeError("clock fault\\nsecond line")}';
    const r = await runNode(['--import', fault, CLI, 'check', policy]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 4, stdout: '' });
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `mail-tls-gate: internal error (a bug in mail-tls-gate ${TOOL_VERSION}, not a problem with your policy or servers): TypeError: clock fault\\nsecond line`,
      `Please report it at ${PACKAGE_REPOSITORY_URL}/issues with the command you ran; MAIL_TLS_GATE_DEBUG=1 adds the stack trace.`,
    ]);
    expect(first.accepted + second.accepted).toBe(0);
  });
});

describe('--only HOST', () => {
  test('checks that host alone: the other is never contacted, its expired waiver not reported', async () => {
    const r = await runCli(['check', policy, '--only', '127.0.0.1', '--format', 'json', '--timeout', '5s']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { endpoints: { host: string }[]; findings: { rule: string; host: string }[] };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect([...new Set(report.endpoints.map((e) => e.host))]).toEqual(['127.0.0.1']);
    expect(report.findings.map((f) => `${f.rule} ${f.host}`)).toEqual(['plaintext-auth-offered 127.0.0.1', 'starttls-not-offered 127.0.0.1']);
    expect(first.accepted).toBeGreaterThan(0);
    expect(second.accepted).toBe(0);
  });

  test('validate --only shows that host plan alone', async () => {
    const r = await runCli(['validate', policy, '--only', 'LOCALHOST.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid policy, 1 host, 1 endpoint planned/);
    expect(r.stdout).toContain(` ${second.port} `);
    expect(r.stdout).not.toContain(` ${first.port} `);
    // The editor header, at the schema address of this package's major version.
    const major = TOOL_VERSION.split('.')[0];
    const repository = PACKAGE_REPOSITORY_URL.replace('https://github.com/', '');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      `hint: editors check a policy as you type with this first line: # yaml-language-server: $schema=https://raw.githubusercontent.com/${repository}/v${major}/policies/schema.json`,
    );
  });

  test('a host the policy does not name: a clear error with a suggestion, nothing probed', async () => {
    const before = first.accepted + second.accepted;
    const r = await runCli(['check', policy, '--only', 'localhots']);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`mail-tls-gate: 'localhots' is neither a host nor a domain of ${policy} (did you mean 'localhost'?)\nnothing was probed.\n`);
    expect(first.accepted + second.accepted).toBe(before);
  });
});
