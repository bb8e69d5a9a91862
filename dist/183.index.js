export const id = 183;
export const ids = [183];
export const modules = {

/***/ 76586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ MAX_CNAME_HOPS),
/* harmony export */   S7: () => (/* binding */ admitAddresses),
/* harmony export */   uy: () => (/* binding */ isHostName)
/* harmony export */ });
/* harmony import */ var _common_ip_literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49797);
/* harmony import */ var _facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25123);
// Targets that DNS supplies (MX hosts, the MTA-STS policy host, the CNAME chains of those, and
// their addresses) are remote text and remote choices: whoever answers the query, or spoofs the
// answer, picks them. Before anything is probed there they are held to host-name syntax, to a
// bounded number, and away from the runner's own loopback, link-local, unspecified and multicast
// ranges (unless the run allows loopback). Private ranges (RFC 1918, ULA) stay allowed: internal
// mail on a self-hosted runner is a real use.


/** CNAME records followed from one name before the chain counts as a loop. */
const MAX_CNAME_HOPS = 8;
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/**
 * A letters-digits-hyphens host name (RFC 952, RFC 1123 §2.1), any case, at most one final dot:
 * labels of 1 to 63 characters not starting or ending with '-', at most 253 characters, and a
 * last label that is not all digits (so an IPv4 address written as an MX name is not one).
 * Everything c-ares lets through besides (`:`, `#`, `[`, `]`, spaces, `\`, escapes) fails.
 */
function isHostName(name) {
    const bare = name.endsWith('.') ? name.slice(0, -1) : name;
    if (bare.length === 0 || bare.length > 253)
        return false;
    const labels = bare.toLowerCase().split('.');
    return labels.every((label) => LDH_LABEL.test(label)) && !/^[0-9]+$/.test(labels[labels.length - 1]);
}
function admitAddresses(addresses, allowLoopback) {
    const out = { kept: [], restricted: [], overCap: [] };
    for (const address of new Set(addresses)) {
        const range = allowLoopback ? null : (0,_common_ip_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .restrictedRange */ .jF)(address);
        if (range !== null)
            out.restricted.push({ address, range });
        else if (out.kept.length < _facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ADDRESSES_PER_NAME */ .ox)
            out.kept.push(address);
        else
            out.overCap.push(address);
    }
    return out;
}


/***/ }),

/***/ 80183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  observeDomains: () => (/* binding */ observeDomains)
});

// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
// EXTERNAL MODULE: ./src/facts/dane-vocabulary.ts
var dane_vocabulary = __webpack_require__(56174);
// EXTERNAL MODULE: ./src/facts/domains.ts
var domains = __webpack_require__(83150);
// EXTERNAL MODULE: ./src/facts/vocabulary.ts
var vocabulary = __webpack_require__(25123);
// EXTERNAL MODULE: ./src/resolve/dns.ts
var dns = __webpack_require__(89227);
// EXTERNAL MODULE: ./src/probe/dns-targets.ts
var dns_targets = __webpack_require__(76586);
// EXTERNAL MODULE: ./src/probe/semaphore.ts
var semaphore = __webpack_require__(79424);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./src/probe/tls.ts
var tls = __webpack_require__(6428);
;// CONCATENATED MODULE: ./src/probe/mta-sts.ts
// MTA-STS (RFC 8461): the `_mta-sts` TXT record and the policy file, read and parsed into facts.
// The fetch goes to mta-sts.<domain> only, at the address the domain resolver gave, with the
// certificate verified, no redirect followed (§3.3), the body capped and a deadline on the whole.




/** RFC 8461 §3.2: max_age is at most 31557600 seconds (about a year). */
const MAX_MTA_STS_MAX_AGE = 31_557_600;
// ---------------------------------------------------------------------------------------------
// The TXT record (RFC 8461 §3.1)
const STS_FIELD = /^([A-Za-z0-9_.-]+)[ \t]*=[ \t]*([\x21-\x3a\x3c\x3e-\x7e]*)$/;
/** Reads the TXT records at _mta-sts.<domain> as a sender would (§3.1). */
function readMtaStsRecords(records, lookupError) {
    // Records that do not begin with v=STSv1 are not MTA-STS records and are discarded.
    const sts = records.filter((r) => /^v[ \t]*=[ \t]*STSv1(;|[ \t]*$)/.test(r));
    const base = { records, lookupError };
    if (sts.length === 0)
        return { ...base, id: null, problem: null };
    if (sts.length > 1)
        return { ...base, id: null, problem: `${sts.length} v=STSv1 records; senders ignore them all unless there is exactly one` };
    const fields = sts[0]
        .split(';')
        .map((f) => f.trim())
        .filter((f, i, all) => f !== '' || i < all.length - 1);
    const values = new Map();
    for (const field of fields.slice(1)) {
        const m = STS_FIELD.exec(field);
        if (!m)
            return { ...base, id: null, problem: `field '${field}' is not name=value` };
        if (!values.has(m[1]))
            values.set(m[1], m[2]);
    }
    const id = values.get('id');
    if (id === undefined)
        return { ...base, id: null, problem: 'no id field' };
    if (!/^[A-Za-z0-9]{1,32}$/.test(id))
        return { ...base, id: null, problem: `id '${id}' is not 1 to 32 letters and digits` };
    return { ...base, id, problem: null };
}
// ---------------------------------------------------------------------------------------------
// The policy file (RFC 8461 §3.2)
const MX_PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;
function parseMtaStsPolicy(text) {
    const facts = { version: null, mode: null, mx: [], maxAge: null, problems: [] };
    const problem = (p) => {
        if (facts.problems.length < 20)
            facts.problems.push(p);
    };
    const seen = new Set();
    // CRLF per the RFC; a bare LF is what most servers send and every sender accepts.
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = withoutTrailingBlanks(raw);
        if (line === '')
            return;
        const m = /^([A-Za-z0-9_.-]+)[ \t]*:[ \t]*(.*)$/.exec(line);
        if (!m) {
            problem(`line ${i + 1} is not key: value`);
            return;
        }
        const key = m[1];
        const value = m[2];
        if (key === 'mx') {
            if (MX_PATTERN.test(value))
                facts.mx.push((0,host_names/* canonicalName */.Ew)(value));
            else
                problem(`mx '${value}' is not a host name or a *. pattern`);
            return;
        }
        // Only the first of a repeated key counts (§3.2).
        if (seen.has(key))
            return;
        seen.add(key);
        if (key === 'version')
            facts.version = value;
        else if (key === 'mode')
            facts.mode = value;
        else if (key === 'max_age') {
            if (/^\d{1,10}$/.test(value) && Number(value) <= MAX_MTA_STS_MAX_AGE)
                facts.maxAge = Number(value);
            else
                problem(`max_age '${value}' is not a whole number of seconds from 0 to ${MAX_MTA_STS_MAX_AGE}`);
        }
    });
    if (facts.version === null)
        problem('no version field');
    else if (facts.version !== 'STSv1')
        problem(`version '${facts.version}' is not STSv1`);
    if (facts.mode === null)
        problem('no mode field');
    else if (!['enforce', 'testing', 'none'].includes(facts.mode))
        problem(`mode '${facts.mode}' is not enforce, testing or none`);
    if (facts.maxAge === null && !facts.problems.some((p) => p.startsWith('max_age')))
        problem('no max_age field');
    if (facts.mx.length === 0 && facts.mode !== 'none' && !facts.problems.some((p) => p.startsWith('mx')))
        problem('no mx field');
    return facts;
}
/**
 * The line without its trailing spaces and tabs, found by one backward scan. A regex such as
 * /[ \t]+$/ retries from every blank of a long run, which is quadratic: seconds of a blocked event
 * loop on a policy file of 64 KiB of spaces.
 */
function withoutTrailingBlanks(line) {
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09))
        end--;
    return end === line.length ? line : line.slice(0, end);
}
class FetchFailure extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH/;
function failureOf(err) {
    if (err instanceof FetchFailure)
        return err;
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
    if (cause instanceof FetchFailure)
        return cause;
    const code = cause?.code ?? '';
    const message = cause instanceof Error ? cause.message : String(cause);
    if (CERTIFICATE_CODES.test(code))
        return new FetchFailure('certificate', `certificate not valid for the host: ${code} ${message}`.trim());
    if (/Timeout/i.test(err?.name ?? ''))
        return new FetchFailure('timeout', message);
    return new FetchFailure('connection', code && !message.includes(code) ? `${code} ${message}` : message);
}
/** GET https://mta-sts.<domain>/.well-known/mta-sts.txt; never throws. */
async function fetchMtaStsPolicy(domain, options) {
    const host = `mta-sts.${domain}`;
    const fetch = fetchNotStarted(domain, options.port, options.address);
    let opened;
    // undici is loaded on the first MTA-STS fetch, not at start-up.
    const { Client } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    const client = new Client(`https://${host}:${options.port}`, {
        // The socket goes to the resolved address only, with the policy host's name for SNI and the
        // certificate check: the fetch can reach nowhere else.
        connect: (_opts, callback) => {
            const socket = (opened = external_node_tls_default().connect({
                host: options.address,
                port: options.port,
                servername: host,
                // The run's one verifying context: the trusted roots are parsed once, not per fetch.
                secureContext: (0,tls/* secureContextFor */.mH)(options.extraCa, options.trust),
                rejectUnauthorized: true,
                ALPNProtocols: ['http/1.1'],
            }));
            let settled = false;
            socket.once('secureConnect', () => {
                settled = true;
                callback(null, socket);
            });
            socket.once('error', (err) => {
                if (settled)
                    return;
                settled = true;
                socket.destroy();
                callback(err, null);
            });
        },
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
        pipelining: 1,
    });
    const timer = setTimeout(() => {
        client.destroy(new FetchFailure('timeout', `no complete answer within ${options.timeoutMs} ms`)).catch(() => undefined);
    }, options.timeoutMs);
    try {
        const response = await client.request({
            path: '/.well-known/mta-sts.txt',
            method: 'GET',
            headers: { host, 'user-agent': 'mail-tls-gate' },
            // A bare Client has no redirect interceptor: a 3xx comes back as it is, never followed.
        });
        fetch.status = response.statusCode;
        const type = response.headers['content-type'];
        fetch.contentType = (Array.isArray(type) ? type[0] : type) ?? null;
        const location = response.headers['location'];
        if (response.statusCode >= 300 && response.statusCode < 400)
            fetch.redirect = (Array.isArray(location) ? location[0] : location) ?? null;
        const chunks = [];
        for await (const chunk of response.body) {
            const buffer = chunk;
            fetch.bytes += buffer.length;
            if (fetch.bytes > vocabulary/* MAX_MTA_STS_POLICY_BYTES */.kB) {
                fetch.tooLarge = true;
                break;
            }
            chunks.push(buffer);
        }
        const ok = response.statusCode === 200 && !fetch.tooLarge;
        return { fetch, text: ok ? Buffer.concat(chunks).toString('utf8') : null };
    }
    catch (err) {
        const failure = failureOf(err);
        fetch.error = failure.message;
        fetch.errorKind = failure.kind;
        return { fetch, text: null };
    }
    finally {
        clearTimeout(timer);
        await client.destroy().catch(() => undefined);
        opened?.destroy();
    }
}
/** The facts of a fetch before anything came back: where it goes, and nothing read yet. */
function fetchNotStarted(domain, port, address) {
    return {
        url: `https://mta-sts.${domain}${port === 443 ? '' : `:${port}`}/.well-known/mta-sts.txt`,
        address,
        status: null,
        contentType: null,
        redirect: null,
        bytes: 0,
        tooLarge: false,
        error: null,
        errorKind: null,
        lookupCode: null,
    };
}
/**
 * The facts of a fetch that never started because the look-up of mta-sts.<domain> gave no
 * address: either DNS said it has none (NXDOMAIN, no A/AAAA records) or no answer came (a
 * time-out, SERVFAIL, a refusal), which says nothing of its addresses. The code is kept as is.
 */
function unresolvedFetch(domain, port, code) {
    const error = (0,vocabulary/* lookupGotNoAnswer */.u9)(code) ? `the address look-up of mta-sts.${domain} got no answer: ${code}` : `mta-sts.${domain} has no address: ${code}`;
    return { ...fetchNotStarted(domain, port, null), error, errorKind: 'unresolved', lookupCode: code };
}
/** The facts of a fetch not made because DNS aimed the policy host where the run does not probe. */
function skippedFetch(domain, port, why) {
    return { ...fetchNotStarted(domain, port, null), error: `not fetched: ${why}`, errorKind: 'skipped' };
}

;// CONCATENATED MODULE: ./src/probe/tls-rpt.ts

const FIELD = /^([A-Za-z0-9_.-]+)[ \t]*=[ \t]*(.*)$/;
function readTlsRptRecords(records, lookupError) {
    const base = { records, lookupError, rua: [] };
    // Records that do not begin with v=TLSRPTv1 are discarded (§3).
    const rpt = records.filter((r) => /^v[ \t]*=[ \t]*TLSRPTv1(;|[ \t]*$)/.test(r));
    if (rpt.length === 0) {
        const why = lookupError !== null && !(0,vocabulary/* lookupSaidNone */.Yt)(lookupError) ? `the look-up failed (${lookupError})` : 'no v=TLSRPTv1 record';
        return { ...base, problem: why };
    }
    if (rpt.length > 1)
        return { ...base, problem: `${rpt.length} v=TLSRPTv1 records; senders use none unless there is exactly one` };
    const values = new Map();
    for (const field of rpt[0].split(';').map((f) => f.trim()).slice(1)) {
        if (field === '')
            continue;
        const m = FIELD.exec(field);
        if (!m)
            return { ...base, problem: `field '${field}' is not name=value` };
        if (!values.has(m[1]))
            values.set(m[1], m[2].trim());
    }
    const rua = values.get('rua');
    if (rua === undefined || rua === '')
        return { ...base, problem: 'no rua field' };
    const uris = rua.split(',').map((u) => u.trim());
    for (const uri of uris) {
        const problem = ruaProblem(uri);
        if (problem !== null)
            return { ...base, problem };
    }
    return { ...base, rua: uris, problem: null };
}
function ruaProblem(uri) {
    if (/^mailto:[^@\s,;!]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]+$/i.test(uri))
        return null;
    if (/^https:/i.test(uri)) {
        try {
            const url = new URL(uri);
            return url.hostname === '' ? `rua '${uri}' has no host` : null;
        }
        catch {
            return `rua '${uri}' is not a valid https URI`;
        }
    }
    return `rua '${uri}' is neither a mailto: nor an https: URI`;
}

;// CONCATENATED MODULE: ./src/probe/observe-domains.ts









async function observeMx(domain, resolver, skipped) {
    const answer = await resolver.mx(domain);
    if (!answer.ok) {
        // NODATA: the name exists with no MX, so its own A/AAAA stand in (RFC 5321 §5.1).
        if (answer.code === 'ENODATA')
            return { records: [], nullMx: false, implicit: true, error: null };
        return { records: [], nullMx: false, implicit: false, error: answer.code };
    }
    const all = answer.value
        .map((r) => ({ exchange: r.exchange, host: (0,host_names/* canonicalName */.Ew)(r.exchange), preference: r.priority }))
        .sort((a, b) => a.preference - b.preference || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
    if (all.length === 1 && all[0].host === '' && all[0].preference === 0) {
        return { records: [{ host: '', preference: 0 }], nullMx: true, implicit: false, error: null };
    }
    // A name c-ares passes through with ':', '#', '[', spaces or escapes in it is no host to probe,
    // and printed raw it could be a workflow command: it is kept aside, never planned.
    const notNames = all.filter((r) => !(0,dns_targets/* isHostName */.uy)(r.exchange));
    if (notNames.length > 0)
        skipped.push({ role: 'mx', reason: 'not-a-host-name', host: null, left: notNames.map((r) => r.exchange) });
    const hosts = [...new Set(all.filter((r) => (0,dns_targets/* isHostName */.uy)(r.exchange)).map((r) => r.host))];
    const kept = new Set(hosts.slice(0, vocabulary/* MAX_MX_HOSTS */.rK));
    if (hosts.length > vocabulary/* MAX_MX_HOSTS */.rK)
        skipped.push({ role: 'mx', reason: 'too-many-mx-hosts', host: null, left: hosts.slice(vocabulary/* MAX_MX_HOSTS */.rK) });
    const records = all.filter((r) => kept.has(r.host)).map(({ host, preference }) => ({ host, preference }));
    return { records, nullMx: false, implicit: false, error: null };
}
/** The first CNAME target on the chain from `name` that is not a host name, or null. */
async function badCnameTarget(name, resolver) {
    const seen = new Set([name]);
    let current = name;
    for (let hop = 0; hop < dns_targets/* MAX_CNAME_HOPS */.Rm; hop++) {
        const answer = await resolver.cname(current);
        if (!answer.ok || answer.value.length === 0)
            return null;
        const target = answer.value[0];
        if (!(0,dns_targets/* isHostName */.uy)(target))
            return target;
        current = (0,host_names/* canonicalName */.Ew)(target);
        // A loop: the address look-up fails on its own.
        if (seen.has(current))
            return null;
        seen.add(current);
    }
    return null;
}
/**
 * A DNS-supplied host's addresses to contact, or why there are none: its CNAME chain leaves host
 * names, its look-up failed, or every address lies in a restricted range. What is left out is
 * added to `skipped`; addresses past the cap only for MX hosts (the MTA-STS fetch uses one). An
 * MX host the policy also lists under `hosts:` is the policy's own choice: nothing is withheld.
 */
async function admittedHost(host, role, options, skipped) {
    if (!(0,dns_targets/* isHostName */.uy)(host)) {
        skipped.push({ role, reason: 'not-a-host-name', host: null, left: [host] });
        return null;
    }
    const exempt = role === 'mx' && (options.policyHosts?.has(host) ?? false);
    if (!exempt) {
        const target = await badCnameTarget(host, options.resolver);
        if (target !== null) {
            skipped.push({ role, reason: 'not-a-host-name', host, left: [target] });
            return null;
        }
    }
    let found;
    try {
        found = await options.resolver.addresses(host);
    }
    catch (err) {
        return { addresses: [], error: (0,dns/* errorCodeOf */.D9)(err) };
    }
    if (exempt)
        return { addresses: [...new Set(found)], error: null };
    const admitted = (0,dns_targets/* admitAddresses */.S7)(found, options.allowLoopback ?? false);
    if (admitted.restricted.length > 0)
        skipped.push({ role, reason: 'restricted-address', host, left: admitted.restricted.map((r) => r.address) });
    if (admitted.overCap.length > 0 && role === 'mx')
        skipped.push({ role, reason: 'too-many-addresses', host, left: admitted.overCap });
    return admitted.kept.length > 0 ? { addresses: admitted.kept, error: null } : null;
}
/** Questions about one domain's MX hosts in flight at once: address look-ups and TLSA look-ups together. */
const MX_HOST_LOOKUPS = 4;
async function observeMtaSts(domain, options, skipped) {
    const port = options.mtaStsPort ?? 443;
    const host = `mta-sts.${domain}`;
    const txt = await options.resolver.txt(`_mta-sts.${domain}`);
    const record = readMtaStsRecords(txt.ok ? txt.value : [], txt.ok ? null : txt.code);
    const before = skipped.length;
    const found = await admittedHost(host, 'mta-sts', options, skipped);
    if (found === null) {
        const why = skipped.slice(before).some((s) => s.reason === 'restricted-address')
            ? 'every address of the policy host is loopback, link-local, unspecified or multicast (allow-loopback is off)'
            : 'the policy host or its CNAME target is not a host name';
        return { record, fetch: skippedFetch(domain, port, why), policy: null };
    }
    if (found.error !== null)
        return { record, fetch: unresolvedFetch(domain, port, found.error), policy: null };
    const { fetch, text } = await fetchMtaStsPolicy(domain, { address: found.addresses[0], port, extraCa: options.extraCa, trust: options.trust, timeoutMs: options.timeoutMs });
    return { record, fetch, policy: text === null ? null : parseMtaStsPolicy(text) };
}
/** The TLSA records at `_25._tcp.<host>`. The name is the MX host's own: an MX host that is a CNAME alias is not expanded first. */
async function observeTlsa(host, dane) {
    const tlsaName = `_25._tcp.${host}`;
    const found = await dane.tlsa(tlsaName);
    return { host, tlsaName, tlsa: found.tlsa, records: found.records };
}
/**
 * The MX hosts' addresses (when the policy asks services of them) and, for DANE, their TLSA
 * records, asked at once: the TLSA names follow from the MX answer alone, so they need not wait
 * for the addresses. Both share one bound, a host's address question queued before its TLSA
 * question, so the first hosts are answered first.
 */
async function observeMxHosts(domain, mx, asks, options, skipped) {
    const names = (0,domains/* mxHostNames */.M)(domain, mx);
    // A few questions at a time: an address look-up is two to four queries, and several domains run at once.
    const slots = new semaphore/* Semaphore */.j(MX_HOST_LOOKUPS);
    const addresses = [];
    const tlsa = [];
    for (const host of names) {
        if (asks.addresses)
            addresses.push(slots.run(() => admittedHost(host, 'mx', options, skipped)));
        const dane = asks.tlsa;
        if (dane !== null)
            tlsa.push(slots.run(() => observeTlsa(host, dane)));
    }
    const [found, tlsaFound] = await Promise.all([Promise.all(addresses), Promise.all(tlsa)]);
    const mxHosts = asks.addresses ? names.flatMap((host, i) => (found[i] ? [{ host, ...found[i] }] : [])) : null;
    if (asks.tlsa === null)
        return { mxHosts, tlsa: null };
    // DANE speaks of the hosts the plan probes: an MX host left out above (its CNAME chain leaves
    // host names, or every address of it is restricted) has no TLSA facts, as it is not contacted.
    // When the policy asks no services of the MX hosts, every host DNS named keeps its TLSA facts,
    // so that a missing TLSA record is still seen.
    const probed = mxHosts === null ? null : new Set(mxHosts.map((h) => h.host));
    return { mxHosts, tlsa: probed === null ? tlsaFound : tlsaFound.filter((h) => probed.has(h.host)) };
}
/** The DANE facts (RFC 7672 §2.2): the MX answer's DNSSEC status, and the TLSA facts of each MX host, in MX order. */
async function observeDane(mxAnswer, hosts) {
    if (mxAnswer === null || hosts === null) {
        const none = { rcode: null, authenticated: null, error: dane_vocabulary/* DNSSEC_ERRORS */.to.noResolver };
        return { mx: none, hosts: [] };
    }
    return { mx: await mxAnswer, hosts };
}
async function observeTlsRpt(domain, resolver) {
    const txt = await resolver.txt(`_smtp._tls.${domain}`);
    return readTlsRptRecords(txt.ok ? txt.value : [], txt.ok ? null : txt.code);
}
async function observeDomain(policy, options) {
    const started = performance.now();
    const domain = (0,host_names/* canonicalName */.Ew)(policy.domain);
    const mxSkipped = [];
    const stsSkipped = [];
    const probesMx = policy.mx !== null && policy.mx.require.length > 0;
    // DANE's questions go to the DNSSEC-aware resolver; without one, the facts say there was none.
    const daneResolver = policy.dane === 'off' ? null : options.dane ?? null;
    // The MX question again with DO, at the same time as the first: only its AD bit is read.
    const daneMx = daneResolver?.mx(domain) ?? null;
    const [[mx, mxHosts, dane], mtaSts, tlsRpt] = await Promise.all([
        observeMx(domain, options.resolver, mxSkipped).then(async (mx) => {
            const { mxHosts, tlsa } = await observeMxHosts(domain, mx, { addresses: probesMx, tlsa: daneResolver }, options, mxSkipped);
            const dane = policy.dane === 'off' ? null : await observeDane(daneMx, tlsa);
            return [mx, mxHosts, dane];
        }),
        policy.mtaSts === 'off' ? null : observeMtaSts(domain, options, stsSkipped),
        policy.tlsRpt === 'off' ? null : observeTlsRpt(domain, options.resolver),
    ]);
    // MX hosts are looked at in parallel: their order here is the MX order, not the answers'.
    const order = new Map(mx.records.map((r, i) => [r.host, i]));
    mxSkipped.sort((a, b) => (a.host === null ? -1 : order.get(a.host) ?? 0) - (b.host === null ? -1 : order.get(b.host) ?? 0));
    return { domain, mx, mxHosts, skipped: [...mxSkipped, ...stsSkipped], mtaSts, tlsRpt, dane, durationMs: Math.round(performance.now() - started) };
}
/** Every policy domain's facts, in policy order, a bounded number at a time. */
function observeDomains(domains, options) {
    const slots = new semaphore/* Semaphore */.j(Math.max(1, options.concurrency ?? 8));
    return Promise.all(domains.map((policy) => slots.run(() => observeDomain(policy, options))));
}


/***/ })

};
