// The action's GitHub-native features end to end, as the runner runs `node dist/index.js`: the
// tracking issue against a stand-in GitHub API on loopback (GITHUB_API_URL), a matrix of shards
// and the merge job, each read back as the runner reads a step (commands, outputs, summary).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { issueMarker } from '../../src/report/issue.js';
import { assertBundleFresh, reportSchemaErrors, show } from '../cli/built.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { actionRuns, leaks, POLICY_PATH, type ActionRun } from './runner.js';

let caPem: string;
let imaps: MailServer;
let smtp: MailServer;
let gh: FakeGitHub;
let failingPolicy: string;
let passingPolicy: string;
/** Five hosts: the fixtures on 127.0.0.1 and four loopback addresses nothing listens on. */
let fleetPolicy: string;

const { run, removeAll } = actionRuns();

beforeAll(async () => {
  await assertBundleFresh();
  const certs = await createFixtureCertificates();
  const pem = await certs.good(['127.0.0.1']);
  caPem = certs.ca.cert;
  [imaps, smtp] = await Promise.all([startMailFixture('imap', 'implicit-tls', pem), startMailFixture('smtp', 'plaintext', pem)]);
  gh = await startFakeGitHub();
  passingPolicy = `version: 1
defaults:
  timeout: 2s
hosts:
  - host: 127.0.0.1
    require:
      - { service: imaps, port: ${imaps.port} }
`;
  failingPolicy = `${passingPolicy}      - { service: smtp, port: ${smtp.port} }
`;
  fleetPolicy = `${failingPolicy}${[2, 3, 5, 6]
    .map((n) => `  - host: 127.0.0.${n}\n    require:\n      - { service: imaps, port: ${imaps.port} }\n`)
    .join('')}`;
});

afterAll(async () => {
  await Promise.all([imaps, smtp].map((s) => s?.close()));
  await gh?.close();
  await removeAll();
});

const inputs = (extra: Record<string, string> = {}) => ({ 'ca-file': 'certs/ca.pem', concurrency: '8', timeout: '2s', ...extra });
const files = (extra: Record<string, string> = {}) => ({ 'certs/ca.pem': caPem, ...extra });
const githubEnv = (event = 'schedule') => ({ GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: event, GITHUB_RUN_ID: '777' });

const ownErrors = (r: ActionRun) => r.commands.filter((c) => c.name === 'error' && c.properties.file === undefined).map((c) => c.message);

describe('issue: true', () => {
  test('a failing nightly run opens the issue, a re-run leaves it alone, a passing run closes it', async () => {
    const first = await run({ policy: failingPolicy, inputs: inputs({ issue: 'true' }), files: files(), env: githubEnv() });
    expect([first.code, show(first.stderr)]).toEqual([1, show(first.stderr)]);
    expect(first.outputs).toMatchObject({ result: 'fail', issue: '1' });
    expect(first.stdout).toContain('tracking issue: opened #1');
    expect(leaks(first)).toEqual([]);
    expect(gh.open()).toHaveLength(1);
    const issue = gh.open()[0]!;
    expect(issue.labels).toEqual(['mail-tls-gate']);
    expect(issue.body).toContain(issueMarker(POLICY_PATH));
    expect(issue.body).toContain('https://github.com/owner/repo/actions/runs/777');
    expect(issue.body).toMatch(/starttls-not-offered .*127\.0\.0\.1&#58;\d+ smtp/);
    // The token went to the API, as GitHub expects it, and nowhere else.
    expect(gh.requests.every((q) => q.authorization === `token ${first.token}`)).toBe(true);

    const before = gh.requests.length;
    const again = await run({ policy: failingPolicy, inputs: inputs({ issue: 'true' }), files: files(), env: githubEnv() });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('tracking issue: #1 is up to date');
    expect(gh.requests.slice(before).map((q) => q.method)).toEqual(['GET']);
    expect(gh.open()).toHaveLength(1);

    const fixed = await run({ policy: passingPolicy, inputs: inputs({ issue: 'true' }), files: files(), env: githubEnv() });
    expect([fixed.code, show(fixed.stderr)]).toEqual([0, show(fixed.stderr)]);
    expect(fixed.outputs).toMatchObject({ result: 'pass', issue: '1' });
    expect(gh.open()).toHaveLength(0);
    expect(gh.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(leaks(fixed)).toEqual([]);
  }, 60_000);

  test('a token without issues: write: the step fails with a message naming the permission', async () => {
    gh.forbid.add('POST');
    try {
      const r = await run({ policy: passingPolicy, inputs: inputs({ issue: 'true' }), files: files(), env: githubEnv() });
      // Passing run with no open issue: nothing to write, so no 403 yet.
      expect([r.code, r.stdout]).toEqual([0, r.stdout]);
      const failing = await run({ policy: failingPolicy, inputs: inputs({ issue: 'true' }), files: files(), env: githubEnv() });
      expect(failing.code).toBe(1);
      const messages = ownErrors(failing).join('\n');
      expect(messages).toMatch(/tracking issue: cannot create the tracking issue \(HTTP 403/);
      expect(messages).toContain('permissions: issues: write');
      expect(leaks(failing)).toEqual([]);
    } finally {
      gh.forbid.clear();
    }
  }, 60_000);

  test('not on pull requests, and not by a shard', async () => {
    const before = gh.requests.length;
    const pr = await run({ policy: failingPolicy, inputs: inputs({ issue: 'true' }), files: files(), env: githubEnv('pull_request') });
    expect(pr.code).toBe(1);
    expect(pr.stdout).toContain('tracking issue: not kept on pull requests');
    const shard = await run({ policy: failingPolicy, inputs: inputs({ issue: 'true', shard: '1/1' }), files: files(), env: githubEnv() });
    expect(shard.commands.filter((c) => c.name === 'warning').map((c) => c.message).join('\n')).toMatch(/the tracking issue is kept by the merge job/);
    expect(gh.requests.length).toBe(before);
  }, 60_000);
});

describe('a matrix of shards and the merge job', () => {
  test('shard reports merged by a glob give the unsharded run\'s findings, annotations and verdict', async () => {
    const whole = await run({ policy: fleetPolicy, inputs: inputs({ report: 'whole.json' }), files: files() });
    expect(whole.code).toBe(1);
    const wholeReport = JSON.parse(readFileSync(join(whole.workspace, 'whole.json'), 'utf8'));

    const shardFiles: Record<string, string> = {};
    for (const index of [1, 2, 3]) {
      const r = await run({ policy: fleetPolicy, inputs: inputs({ shard: `${index}/3`, report: `mail-tls-${index}.json` }), files: files() });
      expect(leaks(r)).toEqual([]);
      const text = readFileSync(join(r.workspace, `mail-tls-${index}.json`), 'utf8');
      const report = JSON.parse(text);
      expect(reportSchemaErrors(report)).toEqual([]);
      expect(report.shard).toMatchObject({ index, count: 3 });
      shardFiles[`reports/mail-tls-report-${index}/mail-tls-${index}.json`] = text;
    }

    const merged = await run({
      policy: fleetPolicy,
      inputs: inputs({ merge: 'reports/**/mail-tls-*.json', report: 'merged.json', sarif: 'merged.sarif' }),
      files: files(shardFiles),
    });
    expect([merged.code, show(merged.stderr)]).toEqual([1, show(merged.stderr)]);
    expect(merged.stdout).toContain("merge: 3 report(s) match 'reports/**/mail-tls-*.json'");
    const mergedReport = JSON.parse(readFileSync(join(merged.workspace, 'merged.json'), 'utf8'));
    expect(reportSchemaErrors(mergedReport)).toEqual([]);
    expect(mergedReport.findings).toEqual(wholeReport.findings);
    expect(mergedReport.summary).toEqual(wholeReport.summary);
    expect(merged.outputs).toMatchObject({ result: whole.outputs.result, errors: whole.outputs.errors, report: 'merged.json', sarif: 'merged.sarif' });
    const annotated = (r: ActionRun) =>
      r.commands.filter((c) => c.properties.file !== undefined).map((c) => `${c.name} ${c.properties.file}:${c.properties.line} ${c.properties.title}`);
    expect(annotated(merged)).toEqual(annotated(whole));
    expect(merged.summary).toContain('FAIL');
    expect(JSON.parse(readFileSync(join(merged.workspace, 'merged.sarif'), 'utf8')).runs[0].results).toHaveLength(mergedReport.findings.length);
    expect(leaks(merged)).toEqual([]);

    // One shard's artifact missing: refused, with the reason, and nothing judged.
    const partial = { ...shardFiles };
    delete partial['reports/mail-tls-report-2/mail-tls-2.json'];
    const refused = await run({ policy: fleetPolicy, inputs: inputs({ merge: 'reports/**/*.json' }), files: files(partial) });
    expect(refused.code).toBe(1);
    expect(ownErrors(refused).join('\n')).toMatch(/merge: shard 2\/3 is missing/);
    expect(refused.outputs.result).toBe('fail');
    expect(refused.commands.filter((c) => c.properties.file !== undefined)).toEqual([]);
  }, 120_000);

  test('bad shard input, or shard and merge together, fail before anything is probed', async () => {
    const bad = await run({ policy: failingPolicy, inputs: inputs({ shard: '4/3' }), files: files() });
    expect(bad.code).toBe(1);
    expect(ownErrors(bad).join('\n')).toMatch(/shard: '4\/3' is not i\/n/);
    const both = await run({ policy: failingPolicy, inputs: inputs({ shard: '1/3', merge: '*.json' }), files: files() });
    expect(both.code).toBe(1);
    expect(ownErrors(both).join('\n')).toMatch(/shard and merge/);
    expect(bad.stdout).not.toContain('endpoints');
  }, 60_000);
});
