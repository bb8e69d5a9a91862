// The GitHub adapter for the nightly tracking issue: the one place besides the entry points that
// talks to GitHub. One open issue per policy, found by its label and the hidden marker this action
// writes in its body; created or updated while the policy is not met, commented on and closed by
// the first run that passes. Re-running a run changes nothing (a body that would not change is not
// written again). The token goes to Octokit only: it is never logged or put in a message.
import { getOctokit } from '@actions/github';
import { issueBody, issueTitle, isTrackingIssue, passComment, type IssueLinks } from '../report/issue.js';
import { neutralise } from '../report/neutralise.js';
import type { Report } from '../report/types.js';

export interface TrackingIssueOptions {
  token: string;
  label: string;
  /** owner/name. */
  repository: string;
  /** GITHUB_API_URL; the public API when absent. */
  apiUrl?: string;
  links?: IssueLinks;
  report: Report;
  log?: (line: string) => void;
}

export type TrackingIssueOutcome =
  | { action: 'created' | 'updated' | 'unchanged' | 'closed'; number: number; url: string }
  | { action: 'none' };

/** A failure the user can act on; the message names no secret. */
export class TrackingIssueError extends Error {}

interface IssueItem {
  number: number;
  body?: string | null;
  html_url: string;
  title: string;
  pull_request?: unknown;
}

export async function syncTrackingIssue(options: TrackingIssueOptions): Promise<TrackingIssueOutcome> {
  const { report, label, token } = options;
  const log = options.log ?? (() => {});
  const [owner, repo, ...extra] = options.repository.split('/');
  if (!owner || !repo || extra.length > 0) throw new TrackingIssueError(`GITHUB_REPOSITORY '${neutralise(options.repository, 100)}' is not owner/name`);
  if (!token) throw new TrackingIssueError('no token: set the token input (default: github.token)');
  const octokit = getOctokit(token, options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {});
  const call = async <T>(what: string, request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (err) {
      throw explain(what, err, token);
    }
  };

  const listed = await call('list the open issues', () =>
    octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', labels: label, per_page: 100 }),
  );
  const ours = (listed as IssueItem[])
    .filter((i) => i.pull_request === undefined && isTrackingIssue(i.body, report.policy))
    .sort((a, b) => a.number - b.number);
  const [current, ...duplicates] = ours;
  // Never two open: a race between two runs could have made a second one; keep the oldest.
  for (const dup of duplicates) {
    await call(`comment on issue #${dup.number}`, () =>
      octokit.rest.issues.createComment({ owner, repo, issue_number: dup.number, body: `Duplicate of #${current!.number}, which tracks this policy.` }),
    );
    await call(`close issue #${dup.number}`, () =>
      octokit.rest.issues.update({ owner, repo, issue_number: dup.number, state: 'closed', state_reason: 'not_planned' }),
    );
    log(`tracking issue: closed duplicate #${dup.number}`);
  }

  if (report.summary.result === 'pass') {
    if (current === undefined) return { action: 'none' };
    await call(`comment on issue #${current.number}`, () =>
      octokit.rest.issues.createComment({ owner, repo, issue_number: current.number, body: passComment(report, options.links) }),
    );
    await call(`close issue #${current.number}`, () =>
      octokit.rest.issues.update({ owner, repo, issue_number: current.number, state: 'closed', state_reason: 'completed' }),
    );
    log(`tracking issue: the policy is met; closed #${current.number}`);
    return { action: 'closed', number: current.number, url: current.html_url };
  }

  const { body, omitted } = issueBody(report, current?.body, options.links);
  if (omitted > 0) log(`tracking issue: ${omitted} finding(s) left out of the issue to fit GitHub's size limit`);
  const title = issueTitle(report.policy);
  if (current === undefined) {
    const created = await call('create the tracking issue', () => octokit.rest.issues.create({ owner, repo, title, body, labels: [label] }));
    log(`tracking issue: opened #${created.data.number}`);
    return { action: 'created', number: created.data.number, url: created.data.html_url };
  }
  if (normalise(current.body) === normalise(body) && current.title === title) {
    log(`tracking issue: #${current.number} is up to date`);
    return { action: 'unchanged', number: current.number, url: current.html_url };
  }
  await call(`update issue #${current.number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: current.number, title, body }));
  log(`tracking issue: updated #${current.number}`);
  return { action: 'updated', number: current.number, url: current.html_url };
}

function normalise(body: string | null | undefined): string {
  return (body ?? '').replace(/\r\n/g, '\n').trimEnd();
}

function explain(what: string, err: unknown, token: string): TrackingIssueError {
  const status = (err as { status?: unknown })?.status;
  const raw = (err as { response?: { data?: { message?: unknown } } })?.response?.data?.message;
  const apiMessage = typeof raw === 'string' ? raw.split(token).join('***') : '';
  const said = apiMessage ? `: GitHub said "${neutralise(apiMessage, 200)}"` : '';
  if (status === 403) {
    return new TrackingIssueError(
      `cannot ${what} (HTTP 403${said}). The workflow's token needs "permissions: issues: write" ` +
        `(add it to the job or workflow; a token from a fork's pull request is always read-only).`,
    );
  }
  if (status === 401) return new TrackingIssueError(`cannot ${what} (HTTP 401${said}): the token input is not a valid token`);
  if (status === 404) return new TrackingIssueError(`cannot ${what} (HTTP 404${said}): no such repository, or the token cannot see it`);
  if (status === 410) return new TrackingIssueError(`cannot ${what} (HTTP 410${said}): issues are turned off for this repository`);
  if (typeof status === 'number') return new TrackingIssueError(`cannot ${what} (HTTP ${status}${said})`);
  const message = err instanceof Error ? err.message.split(token).join('***') : String(err);
  return new TrackingIssueError(`cannot ${what}: ${neutralise(message, 200)}`);
}
