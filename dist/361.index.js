export const id = 361;
export const ids = [361,360];
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


/***/ }),

/***/ 83361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ShardMerger: () => (/* binding */ ShardMerger)
});

// UNUSED EXPORTS: mergeReports

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./policies/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"mail-tls-gate report","description":"The JSON report of one mail-tls-gate run (reportVersion 1). Endpoints are what was seen; findings are what the policy says of them.","type":"object","additionalProperties":false,"required":["reportVersion","tool","policy","startedAt","durationMs","summary","endpoints","findings"],"properties":{"reportVersion":{"const":1},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mail-tls-gate"},"version":{"type":"string","minLength":1}}},"policy":{"type":"string","description":"The policy file the run checked."},"startedAt":{"$ref":"#/definitions/isoTime"},"durationMs":{"$ref":"#/definitions/count"},"summary":{"type":"object","additionalProperties":false,"required":["errors","warnings","notices","endpoints","result"],"description":"Counts of findings that are not waived.","properties":{"errors":{"$ref":"#/definitions/count"},"warnings":{"$ref":"#/definitions/count"},"notices":{"$ref":"#/definitions/count"},"endpoints":{"$ref":"#/definitions/count"},"result":{"enum":["pass","fail","inconclusive"],"description":"fail: findings at or above fail-on; inconclusive: none, but some required check could not be concluded (exit code 3)."}}},"shard":{"type":"object","additionalProperties":false,"required":["index","count","policySha256","requiredEndpoints","concludedEndpoints"],"description":"Present when the run probed one shard of the plan (shard: i/n); absent for a whole or merged run.","properties":{"index":{"type":"integer","minimum":1,"maximum":256,"description":"This shard, 1-based."},"count":{"type":"integer","minimum":1,"maximum":256,"description":"How many shards the plan was split into."},"policySha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the policy file: shards of different policies are never merged."},"requiredEndpoints":{"$ref":"#/definitions/count","description":"Required endpoints in this shard."},"concludedEndpoints":{"$ref":"#/definitions/count","description":"Required endpoints in this shard that got through (neither unreachable nor busy)."},"forbiddenEndpoints":{"$ref":"#/definitions/count","description":"Forbidden endpoints in this shard."},"forbiddenResolved":{"$ref":"#/definitions/count","description":"Forbidden endpoints in this shard whose host name resolved, so that their reachability could be looked at."}}},"endpoints":{"type":"array","items":{"$ref":"#/definitions/endpoint"}},"domains":{"type":"array","items":{"$ref":"#/definitions/domain"},"description":"What DNS and the MTA-STS policy hosts showed for the policy\'s domains (facts, not judgements); absent when the policy lists no domains."},"runnerNetwork":{"type":"array","items":{"$ref":"#/definitions/runnerLimit"},"description":"What the runner\'s own network could not test, and why (rule runner-network-limited); absent when nothing. Judged over the whole run, or over each shard\'s part of it in a sharded run."},"dane":{"type":"array","items":{"$ref":"#/definitions/daneOutcome"},"description":"How DANE stands at each port-25 endpoint of the MX hosts of domains whose policy asks about DANE: which TLSA record matched which certificate of the presented chain. A judgement over the domains\' TLSA facts and the endpoints\' chains; absent when no domain asks."},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}}},"definitions":{"tlsaRecord":{"type":"object","additionalProperties":false,"required":["usage","selector","matchingType","data"],"properties":{"usage":{"type":"integer","minimum":0,"maximum":255},"selector":{"type":"integer","minimum":0,"maximum":255},"matchingType":{"type":"integer","minimum":0,"maximum":255},"data":{"type":"string","pattern":"^([0-9a-f]{2})*$","description":"The certificate association data, lower-case hex."}}},"daneOutcome":{"type":"object","additionalProperties":false,"required":["domain","host","address","port","applies","outcome","record","certificate"],"properties":{"domain":{"type":"string"},"host":{"type":"string"},"address":{"$ref":"#/definitions/nullableString"},"port":{"$ref":"#/definitions/port"},"applies":{"type":"boolean","description":"The MX answer and the host\'s TLSA answer were both DNSSEC-authenticated, so senders that use DANE hold the host to its records."},"outcome":{"enum":["dane-ee","dane-ta","ta-unverified","no-match","no-chain","no-records","unusable","insecure","unanswered"],"description":"dane-ee / dane-ta: a usable record matched; ta-unverified: only a DANE-TA record naming a root the probe trusts, which the server may not have sent; no-match: usable records, none matched; no-chain: no TLS session to match; no-records / unusable: no TLSA records, or none usable; insecure: the TLSA answer was not authenticated; unanswered: the MX or TLSA question got no verdict."},"record":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/tlsaRecord"}]},"certificate":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["depth","subject"],"properties":{"depth":{"type":"integer","minimum":0,"description":"0 the leaf, 1 its issuer, …"},"subject":{"type":"string"}}}]}}},"runnerLimit":{"oneOf":[{"type":"object","additionalProperties":false,"required":["kind","family","codes","addresses"],"description":"Every connect to an address of this family failed at once (no route on the runner).","properties":{"kind":{"const":"no-route"},"family":{"enum":["ipv4","ipv6"]},"codes":{"$ref":"#/definitions/stringList"},"addresses":{"$ref":"#/definitions/stringList"}}},{"type":"object","additionalProperties":false,"required":["kind","port","hosts","addresses"],"description":"Connects to this port timed out on every address of two or more hosts whose addresses answered on other ports, and nothing in the run answered on it: a filter on the runner\'s path.","properties":{"kind":{"const":"port-filtered"},"port":{"$ref":"#/definitions/port"},"hosts":{"$ref":"#/definitions/stringList"},"addresses":{"$ref":"#/definitions/stringList"}}}]},"count":{"type":"integer","minimum":0},"port":{"type":"integer","minimum":1,"maximum":65535},"isoTime":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},"service":{"enum":["smtp","submission","submissions","imap","imaps","pop3","pop3s","managesieve","https","http"]},"tlsVersion":{"enum":["TLSv1","TLSv1.1","TLSv1.2","TLSv1.3"]},"stringList":{"type":"array","items":{"type":"string"}},"nullableString":{"type":["string","null"]},"endpoint":{"type":"object","additionalProperties":false,"required":["host","address","port","service","reachable","durationMs","connections","error","plaintext","tls","http"],"properties":{"host":{"type":"string","minLength":1},"address":{"$ref":"#/definitions/nullableString","description":"Null when the host name did not resolve."},"port":{"$ref":"#/definitions/port"},"service":{"$ref":"#/definitions/service"},"reachable":{"type":"boolean"},"durationMs":{"$ref":"#/definitions/count"},"connections":{"$ref":"#/definitions/count"},"error":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/probeError"}]},"plaintext":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/plaintext"}]},"tls":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/tls"}]},"http":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/http"}]}}},"probeError":{"type":"object","additionalProperties":false,"required":["kind","step","message"],"properties":{"kind":{"enum":["unresolved","refused","reset","timeout","unreachable","closed","misbehaving","starttls-refused","tls-handshake","other"]},"step":{"enum":["resolve","connect","greeting","capabilities","starttls","handshake","after-tls","http"]},"message":{"type":"string"},"busy":{"const":true,"description":"The server turned the session away (4xx greeting, BYE, -ERR, close before greeting), also after one retry."},"code":{"type":"string","description":"The system\'s error code when a connect failed (ENETUNREACH, ECONNREFUSED, ...)."},"atOnce":{"const":true,"description":"The system refused the connect itself, before any packet could be answered (no route, no such address family): a fact about the runner\'s network."}}},"plaintext":{"type":"object","additionalProperties":false,"required":["greeting","capabilities","starttls","authBeforeTls","loginDisabled","starttlsReply","capabilitiesAfterTls","commandInjection"],"properties":{"greeting":{"type":"string"},"capabilities":{"$ref":"#/definitions/stringList"},"starttls":{"type":"boolean"},"authBeforeTls":{"$ref":"#/definitions/stringList"},"loginDisabled":{"type":["boolean","null"]},"starttlsReply":{"$ref":"#/definitions/nullableString"},"capabilitiesAfterTls":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/stringList"}]},"commandInjection":{"type":["boolean","null"]},"commandInjectionUntested":{"type":"string","description":"Why the injection test could not be made (its connection was turned away or failed): inconclusive."}}},"tls":{"type":"object","additionalProperties":false,"required":["mode","version","cipher","versionsAccepted","certificate","error"],"properties":{"mode":{"enum":["implicit","starttls"]},"version":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/tlsVersion"}]},"cipher":{"$ref":"#/definitions/nullableString"},"versionsAccepted":{"type":"array","items":{"$ref":"#/definitions/tlsVersion"},"uniqueItems":true},"versionsUntested":{"type":"array","items":{"$ref":"#/definitions/tlsVersion"},"uniqueItems":true,"minItems":1,"description":"Versions the sweep could not test (connection turned away or failed, or no answer before the deadline): unknown, not rejected."},"versionsUntestedReason":{"type":"string","description":"Why the versions in versionsUntested were not tested."},"versionsOverBudget":{"type":"array","items":{"$ref":"#/definitions/tlsVersion"},"uniqueItems":true,"minItems":1,"description":"The part of versionsUntested left untested only because the probe\'s own connection budget (6 per endpoint) was spent: no sign of a busy service."},"versionsTurnedAway":{"type":"array","items":{"$ref":"#/definitions/tlsVersion"},"uniqueItems":true,"minItems":1,"description":"The part of versionsUntested left untested because the server turned the connection for it away (busy, also on the retry): the only part that makes the question service-busy."},"certificate":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/certificate"}]},"error":{"$ref":"#/definitions/nullableString"},"ciphers":{"type":"object","additionalProperties":false,"description":"What the cipher questions showed, per TLS version of 1.2 and below that the sweep saw accepted: facts (the suites the server picked), not judgements. Only the classes some rule judges on the endpoint are asked; the others are listed as notAsked. Absent when the sweep saw no such version accepted.","properties":{"TLSv1.2":{"$ref":"#/definitions/cipherAnswers"},"TLSv1.1":{"$ref":"#/definitions/cipherAnswers"},"TLSv1":{"$ref":"#/definitions/cipherAnswers"}}}}},"cipherClass":{"enum":["weak","anonymous","no-forward-secrecy","non-aead","dhe"],"description":"weak: NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5 MAC; anonymous: aNULL; no-forward-secrecy: RSA key transport or static DH (TLS 1.2); non-aead: no AEAD encryption (TLS 1.2, asked under the profiles intermediate and modern); dhe: finite-field DHE, asked for the size of its group."},"cipherClasses":{"type":"array","items":{"$ref":"#/definitions/cipherClass"},"uniqueItems":true},"cipherAnswers":{"type":"object","additionalProperties":false,"required":["picked","accepted","refused","untested"],"properties":{"picked":{"type":"array","description":"The suite the server picked for each question it accepted, in the order asked (IANA names), with the classes asked about that it belongs to.","items":{"type":"object","additionalProperties":false,"required":["suite","classes"],"properties":{"suite":{"type":"string"},"classes":{"$ref":"#/definitions/cipherClasses"}}}},"accepted":{"$ref":"#/definitions/cipherClasses"},"refused":{"$ref":"#/definitions/cipherClasses"},"untested":{"$ref":"#/definitions/cipherClasses"},"untestedReason":{"type":"string","description":"Why the untested classes were not tested: turned away as busy, the connection budget, or a question without an answer."},"notAsked":{"type":"array","items":{"$ref":"#/definitions/cipherClass"},"uniqueItems":true,"minItems":1,"description":"Classes not asked because no rule judges them on this endpoint (every rule that reads them is off for it, as tls-forward-secrecy-missing is without a profile): neither accepted, refused nor untested, and read by no rule. Absent when every class was asked."},"dhBits":{"type":"integer","minimum":1,"description":"The size in bits of the DH prime of the ServerKeyExchange, when a DHE suite was picked."}}},"certificate":{"type":"object","additionalProperties":false,"required":["subject","issuer","san","notBefore","notAfter","daysLeft","trusted","nameMatch","keyType","keyBits","signature","error","fingerprint256","chain","presented"],"properties":{"subject":{"type":"string"},"issuer":{"type":"string"},"san":{"$ref":"#/definitions/stringList"},"notBefore":{"$ref":"#/definitions/isoTime"},"notAfter":{"$ref":"#/definitions/isoTime"},"daysLeft":{"type":"integer","description":"Negative once expired."},"trusted":{"type":"boolean"},"nameMatch":{"type":"boolean"},"keyType":{"type":"string"},"keyBits":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/count"}]},"signature":{"type":"string"},"error":{"$ref":"#/definitions/nullableString"},"fingerprint256":{"type":"string","pattern":"^([0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){31})?$"},"chain":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["subject","issuer"],"properties":{"subject":{"type":"string"},"issuer":{"type":"string"}}}},"presented":{"type":"array","description":"Every certificate of the chain, leaf first, by the digests DANE TLSA records name it by (lower-case hex); no DER is kept.","items":{"type":"object","additionalProperties":false,"required":["subject","sha256","sha512","spkiSha256","spkiSha512","issuedByNext","trustedRoot"],"properties":{"subject":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"sha512":{"type":"string","pattern":"^[0-9a-f]{128}$"},"spkiSha256":{"oneOf":[{"type":"null"},{"type":"string","pattern":"^[0-9a-f]{64}$"}]},"spkiSha512":{"oneOf":[{"type":"null"},{"type":"string","pattern":"^[0-9a-f]{128}$"}]},"issuedByNext":{"oneOf":[{"type":"null"},{"type":"boolean"}],"description":"The next certificate of the list issued this one and its key verifies this one\'s signature; null for the last."},"trustedRoot":{"type":"boolean","description":"One of the roots the probe trusts: for the last certificate, sent by the server or added from the local store, which cannot be told apart."}}}}}},"http":{"type":"object","additionalProperties":false,"required":["status","location","error"],"properties":{"status":{"oneOf":[{"type":"null"},{"type":"integer","minimum":100,"maximum":999}]},"location":{"$ref":"#/definitions/nullableString"},"error":{"$ref":"#/definitions/nullableString"}}},"nullableCount":{"type":["integer","null"],"minimum":0},"dnssecAnswer":{"type":"object","additionalProperties":false,"required":["rcode","authenticated","error"],"properties":{"rcode":{"$ref":"#/definitions/nullableString","description":"The resolver\'s RCODE name (NOERROR, NXDOMAIN, SERVFAIL, …); null when no answer came."},"authenticated":{"type":["boolean","null"],"description":"The answer\'s AD bit, trusted only from a resolver the policy or the input names; null when no answer came."},"error":{"$ref":"#/definitions/nullableString","description":"Why no answer was had, or why its AD bit is not trusted; null otherwise."}}},"domain":{"type":"object","additionalProperties":false,"required":["domain","mx","mxHosts","skipped","mtaSts","tlsRpt","dane","durationMs"],"properties":{"domain":{"type":"string","minLength":1},"mx":{"type":"object","additionalProperties":false,"required":["records","nullMx","implicit","error"],"properties":{"records":{"type":"array","description":"By preference, then name; names lower case without the final dot.","items":{"type":"object","additionalProperties":false,"required":["host","preference"],"properties":{"host":{"type":"string"},"preference":{"$ref":"#/definitions/count"}}}},"nullMx":{"type":"boolean","description":"RFC 7505: a single MX of preference 0 and name \'.\': the domain accepts no mail."},"implicit":{"type":"boolean","description":"No MX records, so mail goes to the domain\'s own address (RFC 5321 §5.1)."},"error":{"$ref":"#/definitions/nullableString","description":"The look-up\'s error code: ENOTFOUND (NXDOMAIN), ESERVFAIL, ETIMEOUT, …"}}},"mxHosts":{"description":"The mail hosts probed for the domain (its MX hosts, or the domain itself for an implicit MX) with the addresses admitted for probing; null when the policy asks no services of them.","oneOf":[{"type":"null"},{"type":"array","items":{"type":"object","additionalProperties":false,"required":["host","addresses","error"],"properties":{"host":{"type":"string","minLength":1},"addresses":{"$ref":"#/definitions/stringList"},"error":{"$ref":"#/definitions/nullableString","description":"The address look-up\'s error code when the host has no address."}}}}]},"skipped":{"type":"array","description":"What DNS supplied and the run did not probe (rule dns-targets-skipped).","items":{"type":"object","additionalProperties":false,"required":["role","reason","host","left"],"properties":{"role":{"enum":["mx","mta-sts"]},"reason":{"enum":["not-a-host-name","too-many-mx-hosts","restricted-address","too-many-addresses"]},"host":{"$ref":"#/definitions/nullableString","description":"The host whose CNAME or addresses were left out; null when MX names themselves were."},"left":{"$ref":"#/definitions/stringList","description":"The names or addresses left out, as DNS gave them."}}}},"mtaSts":{"description":"Null when the policy does not ask about MTA-STS.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["record","fetch","policy"],"properties":{"record":{"type":"object","additionalProperties":false,"required":["records","id","problem","lookupError"],"properties":{"records":{"$ref":"#/definitions/stringList"},"id":{"$ref":"#/definitions/nullableString"},"problem":{"$ref":"#/definitions/nullableString"},"lookupError":{"$ref":"#/definitions/nullableString"}}},"fetch":{"type":"object","additionalProperties":false,"required":["url","address","status","contentType","redirect","bytes","tooLarge","error","errorKind","lookupCode"],"properties":{"url":{"type":"string"},"address":{"$ref":"#/definitions/nullableString"},"status":{"$ref":"#/definitions/nullableCount"},"contentType":{"$ref":"#/definitions/nullableString"},"redirect":{"$ref":"#/definitions/nullableString","description":"The Location of a 3xx answer: reported, never followed."},"bytes":{"$ref":"#/definitions/count"},"tooLarge":{"type":"boolean"},"error":{"$ref":"#/definitions/nullableString"},"errorKind":{"enum":["unresolved","skipped","certificate","timeout","connection",null]},"lookupCode":{"$ref":"#/definitions/nullableString","description":"With errorKind unresolved, the policy host\'s address look-up error code: ENOTFOUND (NXDOMAIN) and ENODATA (no A/AAAA records) are answers; ETIMEOUT, ESERVFAIL, EREFUSED, ECONNREFUSED, EAI_AGAIN, EAI_FAIL mean no answer came. Null otherwise."}}},"policy":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["version","mode","mx","maxAge","problems"],"properties":{"version":{"$ref":"#/definitions/nullableString"},"mode":{"$ref":"#/definitions/nullableString"},"mx":{"$ref":"#/definitions/stringList"},"maxAge":{"$ref":"#/definitions/nullableCount"},"problems":{"$ref":"#/definitions/stringList"}}}]}}}]},"tlsRpt":{"description":"Null when the policy does not ask about TLS-RPT.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["records","rua","problem","lookupError"],"properties":{"records":{"$ref":"#/definitions/stringList"},"rua":{"$ref":"#/definitions/stringList"},"problem":{"$ref":"#/definitions/nullableString"},"lookupError":{"$ref":"#/definitions/nullableString"}}}]},"dane":{"description":"What DNS said about DANE for the domain\'s MX hosts (RFC 7672): the MX answer\'s AD bit, and each MX host\'s TLSA records at _25._tcp.<host> with their AD bit. Null when the policy does not ask about DANE.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["mx","hosts"],"properties":{"mx":{"$ref":"#/definitions/dnssecAnswer","description":"The MX look-up, asked again with DO set."},"hosts":{"type":"array","description":"One entry per MX host probed, in MX order.","items":{"type":"object","additionalProperties":false,"required":["host","tlsaName","tlsa","records"],"properties":{"host":{"type":"string","minLength":1},"tlsaName":{"type":"string","minLength":1},"tlsa":{"$ref":"#/definitions/dnssecAnswer"},"records":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["usage","selector","matchingType","data"],"properties":{"usage":{"type":"integer","minimum":0,"maximum":255},"selector":{"type":"integer","minimum":0,"maximum":255},"matchingType":{"type":"integer","minimum":0,"maximum":255},"data":{"type":"string","pattern":"^([0-9a-f]{2})*$","description":"The certificate association data, lower-case hex."}}}}}}}}}]},"durationMs":{"$ref":"#/definitions/count"}}},"finding":{"type":"object","additionalProperties":false,"required":["rule","severity","host","address","port","service","message","evidence","location","waived"],"properties":{"rule":{"enum":["required-service-unreachable","forbidden-service-reachable","service-misbehaving","tls-handshake-failed","starttls-not-offered","starttls-failed","plaintext-auth-offered","starttls-command-injection","http-not-redirected","tls-version-legacy","tls13-not-supported","certificate-untrusted","certificate-name-mismatch","certificate-expired","certificate-expiring","certificate-weak","mx-lookup-failed","mta-sts-missing","mta-sts-invalid","mta-sts-not-enforcing","mta-sts-mx-not-covered","tls-rpt-missing","waiver-expired","service-busy","dns-targets-skipped","runner-network-limited","check-inconclusive","tls-cipher-weak","tls-cipher-anonymous","tls-forward-secrecy-missing","tls-dh-weak","dane-missing","dane-mismatch","dnssec-insecure","dane-unusable"]},"severity":{"enum":["error","warning","notice"]},"host":{"type":"string","minLength":1,"description":"The host, or the domain for domain-wide rules."},"address":{"$ref":"#/definitions/nullableString"},"port":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/port"}]},"service":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/service"}]},"message":{"type":"string"},"evidence":{"$ref":"#/definitions/nullableString"},"location":{"type":"object","additionalProperties":false,"required":["file","line","column"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1}}},"waived":{"type":"boolean"},"inconclusive":{"const":true,"description":"Present when the finding says a required check could not be concluded (the server turned the probe away, a question went unanswered, the runner\'s network could not reach it): the run is then never a pass while the finding stands."},"waiverReason":{"type":"string","description":"The waiver\'s reason, present when waived."}}}}}');
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/rules/judge.ts + 2 modules
var judge = __webpack_require__(54360);
// EXTERNAL MODULE: ./src/rules/catalog/runner-network-limited.ts
var runner_network_limited = __webpack_require__(88981);
;// CONCATENATED MODULE: ./src/shard/merge.ts
// Merge: the reports of a matrix of shard jobs combined into the one report the whole plan would
// have produced. Every input is checked against policies/report.schema.json, and a set that cannot
// be one run is refused with every reason at once: reports of different policies, tool versions
// or shard counts, a shard missing or given twice, an endpoint seen by two shards.
//
// Memory: reports are taken one at a time (`ShardMerger.add`), each parsed, checked and kept in
// canonical form only, its text and its parsed copy let go before the next is read; the whole is
// then put together from those parts without copying them again. So the peak is about one copy
// of the merged report, plus one shard's text.






let compiled;
function schemaErrors(value) {
    compiled ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(report_schema_namespaceObject);
    return compiled(value) ? [] : [...(compiled.errors ?? [])];
}
/** Reads one report: JSON, valid against the schema, from a shard run. */
function readShardReport(file) {
    let value;
    try {
        value = JSON.parse(file.text);
    }
    catch (err) {
        return { problem: `${file.name}: not JSON (${err.message})` };
    }
    const errors = schemaErrors(value);
    if (errors.length > 0) {
        const first = errors
            .slice(0, 3)
            .map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}`)
            .join('; ');
        return { problem: `${file.name}: not a mail-tls-gate report (reportVersion 1): ${first}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}` };
    }
    const report = value;
    if (report.shard === undefined) {
        return { problem: `${file.name}: not a shard report (no "shard"): merge combines the reports of runs made with shard: i/n` };
    }
    return { report: report };
}
/** Values that must be equal across the set, each with the files that hold each value. */
function mismatch(label, reports) {
    const byValue = new Map();
    for (const r of reports)
        byValue.set(r.value, [...(byValue.get(r.value) ?? []), r.name]);
    if (byValue.size <= 1)
        return null;
    const parts = [...byValue].map(([value, names]) => `${value} (${names.join(', ')})`);
    return `the reports are of different ${label}: ${parts.join(' vs ')}`;
}
function findingKey(f) {
    return JSON.stringify([f.rule, f.severity, f.host, f.address, f.port, f.service, f.message, f.evidence, f.location, f.waived, f.inconclusive ?? false, f.waiverReason ?? null]);
}
/**
 * Each shard judged what the runner's network could not test over its own part of the plan only
 * (a port filtered on the path shows on several hosts, and a shard may hold one): the union.
 */
function runnerNetworkOf(reports) {
    const limits = (0,runner_network_limited.mergeRunnerLimits)(reports.map((r) => r.runnerNetwork ?? []));
    return limits.length > 0 ? { runnerNetwork: limits } : {};
}
function mergeReports(files, failOn) {
    const merger = new ShardMerger();
    for (const file of files)
        merger.add(file);
    return merger.finish(failOn);
}
/** Shard reports taken one at a time (so that only one report's text is held at once), then merged. */
class ShardMerger {
    reports = [];
    problems = [];
    /**
     * Certificate facts seen so far, by a digest of their JSON: the services of one host present
     * the same certificate, so equal facts are kept once and shared (the report is only read from
     * here on, and its JSON is the same either way).
     */
    certificates = new Map();
    add(file) {
        const read = readShardReport(file);
        if ('problem' in read) {
            this.problems.push(read.problem);
            return;
        }
        const report = (0,json/* canonicalReport */.zm)(read.report);
        for (const endpoint of report.endpoints) {
            const tls = endpoint.tls;
            if (!tls?.certificate)
                continue;
            const key = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(tls.certificate)).digest('base64');
            const known = this.certificates.get(key);
            if (known)
                tls.certificate = known;
            else
                this.certificates.set(key, tls.certificate);
        }
        this.reports.push({ name: file.name, report });
    }
    finish(failOn) {
        if (this.reports.length === 0 && this.problems.length === 0)
            return { ok: false, problems: ['no report to merge'] };
        if (this.problems.length > 0)
            return { ok: false, problems: this.problems };
        return combine(this.reports, failOn);
    }
}
function combine(reports, failOn) {
    const problems = [];
    const checks = [
        ['policies', (r) => r.policy],
        ['policy contents', (r) => `sha256 ${r.shard.policySha256.slice(0, 12)}`],
        ['tool versions', (r) => `${r.tool.name} ${r.tool.version}`],
        ['shard counts', (r) => `n = ${r.shard.count}`],
    ];
    for (const [label, value] of checks) {
        const m = mismatch(label, reports.map((r) => ({ name: r.name, value: value(r.report) })));
        if (m !== null)
            problems.push(m);
    }
    if (problems.length > 0)
        return { ok: false, problems };
    const count = reports[0].report.shard.count;
    const byIndex = new Map();
    for (const r of reports)
        byIndex.set(r.report.shard.index, [...(byIndex.get(r.report.shard.index) ?? []), r.name]);
    for (let i = 1; i <= count; i++) {
        const names = byIndex.get(i) ?? [];
        if (names.length === 0)
            problems.push(`shard ${i}/${count} is missing: every shard's report is needed`);
        if (names.length > 1)
            problems.push(`shard ${i}/${count} is given more than once: ${names.join(', ')}`);
    }
    if (problems.length > 0)
        return { ok: false, problems };
    const seen = new Map();
    for (const { name, report } of reports) {
        for (const e of report.endpoints) {
            const key = JSON.stringify([e.host, e.address, e.port, e.service]);
            const other = seen.get(key);
            if (other !== undefined && other !== name) {
                problems.push(`${e.host}${e.address ? ` (${e.address})` : ''} port ${e.port} ${e.service} is in both ${other} and ${name}: the shards were not split the same way`);
            }
            seen.set(key, name);
        }
    }
    if (problems.length > 0)
        return { ok: false, problems: problems.slice(0, 20) };
    const endpoints = reports.flatMap((r) => r.report.endpoints);
    // Findings not tied to an endpoint (an expired waiver) are made by every shard: keep one.
    const findings = new Map();
    for (const r of reports)
        for (const f of r.report.findings)
            if (!findings.has(findingKey(f)))
                findings.set(findingKey(f), f);
    const merged = [...findings.values()];
    const sum = (count) => reports.reduce((n, r) => n + (count(r.report.shard) ?? 0), 0);
    const counts = {
        required: sum((s) => s.requiredEndpoints),
        concluded: sum((s) => s.concludedEndpoints),
        forbidden: sum((s) => s.forbiddenEndpoints),
        forbiddenResolved: sum((s) => s.forbiddenResolved),
    };
    const result = (0,judge.verdict)(merged, failOn, (0,judge/* isInconclusiveOf */.s9)(merged, counts));
    const starts = reports.map((r) => Date.parse(r.report.startedAt));
    const ends = reports.map((r) => Date.parse(r.report.startedAt) + r.report.durationMs);
    const first = reports[starts.indexOf(Math.min(...starts))].report;
    // Every shard looks at every domain of the policy (only hosts are split): take shard 1's view.
    const domainsOf = [...reports].sort((a, b) => a.report.shard.index - b.report.shard.index)[0].report.domains;
    const report = {
        reportVersion: 1,
        tool: first.tool,
        policy: first.policy,
        startedAt: first.startedAt,
        durationMs: Math.max(0, Math.max(...ends) - Math.min(...starts)),
        summary: (0,json/* summarise */.fS)(endpoints, merged, result),
        endpoints,
        ...(domainsOf !== undefined ? { domains: domainsOf } : {}),
        ...runnerNetworkOf(reports.map((r) => r.report)),
        // Each endpoint is in one shard only, and so is what DANE made of it.
        ...(reports.some((r) => r.report.dane !== undefined) ? { dane: reports.flatMap((r) => r.report.dane ?? []) } : {}),
        findings: merged,
    };
    return { ok: true, report: (0,json/* canonicalFromCanonicalParts */.F)(report) };
}


/***/ })

};
