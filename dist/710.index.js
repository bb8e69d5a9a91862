export const id = 710;
export const ids = [710];
export const modules = {

/***/ 87710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPlan: () => (/* binding */ formatPlan)
/* harmony export */ });
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35942);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1190);


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
        `${(0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$)(policy.file, 1000)}: valid policy, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(policy.hosts.length, 'host')}, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(plan.endpoints.length, 'endpoint')} planned`,
        '',
        line(header),
        ...rows.map(line),
        '',
        ...(schemaUrl ? [`hint: editors check a policy as you type with this first line: # yaml-language-server: $schema=${schemaUrl}`, ''] : []),
    ].join('\n');
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


/***/ })

};
