export const id = 182;
export const ids = [182];
export const modules = {

/***/ 17911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ HOUR_MS),
/* harmony export */   s: () => (/* binding */ DAY_MS)
/* harmony export */ });
// Time constants, in milliseconds.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;


/***/ }),

/***/ 88981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FILTERED_PORT_MIN_HOSTS: () => (/* binding */ FILTERED_PORT_MIN_HOSTS),
/* harmony export */   NO_ROUTE_CODES: () => (/* binding */ NO_ROUTE_CODES),
/* harmony export */   describeLimit: () => (/* binding */ describeLimit),
/* harmony export */   mergeRunnerLimits: () => (/* binding */ mergeRunnerLimits),
/* harmony export */   meta: () => (/* binding */ meta),
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


/***/ }),

/***/ 48739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  Iu: () => (/* binding */ RULE_IDS),
  Hu: () => (/* binding */ RULE_REGISTRY)
});

// UNUSED EXPORTS: ruleMeta

// NAMESPACE OBJECT: ./src/rules/catalog/required-service-unreachable.ts
var required_service_unreachable_namespaceObject = {};
__webpack_require__.r(required_service_unreachable_namespaceObject);
__webpack_require__.d(required_service_unreachable_namespaceObject, {
  checks: () => (checks),
  meta: () => (meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/forbidden-service-reachable.ts
var forbidden_service_reachable_namespaceObject = {};
__webpack_require__.r(forbidden_service_reachable_namespaceObject);
__webpack_require__.d(forbidden_service_reachable_namespaceObject, {
  checks: () => (forbidden_service_reachable_checks),
  meta: () => (forbidden_service_reachable_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/service-misbehaving.ts
var service_misbehaving_namespaceObject = {};
__webpack_require__.r(service_misbehaving_namespaceObject);
__webpack_require__.d(service_misbehaving_namespaceObject, {
  checks: () => (service_misbehaving_checks),
  meta: () => (service_misbehaving_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/tls-handshake-failed.ts
var tls_handshake_failed_namespaceObject = {};
__webpack_require__.r(tls_handshake_failed_namespaceObject);
__webpack_require__.d(tls_handshake_failed_namespaceObject, {
  checks: () => (tls_handshake_failed_checks),
  meta: () => (tls_handshake_failed_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/starttls-not-offered.ts
var starttls_not_offered_namespaceObject = {};
__webpack_require__.r(starttls_not_offered_namespaceObject);
__webpack_require__.d(starttls_not_offered_namespaceObject, {
  checks: () => (starttls_not_offered_checks),
  meta: () => (starttls_not_offered_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/starttls-failed.ts
var starttls_failed_namespaceObject = {};
__webpack_require__.r(starttls_failed_namespaceObject);
__webpack_require__.d(starttls_failed_namespaceObject, {
  checks: () => (starttls_failed_checks),
  meta: () => (starttls_failed_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/plaintext-auth-offered.ts
var plaintext_auth_offered_namespaceObject = {};
__webpack_require__.r(plaintext_auth_offered_namespaceObject);
__webpack_require__.d(plaintext_auth_offered_namespaceObject, {
  checks: () => (plaintext_auth_offered_checks),
  meta: () => (plaintext_auth_offered_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/starttls-command-injection.ts
var starttls_command_injection_namespaceObject = {};
__webpack_require__.r(starttls_command_injection_namespaceObject);
__webpack_require__.d(starttls_command_injection_namespaceObject, {
  checks: () => (starttls_command_injection_checks),
  meta: () => (starttls_command_injection_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/http-not-redirected.ts
var http_not_redirected_namespaceObject = {};
__webpack_require__.r(http_not_redirected_namespaceObject);
__webpack_require__.d(http_not_redirected_namespaceObject, {
  checks: () => (http_not_redirected_checks),
  meta: () => (http_not_redirected_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/tls-version-legacy.ts
var tls_version_legacy_namespaceObject = {};
__webpack_require__.r(tls_version_legacy_namespaceObject);
__webpack_require__.d(tls_version_legacy_namespaceObject, {
  checks: () => (tls_version_legacy_checks),
  meta: () => (tls_version_legacy_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/tls13-not-supported.ts
var tls13_not_supported_namespaceObject = {};
__webpack_require__.r(tls13_not_supported_namespaceObject);
__webpack_require__.d(tls13_not_supported_namespaceObject, {
  checks: () => (tls13_not_supported_checks),
  meta: () => (tls13_not_supported_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/certificate-untrusted.ts
var certificate_untrusted_namespaceObject = {};
__webpack_require__.r(certificate_untrusted_namespaceObject);
__webpack_require__.d(certificate_untrusted_namespaceObject, {
  checks: () => (certificate_untrusted_checks),
  meta: () => (certificate_untrusted_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/certificate-name-mismatch.ts
var certificate_name_mismatch_namespaceObject = {};
__webpack_require__.r(certificate_name_mismatch_namespaceObject);
__webpack_require__.d(certificate_name_mismatch_namespaceObject, {
  checks: () => (certificate_name_mismatch_checks),
  meta: () => (certificate_name_mismatch_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/certificate-expired.ts
var certificate_expired_namespaceObject = {};
__webpack_require__.r(certificate_expired_namespaceObject);
__webpack_require__.d(certificate_expired_namespaceObject, {
  checks: () => (certificate_expired_checks),
  meta: () => (certificate_expired_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/certificate-expiring.ts
var certificate_expiring_namespaceObject = {};
__webpack_require__.r(certificate_expiring_namespaceObject);
__webpack_require__.d(certificate_expiring_namespaceObject, {
  checks: () => (certificate_expiring_checks),
  meta: () => (certificate_expiring_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/certificate-weak.ts
var certificate_weak_namespaceObject = {};
__webpack_require__.r(certificate_weak_namespaceObject);
__webpack_require__.d(certificate_weak_namespaceObject, {
  checks: () => (certificate_weak_checks),
  meta: () => (certificate_weak_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/mx-lookup-failed.ts
var mx_lookup_failed_namespaceObject = {};
__webpack_require__.r(mx_lookup_failed_namespaceObject);
__webpack_require__.d(mx_lookup_failed_namespaceObject, {
  checkDomain: () => (checkDomain),
  meta: () => (mx_lookup_failed_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/mta-sts-missing.ts
var mta_sts_missing_namespaceObject = {};
__webpack_require__.r(mta_sts_missing_namespaceObject);
__webpack_require__.d(mta_sts_missing_namespaceObject, {
  checkDomain: () => (mta_sts_missing_checkDomain),
  meta: () => (mta_sts_missing_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/mta-sts-invalid.ts
var mta_sts_invalid_namespaceObject = {};
__webpack_require__.r(mta_sts_invalid_namespaceObject);
__webpack_require__.d(mta_sts_invalid_namespaceObject, {
  checkDomain: () => (mta_sts_invalid_checkDomain),
  meta: () => (mta_sts_invalid_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/mta-sts-not-enforcing.ts
var mta_sts_not_enforcing_namespaceObject = {};
__webpack_require__.r(mta_sts_not_enforcing_namespaceObject);
__webpack_require__.d(mta_sts_not_enforcing_namespaceObject, {
  checkDomain: () => (mta_sts_not_enforcing_checkDomain),
  meta: () => (mta_sts_not_enforcing_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/mta-sts-mx-not-covered.ts
var mta_sts_mx_not_covered_namespaceObject = {};
__webpack_require__.r(mta_sts_mx_not_covered_namespaceObject);
__webpack_require__.d(mta_sts_mx_not_covered_namespaceObject, {
  checkDomain: () => (mta_sts_mx_not_covered_checkDomain),
  meta: () => (mta_sts_mx_not_covered_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/tls-rpt-missing.ts
var tls_rpt_missing_namespaceObject = {};
__webpack_require__.r(tls_rpt_missing_namespaceObject);
__webpack_require__.d(tls_rpt_missing_namespaceObject, {
  checkDomain: () => (tls_rpt_missing_checkDomain),
  meta: () => (tls_rpt_missing_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/waiver-expired.ts
var waiver_expired_namespaceObject = {};
__webpack_require__.r(waiver_expired_namespaceObject);
__webpack_require__.d(waiver_expired_namespaceObject, {
  checkPolicy: () => (checkPolicy),
  meta: () => (waiver_expired_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/service-busy.ts
var service_busy_namespaceObject = {};
__webpack_require__.r(service_busy_namespaceObject);
__webpack_require__.d(service_busy_namespaceObject, {
  checks: () => (service_busy_checks),
  meta: () => (service_busy_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/dns-targets-skipped.ts
var dns_targets_skipped_namespaceObject = {};
__webpack_require__.r(dns_targets_skipped_namespaceObject);
__webpack_require__.d(dns_targets_skipped_namespaceObject, {
  checkDomain: () => (dns_targets_skipped_checkDomain),
  meta: () => (dns_targets_skipped_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/dane-missing.ts
var dane_missing_namespaceObject = {};
__webpack_require__.r(dane_missing_namespaceObject);
__webpack_require__.d(dane_missing_namespaceObject, {
  checkDomain: () => (dane_missing_checkDomain),
  meta: () => (dane_missing_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/dane-mismatch.ts
var dane_mismatch_namespaceObject = {};
__webpack_require__.r(dane_mismatch_namespaceObject);
__webpack_require__.d(dane_mismatch_namespaceObject, {
  checkDomain: () => (dane_mismatch_checkDomain),
  meta: () => (dane_mismatch_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/dnssec-insecure.ts
var dnssec_insecure_namespaceObject = {};
__webpack_require__.r(dnssec_insecure_namespaceObject);
__webpack_require__.d(dnssec_insecure_namespaceObject, {
  checkDomain: () => (dnssec_insecure_checkDomain),
  meta: () => (dnssec_insecure_meta)
});

// NAMESPACE OBJECT: ./src/rules/catalog/dane-unusable.ts
var dane_unusable_namespaceObject = {};
__webpack_require__.r(dane_unusable_namespaceObject);
__webpack_require__.d(dane_unusable_namespaceObject, {
  checkDomain: () => (dane_unusable_checkDomain),
  meta: () => (dane_unusable_meta)
});

// EXTERNAL MODULE: ./src/policy/services.ts + 1 modules
var services = __webpack_require__(10409);
// EXTERNAL MODULE: ./src/rules/describe.ts
var describe = __webpack_require__(54974);
// EXTERNAL MODULE: ./src/rules/probe-outcome.ts
var probe_outcome = __webpack_require__(81588);
// EXTERNAL MODULE: ./src/rules/reachability.ts
var reachability = __webpack_require__(1928);
// EXTERNAL MODULE: ./src/rules/rule.ts
var rule = __webpack_require__(10281);
// EXTERNAL MODULE: ./src/rules/server-docs.ts
var server_docs = __webpack_require__(32778);
;// CONCATENATED MODULE: ./src/rules/catalog/required-service-unreachable.ts






const meta = (0,rule/* defineRule */.K)({
    id: 'required-service-unreachable',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Required service unreachable',
    summary: 'A required service refuses, resets or times out.',
    what: 'A service the policy requires refused the connection, reset it, timed out, or its host name has no address.',
    why: 'Clients set up for the secure service cannot use it and may fall back to cleartext ports; RFC 8314 expects submission and mail access to be offered over TLS.',
    fix: 'Make sure the daemon listens on the port (a Postfix master.cf entry, a Dovecot inet_listener), that firewalls and security groups let it through, and that the host name has A/AAAA records.',
    references: ['RFC 8314 §3'],
    securitySeverity: '5.3',
    servers: {
        postfix: {
            file: 'master.cf',
            settings: [
                'submission inet  n       -       y       -       -       smtpd',
                '  -o syslog_name=postfix/submission',
                '  -o smtpd_sasl_auth_enable=yes',
                'submissions inet n       -       y       -       -       smtpd',
                '  -o syslog_name=postfix/submissions',
                '  -o smtpd_tls_wrappermode=yes',
                '  -o smtpd_sasl_auth_enable=yes',
            ].join('\n'),
            note: 'Port 25 is the smtp inet line, on by default. Submission takes smtpd_tls_security_level = may and smtpd_tls_auth_only = yes from main.cf, so it offers STARTTLS and announces AUTH only after it (-o smtpd_tls_security_level=encrypt also refuses every command but EHLO, STARTTLS and QUIT before TLS). Debian ships submission and submissions commented out in master.cf; uncomment them. main.cf inet_interfaces (default all) must include the address the policy probes. Apply with postfix reload, then check with ss -ltn.',
            docs: [{ label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' }, (0,server_docs/* postconf */.zZ)('syslog_name'), (0,server_docs/* postconf */.zZ)('smtpd_sasl_auth_enable'), (0,server_docs/* postconf */.zZ)('smtpd_tls_wrappermode'), (0,server_docs/* postconf */.zZ)('inet_interfaces')],
        },
        dovecot: {
            file: 'dovecot.conf and conf.d/10-master.conf',
            settings: [
                'protocols = imap pop3 sieve',
                'service imap-login {',
                '  inet_listener imaps {',
                '    port = 993',
                '    ssl = yes',
                '  }',
                '}',
                'service pop3-login {',
                '  inet_listener pop3s {',
                '    port = 995',
                '    ssl = yes',
                '  }',
                '}',
            ].join('\n'),
            note: 'A protocol listens only when it is in protocols and its package is installed (Debian: dovecot-imapd, dovecot-pop3d, dovecot-managesieved for sieve on 4190). listen (default *, ::) must include the probed address.',
            docs: [(0,server_docs/* dovecotSetting */.$c)('protocols'), (0,server_docs/* dovecotSetting */.$c)('listen'), { label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }],
        },
        exim: {
            file: 'the main configuration',
            settings: 'daemon_smtp_ports = 25 : 465 : 587\ntls_on_connect_ports = 465',
            note: 'On Debian, SMTPLISTENEROPTIONS in /etc/default/exim4 can override the ports; local_interfaces (dc_local_interfaces in update-exim4.conf.conf) must not restrict Exim to 127.0.0.1.',
            docs: [(0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration'), (0,server_docs/* exim */.sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl')],
        },
        nginx: {
            file: 'the http block',
            settings: [
                'server {',
                '    listen 443 ssl;',
                '    server_name mail.example.com;',
                '}',
            ].join('\n'),
            note: 'Also check firewalls and cloud security groups between the checker and the host, and that the name has A/AAAA records.',
            docs: [(0,server_docs/* nginx */.rQ)('core', 'listen'), (0,server_docs/* nginx */.rQ)('core', 'server_name')],
        },
    },
});
function checkRequiredReachable(endpoint, facts) {
    const rule = (0,probe_outcome/* failureRule */.d)(endpoint, facts);
    if (rule !== 'required-service-unreachable')
        return [];
    // A look-up that got no answer tested nothing: check-inconclusive says so, this rule does not.
    if ((0,reachability/* lookupUnanswered */.hH)(endpoint, facts.error))
        return [];
    if (facts.error !== null && (0,probe_outcome/* hungUpAtFirstContact */.L)(endpoint, facts.error)) {
        const retried = services/* SERVICES */.Bg[endpoint.service].transport === 'http' ? '' : ', also on the retry';
        const received = facts.plaintext?.greeting;
        return [
            {
                rule,
                message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} is required but the server hung up (closed or reset the connection) before the service said anything${retried}.`,
                evidence: received ? `received before the hang-up: ${received}` : 'nothing received before the hang-up',
            },
        ];
    }
    return [
        {
            rule,
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} is required but ${(0,reachability/* unreachableReason */.N4)(endpoint, facts.error)}.`,
            evidence: facts.error ? (0,describe/* errorEvidence */.OK)(facts.error) : (endpoint.resolveError ?? null),
        },
    ];
}
const checks = { require: checkRequiredReachable };

;// CONCATENATED MODULE: ./src/rules/catalog/forbidden-service-reachable.ts



const forbidden_service_reachable_meta = (0,rule/* defineRule */.K)({
    id: 'forbidden-service-reachable',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Forbidden service reachable',
    summary: 'A forbidden service accepts a connection.',
    what: 'A service the policy forbids, usually cleartext IMAP, POP3 or submission, accepted a TCP connection.',
    why: 'RFC 8314 deprecates cleartext mail access and submission: an open cleartext port invites clients to send passwords and mail unprotected.',
    fix: 'Stop listening on the port: in Dovecot set the listener to port = 0 (e.g. inet_listener imap in service imap-login), in Postfix remove the service from master.cf, or block the port at the firewall.',
    references: ['RFC 8314 §4.1'],
    cwe: '319',
    securitySeverity: '6.5',
    servers: {
        postfix: {
            file: 'master.cf',
            settings: '#submission inet  n       -       y       -       -       smtpd',
            note: 'Comment out (or delete) the service and the -o lines under it, then postfix reload. Never remove the smtp line of an MX host: port 25 is how other servers deliver mail.',
            docs: [{ label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' }],
        },
        dovecot: {
            file: 'conf.d/10-master.conf',
            settings: [
                'service imap-login {',
                '  inet_listener imap {',
                '    port = 0',
                '  }',
                '}',
                'service pop3-login {',
                '  inet_listener pop3 {',
                '    port = 0',
                '  }',
                '}',
            ].join('\n'),
            note: 'port = 0 closes the cleartext listener and keeps imaps and pop3s (993, 995). Apply with doveadm reload.',
            docs: [{ label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }],
        },
        exim: {
            file: 'the main configuration',
            settings: 'daemon_smtp_ports = 25 : 465',
            note: 'Lists only the ports Exim should listen on (here without 587).',
            docs: [(0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration')],
        },
        nginx: {
            file: 'the http block',
            settings: [
                'server {',
                '    listen 443 ssl;',
                '    server_name mail.example.com;',
                '}',
            ].join('\n'),
            note: 'Remove the server block that has listen 80 (or the listen 80 line). For webmail, a redirect to https on port 80 is usually the better choice: require http instead of forbidding it.',
            docs: [(0,server_docs/* nginx */.rQ)('core', 'listen')],
        },
    },
});
/**
 * Forbidden services: reaching them at all is the finding. A host name that did not resolve
 * shows nothing either way: check-inconclusive says so instead.
 */
function checkForbidden(endpoint, facts) {
    if (endpoint.address === null || facts.error?.kind === 'unresolved')
        return [];
    if (!facts.reachable)
        return [];
    return [
        {
            rule: 'forbidden-service-reachable',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} accepted a connection, but the policy forbids this service.`,
            evidence: facts.plaintext?.greeting ? `greeting: ${facts.plaintext.greeting}` : 'TCP connection accepted',
        },
    ];
}
const forbidden_service_reachable_checks = { forbid: checkForbidden };

;// CONCATENATED MODULE: ./src/rules/catalog/service-misbehaving.ts





const service_misbehaving_meta = (0,rule/* defineRule */.K)({
    id: 'service-misbehaving',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Service does not speak its protocol',
    summary: 'No greeting in time, a greeting too long, or garbage instead of the protocol.',
    what: 'The service accepted the connection but sent no greeting in time, sent a line longer than 8 KiB, or answered with something that is not its protocol.',
    why: 'A server that does not follow SMTP (RFC 5321), IMAP (RFC 9051), POP3 (RFC 1939) or ManageSieve (RFC 5804) cannot be checked for STARTTLS (RFC 3207, RFC 2595) or TLS at all, and often means the wrong daemon or a proxy sits on the port.',
    fix: 'Check which process answers on the port (not a TLS-only listener on a STARTTLS port, not an HTTP proxy) and that it greets promptly: slow reverse-DNS look-ups, exhausted worker pools or tarpits hold the greeting back.',
    references: ['RFC 5321 §3.1', 'RFC 9051', 'RFC 1939', 'RFC 5804'],
    securitySeverity: '4.3',
    servers: {
        postfix: {
            file: 'master.cf',
            settings: [
                'smtp      inet  n       -       y       -       -       smtpd',
                'submissions inet n       -       y       -       -       smtpd',
                '  -o smtpd_tls_wrappermode=yes',
            ].join('\n'),
            note: 'smtpd_tls_wrappermode=yes belongs on the submissions (465) service only: on 25 or 587 the server waits for a TLS handshake instead of greeting. With postscreen on port 25, its after-greeting tests and a long postscreen_greet_wait can hold the greeting back.',
            docs: [{ label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' }, (0,server_docs/* postconf */.zZ)('smtpd_tls_wrappermode'), (0,server_docs/* postconf */.zZ)('postscreen_greet_wait'), { label: 'Postfix postscreen', url: 'https://www.postfix.org/POSTSCREEN_README.html' }],
        },
        dovecot: {
            file: 'conf.d/10-master.conf',
            settings: [
                'service imap-login {',
                '  inet_listener imap {',
                '    port = 143',
                '  }',
                '  inet_listener imaps {',
                '    port = 993',
                '    ssl = yes',
                '  }',
                '}',
            ].join('\n'),
            note: 'ssl = yes inside a listener means implicit TLS: set it on 993 and 995 only, never on 143, 110 or 4190, which greet in cleartext and upgrade with STARTTLS.',
            docs: [{ label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }, { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
        },
        exim: {
            file: 'the main configuration',
            settings: 'tls_on_connect_ports = 465\nrfc1413_query_timeout = 0s',
            note: "tls_on_connect_ports must not list 25 or 587. An ident (RFC 1413) query to the client delays the greeting; a timeout of 0s turns it off. 0s is Exim's built-in default, so look for an override.",
            docs: [(0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration'), (0,server_docs/* exim */.sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl')],
        },
    },
});
function checkSpeaksProtocol(endpoint, facts) {
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) !== 'service-misbehaving')
        return [];
    return [
        {
            rule: 'service-misbehaving',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} ${(0,reachability/* misbehaviourReason */.XA)(facts.error)}.`,
            evidence: facts.error ? (0,describe/* errorEvidence */.OK)(facts.error) : null,
        },
    ];
}
const service_misbehaving_checks = { require: checkSpeaksProtocol };

;// CONCATENATED MODULE: ./src/rules/catalog/tls-handshake-failed.ts




const tls_handshake_failed_meta = (0,rule/* defineRule */.K)({
    id: 'tls-handshake-failed',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Implicit TLS handshake failed',
    summary: 'Implicit TLS does not complete.',
    what: 'A service on an implicit-TLS port (465, 993, 995, 443 or one the policy names) accepted the connection but the TLS handshake did not complete.',
    why: 'RFC 8314 §3 requires TLS to start as soon as the connection opens on these ports; without a completed handshake clients cannot use the service, and some retry on cleartext ports.',
    fix: 'Make sure the listener runs TLS (Postfix smtpd_tls_wrappermode = yes on the submissions service, Dovecot ssl = yes), that a readable certificate and key are configured, and that ssl_protocols / ssl_min_protocol allow TLS 1.2 and 1.3.',
    references: ['RFC 8314 §3', 'RFC 9325'],
    securitySeverity: '5.9',
    servers: {
        postfix: {
            file: 'master.cf',
            settings: [
                'submissions inet n       -       y       -       -       smtpd',
                '  -o syslog_name=postfix/submissions',
                '  -o smtpd_tls_wrappermode=yes',
                '  -o smtpd_sasl_auth_enable=yes',
            ].join('\n'),
            note: 'The certificate comes from smtpd_tls_chain_files in main.cf. The reason of a failed handshake is in the mail log with smtpd_tls_loglevel = 1.',
            docs: [{ label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' }, (0,server_docs/* postconf */.zZ)('syslog_name'), (0,server_docs/* postconf */.zZ)('smtpd_tls_wrappermode'), (0,server_docs/* postconf */.zZ)('smtpd_sasl_auth_enable'), (0,server_docs/* postconf */.zZ)('smtpd_tls_loglevel')],
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf and conf.d/10-master.conf',
            settings: [
                'ssl = yes',
                `ssl_cert = <${server_docs/* LIVE */.L8}/fullchain.pem`,
                `ssl_key = <${server_docs/* LIVE */.L8}/privkey.pem`,
                'ssl_min_protocol = TLSv1.2',
                'service imap-login {',
                '  inet_listener imaps {',
                '    port = 993',
                '    ssl = yes',
                '  }',
                '}',
            ].join('\n'),
            note: 'With ssl = no, the imaps and pop3s listeners cannot do TLS at all. doveconf -n shows what Dovecot actually reads.',
            docs: [(0,server_docs/* dovecotSetting */.$c)('ssl'), (0,server_docs/* dovecotSetting */.$c)('ssl_cert'), (0,server_docs/* dovecotSetting */.$c)('ssl_key'), (0,server_docs/* dovecotSetting */.$c)('ssl_min_protocol'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }, { label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }],
        },
        exim: {
            file: 'the main configuration',
            settings: [
                'tls_on_connect_ports = 465',
                `tls_certificate = ${server_docs/* LIVE */.L8}/fullchain.pem`,
                `tls_privatekey = ${server_docs/* LIVE */.L8}/privkey.pem`,
            ].join('\n'),
            note: 'Port 465 must also be in daemon_smtp_ports.',
            docs: [(0,server_docs/* exim */.sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), (0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration')],
        },
        nginx: {
            file: 'the server block for the host',
            settings: [
                'listen 443 ssl;',
                `ssl_certificate ${server_docs/* LIVE */.L8}/fullchain.pem;`,
                `ssl_certificate_key ${server_docs/* LIVE */.L8}/privkey.pem;`,
                'ssl_protocols TLSv1.2 TLSv1.3;',
            ].join('\n'),
            note: 'The ssl parameter on listen turns TLS on; without it nginx answers plain HTTP on 443. nginx -t checks the configuration before a reload.',
            docs: [(0,server_docs/* nginx */.rQ)('core', 'listen'), (0,server_docs/* nginx */.rQ)('ssl', 'ssl_certificate'), (0,server_docs/* nginx */.rQ)('ssl', 'ssl_certificate_key'), (0,server_docs/* nginx */.rQ)('ssl', 'ssl_protocols')],
        },
    },
});
function checkImplicitHandshake(endpoint, facts) {
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) !== 'tls-handshake-failed')
        return [];
    const evidence = [
        facts.error ? (0,describe/* errorEvidence */.OK)(facts.error) : null,
        facts.tls?.error ? `TLS: ${facts.tls.error}` : null,
    ].filter((part) => part !== null);
    return [
        {
            rule: 'tls-handshake-failed',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} accepted a connection but the TLS handshake did not complete.`,
            evidence: evidence.length > 0 ? evidence.join('; ') : null,
        },
    ];
}
const tls_handshake_failed_checks = { require: checkImplicitHandshake };

;// CONCATENATED MODULE: ./src/rules/plaintext.ts

/** The command that upgrades the service to TLS, as its protocol names it (STARTTLS, POP3's STLS). */
function upgradeCommand(endpoint) {
    return services/* SERVICES */.Bg[endpoint.service].upgradeWord ?? 'STARTTLS';
}
/**
 * What a client could send a password with before TLS: the fact the dialogue recorded (SASL
 * mechanisms, plus the protocol's own cleartext login where it has one: IMAP LOGIN without
 * LOGINDISABLED, POP3 USER), upper-cased and sorted.
 */
function authOfferedBeforeTls(endpoint, facts) {
    const plaintext = facts.plaintext;
    // On implicit-TLS ports everything the server says is already inside TLS.
    if (plaintext === null || services/* SERVICES */.Bg[endpoint.service].transport !== 'starttls')
        return [];
    return [...new Set(plaintext.authBeforeTls.map((mechanism) => mechanism.toUpperCase()))].sort();
}

;// CONCATENATED MODULE: ./src/rules/catalog/starttls-not-offered.ts





const starttls_not_offered_meta = (0,rule/* defineRule */.K)({
    id: 'starttls-not-offered',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'STARTTLS not offered',
    summary: 'A required plaintext service does not advertise STARTTLS (STLS for POP3).',
    what: 'A required plaintext service (SMTP, submission, IMAP, POP3 or ManageSieve) does not advertise STARTTLS (STLS in POP3) before TLS.',
    why: 'Without the upgrade defined by RFC 3207, RFC 2595 and RFC 5804, mail and passwords cross the network in cleartext, which RFC 8314 deprecates for submission and mail access.',
    fix: 'Configure a certificate and turn the upgrade on: Postfix smtpd_tls_security_level = may with smtpd_tls_chain_files (and smtpd_tls_auth_only = yes, or encrypt on 587); Dovecot ssl = yes (or required) with ssl_cert and ssl_key.',
    references: ['RFC 3207', 'RFC 2595', 'RFC 5804 §2.2', 'RFC 8314'],
    cwe: '319',
    securitySeverity: '7.4',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: `smtpd_tls_chain_files = ${server_docs/* LIVE */.L8}/privkey.pem, ${server_docs/* LIVE */.L8}/fullchain.pem\nsmtpd_tls_security_level = may`,
            note: 'may offers STARTTLS on port 25 without refusing senders that cannot use it (RFC 3207 forbids requiring TLS on a public MX). On submission (587), smtpd_tls_auth_only = yes keeps AUTH until after STARTTLS; to refuse every mail transaction before TLS as well, add -o smtpd_tls_security_level=encrypt to its master.cf entry. Apply with postfix reload.',
            docs: [(0,server_docs/* postconf */.zZ)('smtpd_tls_chain_files'), (0,server_docs/* postconf */.zZ)('smtpd_tls_security_level'), { label: 'Postfix TLS support', url: 'https://www.postfix.org/TLS_README.html' }],
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: [
                'ssl = yes',
                `ssl_cert = <${server_docs/* LIVE */.L8}/fullchain.pem`,
                `ssl_key = <${server_docs/* LIVE */.L8}/privkey.pem`,
            ].join('\n'),
            note: 'ssl = yes makes IMAP advertise STARTTLS, POP3 STLS and ManageSieve STARTTLS; with disable_plaintext_auth = yes (the default) no cleartext login is accepted before TLS. ssl = required also refuses every other mechanism before TLS. Apply with doveadm reload.',
            docs: [(0,server_docs/* dovecotSetting */.$c)('ssl'), (0,server_docs/* dovecotSetting */.$c)('ssl_cert'), (0,server_docs/* dovecotSetting */.$c)('ssl_key'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
        },
        exim: {
            file: 'the main configuration',
            settings: [
                'tls_advertise_hosts = *',
                `tls_certificate = ${server_docs/* LIVE */.L8}/fullchain.pem`,
                `tls_privatekey = ${server_docs/* LIVE */.L8}/privkey.pem`,
            ].join('\n'),
            note: "Exim offers STARTTLS only to hosts matching tls_advertise_hosts (default *), so look for an override that empties it. Without tls_certificate, Exim still offers STARTTLS but with a self-signed certificate that clients cannot verify. Debian's split configuration: MAIN_TLS_ENABLE = yes in a local macro file sets tls_advertise_hosts = *, with the files from MAIN_TLS_CERTIFICATE and MAIN_TLS_PRIVATEKEY (default /etc/exim4/exim.crt and /etc/exim4/exim.key).",
            docs: [(0,server_docs/* exim */.sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), (0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration')],
        },
    },
});
/**
 * Judged only once the capability list was read in full: a dialogue cut short before it
 * says nothing about STARTTLS, and is reported by the reachability rules instead.
 */
function checkStarttlsOffered(endpoint, facts) {
    if (services/* SERVICES */.Bg[endpoint.service].transport !== 'starttls')
        return [];
    const plaintext = facts.plaintext;
    if (plaintext === null || plaintext.starttls)
        return [];
    const step = facts.error?.step;
    if (step === 'resolve' || step === 'connect' || step === 'greeting' || step === 'capabilities')
        return [];
    return [
        {
            rule: 'starttls-not-offered',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} does not advertise ${upgradeCommand(endpoint)}, so clients must talk in cleartext.`,
            evidence: `capabilities: ${plaintext.capabilities.length > 0 ? (0,describe/* listOf */.c3)(plaintext.capabilities) : '(none)'}`,
        },
    ];
}
const starttls_not_offered_checks = { require: checkStarttlsOffered };

;// CONCATENATED MODULE: ./src/rules/catalog/starttls-failed.ts





const starttls_failed_meta = (0,rule/* defineRule */.K)({
    id: 'starttls-failed',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'STARTTLS upgrade failed',
    summary: 'STARTTLS is refused, or the upgraded handshake fails.',
    what: 'The server advertised STARTTLS (or STLS) but refused the command, or the TLS handshake that followed did not complete.',
    why: 'A broken upgrade leaves clients to give up or carry on in cleartext, and opportunistic SMTP senders silently fall back to cleartext (RFC 3207, RFC 2595).',
    fix: 'Read the server log at the time of the check: usually the certificate or key cannot be read (Postfix smtpd_tls_chain_files, Dovecot ssl_cert / ssl_key), or the protocol and cipher settings share nothing with current clients.',
    references: ['RFC 3207 §4', 'RFC 2595', 'RFC 5804 §2.2'],
    cwe: '319',
    securitySeverity: '7.4',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: [
                `smtpd_tls_chain_files = ${server_docs/* LIVE */.L8}/privkey.pem, ${server_docs/* LIVE */.L8}/fullchain.pem`,
                'smtpd_tls_protocols = >=TLSv1.2',
                'smtpd_tls_mandatory_protocols = >=TLSv1.2',
                'smtpd_tls_loglevel = 1',
            ].join('\n'),
            note: 'With smtpd_tls_loglevel = 1 the mail log says why each handshake failed. An unreadable key or a key that does not match its certificate makes Postfix log a warning and refuse STARTTLS.',
            docs: [(0,server_docs/* postconf */.zZ)('smtpd_tls_chain_files'), (0,server_docs/* postconf */.zZ)('smtpd_tls_protocols'), (0,server_docs/* postconf */.zZ)('smtpd_tls_mandatory_protocols'), (0,server_docs/* postconf */.zZ)('smtpd_tls_loglevel')],
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf and conf.d/10-logging.conf',
            settings: [
                `ssl_cert = <${server_docs/* LIVE */.L8}/fullchain.pem`,
                `ssl_key = <${server_docs/* LIVE */.L8}/privkey.pem`,
                'ssl_min_protocol = TLSv1.2',
                'verbose_ssl = yes',
            ].join('\n'),
            note: 'verbose_ssl = yes logs the TLS errors of each connection; turn it off again once fixed.',
            docs: [(0,server_docs/* dovecotSetting */.$c)('ssl_cert'), (0,server_docs/* dovecotSetting */.$c)('ssl_key'), (0,server_docs/* dovecotSetting */.$c)('ssl_min_protocol'), (0,server_docs/* dovecotSetting */.$c)('verbose_ssl')],
        },
        exim: {
            file: 'the main configuration',
            settings: [
                `tls_certificate = ${server_docs/* LIVE */.L8}/fullchain.pem`,
                `tls_privatekey = ${server_docs/* LIVE */.L8}/privkey.pem`,
                'log_selector = +tls_cipher +tls_peerdn',
            ].join('\n'),
            note: "Exim logs every failed TLS negotiation in its main log (Debian: /var/log/exim4/mainlog) with the reason (TLS error on connection ...), whatever log_selector says. tls_cipher (on by default) and tls_peerdn add the cipher and the client certificate's DN to the lines of messages received over TLS.",
            docs: [(0,server_docs/* exim */.sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), (0,server_docs/* exim */.sI)('Log files', 'ch-log_files')],
        },
    },
});
function checkStarttlsUpgrade(endpoint, facts) {
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) !== 'starttls-failed')
        return [];
    const refused = facts.error?.kind === 'starttls-refused';
    const evidence = [
        facts.plaintext?.starttlsReply ? `reply: ${facts.plaintext.starttlsReply}` : null,
        facts.error ? (0,describe/* errorEvidence */.OK)(facts.error) : null,
        facts.tls?.error ? `TLS: ${facts.tls.error}` : null,
    ].filter((part) => part !== null);
    return [
        {
            rule: 'starttls-failed',
            message: refused
                ? `${(0,describe/* describeEndpoint */.N2)(endpoint)} advertises ${upgradeCommand(endpoint)} but refused it.`
                : `${(0,describe/* describeEndpoint */.N2)(endpoint)} accepted ${upgradeCommand(endpoint)} but the TLS handshake did not complete.`,
            evidence: evidence.length > 0 ? evidence.join('; ') : null,
        },
    ];
}
const starttls_failed_checks = { require: checkStarttlsUpgrade };

;// CONCATENATED MODULE: ./src/rules/catalog/plaintext-auth-offered.ts




const plaintext_auth_offered_meta = (0,rule/* defineRule */.K)({
    id: 'plaintext-auth-offered',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Authentication offered before TLS',
    summary: 'Authentication is offered before TLS.',
    what: 'Authentication is offered on the cleartext connection: SASL mechanisms before STARTTLS, IMAP LOGIN without LOGINDISABLED, or the POP3 USER command.',
    why: 'Passwords sent before TLS can be read by anyone on the path; RFC 2595 requires servers to be able to refuse cleartext logins without TLS, and RFC 8314 deprecates cleartext authentication.',
    fix: 'Offer authentication only after TLS: Postfix smtpd_tls_auth_only = yes; Dovecot disable_plaintext_auth = yes (auth_allow_cleartext = no from Dovecot 2.4), which also makes IMAP advertise LOGINDISABLED.',
    references: ['RFC 2595', 'RFC 5804', 'RFC 8314'],
    cwe: '523',
    securitySeverity: '7.5',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_auth_only = yes',
            note: 'Postfix then announces and accepts AUTH only after STARTTLS, on every smtpd with smtpd_sasl_auth_enable = yes (typically submission on 587) and smtpd_tls_security_level = may. smtpd_tls_security_level = encrypt implies it. Apply with postfix reload.',
            docs: [(0,server_docs/* postconf */.zZ)('smtpd_tls_auth_only'), (0,server_docs/* postconf */.zZ)('smtpd_tls_security_level'), (0,server_docs/* postconf */.zZ)('smtpd_sasl_auth_enable')],
        },
        dovecot: {
            file: 'conf.d/10-auth.conf',
            settings: 'disable_plaintext_auth = yes',
            note: 'Dovecot 2.3; yes is its default, so look for an override to no (doveconf disable_plaintext_auth). Dovecot 2.4 renames it: auth_allow_cleartext = no. IMAP then advertises LOGINDISABLED and POP3 refuses USER before TLS. ssl = required goes further and refuses every mechanism before TLS. Dovecot always allows cleartext logins from its own addresses and from login_trusted_networks, so keep that list to proxies you run.',
            docs: [(0,server_docs/* dovecotSetting */.$c)('disable_plaintext_auth'), (0,server_docs/* dovecotSetting */.$c)('login_trusted_networks'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
        },
        exim: {
            file: 'the main configuration',
            settings: 'auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}',
            note: "Advertises AUTH only once the session is encrypted. Alternatively set server_advertise_condition = ${if eq{$tls_in_cipher}{}{}{*}} on each PLAIN and LOGIN authenticator, as Debian's example authenticators do.",
            docs: [(0,server_docs/* exim */.sI)('SMTP authentication', 'ch-smtp_authentication'), (0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration')],
        },
    },
});
function checkPlaintextAuth(endpoint, facts) {
    const offered = authOfferedBeforeTls(endpoint, facts);
    if (offered.length === 0)
        return [];
    return [
        {
            rule: 'plaintext-auth-offered',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} offers authentication before TLS (${(0,describe/* listOf */.c3)(offered)}), so passwords can cross the network in cleartext.`,
            evidence: `before TLS: ${(0,describe/* listOf */.c3)(offered)}`,
        },
    ];
}
const plaintext_auth_offered_checks = { require: checkPlaintextAuth };

;// CONCATENATED MODULE: ./src/rules/catalog/starttls-command-injection.ts





const starttls_command_injection_meta = (0,rule/* defineRule */.K)({
    id: 'starttls-command-injection',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Plaintext commands executed inside TLS',
    summary: 'Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class).',
    what: 'A command sent in cleartext in the same packet as STARTTLS was kept by the server and executed after the handshake, as if it had been sent inside TLS.',
    why: "An attacker on the path can inject commands into the client's protected session (CVE-2011-0411 and its IMAP and POP3 relatives); RFC 3207 §4.2 requires the server to forget everything from before the handshake.",
    fix: 'Upgrade the mail server: Postfix and most MTAs and IMAP/POP3 servers fixed this in 2011. Any proxy or load balancer that terminates STARTTLS itself must discard its input buffer when TLS starts.',
    references: ['CVE-2011-0411', 'RFC 3207 §4.2', 'RFC 2595'],
    cwe: '74',
    securitySeverity: '8.1',
    servers: {
        postfix: {
            file: 'shell',
            settings: 'postconf mail_version',
            note: 'Postfix fixed CVE-2011-0411 in March 2011, in every release line it supported then; any Postfix from a current distribution is fixed. If the finding persists, something in front of Postfix (a proxy or load balancer that handles STARTTLS itself) keeps the cleartext buffer.',
            docs: [{ label: 'postconf(1)', url: 'https://www.postfix.org/postconf.1.html' }, (0,server_docs/* postconf */.zZ)('mail_version')],
        },
        dovecot: {
            file: 'shell',
            settings: 'dovecot --version',
            note: 'Run a supported Dovecot release from your distribution, and check any IMAP or POP3 proxy in front of it: it must discard whatever the client sent before the TLS handshake.',
            docs: [{ label: 'Dovecot security', url: 'https://doc.dovecot.org/2.3/admin_manual/security/' }],
        },
        exim: {
            file: 'shell',
            settings: 'exim -bV',
            note: 'Run a supported Exim release; Exim discards input received before the TLS handshake. A proxy in front of Exim must do the same.',
            docs: [(0,server_docs/* exim */.sI)('The Exim command line', 'ch-the_exim_command_line')],
        },
    },
});
function checkCommandInjection(endpoint, facts) {
    if (services/* SERVICES */.Bg[endpoint.service].transport !== 'starttls' || facts.plaintext?.commandInjection !== true)
        return [];
    return [
        {
            rule: 'starttls-command-injection',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} executed a command pipelined after ${upgradeCommand(endpoint)} inside the TLS session.`,
            evidence: [
                'a command sent in the same packet as the upgrade was answered after the handshake',
                facts.plaintext.starttlsReply ? `reply to ${upgradeCommand(endpoint)}: ${facts.plaintext.starttlsReply}` : null,
            ]
                .filter((part) => part !== null)
                .join('; '),
        },
    ];
}
const starttls_command_injection_checks = { require: checkCommandInjection };

// EXTERNAL MODULE: ./src/rules/http.ts
var http = __webpack_require__(58751);
;// CONCATENATED MODULE: ./src/rules/catalog/http-not-redirected.ts





const http_not_redirected_meta = (0,rule/* defineRule */.K)({
    id: 'http-not-redirected',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'web-server',
    inconclusive: false,
    title: 'HTTP not redirected to HTTPS',
    summary: 'Port 80 does not redirect to https:// on the same host.',
    what: 'Port 80 does not answer with a redirect (301, 302, 303, 307 or 308) whose Location is an absolute https:// URL on the same host and port 443.',
    why: 'Webmail over cleartext HTTP exposes logins and session cookies; a redirect to HTTPS on the same name (ideally with HSTS, RFC 6797) keeps users on the protected site.',
    fix: 'Redirect every request to HTTPS on the same name, e.g. nginx return 301 https://$host$request_uri; in the port-80 server block, or Apache Redirect permanent / https://mail.example.com/.',
    references: ['RFC 9110 §15.4', 'RFC 6797'],
    cwe: '319',
    securitySeverity: '5.4',
    servers: {
        nginx: {
            file: 'the http block',
            settings: [
                'server {',
                '    listen 80;',
                '    server_name mail.example.com;',
                '    return 301 https://$host$request_uri;',
                '}',
                'server {',
                '    listen 443 ssl;',
                '    server_name mail.example.com;',
                '    add_header Strict-Transport-Security "max-age=31536000" always;',
                '}',
            ].join('\n'),
            note: '$host is the name the browser asked for (from the request line or Host header, else server_name), so the redirect stays on the same host. Add listen [::]:80; when the host has an AAAA record. HSTS (RFC 6797) on the HTTPS server keeps browsers from trying cleartext again. With Apache: Redirect permanent / https://mail.example.com/ in the port-80 VirtualHost.',
            docs: [(0,server_docs/* nginx */.rQ)('core', 'listen'), (0,server_docs/* nginx */.rQ)('core', 'server_name'), (0,server_docs/* nginx */.rQ)('rewrite', 'return'), (0,server_docs/* nginx */.rQ)('core', 'var_host'), (0,server_docs/* nginx */.rQ)('headers', 'add_header')],
        },
    },
});
function checkHttpRedirect(endpoint, facts) {
    if (endpoint.service !== 'http' || facts.http === null)
        return [];
    // A dialogue that broke down is service-misbehaving; judging its redirect would say it twice.
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) !== null)
        return [];
    const { status, location } = facts.http;
    const problem = (0,http/* redirectProblem */.u)(endpoint.host, status, location);
    if (problem === null)
        return [];
    return [
        {
            rule: 'http-not-redirected',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} does not redirect to https://${endpoint.host}/: ${problem}.`,
            evidence: `status: ${status ?? '(none)'}; Location: ${location ?? '(none)'}${facts.http.error ? `; error: ${facts.http.error}` : ''}`,
        },
    ];
}
const http_not_redirected_checks = { require: checkHttpRedirect };

// EXTERNAL MODULE: ./src/rules/tls-session.ts
var tls_session = __webpack_require__(46963);
// EXTERNAL MODULE: ./src/rules/ciphers.ts
var ciphers = __webpack_require__(97083);
;// CONCATENATED MODULE: ./src/rules/catalog/tls-version-legacy.ts





const tls_version_legacy_meta = (0,rule/* defineRule */.K)({
    id: 'tls-version-legacy',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Legacy TLS version accepted',
    summary: 'A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted.',
    what: "The server completes a handshake with a TLS version below the policy's min-version (TLS 1.0 or 1.1 with the usual minimum of 1.2), or below the floor of the service's profile where that is higher: TLS 1.3 under modern (Mozilla's modern configuration is TLS 1.3 only), TLS 1.2 under intermediate.",
    why: 'RFC 8996 deprecates TLS 1.0 and 1.1 (RFC 8997 for mail) and RFC 9325 requires TLS 1.2 or later; accepting old versions lets an attacker on the path push clients onto weaker cryptography.',
    fix: 'Allow only TLS 1.2 and 1.3: Postfix smtpd_tls_protocols = >=TLSv1.2 and smtpd_tls_mandatory_protocols = >=TLSv1.2; Dovecot ssl_min_protocol = TLSv1.2; nginx ssl_protocols TLSv1.2 TLSv1.3;. Where old versions are accepted on purpose (opportunistic TLS on port 25, RFC 7435), say so in the policy rather than with a waiver: give that service its own minimum, { service: smtp, tls: { min-version: "1.0" } }.',
    references: ['RFC 8996', 'RFC 8997', 'RFC 9325 §3.1.1'],
    cwe: '327',
    securitySeverity: '5.3',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2',
            note: 'The >= syntax needs Postfix 3.6 or later; older releases: smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 (and the same for smtpd_tls_mandatory_protocols). The first is used with opportunistic TLS (port 25), the second where TLS is required (encrypt, and wrapper mode on 465).',
            docs: [(0,server_docs/* postconf */.zZ)('smtpd_tls_protocols'), (0,server_docs/* postconf */.zZ)('smtpd_tls_mandatory_protocols')],
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: 'ssl_min_protocol = TLSv1.2',
            note: 'TLSv1.2 is the default of Dovecot 2.3 and 2.4: look for an override (doveconf ssl_min_protocol), including inside local and local_name blocks. Remove any ssl_cipher_list with @SECLEVEL=0 kept for old clients.',
            docs: [(0,server_docs/* dovecotSetting */.$c)('ssl_min_protocol'), (0,server_docs/* dovecotSetting */.$c)('ssl_cipher_list')],
        },
        exim: {
            file: 'the main configuration',
            settings: 'tls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1',
            note: "For Exim built with GnuTLS (Debian's exim4 packages): tls_require_ciphers is a GnuTLS priority string, and GnuTLS's NORMAL still includes TLS 1.0 and 1.1. With OpenSSL instead: openssl_options = +no_sslv3 +no_tlsv1 +no_tlsv1_1, since Exim's default (+no_sslv2 +no_sslv3 +single_dh_use +no_ticket +no_renegotiation) leaves TLS 1.0 and 1.1 on. Never set openssl_options with GnuTLS: Exim refuses the configuration. exim -bV checks either.",
            docs: [(0,server_docs/* exim */.sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), (0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration')],
        },
        nginx: {
            file: 'every server block on the address (or the http block)',
            settings: 'ssl_protocols TLSv1.2 TLSv1.3;',
            note: 'nginx takes the protocols of a listening address from its default server block, so set it there too, or once in the http block.',
            docs: [(0,server_docs/* nginx */.rQ)('ssl', 'ssl_protocols')],
        },
    },
});
function checkLegacyVersions(endpoint, facts) {
    if (facts.tls?.version == null)
        return [];
    const { version: minimum, byProfile } = (0,tls_session/* minimumOf */.o)(endpoint.settings.tls);
    const seen = (0,tls_session/* versionsSeen */.bW)(facts);
    const legacy = seen.filter((version) => (0,tls_session/* belowMinimum */.GR)(version, minimum));
    if (legacy.length === 0)
        return [];
    const whose = byProfile === null ? "the policy's minimum" : `the minimum of the profile ${byProfile} (${ciphers/* MOZILLA_GUIDELINES */.Xm})`;
    return [
        {
            rule: 'tls-version-legacy',
            setting: byProfile === null ? 'tls.min-version' : 'tls.profile',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} accepts ${(0,describe/* listOf */.c3)(legacy)}, below ${whose} of TLS ${minimum}.`,
            evidence: `accepted: ${(0,describe/* listOf */.c3)(seen)}`,
        },
    ];
}
const tls_version_legacy_checks = { require: checkLegacyVersions };

;// CONCATENATED MODULE: ./src/rules/catalog/tls13-not-supported.ts




const tls13_not_supported_meta = (0,rule/* defineRule */.K)({
    id: 'tls13-not-supported',
    defaultSeverity: 'off',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'TLS 1.3 not supported',
    summary: 'TLS 1.3 is not negotiated (off unless enabled here).',
    what: 'The server does not accept TLS 1.3. Off unless the policy turns it on.',
    why: 'RFC 9325 recommends TLS 1.3: it drops legacy key exchange and cipher suites and encrypts more of the handshake. A well-configured TLS 1.2 is still acceptable, hence off by default.',
    fix: 'Run the server against OpenSSL 1.1.1 or later and do not cap the version: Postfix smtpd_tls_protocols = >=TLSv1.2, Dovecot ssl_min_protocol = TLSv1.2 without ssl_max_protocol, nginx ssl_protocols TLSv1.2 TLSv1.3;.',
    references: ['RFC 9325 §3.1.1', 'RFC 8446'],
    securitySeverity: '2.0',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2',
            note: 'No upper bound (no <=TLSv1.2, no !TLSv1.3). TLS 1.3 needs Postfix 3.4 or later built with OpenSSL 1.1.1 or later.',
            docs: [(0,server_docs/* postconf */.zZ)('smtpd_tls_protocols'), (0,server_docs/* postconf */.zZ)('smtpd_tls_mandatory_protocols')],
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: 'ssl_min_protocol = TLSv1.2',
            note: 'Dovecot 2.3 sets only a lower bound (ssl_min_protocol), so TLS 1.3 is on whenever Dovecot runs with OpenSSL 1.1.1 or later.',
            docs: [(0,server_docs/* dovecotSetting */.$c)('ssl_min_protocol')],
        },
        exim: {
            file: 'the main configuration',
            settings: 'tls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1',
            note: 'Do not remove VERS-TLS1.3 from the GnuTLS priority string (or add +no_tlsv1_3 to openssl_options). TLS 1.3 needs GnuTLS 3.6.5 or OpenSSL 1.1.1 or later.',
            docs: [(0,server_docs/* exim */.sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), (0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration')],
        },
        nginx: {
            file: 'every server block on the address (or the http block)',
            settings: 'ssl_protocols TLSv1.2 TLSv1.3;',
            note: 'TLS 1.3 needs nginx 1.13.0 or later built with OpenSSL 1.1.1 or later (nginx -V shows both).',
            docs: [(0,server_docs/* nginx */.rQ)('ssl', 'ssl_protocols')],
        },
    },
});
function checkTls13(endpoint, facts) {
    if (facts.tls?.version == null)
        return [];
    const seen = (0,tls_session/* versionsSeen */.bW)(facts);
    if (seen.includes('TLSv1.3'))
        return [];
    return [
        {
            rule: 'tls13-not-supported',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} does not accept TLS 1.3.`,
            evidence: `accepted: ${(0,describe/* listOf */.c3)(seen)}`,
        },
    ];
}
const tls13_not_supported_checks = { require: checkTls13 };

// EXTERNAL MODULE: ./src/rules/certificate.ts
var rules_certificate = __webpack_require__(3968);
;// CONCATENATED MODULE: ./src/rules/catalog/certificate-untrusted.ts




const certificate_untrusted_meta = (0,rule/* defineRule */.K)({
    id: 'certificate-untrusted',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Certificate not trusted',
    summary: 'The chain does not reach a trusted root; self-signed included.',
    what: "OpenSSL does not verify the certificate chain up to a trusted root (the roots the trust setting selects, plus any ca-file): no path to one, a self-signed certificate, or a chain that breaks a rule of its own (name constraints, key usage, an unknown critical extension, an expired or weak intermediate). The leaf's own dates and weak key or signature are reported by certificate-expired and certificate-weak instead. Checked only when certificate verify is on.",
    why: 'Clients that validate the chain (RFC 5280 §6), as RFC 8314 asks mail clients to, refuse the connection; clients that do not validate are open to interception.',
    fix: 'Use a certificate from a public CA and serve the full chain, leaf first: Postfix smtpd_tls_chain_files, Dovecot ssl_cert with the full-chain file, nginx ssl_certificate with fullchain.pem. An MX host secured by DANE-EE TLSA records (RFC 7672) may set certificate verify to false instead.',
    references: ['RFC 5280 §6', 'RFC 8314', 'RFC 7672'],
    cwe: '295',
    securitySeverity: '7.4',
    servers: {
        ...server_docs/* CERTIFICATE_CHAIN */.Gx,
        postfix: {
            ...server_docs/* CERTIFICATE_CHAIN */.Gx.postfix,
            note: `${server_docs/* CERTIFICATE_CHAIN */.Gx.postfix.note} A port-25 MX with DANE TLSA records (RFC 7672) may use a certificate from a private CA; set certificate verify: false for it in the policy.`,
        },
    },
});
function checkTrust(endpoint, facts) {
    const certificate = (0,rules_certificate/* certificateOf */.tq)(facts);
    if (certificate === null || !endpoint.settings.certificate.verify || certificate.trusted)
        return [];
    const selfSigned = certificate.subject === certificate.issuer || /SELF_SIGNED/i.test(certificate.error ?? '');
    const evidence = [
        certificate.error ? `error: ${certificate.error}` : null,
        `subject: ${certificate.subject}`,
        `issuer: ${certificate.issuer}`,
    ].filter((part) => part !== null);
    return [
        {
            rule: 'certificate-untrusted',
            setting: 'certificate.verify',
            message: selfSigned
                ? `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a self-signed certificate.`
                : `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a certificate that does not chain to a trusted root.`,
            evidence: evidence.join('; '),
        },
    ];
}
const certificate_untrusted_checks = { require: checkTrust };

;// CONCATENATED MODULE: ./src/rules/catalog/certificate-name-mismatch.ts




const certificate_name_mismatch_meta = (0,rule/* defineRule */.K)({
    id: 'certificate-name-mismatch',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Certificate does not name the host',
    summary: 'No subject alternative name matches the host.',
    what: 'No subject alternative name in the certificate matches the host name in the policy (for an IP literal, no matching IP address SAN). Checked only when certificate verify is on.',
    why: 'RFC 7817 and RFC 6125 define how mail clients match the server name; a mismatch makes validating clients refuse and trains users to accept interception.',
    fix: 'Put the name clients use into the certificate as a DNS SAN (a wildcard covers one label only); on servers with several names, serve the right certificate per name (Dovecot local_name, Postfix tls_server_sni_maps, nginx server_name).',
    references: ['RFC 7817 §3', 'RFC 6125 §6'],
    cwe: '297',
    securitySeverity: '7.4',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: [
                `smtpd_tls_chain_files = ${server_docs/* LIVE */.L8}/privkey.pem, ${server_docs/* LIVE */.L8}/fullchain.pem`,
                'indexed = ${default_database_type}:${config_directory}/',
                'tls_server_sni_maps = ${indexed}sni',
            ].join('\n'),
            note: 'The default certificate must name the MX host (mail.example.com, not example.com). For further names, tls_server_sni_maps (Postfix 3.4 and later) maps each name to its own key-and-chain file, one line per name in /etc/postfix/sni (e.g. imap.example.net /etc/postfix/sni-chains/example.net.pem); build it with postmap -F, and list the default name there too.',
            docs: [(0,server_docs/* postconf */.zZ)('smtpd_tls_chain_files'), (0,server_docs/* postconf */.zZ)('tls_server_sni_maps'), (0,server_docs/* postconf */.zZ)('default_database_type'), (0,server_docs/* postconf */.zZ)('config_directory')],
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: [
                `ssl_cert = <${server_docs/* LIVE */.L8}/fullchain.pem`,
                `ssl_key = <${server_docs/* LIVE */.L8}/privkey.pem`,
                'local_name imap.example.net {',
                '  ssl_cert = </etc/letsencrypt/live/imap.example.net/fullchain.pem',
                '  ssl_key = </etc/letsencrypt/live/imap.example.net/privkey.pem',
                '}',
            ].join('\n'),
            note: 'local_name picks the certificate by the name the client sends (SNI); clients that send no SNI get the default.',
            docs: [(0,server_docs/* dovecotSetting */.$c)('ssl_cert'), (0,server_docs/* dovecotSetting */.$c)('ssl_key'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
        },
        exim: {
            file: 'the main configuration',
            settings: `tls_certificate = ${server_docs/* LIVE */.L8}/fullchain.pem\ntls_privatekey = ${server_docs/* LIVE */.L8}/privkey.pem`,
            note: 'For several names, use one certificate that lists them all, or expand the file name from the name the client asked for ($tls_in_sni).',
            docs: [(0,server_docs/* exim */.sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), (0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration')],
        },
        nginx: {
            file: 'one server block per name',
            settings: [
                'server {',
                '    listen 443 ssl;',
                '    server_name mail.example.com;',
                `    ssl_certificate ${server_docs/* LIVE */.L8}/fullchain.pem;`,
                `    ssl_certificate_key ${server_docs/* LIVE */.L8}/privkey.pem;`,
                '}',
            ].join('\n'),
            note: 'nginx picks the server block, and so the certificate, by SNI; a client without SNI gets the default server of the address.',
            docs: [(0,server_docs/* nginx */.rQ)('core', 'server_name'), (0,server_docs/* nginx */.rQ)('ssl', 'ssl_certificate'), (0,server_docs/* nginx */.rQ)('ssl', 'ssl_certificate_key')],
        },
    },
});
function checkName(endpoint, facts) {
    const certificate = (0,rules_certificate/* certificateOf */.tq)(facts);
    if (certificate === null || !endpoint.settings.certificate.verify || certificate.nameMatch)
        return [];
    return [
        {
            rule: 'certificate-name-mismatch',
            setting: 'certificate.verify',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a certificate that does not name ${endpoint.host}.`,
            evidence: `subject: ${certificate.subject}; SAN: ${certificate.san.length > 0 ? (0,describe/* listOf */.c3)(certificate.san) : '(none)'}`,
        },
    ];
}
const certificate_name_mismatch_checks = { require: checkName };

;// CONCATENATED MODULE: ./src/rules/catalog/certificate-expired.ts




const certificate_expired_meta = (0,rule/* defineRule */.K)({
    id: 'certificate-expired',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Certificate expired or not yet valid',
    summary: 'The certificate is not yet valid, or has expired.',
    what: "The check's time is after the certificate's notAfter or before its notBefore.",
    why: 'Outside the validity period of RFC 5280 §4.1.2.5 validating clients refuse the connection, and users taught to click past the warning lose what TLS protects.',
    fix: 'Renew and deploy the certificate, then reload every service that uses it (postfix reload, doveadm reload, nginx -s reload); automate renewal with an ACME client and a hook that reloads them. For a not-yet-valid certificate, check its start date and the clocks involved.',
    references: ['RFC 5280 §4.1.2.5'],
    cwe: '298',
    securitySeverity: '6.5',
    servers: server_docs/* CERTIFICATE_CHAIN */.Gx,
});
function checkValidity(endpoint, facts, now) {
    const certificate = (0,rules_certificate/* certificateOf */.tq)(facts);
    if (certificate === null)
        return [];
    const validity = (0,rules_certificate/* validityOf */.Gv)(certificate);
    if (validity === null || !(0,rules_certificate/* isExpired */._d)(validity, now))
        return [];
    const notYet = now.getTime() < validity.notBefore;
    return [
        {
            rule: 'certificate-expired',
            message: notYet
                ? `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a certificate that is not valid yet.`
                : `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents an expired certificate.`,
            evidence: (0,rules_certificate/* validityEvidence */.c2)(certificate),
        },
    ];
}
const certificate_expired_checks = { require: checkValidity };

// EXTERNAL MODULE: ./src/common/time.ts
var time = __webpack_require__(17911);
;// CONCATENATED MODULE: ./src/rules/catalog/certificate-expiring.ts





const certificate_expiring_meta = (0,rule/* defineRule */.K)({
    id: 'certificate-expiring',
    defaultSeverity: 'warning',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Certificate expiring soon',
    summary: 'Fewer than min-days-left days remain before the certificate expires.',
    what: "The certificate expires in fewer days than the policy's min-days-left.",
    why: 'Validity ends at notAfter (RFC 5280 §4.1.2.5); renewing well ahead leaves time to notice a failed renewal before clients start refusing the service.',
    fix: 'Renew now and find out why automatic renewal did not run; make sure the renewal hook reloads Postfix, Dovecot and nginx, since a new file on disk is not served until the daemon reloads.',
    references: ['RFC 5280 §4.1.2.5'],
    securitySeverity: '3.1',
    servers: server_docs/* CERTIFICATE_CHAIN */.Gx,
});
function checkExpiring(endpoint, facts, now) {
    const certificate = (0,rules_certificate/* certificateOf */.tq)(facts);
    if (certificate === null)
        return [];
    const validity = (0,rules_certificate/* validityOf */.Gv)(certificate);
    if (validity === null || (0,rules_certificate/* isExpired */._d)(validity, now))
        return [];
    const minDaysLeft = endpoint.settings.certificate.minDaysLeft;
    const msLeft = validity.notAfter - now.getTime();
    if (msLeft >= minDaysLeft * time/* DAY_MS */.s)
        return [];
    const daysLeft = Math.floor(msLeft / time/* DAY_MS */.s);
    return [
        {
            rule: 'certificate-expiring',
            setting: 'certificate.min-days-left',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a certificate that expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'}, fewer than the policy's ${minDaysLeft}.`,
            evidence: (0,rules_certificate/* validityEvidence */.c2)(certificate),
        },
    ];
}
const certificate_expiring_checks = { require: checkExpiring };

;// CONCATENATED MODULE: ./src/rules/catalog/certificate-weak.ts




const certificate_weak_meta = (0,rule/* defineRule */.K)({
    id: 'certificate-weak',
    defaultSeverity: 'warning',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Weak certificate key or signature',
    summary: 'RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature.',
    what: 'The certificate has an RSA or DSA key under 2048 bits, an EC key under 256 bits, or an SHA-1 or MD5 signature.',
    why: 'Short keys and SHA-1 or MD5 signatures are within reach of well-funded attackers; RFC 9325 asks for RSA keys of at least 2048 bits and RFC 9155 removes MD5 and SHA-1 signatures from TLS 1.2.',
    fix: 'Reissue the certificate with an RSA key of 2048 bits or more or an ECDSA P-256 or P-384 key, signed with SHA-256 or stronger, and deploy it with current intermediates.',
    references: ['RFC 9325', 'RFC 9155', 'RFC 5280'],
    cwe: '326',
    securitySeverity: '5.9',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_chain_files = /etc/postfix/ecdsa-chain.pem, /etc/postfix/rsa-chain.pem',
            note: 'Postfix can serve an ECDSA and an RSA certificate side by side; each file holds a key followed by its certificate and intermediates. A single file per key type works as well.',
            docs: [(0,server_docs/* postconf */.zZ)('smtpd_tls_chain_files'), { label: 'Postfix TLS support', url: 'https://www.postfix.org/TLS_README.html' }],
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: [
                `ssl_cert = <${server_docs/* LIVE */.L8}/fullchain.pem`,
                `ssl_key = <${server_docs/* LIVE */.L8}/privkey.pem`,
                `ssl_alt_cert = <${server_docs/* LIVE */.L8}-rsa/fullchain.pem`,
                `ssl_alt_key = <${server_docs/* LIVE */.L8}-rsa/privkey.pem`,
            ].join('\n'),
            note: 'ssl_alt_cert and ssl_alt_key (Dovecot 2.3) add a second certificate of another key type, e.g. RSA next to ECDSA.',
            docs: [(0,server_docs/* dovecotSetting */.$c)('ssl_cert'), (0,server_docs/* dovecotSetting */.$c)('ssl_alt_cert'), (0,server_docs/* dovecotSetting */.$c)('ssl_alt_key'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
        },
        exim: server_docs/* CERTIFICATE_CHAIN */.Gx.exim,
        nginx: {
            file: 'the server block with listen 443 ssl',
            settings: [
                `ssl_certificate ${server_docs/* LIVE */.L8}/fullchain.pem;`,
                `ssl_certificate_key ${server_docs/* LIVE */.L8}/privkey.pem;`,
                `ssl_certificate ${server_docs/* LIVE */.L8}-rsa/fullchain.pem;`,
                `ssl_certificate_key ${server_docs/* LIVE */.L8}-rsa/privkey.pem;`,
            ].join('\n'),
            note: 'nginx 1.11.0 and later accept several ssl_certificate pairs (e.g. ECDSA and RSA) and pick one per client.',
            docs: [(0,server_docs/* nginx */.rQ)('ssl', 'ssl_certificate'), (0,server_docs/* nginx */.rQ)('ssl', 'ssl_certificate_key')],
        },
    },
});
function checkStrength(endpoint, facts) {
    const certificate = (0,rules_certificate/* certificateOf */.tq)(facts);
    if (certificate === null)
        return [];
    const found = (0,rules_certificate/* weaknesses */.KT)(certificate);
    if (found.length === 0)
        return [];
    return [
        {
            rule: 'certificate-weak',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a weak certificate: ${(0,describe/* listOf */.c3)(found)}.`,
            evidence: `key: ${certificate.keyType} ${certificate.keyBits ?? '?'} bits; signature: ${certificate.signature}`,
        },
    ];
}
const certificate_weak_checks = { require: checkStrength };

// EXTERNAL MODULE: ./src/resolve/dns.ts
var dns = __webpack_require__(89227);
// EXTERNAL MODULE: ./src/facts/vocabulary.ts
var vocabulary = __webpack_require__(25123);
;// CONCATENATED MODULE: ./src/rules/catalog/mx-lookup-failed.ts



const mx_lookup_failed_meta = (0,rule/* defineRule */.K)({
    id: 'mx-lookup-failed',
    defaultSeverity: 'error',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'MX look-up failed',
    summary: "A domain's MX records cannot be resolved.",
    what: "A policy domain's MX records could not be resolved: no such domain, or the name server failed or refused (SERVFAIL, REFUSED, as a validating resolver answers for bogus DNSSEC data). A look-up that got no reply at all (a time-out) is not a finding of this rule: silence may be the runner's own network, so the check is left open.",
    why: 'Senders cannot find the mail servers, so mail is delayed or bounced (RFC 5321 §5.1), and none of the MX hosts can be checked for STARTTLS (RFC 3207) or DANE (RFC 7672).',
    fix: "Check the domain's delegation and the MX records on its authoritative servers (dig MX example.com @ns1.example.net), and its DNSSEC signatures if the zone is signed.",
    references: ['RFC 5321 §5.1', 'RFC 7672'],
    securitySeverity: '5.3',
    servers: {},
});
function checkMx(policy, facts) {
    // No reply at all (a time-out) may be the runner's own network: the domain's MX was not seen,
    // so nothing is concluded of it (check-inconclusive), never "cannot be resolved".
    if (facts.mx.error !== null && (0,vocabulary/* lookupGotNoReply */.M$)(facts.mx.error)) {
        return [
            {
                rule: 'check-inconclusive',
                at: 'domain',
                message: `The MX records of ${facts.domain} could not be checked: the look-up got no reply (${(0,dns/* describeDnsCode */.Op)(facts.mx.error)}), so none of its mail hosts was checked.`,
                evidence: `MX ${facts.domain}: ${facts.mx.error}`,
                inconclusive: true,
            },
        ];
    }
    if (facts.mx.error !== null) {
        return [
            {
                rule: 'mx-lookup-failed',
                at: 'domain',
                message: `The MX records of ${facts.domain} could not be resolved: ${(0,dns/* describeDnsCode */.Op)(facts.mx.error)}.`,
                evidence: `MX ${facts.domain}: ${facts.mx.error}`,
            },
        ];
    }
    if (facts.mx.nullMx && policy.mx !== null && policy.mx.require.length > 0) {
        return [
            {
                rule: 'mx-lookup-failed',
                at: 'domain',
                message: `${facts.domain} publishes a null MX (RFC 7505): it accepts no mail, so there are no MX hosts to hold to the services the policy requires.`,
                evidence: `MX ${facts.domain}: 0 .`,
            },
        ];
    }
    return [];
}
const checkDomain = checkMx;

// EXTERNAL MODULE: ./src/rules/domains.ts
var domains = __webpack_require__(54138);
;// CONCATENATED MODULE: ./src/rules/catalog/mta-sts-missing.ts



const mta_sts_missing_meta = (0,rule/* defineRule */.K)({
    id: 'mta-sts-missing',
    defaultSeverity: 'error',
    scope: 'domain',
    fixedBy: 'web-server',
    inconclusive: false,
    title: 'MTA-STS not published',
    summary: 'The domain publishes no MTA-STS policy (RFC 8461).',
    what: 'The domain publishes no MTA-STS policy: no _mta-sts TXT record with v=STSv1, or no policy file at https://mta-sts.<domain>/.well-known/mta-sts.txt.',
    why: 'Without MTA-STS (RFC 8461) or DANE (RFC 7672), senders use STARTTLS only opportunistically, and an attacker on the path can strip it or divert mail.',
    fix: 'Publish _mta-sts.example.com TXT "v=STSv1; id=20250101" and serve the policy file over HTTPS with a valid certificate for mta-sts.example.com, listing version, mode, one mx line per MX host, and max_age.',
    references: ['RFC 8461 §3', 'RFC 7672'],
    securitySeverity: '5.9',
    servers: {
        nginx: {
            file: 'the http block',
            settings: [
                'server {',
                '    listen 443 ssl;',
                '    server_name mta-sts.example.com;',
                '    ssl_certificate /etc/letsencrypt/live/mta-sts.example.com/fullchain.pem;',
                '    ssl_certificate_key /etc/letsencrypt/live/mta-sts.example.com/privkey.pem;',
                '    location = /.well-known/mta-sts.txt {',
                '        root /var/www/mta-sts;',
                '        default_type text/plain;',
                '    }',
                '}',
            ].join('\n'),
            note: 'Put the policy in /var/www/mta-sts/.well-known/mta-sts.txt: version: STSv1, mode: enforce, one mx: line per MX host, max_age: 604800. Then publish the TXT record _mta-sts.example.com "v=STSv1; id=20250101T000000".',
            docs: [(0,server_docs/* nginx */.rQ)('core', 'server_name'), (0,server_docs/* nginx */.rQ)('ssl', 'ssl_certificate'), (0,server_docs/* nginx */.rQ)('ssl', 'ssl_certificate_key'), (0,server_docs/* nginx */.rQ)('core', 'location'), (0,server_docs/* nginx */.rQ)('core', 'root'), (0,server_docs/* nginx */.rQ)('core', 'default_type')],
        },
    },
});
function checkMtaStsPublished(policy, facts) {
    const standing = (0,domains/* mtaStsStanding */.$n)(policy, facts);
    // An unanswered look-up gives check-inconclusive's draft instead: nothing was seen missing.
    return standing?.kind === 'missing' || standing?.kind === 'unanswered' ? [standing.draft] : [];
}
const mta_sts_missing_checkDomain = checkMtaStsPublished;

;// CONCATENATED MODULE: ./src/rules/catalog/mta-sts-invalid.ts



const mta_sts_invalid_meta = (0,rule/* defineRule */.K)({
    id: 'mta-sts-invalid',
    defaultSeverity: 'error',
    scope: 'domain',
    fixedBy: 'web-server',
    inconclusive: false,
    title: 'MTA-STS policy invalid',
    summary: "The domain's MTA-STS record or policy file is malformed (RFC 8461).",
    what: 'The MTA-STS TXT record or policy file does not parse, or the file is served with an invalid certificate, a redirect, or a status other than 200.',
    why: 'RFC 8461 makes senders ignore a policy they cannot fetch and parse, so an invalid policy gives no protection at all.',
    fix: 'Serve /.well-known/mta-sts.txt from mta-sts.<domain> with status 200, Content-Type text/plain, no redirect and a valid certificate, containing version: STSv1, mode, mx and max_age; keep exactly one v=STSv1 TXT record with an id.',
    references: ['RFC 8461 §3.1', 'RFC 8461 §3.2', 'RFC 8461 §3.3'],
    securitySeverity: '5.9',
    servers: {
        nginx: {
            file: 'the mta-sts.example.com server block',
            settings: [
                'location = /.well-known/mta-sts.txt {',
                '    root /var/www/mta-sts;',
                '    default_type text/plain;',
                '}',
            ].join('\n'),
            note: 'The policy must come straight from https://mta-sts.<domain>/.well-known/mta-sts.txt: status 200, no redirect (remove any return 301 or rewrite for this name), and a valid certificate for mta-sts.<domain>. Lines end in CRLF or LF, as key: value.',
            docs: [(0,server_docs/* nginx */.rQ)('core', 'location'), (0,server_docs/* nginx */.rQ)('core', 'root'), (0,server_docs/* nginx */.rQ)('core', 'default_type')],
        },
    },
});
function checkMtaStsValid(policy, facts) {
    const standing = (0,domains/* mtaStsStanding */.$n)(policy, facts);
    if (standing?.kind !== 'invalid')
        return [];
    const { problems } = standing;
    return [
        {
            rule: 'mta-sts-invalid',
            at: 'mta-sts',
            message: `The MTA-STS policy of ${facts.domain} is not valid, so senders ignore it: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}.`,
            evidence: problems.join('; '),
        },
    ];
}
const mta_sts_invalid_checkDomain = checkMtaStsValid;

;// CONCATENATED MODULE: ./src/rules/catalog/mta-sts-not-enforcing.ts


const mta_sts_not_enforcing_meta = (0,rule/* defineRule */.K)({
    id: 'mta-sts-not-enforcing',
    defaultSeverity: 'error',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'MTA-STS not enforcing',
    summary: 'The MTA-STS policy is weaker than the mode this policy expects (RFC 8461).',
    what: 'The MTA-STS mode is weaker than the policy expects: testing or none where enforce is required, or none where testing is.',
    why: 'Only mode enforce makes senders refuse to deliver without valid TLS (RFC 8461 §5); testing only reports failures through TLS-RPT (RFC 8460).',
    fix: 'Once TLS-RPT reports in testing mode are clean, set mode: enforce in the policy file and change the id in the _mta-sts TXT record so senders fetch it again.',
    references: ['RFC 8461 §5', 'RFC 8460'],
    securitySeverity: '5.3',
    servers: {},
});
function checkMtaStsMode(policy, facts) {
    const standing = (0,domains/* mtaStsStanding */.$n)(policy, facts);
    if (standing?.kind !== 'valid')
        return [];
    const mode = standing.policyFile.mode ?? 'none';
    if ((domains/* MODE_RANK */.fh[mode] ?? 0) >= domains/* MODE_RANK */.fh[policy.mtaSts])
        return [];
    return [
        {
            rule: 'mta-sts-not-enforcing',
            at: 'mta-sts',
            message: `The MTA-STS policy of ${facts.domain} is in mode ${mode}; the policy file asks for ${policy.mtaSts}.`,
            evidence: `mode: ${mode}`,
        },
    ];
}
const mta_sts_not_enforcing_checkDomain = checkMtaStsMode;

// EXTERNAL MODULE: ./src/facts/domains.ts
var facts_domains = __webpack_require__(83150);
// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
;// CONCATENATED MODULE: ./src/rules/catalog/mta-sts-mx-not-covered.ts




const mta_sts_mx_not_covered_meta = (0,rule/* defineRule */.K)({
    id: 'mta-sts-mx-not-covered',
    defaultSeverity: 'error',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'MX host not covered by MTA-STS',
    summary: "An MX host is not matched by the MTA-STS policy's mx patterns (RFC 8461).",
    what: 'An MX host of the domain matches no mx pattern in its MTA-STS policy.',
    why: 'Senders that enforce the policy refuse to deliver to an MX host it does not list (RFC 8461 §4.1), so mail to that host queues or bounces.',
    fix: 'Add the host, or a *.example.com pattern (which covers exactly one label), as an mx line in the policy file and change the TXT record id; or remove the stray MX record.',
    references: ['RFC 8461 §4.1'],
    securitySeverity: '5.9',
    servers: {},
});
function checkMtaStsCoversMx(policy, facts) {
    const standing = (0,domains/* mtaStsStanding */.$n)(policy, facts);
    if (standing?.kind !== 'valid')
        return [];
    const { policyFile } = standing;
    const domain = facts.domain;
    if ((policyFile.mode ?? 'none') === 'none')
        return [];
    const uncovered = (0,facts_domains/* mxHostNames */.M)(domain, facts.mx).filter((host) => !policyFile.mx.some((pattern) => (0,host_names/* mxPatternMatches */.zK)(pattern, host)));
    if (uncovered.length === 0)
        return [];
    return [
        {
            rule: 'mta-sts-mx-not-covered',
            at: 'mta-sts',
            message: `${uncovered.length === 1 ? 'The MX host' : `${uncovered.length} MX hosts`} of ${domain} ${(0,domains/* list */.p_)(uncovered)} ${uncovered.length === 1 ? 'matches' : 'match'} no mx pattern of its MTA-STS policy.`,
            evidence: `mx: ${policyFile.mx.join(', ') || '(none)'}`,
        },
    ];
}
const mta_sts_mx_not_covered_checkDomain = checkMtaStsCoversMx;

// EXTERNAL MODULE: ./src/rules/catalog/check-inconclusive.ts
var check_inconclusive = __webpack_require__(49264);
;// CONCATENATED MODULE: ./src/rules/catalog/tls-rpt-missing.ts



const tls_rpt_missing_meta = (0,rule/* defineRule */.K)({
    id: 'tls-rpt-missing',
    defaultSeverity: 'warning',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'TLS-RPT not published',
    summary: 'No valid _smtp._tls TXT record (RFC 8460).',
    what: 'The domain has no valid _smtp._tls TXT record (v=TLSRPTv1 with a rua address).',
    why: 'TLS-RPT (RFC 8460) lets sending servers report TLS failures they meet at your MX hosts; without it, broken STARTTLS, MTA-STS (RFC 8461) or DANE (RFC 7672) goes unnoticed.',
    fix: 'Publish _smtp._tls.example.com TXT "v=TLSRPTv1; rua=mailto:tls-reports@example.com" and make sure that mailbox is read or processed.',
    references: ['RFC 8460 §3'],
    securitySeverity: '2.6',
    servers: {},
});
function checkTlsRpt(policy, facts) {
    if (policy.tlsRpt !== 'required' || facts.tlsRpt === null || facts.tlsRpt.problem === null)
        return [];
    // No answer to the look-up is no verdict on the record: check-inconclusive says so instead.
    if ((0,domains/* txtLookupUnanswered */.Vs)(facts.tlsRpt.records, facts.tlsRpt.lookupError)) {
        return [(0,check_inconclusive.txtUnanswered)('tls-rpt', `${facts.domain} publishes TLS-RPT`, `_smtp._tls.${facts.domain}`, facts.tlsRpt.lookupError, ['tls-rpt-missing'])];
    }
    return [
        {
            rule: 'tls-rpt-missing',
            at: 'tls-rpt',
            message: `${facts.domain} publishes no valid TLS-RPT record at _smtp._tls.${facts.domain}: ${facts.tlsRpt.problem}.`,
            evidence: facts.tlsRpt.records.length > 0 ? `TXT: ${facts.tlsRpt.records.join(' | ')}` : `TXT: ${facts.tlsRpt.lookupError ?? 'none'}`,
        },
    ];
}
const tls_rpt_missing_checkDomain = checkTlsRpt;

// EXTERNAL MODULE: ./src/rules/waivers.ts
var waivers = __webpack_require__(66954);
;// CONCATENATED MODULE: ./src/rules/catalog/waiver-expired.ts


const waiver_expired_meta = (0,rule/* defineRule */.K)({
    id: 'waiver-expired',
    defaultSeverity: 'warning',
    scope: 'policy',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'Waiver expired',
    summary: "A waiver's expiry date has passed.",
    what: 'A waiver in the policy is past its expires date (a waiver holds through that day, UTC) and no longer waives anything.',
    why: 'Waivers are meant to be temporary: once expired, the waived finding counts again, and reporting the lapse at the waiver line shows where to renew or remove the exception.',
    fix: 'Fix the waived problem and delete the waiver, or, if the exception is still justified, set a new expires date and update the reason.',
    references: ['mail-tls-gate policy: waivers'],
    securitySeverity: '3.1',
    servers: {},
});
/** Each waiver past its expires day, or with a date that does not parse, at the waiver's own line. */
function checkWaivers(policy, now) {
    return (0,waivers/* expiredWaivers */.FP)(policy.waivers, now).map(expiredDraft);
}
function expiredDraft(waiver) {
    const readable = !Number.isNaN((0,waivers/* waiverEnd */.Au)(waiver));
    const scope = waiver.port === null ? waiver.host : `${waiver.host} port ${waiver.port}`;
    return {
        rule: 'waiver-expired',
        host: waiver.host,
        port: waiver.port,
        message: readable
            ? `The waiver of ${waiver.rule} for ${scope} expired on ${waiver.expires} and no longer applies.`
            : `The waiver of ${waiver.rule} for ${scope} has an unreadable expires date (${waiver.expires}) and does not apply.`,
        evidence: `reason: ${waiver.reason}; expires: ${waiver.expires}`,
        location: waiver.location,
    };
}
const checkPolicy = checkWaivers;

;// CONCATENATED MODULE: ./src/rules/catalog/service-busy.ts





const service_busy_meta = (0,rule/* defineRule */.K)({
    id: 'service-busy',
    defaultSeverity: 'warning',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: true,
    title: 'Service busy, checks inconclusive',
    summary: 'The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive.',
    what: 'The service turned the connection away as busy and still did so after one retry: it said so (an SMTP 4xx greeting such as 421, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO or BYE), or it closed or reset later connections before the greeting after serving earlier ones in the same run. A close or reset at first contact is not busy: that is required-service-unreachable.',
    why: 'Nothing about STARTTLS (RFC 3207) or TLS can be concluded from a server that will not talk, so the required checks are inconclusive; a lasting 421 (RFC 5321 §4.2.3) can also mean the checking address is rate-limited or blocked.',
    fix: 'Let the checking address past connection limits, greylisting and tarpits (e.g. Postfix postscreen_access_list, Dovecot login process_limit headroom), or run the check from an address the server trusts.',
    references: ['RFC 5321 §4.2.3', 'RFC 9051 §7.1.5', 'RFC 2449 §8.1.1', 'RFC 3206 §4', 'RFC 5804 §1.3'],
    securitySeverity: '2.0',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'postscreen_access_list = permit_mynetworks, cidr:/etc/postfix/postscreen_access.cidr\nsmtpd_client_event_limit_exceptions = $mynetworks, 192.0.2.10',
            note: "Put the checker's address in /etc/postfix/postscreen_access.cidr (192.0.2.10/32 permit) so postscreen lets it straight through, and exempt it from smtpd_client_connection_count_limit and smtpd_client_connection_rate_limit. Replace 192.0.2.10 with the address the checks come from.",
            docs: [(0,server_docs/* postconf */.zZ)('postscreen_access_list'), (0,server_docs/* postconf */.zZ)('smtpd_client_event_limit_exceptions'), (0,server_docs/* postconf */.zZ)('smtpd_client_connection_count_limit'), { label: 'Postfix postscreen', url: 'https://www.postfix.org/POSTSCREEN_README.html' }],
        },
        dovecot: {
            file: 'conf.d/10-master.conf',
            settings: [
                'service imap-login {',
                '  process_limit = 500',
                '}',
                'service pop3-login {',
                '  process_limit = 500',
                '}',
            ].join('\n'),
            note: 'In its default mode Dovecot runs one login process per connection, at most default_process_limit (100) per service; the log then says process_limit (100) reached and new connections are dropped.',
            docs: [{ label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }, (0,server_docs/* dovecotSetting */.$c)('default_process_limit')],
        },
        exim: {
            file: 'the main configuration',
            settings: [
                'smtp_accept_max = 100',
                'smtp_accept_reserve = 5',
                'smtp_reserve_hosts = 192.0.2.10',
            ].join('\n'),
            note: 'Past smtp_accept_max simultaneous connections (default 20) Exim answers 421; smtp_reserve_hosts may use the last smtp_accept_reserve of them. Check smtp_accept_max_per_host and any ratelimit ACLs too.',
            docs: [(0,server_docs/* exim */.sI)('Main configuration', 'ch-main_configuration')],
        },
    },
});
/**
 * Busy is the probe's fact (`error.busy`, or a connection for one check turned away), never read
 * from a greeting here: the whole endpoint when its own connection was turned away, otherwise the
 * checks whose extra connections were.
 */
function checkBusy(endpoint, facts, _now, policyRules = {}) {
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) === 'service-busy') {
        return [
            {
                rule: 'service-busy',
                message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} turned the connection away as busy, also after a retry, so none of its checks could be concluded (${(0,reachability/* checksOf */.tg)(endpoint)}).`,
                evidence: (0,reachability/* busyEvidence */.Vq)(facts),
                inconclusive: true,
            },
        ];
    }
    return (0,reachability/* openChecks */._g)(endpoint, facts, policyRules).busy.draft('service-busy', endpoint, 'turned away the extra connections some checks need');
}
const service_busy_checks = { require: checkBusy };

;// CONCATENATED MODULE: ./src/rules/catalog/dns-targets-skipped.ts


const dns_targets_skipped_meta = (0,rule/* defineRule */.K)({
    id: 'dns-targets-skipped',
    defaultSeverity: 'warning',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: true,
    title: 'DNS targets left unprobed, checks inconclusive',
    summary: 'DNS gave a policy domain MX or CNAME names that are not host names, more MX hosts or addresses than are probed, or loopback/link-local addresses (without allow-loopback): those targets were not probed, so their checks are inconclusive.',
    what: 'DNS answered for a policy domain with targets the run does not probe: an MX or CNAME name that is not a letters-digits-hyphens host name, more than 10 MX hosts, more than 8 addresses for an MX host, or an address of an MX or MTA-STS policy host in a loopback, link-local, unspecified or multicast range (without allow-loopback).',
    why: "Names and addresses in a DNS answer are chosen by whoever answers, or spoofs, the query: a hostile answer could aim probes at the runner itself (127.0.0.1, ::1), at a cloud metadata service (169.254.169.254), or at hundreds of hosts. RFC 5321 §2.3.5 and RFC 1123 §2.1 restrict mail host names to letters, digits and hyphens. What was left out is not checked, so the domain's required checks are inconclusive.",
    fix: 'Publish MX records whose names are host names with public addresses (dig MX example.com, then dig A and AAAA of each MX host), keep the MX set to a few hosts, and check the answer is not spoofed (DNSSEC). For a test setup whose mail hosts live on loopback, run with allow-loopback (--allow-loopback).',
    references: ['RFC 5321 §2.3.5', 'RFC 1123 §2.1', 'RFC 6890', 'RFC 4291 §2.5'],
    // Probes aimed by remote data at the runner's own or internal addresses: the SSRF class.
    cwe: '918',
    securitySeverity: '3.7',
    servers: {},
});
/**
 * What DNS supplied and the run did not probe. One draft per domain, naming every part left out;
 * inconclusive, since nothing is known of what was not probed.
 */
function checkSkipped(_policy, facts) {
    if (facts.skipped.length === 0)
        return [];
    const words = facts.skipped.map(domains/* skippedWords */.MB);
    return [
        {
            rule: 'dns-targets-skipped',
            at: facts.skipped.some((s) => s.role === 'mx') ? 'domain' : 'mta-sts',
            message: `DNS for ${facts.domain} supplied targets that were not probed, so the checks on them are not concluded: ${words.join('; ')}.`,
            evidence: facts.skipped.map((s) => `${s.role} ${s.reason}${s.host === null ? '' : ` ${s.host}`}: ${(0,domains/* list */.p_)(s.left, domains/* EVIDENCE_ITEMS */.$c)}`).join('; '),
            inconclusive: true,
        },
    ];
}
const dns_targets_skipped_checkDomain = checkSkipped;

// EXTERNAL MODULE: ./src/rules/catalog/runner-network-limited.ts
var runner_network_limited = __webpack_require__(88981);
// EXTERNAL MODULE: ./src/rules/catalog/tls-cipher-weak.ts
var tls_cipher_weak = __webpack_require__(25785);
// EXTERNAL MODULE: ./src/rules/catalog/tls-cipher-anonymous.ts
var tls_cipher_anonymous = __webpack_require__(39620);
// EXTERNAL MODULE: ./src/rules/catalog/tls-forward-secrecy-missing.ts
var tls_forward_secrecy_missing = __webpack_require__(83474);
// EXTERNAL MODULE: ./src/rules/catalog/tls-dh-weak.ts
var tls_dh_weak = __webpack_require__(49072);
// EXTERNAL MODULE: ./src/rules/dane.ts + 1 modules
var rules_dane = __webpack_require__(19834);
;// CONCATENATED MODULE: ./src/rules/catalog/dane-missing.ts



const dane_missing_meta = (0,rule/* defineRule */.K)({
    id: 'dane-missing',
    defaultSeverity: 'error',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'No TLSA record for an MX host',
    summary: 'With dane: required, an MX host has no TLSA record at _25._tcp.<host>, as an authenticated answer shows (RFC 7672).',
    what: "With `dane: required`, an MX host of the domain has no TLSA record at _25._tcp.<host>, and the validating resolver authenticated that there is none (NXDOMAIN or no data, with the AD bit). With `dane: optional` a host may go without TLSA records, and this rule says nothing. An answer that was not authenticated is dnssec-insecure's; one that never came is reported on the host's port-25 endpoints as a check that could not be made.",
    why: 'Without a TLSA record, sending servers that use DANE (RFC 7672 §2.2) fall back to unauthenticated opportunistic TLS for that host, which an active attacker can strip or intercept, although the domain\'s policy asks for DANE.',
    fix: 'Publish a TLSA record for the host in its signed zone, 3 1 1 (DANE-EE, SubjectPublicKeyInfo, SHA-256) of the key the host serves on port 25, together with one for the next key (see below), and make sure the zone is signed and its DS record is at the parent.',
    references: ['RFC 7672 §2.2', 'RFC 6698 §2', 'RFC 7671 §8.1'],
    securitySeverity: '5.9',
    servers: {},
});
function checkDaneMissing(policy, facts) {
    const dane = (0,rules_dane/* daneAsked */.FI)(policy, facts);
    if (dane === null || policy.dane !== 'required')
        return [];
    const missing = dane.hosts.filter((host) => (0,rules_dane/* tlsaStanding */.X3)(host).kind === 'none');
    if (missing.length === 0)
        return [];
    const hosts = missing.map((h) => h.host);
    return [
        {
            rule: 'dane-missing',
            at: 'dane',
            message: `${missing.length === 1 ? 'The MX host' : `${missing.length} MX hosts`} of ${facts.domain} ${(0,domains/* list */.p_)(hosts)} ${missing.length === 1 ? 'has' : 'have'} no TLSA record, so DANE does not protect mail to ${missing.length === 1 ? 'it' : 'them'}.`,
            evidence: missing.map((h) => `${h.tlsaName}: ${(0,rules_dane/* answerWords */.Gy)(h.tlsa)}, no TLSA records`).join('; '),
        },
    ];
}
const dane_missing_checkDomain = checkDaneMissing;

;// CONCATENATED MODULE: ./src/rules/catalog/dane-mismatch.ts



const dane_mismatch_meta = (0,rule/* defineRule */.K)({
    id: 'dane-mismatch',
    defaultSeverity: 'error',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'No TLSA record matches the presented chain',
    summary: 'An MX host has authenticated TLSA records, but none matches the certificate chain it presents after STARTTLS (RFC 7672, RFC 6698, RFC 7671).',
    what: "An MX host of the domain has authenticated, usable TLSA records (usage DANE-TA(2) or DANE-EE(3), selector 0 or 1, matching type 0, 1 or 2), but on one of its addresses none of them matches the chain port 25 presented after STARTTLS: a DANE-EE record must match the leaf certificate or its key, a DANE-TA record a certificate or key above the leaf, with every link below it issued and signed by the next. Checked with `dane: required` and `dane: optional`; one finding per such MX host.",
    why: 'Sending servers that use DANE (RFC 7672 §3) refuse to deliver to a host whose chain matches none of its TLSA records, and queue the mail until it does: a key rolled without its record published first, or a record for the wrong certificate, stops inbound mail from every DANE sender.',
    fix: 'Publish the TLSA record of the key the host serves now (3 1 1 of its SubjectPublicKeyInfo, see below), keep the old one until the TTL has passed, and roll keys so that the next key\'s record is in DNS before the key goes live. Compare with `openssl s_client -starttls smtp -connect mx1.example.com:25 -dane_tlsa_domain mx1.example.com -dane_tlsa_rrdata "3 1 1 …"`.',
    references: ['RFC 7672 §3.1', 'RFC 6698 §2.1', 'RFC 7671 §5', 'RFC 7671 §8.1'],
    cwe: '295',
    securitySeverity: '7.4',
    servers: {},
});
/**
 * One draft per MX host whose chain matched none of its records: the host is the unit a sharded
 * run splits by (all of a host's endpoints are probed by one shard, which alone can judge its
 * chains), so the findings of a merged run are those of one run (docs/sharding.md).
 */
function checkDaneMatches(policy, facts, observed) {
    const dane = (0,rules_dane/* daneAsked */.FI)(policy, facts);
    if (dane === null)
        return [];
    return dane.hosts.flatMap((host) => {
        const standing = (0,rules_dane/* tlsaStanding */.X3)(host);
        if (standing.kind !== 'usable')
            return [];
        const failed = (0,rules_dane/* mxSmtpEndpoints */.kG)(host.host, observed).flatMap((o) => {
            const match = (0,rules_dane/* endpointMatch */.HL)(standing.records, o);
            return match?.kind === 'none' ? [{ o, match }] : [];
        });
        if (failed.length === 0)
            return [];
        const leaf = (0,rules_certificate/* certificateOf */.tq)(failed[0].o.facts).presented[0];
        const brokenTa = failed.find((f) => f.match.brokenTa !== null)?.match.brokenTa ?? null;
        const evidence = [
            `${host.tlsaName}: ${(0,rules_dane/* recordsWords */.iT)(standing.records)}`,
            `leaf ${leaf.subject}: SPKI SHA-256 ${leaf.spkiSha256 ?? '(unreadable key)'}, certificate SHA-256 ${leaf.sha256}`,
            ...(brokenTa === null ? [] : [`${(0,rules_dane/* recordName */.xD)(brokenTa.record)} names the certificate ${brokenTa.depth} above the leaf, but the chain below it is not issued and signed link by link`]),
        ];
        return [
            {
                rule: 'dane-mismatch',
                at: 'dane',
                message: `No TLSA record of ${host.host} matches the chain presented by ${(0,rules_dane/* endpointsWords */.Um)(failed.map((f) => f.o))}: senders that use DANE will not deliver mail for ${facts.domain} there.`,
                evidence: evidence.join('; '),
            },
        ];
    });
}
const dane_mismatch_checkDomain = checkDaneMatches;

;// CONCATENATED MODULE: ./src/rules/catalog/dnssec-insecure.ts



const dnssec_insecure_meta = (0,rule/* defineRule */.K)({
    id: 'dnssec-insecure',
    defaultSeverity: 'error',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'MX or TLSA answer not DNSSEC-authenticated',
    summary: 'The MX or TLSA answer was not DNSSEC-authenticated, so DANE cannot apply: error with dane: required, warning with dane: optional (RFC 7672 §2.2).',
    what: "The validating resolver answered the domain's MX look-up, or an MX host's TLSA look-up at _25._tcp.<host>, without authenticating it (no AD bit): the zone is not signed, its chain of trust is broken off at an insecure delegation, or the answer came from the system's name server rather than a resolver the policy or the input names, whose AD bit is not believed. An error with `dane: required`, a warning with `dane: optional` (a severity set under `rules:` wins). A look-up the resolver gave no verdict on (SERVFAIL, as for expired signatures, or a time-out) is not this rule's: it is reported on the host's port-25 endpoints as a check that could not be made, never as insecure. ",
    why: 'DANE rests on DNSSEC: RFC 7672 §2.2 has SMTP clients use TLSA records only when both the MX records and the TLSA records are authenticated, since an attacker can forge answers that are not. Without it, senders deliver with opportunistic TLS that an active attacker can strip.',
    fix: "Sign the zone of the domain and the zones of its MX hosts (most DNS hosts and Knot DNS or BIND sign automatically), and publish each zone's DS record at its parent through the registrar; then check that a validating resolver sets the AD bit: `dig +dnssec MX example.com` and `dig +dnssec TLSA _25._tcp.mx1.example.com` show `flags: … ad`. Run the check with a validating resolver you trust named in the `resolver` input (or `--resolver`), such as unbound on the runner itself.",
    references: ['RFC 7672 §2.2', 'RFC 4033 §3', 'RFC 6698 §4'],
    securitySeverity: '5.3',
    servers: {},
});
function checkDnssec(policy, facts) {
    const dane = (0,rules_dane/* daneAsked */.FI)(policy, facts);
    if (dane === null || facts.mx.nullMx)
        return [];
    const insecure = [
        ...((0,rules_dane/* dnssecStanding */.t0)(dane.mx) === 'insecure' ? [{ name: `MX ${facts.domain}`, answer: dane.mx }] : []),
        ...dane.hosts.filter((host) => (0,rules_dane/* dnssecStanding */.t0)(host.tlsa) === 'insecure').map((host) => ({ name: `TLSA ${host.tlsaName}`, answer: host.tlsa })),
    ];
    if (insecure.length === 0)
        return [];
    return [
        {
            rule: 'dnssec-insecure',
            at: 'dane',
            message: `The resolver did not authenticate ${(0,domains/* list */.p_)(insecure.map((i) => i.name))}, so DANE cannot apply to mail for ${facts.domain}${(0,rules_dane/* dnssecStanding */.t0)(dane.mx) === 'insecure' ? '' : ` at ${insecure.length === 1 ? 'that host' : 'those hosts'}`}.`,
            evidence: insecure.map((i) => `${i.name}: ${(0,rules_dane/* answerWords */.Gy)(i.answer)}`).join('; '),
            // `dane: optional` asks for DANE where it can be had: a warning. A severity the policy sets wins.
            ...(policy.dane === 'optional' ? { severity: 'warning' } : {}),
        },
    ];
}
const dnssec_insecure_checkDomain = checkDnssec;

;// CONCATENATED MODULE: ./src/rules/catalog/dane-unusable.ts



const dane_unusable_meta = (0,rule/* defineRule */.K)({
    id: 'dane-unusable',
    defaultSeverity: 'warning',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'Only unusable TLSA records',
    summary: 'An MX host publishes TLSA records, but only ones SMTP clients must ignore: PKIX-TA(0) or PKIX-EE(1), or unknown parameters (RFC 7672 §3.1.3).',
    what: 'An MX host of the domain has authenticated TLSA records, but none an SMTP client may use: every one is of usage PKIX-TA(0) or PKIX-EE(1), or has a usage, selector or matching type no standard defines. Checked when the domain entry says `dane: required` or `dane: optional`.',
    why: 'RFC 7672 §3.1.3 tells SMTP clients to treat PKIX-TA and PKIX-EE records as unusable, and RFC 7671 §4 to ignore records with unknown parameters: senders then deliver with mandatory but unauthenticated TLS, and the records protect nothing.',
    fix: 'Replace them with DANE-EE(3) records, 3 1 1 of the key the host serves on port 25, plus one for the next key (see below); or DANE-TA(2) records, 2 1 1, of the issuing CA\'s key, with that CA\'s certificate in the chain the host sends.',
    references: ['RFC 7672 §3.1.3', 'RFC 7671 §4', 'RFC 7218'],
    securitySeverity: '3.7',
    servers: {},
});
function checkDaneUnusable(policy, facts) {
    const dane = (0,rules_dane/* daneAsked */.FI)(policy, facts);
    if (dane === null)
        return [];
    const unusable = dane.hosts.flatMap((host) => {
        const standing = (0,rules_dane/* tlsaStanding */.X3)(host);
        return standing.kind === 'unusable' ? [{ host, records: standing.records }] : [];
    });
    if (unusable.length === 0)
        return [];
    return [
        {
            rule: 'dane-unusable',
            at: 'dane',
            message: `${unusable.length === 1 ? 'The MX host' : `${unusable.length} MX hosts`} of ${facts.domain} ${(0,domains/* list */.p_)(unusable.map((u) => u.host.host))} ${unusable.length === 1 ? 'publishes' : 'publish'} only TLSA records SMTP clients must ignore, so DANE does not apply.`,
            evidence: unusable.map((u) => `${u.host.tlsaName}: ${(0,rules_dane/* recordsWords */.iT)(u.records)}`).join('; '),
        },
    ];
}
const dane_unusable_checkDomain = checkDaneUnusable;

;// CONCATENATED MODULE: ./src/rules/registry.ts



































const RULE_REGISTRY = [
    required_service_unreachable_namespaceObject,
    forbidden_service_reachable_namespaceObject,
    service_misbehaving_namespaceObject,
    tls_handshake_failed_namespaceObject,
    starttls_not_offered_namespaceObject,
    starttls_failed_namespaceObject,
    plaintext_auth_offered_namespaceObject,
    starttls_command_injection_namespaceObject,
    http_not_redirected_namespaceObject,
    tls_version_legacy_namespaceObject,
    tls13_not_supported_namespaceObject,
    certificate_untrusted_namespaceObject,
    certificate_name_mismatch_namespaceObject,
    certificate_expired_namespaceObject,
    certificate_expiring_namespaceObject,
    certificate_weak_namespaceObject,
    mx_lookup_failed_namespaceObject,
    mta_sts_missing_namespaceObject,
    mta_sts_invalid_namespaceObject,
    mta_sts_not_enforcing_namespaceObject,
    mta_sts_mx_not_covered_namespaceObject,
    tls_rpt_missing_namespaceObject,
    waiver_expired_namespaceObject,
    service_busy_namespaceObject,
    dns_targets_skipped_namespaceObject,
    runner_network_limited,
    check_inconclusive,
    tls_cipher_weak,
    tls_cipher_anonymous,
    tls_forward_secrecy_missing,
    tls_dh_weak,
    dane_missing_namespaceObject,
    dane_mismatch_namespaceObject,
    dnssec_insecure_namespaceObject,
    dane_unusable_namespaceObject,
];
/** The rule ids in registry order (SARIF's ruleIndex). */
const RULE_IDS = Object.freeze(RULE_REGISTRY.map((rule) => rule.meta.id));
/** Each rule's metadata by id. */
const RULES = Object.freeze(Object.fromEntries(RULE_REGISTRY.map((rule) => [rule.meta.id, rule.meta])));
function ruleMeta(id) {
    return RULES[id];
}


/***/ }),

/***/ 93182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* reexport safe */ _rule_js__WEBPACK_IMPORTED_MODULE_1__.B),
/* harmony export */   Iu: () => (/* reexport safe */ _registry_js__WEBPACK_IMPORTED_MODULE_0__.Iu),
/* harmony export */   ai: () => (/* binding */ standsInconclusive)
/* harmony export */ });
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48739);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10281);


/**
 * The one test of whether a finding leaves a check standing open: it says the check could not be
 * concluded, and no waiver covers it. Verdicts (judge.ts, shard/merge.ts) and the outputs'
 * "not concluded" lists (report/words.ts) all count by it.
 */
function standsInconclusive(finding) {
    return finding.inconclusive === true && !finding.waived;
}


/***/ }),

/***/ 66954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ waiverEnd),
/* harmony export */   FP: () => (/* binding */ expiredWaivers),
/* harmony export */   Kw: () => (/* binding */ applyWaivers)
/* harmony export */ });
/* unused harmony exports isWaiverActive, waiverCovers */
/* harmony import */ var _common_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17911);
/* harmony import */ var _common_host_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14458);
// Waivers: a waiver hides matching findings until the end of its expires day (UTC); after
// that it waives nothing and becomes a finding of its own, at its own line.


/** The last millisecond the waiver holds, or NaN when the date does not parse. */
function waiverEnd(waiver) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waiver.expires.trim());
    if (match === null)
        return Number.NaN;
    const [, year, month, day] = match;
    return Date.UTC(Number(year), Number(month) - 1, Number(day)) + _common_time_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .s - 1;
}
/** An unparseable date never waives: failing safe beats hiding findings forever. */
function isWaiverActive(waiver, now) {
    const end = waiverEnd(waiver);
    return !Number.isNaN(end) && now.getTime() <= end;
}
function waiverCovers(waiver, finding) {
    if (waiver.rule !== finding.rule)
        return false;
    if ((0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalName */ .Ew)(waiver.host) !== (0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalName */ .Ew)(finding.host))
        return false;
    return waiver.port === null || waiver.port === finding.port;
}
/** Marks findings covered by an active waiver (the first in policy order gives the reason). */
function applyWaivers(findings, waivers, now) {
    const active = waivers.filter((waiver) => isWaiverActive(waiver, now));
    return findings.map((finding) => {
        const waiver = active.find((candidate) => waiverCovers(candidate, finding));
        return waiver === undefined ? finding : { ...finding, waived: true, waiverReason: waiver.reason };
    });
}
function expiredWaivers(waivers, now) {
    return waivers.filter((waiver) => !isWaiverActive(waiver, now));
}


/***/ })

};
