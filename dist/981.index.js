export const id = 981;
export const ids = [981];
export const modules = {

/***/ 88981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FILTERED_PORT_MIN_HOSTS: () => (/* binding */ FILTERED_PORT_MIN_HOSTS),
/* harmony export */   NO_ROUTE_CODES: () => (/* binding */ NO_ROUTE_CODES),
/* harmony export */   describeLimit: () => (/* binding */ describeLimit),
/* harmony export */   mergeRunnerLimits: () => (/* binding */ mergeRunnerLimits),
/* harmony export */   meta: () => (/* binding */ meta),
/* harmony export */   runnerLimits: () => (/* binding */ runnerLimits),
/* harmony export */   runnerNetwork: () => (/* binding */ runnerNetwork),
/* harmony export */   withRunnerNetwork: () => (/* binding */ withRunnerNetwork)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5395);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54974);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10281);
// runner-network-limited: what the runner's own network, not the server, kept the run from
// testing. One endpoint's facts cannot say so; the whole run's can. A family with no route fails
// every connect of that family at once, whatever the server; a port dropped on the way out times
// out on host after host whose addresses answer on every other port. So this is a pass over all
// observations, run once by judge(); the probe only records the facts (the system error code, and
// whether the connect failed at once). With shards, each shard judges its own observations.




const meta = (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'runner-network-limited',
    defaultSeverity: 'warning',
    scope: 'run',
    fixedBy: 'no-server',
    inconclusive: true,
    title: "The runner's own network could not test this",
    summary: "The runner's own network could not test an endpoint (no route for its address family, or a port filtered on the runner's path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was.",
    what: 'The runner, not the server, kept an endpoint from being tested: it has no route for the address family (every connect to an address of that family, usually IPv6, failed at once with ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL or EAFNOSUPPORT), or a filter on its path drops the port (connections to it timed out on every address of two or more hosts that answered on other ports). A notice when the same host and port were tested over another address; a warning, and the check inconclusive, when nothing of them was.',
    why: "No server should be blamed for the checker's network. GitHub-hosted runners have no IPv6 route, and many networks block outbound port 25 as RFC 5068 §3 recommends for hosts that are not mail servers; what could not be tested is neither a pass nor a violation.",
    fix: "Run the check on a self-hosted runner with IPv6 and open egress on the mail ports, or set addresses: ipv4 (the CLI's -4) to probe only what the runner can reach; a port filtered on the runner's path needs a runner on another network.",
    references: ['RFC 5068 §3', 'RFC 8314 §3'],
    securitySeverity: '1.0',
    servers: {},
});
/** The system errors of a connect the machine itself refused: no route, no such address family. */
const NO_ROUTE_CODES = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']);
/** A port's timeouts count as the runner's only when at least this many hosts show them. */
const FILTERED_PORT_MIN_HOSTS = 2;
const FAMILY_WORDS = { ipv4: 'IPv4', ipv6: 'IPv6' };
function familyOf(address) {
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address);
    return family === 4 ? 'ipv4' : family === 6 ? 'ipv6' : null;
}
function failedAtOnce(o) {
    const e = o.facts.error;
    return !o.facts.reachable && e !== null && e.step === 'connect' && e.atOnce === true && e.code !== undefined && NO_ROUTE_CODES.has(e.code);
}
function timedOutAtConnect(o) {
    const e = o.facts.error;
    return o.endpoint.expectation === 'require' && !o.facts.reachable && e !== null && e.kind === 'timeout' && e.step === 'connect';
}
const sortedAddresses = (addresses) => [...new Set(addresses)].sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareAddress */ .A7);
const sortedTexts = (texts) => [...new Set(texts)].sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6);
function runnerNetwork(observations) {
    const limits = [];
    const limited = new Map();
    const probed = observations.filter((o) => o.endpoint.address !== null);
    // No route for a family: every address of it in the run failed at once.
    for (const family of ['ipv4', 'ipv6']) {
        const ofFamily = probed.filter((o) => familyOf(o.endpoint.address) === family);
        if (ofFamily.length === 0 || !ofFamily.every(failedAtOnce))
            continue;
        const limit = {
            kind: 'no-route',
            family,
            codes: sortedTexts(ofFamily.map((o) => o.facts.error.code)),
            addresses: sortedAddresses(ofFamily.map((o) => o.endpoint.address)),
        };
        limits.push(limit);
        for (const o of ofFamily)
            limited.set(o, limit);
    }
    // A port filtered on the way out: it times out on every address of several hosts, addresses
    // that answered on other ports, and nothing in the run answered on it.
    const answeredPorts = new Map();
    const reachedPorts = new Set();
    for (const o of probed) {
        if (!o.facts.reachable)
            continue;
        reachedPorts.add(o.endpoint.port);
        const ports = answeredPorts.get(o.endpoint.address) ?? new Set();
        ports.add(o.endpoint.port);
        answeredPorts.set(o.endpoint.address, ports);
    }
    const otherPorts = (o) => [...(answeredPorts.get(o.endpoint.address) ?? [])].filter((p) => p !== o.endpoint.port).sort((a, b) => a - b);
    const answeredElsewhere = new Map();
    for (const o of probed) {
        if (!timedOutAtConnect(o) || limited.has(o))
            continue;
        const others = otherPorts(o);
        if (others.length > 0)
            answeredElsewhere.set(o, others);
    }
    const candidatePorts = sortedNumbers([...answeredElsewhere.keys()].map((o) => o.endpoint.port));
    for (const port of candidatePorts) {
        if (reachedPorts.has(port))
            continue;
        const onPort = probed.filter((o) => o.endpoint.port === port && o.endpoint.expectation === 'require');
        const hosts = sortedTexts(onPort.map((o) => o.endpoint.host.toLowerCase())).filter((host) => onPort.filter((o) => o.endpoint.host.toLowerCase() === host).every((o) => answeredElsewhere.has(o)));
        if (hosts.length < FILTERED_PORT_MIN_HOSTS)
            continue;
        const explained = onPort.filter((o) => answeredElsewhere.has(o));
        const limit = { kind: 'port-filtered', port, hosts, addresses: sortedAddresses(explained.map((o) => o.endpoint.address)) };
        limits.push(limit);
        for (const o of explained) {
            limited.set(o, limit);
            answeredElsewhere.delete(o);
        }
    }
    return { limits, limited, answeredElsewhere };
}
function sortedNumbers(values) {
    return [...new Set(values)].sort((a, b) => a - b);
}
/** The limits alone, for the report. */
function runnerLimits(observations) {
    return runnerNetwork(observations).limits;
}
/** Shard reports' limits as one list: the same limit seen by several shards is one entry. */
function mergeRunnerLimits(lists) {
    const byKey = new Map();
    for (const limit of lists.flat()) {
        const key = limit.kind === 'no-route' ? `no-route ${limit.family}` : `port-filtered ${limit.port}`;
        const seen = byKey.get(key);
        if (seen === undefined) {
            byKey.set(key, limit.kind === 'no-route'
                ? { ...limit, codes: sortedTexts(limit.codes), addresses: sortedAddresses(limit.addresses) }
                : { ...limit, hosts: sortedTexts(limit.hosts), addresses: sortedAddresses(limit.addresses) });
        }
        else if (seen.kind === 'no-route' && limit.kind === 'no-route') {
            seen.codes = sortedTexts([...seen.codes, ...limit.codes]);
            seen.addresses = sortedAddresses([...seen.addresses, ...limit.addresses]);
        }
        else if (seen.kind === 'port-filtered' && limit.kind === 'port-filtered') {
            seen.hosts = sortedTexts([...seen.hosts, ...limit.hosts]);
            seen.addresses = sortedAddresses([...seen.addresses, ...limit.addresses]);
        }
    }
    return [...byKey.values()].sort(compareLimits);
}
function compareLimits(a, b) {
    if (a.kind !== b.kind)
        return a.kind === 'no-route' ? -1 : 1;
    if (a.kind === 'no-route' && b.kind === 'no-route')
        return (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.family, b.family);
    return a.port - b.port;
}
/** One line per limit, in plain words: what the runner could not test, and why. */
function describeLimit(limit) {
    if (limit.kind === 'no-route') {
        return `${FAMILY_WORDS[limit.family]}: the runner has no route (${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(limit.codes)} at once on every ${FAMILY_WORDS[limit.family]} address), so ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(limit.addresses)} could not be tested`;
    }
    return `port ${limit.port}: connections timed out on every address of ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(limit.hosts)}, addresses that answered on other ports, so the runner's network (or a filter on its path) drops outbound port ${limit.port}; untested: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(limit.addresses)}`;
}
function reasonOf(limit) {
    if (limit.kind === 'no-route') {
        return `the runner has no ${FAMILY_WORDS[limit.family]} route (every ${FAMILY_WORDS[limit.family]} connect failed at once: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(limit.codes)})`;
    }
    return `port ${limit.port} timed out on every address of ${limit.hosts.length} hosts that answered on other ports (${firstFew(limit.hosts)}), so the runner's network or a filter on its path drops it`;
}
/** A long list cut short for a one-sentence message: the report's runnerNetwork has them all. */
function firstFew(items, shown = 3) {
    return items.length <= shown ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(items) : `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(items.slice(0, shown))} and ${items.length - shown} more`;
}
/** The same host and port answered (accepted or refused) over an address the runner could reach. */
function testedElsewhere(o, view, observations) {
    const host = o.endpoint.host.toLowerCase();
    return sortedAddresses(observations
        .filter((x) => x.endpoint.address !== null &&
        x.endpoint.address !== o.endpoint.address &&
        x.endpoint.host.toLowerCase() === host &&
        x.endpoint.port === o.endpoint.port &&
        !view.limited.has(x) &&
        (x.facts.reachable || x.facts.error?.kind === 'refused'))
        .map((x) => x.endpoint.address));
}
/**
 * An endpoint's drafts once the whole run has been seen: the runner's limit replaces what its
 * failed connect would otherwise say of the server (notice when the same host and port were
 * tested over another address, warning and inconclusive when nothing of them was), and a timeout
 * on a port the address answered beside says so.
 */
function withRunnerNetwork(drafts, o, view, observations) {
    const limit = view.limited.get(o);
    if (limit !== undefined) {
        const elsewhere = testedElsewhere(o, view, observations);
        const what = o.endpoint.expectation === 'forbid' ? 'whether this forbidden service is reachable here is unknown' : 'its checks were not made here';
        const tail = elsewhere.length > 0
            ? `; ${what}, but ${o.endpoint.host} port ${o.endpoint.port} was tested over ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(elsewhere)}`
            : `; nothing of ${o.endpoint.host} port ${o.endpoint.port} was tested, so ${o.endpoint.expectation === 'forbid' ? 'the forbid check is' : 'its checks are'} inconclusive`;
        return [
            {
                rule: 'runner-network-limited',
                message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEndpoint */ .N2)(o.endpoint)} was not tested: ${reasonOf(limit)}${tail}.`,
                evidence: o.facts.error ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .errorEvidence */ .OK)(o.facts.error) : null,
                ...(elsewhere.length > 0 ? { severity: 'notice' } : { severity: 'warning', inconclusive: true }),
            },
        ];
    }
    const others = view.answeredElsewhere.get(o);
    if (others === undefined)
        return drafts;
    const note = ` The address answered on other ports (${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(others.map(String))}), so a filter on the path (possibly the runner's) may drop port ${o.endpoint.port}.`;
    return drafts.map((d) => (d.rule === 'required-service-unreachable' ? { ...d, message: d.message + note } : d));
}


/***/ })

};
