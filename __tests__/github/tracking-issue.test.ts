// The tracking issue against a stand-in GitHub on loopback (reached the way the action reaches
// the real one, through GITHUB_API_URL's base URL): the requests made, the body kept, first-seen
// dates across runs, idempotent re-runs, never two open issues, and a 403 that names the permission.
import { syncTrackingIssue, TrackingIssueError } from '../../src/github/tracking-issue.js';
import { findingKey, issueBody, issueMarker, readFirstSeen } from '../../src/report/issue.js';
import type { Report } from '../../src/report/types.js';
import { endpoint, finding, HOSTILE, POLICY, report } from '../report/fixtures.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

const TOKEN = 'ghs_0123456789abcdefTOKENtoken0123456789';
const LABEL = 'mail-tls-gate';
const links = { runUrl: 'https://github.com/owner/repo/actions/runs/42', policyUrl: `https://github.com/owner/repo/blob/${'a'.repeat(40)}/${POLICY}` };

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(() => gh.close());

const sync = (r: Report, extra: { token?: string } = {}) =>
  syncTrackingIssue({ token: extra.token ?? TOKEN, label: LABEL, repository: 'owner/repo', apiUrl: gh.url, links, report: r });

const expiring = finding();
const expired = finding({ rule: 'certificate-expired', severity: 'error', message: 'The certificate expired 2 days ago.', port: 995, service: 'pop3s' });
const failing = (day: string, findings = [expiring, expired]) => report([endpoint()], findings, { startedAt: new Date(`${day}T03:00:00.000Z`) });
const passing = (day: string) => report([endpoint()], [], { startedAt: new Date(`${day}T03:00:00.000Z`) });

const writes = () => gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

test('a failing run opens one issue: labelled, marked, a table of findings, a link to the run', async () => {
  const done = await sync(failing('2026-06-12'));
  expect(done).toMatchObject({ action: 'created', number: 1 });
  expect(writes()).toEqual(['POST /repos/owner/repo/issues']);
  const list = gh.requests[0]!;
  expect(list).toMatchObject({ method: 'GET', path: '/repos/owner/repo/issues', query: { state: 'open', labels: LABEL, per_page: '100' } });
  // The token goes to GitHub and nowhere else.
  expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  const [issue] = gh.open();
  expect(issue!.labels).toEqual([LABEL]);
  expect(issue!.title).toContain(POLICY);
  expect(issue!.body.split('\n')[0]).toBe(issueMarker(POLICY));
  expect(issue!.body).toContain('| Severity | Rule | Where | Finding | Policy line | First seen |');
  expect(issue!.body).toMatch(/\| <strong>error<\/strong> \| certificate-expired \| .* \| 2026-06-12 \|/);
  expect(issue!.body).toContain('[this run](https://github.com/owner/repo/actions/runs/42)');
  expect(issue!.body).toContain(`${links.policyUrl}#L5`);
  // Errors before warnings.
  expect(issue!.body.indexOf('certificate-expired')).toBeLessThan(issue!.body.indexOf('certificate-expiring'));
  expect(issue!.body).not.toContain(TOKEN);
});

test('later runs update the same issue, keep first-seen dates, and an identical re-run writes nothing', async () => {
  await sync(failing('2026-06-12', [expired]));
  gh.requests.length = 0;
  await sync(failing('2026-06-13'));
  expect(writes()).toEqual(['PATCH /repos/owner/repo/issues/1']);
  expect(gh.open()).toHaveLength(1);
  const dates = readFirstSeen(gh.open()[0]!.body);
  expect(dates.get(findingKey(expired))).toBe('2026-06-12');
  expect(dates.get(findingKey(expiring))).toBe('2026-06-13');

  gh.requests.length = 0;
  const again = await sync(failing('2026-06-13'));
  expect(again).toMatchObject({ action: 'unchanged', number: 1 });
  expect(writes()).toEqual([]);

  // A finding that went away loses its date: if it comes back, it is new again.
  await sync(failing('2026-06-14', [expired]));
  expect(readFirstSeen(gh.open()[0]!.body).has(findingKey(expiring))).toBe(false);
  expect(gh.issues).toHaveLength(1);
});

test('a passing run comments on the issue and closes it; with no issue it does nothing', async () => {
  await sync(failing('2026-06-12'));
  gh.requests.length = 0;
  const done = await sync(passing('2026-06-13'));
  expect(done).toMatchObject({ action: 'closed', number: 1 });
  expect(writes()).toEqual(['POST /repos/owner/repo/issues/1/comments', 'PATCH /repos/owner/repo/issues/1']);
  expect(gh.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
  expect(gh.issues[0]!.comments[0]).toContain('PASS');
  expect(gh.issues[0]!.comments[0]).toContain('https://github.com/owner/repo/actions/runs/42');

  gh.requests.length = 0;
  expect(await sync(passing('2026-06-14'))).toEqual({ action: 'none' });
  expect(writes()).toEqual([]);
  // The next failure opens a new issue, not the closed one.
  await sync(failing('2026-06-15'));
  expect(gh.open().map((i) => i.number)).toEqual([2]);
});

test('finds its issue past the first page, ignoring pull requests, other issues with the label and other policies', async () => {
  for (let i = 0; i < 130; i++) gh.add({ body: `someone else's issue ${i}`, labels: [LABEL] });
  gh.add({ body: `${issueMarker(POLICY)}\nlooks like ours but is a pull request`, labels: [LABEL], pull_request: { url: 'x' } });
  gh.add({ body: `${issueMarker('other/policy.yml')}\nanother policy's issue`, labels: [LABEL] });
  // The oldest, so on the last page (the list is newest first).
  gh.issues.unshift({ number: 1000, title: 't', body: `${issueMarker(POLICY)}\nold body`, state: 'open', labels: [LABEL], comments: [] });
  gh.maxPerPage = 50;
  const done = await sync(failing('2026-06-12'));
  expect(done).toMatchObject({ action: 'updated', number: 1000 });
  const pages = gh.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1');
  expect(pages).toEqual(['1', '2', '3']);
  expect(writes()).toEqual(['PATCH /repos/owner/repo/issues/1000']);
});

test('never two open issues: a second one (from a race) is closed as a duplicate of the oldest', async () => {
  gh.add({ body: `${issueMarker(POLICY)}\nfirst`, labels: [LABEL] });
  gh.add({ body: `${issueMarker(POLICY)}\nsecond`, labels: [LABEL] });
  await sync(failing('2026-06-12'));
  expect(gh.open().map((i) => i.number)).toEqual([1]);
  expect(gh.issues[1]).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
  expect(gh.issues[1]!.comments[0]).toBe('Duplicate of #1, which tracks this policy.');
});

test('403: a clear message that names issues: write, and never the token', async () => {
  gh.forbid.add('POST');
  let error: unknown;
  try {
    await sync(failing('2026-06-12'));
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(TrackingIssueError);
  const message = (error as Error).message;
  expect(message).toMatch(/cannot create the tracking issue \(HTTP 403: GitHub said "Resource not accessible by integration"\)/);
  expect(message).toContain('permissions: issues: write');
  expect(message).not.toContain(TOKEN);
  expect(gh.issues).toHaveLength(0);

  gh.forbid.add('GET');
  await expect(sync(failing('2026-06-12'))).rejects.toThrow(/cannot list the open issues \(HTTP 403.*issues: write/);
});

test('remote text in the body is escaped: no links, mentions, references, HTML or extra cells', async () => {
  const hostile = finding({ severity: 'error', message: `greeting said ${HOSTILE} @octocat #1 ![x](https://evil.example/i.png)`, evidence: '<img src=x onerror=alert(1)> | cell' });
  await sync(failing('2026-06-12', [hostile]));
  const body = gh.open()[0]!.body;
  for (const bad of ['<script>', '<img', '@octocat', '#1 ', '](https://evil', '![', '\x1b', '::error::']) expect(body).not.toContain(bad);
  const row = body.split('\n').find((l) => l.includes('certificate-expiring'))!;
  expect(row.split(' | ')).toHaveLength(6);
});

test('a damaged first-seen marker starts the dates afresh; a large run is cut to fit GitHub\'s limit', () => {
  const many = Array.from({ length: 2000 }, (_, i) => finding({ severity: 'error', host: `mx${i}.example.com`, message: 'x'.repeat(200) }));
  const big = issueBody(failing('2026-06-12', many), '<!-- mail-tls-gate:first-seen !!!notbase64 -->', links);
  expect(big.body.length).toBeLessThan(65_536);
  expect(big.omitted).toBeGreaterThan(0);
  expect(big.listed + big.omitted).toBe(2000);
  expect(big.body).toContain(`${big.omitted} more finding(s) left out to fit`);
  expect(readFirstSeen('<!-- mail-tls-gate:first-seen !!!notbase64 -->').size).toBe(0);
  expect(readFirstSeen(big.body).size).toBe(big.listed);
});
