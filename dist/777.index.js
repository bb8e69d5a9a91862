export const id = 777;
export const ids = [777];
export const modules = {

/***/ 99777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  init: () => (/* binding */ init)
});

// UNUSED EXPORTS: DEFAULT_INIT_TIMEOUT_MS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/policy/load.ts + 17 modules
var load = __webpack_require__(52487);
// EXTERNAL MODULE: ./src/probe/roots.ts
var roots = __webpack_require__(44399);
// EXTERNAL MODULE: ./src/options.ts
var src_options = __webpack_require__(88381);
// EXTERNAL MODULE: ./src/rules/links.ts
var links = __webpack_require__(22390);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(48720);
// EXTERNAL MODULE: ./src/resolve/addresses.ts
var addresses = __webpack_require__(97024);
// EXTERNAL MODULE: ./src/plan/mx.ts
var mx = __webpack_require__(44502);
// EXTERNAL MODULE: ./src/policy/host-mistakes.ts
var host_mistakes = __webpack_require__(37790);
// EXTERNAL MODULE: ./src/policy/services.ts + 1 modules
var policy_services = __webpack_require__(10409);
// EXTERNAL MODULE: ./src/policy/settings.ts
var settings = __webpack_require__(83693);
// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
// EXTERNAL MODULE: ./src/resolve/dns.ts
var dns = __webpack_require__(89227);
// EXTERNAL MODULE: ./src/resolve/dnssec-query.ts
var dnssec_query = __webpack_require__(47311);
// EXTERNAL MODULE: ./src/probe/dns-targets.ts
var dns_targets = __webpack_require__(76586);
// EXTERNAL MODULE: ./src/probe/observe-domains.ts + 2 modules
var observe_domains = __webpack_require__(80183);
// EXTERNAL MODULE: ./src/probe/engine.ts + 5 modules
var engine = __webpack_require__(88295);
;// CONCATENATED MODULE: ./src/init/discover.ts
// What `init` looks at before it writes anything: for each name given, whether it is a mail
// domain (it has MX records) or a host; for each domain, what the domains stage finds (MX hosts,
// MTA-STS, TLS-RPT, and DANE: the MX and TLSA answers' DNSSEC status through the resolver given
// with --resolver, the only one whose AD bit is believed); for each host (named, or an MX host),
// what each of the ten services shows.
// It reuses the stages `check` runs, with their limits: the domains stage's caps and loopback
// rules for what DNS supplies, the planner for addresses, and the probe engine's per-host and
// overall connection limits. It decides nothing about the policy (that is choose.ts).













const NO_CIPHER_CLASSES = new Set();
/** Names one `init` takes: a starter policy, not a fleet scan (check and shards are for that). */
const MAX_INIT_NAMES = 32;
/** What is wrong with a name given to init, or undefined: a host name (LDH) or an IP address. */
function initNameProblem(name) {
    if ((0,external_node_net_.isIP)(name) !== 0)
        return (0,host_mistakes/* hostLiteralProblem */.LZ)(name, 'host');
    if (!(0,dns_targets/* isHostName */.uy)(name))
        return 'is not a host name (letters, digits and hyphens between dots) or an IP address';
    return undefined;
}
const INIT_LOCATION = { file: 'init', line: 1, column: 1 };
/** Every service at its standard port, as a `require:` list: a full probe of each. */
function everyService() {
    return policy_services/* SERVICE_NAMES */.Z1.map((service) => ({ service, port: policy_services/* SERVICES */.Bg[service].port, location: INIT_LOCATION }));
}
function hostPolicy(host, timeoutMs) {
    return { host, ...settings/* BUILT_IN_SETTINGS */.zx, timeoutMs, require: everyService(), forbid: [], location: INIT_LOCATION };
}
/**
 * A domain as the domains stage is asked about it, and as the DANE rules are asked to judge it:
 * MX hosts, MTA-STS, TLS-RPT and DANE all looked at, as the strictest policy would.
 */
function initDomainPolicy(domain) {
    return { domain, mx: { require: [{ service: 'smtp', port: 25, location: INIT_LOCATION }] }, mtaSts: 'enforce', tlsRpt: 'required', dane: 'required', location: INIT_LOCATION };
}
/** A name with MX records is a mail domain; anything else (no MX, a null MX, an IP address) a host. */
async function classify(name, resolver) {
    if ((0,external_node_net_.isIP)(name) !== 0)
        return { domain: false, reason: { kind: 'ip-literal' } };
    const answer = await resolver.mx(name);
    if (!answer.ok) {
        if (answer.code === 'ENODATA' || answer.code === 'ENOTFOUND')
            return { domain: false, reason: { kind: 'no-mx' } };
        return { domain: false, reason: { kind: 'mx-lookup-failed', code: answer.code } };
    }
    if (answer.value.length === 0)
        return { domain: false, reason: { kind: 'no-mx' } };
    if (answer.value.length === 1 && (0,host_names/* canonicalName */.Ew)(answer.value[0].exchange) === '')
        return { domain: false, reason: { kind: 'null-mx' } };
    return { domain: true };
}
async function discover(options) {
    const names = [...new Set(options.names.map((n) => (0,host_names/* normaliseHost */.f2)(n.trim())))];
    const resolver = options.domainResolver ?? (0,dns/* createDomainResolver */.jw)({ server: options.resolver, timeoutMs: options.timeoutMs });
    const kinds = await Promise.all(names.map((name) => classify(name, resolver)));
    const domainNames = names.filter((_, i) => kinds[i].domain);
    const named = names.filter((_, i) => !kinds[i].domain);
    // Why each named host was taken for one; MX hosts that were not named have none.
    const reasons = new Map();
    names.forEach((name, i) => {
        const kind = kinds[i];
        if (!kind.domain)
            reasons.set(name, kind.reason);
    });
    // Only a resolver named with --resolver is believed for DNSSEC, so only it is asked: the
    // system's name server's AD bit would count for nothing, and its silence would hold the MX
    // hosts' address questions (which share the TLSA questions' slots) to the deadline.
    const dane = options.daneResolver ?? (options.resolver === undefined ? undefined : (0,dnssec_query.createDaneResolver)({ server: options.resolver, timeoutMs: options.timeoutMs }));
    const domains = await (0,observe_domains.observeDomains)(domainNames.map(initDomainPolicy), {
        resolver,
        dane,
        extraCa: options.extraCa,
        trust: options.trust,
        timeoutMs: options.timeoutMs,
        mtaStsPort: options.mtaStsPort,
        allowLoopback: options.allowLoopback,
        policyHosts: new Set(named),
    });
    // Named hosts resolve as a policy's hosts: do (the system resolver); MX hosts at the addresses
    // the domains stage admitted, as check plans them.
    const mxOf = new Map();
    for (const d of domains)
        for (const h of d.mxHosts ?? [])
            mxOf.set(h.host, [...(mxOf.get(h.host) ?? []), d.domain]);
    const mxOnly = [...mxOf.keys()].filter((h) => !named.includes(h));
    const policy = {
        file: 'init',
        version: 1,
        defaults: { ...settings/* BUILT_IN_SETTINGS */.zx, timeoutMs: options.timeoutMs },
        hosts: named.map((h) => hostPolicy(h, options.timeoutMs)),
        domains: [],
        rules: {},
        waivers: [],
    };
    const plan = await (0,plan_plan/* buildPlan */.G)(policy, options.resolveAll ?? addresses/* systemResolveAll */.H, {
        hosts: mxOnly.map((h) => hostPolicy(h, options.timeoutMs)),
        resolveAll: (0,mx/* mxAddresses */.s)(domains),
    });
    const endpoints = plan.endpoints.filter((e) => inFamily(e, options.addressFamily));
    const facts = await (0,engine/* probeAll */.mQ)(endpoints, {
        concurrency: options.concurrency,
        perHost: options.perHost,
        extraCa: options.extraCa,
        trust: options.trust,
        heloName: options.heloName,
        // The starter policy is written from services, versions and certificates: no cipher answer
        // is read, so no cipher question is asked.
        cipherClasses: () => NO_CIPHER_CLASSES,
    });
    const hosts = [...named, ...mxOnly].map((host) => {
        const mine = endpoints.map((e, i) => [e, facts[i]]).filter(([e]) => e.host === host);
        const resolved = mine.filter(([e]) => e.address !== null);
        const addresses = [...new Set(resolved.map(([e]) => e.address))];
        const services = policy_services/* SERVICE_NAMES */.Z1.map((service) => ({
            service,
            port: policy_services/* SERVICES */.Bg[service].port,
            facts: resolved.filter(([e]) => e.service === service).map(([, f]) => f),
        }));
        const unresolved = mine.find(([e]) => e.address === null)?.[0].resolveError;
        const reason = reasons.get(host);
        return {
            host,
            named: named.includes(host),
            mxOf: mxOf.get(host) ?? [],
            ...(reason !== undefined ? { reason } : {}),
            addresses,
            resolveError: addresses.length > 0 ? null : (unresolved ?? (options.addressFamily ? `no ${options.addressFamily === 'ipv4' ? 'IPv4' : 'IPv6'} address` : 'no address')),
            services,
        };
    });
    return { names, domains, hosts, observed: endpoints.map((endpoint, i) => ({ endpoint, facts: facts[i] })) };
}
/** `-4` / `-6`: only that family's addresses; a name without any keeps its unresolved endpoints. */
function inFamily(endpoint, family) {
    if (family === undefined || endpoint.address === null)
        return true;
    return (0,external_node_net_.isIP)(endpoint.address) === (family === 'ipv4' ? 4 : 6);
}

// EXTERNAL MODULE: ./src/probe/dialogues/index.ts + 6 modules
var dialogues = __webpack_require__(58514);
// EXTERNAL MODULE: ./src/rules/http.ts
var http = __webpack_require__(58751);
// EXTERNAL MODULE: ./src/common/tls-versions.ts
var tls_versions = __webpack_require__(97572);
// EXTERNAL MODULE: ./src/facts/vocabulary.ts
var vocabulary = __webpack_require__(25123);
// EXTERNAL MODULE: ./src/facts/dane-vocabulary.ts
var dane_vocabulary = __webpack_require__(56174);
// EXTERNAL MODULE: ./src/rules/dane.ts + 1 modules
var rules_dane = __webpack_require__(19834);
;// CONCATENATED MODULE: ./src/init/choose.ts
// What a starter policy asks of each host and domain, from what `init` saw, with the reason for
// every choice in our own words. Pure: no network, no clock. The reasons never quote remote text
// (greetings, Location headers, MTA-STS files, TXT records); the only remote values they carry are
// host names held to LDH syntax, IP addresses, port and status numbers, TLS version names and an
// MTA-STS mode checked against its three words.
//
// The defaults, as a mail administrator would want them (RFC 8314, RFC 3207, RFC 5804):
//   - implicit TLS that answers (submissions, imaps, pop3s, https): require;
//   - smtp that answers: require, with or without STARTTLS today: mail between servers has no
//     implicit-TLS port, so port 25 stays and must offer STARTTLS;
//   - submission, imap, pop3, managesieve that answer and offer STARTTLS: require (legitimate,
//     and check then holds them to STARTTLS, no authentication before TLS and the injection test);
//     without STARTTLS: forbid (passwords would cross in clear), with how to keep them instead;
//   - http that redirects to https on the same host: require; otherwise forbid;
//   - what did not answer: not listed, but named in a comment, so that the choice is visible;
//   - DANE (RFC 7672): required when every MX host has DNSSEC-authenticated TLSA records of which
//     one matches what it presents on 25, judged by the same code check judges with, so that a
//     certificate rolled without its TLSA record fails the gate; optional when only some have;
//     off otherwise, with why (no resolver trusted for DNSSEC, an unsigned zone, no TLSA records,
//     or a look-up that got no answer, which is never taken for records that are missing).










/** What the implicit-TLS alternative of a STARTTLS service is (RFC 8314 §3.3), if it has one. */
const IMPLICIT_TWIN = { submission: 'submissions', imap: 'imaps', pop3: 'pop3s' };
function certificateNote(f) {
    const cert = f.tls?.certificate;
    if (!cert)
        return '';
    const problems = [!cert.trusted && 'its certificate is not trusted', !cert.nameMatch && 'its certificate does not name this host', cert.daysLeft < 0 && 'its certificate has expired'].filter(Boolean);
    return problems.length === 0 ? '' : `; ${problems.join(', ')}: check will report it`;
}
function silentWhy(f) {
    switch (f.error?.kind) {
        case 'refused':
            return 'refused';
        case 'timeout':
            return 'timed out';
        case 'unreachable':
            return 'unreachable';
        default:
            return 'no answer';
    }
}
function answerOf(service, f) {
    if (!f.reachable)
        return { kind: 'silent', why: silentWhy(f) };
    if (f.error?.busy)
        return { kind: 'busy' };
    // Accepted, then silent: a tarpit, or a filter that completes the connection; nothing shows the service is there.
    const notProtocol = { kind: 'not-protocol', silentAfterConnect: f.error?.kind === 'timeout' && f.error.step !== 'connect' };
    const spec = policy_services/* SERVICES */.Bg[service];
    if (spec.transport === 'http') {
        if (f.http === null || f.http.status === null)
            return notProtocol;
        return { kind: 'http', redirects: (0,http/* redirectProblem */.u)(f.host, f.http.status, f.http.location) === null, status: f.http.status };
    }
    if (spec.transport === 'implicit-tls') {
        if (f.tls === null)
            return notProtocol;
        // A handshake that never finished (tls.ts words its deadline 'timeout: …'): nothing shows TLS is served there.
        if (f.tls.version === null && (f.error?.kind === 'timeout' || f.tls.error?.startsWith('timeout:')))
            return { kind: 'not-protocol', silentAfterConnect: true };
        const version = (0,tls_versions/* asTlsVersionName */.zD)(f.tls.version);
        return { kind: 'tls', version, certificate: certificateNote(f) };
    }
    if (f.plaintext === null)
        return notProtocol;
    if (!f.plaintext.starttls)
        return { kind: 'cleartext', authBeforeTls: f.plaintext.authBeforeTls.length > 0 };
    return { kind: 'starttls', upgraded: f.tls?.version != null, certificate: certificateNote(f) };
}
/** Higher shows more of the service: the address that showed most speaks for the host. */
const WEIGHT = { silent: 0, busy: 1, 'not-protocol': 2, cleartext: 3, http: 4, tls: 4, starttls: 4 };
function bestAnswer(seen) {
    const answers = seen.facts.map((f) => answerOf(seen.service, f));
    if (answers.length === 0)
        return { answer: { kind: 'silent', why: 'no address' }, answered: 0, of: 0 };
    const best = answers.reduce((a, b) => (WEIGHT[b.kind] > WEIGHT[a.kind] ? b : a));
    return { answer: best, answered: answers.filter((a) => a.kind !== 'silent').length, of: answers.length };
}
/** A service's entry (or why it has none). */
function chooseService(seen) {
    const { service, port } = seen;
    const { answer, answered, of } = bestAnswer(seen);
    const on = `answered on ${port}`;
    const partly = answered > 0 && answered < of ? ` (on ${answered} of ${of} addresses; the others did not answer: check will report them)` : '';
    const name = (0,dialogues/* serviceEntryOf */.V6)(service).label;
    switch (answer.kind) {
        case 'silent':
            // Networks (cloud runners among them) often drop outbound port 25: a time-out there may be the path's.
            return { list: null, why: `${service} (${port}): ${answer.why}${service === 'smtp' && answer.why === 'timed out' ? ' (many networks drop outbound port 25: if this host receives mail, run init again from where port 25 is open)' : ''}` };
        case 'busy':
            return { list: null, why: `${service} (${port}): turned the probe away as busy; run init again later` };
        case 'not-protocol':
            if (answer.silentAfterConnect)
                return { list: null, why: `${service} (${port}): accepted the connection, but said nothing in time` };
            return { list: null, why: `${service} (${port}): something answered, but not as ${name}` };
        case 'tls':
            if (answer.version === null)
                return { list: 'require', why: `${on}, but the TLS handshake failed: check will report it until it works${partly}` };
            return { list: 'require', why: `${on}: ${name}, ${answer.version}${answer.certificate}${partly}` };
        case 'http':
            if (answer.redirects)
                return { list: 'require', why: `${on}: redirects to https on the same host${partly}` };
            return {
                list: 'forbid',
                why: `${on} without redirecting to https on the same host (status ${answer.status}): forbid it, or make it redirect and move it to require${partly}`,
            };
        case 'starttls': {
            const upgrade = answer.upgraded ? `STARTTLS offered and the upgrade worked${answer.certificate}` : 'STARTTLS offered, but the upgrade failed: check will report it until it works';
            const twin = IMPLICIT_TWIN[service];
            const advice = service === 'smtp'
                ? 'mail between servers has no implicit-TLS port, so port 25 stays, with STARTTLS'
                : service === 'managesieve'
                    ? 'ManageSieve has no implicit-TLS port (RFC 5804): STARTTLS is how it is secured'
                    : `a legitimate service; RFC 8314 prefers ${twin} (${policy_services/* SERVICES */.Bg[twin].port}): move this to forbid once no client needs ${port}`;
            return { list: 'require', why: `${on}: ${name}, ${upgrade}; ${advice}${partly}` };
        }
        case 'cleartext':
            if (service === 'smtp') {
                return {
                    list: 'require',
                    why: `${on}: SMTP without STARTTLS${answer.authBeforeTls ? ', offering authentication in clear' : ''}; mail between servers has no implicit-TLS port, so port 25 stays required and check will report starttls-not-offered${answer.authBeforeTls ? ' and plaintext-auth-offered' : ''} until STARTTLS is on${partly}`,
                };
            }
            return {
                list: 'forbid',
                why: `${on}: cleartext ${name}, no STARTTLS offered${answer.authBeforeTls ? ', authentication offered in clear' : ''}, so passwords would cross in clear; forbid it, or enable STARTTLS and move it to require if clients need it${partly}`,
            };
    }
}
function reasonNote(reason) {
    switch (reason?.kind) {
        case 'ip-literal':
            return 'an IP address: probed as a host';
        case 'no-mx':
            return 'no MX records: probed as a host';
        case 'null-mx':
            return 'a null MX (RFC 7505, accepts no mail): probed as a host';
        case 'mx-lookup-failed':
            return `its MX look-up failed (${codeText(reason.code)}): probed as a host`;
        default:
            return null;
    }
}
/** A resolver code as text for a comment: only the shape codes have. */
function codeText(code) {
    return /^[A-Z0-9_]{1,32}$/.test(code) ? code : 'an error';
}
/** A resolver's reason as the planner words it (a code, or our words); anything else is not repeated. */
function plainReason(reason) {
    return reason !== null && /^[A-Za-z0-9 _():,.-]{1,160}$/.test(reason) ? reason : 'not resolved';
}
/** Only values that cannot carry text: IP addresses as the resolver gave them. */
function safeAddresses(addresses) {
    return addresses.filter((a) => (0,external_node_net_.isIP)(a) !== 0);
}
function chooseHost(seen, coveredByDomain) {
    const notes = [];
    const reason = reasonNote(seen.reason);
    if (reason)
        notes.push(reason);
    if (seen.mxOf.length > 0)
        notes.push(`MX host of ${seen.mxOf.join(', ')}`);
    const addresses = safeAddresses(seen.addresses);
    if (addresses.length === 0)
        return { leftOut: `${seen.host}: no address (${plainReason(seen.resolveError)})` };
    notes.push(`addresses probed: ${addresses.join(', ')}`);
    const choice = { host: seen.host, notes, require: [], forbid: [], unlisted: [] };
    for (const service of seen.services) {
        const chosen = chooseService(service);
        // The domain's `mx:` already requires smtp of its MX hosts; listing it again changes nothing.
        if (service.service === 'smtp' && coveredByDomain && chosen.list === 'require') {
            choice.unlisted.push(`smtp (25): required by the domain's mx: entry (${chosen.why})`);
            continue;
        }
        if (chosen.list === null)
            choice.unlisted.push(chosen.why);
        else
            choice[chosen.list].push({ service: service.service, why: chosen.why });
    }
    if (choice.require.length === 0 && choice.forbid.length === 0 && !seen.named)
        return { leftOut: `${seen.host}: nothing to ask of it beyond the domain's mx: entry` };
    if (choice.require.length === 0 && choice.forbid.length === 0)
        return { leftOut: `${seen.host}: none of the ten services answered` };
    return choice;
}
function chooseDomain(facts, smtpBy, dane = []) {
    const notes = [];
    const mxHosts = facts.mx.records.filter((r) => (0,dns_targets/* isHostName */.uy)(r.host));
    if (mxHosts.length > 0)
        notes.push(`MX: ${mxHosts.map((r) => `${r.host} (${r.preference})`).join(', ')}`);
    for (const skip of facts.skipped) {
        const host = skip.host !== null && (0,dns_targets/* isHostName */.uy)(skip.host) ? skip.host : null;
        const count = `${skip.left.length} ${skip.left.length === 1 ? 'entry' : 'entries'}`;
        switch (skip.reason) {
            case 'not-a-host-name':
                notes.push(`${skip.role === 'mx' ? 'MX' : 'MTA-STS'}: ${count} that ${skip.left.length === 1 ? 'is not a host name' : 'are not host names'} left out${host ? ` (from ${host})` : ''}`);
                break;
            case 'too-many-mx-hosts':
                notes.push(`MX: ${count} past the first ten left out`);
                break;
            case 'restricted-address':
                notes.push(`${host ?? 'a host'}: every loopback, link-local or multicast address left out (--allow-loopback probes them, for test setups)`);
                break;
            case 'too-many-addresses':
                notes.push(`${host ?? 'a host'}: addresses past the first eight left out`);
                break;
        }
    }
    const answers = mxHosts.map((r) => smtpBy.get(r.host)).filter((w) => w !== undefined);
    const mxWhy = `every MX host must offer SMTP with STARTTLS on 25${answers.length > 0 ? `; seen: ${answers.join('; ')}` : ''}`;
    return { domain: facts.domain, notes, mx: { why: mxWhy }, mtaSts: chooseMtaSts(facts), tlsRpt: chooseTlsRpt(facts), dane: chooseDane(facts, dane) };
}
function chooseMtaSts(facts) {
    const sts = facts.mtaSts;
    if (sts === null || (sts.record.records.length === 0 && sts.record.problem === null && sts.record.id === null)) {
        return { value: 'off', why: 'no _mta-sts record published: publish one (RFC 8461), then set testing, then enforce' };
    }
    if (sts.record.id === null)
        return { value: 'off', why: 'no valid v=STSv1 record at _mta-sts: fix it (RFC 8461 section 3.1), then set testing, then enforce' };
    const policy = sts.policy;
    if (policy === null) {
        const host = `mta-sts.${facts.domain}`;
        const code = sts.fetch.errorKind === 'unresolved' ? sts.fetch.lookupCode : null;
        // Silence from the name server says nothing of the policy host: never that it is missing.
        if (code !== null && (0,vocabulary/* lookupGotNoAnswer */.u9)(code)) {
            return { value: 'off', why: `an MTA-STS record is published, but the address look-up of ${host} got no answer (${codeText(code)}), so the policy file was not fetched: run init again once the look-up answers` };
        }
        if (code !== null) {
            const missing = code === 'ENOTFOUND' || code === 'EAI_NONAME' ? 'does not exist' : 'has no address';
            return { value: 'off', why: `an MTA-STS record is published, but its policy host ${host} ${missing} (${codeText(code)}): set testing or enforce once the policy file is served` };
        }
        const why = sts.fetch.errorKind === 'skipped' ? 'was not fetched (its host is one this run does not contact)' : `could not be fetched${sts.fetch.status !== null ? ` (HTTP ${sts.fetch.status})` : sts.fetch.errorKind ? ` (${sts.fetch.errorKind})` : ''}`;
        return { value: 'off', why: `an MTA-STS record is published, but the policy file ${why}: set testing or enforce once it is served` };
    }
    if (policy.problems.length > 0)
        return { value: 'off', why: 'an MTA-STS record is published, but its policy file does not parse (RFC 8461 section 3.2): set testing or enforce once it does' };
    if (policy.mode === 'enforce' || policy.mode === 'testing')
        return { value: policy.mode, why: `published: mode ${policy.mode}${policy.mode === 'testing' ? '; set enforce once TLS-RPT reports are clean' : ''}` };
    return { value: 'off', why: 'published with mode none (MTA-STS switched off): set testing, then enforce, to hold the domain to it' };
}
function chooseTlsRpt(facts) {
    const rpt = facts.tlsRpt;
    if (rpt !== null && rpt.problem === null)
        return { value: 'required', why: `published: a v=TLSRPTv1 record with ${rpt.rua.length} reporting address${rpt.rua.length === 1 ? '' : 'es'}` };
    if (rpt !== null && rpt.records.some((r) => /^v[ \t]*=[ \t]*TLSRPTv1/.test(r)))
        return { value: 'off', why: 'a v=TLSRPTv1 record is published, but it is not valid (RFC 8460 section 3): set required once it is' };
    return { value: 'off', why: 'no _smtp._tls record published: publish one (RFC 8460) and set required to get reports of failed TLS' };
}
/**
 * How one MX host stands for DANE: the record that matched on every address it was probed at, or
 * why not; `unknown` when nothing answered the question (no TLSA answer, no TLS session to match
 * the records against), which says nothing of whether its records would match.
 */
function hostDane(host, outcomes) {
    const name = (0,dns_targets/* isHostName */.uy)(host.host) ? host.host : 'an MX host';
    const tlsa = (0,rules_dane/* tlsaStanding */.X3)(host);
    switch (tlsa.kind) {
        case 'unanswered':
            return { without: `${name}: the TLSA look-up got no answer (${(0,rules_dane/* unansweredWords */.k6)(host.tlsa)})`, unknown: true };
        case 'insecure':
            return { without: `${name}: its TLSA answer is not DNSSEC-authenticated`, unknown: false };
        case 'none':
            return { without: `${name}: no TLSA records published`, unknown: false };
        case 'unusable':
            return { without: `${name}: only TLSA records a mail server does not use (${[...new Set(tlsa.records.map(rules_dane/* recordName */.xD))].join(', ')})`, unknown: false };
        case 'usable':
            break;
    }
    const mine = outcomes.filter((o) => o.host === host.host);
    if (mine.length === 0)
        return { without: `${name}: TLSA records published, but no port-25 session to match them against`, unknown: true };
    const failed = mine.filter((o) => o.outcome !== 'dane-ee' && o.outcome !== 'dane-ta');
    if (failed.length === 0)
        return { matched: `${name} (${[...new Set(mine.map((o) => (0,rules_dane/* recordName */.xD)(o.record)))].join(', ')})` };
    // What an address answered outweighs one that showed no TLS session: a record that does not
    // match there is known, whatever the other addresses would have shown.
    const shown = failed.find((o) => o.outcome !== 'no-chain') ?? failed[0];
    const count = failed.filter((o) => o.outcome === shown.outcome).length;
    const on = count < mine.length ? ` on ${count} of ${mine.length} addresses` : '';
    switch (shown.outcome) {
        case 'no-chain':
            return { without: `${name}: no TLS session on 25${on} to match its TLSA records against`, unknown: true };
        case 'ta-unverified':
            return { without: `${name}: only a DANE-TA record naming a root the server may not send${on}`, unknown: false };
        default:
            return { without: `${name}: no TLSA record matches the certificate it presents on 25${on}`, unknown: false };
    }
}
/**
 * `dane:` as the domain stands today, judged as check would judge `dane: required` (the DANE
 * rules' outcomes): required only when that would pass, so a starter never fails on the system
 * it was written from.
 */
function chooseDane(facts, outcomes) {
    const dane = facts.dane;
    if (dane === null)
        return { value: 'off', why: 'DANE was not looked at' };
    if (dane.mx.error === dane_vocabulary/* DNSSEC_ERRORS */.to.noResolver || dane.mx.error === dane_vocabulary/* DNSSEC_ERRORS */.to.untrustedResolver) {
        return { value: 'off', why: 'no resolver trusted for DNSSEC: run init again with --resolver naming a validating resolver to see whether the MX hosts publish TLSA records (RFC 7672)' };
    }
    const mx = (0,rules_dane/* dnssecStanding */.t0)(dane.mx);
    if (mx === 'unanswered')
        return { value: 'off', why: `the DNSSEC look-up of the MX records got no answer (${(0,rules_dane/* unansweredWords */.k6)(dane.mx)}): run init again once it answers to see whether DANE applies` };
    if (mx === 'insecure')
        return { value: 'off', why: 'the MX records are not DNSSEC-authenticated (an unsigned zone, or a resolver that does not validate), so DANE cannot apply (RFC 7672 section 2.2)' };
    if (dane.hosts.length === 0)
        return { value: 'off', why: 'the MX records are DNSSEC-authenticated, but there is no MX host to look up TLSA records for' };
    const stands = dane.hosts.map((host) => hostDane(host, outcomes));
    const matched = stands.flatMap((s) => ('matched' in s ? [s.matched] : []));
    const without = stands.flatMap((s) => ('without' in s ? [s.without] : []));
    if (without.length === 0) {
        return { value: 'required', why: `every MX host has DNSSEC-authenticated TLSA records that match the certificate it presents on 25: ${matched.join(', ')}; a certificate rolled without its TLSA record fails check` };
    }
    if (matched.length > 0)
        return { value: 'optional', why: `DNSSEC-authenticated TLSA records match on ${matched.join(', ')}; not on ${without.join('; ')}: set required once every MX host has them` };
    // No match seen: "no match" only where every host answered; silence is never read as one.
    if (stands.some((s) => 'without' in s && s.unknown)) {
        return { value: 'off', why: `the MX records are DNSSEC-authenticated, but whether the MX hosts' TLSA records match is not known: ${without.join('; ')}: run init again once every MX host answers to see whether DANE can be required` };
    }
    return { value: 'off', why: `the MX records are DNSSEC-authenticated, but no MX host has TLSA records that match: ${without.join('; ')}` };
}
/** Every choice for what discover() saw. */
function chooseStarter(domains, hosts, observed = []) {
    const leftOut = [];
    const chosen = [];
    // What each MX host showed on 25, for its domain's comment.
    const smtpBy = new Map();
    for (const seen of hosts) {
        if (seen.mxOf.length === 0)
            continue;
        const smtp = seen.services.find((s) => s.service === 'smtp');
        const decision = smtp ? chooseService(smtp) : null;
        const said = decision === null ? 'not probed' : decision.list === 'require' ? shortSmtp(smtp) : decision.why.replace(/^smtp \(25\): /, 'on 25: ');
        smtpBy.set(seen.host, `${seen.host} ${said}`);
    }
    for (const seen of hosts) {
        const result = chooseHost(seen, seen.mxOf.length > 0);
        if ('leftOut' in result) {
            if (seen.named || seen.mxOf.length === 0)
                leftOut.push(result.leftOut);
        }
        else
            chosen.push(result);
    }
    // The DANE rules' view of each domain as if its policy said `dane: required`.
    const dane = (0,rules_dane/* daneReport */.hU)(domains.map((d) => initDomainPolicy(d.domain)), domains, observed);
    return { hosts: chosen, domains: domains.map((d) => chooseDomain(d, smtpBy, dane.filter((o) => o.domain === d.domain))), leftOut };
}
function shortSmtp(seen) {
    const { answer } = bestAnswer(seen);
    if (answer.kind === 'starttls')
        return answer.upgraded ? 'offers STARTTLS' : 'offers STARTTLS, but the upgrade failed';
    if (answer.kind === 'cleartext')
        return `answers without STARTTLS${answer.authBeforeTls ? ', offering authentication in clear' : ''}`;
    return 'answered';
}

;// CONCATENATED MODULE: ./src/init/yaml.ts
// The starter policy as YAML text: the editor-schema header, then every host and domain with a
// comment on each choice. Written by hand rather than through a YAML library so that every
// comment sits beside the line it explains. Names are quoted; comments hold printable ASCII only,
// wrapped, so that no value can end a comment line and start YAML of its own.


const WIDTH = 100;
/** Printable ASCII, one line: whatever else a comment might hold becomes '?'. */
function inert(text) {
    return text.replace(/[^\x20-\x7e]/g, '?');
}
/** `text` as comment lines at `indent`, wrapped at word boundaries. */
function comment(indent, text) {
    const lines = [];
    let line = '';
    for (const word of inert(text).split(' ').filter((w) => w !== '')) {
        if (line !== '' && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
            lines.push(`${indent}# ${line}`);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(`${indent}# ${line}`);
    return lines;
}
/** A host name or IP address as a double-quoted YAML scalar; anything else is refused, not written. */
function quotedName(name) {
    if (!(0,dns_targets/* isHostName */.uy)(name) && (0,external_node_net_.isIP)(name) === 0)
        throw new Error(`not a host name or IP address: ${JSON.stringify(name)}`);
    return JSON.stringify(name);
}
function serviceList(key, choices) {
    if (choices.length === 0)
        return [];
    return [`    ${key}:`, ...choices.flatMap((c) => [...comment('      ', c.why), `      - ${c.service}`])];
}
function starterYaml(starter, about) {
    const out = [
        `# yaml-language-server: $schema=${inert(about.schemaUrl)}`,
        ...comment('', `A starter policy written by mail-tls-gate init from what DNS and the hosts showed for ${about.names.join(', ')}.`),
        ...comment('', 'Each choice says why it was made. Read them, change what your clients need, then run mail-tls-gate check on this file.'),
    ];
    for (const left of starter.leftOut)
        out.push(...comment('', `Left out: ${left}`));
    out.push('version: 1');
    if (starter.hosts.length > 0) {
        out.push('hosts:');
        for (const host of starter.hosts) {
            out.push(`  - host: ${quotedName(host.host)}`);
            for (const note of host.notes)
                out.push(...comment('    ', note));
            out.push(...serviceList('require', host.require), ...serviceList('forbid', host.forbid));
            if (host.unlisted.length > 0) {
                out.push(...comment('    ', 'Not listed:'));
                for (const why of host.unlisted)
                    out.push(...comment('    ', `- ${why}`));
            }
        }
    }
    if (starter.domains.length > 0) {
        out.push('domains:');
        for (const domain of starter.domains) {
            out.push(`  - domain: ${quotedName(domain.domain)}`);
            for (const note of domain.notes)
                out.push(...comment('    ', note));
            out.push(...comment('    ', domain.mx.why), '    mx: { require: [smtp] }');
            out.push(...comment('    ', domain.mtaSts.why), `    mta-sts: ${domain.mtaSts.value}`);
            out.push(...comment('    ', domain.tlsRpt.why), `    tls-rpt: ${domain.tlsRpt.value}`);
            out.push(...comment('    ', domain.dane.why), `    dane: ${domain.dane.value}`);
        }
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/init/init.ts
// `mail-tls-gate init DOMAIN|HOST…`: a starter policy from what DNS and the hosts show. Looks
// (discover.ts), decides (choose.ts), writes (yaml.ts). Prints nothing: the CLI does.









/** A starter's probes are a first look, not the policy's verdict: a shorter step deadline. */
const DEFAULT_INIT_TIMEOUT_MS = 5000;
const refused = (message) => ({ kind: 'refused', exitCode: 2, message });
async function exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function init(options) {
    if (options.names.length === 0)
        return refused('init takes one or more DOMAIN or HOST names');
    if (options.names.length > MAX_INIT_NAMES)
        return refused(`init takes at most ${MAX_INIT_NAMES} names at once; write the rest into the policy by hand or run init again`);
    const problems = options.names.flatMap((name) => {
        const problem = initNameProblem(name);
        return problem === undefined ? [] : [`'${name}' ${problem}`];
    });
    if (problems.length > 0)
        return refused(problems.join('\n'));
    const output = options.output ?? src_options/* DEFAULT_POLICY_FILE */.mY;
    // Before any probe: a policy someone already wrote is never overwritten.
    if (!options.dryRun && (await exists(output)))
        return refused(`${output} exists; init never overwrites a policy (remove it, or give --output another file, or --dry-run)`);
    let extraCa = [];
    if (options.caFile) {
        const read = await (0,roots/* readCaFile */.RZ)(options.caFile);
        if ('problem' in read)
            return refused(read.problem);
        extraCa = read.pems;
    }
    const seen = await discover({
        names: options.names,
        timeoutMs: options.timeoutMs ?? DEFAULT_INIT_TIMEOUT_MS,
        concurrency: options.concurrency,
        perHost: options.perHost,
        resolver: options.resolver,
        allowLoopback: options.allowLoopback,
        extraCa,
        trust: options.trust,
        heloName: options.heloName,
        addressFamily: options.addressFamily,
        ...options.inject,
    });
    const starter = chooseStarter(seen.domains, seen.hosts, seen.observed);
    const text = starterYaml(starter, { schemaUrl: (0,links/* schemaUrl */.ZZ)(), names: seen.names });
    if (starter.hosts.length === 0 && starter.domains.length === 0)
        return { kind: 'empty', exitCode: 1, text };
    if (options.dryRun)
        return { kind: 'printed', exitCode: 0, text };
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(output), { recursive: true });
        // 'wx': fails if the file appeared while the hosts were probed.
        await (0,promises_.writeFile)(output, text, { flag: 'wx' });
    }
    catch (err) {
        return refused(`cannot write ${output}: ${(0,load/* describeFsError */.TQ)(err)}`);
    }
    return { kind: 'written', exitCode: 0, text, path: output };
}


/***/ }),

/***/ 47311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EDNS_UDP_PAYLOAD: () => (/* binding */ EDNS_UDP_PAYLOAD),
/* harmony export */   createDaneResolver: () => (/* binding */ createDaneResolver),
/* harmony export */   queryWithDnssec: () => (/* binding */ queryWithDnssec),
/* harmony export */   recordsAtChainEnd: () => (/* binding */ recordsAtChainEnd)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41314);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_dgram__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_host_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14458);
/* harmony import */ var _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56174);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _dns_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89227);
// DNS queries that tell whether the answer was DNSSEC-validated: node:dns does not expose the AD
// bit, so these speak DNS themselves (messages encoded and decoded by dns-packet). A query goes to
// the one resolver and nowhere else, over UDP with EDNS0 and the DO bit set, and AD set in the
// query (RFC 6840 §5.7) so that the resolver reports its validation; over TCP again when the UDP
// answer is truncated (RFC 7766). Every answer is hostile until proven otherwise: it must come from
// the resolver (a connected UDP socket), carry the query's ID and exactly its question, fit in
// MAX_DNS_ANSWER_BYTES, arrive before the deadline, and decode to exactly its own length. On UDP
// anything else is a stray packet and is ignored (a spoofer must not end the wait); on TCP, where
// the peer can only be the resolver, it ends the query as `malformed`. Nothing is thrown: a failure
// is the `error` of the answer (docs/domains.md, "DANE").







/** The EDNS0 UDP payload size we advertise: the DNS flag day 2020 value, which avoids fragments. */
const EDNS_UDP_PAYLOAD = 1232;
/** dns-packet, loaded on the first DNSSEC query, not at start-up: most runs ask none. */
let codec;
function loadCodec() {
    // A CommonJS module: its exports are the namespace's default (the bundle may give them as both).
    codec ??= __webpack_require__.e(/* import() */ 894).then(__webpack_require__.t.bind(__webpack_require__, 14894, 19)).then((m) => m.default ?? m);
    return codec;
}
/** The query's wire form: RD, AD, one question, and an OPT record with DO (RFC 3225). */
function encodeQuery(packets, id, name, type) {
    return packets.encode({
        type: 'query',
        id,
        flags: packets.RECURSION_DESIRED | packets.AUTHENTIC_DATA,
        questions: [{ type, class: 'IN', name }],
        additionals: [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_UDP_PAYLOAD, extendedRcode: 0, ednsVersion: 0, flags: packets.DNSSEC_OK, flag_do: true, options: [] }],
    });
}
/**
 * Names compare without case and without the one final root dot (RFC 4343), and otherwise byte
 * for byte: a reply's question or a record's owner with a blank or a second dot added is another
 * name (canonicalName, which trims and drops every final dot, would take it for ours).
 */
function sameName(a, b) {
    return (0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutRootDot */ .a9)(a) === (0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutRootDot */ .a9)(b);
}
/**
 * The message decoded when it is the answer to this query: a response, the same ID, exactly our
 * question, and every byte accounted for by its records (a record that lies about its length
 * shifts everything after it). Null otherwise.
 */
function readAnswer(packets, message, id, name, type) {
    if (message.length < 12 || message.readUInt16BE(0) !== id)
        return null;
    let packet;
    try {
        packet = packets.decode(message);
    }
    catch {
        return null;
    }
    if (packets.decode.bytes !== message.length)
        return null;
    const questions = packet.questions ?? [];
    if (!packet.flag_qr || questions.length !== 1)
        return null;
    const question = questions[0];
    if (!sameName(question.name, name) || question.type !== type || question.class !== 'IN')
        return null;
    return packet;
}
/** A socket error in our words: a refusal (ICMP port unreachable, a reset) or any other failure. */
function socketError(err) {
    return err.code === 'ECONNREFUSED' ? _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.refused : _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.connection;
}
function overUdp(options, question) {
    const maxBytes = options.maxBytes ?? _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DNS_ANSWER_BYTES */ .sh;
    return new Promise((resolve) => {
        const socket = node_dgram__WEBPACK_IMPORTED_MODULE_1___default().createSocket(node_net__WEBPACK_IMPORTED_MODULE_2___default().isIPv6(options.server.address) ? 'udp6' : 'udp4');
        let settled = false;
        let oversized = false;
        const finish = (attempt) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            clearTimeout(resend);
            socket.close();
            resolve(attempt);
        };
        // One resend halfway to the deadline: a UDP datagram may be lost on the way.
        const resend = setTimeout(() => socket.send(question.wire, () => undefined), Math.max(1, Math.floor(options.timeoutMs / 2)));
        const deadline = setTimeout(() => finish({ ok: false, error: oversized ? _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.tooLarge : _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.timeout }), options.timeoutMs);
        socket.on('error', (err) => finish({ ok: false, error: socketError(err) }));
        socket.on('message', (message) => {
            // Bigger than the cap: not read, but the real answer may still come (or this was a spoof).
            if (message.length > maxBytes) {
                oversized = true;
                return;
            }
            const packet = question.read(message);
            if (packet !== null)
                finish({ ok: true, packet });
        });
        // Connected: the kernel drops datagrams from anyone but the resolver's address and port. A
        // connect that fails (no route to the resolver) comes to this callback, not to 'error'.
        socket.connect(options.server.port, options.server.address, (err) => (err ? finish({ ok: false, error: socketError(err) }) : socket.send(question.wire, () => undefined)));
    });
}
function overTcp(options, question) {
    const maxBytes = options.maxBytes ?? _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DNS_ANSWER_BYTES */ .sh;
    return new Promise((resolve) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_2___default().connect({ host: options.server.address, port: options.server.port });
        let settled = false;
        let received = Buffer.alloc(0);
        const finish = (attempt) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            socket.destroy();
            resolve(attempt);
        };
        const deadline = setTimeout(() => finish({ ok: false, error: _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.timeout }), options.timeoutMs);
        socket.on('error', (err) => finish({ ok: false, error: socketError(err) }));
        socket.on('close', () => finish({ ok: false, error: _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.connection }));
        socket.on('connect', () => {
            const length = Buffer.alloc(2);
            length.writeUInt16BE(question.wire.length, 0);
            socket.write(Buffer.concat([length, question.wire]));
        });
        socket.on('data', (chunk) => {
            received = Buffer.concat([received, chunk]);
            if (received.length < 2)
                return;
            const size = received.readUInt16BE(0);
            // Known from the length prefix: no need to wait for bytes that will not be read.
            if (size > maxBytes)
                return finish({ ok: false, error: _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.tooLarge });
            if (received.length < 2 + size)
                return;
            const packet = question.read(received.subarray(2, 2 + size));
            finish(packet === null ? { ok: false, error: _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.malformed } : { ok: true, packet });
        });
    });
}
/**
 * Asks the resolver for `name`/`type` with DO set. The answer's `authenticated` is its AD bit,
 * believed only from a trusted resolver (`options.trusted`); from any other, it is false and the
 * error says why (`untrusted-resolver`), though the records are still given.
 */
async function queryWithDnssec(name, type, options) {
    const packets = await loadCodec();
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(0, 0x10000);
    const question = { wire: encodeQuery(packets, id, name, type), read: (message) => readAnswer(packets, message, id, name, type) };
    let attempt = await overUdp(options, question);
    if (attempt.ok && attempt.packet.flag_tc) {
        attempt = await overTcp(options, question);
        if (attempt.ok && attempt.packet.flag_tc)
            attempt = { ok: false, error: _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.truncated };
    }
    if (!attempt.ok)
        return { answer: { rcode: null, authenticated: null, error: attempt.error }, records: [] };
    const { packet } = attempt;
    // dns-packet decodes the RCODE's name, which its types leave out.
    const rcode = packet.rcode ?? null;
    return {
        answer: options.trusted
            ? { rcode, authenticated: packet.flag_ad, error: null }
            : { rcode, authenticated: false, error: _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.untrustedResolver },
        records: packet.answers ?? [],
    };
}
/**
 * The records of `type` at the end of the answer's CNAME chain from `name` (RFC 6698 §2.2 and
 * RFC 7672 §2.2.2 allow a TLSA name to be an alias; the resolver answers with the chain).
 * Records under any other owner are not ours and are left out. Null when the chain has not ended
 * after MAX_ANSWER_CNAME_HOPS aliases (a longer chain, or a loop): where the records are is not
 * known, which is never "no records".
 */
function recordsAtChainEnd(records, name, type) {
    let current = name;
    for (let hop = 0;; hop++) {
        const alias = records.find((r) => r.type === 'CNAME' && sameName(r.name, current));
        if (alias === undefined)
            break;
        if (hop === _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_ANSWER_CNAME_HOPS */ .On)
            return null;
        current = String(alias.data);
    }
    return records.filter((r) => r.type === type && sameName(r.name, current));
}
/**
 * The resolver the policy or the input names, trusted; without one, the system's first name
 * server, whose AD bit is not trusted (its path from here is not known to be secure).
 */
function createDaneResolver(options) {
    let target = null;
    if (options.server !== undefined)
        target = { server: options.server, trusted: true };
    else {
        const first = (options.systemServers ?? node_dns__WEBPACK_IMPORTED_MODULE_5__.getServers)()[0];
        const parsed = first === undefined ? null : (0,_dns_js__WEBPACK_IMPORTED_MODULE_6__/* .parseResolverAddress */ .EM)(first);
        if (parsed !== null && !('error' in parsed))
            target = { server: parsed, trusted: false };
    }
    const none = { rcode: null, authenticated: null, error: _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.noResolver };
    const ask = (name, type) => target === null
        ? Promise.resolve({ answer: none, records: [] })
        : queryWithDnssec(name, type, { server: target.server, trusted: target.trusted, timeoutMs: Math.max(1, options.timeoutMs) });
    return {
        mx: async (domain) => (await ask(domain, 'MX')).answer,
        tlsa: async (name) => {
            const { answer, records } = await ask(name, 'TLSA');
            const atEnd = recordsAtChainEnd(records, name, 'TLSA');
            // An alias chain that does not end leaves the records unknown: an answer with no verdict
            // (unless the resolver's AD bit was not believed anyway, which is the finding then).
            if (atEnd === null && answer.error === null)
                return { tlsa: { ...answer, error: _facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .DNSSEC_ERRORS */ .to.aliasChain }, records: [] };
            const tlsa = (atEnd ?? []);
            return {
                tlsa: answer,
                records: tlsa.map((r) => ({ usage: r.data.usage, selector: r.data.selector, matchingType: r.data.matchingType, data: r.data.certificate.toString('hex') })),
            };
        },
    };
}


/***/ })

};
