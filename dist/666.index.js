export const id = 666;
export const ids = [666];
export const modules = {

/***/ 85666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/shard/shard.ts
var shard_shard = __webpack_require__(52332);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(88381);
// EXTERNAL MODULE: ./src/rules/registry.ts + 30 modules
var registry = __webpack_require__(48739);
// EXTERNAL MODULE: ./src/rules/links.ts
var links = __webpack_require__(22390);
// EXTERNAL MODULE: ./src/report/neutralise.ts
var neutralise = __webpack_require__(35942);
// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
// EXTERNAL MODULE: ./src/report/words.ts
var words = __webpack_require__(72691);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
;// CONCATENATED MODULE: ./src/report/annotations.ts






/** GitHub's cap per annotation level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** Past this many lines an annotation gets hard to read; the summary has the rest. */
const LINES_PER_ANNOTATION = 25;
const LINE_MAX_CHARS = 300;
/** How an annotation names a rule: its title from the metadata, then its id. */
function ruleName(id) {
    return `${registry/* RULES */.y0[id].title} (${id})`;
}
const SEVERITY_ORDER = ['error', 'warning', 'notice'];
const PLURAL = { error: 'errors', warning: 'warnings', notice: 'notices' };
function annotationsFor(report) {
    const groups = groupByLineAndSeverity(report.findings.filter((f) => !f.waived));
    const out = [];
    for (const level of SEVERITY_ORDER) {
        const ofLevel = groups.filter((g) => g.level === level);
        if (ofLevel.length <= ANNOTATIONS_PER_LEVEL) {
            out.push(...ofLevel.map(annotationForLine));
        }
        else {
            out.push(...ofLevel.slice(0, ANNOTATIONS_PER_LEVEL - 1).map(annotationForLine));
            out.push(rollUp(ofLevel.slice(ANNOTATIONS_PER_LEVEL - 1)));
        }
    }
    return out;
}
function groupByLineAndSeverity(findings) {
    const groups = new Map();
    for (const f of [...findings].sort(order/* compareFindings */.Eg)) {
        const key = JSON.stringify([f.location.file, f.location.line, f.severity]);
        const group = groups.get(key);
        if (group)
            group.findings.push(f);
        else
            groups.set(key, { level: f.severity, file: f.location.file, line: f.location.line, findings: [f] });
    }
    return [...groups.values()].sort((a, b) => order/* SEVERITY_RANK */.f3[a.level] - order/* SEVERITY_RANK */.f3[b.level] ||
        (0,order/* compareText */.n6)(a.file, b.file) ||
        a.line - b.line);
}
function annotationForLine(group) {
    const rules = [...new Set(group.findings.map((f) => f.rule))].sort(order/* compareText */.n6);
    return {
        level: group.level,
        file: group.file,
        line: group.line,
        column: Math.min(...group.findings.map((f) => f.location.column)),
        // The rules' titles from their metadata, each with its id (what waivers and severities use).
        title: (0,neutralise/* neutralise */.$)(rules.map(ruleName).join('; ')),
        // Each rule's page says what it means and how to fix it, per server.
        message: [...messageLines(group.findings), ...rules.map((rule) => (0,neutralise/* neutralise */.$)(`How to fix ${ruleName(rule)}: ${(0,links/* ruleDocsUrl */.hS)(rule)}`, LINE_MAX_CHARS))].join('\n'),
    };
}
/**
 * One line per distinct finding text; the same finding on several addresses of a host is one
 * line that says how many.
 */
function messageLines(findings) {
    const counts = new Map();
    for (const f of findings) {
        const text = `${(0,words/* findingPlace */.ps)(f)} — ${f.message}`;
        counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const lines = [...counts].map(([text, n]) => (0,neutralise/* neutralise */.$)(n > 1 ? `${text} (on ${n} addresses)` : text, LINE_MAX_CHARS));
    if (lines.length <= LINES_PER_ANNOTATION)
        return lines;
    const shown = lines.slice(0, LINES_PER_ANNOTATION - 1);
    const hidden = lines.length - shown.length;
    return [...shown, `… and ${hidden} more on this line: the job summary lists every finding.`];
}
function rollUp(rest) {
    const level = rest[0].level;
    const findings = rest.reduce((n, g) => n + g.findings.length, 0);
    const rules = [...new Set(rest.flatMap((g) => g.findings.map((f) => f.rule)))].sort(order/* compareText */.n6);
    const lineNames = rest.map((g) => `${g.file}:${g.line}`);
    const listed = lineNames.length > 20 ? [...lineNames.slice(0, 20), `and ${lineNames.length - 20} more`] : lineNames;
    return {
        level,
        file: rest[0].file,
        line: rest[0].line,
        column: Math.min(...rest[0].findings.map((f) => f.location.column)),
        title: (0,neutralise/* neutralise */.$)(`${(0,plural/* plural */.L)(rest.length, 'more policy line', 'more policy lines')} with ${PLURAL[level]}`),
        message: [
            (0,neutralise/* neutralise */.$)(`${(0,plural/* plural */.L)(findings, `more ${level}`, `more ${PLURAL[level]}`)} on ${(0,plural/* plural */.L)(rest.length, 'policy line', 'policy lines')} ` +
                `${findings === 1 ? 'is' : 'are'} not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} ${PLURAL[level]} per step). ` +
                'The job summary lists every finding.', LINE_MAX_CHARS),
            (0,neutralise/* neutralise */.$)(`Lines: ${listed.join(', ')}`, LINE_MAX_CHARS),
            (0,neutralise/* neutralise */.$)(`Rules: ${rules.join(', ')}`, LINE_MAX_CHARS),
        ].join('\n'),
    };
}

// EXTERNAL MODULE: ./src/report/summary.ts
var report_summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/run.ts
var run = __webpack_require__(79786);
;// CONCATENATED MODULE: ./src/main.ts
// The GitHub Action: a thin shell over run.ts. Reads inputs, writes annotations, the job summary
// and outputs, and fails the step. Only this file (and the CLI) touch @actions/*.












/** Shard reports matching the `merge` pattern (relative to the workspace), sorted, files only. */
async function reportFiles(pattern, workspace) {
    const anchored = pattern
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => (line.startsWith('!') ? `!${(0,external_node_path_.join)(workspace, line.slice(1))}` : (0,external_node_path_.isAbsolute)(line) ? line : (0,external_node_path_.join)(workspace, line)))
        .join('\n');
    // @actions/glob is loaded only in a merge run.
    const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 42377));
    const globber = await glob.create(anchored, { matchDirectories: false, implicitDescendants: false });
    return (await globber.glob()).sort();
}
/** The policy's name as annotations need it: relative to the repository root. */
function repoRelative(path) {
    const workspace = process.env.GITHUB_WORKSPACE;
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(workspace ?? process.cwd(), path);
    if (!workspace)
        return path;
    const rel = (0,external_node_path_.relative)(workspace, absolute);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? path : rel.split('\\').join('/');
}
async function defaultOutputPath(name) {
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'mail-tls-gate');
    await (0,promises_.mkdir)(dir, { recursive: true });
    return (0,external_node_path_.join)(dir, name);
}
/**
 * One log line per host, when the last of its endpoints is done. Host names come from the policy
 * or, for a domain's MX hosts, from DNS answers: the domains stage admits only host names, and the
 * line is neutralised all the same, since whoever answers the MX query chose the name.
 */
function hostProgress(log) {
    const left = new Map();
    return {
        planned: (plan) => {
            for (const e of plan.endpoints) {
                const entry = left.get(e.host) ?? { total: 0, remaining: 0, reachable: 0 };
                entry.total += 1;
                entry.remaining += 1;
                left.set(e.host, entry);
            }
            log(`${plan.endpoints.length} endpoint${plan.endpoints.length === 1 ? '' : 's'} on ${left.size} host${left.size === 1 ? '' : 's'} planned`);
        },
        done: (facts) => {
            const entry = left.get(facts.host);
            if (!entry)
                return;
            entry.remaining -= 1;
            if (facts.reachable)
                entry.reachable += 1;
            if (entry.remaining === 0)
                log((0,neutralise/* neutralise */.$)(`${facts.host}: ${entry.total} endpoints probed, ${entry.reachable} reachable`, 400));
        },
    };
}
async function runAction() {
    // Rule links and the schema address point where the runner fetched this action from.
    const home = (0,links/* actionHome */.Mj)(process.env);
    if (home)
        (0,links/* useProjectHome */._x)(home);
    const settings = (0,options/* parseCheckSettings */.P7)({
        failOn: core/* getInput */.V4('fail-on'),
        concurrency: core/* getInput */.V4('concurrency'),
        perHost: core/* getInput */.V4('per-host'),
        timeout: core/* getInput */.V4('timeout'),
        retryAfter: core/* getInput */.V4('retry-after'),
        resolver: core/* getInput */.V4('resolver'),
        trust: core/* getInput */.V4('trust'),
        allowLoopback: core/* getInput */.V4('allow-loopback'),
    }, (name) => name);
    const summary = (0,options/* parseBoolean */.yG)('summary', core/* getInput */.V4('summary') || 'true');
    const issue = (0,options/* parseBoolean */.yG)('issue', core/* getInput */.V4('issue') || 'false');
    const shardText = core/* getInput */.V4('shard');
    const shard = shardText ? (0,shard_shard/* parseShard */.uK)('shard', shardText) : undefined;
    const mergePattern = core/* getInput */.V4('merge');
    const bad = [
        ...(settings.ok ? [] : settings.messages),
        ...(summary.ok ? [] : [summary.message]),
        ...(issue.ok ? [] : [issue.message]),
        ...(shard && !shard.ok ? [shard.message] : []),
        ...(shard && mergePattern ? ['shard and merge: a job either probes a shard or merges the shards\' reports, not both'] : []),
    ];
    if (!settings.ok || !summary.ok || !issue.ok || bad.length > 0) {
        // Input values are quoted in these messages, and an input can carry event text (`${{ … }}`).
        for (const message of bad)
            core/* error */.z3(`invalid input ${(0,neutralise/* neutralise */.$)(message, 500)}`);
        core/* setFailed */.C1(`${bad.length} invalid input${bad.length === 1 ? '' : 's'}`);
        return;
    }
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const policyPath = core/* getInput */.V4('policy') || options/* DEFAULT_POLICY_FILE */.mY;
    const policyName = repoRelative(policyPath);
    const reportPath = core/* getInput */.V4('report') || (await defaultOutputPath('report.json'));
    const sarifPath = core/* getInput */.V4('sarif') || (await defaultOutputPath('report.sarif'));
    let report;
    let exitCode;
    if (mergePattern) {
        const paths = await reportFiles(mergePattern, workspace);
        core/* info */.pq(`merge: ${paths.length} report(s) match '${(0,neutralise/* neutralise */.$)(mergePattern, 200)}'`);
        const merged = await (0,run/* merge */.h1)({
            reportPaths: paths,
            failOn: settings.value.failOn,
            reportPath,
            sarifPath,
        });
        if (merged.kind === 'refused') {
            const problems = paths.length === 0 ? [`no file matches '${mergePattern}'`] : merged.problems;
            for (const p of problems)
                core/* error */.z3(`merge: ${(0,neutralise/* neutralise */.$)(p.split(workspace + '/').join(''), 500)}`);
            core/* setOutput */.uH('result', 'fail');
            core/* setFailed */.C1(`mail-tls-gate: the shard reports could not be merged (${problems.length} problem(s)); nothing was judged`);
            return;
        }
        report = merged.report;
        exitCode = merged.exitCode;
    }
    else {
        const progress = hostProgress((line) => core/* info */.pq(line));
        const outcome = await core/* group */.Os('mail-tls-gate: probing', () => (0,run/* check */.z6)({
            policyPath: (0,external_node_path_.isAbsolute)(policyPath) ? policyPath : (0,external_node_path_.join)(workspace, policyPath),
            policyName,
            ...settings.value,
            caFile: core/* getInput */.V4('ca-file') || undefined,
            heloName: core/* getInput */.V4('helo-name') || undefined,
            reportPath,
            sarifPath,
            shard: shard?.ok ? shard.value : undefined,
            onPlanned: progress.planned,
            onEndpointDone: progress.done,
        }));
        if (outcome.kind === 'invalid' && outcome.refusal !== undefined) {
            // Nothing in the policy to point at (a file that cannot be read): one plain error.
            core/* setOutput */.uH('result', 'fail');
            core/* setFailed */.C1(`mail-tls-gate: ${outcome.refusal}; nothing was probed`);
            return;
        }
        if (outcome.kind === 'invalid') {
            for (const p of outcome.problems) {
                core/* error */.z3(p.message, {
                    title: 'invalid policy',
                    file: p.location.file,
                    startLine: p.location.line,
                    startColumn: p.location.column,
                });
            }
            core/* setOutput */.uH('result', 'fail');
            core/* setFailed */.C1(`the policy has ${outcome.problems.length} problem(s); nothing was probed`);
            return;
        }
        report = outcome.report;
        exitCode = outcome.exitCode;
    }
    for (const a of annotationsFor(report)) {
        const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
        if (a.level === 'error')
            core/* error */.z3(a.message, properties);
        else if (a.level === 'warning')
            core/* warning */.$e(a.message, properties);
        else
            core/* notice */.lm(a.message, properties);
    }
    if (summary.value && process.env.GITHUB_STEP_SUMMARY) {
        await core/* summary */.z.addRaw((0,report_summary/* summaryMarkdown */.eH)(report), true).write();
    }
    core/* setOutput */.uH('result', report.summary.result);
    core/* setOutput */.uH('errors', report.summary.errors);
    core/* setOutput */.uH('warnings', report.summary.warnings);
    core/* setOutput */.uH('notices', report.summary.notices);
    core/* setOutput */.uH('report', reportPath);
    core/* setOutput */.uH('sarif', sarifPath);
    // An action step passes or fails: an inconclusive run (the command line's exit code 3) fails
    // it too, since a run that could not conclude must never read as a pass; fail-on `never` is
    // the one way to keep such a step green. The `result` output tells the two failures apart.
    const issueProblem = issue.value ? await trackingIssue(report, shard !== undefined) : null;
    const open = (0,words/* notConcluded */.pw)(report);
    if (open.length > 0)
        core/* info */.pq(`not concluded:\n${open.map((line) => `  ${(0,neutralise/* neutralise */.$)(line, 300)}`).join('\n')}`);
    if (exitCode === 0 && issueProblem !== null)
        core/* setFailed */.C1(`mail-tls-gate: tracking issue: ${issueProblem}`);
    if (exitCode !== 0) {
        const s = report.summary;
        const counts = `${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s) in ${s.endpoints} endpoint(s)`;
        if (s.result === 'inconclusive') {
            core/* setFailed */.C1(`mail-tls-gate: inconclusive: ${open.length} check(s) could not be concluded (see the job summary); ${counts}`);
        }
        else {
            core/* setFailed */.C1(`mail-tls-gate: ${counts}${open.length > 0 ? `; ${open.length} check(s) not concluded` : ''}`);
        }
    }
}
/** The run's links for the issue, from the runner's environment (only well-formed values). */
function issueLinks(report) {
    const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    const runId = process.env.GITHUB_RUN_ID ?? '';
    const sha = process.env.GITHUB_SHA ?? '';
    if (!/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        return {};
    const base = `${server.replace(/\/+$/, '')}/${repository}`;
    const relativePolicy = !(0,external_node_path_.isAbsolute)(report.policy) && !report.policy.split('/').includes('..');
    return {
        runUrl: /^\d+$/.test(runId) ? `${base}/actions/runs/${runId}` : undefined,
        policyUrl: /^[0-9a-f]{40,64}$/.test(sha) && relativePolicy ? `${base}/blob/${sha}/${report.policy.split('/').map(encodeURIComponent).join('/')}` : undefined,
    };
}
/** Opens, updates or closes the tracking issue; returns what went wrong, or null. */
async function trackingIssue(report, sharded) {
    if (sharded) {
        core/* warning */.$e('issue: a shard sees only part of the plan; the tracking issue is kept by the merge job (merge input), not by a shard');
        return null;
    }
    const event = process.env.GITHUB_EVENT_NAME ?? '';
    if (event === 'pull_request' || event === 'pull_request_target') {
        core/* info */.pq('tracking issue: not kept on pull requests (they check a proposed policy); use it on schedule or push runs');
        return null;
    }
    try {
        // Loaded only when asked for, so that a plain gate starts without Octokit.
        const { syncTrackingIssue } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(456)]).then(__webpack_require__.bind(__webpack_require__, 92456));
        const done = await syncTrackingIssue({
            token: core/* getInput */.V4('token'),
            label: core/* getInput */.V4('issue-label') || 'mail-tls-gate',
            repository: process.env.GITHUB_REPOSITORY ?? '',
            apiUrl: process.env.GITHUB_API_URL,
            links: issueLinks(report),
            report,
            log: (line) => core/* info */.pq(line),
        });
        if (done.action !== 'none')
            core/* setOutput */.uH('issue', String(done.number));
        return null;
    }
    catch (err) {
        // The API's error text can quote what it was sent (titles, labels): neutralised like remote text.
        const message = (0,neutralise/* neutralise */.$)(err?.message ?? String(err), 500);
        core/* error */.z3(`tracking issue: ${message}`);
        return message;
    }
}
runAction().catch((err) => core/* setFailed */.C1(`mail-tls-gate: internal error: ${(0,neutralise/* neutralise */.$)(String(err?.message ?? err), 500)}`));


/***/ }),

/***/ 91302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ tlsRptWords),
/* harmony export */   VQ: () => (/* binding */ mxWords),
/* harmony export */   ax: () => (/* binding */ mtaStsWords),
/* harmony export */   kL: () => (/* binding */ daneWords),
/* harmony export */   ry: () => (/* binding */ domainLine)
/* harmony export */ });
/* harmony import */ var _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56174);
/* harmony import */ var _facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25123);
/* harmony import */ var _rules_dane_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19834);
/* harmony import */ var _rules_domains_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54138);




const MAX_LISTED = 5;
function listed(items) {
    const shown = items.slice(0, MAX_LISTED).join(', ');
    return items.length > MAX_LISTED ? `${shown} +${items.length - MAX_LISTED}` : shown;
}
function mxWords(d) {
    if (d.mx.error !== null)
        return `look-up failed (${d.mx.error})`;
    if (d.mx.nullMx)
        return 'null MX (accepts no mail)';
    if (d.mx.implicit)
        return `none (mail goes to ${d.domain} itself)`;
    return listed(d.mx.records.map((r) => `${r.host} (${r.preference})`));
}
/**
 * No record found: "no record" only when DNS said so (no data, no such name), by the rules' own
 * test. A look-up that timed out or failed (ETIMEOUT, ESERVFAIL, …) says nothing about the
 * record, and is told as such.
 */
function noRecordWords(record) {
    return (0,_rules_domains_js__WEBPACK_IMPORTED_MODULE_3__/* .txtLookupUnanswered */ .Vs)(record.records, record.lookupError) ? `record look-up failed (${record.lookupError})` : 'no record';
}
function mtaStsWords(d) {
    const sts = d.mtaSts;
    if (sts === null)
        return 'not checked';
    const record = sts.record.id !== null ? `id ${sts.record.id}` : sts.record.problem !== null ? `bad record` : noRecordWords(sts.record);
    const f = sts.fetch;
    let file;
    // A policy host whose address look-up got no answer is not a missing one: told as such.
    const silentHostCode = (0,_rules_domains_js__WEBPACK_IMPORTED_MODULE_3__/* .unansweredPolicyHostCode */ .iO)(f);
    if (silentHostCode !== null)
        file = `policy host look-up failed (${silentHostCode})`;
    else if (f.error !== null)
        file = `policy not fetched: ${f.error}`;
    else if (f.redirect !== null)
        file = `HTTP ${f.status} to ${f.redirect}`;
    else if (f.status !== 200)
        file = `HTTP ${f.status}`;
    else if (f.tooLarge)
        file = `policy over ${_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_MTA_STS_POLICY_BYTES */ .kB / 1024} KiB`;
    else if (sts.policy === null)
        file = 'no policy';
    else {
        const p = sts.policy;
        const mx = p.mx.length > 0 ? `, mx ${listed(p.mx)}` : '';
        const maxAge = p.maxAge === null ? '' : `, max_age ${p.maxAge}`;
        file = `mode ${p.mode ?? '?'}${mx}${maxAge}${p.problems.length > 0 ? `, ${p.problems.length} problem(s)` : ''}`;
    }
    return `${record}; ${file}`;
}
function tlsRptWords(d) {
    if (d.tlsRpt === null)
        return 'not checked';
    if (d.tlsRpt.problem !== null)
        return d.tlsRpt.problem;
    return listed(d.tlsRpt.rua);
}
/** What a DNSSEC look-up came to: validated, not validated, an answer code, or why no answer came. */
function dnssecWords(answer) {
    if (answer.error !== null)
        return (0,_facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDnssecError */ .QW)(answer.error);
    if ((0,_rules_dane_js__WEBPACK_IMPORTED_MODULE_2__/* .dnssecStanding */ .t0)(answer) === 'unanswered')
        return answer.rcode ?? 'no answer';
    return answer.authenticated === true ? 'DNSSEC-validated' : 'not DNSSEC-validated';
}
/** How the chains of a host's port-25 endpoints fared against its records (from the report's `dane[]`). */
const MATCH_OUTCOMES = new Set(['dane-ee', 'dane-ta', 'ta-unverified', 'no-match', 'no-chain']);
function outcomeWords(o) {
    if (o.record === null || o.certificate === null)
        return o.outcome === 'no-match' ? 'no record matches' : 'no TLS session to match';
    const what = o.certificate.depth === 0 ? 'the leaf' : o.certificate.subject;
    const unverified = o.outcome === 'ta-unverified' ? ', a locally trusted root the server may not send' : '';
    return `${(0,_rules_dane_js__WEBPACK_IMPORTED_MODULE_2__/* .recordName */ .xD)(o.record)} matched ${what}${unverified}${o.applies ? '' : ' (not applied: MX not DNSSEC-validated)'}`;
}
/**
 * The MX answer's DNSSEC status, then each MX host's TLSA records by count, with theirs, and
 * which record matched which certificate of its port-25 chain (`outcomes`, the report's `dane[]`).
 */
function daneWords(d, outcomes = []) {
    // A report written before DANE facts existed has none.
    if (d.dane == null)
        return 'not checked';
    const hosts = d.dane.hosts.map((h) => {
        // "no TLSA" only when DNS answered (the rules' own test, dnssecStanding): a time-out or a
        // SERVFAIL says nothing about the records.
        const count = h.records.length === 0 ? ((0,_rules_dane_js__WEBPACK_IMPORTED_MODULE_2__/* .dnssecStanding */ .t0)(h.tlsa) !== 'unanswered' ? 'no TLSA' : 'TLSA') : h.records.length === 1 ? '1 TLSA' : `${h.records.length} TLSA`;
        const matched = [...new Set(outcomes.filter((o) => o.domain === d.domain && o.host === h.host && MATCH_OUTCOMES.has(o.outcome)).map(outcomeWords))];
        return `${h.host} ${count} (${dnssecWords(h.tlsa)})${matched.length > 0 ? `: ${matched.join(' / ')}` : ''}`;
    });
    return [`MX ${dnssecWords(d.dane.mx)}`, ...(hosts.length > 0 ? [listed(hosts)] : [])].join('; ');
}
/** `MX …; MTA-STS …; TLS-RPT …` for one domain, and `DANE …` when the policy asks about it. */
function domainLine(d, outcomes = []) {
    const dane = d.dane == null ? '' : ` · DANE: ${daneWords(d, outcomes)}`;
    return `MX: ${mxWords(d)} · MTA-STS: ${mtaStsWords(d)} · TLS-RPT: ${tlsRptWords(d)}${dane}`;
}


/***/ }),

/***/ 53677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ fleetMatrix)
/* harmony export */ });
/* unused harmony exports OTHER_COLUMN, compareSeverityThenRule */
/* harmony import */ var _policy_services_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10409);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93182);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5395);
// The fleet at a glance: one row per host, one column per service, one mark per cell. The job
// summary and the command line's text open with it, each drawing it its own way.



/** The column of findings that belong to a host but to no service (domain checks, waivers). */
const OTHER_COLUMN = 'other';
const RULE_ORDER = new Map(_rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu.map((id, i) => [id, i]));
/** Most severe first; among equals, the catalog's order (which puts causes before consequences). */
function compareSeverityThenRule(a, b) {
    return _order_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[a.severity] - _order_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[b.severity] || RULE_ORDER.get(a.rule) - RULE_ORDER.get(b.rule);
}
function columnOf(service) {
    return service ?? OTHER_COLUMN;
}
function fleetMatrix(report) {
    const asked = new Set();
    const byHost = new Map();
    const entry = (host) => {
        let e = byHost.get(host);
        if (!e)
            byHost.set(host, (e = { asked: new Set(), findings: [] }));
        return e;
    };
    for (const e of report.endpoints) {
        entry(e.host).asked.add(e.service);
        asked.add(e.service);
    }
    for (const f of report.findings) {
        const column = columnOf(f.service);
        const e = entry(f.host);
        e.asked.add(column);
        e.findings.push(f);
        asked.add(column);
    }
    const columns = [..._policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_NAMES */ .Z1.filter((s) => asked.has(s)), ...[...asked].filter((c) => !_policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_NAMES */ .Z1.includes(c) && c !== OTHER_COLUMN).sort(_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)];
    if (asked.has(OTHER_COLUMN))
        columns.push(OTHER_COLUMN);
    const rows = [...byHost].map(([host, { asked: hostAsked, findings }]) => {
        const cells = columns.map((column) => {
            if (!hostAsked.has(column))
                return { mark: 'not-asked' };
            const here = findings.filter((f) => columnOf(f.service) === column);
            const standing = here.filter((f) => !f.waived).sort(compareSeverityThenRule);
            if (standing.length > 0)
                return { mark: 'fail', severity: standing[0].severity, rule: standing[0].rule, findings: standing.length };
            const waived = here.filter((f) => f.waived).sort(compareSeverityThenRule);
            if (waived.length > 0)
                return { mark: 'waived', rule: waived[0].rule };
            return { mark: 'pass' };
        });
        const standing = findings.filter((f) => !f.waived).sort(compareSeverityThenRule);
        return { host, cells, worst: standing.length > 0 ? standing[0].severity : null };
    });
    const rank = (r) => (r.worst === null ? 3 : _order_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[r.worst]);
    rows.sort((a, b) => rank(a) - rank(b) || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.host.toLowerCase(), b.host.toLowerCase()) || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.host, b.host));
    return { columns, rows };
}


/***/ }),

/***/ 1190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
// A count and its noun. On its own so that the plan listing (validate's text) can say "3 hosts"
// without loading words.ts, whose runner-limit phrases come from the rule catalog.
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 57994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   eH: () => (/* binding */ summaryMarkdown)
/* harmony export */ });
/* unused harmony export DEFAULT_SUMMARY_MAX_BYTES */
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48739);
/* harmony import */ var _rules_links_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22390);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53677);
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35942);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5395);
/* harmony import */ var _domain_lines_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91302);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1190);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72691);








/** GitHub accepts 1 MiB per step summary; the margin leaves room for other steps' additions. */
const DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
const CELL_MAX_CHARS = 400;
// Markdown punctuation goes out as entities too: a peer must not be able to add links, images,
// emphasis, @mentions, #references, :emoji: or table cells to our summary.
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    '_': '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '~': '&#126;',
    '#': '&#35;',
    '@': '&#64;',
    ':': '&#58;',
    '!': '&#33;',
};
/**
 * U+200B ZERO WIDTH SPACE, written as an entity. GitHub decodes entities before its mention,
 * reference and URL filters read the text (github/cmark-gfm#181), so `&#64;` alone is still a
 * live `@octocat` there. A zero-width character right after `@`, `#` and the colon of `://`,
 * and inside `www.` and `GH-`, leaves nothing those patterns can start on: a user, team, issue
 * number or `//` must follow with no character between. It renders as nothing.
 */
const ZERO_WIDTH = '&#8203;';
/** Does a mention (`@user`, `@org/team`, `user@sha`), a reference (`#1`, `owner/repo#1`) or a URL (`https://`) go on after `text[at]`? */
function startsPattern(text, at) {
    const ch = text[at];
    return ch === '@' || ch === '#' || (ch === ':' && text.startsWith('//', at + 1));
}
/**
 * Remote or policy text, made safe for a Markdown table cell (one line, nothing active): no
 * markup, links, emoji, table cells, and no live @mention, #reference, GH-reference or URL.
 */
function escapeMarkdown(text, max = CELL_MAX_CHARS) {
    return (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_3__/* .visibleText */ .Q)(text, max)
        .replace(/[&<>"'|\\`*_[\]~#@:!]/g, (ch, at, all) => ENTITIES[ch] + (startsPattern(all, at) ? ZERO_WIDTH : ''))
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH}&#46;`)
        .replace(/(g)(h)-(?=[0-9])/gi, `$1$2${ZERO_WIDTH}-`);
}
function summaryMarkdown(report, opts = {}) {
    const maxBytes = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const blocks = [headerBlock(report), ...matrixBlocks(report), ...runnerNetworkBlocks(report), ...notConcludedBlocks(report), ...domainBlocks(report), ...hostBlocks(report), ...waivedBlocks(report)];
    return fit(blocks, maxBytes);
}
function headerBlock(report) {
    const { errors, warnings, notices, endpoints } = report.summary;
    const waived = report.findings.filter((f) => f.waived).length;
    const unreachable = report.endpoints.filter((e) => !e.reachable).length;
    return {
        lines: [
            '## mail-tls-gate',
            '',
            `**${escapeMarkdown((0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .verdictLine */ .MT)(report))}**`,
            '',
            `Policy <code>${escapeMarkdown(report.policy)}</code>, checked at ${escapeMarkdown(report.startedAt)} in ${formatDuration(report.durationMs)} by mail-tls-gate ${escapeMarkdown(report.tool.version)}.`,
            '',
            '| Errors | Warnings | Notices | Waived | Endpoints | Unreachable |',
            '|---:|---:|---:|---:|---:|---:|',
            `| ${errors} | ${warnings} | ${notices} | ${waived} | ${endpoints} | ${unreachable} |`,
            '',
        ],
        rows: [],
    };
}
const SEVERITY_MARK = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** The link to a rule's page: the rule id, its text, our own. */
function ruleLink(rule) {
    return `[${escapeMarkdown(rule)}](${(0,_rules_links_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocsUrl */ .hS)(rule)})`;
}
/** A rule as a finding line names it: its title from the metadata, linked to its page, then its id. */
function ruleTitleLink(rule) {
    return `[${escapeMarkdown(_rules_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[rule].title)}](${(0,_rules_links_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocsUrl */ .hS)(rule)}) (<code>${escapeMarkdown(rule)}</code>)`;
}
function matrixCell(cell) {
    switch (cell.mark) {
        case 'pass':
            return '✅';
        case 'waived':
            return '💤';
        case 'not-asked':
            return '—';
        case 'fail':
            return `${SEVERITY_MARK[cell.severity]} ${ruleLink(cell.rule)}${cell.findings > 1 ? ` +${cell.findings - 1}` : ''}`;
    }
}
/**
 * The fleet at a glance, first: hosts with standing findings in an open table (most severe first),
 * the others collapsed into a `<details>` block so that 200 hosts stay readable.
 */
function matrixBlocks(report) {
    const matrix = (0,_matrix_js__WEBPACK_IMPORTED_MODULE_2__/* .fleetMatrix */ .KZ)(report);
    if (matrix.rows.length === 0)
        return [];
    const header = [
        `| Host | ${matrix.columns.map((c) => escapeMarkdown(c)).join(' | ')} |`,
        `|---|${matrix.columns.map(() => ':-:|').join('')}`,
    ];
    const toRow = (r) => row([`<code>${escapeMarkdown(r.host, 100)}</code>`, ...r.cells.map(matrixCell)]);
    const failing = matrix.rows.filter((r) => r.worst !== null);
    const passing = matrix.rows.filter((r) => r.worst === null);
    const blocks = [
        {
            label: 'the fleet matrix',
            lines: [
                '### Fleet',
                '',
                `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .L)(matrix.rows.length, 'host')}: ${failing.length} with findings, ${passing.length} without. ✅ pass · ❌ error · ⚠️ warning · ℹ️ notice, with the most severe rule (its page says how to fix it) and +N more · 💤 waived · — not asked.`,
                '',
                ...(failing.length > 0 ? header : []),
            ],
            rows: failing.map(toRow),
        },
    ];
    if (passing.length > 0) {
        blocks.push({
            label: 'the hosts without findings',
            lines: ['<details>', `<summary>${(0,_plural_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .L)(passing.length, 'host')} without findings</summary>`, '', ...header],
            rows: passing.map(toRow),
            tail: ['', '</details>', ''],
        });
    }
    return blocks;
}
/**
 * A section of plain sentences: a heading, a paragraph that says what they are, one bullet each.
 * `maxChars` bounds each sentence once escaped.
 */
function bulletBlock(label, heading, intro, sentences, maxChars) {
    if (sentences.length === 0)
        return [];
    return [{ label, lines: [heading, '', intro, ''], rows: sentences.map((line) => `- ${escapeMarkdown(line, maxChars)}`) }];
}
/** What the runner's own network could not test, and why: not the servers' fault, said plainly. */
function runnerNetworkBlocks(report) {
    return bulletBlock("the runner's network", "### The runner's network", `The runner's own network could not test these addresses or ports (${ruleTitleLink('runner-network-limited')}). The servers are not blamed for it; run on a runner with IPv6 and open egress, or set <code>addresses: ipv4</code>.`, (0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .runnerNetworkLines */ .c0)(report), 2000);
}
/** Which checks could not be concluded, near the top: the reason a run is inconclusive. */
function notConcludedBlocks(report) {
    return bulletBlock('the checks not concluded', '### Not concluded', 'These checks are inconclusive: the service turned the probe away (busy, rate-limited) even after a retry, a question got no answer in time, a host name did not resolve, or nothing could be reached at all. Neither a pass nor a violation.', (0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .notConcluded */ .pw)(report));
}
/** One row per policy domain: what DNS and the MTA-STS policy host showed; a DANE column when any domain asks about it. */
function domainBlocks(report) {
    if (report.domains === undefined || report.domains.length === 0)
        return [];
    const dane = report.domains.some((d) => d.dane != null);
    return [
        {
            label: 'the domains',
            lines: dane
                ? ['### Domains', '', '| Domain | MX | MTA-STS | TLS-RPT | DANE |', '|---|---|---|---|---|']
                : ['### Domains', '', '| Domain | MX | MTA-STS | TLS-RPT |', '|---|---|---|---|'],
            rows: report.domains.map((d) => row([
                `<code>${escapeMarkdown(d.domain, 100)}</code>`,
                escapeMarkdown((0,_domain_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .mxWords */ .VQ)(d)),
                escapeMarkdown((0,_domain_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .mtaStsWords */ .ax)(d)),
                escapeMarkdown((0,_domain_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .tlsRptWords */ .Hr)(d)),
                ...(dane ? [escapeMarkdown((0,_domain_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .daneWords */ .kL)(d, report.dane))] : []),
            ])),
        },
    ];
}
function formatDuration(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
function collectHosts(report) {
    const standing = report.findings.filter((f) => !f.waived);
    const names = [...new Set([...report.endpoints.map((e) => e.host), ...standing.map((f) => f.host)])];
    return names.map((host) => {
        const endpoints = report.endpoints.filter((e) => e.host === host).sort(_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareEndpoints */ .UC);
        const findings = standing.filter((f) => f.host === host).sort(_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareFindings */ .Eg);
        const findingsOf = new Map(endpoints.map((e) => [e, findings.filter((f) => (0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .samePlace */ .o0)(e, f))]));
        const loose = findings.filter((f) => !endpoints.some((e) => (0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .samePlace */ .o0)(e, f)));
        const worst = Math.min(3, ...findings.map((f) => _order_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITY_RANK */ .f3[f.severity]));
        return { host, endpoints, loose, findingsOf, worst };
    });
}
/** Hosts with errors come first so that, if the summary must be cut, what is cut matters least. */
function hostBlocks(report) {
    const hosts = collectHosts(report).sort((a, b) => a.worst - b.worst || (0,_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a.host, b.host));
    if (hosts.length === 0)
        return [];
    const intro = { lines: ['### Hosts', ''], rows: [] };
    return [
        intro,
        ...hosts.map((h) => ({
            label: `<code>${escapeMarkdown(h.host, 100)}</code>`,
            lines: [
                `#### ${escapeMarkdown(h.host)}`,
                '',
                '| Service | Port | Address | Status | TLS | Certificate | Findings |',
                '|---|---:|---|---|---|---|---|',
            ],
            rows: [...h.endpoints.map((e) => endpointRow(e, h.findingsOf.get(e) ?? [])), ...h.loose.map(looseRow)],
        })),
    ];
}
function endpointRow(e, findings) {
    const status = e.reachable ? escapeMarkdown((0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .endpointStatus */ .WR)(e)) : `<strong>${escapeMarkdown((0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .endpointStatus */ .WR)(e))}</strong>`;
    return row([
        escapeMarkdown(e.service),
        String(e.port),
        e.address === null ? '—' : escapeMarkdown(e.address),
        status,
        escapeMarkdown((0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .tlsSummary */ .sG)(e)) || '—',
        escapeMarkdown((0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateDays */ .L6)(e)) || '—',
        findingsCell(findings),
    ]);
}
function looseRow(f) {
    return row([
        f.service === null ? '—' : escapeMarkdown(f.service),
        f.port === null ? '—' : String(f.port),
        f.address === null ? '—' : escapeMarkdown(f.address),
        '—',
        '—',
        '—',
        findingsCell([f]),
    ]);
}
function findingsCell(findings) {
    if (findings.length === 0)
        return 'none';
    return [...findings]
        .sort((a, b) => _order_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITY_RANK */ .f3[a.severity] - _order_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITY_RANK */ .f3[b.severity] || (0,_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a.rule, b.rule))
        .map((f) => {
        const evidence = f.evidence === null ? '' : ` (seen: <code>${escapeMarkdown(f.evidence, 200)}</code>)`;
        return `<strong>${f.severity}</strong> ${ruleTitleLink(f.rule)}: ${escapeMarkdown(f.message)}${evidence}`;
    })
        .join('<br>');
}
function waivedBlocks(report) {
    const waived = report.findings.filter((f) => f.waived).sort(_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareFindings */ .Eg);
    if (waived.length === 0)
        return [];
    return [
        {
            label: 'the waived findings',
            lines: [
                '### Waived findings',
                '',
                'Listed for the record; they do not count towards the result.',
                '',
                '| Rule | Severity | Where | Address | Reason | Finding |',
                '|---|---|---|---|---|---|',
            ],
            rows: waived.map((f) => row([
                ruleTitleLink(f.rule),
                f.severity,
                escapeMarkdown((0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .findingPlace */ .ps)(f)),
                f.address === null ? '—' : escapeMarkdown(f.address),
                escapeMarkdown(f.waiverReason ?? ''),
                escapeMarkdown(f.message),
            ])),
        },
    ];
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
const NOTE_RESERVE_BYTES = 2048;
/**
 * Emits blocks in order until the next piece would not fit, then closes with a note. Whole
 * lines only: a table is cut between rows, never inside one.
 */
function fit(blocks, maxBytes) {
    const out = [];
    let used = 0;
    const budget = maxBytes - NOTE_RESERVE_BYTES;
    const take = (line) => {
        const size = Buffer.byteLength(line, 'utf8') + 1;
        if (used + size > budget)
            return false;
        out.push(line);
        used += size;
        return true;
    };
    for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b];
        // A heading with no room for even one row under it says nothing; cut before it instead.
        const headSize = block.lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8') + 1, 0);
        const firstRowSize = block.rows.length > 0 ? Buffer.byteLength(block.rows[0], 'utf8') + 1 : 0;
        if (used + headSize + firstRowSize > budget)
            return finish(out, truncationNote(blocks, b, 0));
        block.lines.forEach(take);
        for (let r = 0; r < block.rows.length; r++) {
            // The tail closes what the lines opened (NOTE_RESERVE_BYTES leaves room for it).
            if (!take(block.rows[r]))
                return finish([...out, ...(block.tail ?? [])], truncationNote(blocks, b, r));
        }
        if (block.tail !== undefined) {
            for (const line of block.tail) {
                out.push(line);
                used += Buffer.byteLength(line, 'utf8') + 1;
            }
        }
        else if (block.rows.length > 0)
            take('');
    }
    return finish(out, null);
}
function finish(lines, note) {
    if (note !== null)
        lines.push('', note, '');
    return lines.join('\n').replace(/\n+$/, '') + '\n';
}
/** Names what was left out: rows of the block being cut, and every block after it. */
function truncationNote(blocks, cutBlock, cutRow) {
    const rest = blocks.slice(cutBlock);
    const rows = rest.reduce((n, b, i) => n + b.rows.length - (i === 0 ? cutRow : 0), 0);
    const labels = rest.flatMap((b) => (b.label === undefined ? [] : [b.label]));
    const named = labels.slice(0, 10).join(', ') + (labels.length > 10 ? ` and ${labels.length - 10} more` : '');
    const what = labels.length > 0 ? named : 'the rest of the summary';
    return (`<strong>Summary truncated</strong> to stay under the job summary size limit: ` +
        `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .L)(rows, 'table row')} cut, covering ${what}. The JSON report and the SARIF file hold every finding.`);
}


/***/ }),

/***/ 72691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ addressText),
/* harmony export */   L6: () => (/* binding */ certificateDays),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   WR: () => (/* binding */ endpointStatus),
/* harmony export */   c0: () => (/* binding */ runnerNetworkLines),
/* harmony export */   o0: () => (/* binding */ samePlace),
/* harmony export */   ps: () => (/* binding */ findingPlace),
/* harmony export */   pw: () => (/* binding */ notConcluded),
/* harmony export */   sG: () => (/* binding */ tlsSummary)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93182);
/* harmony import */ var _rules_catalog_runner_network_limited_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88981);
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35942);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1190);
// Phrases more than one output uses, so the CLI, the summary and the annotations agree.





/** "FAIL: 3 errors, 1 warning in 12 endpoints (1 waived)"; zero counts are left out. */
function verdictLine(report) {
    const { errors, warnings, notices, endpoints, result } = report.summary;
    const counts = [
        errors > 0 ? (0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(errors, 'error') : '',
        warnings > 0 ? (0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(warnings, 'warning') : '',
        notices > 0 ? (0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(notices, 'notice') : '',
    ].filter(Boolean);
    const waived = report.findings.filter((f) => f.waived).length;
    return [
        `${result.toUpperCase()}: `,
        counts.length > 0 ? counts.join(', ') : 'no findings',
        ` in ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(endpoints, 'endpoint')}`,
        waived > 0 ? ` (${waived} waived)` : '',
    ].join('');
}
/**
 * The checks a run could not conclude, one line each ("host:port service: message"): the
 * standing inconclusive findings, or, for a run in which no required endpoint got through and
 * nothing says so any more (waived or turned off), one line that says it. Remote text is left as
 * is: each output escapes it its own way.
 */
function notConcluded(report) {
    const open = report.findings.filter(_rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .standsInconclusive */ .ai);
    const lines = open.map((f) => `${findingPlace(f)}: ${f.message}`);
    // An inconclusive verdict with no finding standing open is, by isInconclusiveOf (rules/judge.ts),
    // a run where nothing was concluded.
    if (lines.length === 0 && report.summary.result === 'inconclusive') {
        lines.push('no required endpoint could be reached or would talk (or, with only forbidden services, no host name resolved), so nothing could be concluded');
    }
    return lines;
}
/** Where a connection got to, in a few words: "reachable", "unreachable: refused at connect". */
function endpointStatus(e) {
    if (e.error?.kind === 'unresolved')
        return 'unresolved';
    if (!e.reachable)
        return e.error ? `unreachable: ${e.error.kind} at ${e.error.step}` : 'unreachable';
    return e.error ? `reachable; ${e.error.kind} at ${e.error.step}` : 'reachable';
}
/** "TLSv1.3 (STARTTLS)", "handshake failed (implicit)", or "" when no TLS was attempted. */
function tlsSummary(e) {
    if (!e.tls)
        return '';
    const mode = e.tls.mode === 'starttls' ? 'STARTTLS' : 'implicit';
    return `${e.tls.version ?? 'handshake failed'} (${mode})`;
}
/** "80 days left", "expired 3 days ago", or "" when no certificate was seen. */
function certificateDays(e) {
    const days = e.tls?.certificate?.daysLeft;
    if (days === undefined)
        return '';
    return days >= 0 ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(days, 'day')} left` : `expired ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(-days, 'day')} ago`;
}
/**
 * An IP literal as is (an IPv6 `::` mid-line is no workflow command, and breaking it would
 * misprint the address); anything else is treated as remote text.
 */
function addressText(address) {
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address) !== 0 ? address : (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_3__/* .neutralise */ .$)(address, 64);
}
/** Whether a finding belongs to this endpoint (same host, address, port and service). */
function samePlace(e, f) {
    return e.host === f.host && e.address === f.address && e.port === f.port && e.service === f.service;
}
/** "host:port service", or just the domain for domain-wide findings. */
function findingPlace(f) {
    return `${f.host}${f.port === null ? '' : `:${f.port}`}${f.service === null ? '' : ` ${f.service}`}`;
}
/**
 * What the runner's own network could not test, one line per cause ("IPv6: the runner has no
 * route …", "port 25: connections timed out …"); empty when nothing. Addresses and host names
 * are left as they are: each output escapes them its own way.
 */
function runnerNetworkLines(report) {
    return (report.runnerNetwork ?? []).map(_rules_catalog_runner_network_limited_js__WEBPACK_IMPORTED_MODULE_2__.describeLimit);
}


/***/ })

};
