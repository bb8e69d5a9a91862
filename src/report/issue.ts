// The tracking issue's text: what a nightly compliance run puts in the one open issue it keeps.
// Pure: the report, the previous body (for the first-seen dates) and the run's links in, Markdown
// out. Every piece of remote or policy text is escaped as in the job summary, so a peer cannot add
// links, mentions, references or table cells to an issue that people are notified about.
import { compareFindings, SEVERITY_RANK } from '../order.js';
import type { Finding } from '../rules/types.js';
import { escapeMarkdown } from './summary.js';
import type { Report } from './types.js';
import { findingPlace, notConcluded, verdictLine } from './words.js';

/** GitHub refuses an issue body over 65 536 characters; the margin holds the markers and note. */
export const ISSUE_BODY_MAX_CHARS = 60_000;

const ISSUE_MARKER_PREFIX = '<!-- mail-tls-gate:tracking-issue ';
const FIRST_SEEN_PREFIX = '<!-- mail-tls-gate:first-seen ';
const MARKER_END = ' -->';

/** The hidden line that tells this action's issue (for this policy) from any other. */
export function issueMarker(policy: string): string {
  return `${ISSUE_MARKER_PREFIX}policy=${encodeURIComponent(policy)}${MARKER_END}`;
}

export function isTrackingIssue(body: string | null | undefined, policy: string): boolean {
  return typeof body === 'string' && body.split(/\r?\n/).some((line) => line.trim() === issueMarker(policy));
}

export function issueTitle(policy: string): string {
  return `mail-tls-gate: ${policy.replace(/[\r\n]/g, ' ').slice(0, 200)} fails its mail TLS policy`;
}

/** What a finding is about, stable across runs (not its wording, nor which address answered). */
export function findingKey(f: Finding): string {
  return [f.rule, f.host.toLowerCase(), f.port ?? '', f.service ?? ''].join('|');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first-seen dates kept in a previous body; anything unreadable counts as never seen. */
export function readFirstSeen(body: string | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof body !== 'string') return out;
  const line = body.split(/\r?\n/).find((l) => l.trim().startsWith(FIRST_SEEN_PREFIX) && l.trim().endsWith(MARKER_END));
  if (line === undefined) return out;
  const payload = line.trim().slice(FIRST_SEEN_PREFIX.length, -MARKER_END.length);
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
    for (const [key, date] of Object.entries(value)) {
      if (typeof date === 'string' && DATE.test(date) && key.length < 1000) out.set(key, date);
    }
  } catch {
    // An edited or damaged marker: start the dates afresh.
  }
  return out;
}

function firstSeenMarker(dates: ReadonlyMap<string, string>): string {
  const sorted = Object.fromEntries([...dates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${FIRST_SEEN_PREFIX}${Buffer.from(JSON.stringify(sorted), 'utf8').toString('base64')}${MARKER_END}`;
}

export interface IssueLinks {
  /** The workflow run, e.g. https://github.com/owner/repo/actions/runs/123. */
  runUrl?: string;
  /** The policy file at the checked commit, e.g. https://github.com/owner/repo/blob/SHA/path; lines get #L<n>. */
  policyUrl?: string;
}

export interface IssueBody {
  body: string;
  /** Standing findings listed, and how many were left out to fit. */
  listed: number;
  omitted: number;
}

/** The body for a failing or inconclusive run, keeping each finding's first-seen date from `previous`. */
export function issueBody(report: Report, previous: string | null | undefined, links: IssueLinks = {}): IssueBody {
  const today = report.startedAt.slice(0, 10);
  const known = readFirstSeen(previous);
  const standing = report.findings
    .filter((f) => !f.waived)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareFindings(a, b));
  const dates = new Map<string, string>();
  for (const f of standing) {
    const key = findingKey(f);
    const seen = known.get(key);
    dates.set(key, seen !== undefined && seen <= today ? seen : today);
  }

  const head = [
    issueMarker(report.policy),
    '',
    `**${escapeMarkdown(verdictLine(report))}**`,
    '',
    // The day, not the time: a re-run of the same run leaves the body as it was.
    `Policy <code>${escapeMarkdown(report.policy)}</code>, last checked on ${today} by mail-tls-gate ${escapeMarkdown(report.tool.version)}` +
      (links.runUrl ? ` in [this run](${links.runUrl}).` : '.'),
    '',
    'This issue is kept by the scheduled mail-tls-gate run: it is updated while the policy is not met and closed by the first run that passes. ' +
      'Edits to this text are overwritten.',
    '',
  ];
  const open = notConcluded(report);
  if (open.length > 0) {
    head.push('### Not concluded', '', ...open.map((line) => `- ${escapeMarkdown(line)}`), '');
  }
  const rows = standing.map((f) => findingRow(f, dates.get(findingKey(f))!, f.location.file === report.policy ? links.policyUrl : undefined));
  const table = ['### Findings', '', '| Severity | Rule | Where | Finding | Policy line | First seen |', '|---|---|---|---|---|---|'];

  // Rows and their first-seen entries in the hidden marker share the budget; a finding left out
  // of the table keeps no date (it is new again once it fits).
  let size = [...head, ...table].reduce((n, l) => n + l.length + 1, 0) + 600;
  const kept: string[] = [];
  const keptDates = new Map<string, string>();
  for (let i = 0; i < rows.length; i++) {
    const key = findingKey(standing[i]!);
    const entry = keptDates.has(key) ? 0 : Math.ceil(((JSON.stringify(key).length + 15) * 4) / 3);
    if (size + rows[i]!.length + 1 + entry > ISSUE_BODY_MAX_CHARS) break;
    kept.push(rows[i]!);
    keptDates.set(key, dates.get(key)!);
    size += rows[i]!.length + 1 + entry;
  }
  const tail = ['', firstSeenMarker(keptDates), ''];
  const omitted = rows.length - kept.length;
  const lines = [...head, ...(rows.length > 0 ? [...table, ...kept] : ['No standing findings.'])];
  if (omitted > 0) lines.push('', `${omitted} more finding(s) left out to fit: the run's job summary and JSON report list every one.`);
  lines.push(...tail);
  return { body: lines.join('\n'), listed: kept.length, omitted };
}

function findingRow(f: Finding, firstSeen: string, policyUrl: string | undefined): string {
  const where = escapeMarkdown(findingPlace(f)) + (f.address === null ? '' : ` (${escapeMarkdown(f.address, 64)})`);
  const evidence = f.evidence === null ? '' : `<br>seen: <code>${escapeMarkdown(f.evidence, 200)}</code>`;
  const lineText = `${escapeMarkdown(f.location.file, 120)} line ${f.location.line}`;
  const line = policyUrl ? `[${lineText}](${policyUrl}#L${f.location.line})` : lineText;
  return `| <strong>${f.severity}</strong> | ${escapeMarkdown(f.rule)} | ${where} | ${escapeMarkdown(f.message)}${evidence} | ${line} | ${firstSeen} |`;
}

/** The comment on the closing run. */
export function passComment(report: Report, links: IssueLinks = {}): string {
  return (
    `**${escapeMarkdown(verdictLine(report))}**` +
    `\n\nThe policy <code>${escapeMarkdown(report.policy)}</code> is met again` +
    (links.runUrl ? ` ([run](${links.runUrl}))` : '') +
    `, checked at ${escapeMarkdown(report.startedAt)}. Closing this issue; the next run that finds a problem opens a new one.\n\n` +
    issueMarkerComment()
  );
}

function issueMarkerComment(): string {
  return '<!-- mail-tls-gate:closing-comment -->';
}
