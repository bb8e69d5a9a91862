export const id = 655;
export const ids = [655];
export const modules = {

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

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatText: () => (/* binding */ formatText),
/* harmony export */   shouldUseColor: () => (/* binding */ shouldUseColor)
/* harmony export */ });
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35942);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5395);
/* harmony import */ var _rules_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22390);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53677);
/* harmony import */ var _domain_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91302);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1190);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72691);







/** Colour only where a person is watching, and never against their stated wish (no-color.org). */
function shouldUseColor(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' };
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
const CELL_MAX = 60;
const MESSAGE_MAX = 300;
const HEADER = ['SERVICE', 'PORT', 'ADDRESS', 'STATUS', 'TLS', 'CERTIFICATE'];
function formatText(report, opts) {
    const paint = (style, text) => (opts.color && text !== '' ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text);
    const endpoints = [...report.endpoints].sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareEndpoints */ .UC);
    const findings = [...report.findings].sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .Eg);
    const cells = new Map(endpoints.map((e) => [e, endpointCells(e)]));
    const widths = HEADER.map((h, i) => Math.max(h.length, ...[...cells.values()].map((c) => c[i].length)));
    const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
    const columns = (values) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
    const findingLine = (f, indent, place) => {
        const label = f.waived ? paint('dim', 'waived'.padEnd(8)) : paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
        const reason = f.waived && f.waiverReason ? ` (waived: ${f.waiverReason})` : '';
        const text = place + (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(`${f.message}${reason}`, MESSAGE_MAX);
        return `${indent}${label} ${f.rule.padEnd(ruleWidth)}  ${text}`;
    };
    const evidenceLine = (f, indent) => f.evidence === null ? [] : [`${indent}${' '.repeat(9 + ruleWidth + 2)}${paint('dim', `seen: ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(f.evidence, MESSAGE_MAX)}`)}`];
    const lines = matrixLines(report, paint);
    const hosts = [...new Set([...endpoints.map((e) => e.host), ...findings.map((f) => f.host)])].sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6);
    for (const host of hosts) {
        const own = endpoints.filter((e) => e.host === host);
        const hostFindings = findings.filter((f) => f.host === host);
        lines.push(paint('bold', (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(host, 253)));
        if (own.length > 0)
            lines.push('  ' + paint('dim', columns(HEADER)));
        for (const e of own) {
            const row = columns(cells.get(e));
            lines.push('  ' + (e.reachable ? row : paint('yellow', row)));
            for (const f of hostFindings.filter((f) => (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .samePlace */ .o0)(e, f))) {
                lines.push(findingLine(f, '    ', ''), ...evidenceLine(f, '    '));
            }
        }
        // Findings not tied to a probed endpoint: domain checks, or ports the probe never reached.
        for (const f of hostFindings.filter((f) => !own.some((e) => (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .samePlace */ .o0)(e, f)))) {
            const place = f.port === null && f.service === null ? '' : `${placeOf(f)}: `;
            lines.push(findingLine(f, '  ', place), ...evidenceLine(f, '  '));
        }
        lines.push('');
    }
    if (report.domains !== undefined && report.domains.length > 0) {
        lines.push(paint('bold', 'Domains'));
        for (const d of report.domains)
            lines.push(`  ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(d.domain, 253)}  ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)((0,_domain_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .domainLine */ .ry)(d, report.dane), 600)}`);
        lines.push('');
    }
    const runner = (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .runnerNetworkLines */ .c0)(report);
    if (runner.length > 0) {
        lines.push(paint('yellow', `The runner's own network could not test (runner-network-limited, ${(0,_rules_links_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocsUrl */ .hS)('runner-network-limited')}):`));
        for (const line of runner)
            lines.push(`  ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(line, MESSAGE_MAX * 2)}`);
        lines.push('');
    }
    const open = (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .notConcluded */ .pw)(report);
    if (open.length > 0) {
        lines.push(paint('yellow', 'Not concluded (inconclusive checks):'));
        for (const line of open)
            lines.push(`  ${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(line, MESSAGE_MAX)}`);
        lines.push('');
    }
    const verdict = (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .verdictLine */ .MT)(report);
    const result = report.summary.result;
    lines.push(paint(result === 'pass' ? 'green' : result === 'inconclusive' ? 'yellow' : 'red', verdict));
    return lines.join('\n') + '\n';
}
const HOST_MAX = 40;
const SEVERITY_LETTER = { error: 'E', warning: 'W', notice: 'N' };
const PLAIN_MARK = { pass: 'ok', waived: 'wv', 'not-asked': '.' };
/**
 * The fleet at a glance, first: a host per line (those with findings first), a short mark per
 * service, and a legend that numbers the rules the marks name.
 */
function matrixLines(report, paint) {
    const matrix = (0,_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .fleetMatrix */ .KZ)(report);
    if (matrix.rows.length === 0)
        return [];
    const rules = [...new Set(matrix.rows.flatMap((r) => r.cells.flatMap((c) => (c.mark === 'fail' ? [c.rule] : []))))];
    const numbers = new Map(rules.map((rule, i) => [rule, i + 1]));
    const mark = (c) => (c.mark === 'fail' ? `${SEVERITY_LETTER[c.severity]}${numbers.get(c.rule)}` : PLAIN_MARK[c.mark]);
    const style = (c) => (c.mark === 'fail' ? SEVERITY_STYLE[c.severity] : c.mark === 'pass' ? 'green' : 'dim');
    const hosts = matrix.rows.map((r) => (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(r.host, HOST_MAX));
    const hostWidth = Math.max(4, ...hosts.map((h) => h.length));
    const columns = matrix.columns.map((c) => (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(c, CELL_MAX / 3));
    const widths = columns.map((c, i) => Math.max(c.length, ...matrix.rows.map((r) => mark(r.cells[i]).length)));
    const failing = matrix.rows.filter((r) => r.worst !== null).length;
    const lines = [
        paint('bold', `Fleet: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .L)(matrix.rows.length, 'host')}, ${failing} with findings, ${matrix.rows.length - failing} without`),
        '  ' + paint('dim', ['HOST'.padEnd(hostWidth), ...columns.map((c, i) => c.padEnd(widths[i]))].join('  ').trimEnd()),
    ];
    matrix.rows.forEach((r, n) => {
        const cells = r.cells.map((c, i) => {
            const text = mark(c);
            const pad = i === r.cells.length - 1 ? '' : ' '.repeat(widths[i] - text.length);
            return paint(style(c), text) + pad;
        });
        lines.push(`  ${hosts[n].padEnd(hostWidth)}  ${cells.join('  ')}`);
    });
    lines.push(paint('dim', '  ok pass · E/W/N error/warning/notice, the most severe rule (numbered below) · wv waived · . not asked'));
    const numberWidth = String(rules.length).length;
    const ruleWidth = Math.max(0, ...rules.map((r) => r.length));
    for (const rule of rules) {
        lines.push(`  ${String(numbers.get(rule)).padStart(numberWidth)}  ${rule.padEnd(ruleWidth)}  ${paint('dim', (0,_rules_links_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocsUrl */ .hS)(rule))}`);
    }
    lines.push('');
    return lines;
}
function endpointCells(e) {
    return [
        (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(e.service, CELL_MAX),
        String(e.port),
        e.address === null ? '-' : (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .addressText */ .GI)(e.address),
        (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)((0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .endpointStatus */ .WR)(e), CELL_MAX),
        (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)((0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .tlsSummary */ .sG)(e) || '-', CELL_MAX),
        (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)((0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateDays */ .L6)(e) || '-', CELL_MAX),
    ];
}
function placeOf(f) {
    return [f.address === null ? '' : (0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .addressText */ .GI)(f.address), f.port === null ? '' : String(f.port), f.service === null ? '' : (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(f.service, CELL_MAX)]
        .filter(Boolean)
        .join(' ');
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
