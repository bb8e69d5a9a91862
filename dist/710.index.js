export const id = 710;
export const ids = [710];
export const modules = {

/***/ 87710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPlan: () => (/* binding */ formatPlan)
/* harmony export */ });
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35942);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72691);


/**
 * `schemaUrl`, when given, ends the listing with the header that lets an editor check the policy
 * as it is typed. Host names here are validated names or IP literals; the file is the policy's
 * path as typed, neutralised like any argument a workflow could fill from an event.
 */
function formatPlan(policy, plan, schemaUrl) {
    const rows = plan.endpoints.map((e) => [
        e.host,
        e.address ?? '(resolved at check time)',
        String(e.port),
        e.service,
        e.expectation,
        `${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(e.location.file, 1000)}:${e.location.line}:${e.location.column}`,
    ]);
    const header = ['host', 'address', 'port', 'service', 'expect', 'asked at'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [
        `${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(policy.file, 1000)}: valid policy, ${(0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(policy.hosts.length, 'host')}, ${(0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(plan.endpoints.length, 'endpoint')} planned`,
        '',
        line(header),
        ...rows.map(line),
        '',
        ...(schemaUrl ? [`hint: editors check a policy as you type with this first line: # yaml-language-server: $schema=${schemaUrl}`, ''] : []),
    ].join('\n');
}


/***/ }),

/***/ 72691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ addressText),
/* harmony export */   L6: () => (/* binding */ certificateDays),
/* harmony export */   LS: () => (/* binding */ plural),
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
// Phrases more than one output uses, so the CLI, the summary and the annotations agree.




function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** "FAIL: 3 errors, 1 warning in 12 endpoints (1 waived)"; zero counts are left out. */
function verdictLine(report) {
    const { errors, warnings, notices, endpoints, result } = report.summary;
    const counts = [
        errors > 0 ? plural(errors, 'error') : '',
        warnings > 0 ? plural(warnings, 'warning') : '',
        notices > 0 ? plural(notices, 'notice') : '',
    ].filter(Boolean);
    const waived = report.findings.filter((f) => f.waived).length;
    return [
        `${result.toUpperCase()}: `,
        counts.length > 0 ? counts.join(', ') : 'no findings',
        ` in ${plural(endpoints, 'endpoint')}`,
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
    return days >= 0 ? `${plural(days, 'day')} left` : `expired ${plural(-days, 'day')} ago`;
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
