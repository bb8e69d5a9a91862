// Workflow-command injection: servers whose greetings, capability lists, Location headers and
// certificate names carry runner commands, log markers, encoded line breaks, ANSI escapes,
// Unicode line separators, mentions and issue references. The policy requires them, so findings
// quote what they sent. Run through the built action and the built CLI (check in every format,
// merge, validate), nothing a peer or a proposed policy wrote may reach the runner as a command
// (stdout and stderr read as the runner reads them), repaint the log, land unescaped in the job
// summary, or mention anyone or reference any issue in the tracking issue.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { issueBody } from '../../src/report/issue.js';
import type { Report } from '../../src/report/types.js';
import { assertBundleFresh, cleanEnv, makeTempDir, reportSchemaErrors, runCli, show, type RunResult } from '../cli/built.js';
import { liveReferences } from '../support/github-references.js';
import {
  hostileCertificate,
  HOSTILE_POLICY,
  httpRedirect,
  imapSession,
  LINE_PAYLOADS,
  PAYLOADS,
  pop3Session,
  REFERENCES,
  smtpSession,
  startScripted,
  type Scripted,
} from './injecting-servers.js';
import { commandInjections, POLICY_PATH, runAction, type ActionRun } from './runner.js';

const servers: Scripted[] = [];
const keep = (s: Scripted): Scripted => (servers.push(s), s);
let policy: string;
let action: ActionRun;
let cli: RunResult;
let cliDir: { path: string; remove: () => Promise<void> };
/** `check` in the other formats, `merge` in every format, and a merge that is refused. */
const cliRuns: Record<string, RunResult> = {};
/** The hostile policy through `validate`, `check` and the action. */
const policyRuns: Record<string, RunResult> = {};
let policyAction: ActionRun;

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
  for (const p of [...PAYLOADS, REFERENCES]) http.push(keep(await startScripted(httpRedirect(p))));
  // Mentions and references before TLS: in the greeting, the capability list and the AUTH line.
  const smtpReferences = keep(await startScripted(smtpSession(`220-${REFERENCES}\r\n220 ready\r\n`, [REFERENCES, `X-${REFERENCES}`])));
  const referencesCert = keep(await startScripted(imapSession([]), await hostileCertificate(REFERENCES, ['refs.fixture.test'])));
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
      - { service: submission, port: ${smtpReferences.port} }
      - { service: imaps, port: ${referencesCert.port} }
${http.map((h) => `      - { service: http, port: ${h.port} }`).join('\n')}
waivers:
  # Policy text in the outputs of a valid policy: the reason is quoted in the summary, the text
  # report and SARIF's suppression.
  - rule: certificate-name-mismatch
    host: 127.0.0.1
    port: ${san.port}
    reason: "::error::pwned ##[error]pwned %0A::warning::pwned ${REFERENCES}"
    expires: 2099-12-31
`;
  const inputs = { policy: POLICY_PATH, concurrency: '8', 'per-host': '16', 'retry-after': '100ms', summary: 'true', timeout: '2s' };
  cliDir = await makeTempDir('mtg-injection-');
  await writeFile(join(cliDir.path, 'policy.yml'), policy);
  // One after the other: both hit the same servers, and each run must stay well inside its bounds.
  action = await runAction({ policy, inputs, timeoutMs: 40_000 });
  const inCliDir = { cwd: cliDir.path, env: cleanEnv({ TERM: 'xterm-256color' }), timeoutMs: 40_000 };
  const probing = ['--timeout', '2s', '--per-host', '16', '--retry-after', '100ms'];
  cli = await runCli(['check', 'policy.yml', ...probing], inCliDir);
  cliRuns['check --format json'] = await runCli(['check', 'policy.yml', ...probing, '--format', 'json', '--shard', '1/1', '--report', 'shard.json', '--sarif', 'check.sarif'], inCliDir);
  cliRuns['check --format sarif'] = await runCli(['check', 'policy.yml', ...probing, '--format', 'sarif'], inCliDir);
  for (const format of ['text', 'json', 'sarif']) {
    cliRuns[`merge --format ${format}`] = await runCli(['merge', 'shard.json', '--format', format, '--report', 'merged.json', '--sarif', 'merged.sarif'], inCliDir);
  }
  // A shard report edited to disagree, under a hostile name: merge refuses, quoting both.
  const edited = JSON.parse(await readFile(join(cliDir.path, 'shard.json'), 'utf8')) as Report;
  await writeFile(join(cliDir.path, '::error::pwned ##[error]pwned.json'), JSON.stringify({ ...edited, policy: '::error::pwned ##[error]pwned %0A::warning::pwned' }));
  cliRuns['merge (refused)'] = await runCli(['merge', 'shard.json', '::error::pwned ##[error]pwned.json'], inCliDir);

  await writeFile(join(cliDir.path, 'hostile.yml'), HOSTILE_POLICY);
  policyRuns['validate'] = await runCli(['validate', 'hostile.yml'], inCliDir);
  policyRuns['validate --format json'] = await runCli(['validate', 'hostile.yml', '--format', 'json'], inCliDir);
  policyRuns['check --format json'] = await runCli(['check', 'hostile.yml', '--format', 'json'], inCliDir);
  policyRuns['check --format sarif'] = await runCli(['check', 'hostile.yml', '--format', 'sarif'], inCliDir);
  policyRuns['validate (valid policy) --format json'] = await runCli(['validate', 'policy.yml', '--format', 'json'], inCliDir);
  policyAction = await runAction({ policy: HOSTILE_POLICY, inputs: { policy: POLICY_PATH }, timeoutMs: 20_000 });
}, 240_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await action?.remove();
  await policyAction?.remove();
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

/** Every marker the JSON must carry, parsed, to prove the clean lines are not for want of input. */
const JSON_MARKERS = ['::error::pwned', '##[error]pwned', '::add-mask::x', '\u2028::error::pwned', REFERENCES];

function expectCarriesPayloads(parsed: unknown): void {
  const text = JSON.stringify(parsed);
  for (const p of JSON_MARKERS) expect([p, text.includes(JSON.stringify(p).slice(1, -1))]).toEqual([p, true]);
}

describe('the CLI: check --format json|sarif, merge in every format (stdout, stderr and files read as the runner reads them)', () => {
  const names = ['check --format json', 'check --format sarif', 'merge --format text', 'merge --format json', 'merge --format sarif'];

  test.each(names)('%s: fails on the findings; no command or log marker on stdout or stderr', (name) => {
    const r = cliRuns[name]!;
    expect([r.code, r.timedOut, show(r.stderr)]).toEqual([1, false, show(r.stderr)]);
    expect(r.stdout).toContain('pwned');
    expect(commandInjections(r.stdout, new Set())).toEqual([]);
    expect(commandInjections(r.stderr, new Set())).toEqual([]);
  });

  test.each(names.filter((n) => !n.endsWith('text')))('%s: stdout parses to the data as received', (name) => {
    const parsed = JSON.parse(cliRuns[name]!.stdout);
    expectCarriesPayloads(parsed);
    if (name.includes('json')) expect(reportSchemaErrors(parsed)).toEqual([]);
  });

  test.each(['shard.json', 'check.sarif', 'merged.json', 'merged.sarif'])('the %s file: no command or log marker on any line; parses', async (file) => {
    const text = await readFile(join(cliDir.path, file), 'utf8');
    expect(commandInjections(text, new Set())).toEqual([]);
    expectCarriesPayloads(JSON.parse(text));
  });

  test('a refused merge quotes the hostile policy and file name on stderr, inert', () => {
    const r = cliRuns['merge (refused)']!;
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('pwned');
    expect(r.stderr).toMatch(/policies/);
    expect(commandInjections(r.stderr, new Set())).toEqual([]);
  });
});

describe('a hostile policy (as a fork could propose): validate, check and the action quote its values inert', () => {
  test.each(['validate', 'validate --format json', 'check --format json', 'check --format sarif'])('%s: exit 2, the values quoted on stderr, no command or log marker', (name) => {
    const r = policyRuns[name]!;
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.match(/pwned/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    expect(commandInjections(r.stderr, new Set())).toEqual([]);
  });

  test('validate --format json of a valid policy: the plan, parsed, and no marker', () => {
    const r = policyRuns['validate (valid policy) --format json']!;
    expect([r.code, show(r.stderr)]).toEqual([0, show(r.stderr)]);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    expect(commandInjections(r.stdout, new Set())).toEqual([]);
  });

  test('the action: one annotation per problem, each quoting the value inert', () => {
    expect(policyAction.outputs.result).toBe('fail');
    expect(commandInjections(policyAction.stdout)).toEqual([]);
    expect(commandInjections(policyAction.stderr, new Set())).toEqual([]);
    const problems = policyAction.commands.filter((c) => c.name === 'error' && c.properties.title === 'invalid policy');
    expect(problems.filter((c) => c.message.includes('pwned')).length).toBeGreaterThanOrEqual(4);
  });
});

describe('mentions and references (GitHub reads the Markdown with entities decoded first)', () => {
  const links = { runUrl: 'https://github.com/owner/repo/actions/runs/1', policyUrl: `https://github.com/owner/repo/blob/${'0'.repeat(40)}/${POLICY_PATH}` };

  test('the run really saw them: capabilities, greeting, certificate subject, Location, and no mechanism named after them', () => {
    const report = JSON.parse(readFileSync(action.outputs.report!, 'utf8')) as Report;
    const evidence = report.findings.map((f) => `${f.message} ${f.evidence ?? ''}`).join('\n');
    expect(evidence).toContain(REFERENCES);
    expect(liveReferences(evidence).length).toBeGreaterThan(0);
    const submission = report.endpoints.find((e) => e.service === 'submission' && e.plaintext?.capabilities.includes(REFERENCES));
    // RFC 4422 names only: PLAIN and GH-2 are well-formed names, `@octocat` and the rest are not.
    expect(submission?.plaintext?.authBeforeTls).toEqual(['PLAIN', 'GH-2']);
    // And the policy's own text: the waiver reason stands beside the finding it waives.
    expect(report.findings.filter((f) => f.waived && f.waiverReason?.includes(`##[error]pwned %0A::warning::pwned ${REFERENCES}`))).toHaveLength(1);
  });

  test('the tracking issue body made from this run has no live mention, reference or URL', () => {
    const report = JSON.parse(readFileSync(action.outputs.report!, 'utf8')) as Report;
    const { body } = issueBody(report, null, links);
    expect(body).toContain('octocat');
    expect(liveReferences(body)).toEqual([]);
  });

  test('nor has the job summary', () => {
    expect(action.summary).toContain('octocat');
    expect(liveReferences(action.summary)).toEqual([]);
  });
});
