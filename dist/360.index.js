export const id = 360;
export const ids = [360];
export const modules = {

/***/ 54360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  conclusionCounts: () => (/* binding */ conclusionCounts),
  exitCodeOf: () => (/* binding */ exitCodeOf),
  isInconclusive: () => (/* binding */ isInconclusive),
  s9: () => (/* binding */ isInconclusiveOf),
  judgeRun: () => (/* binding */ judgeRun),
  verdict: () => (/* binding */ verdict)
});

// UNUSED EXPORTS: effectiveSeverity, hasInconclusive, judge, nothingConcluded, nothingConcludedOf

// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
// EXTERNAL MODULE: ./src/rules/registry.ts + 30 modules
var registry = __webpack_require__(48739);
;// CONCATENATED MODULE: ./src/rules/endpoint-drafts.ts

function checksFor(expectation) {
    return registry/* RULE_REGISTRY */.Hu.flatMap((rule) => {
        const check = 'checks' in rule ? rule.checks[expectation] : undefined;
        return check === undefined ? [] : [check];
    });
}
const REQUIRED_CHECKS = checksFor('require');
const FORBIDDEN_CHECKS = checksFor('forbid');
/** Every draft for one endpoint, at most one per rule (the first check to speak wins). */
function draftEndpoint(endpoint, facts, now, policyRules = {}) {
    const checks = endpoint.expectation === 'forbid' ? FORBIDDEN_CHECKS : REQUIRED_CHECKS;
    const byRule = new Map();
    for (const check of checks) {
        for (const draft of check(endpoint, facts, now, policyRules)) {
            if (!byRule.has(draft.rule))
                byRule.set(draft.rule, draft);
        }
    }
    return [...byRule.values()];
}

// EXTERNAL MODULE: ./src/rules/draft.ts
var rules_draft = __webpack_require__(73380);
// EXTERNAL MODULE: ./src/rules/types.ts
var types = __webpack_require__(93182);
// EXTERNAL MODULE: ./src/rules/probe-outcome.ts
var probe_outcome = __webpack_require__(81588);
// EXTERNAL MODULE: ./src/rules/waivers.ts
var waivers = __webpack_require__(66954);
// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
;// CONCATENATED MODULE: ./src/rules/domain-findings.ts
// Domain drafts → findings: the policy's severity, the domain as the host (no address, port or
// service), and the location of the key that asked (the domain entry, `mta-sts:`, `tls-rpt:` or
// `dane:`).


/** Every draft for one policy domain: each domain rule module's check, in registry order. */
function draftDomain(policy, facts, observed = []) {
    return registry/* RULE_REGISTRY */.Hu.flatMap((rule) => ('checkDomain' in rule ? rule.checkDomain(policy, facts, observed) : []));
}
const KEY_OF = {
    domain: null,
    'mta-sts': 'mtaSts',
    'tls-rpt': 'tlsRpt',
    dane: 'dane',
};
/**
 * A draft's severity: the policy's override of the rule, else the draft's own (a rule whose
 * severity follows the policy, as dnssec-insecure follows `dane:`), else the rule's default.
 */
function judgeDomains(policy, domains, severityOf, observed = []) {
    const findings = [];
    for (const entry of policy.domains) {
        const facts = domains.find((d) => d.domain === (0,host_names/* canonicalName */.Ew)(entry.domain));
        if (facts === undefined)
            continue;
        for (const draft of draftDomain(entry, facts, observed)) {
            const severity = policy.rules[draft.rule] === undefined && draft.severity !== undefined ? draft.severity : severityOf(policy, draft.rule);
            if (severity === 'off')
                continue;
            // An unanswered question no rule still on would read leaves nothing open.
            if (draft.openFor !== undefined && draft.openFor.every((rule) => severityOf(policy, rule) === 'off'))
                continue;
            const key = KEY_OF[draft.at];
            const location = (key === null ? undefined : entry.keyLocations?.[key]) ?? entry.location;
            findings.push({
                rule: draft.rule,
                severity,
                host: facts.domain,
                address: null,
                port: null,
                service: null,
                message: draft.message,
                evidence: draft.evidence,
                location,
                waived: false,
                ...(draft.inconclusive ? { inconclusive: true } : {}),
            });
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/rules/catalog/runner-network-limited.ts
var runner_network_limited = __webpack_require__(88981);
// EXTERNAL MODULE: ./src/rules/dane.ts + 1 modules
var rules_dane = __webpack_require__(19834);
;// CONCATENATED MODULE: ./src/rules/judge.ts










/** The severity the policy gives a rule: its override if any, else the catalog default. */
function effectiveSeverity(policy, rule) {
    return policy.rules[rule]?.severity ?? registry/* RULES */.y0[rule].defaultSeverity;
}
function judge(policy, observations, now, domains = []) {
    return judgeRun(policy, observations, now, domains).findings;
}
function judgeRun(policy, observations, now, domains = []) {
    const findings = [];
    const seen = new Set();
    // What the runner's own network kept from being tested is a judgement over the whole run.
    const runner = (0,runner_network_limited.runnerNetwork)(observations);
    // How DANE stands at each MX host's port-25 endpoints, from the domains' TLSA facts.
    const dane = (0,rules_dane/* daneView */.Ue)(policy.domains, domains, observations);
    for (const observation of observations) {
        const { endpoint, facts } = observation;
        const drafts = (0,runner_network_limited.withRunnerNetwork)(draftEndpoint(endpoint, facts, now, policy.rules), observation, runner, observations);
        for (const draft of (0,rules_dane/* withDaneTrust */.N1)(drafts, endpoint, dane.trust.get(observation))) {
            const finding = endpointFinding(policy, endpoint, facts, draft);
            if (finding === null)
                continue;
            // One finding per rule per endpoint, even if the plan listed an endpoint twice.
            const key = JSON.stringify([finding.host, finding.address, finding.port, finding.service, finding.rule]);
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(finding);
        }
    }
    findings.push(...judgeDomains(policy, domains, effectiveSeverity, observations));
    for (const rule of registry/* RULE_REGISTRY */.Hu) {
        if (!('checkPolicy' in rule))
            continue;
        for (const draft of rule.checkPolicy(policy, now)) {
            const finding = policyFinding(policy, draft);
            if (finding !== null)
                findings.push(finding);
        }
    }
    return { findings: (0,waivers/* applyWaivers */.Kw)(findings, policy.waivers, now).sort(order/* compareFindings */.Eg), runnerNetwork: runner.limits, dane: dane.outcomes };
}
/**
 * Where a finding on an endpoint points (docs/policy.md, "Where a finding points"): at the
 * setting it was judged by when the endpoint's own service item set it (a step that ran out of
 * the item's own timeout counts as judged by `timeout`), else at the item that asked for the
 * endpoint. Settings a host entry or `defaults` set are shared by many endpoints, so their
 * findings stay on each endpoint's own item; severity overrides never move a finding.
 */
function endpointLocation(endpoint, facts, draft) {
    const timedOut = facts.error?.kind === 'timeout' && facts.error.busy !== true && draft.rule === (0,probe_outcome/* failureRule */.d)(endpoint, facts);
    const setting = draft.setting ?? (timedOut ? 'timeout' : undefined);
    return (setting === undefined ? undefined : endpoint.settingLocations?.[setting]) ?? endpoint.location;
}
function endpointFinding(policy, endpoint, facts, draft) {
    const severity = (0,rules_draft/* endpointSeverity */.l)(endpoint, policy.rules, draft.rule, draft.severity, registry/* RULES */.y0[draft.rule].defaultSeverity);
    if (severity === 'off')
        return null;
    return {
        rule: draft.rule,
        severity,
        host: endpoint.host,
        address: endpoint.address,
        port: endpoint.port,
        service: endpoint.service,
        message: draft.message,
        evidence: draft.evidence,
        location: endpointLocation(endpoint, facts, draft),
        waived: false,
        ...(draft.inconclusive ? { inconclusive: true } : {}),
    };
}
function policyFinding(policy, draft) {
    const severity = effectiveSeverity(policy, draft.rule);
    if (severity === 'off')
        return null;
    return {
        rule: draft.rule,
        severity,
        host: draft.host,
        address: null,
        port: draft.port,
        service: null,
        message: draft.message,
        evidence: draft.evidence,
        location: draft.location,
        waived: false,
        ...(draft.inconclusive ? { inconclusive: true } : {}),
    };
}
const FAILING = {
    error: new Set(['error']),
    inconclusive: new Set(['error']),
    warning: new Set(['error', 'warning']),
    notice: new Set(['error', 'warning', 'notice']),
    never: new Set(),
};
/**
 * Waived findings never fail a run. `inconclusive` says whether some required check could not be
 * concluded (see isInconclusive); by default, whether an unwaived inconclusive finding says so.
 * A run that is inconclusive is never a pass, whatever fail-on says (even `never`, which only
 * keeps it from failing).
 */
function verdict(findings, failOn, inconclusive = hasInconclusive(findings)) {
    const failing = FAILING[failOn];
    if (findings.some((finding) => !finding.waived && failing.has(finding.severity)))
        return 'fail';
    if (inconclusive)
        return failOn === 'inconclusive' ? 'fail' : 'inconclusive';
    return 'pass';
}
/** The command line's exit code for a verdict: 0 pass, 1 fail, 3 inconclusive (0 with fail-on `never`). */
function exitCodeOf(result, failOn) {
    if (result === 'fail')
        return 1;
    if (result === 'inconclusive')
        return failOn === 'never' ? 0 : 3;
    return 0;
}
/** Some required check could not be concluded (an unwaived inconclusive finding): exit code 3 territory. */
function hasInconclusive(findings) {
    return findings.some(types/* standsInconclusive */.ai);
}
function conclusionCounts(observations) {
    const required = observations.filter((o) => o.endpoint.expectation === 'require');
    const forbidden = observations.filter((o) => o.endpoint.expectation === 'forbid');
    return {
        required: required.length,
        concluded: required.filter((o) => {
            const rule = (0,probe_outcome/* failureRule */.d)(o.endpoint, o.facts);
            return rule !== 'required-service-unreachable' && rule !== 'service-busy';
        }).length,
        forbidden: forbidden.length,
        forbiddenResolved: forbidden.filter((o) => o.endpoint.address !== null && o.facts.error?.kind !== 'unresolved').length,
    };
}
/**
 * Nothing could be concluded: the plan has required endpoints and not one of them got through
 * (each unreachable, unresolved or busy); or it has only forbidden ones, and not one of their
 * host names resolved, so nothing was looked at. Such a run is never a pass, even when the
 * findings that say so are waived or turned off.
 */
function nothingConcludedOf(counts) {
    if (counts.required > 0)
        return counts.concluded === 0;
    return counts.forbidden > 0 && counts.forbiddenResolved === 0;
}
function nothingConcluded(observations) {
    return nothingConcludedOf(conclusionCounts(observations));
}
/**
 * Exit code 3 territory: an unwaived inconclusive finding, or a run where nothing was concluded.
 * A single run counts its observations; a merge sums its shards' counts (shard/merge.ts).
 */
function isInconclusive(findings, observations) {
    return isInconclusiveOf(findings, conclusionCounts(observations));
}
function isInconclusiveOf(findings, counts) {
    return hasInconclusive(findings) || nothingConcludedOf(counts);
}


/***/ })

};
