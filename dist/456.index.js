export const id = 456;
export const ids = [456];
export const modules = {

/***/ 92456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
});

// UNUSED EXPORTS: TrackingIssueError

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(72691);
;// CONCATENATED MODULE: ./src/report/issue.ts
// The tracking issue's text: what a nightly compliance run puts in the one open issue it keeps.
// Pure: the report, the previous body (for the first-seen dates) and the run's links in, Markdown
// out. Every piece of remote or policy text is escaped as in the job summary, so a peer cannot add
// links, mentions, references or table cells to an issue that people are notified about.



/** GitHub refuses an issue body over 65 536 characters; the margin holds the markers and note. */
const ISSUE_BODY_MAX_CHARS = 60_000;
const ISSUE_MARKER_PREFIX = '<!-- mail-tls-gate:tracking-issue ';
const FIRST_SEEN_PREFIX = '<!-- mail-tls-gate:first-seen ';
const MARKER_END = ' -->';
/** The hidden line that tells this action's issue (for this policy) from any other. */
function issueMarker(policy) {
    return `${ISSUE_MARKER_PREFIX}policy=${encodeURIComponent(policy)}${MARKER_END}`;
}
function isTrackingIssue(body, policy) {
    return typeof body === 'string' && body.split(/\r?\n/).some((line) => line.trim() === issueMarker(policy));
}
function issueTitle(policy) {
    return `mail-tls-gate: ${policy.replace(/[\r\n]/g, ' ').slice(0, 200)} fails its mail TLS policy`;
}
/** What a finding is about, stable across runs (not its wording, nor which address answered). */
function findingKey(f) {
    return [f.rule, f.host.toLowerCase(), f.port ?? '', f.service ?? ''].join('|');
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The first-seen dates kept in a previous body; anything unreadable counts as never seen. */
function readFirstSeen(body) {
    const out = new Map();
    if (typeof body !== 'string')
        return out;
    const line = body.split(/\r?\n/).find((l) => l.trim().startsWith(FIRST_SEEN_PREFIX) && l.trim().endsWith(MARKER_END));
    if (line === undefined)
        return out;
    const payload = line.trim().slice(FIRST_SEEN_PREFIX.length, -MARKER_END.length);
    try {
        const value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return out;
        for (const [key, date] of Object.entries(value)) {
            if (typeof date === 'string' && DATE.test(date) && key.length < 1000)
                out.set(key, date);
        }
    }
    catch {
        // An edited or damaged marker: start the dates afresh.
    }
    return out;
}
function firstSeenMarker(dates) {
    const sorted = Object.fromEntries([...dates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return `${FIRST_SEEN_PREFIX}${Buffer.from(JSON.stringify(sorted), 'utf8').toString('base64')}${MARKER_END}`;
}
/** The body for a failing or inconclusive run, keeping each finding's first-seen date from `previous`. */
function issueBody(report, previous, links = {}) {
    const today = report.startedAt.slice(0, 10);
    const known = readFirstSeen(previous);
    const standing = report.findings
        .filter((f) => !f.waived)
        .sort((a, b) => order/* SEVERITY_RANK */.f3[a.severity] - order/* SEVERITY_RANK */.f3[b.severity] || (0,order/* compareFindings */.Eg)(a, b));
    const dates = new Map();
    for (const f of standing) {
        const key = findingKey(f);
        const seen = known.get(key);
        dates.set(key, seen !== undefined && seen <= today ? seen : today);
    }
    const head = [
        issueMarker(report.policy),
        '',
        `**${(0,summary/* escapeMarkdown */.FV)((0,words/* verdictLine */.MT)(report))}**`,
        '',
        // The day, not the time: a re-run of the same run leaves the body as it was.
        `Policy <code>${(0,summary/* escapeMarkdown */.FV)(report.policy)}</code>, last checked on ${today} by mail-tls-gate ${(0,summary/* escapeMarkdown */.FV)(report.tool.version)}` +
            (links.runUrl ? ` in [this run](${links.runUrl}).` : '.'),
        '',
        'This issue is kept by the scheduled mail-tls-gate run: it is updated while the policy is not met and closed by the first run that passes. ' +
            'Edits to this text are overwritten.',
        '',
    ];
    const open = (0,words/* notConcluded */.pw)(report);
    if (open.length > 0) {
        head.push('### Not concluded', '', ...open.map((line) => `- ${(0,summary/* escapeMarkdown */.FV)(line)}`), '');
    }
    const rows = standing.map((f) => findingRow(f, dates.get(findingKey(f)), f.location.file === report.policy ? links.policyUrl : undefined));
    const table = ['### Findings', '', '| Severity | Rule | Where | Finding | Policy line | First seen |', '|---|---|---|---|---|---|'];
    // Rows and their first-seen entries in the hidden marker share the budget; a finding left out
    // of the table keeps no date (it is new again once it fits).
    let size = [...head, ...table].reduce((n, l) => n + l.length + 1, 0) + 600;
    const kept = [];
    const keptDates = new Map();
    for (let i = 0; i < rows.length; i++) {
        const key = findingKey(standing[i]);
        const entry = keptDates.has(key) ? 0 : Math.ceil(((JSON.stringify(key).length + 15) * 4) / 3);
        if (size + rows[i].length + 1 + entry > ISSUE_BODY_MAX_CHARS)
            break;
        kept.push(rows[i]);
        keptDates.set(key, dates.get(key));
        size += rows[i].length + 1 + entry;
    }
    const tail = ['', firstSeenMarker(keptDates), ''];
    const omitted = rows.length - kept.length;
    const lines = [...head, ...(rows.length > 0 ? [...table, ...kept] : ['No standing findings.'])];
    if (omitted > 0)
        lines.push('', `${omitted} more finding(s) left out to fit: the run's job summary and JSON report list every one.`);
    lines.push(...tail);
    return { body: lines.join('\n'), listed: kept.length, omitted };
}
function findingRow(f, firstSeen, policyUrl) {
    const where = (0,summary/* escapeMarkdown */.FV)((0,words/* findingPlace */.ps)(f)) + (f.address === null ? '' : ` (${(0,summary/* escapeMarkdown */.FV)(f.address, 64)})`);
    const evidence = f.evidence === null ? '' : `<br>seen: <code>${(0,summary/* escapeMarkdown */.FV)(f.evidence, 200)}</code>`;
    const lineText = `${(0,summary/* escapeMarkdown */.FV)(f.location.file, 120)} line ${f.location.line}`;
    const line = policyUrl ? `[${lineText}](${policyUrl}#L${f.location.line})` : lineText;
    return `| <strong>${f.severity}</strong> | ${(0,summary/* escapeMarkdown */.FV)(f.rule)} | ${where} | ${(0,summary/* escapeMarkdown */.FV)(f.message)}${evidence} | ${line} | ${firstSeen} |`;
}
/** The comment on the closing run. */
function passComment(report, links = {}) {
    return (`**${(0,summary/* escapeMarkdown */.FV)((0,words/* verdictLine */.MT)(report))}**` +
        `\n\nThe policy <code>${(0,summary/* escapeMarkdown */.FV)(report.policy)}</code> is met again` +
        (links.runUrl ? ` ([run](${links.runUrl}))` : '') +
        `, checked at ${(0,summary/* escapeMarkdown */.FV)(report.startedAt)}. Closing this issue; the next run that finds a problem opens a new one.\n\n` +
        issueMarkerComment());
}
function issueMarkerComment() {
    return '<!-- mail-tls-gate:closing-comment -->';
}

// EXTERNAL MODULE: ./src/report/neutralise.ts
var neutralise = __webpack_require__(35942);
;// CONCATENATED MODULE: ./src/github/tracking-issue.ts
// The GitHub adapter for the nightly tracking issue: the one place besides the entry points that
// talks to GitHub. One open issue per policy, found by its label and the hidden marker this action
// writes in its body; created or updated while the policy is not met, commented on and closed by
// the first run that passes. Re-running a run changes nothing (a body that would not change is not
// written again). The token goes to Octokit only: it is never logged or put in a message.



/** A failure the user can act on; the message names no secret. */
class TrackingIssueError extends Error {
}
async function syncTrackingIssue(options) {
    const { report, label, token } = options;
    const log = options.log ?? (() => { });
    const [owner, repo, ...extra] = options.repository.split('/');
    if (!owner || !repo || extra.length > 0)
        throw new TrackingIssueError(`GITHUB_REPOSITORY '${(0,neutralise/* neutralise */.$)(options.repository, 100)}' is not owner/name`);
    if (!token)
        throw new TrackingIssueError('no token: set the token input (default: github.token)');
    const octokit = (0,github/* getOctokit */.Q)(token, options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {});
    const call = async (what, request) => {
        try {
            return await request();
        }
        catch (err) {
            throw explain(what, err, token);
        }
    };
    const listed = await call('list the open issues', () => octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', labels: label, per_page: 100 }));
    const ours = listed
        .filter((i) => i.pull_request === undefined && isTrackingIssue(i.body, report.policy))
        .sort((a, b) => a.number - b.number);
    const [current, ...duplicates] = ours;
    // Never two open: a race between two runs could have made a second one; keep the oldest.
    for (const dup of duplicates) {
        await call(`comment on issue #${dup.number}`, () => octokit.rest.issues.createComment({ owner, repo, issue_number: dup.number, body: `Duplicate of #${current.number}, which tracks this policy.` }));
        await call(`close issue #${dup.number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: dup.number, state: 'closed', state_reason: 'not_planned' }));
        log(`tracking issue: closed duplicate #${dup.number}`);
    }
    if (report.summary.result === 'pass') {
        if (current === undefined)
            return { action: 'none' };
        await call(`comment on issue #${current.number}`, () => octokit.rest.issues.createComment({ owner, repo, issue_number: current.number, body: passComment(report, options.links) }));
        await call(`close issue #${current.number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: current.number, state: 'closed', state_reason: 'completed' }));
        log(`tracking issue: the policy is met; closed #${current.number}`);
        return { action: 'closed', number: current.number, url: current.html_url };
    }
    const { body, omitted } = issueBody(report, current?.body, options.links);
    if (omitted > 0)
        log(`tracking issue: ${omitted} finding(s) left out of the issue to fit GitHub's size limit`);
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
function normalise(body) {
    return (body ?? '').replace(/\r\n/g, '\n').trimEnd();
}
function explain(what, err, token) {
    const status = err?.status;
    const raw = err?.response?.data?.message;
    const apiMessage = typeof raw === 'string' ? raw.split(token).join('***') : '';
    const said = apiMessage ? `: GitHub said "${(0,neutralise/* neutralise */.$)(apiMessage, 200)}"` : '';
    if (status === 403) {
        return new TrackingIssueError(`cannot ${what} (HTTP 403${said}). The workflow's token needs "permissions: issues: write" ` +
            `(add it to the job or workflow; a token from a fork's pull request is always read-only).`);
    }
    if (status === 401)
        return new TrackingIssueError(`cannot ${what} (HTTP 401${said}): the token input is not a valid token`);
    if (status === 404)
        return new TrackingIssueError(`cannot ${what} (HTTP 404${said}): no such repository, or the token cannot see it`);
    if (status === 410)
        return new TrackingIssueError(`cannot ${what} (HTTP 410${said}): issues are turned off for this repository`);
    if (typeof status === 'number')
        return new TrackingIssueError(`cannot ${what} (HTTP ${status}${said})`);
    const message = err instanceof Error ? err.message.split(token).join('***') : String(err);
    return new TrackingIssueError(`cannot ${what}: ${(0,neutralise/* neutralise */.$)(message, 200)}`);
}


/***/ })

};
