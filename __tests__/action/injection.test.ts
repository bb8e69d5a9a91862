// Workflow-command injection: servers whose greetings, capability lists, Location headers and
// certificate names carry runner commands, log markers, encoded line breaks, ANSI escapes and
// Unicode line separators. The policy requires them, so findings quote what they sent. Run
// through the built action and the built CLI, nothing a peer wrote may reach the runner as a
// command, repaint the log, or land unescaped in the job summary.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertBundleFresh, cleanEnv, makeTempDir, runCli, show, type RunResult } from '../cli/built.js';
import {
  hostileCertificate,
  httpRedirect,
  imapSession,
  LINE_PAYLOADS,
  PAYLOADS,
  pop3Session,
  smtpSession,
  startScripted,
  type Scripted,
} from './hostile-servers.js';
import { commandInjections, POLICY_PATH, runAction, type ActionRun } from './runner.js';

const servers: Scripted[] = [];
const keep = (s: Scripted): Scripted => (servers.push(s), s);
let policy: string;
let action: ActionRun;
let cli: RunResult;
let cliDir: { path: string; remove: () => Promise<void> };

/** Printable-ASCII-or-control payloads, the ones an IA5String (a DNS name in a SAN) can hold. */
const ASCII_PAYLOADS = PAYLOADS.filter((p) => /^[\x00-\x7f]*$/.test(p));

beforeAll(async () => {
  await assertBundleFresh();
  const [subjectCert, sanCert] = await Promise.all([
    hostileCertificate(PAYLOADS.join(' '), ['mail.fixture.test']),
    hostileCertificate('san.fixture.test', ASCII_PAYLOADS),
  ]);
  const greeting = [...LINE_PAYLOADS.map((p) => `220-${p}`), '220 ready'].join('\r\n') + '\r\n';
  const busy = [...LINE_PAYLOADS.map((p) => `421-${p}`), '421 busy'].join('\r\n') + '\r\n';
  const smtpEhlo = keep(await startScripted(smtpSession(greeting, LINE_PAYLOADS)));
  const smtpBusy = keep(await startScripted(smtpSession(busy, [])));
  const imap = keep(await startScripted(imapSession(LINE_PAYLOADS)));
  const pop3 = keep(await startScripted(pop3Session(PAYLOADS)));
  const subject = keep(await startScripted(imapSession([]), subjectCert));
  const san = keep(await startScripted(imapSession([]), sanCert));
  const http: Scripted[] = [];
  for (const p of PAYLOADS) http.push(keep(await startScripted(httpRedirect(p))));
  policy = `version: 1
defaults:
  timeout: 2s
hosts:
  - host: 127.0.0.1
    require:
      - { service: smtp, port: ${smtpEhlo.port} }
      - { service: submission, port: ${smtpBusy.port} }
      - { service: imap, port: ${imap.port} }
      - { service: pop3, port: ${pop3.port} }
      - { service: imaps, port: ${subject.port} }
      - { service: imaps, port: ${san.port} }
${http.map((h) => `      - { service: http, port: ${h.port} }`).join('\n')}
`;
  const inputs = { policy: POLICY_PATH, concurrency: '8', 'per-host': '16', 'retry-after': '100ms', summary: 'true', timeout: '2s' };
  cliDir = await makeTempDir('mtg-injection-');
  await writeFile(join(cliDir.path, 'policy.yml'), policy);
  // One after the other: both hit the same servers, and each run must stay well inside its bounds.
  action = await runAction({ policy, inputs, timeoutMs: 40_000 });
  cli = await runCli(['check', 'policy.yml', '--timeout', '2s', '--per-host', '16', '--retry-after', '100ms'], {
    cwd: cliDir.path,
    env: cleanEnv({ TERM: 'xterm-256color' }),
    timeoutMs: 40_000,
  });
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await action?.remove();
  await cliDir?.remove();
});

describe('the hostile servers really delivered their payloads', () => {
  test('the checker itself catches every payload printed raw', () => {
    for (const p of PAYLOADS.filter((x) => !x.startsWith('<'))) {
      // Alone on a line, or inside one of our own commands without escaping.
      const caught = [...commandInjections(p), ...commandInjections(`::notice::seen: ${p}`)];
      expect([p, caught.length > 0]).toEqual([p, true]);
    }
  });

  // Without this the rest would pass vacuously: the raw JSON report must hold what they sent.
  test('the JSON report quotes every payload verbatim', () => {
    expect(action.timedOut).toBe(false);
    const report = JSON.parse(readFileSync(action.outputs.report!, 'utf8'));
    const quoted = JSON.stringify(report);
    const text = [
      ...report.findings.map((f: { evidence: string | null }) => f.evidence ?? ''),
      ...report.endpoints.map((e: { plaintext?: { greeting?: string } | null }) => e.plaintext?.greeting ?? ''),
    ].join('\n');
    for (const p of ['::error::pwned', '##[error]pwned', '%0A::warning::pwned', '\r\n::error::pwned', '::add-mask::x', '::stop-commands::x', '\x1b[31mpwned', '\u2028::error::pwned', '\u0085::error::pwned', '<b>pwned</b>']) {
      expect([p, text.includes(p)]).toEqual([p, true]);
    }
    expect(quoted).toContain('pwned');
    const rules = new Set(report.findings.map((f: { rule: string }) => f.rule));
    for (const rule of ['starttls-not-offered', 'service-busy', 'http-not-redirected', 'certificate-name-mismatch', 'certificate-untrusted']) {
      expect([rule, rules.has(rule)]).toEqual([rule, true]);
    }
  });
});

describe('the action (node dist/index.js as the runner runs it)', () => {
  test('fails on the findings, as it should', () => {
    expect([action.code, show(action.stderr)]).toEqual([1, show(action.stderr)]);
    expect(action.outputs.result).toBe('fail');
  });

  test('no stdout line is a command carrying remote text; no ESC byte', () => {
    expect(action.stdout).not.toContain('\x1b');
    expect(commandInjections(action.stdout)).toEqual([]);
  });

  test('nor on stderr', () => {
    expect(action.stderr).not.toContain('\x1b');
    expect(commandInjections(action.stderr, new Set())).toEqual([]);
  });

  test('the job summary quotes the evidence HTML-escaped, with nothing active in it', () => {
    const summary = action.summary;
    expect(summary).toContain('pwned'); // the evidence is there …
    expect(summary).not.toContain('<b>pwned'); // … as text, not markup
    expect(summary).toMatch(/&lt;b&gt;pwned|&#60;b&#62;pwned/);
    expect(summary).not.toContain('\x1b');
    expect(summary).not.toMatch(/[\u2028\u2029\u0085]/);
    expect(commandInjections(summary, new Set())).toEqual([]);
    for (const line of summary.split('\n')) expect(line).not.toMatch(/::(error|warning|add-mask|stop-commands)::/);
  });

  test('outputs hold no remote text', () => {
    expect(JSON.stringify(action.outputs)).not.toContain('pwned');
  });
});

describe('the CLI (node dist/cli.js check, text output)', () => {
  test('fails on the findings and quotes the evidence', () => {
    expect([cli.code, cli.timedOut, show(cli.stderr)]).toEqual([1, false, show(cli.stderr)]);
    expect(cli.stdout).toContain('pwned');
    expect(cli.stdout.trimEnd().split('\n').pop()).toMatch(/^FAIL: /);
  });

  test('no stdout line is a workflow command or log marker; no ESC byte; no raw line separators', () => {
    expect(cli.stdout).not.toContain('\x1b');
    expect(cli.stdout).not.toMatch(/[\r\u2028\u2029\u0085]/);
    // The CLI issues no workflow commands at all.
    expect(commandInjections(cli.stdout, new Set())).toEqual([]);
  });

  test('nor on stderr', () => {
    expect(cli.stderr).not.toContain('\x1b');
    expect(commandInjections(cli.stderr, new Set())).toEqual([]);
  });
});
