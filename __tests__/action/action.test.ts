// The action as the runner runs it: `node dist/index.js` with INPUT_* variables, the runner's
// files and a workspace holding the policy; stdout read back as workflow commands, outputs read
// from GITHUB_OUTPUT, the job summary from GITHUB_STEP_SUMMARY, and the process exit code.
import { RULES } from '../../src/rules/registry.js';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { assertBundleFresh, makeTempDir, reportSchemaErrors, runCli, show } from '../cli/built.js';
import { actionRuns, leaks, parseLogMarker, POLICY_PATH, runnerLines, type ActionRun, type WorkflowCommand } from './runner.js';

let pem: Pem;
let caPem: string;
let imaps: MailServer;
let smtp: MailServer;
let imap: MailServer;
/** Named by the invalid policies; it must never see a connection. */
let sentinel: MailServer;
let policy: string;

/** Policy line of each endpoint. */
const LINE = { imaps: 8, smtp: 9, imap: 11 };

const { run, removeAll } = actionRuns();

beforeAll(async () => {
  await assertBundleFresh();
  const certs = await createFixtureCertificates();
  pem = await certs.good(['127.0.0.1']);
  caPem = certs.ca.cert;
  [imaps, smtp, imap, sentinel] = await Promise.all([
    startMailFixture('imap', 'implicit-tls', pem),
    startMailFixture('smtp', 'plaintext', pem),
    startMailFixture('imap', 'plaintext', pem),
    startMailFixture('smtp', 'plaintext', pem),
  ]);
  policy = `# The mail host this repository runs.
version: 1
defaults:
  timeout: 2s
hosts:
  - host: 127.0.0.1
    require:
      - { service: imaps, port: ${imaps.port} }
      - { service: smtp, port: ${smtp.port} }
    forbid:
      - { service: imap, port: ${imap.port} }
`;
});

afterAll(async () => {
  await Promise.all([imaps, smtp, imap, sentinel].map((s) => s?.close()));
  await removeAll();
});

const inputs = (extra: Record<string, string> = {}) => ({
  policy: POLICY_PATH,
  'ca-file': 'certs/fixture-ca.pem',
  concurrency: '4',
  summary: 'true',
  timeout: '2s',
  ...extra,
});
const files = () => ({ 'certs/fixture-ca.pem': caPem });

const annotations = (r: ActionRun): WorkflowCommand[] =>
  r.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.name) && c.properties.file !== undefined);

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('a failing check', () => {
  let r: ActionRun;
  beforeAll(async () => {
    r = await run({ policy, inputs: inputs(), files: files() });
  }, 40_000);

  test('fails the step: exit code 1 and a final ::error::', () => {
    expect([r.code, r.timedOut, show(r.stderr)]).toEqual([1, false, show(r.stderr)]);
    const last = r.commands.filter((c) => c.name === 'error' && c.properties.file === undefined);
    expect(last.map((c) => c.message)).toEqual([expect.stringMatching(/^mail-tls-gate: 3 error\(s\), 0 warning\(s\), 0 notice\(s\) in 3 endpoint\(s\)$/)]);
    expect(leaks(r)).toEqual([]);
  });

  test('annotates the exact policy lines, file relative to the workspace, rule titles from the metadata, with their ids, in the title', () => {
    const found = annotations(r)
      .map((c) => ({ level: c.name, file: c.properties.file, line: Number(c.properties.line), title: c.properties.title }))
      .sort((a, b) => a.line - b.line);
    expect(found).toEqual([
      { level: 'error', file: POLICY_PATH, line: LINE.smtp, title: `${RULES['plaintext-auth-offered'].title} (plaintext-auth-offered); ${RULES['starttls-not-offered'].title} (starttls-not-offered)` },
      { level: 'error', file: POLICY_PATH, line: LINE.imap, title: `${RULES['forbidden-service-reachable'].title} (forbidden-service-reachable)` },
    ]);
    const policyLines = policy.split('\n');
    for (const a of annotations(r)) {
      // The column points into the line's list item, and the message names the endpoint.
      const col = Number(a.properties.col);
      const text = policyLines[Number(a.properties.line) - 1]!;
      expect(col).toBeGreaterThanOrEqual(1);
      expect(text.slice(col - 1)).toMatch(/^(- )?\{ service: (smtp|imap),/);
      expect(a.message).toMatch(/127\.0\.0\.1/);
      // Percent-encoding undone, a multi-line message is lines of text, never a command.
      for (const line of a.message.split('\n')) expect(line).not.toMatch(/^\s*::/);
    }
  });

  test('sets the outputs; report and sarif are files that exist and parse', () => {
    expect(r.outputs).toMatchObject({ result: 'fail', errors: '3', warnings: '0', notices: '0' });
    for (const name of ['report', 'sarif']) {
      expect(isAbsolute(r.outputs[name]!)).toBe(true);
      // Not given as inputs: written under the runner's temporary directory.
      expect(r.outputs[name]!.startsWith(r.runnerTemp)).toBe(true);
      expect(existsSync(r.outputs[name]!)).toBe(true);
    }
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.policy).toBe(POLICY_PATH);
    expect(report.summary).toMatchObject({ result: 'fail', errors: 3, endpoints: 3 });
    // The annotations are the report's findings, at the report's locations.
    const places = (report.findings as Array<{ rule: string; location: { file: string; line: number; column: number } }>)
      .map((f) => `${f.location.file}:${f.location.line}:${f.location.column}`)
      .sort();
    const annotated = annotations(r).map((c) => `${c.properties.file}:${c.properties.line}:${c.properties.col}`);
    expect([...new Set(places)]).toEqual(expect.arrayContaining(annotated));
    expect(new Set(places).size).toBe(annotated.length);
    const sarif = JSON.parse(readFileSync(r.outputs.sarif!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(
      ['forbidden-service-reachable', 'plaintext-auth-offered', 'starttls-not-offered'],
    );
  });

  test('writes a job summary with the verdict and a table', () => {
    expect(decodeEntities(r.summary)).toContain('FAIL: 3 errors in 3 endpoints');
    const rows = r.summary.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toContainEqual(expect.stringMatching(/^\| Service \| Port \|/));
    expect(rows.filter((l) => l.includes('127.0.0.1')).length).toBeGreaterThanOrEqual(3);
    for (const rule of ['forbidden-service-reachable', 'plaintext-auth-offered', 'starttls-not-offered']) expect(r.summary).toContain(rule);
  });
});

describe('fail-on: never', () => {
  test('exit 0 and result pass, still annotated and counted; report and sarif where the inputs say', async () => {
    const r = await run({
      policy,
      inputs: inputs({ 'fail-on': 'never', report: 'mail-tls.json', sarif: 'mail-tls.sarif' }),
      files: files(),
    });
    expect([r.code, show(r.stderr)]).toEqual([0, show(r.stderr)]);
    expect(r.outputs).toMatchObject({ result: 'pass', errors: '3', warnings: '0', notices: '0', report: 'mail-tls.json', sarif: 'mail-tls.sarif' });
    expect(JSON.parse(readFileSync(join(r.workspace, 'mail-tls.json'), 'utf8')).summary.result).toBe('pass');
    expect(JSON.parse(readFileSync(join(r.workspace, 'mail-tls.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(annotations(r)).toHaveLength(2);
    expect(r.commands.filter((c) => c.name === 'error' && c.properties.file === undefined)).toEqual([]);
    expect(decodeEntities(r.summary)).toContain('PASS: 3 errors in 3 endpoints');
    expect(leaks(r)).toEqual([]);
  }, 40_000);

  test('summary: false leaves the job summary alone', async () => {
    const r = await run({ policy, inputs: inputs({ 'fail-on': 'never', summary: 'false' }), files: files() });
    expect(r.code).toBe(0);
    expect(r.summary).toBe('');
  }, 40_000);
});

describe('an invalid policy', () => {
  const invalid = (port: number) => `version: 1
defaults:
  timeout: 10 seconds
hosts:
  - host: 127.0.0.1
    require:
      - { service: smtp, port: ${port} }
      - imapz
      - { service: imaps, port: 70000 }
    forbd: [imap]
waivers:
  - rule: starttls-not-offered
    host: 127.0.0.1
    reason: test
    expires: 2027-02-30
`;

  test('one ::error per problem at its file, line and column; exit 1; nothing probed', async () => {
    const text = invalid(sentinel.port);
    const r = await run({ policy: text, inputs: inputs(), files: files() });
    expect([r.code, show(r.stderr)]).toEqual([1, show(r.stderr)]);
    const errors = annotations(r);
    const located = errors.map((c) => [c.properties.file, Number(c.properties.line), Number(c.properties.col), c.message]);
    // The CLI's `validate` lists the same problems, each as file:line:col: message.
    const dir = await makeTempDir('mtg-action-invalid-');
    try {
      await mkdir(join(dir.path, '.github'));
      await writeFile(join(dir.path, POLICY_PATH), text);
      const v = await runCli(['validate', POLICY_PATH], { cwd: dir.path });
      expect(v.code).toBe(2);
      const listed = v.stderr
        .split('\n')
        .flatMap((l) => {
          const m = /^(.+?):(\d+):(\d+): (.*)$/.exec(l);
          return m ? [[m[1], Number(m[2]), Number(m[3]), m[4]]] : [];
        });
      expect(located).toEqual(listed);
    } finally {
      await dir.remove();
    }
    expect(located.map(([, line]) => line)).toEqual([3, 8, 9, 10, 15]);
    for (const c of errors) expect(c.properties.title).toBe('invalid policy');
    expect(r.outputs.result).toBe('fail');
    expect(r.outputs.report).toBeUndefined();
    expect(sentinel.accepted).toBe(0);
    expect(leaks(r)).toEqual([]);
  }, 40_000);

  test('a policy file that is not there: one plain error that says so, no annotation at 1:1', async () => {
    const r = await run({ policy: 'version: 1\n', inputs: inputs({ policy: '.github/no-such-policy.yml' }), files: files() });
    expect(r.code).toBe(1);
    expect(annotations(r)).toEqual([]);
    expect(r.commands.filter((c) => c.name === 'error').map((c) => c.message)).toEqual([
      'mail-tls-gate: cannot read .github/no-such-policy.yml: no such file; nothing was probed',
    ]);
    expect(r.outputs.result).toBe('fail');
  }, 40_000);

  test('an invalid input fails the step before anything is probed', async () => {
    const r = await run({ policy: `version: 1\nhosts:\n  - host: 127.0.0.1\n    require: [{ service: smtp, port: ${sentinel.port} }]\n`, inputs: inputs({ 'fail-on': 'sometimes' }), files: files() });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.name === 'error').map((c) => c.message).join('\n')).toMatch(/fail-on: 'sometimes'/);
    expect(sentinel.accepted).toBe(0);
  }, 40_000);

  test('an input value is quoted neutralised: event text in an input makes no workflow command', async () => {
    const r = await run({ policy: `version: 1\nhosts:\n  - host: 127.0.0.1\n    require: [{ service: smtp, port: ${sentinel.port} }]\n`, inputs: inputs({ 'fail-on': '##[warning]pwned', timeout: 'x ::warning::pwned' }), files: files() });
    expect(r.code).toBe(1);
    const errors = r.commands.filter((c) => c.name === 'error').map((c) => c.message);
    expect(errors.join('\n')).toContain('pwned');
    expect(r.commands.map((c) => c.name).filter((name) => name !== 'error')).toEqual([]);
    expect(runnerLines(r.stdout).map(parseLogMarker).filter((m) => m !== null)).toEqual([]);
    expect(sentinel.accepted).toBe(0);
  }, 40_000);
});
