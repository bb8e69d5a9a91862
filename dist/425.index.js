export const id = 425;
export const ids = [425];
export const modules = {

/***/ 14458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ urlHostName),
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   a9: () => (/* binding */ withoutRootDot),
/* harmony export */   f2: () => (/* binding */ normaliseHost),
/* harmony export */   zK: () => (/* binding */ mxPatternMatches)
/* harmony export */ });
/* harmony import */ var _ip_literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49797);
// Host names as every stage compares them. Two spellings, on purpose: `canonicalName` for names
// that DNS or a remote peer supplied (trimmed, every final dot dropped), `withoutRootDot` where a
// second final dot must stay visible (a certificate's DNS-ID, a policy value being checked), and
// `normaliseHost` for the one spelling of a policy host, IPv6 literals included.

/** Lower case, no trailing dot: names as the plan and the rules compare them. */
function canonicalName(name) {
    const lower = name.trim().toLowerCase();
    // A backward scan, not /\.+$/: the regex retries from every dot of a long run (quadratic).
    let end = lower.length;
    while (end > 0 && lower.charCodeAt(end - 1) === 0x2e)
        end--;
    return lower.slice(0, end);
}
/** Lower case without the one final root dot; a name ending in two dots keeps one, and stays wrong. */
function withoutRootDot(name) {
    const lower = name.toLowerCase();
    return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
/** A URL's host as a name: brackets off an IPv6 literal, then `canonicalName`. */
function urlHostName(host) {
    const name = host.trim();
    return canonicalName(name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name);
}
/** The one spelling of a policy host: lower case, no trailing dot, IPv6 in RFC 5952 form. */
function normaliseHost(value) {
    if (value.includes(':')) {
        const groups = (0,_ip_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIpv6 */ .BE)(value);
        return groups === undefined ? value.toLowerCase() : (0,_ip_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .formatIpv6 */ .DU)(groups);
    }
    return withoutRootDot(value);
}
/**
 * An MX host matches a pattern exactly, or `*.rest` when the host is one label followed by
 * `.rest` (RFC 8461 §4.1: the wildcard covers exactly one label).
 */
function mxPatternMatches(pattern, host) {
    const p = canonicalName(pattern);
    const h = canonicalName(host);
    if (!p.startsWith('*.'))
        return p === h;
    const dot = h.indexOf('.');
    return dot > 0 && h.slice(dot + 1) === p.slice(2);
}


/***/ }),

/***/ 49797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ parseIpv6),
/* harmony export */   DU: () => (/* binding */ formatIpv6),
/* harmony export */   eH: () => (/* binding */ isIpv4),
/* harmony export */   jF: () => (/* binding */ restrictedRange),
/* harmony export */   qQ: () => (/* binding */ ipOctets),
/* harmony export */   v2: () => (/* binding */ formatIpOctets)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
// IP literals: the one parser and formatter of IPv4 and IPv6 text, as 16-bit groups (comparing,
// ordering, range checks) or as octets (a certificate's iPAddress entries).

function isIpv4(text) {
    const parts = text.split('.');
    return (parts.length === 4 &&
        parts.every((part) => /^(0|[1-9][0-9]{0,2})$/.test(part) && Number(part) <= 255));
}
/** The eight 16-bit groups of an IPv6 address (embedded IPv4 tail allowed), or undefined. */
function parseIpv6(text) {
    let body = text;
    const tail = [];
    const lastColon = body.lastIndexOf(':');
    if (body.slice(lastColon + 1).includes('.')) {
        const v4 = body.slice(lastColon + 1);
        if (!isIpv4(v4))
            return undefined;
        const [a, b, c, d] = v4.split('.').map(Number);
        tail.push((a << 8) | b, (c << 8) | d);
        body = body.slice(0, lastColon + 1) + '0'; // placeholder group, dropped below
    }
    const halves = body.split('::');
    if (halves.length > 2)
        return undefined;
    const parseGroups = (part) => {
        if (part === '')
            return [];
        const groups = part.split(':');
        if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g)))
            return undefined;
        return groups.map((g) => parseInt(g, 16));
    };
    const head = parseGroups(halves[0]);
    const rest = halves.length === 2 ? parseGroups(halves[1]) : [];
    if (head === undefined || rest === undefined)
        return undefined;
    let groups;
    if (tail.length > 0) {
        // Replace the placeholder group with the two groups the IPv4 tail stands for.
        if (halves.length === 2)
            rest.pop();
        else
            head.pop();
    }
    const written = head.length + rest.length + tail.length;
    if (halves.length === 2) {
        if (written > 7)
            return undefined; // '::' stands for at least one zero group
        groups = [...head, ...new Array(8 - written).fill(0), ...rest, ...tail];
    }
    else {
        if (written !== 8)
            return undefined;
        groups = [...head, ...tail];
    }
    return groups;
}
/** RFC 5952 text: lower case, no leading zeros, the longest run of zero groups as '::'. */
function formatIpv6(groups) {
    let bestStart = -1;
    let bestLength = 1; // RFC 5952 §4.2.2: a single zero group is never compressed
    for (let i = 0; i < groups.length;) {
        if (groups[i] !== 0) {
            i += 1;
            continue;
        }
        let j = i;
        while (j < groups.length && groups[j] === 0)
            j += 1;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(':');
    return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
/** Octets of an IPv4 or IPv6 literal (brackets allowed), or null if it is not one. */
function ipOctets(text) {
    const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(bare);
    if (family === 4)
        return Uint8Array.from(bare.split('.').map((part) => Number(part)));
    // A zone index (fe80::1%eth0) names a link, not an address a certificate could carry.
    if (family !== 6 || bare.includes('%'))
        return null;
    const groups = parseIpv6(bare);
    if (groups === undefined)
        return null;
    const out = new Uint8Array(16);
    groups.forEach((group, i) => {
        out[i * 2] = group >> 8;
        out[i * 2 + 1] = group & 0xff;
    });
    return out;
}
/** Dotted quad, or RFC 5952 text; any other length as `invalid(hex)`. */
function formatIpOctets(bytes) {
    if (bytes.length === 4)
        return Array.from(bytes).join('.');
    if (bytes.length !== 16)
        return `invalid(${Buffer.from(bytes).toString('hex')})`;
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push((bytes[i] << 8) | bytes[i + 1]);
    return formatIpv6(groups);
}
function ipv4Range(text) {
    const [a, b] = text.split('.').map(Number);
    if (a === 127)
        return 'loopback';
    if (a === 169 && b === 254)
        return 'link-local';
    if (a === 0)
        return 'unspecified';
    if (a >= 224 && a <= 239)
        return 'multicast';
    return null;
}
/**
 * Which restricted range an address lies in, or null: 127/8, 169.254/16, 0/8 and 224/4 for IPv4;
 * ::1, fe80::/10, :: and ff00::/8 for IPv6, and an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible
 * (::a.b.c.d) address by its IPv4 part. Text that is no IP address counts as unspecified.
 */
function restrictedRange(address) {
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address);
    if (family === 4 && isIpv4(address))
        return ipv4Range(address);
    const zone = address.indexOf('%');
    const groups = family === 6 ? parseIpv6(zone === -1 ? address : address.slice(0, zone)) : undefined;
    if (groups === undefined)
        return 'unspecified';
    const [g0, g1, g2, g3, g4, g5, g6, g7] = groups;
    const zeroPrefix = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
    if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 0)
        return 'unspecified';
    if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 1)
        return 'loopback';
    if (zeroPrefix && (g5 === 0xffff || g5 === 0))
        return ipv4Range(`${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}`);
    if ((g0 & 0xffc0) === 0xfe80)
        return 'link-local';
    if ((g0 & 0xff00) === 0xff00)
        return 'multicast';
    return null;
}


/***/ }),

/***/ 89975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ judgesNonAead)
/* harmony export */ });
/** The intermediate and modern profiles allow forward-secret AEAD suites only. */
function judgesNonAead(profile) {
    return profile === 'intermediate' || profile === 'modern';
}


/***/ }),

/***/ 97572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yw: () => (/* binding */ TLS_VERSION_ORDER),
/* harmony export */   ie: () => (/* binding */ tlsVersionRank),
/* harmony export */   lW: () => (/* binding */ tlsVersionOfPolicy),
/* harmony export */   zD: () => (/* binding */ asTlsVersionName)
/* harmony export */ });
/** Every version the tool knows, oldest first. */
const TLS_VERSION_ORDER = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const POLICY_VERSION_NAMES = {
    '1.0': 'TLSv1',
    '1.1': 'TLSv1.1',
    '1.2': 'TLSv1.2',
    '1.3': 'TLSv1.3',
};
/** Position in TLS_VERSION_ORDER: a higher number is a newer version. */
function tlsVersionRank(version) {
    return TLS_VERSION_ORDER.indexOf(version);
}
/** The version node names for the policy's `"1.2"`. */
function tlsVersionOfPolicy(version) {
    return POLICY_VERSION_NAMES[version];
}
/** The value itself when it is a version the tool knows (node reports others, such as 'unknown'). */
function asTlsVersionName(value) {
    return TLS_VERSION_ORDER.includes(value ?? '') ? value : null;
}


/***/ }),

/***/ 25123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ MAX_CONNECTIONS_PER_ENDPOINT),
/* harmony export */   I2: () => (/* binding */ classesAt),
/* harmony export */   M$: () => (/* binding */ lookupGotNoReply),
/* harmony export */   Y8: () => (/* binding */ CONNECTION_BUDGET_REACHED),
/* harmony export */   Yt: () => (/* binding */ lookupSaidNone),
/* harmony export */   il: () => (/* binding */ TURNED_AWAY),
/* harmony export */   kB: () => (/* binding */ MAX_MTA_STS_POLICY_BYTES),
/* harmony export */   ox: () => (/* binding */ MAX_ADDRESSES_PER_NAME),
/* harmony export */   rK: () => (/* binding */ MAX_MX_HOSTS),
/* harmony export */   u9: () => (/* binding */ lookupGotNoAnswer)
/* harmony export */ });
/** MX hosts probed per domain, in preference order; the rest are reported, never silently dropped. */
const MAX_MX_HOSTS = 10;
/** Addresses probed per DNS-supplied name. */
const MAX_ADDRESSES_PER_NAME = 8;
/** RFC 8461 §3.2 puts no limit on the file; 64 KiB is far above any real policy. */
const MAX_MTA_STS_POLICY_BYTES = 64 * 1024;
/**
 * No probe of one endpoint opens more TCP connections than this: what the probe asks of the
 * endpoint that needs the most, with the session's busy retry (src/probe/engine.ts counts it).
 * The extra connections' own busy retries get only what is left of it.
 */
const MAX_CONNECTIONS_PER_ENDPOINT = 15;
/** How an untested check that met the cap (not the server) says why. */
const CONNECTION_BUDGET_REACHED = 'connection budget reached';
/** How an untested check says that the server turned its connection away (busy, also on the retry). */
const TURNED_AWAY = 'turned away as busy';
/**
 * The address look-up codes (node's resolver, getaddrinfo) that are an answer about the name:
 * NXDOMAIN (ENOTFOUND, EAI_NONAME) and a name without such records (ENODATA, EAI_NODATA, and
 * EAI_ADDRFAMILY: none of the family asked).
 */
const ANSWERING_LOOKUP_CODES = new Set(['ENOTFOUND', 'EAI_NONAME', 'ENODATA', 'EAI_NODATA', 'EAI_ADDRFAMILY']);
/**
 * Whether an address look-up that failed with this code got no answer, so nothing is known of the
 * name's addresses: every resolver or getaddrinfo code but the answering ones. A time-out, a name
 * server that failed, refused or sent a malformed reply (ETIMEOUT, ESERVFAIL, EREFUSED,
 * ECONNREFUSED, EBADRESP, EFORMERR, ENOTIMP, EAI_AGAIN, EAI_FAIL), a look-up cancelled or the
 * runner out of memory: silence about the name, never "no address". The planner's own words ("no
 * A or AAAA records", an `addresses:` selection that leaves every address out) are answers.
 */
function lookupGotNoAnswer(code) {
    return /^E[A-Z0-9_]+$/.test(code) && !lookupSaidNone(code);
}
/**
 * The resolver codes of a look-up that got no reply at all: the query timed out, the name server
 * refused the connection, or the look-up was cancelled. Silence, which may be the runner's own
 * network: never a finding against the name. (A SERVFAIL or REFUSED is a reply, the one senders
 * using that resolver meet too.)
 */
const NO_REPLY_CODES = new Set(['ETIMEOUT', 'ECONNREFUSED', 'ECANCELLED', 'EDESTRUCTION', 'EAI_AGAIN']);
/** Whether a look-up that failed with this code got no reply at all (NO_REPLY_CODES). */
function lookupGotNoReply(code) {
    return NO_REPLY_CODES.has(code);
}
/**
 * Whether a look-up that failed with this code was answered "no such name" or "no records of that
 * type" (NXDOMAIN, NODATA): an answer about the name. Any other failure (a code or not) is not one.
 */
function lookupSaidNone(code) {
    return ANSWERING_LOOKUP_CODES.has(code);
}
/**
 * The classes of the cipher questions at `version`, before the rules' selection leaves any out.
 * Forward secrecy and AEAD are TLS 1.2 questions (no TLS 1.0 or 1.1 suite is AEAD, and RFC 9325
 * holds TLS 1.2 to forward secrecy); the DH group is asked once, at the newest version accepted.
 * `nonAead`: the endpoint's profile makes non-AEAD suites a class (intermediate, modern).
 */
function classesAt(version, newest, options) {
    const classes = ['weak', 'anonymous'];
    if (version === 'TLSv1.2')
        classes.push('no-forward-secrecy');
    if (version === 'TLSv1.2' && options.nonAead)
        classes.push('non-aead');
    if (newest)
        classes.push('dhe');
    return classes;
}


/***/ }),

/***/ 88381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   P7: () => (/* binding */ parseCheckSettings),
/* harmony export */   SR: () => (/* binding */ VERSION_FLAG),
/* harmony export */   Wg: () => (/* binding */ FLAGS),
/* harmony export */   mY: () => (/* binding */ DEFAULT_POLICY_FILE),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export FAIL_ON_VALUES */
/* harmony import */ var _policy_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75432);
/* harmony import */ var _resolve_dns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89227);
/* harmony import */ var _probe_roots_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44399);
// The settings both entry points take (CLI flags, action inputs), checked with one wording.



/** Where a policy lives unless told otherwise: the action's `policy` input and init's `--output`. */
const DEFAULT_POLICY_FILE = '.github/mail-tls-policy.yml';
const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'inconclusive', 'never'];
function parseFailOn(name, text) {
    return FAIL_ON_VALUES.includes(text)
        ? { ok: true, value: text }
        : { ok: false, message: `${name}: '${text}' is not one of ${FAIL_ON_VALUES.join(', ')}` };
}
function parseTrust(name, text) {
    return _probe_roots_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_SOURCES */ .Co.includes(text)
        ? { ok: true, value: text }
        : { ok: false, message: `${name}: '${text}' is not one of ${_probe_roots_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_SOURCES */ .Co.join(', ')}` };
}
function parseWholeNumber(name, text, max) {
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    return Number.isInteger(n) && n >= 1 && n <= max
        ? { ok: true, value: n }
        : { ok: false, message: `${name}: '${text}' is not a whole number from 1 to ${max}` };
}
function parseTimeout(name, text) {
    const ms = (0,_policy_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(text);
    return typeof ms === 'number'
        ? { ok: true, value: ms }
        : { ok: false, message: `${name}: '${text}' is not a duration like 500ms, 10s or 2m (${ms.error})` };
}
/** YAML 1.2 core booleans, as the runner's own inputs accept them. */
function parseBoolean(name, text) {
    if (/^(true|True|TRUE)$/.test(text))
        return { ok: true, value: true };
    if (/^(false|False|FALSE)$/.test(text))
        return { ok: true, value: false };
    return { ok: false, message: `${name}: '${text}' is not true or false` };
}
/**
 * Checks every setting and reports every bad one at once. `label` turns a setting's name into
 * what the user typed (`--fail-on` on the command line, `fail-on` in a workflow).
 */
function parseCheckSettings(raw, label) {
    const given = (t) => (t === undefined || t === '' ? undefined : t);
    const failOn = parseFailOn(label('fail-on'), given(raw.failOn) ?? 'error');
    const concurrency = parseWholeNumber(label('concurrency'), given(raw.concurrency) ?? '32', 1024);
    const perHost = parseWholeNumber(label('per-host'), given(raw.perHost) ?? '2', 64);
    const timeout = given(raw.timeout) === undefined ? undefined : parseTimeout(label('timeout'), raw.timeout);
    const retryAfter = parseTimeout(label('retry-after'), given(raw.retryAfter) ?? '5s');
    const trust = parseTrust(label('trust'), given(raw.trust) ?? 'system');
    const resolverText = given(raw.resolver);
    const resolverParsed = resolverText === undefined ? undefined : (0,_resolve_dns_js__WEBPACK_IMPORTED_MODULE_1__/* .parseResolverAddress */ .EM)(resolverText);
    const resolver = resolverParsed === undefined ? undefined : 'error' in resolverParsed ? { ok: false, message: `${label('resolver')}: ${resolverParsed.error}` } : { ok: true, value: resolverParsed };
    const allowLoopback = parseBoolean(label('allow-loopback'), given(raw.allowLoopback) ?? 'false');
    const messages = [failOn, concurrency, perHost, timeout, retryAfter, resolver, trust, allowLoopback].flatMap((p) => (p && !p.ok ? [p.message] : []));
    if (!failOn.ok || !concurrency.ok || !perHost.ok || (timeout && !timeout.ok) || !retryAfter.ok || (resolver && !resolver.ok) || !trust.ok || !allowLoopback.ok) {
        return { ok: false, messages };
    }
    return {
        ok: true,
        value: {
            failOn: failOn.value,
            concurrency: concurrency.value,
            perHost: perHost.value,
            timeoutMs: timeout?.value,
            retryAfterMs: retryAfter.value,
            resolver: resolver?.value,
            trust: trust.value,
            allowLoopback: allowLoopback.value,
        },
    };
}
// ---- The command line's flags --------------------------------------------------------------
// One table drives both parsing and `--help`: a flag added here is parsed, checked against the
// command it is given to, and shown in that command's help, with nothing else to change.
const COMMANDS = ['check', 'merge', 'validate', 'init', 'demo'];
const PROBING = ['check'];
/** Flags of every command that opens connections: check, and init's first look. */
const CONNECTING = ['check', 'init'];
const REPORTING = ['check', 'merge'];
const FLAGS = [
    { name: 'format', value: 'FORMAT', default: 'text', meaning: 'how to print the result: text, json or sarif', meaningFor: { validate: 'how to print the plan: text or json' }, commands: ['check', 'merge', 'validate'] },
    { name: 'fail-on', value: 'LEVEL', default: 'error', meaning: `the least severity that fails the run: ${FAIL_ON_VALUES.join(', ')}`, commands: REPORTING },
    { name: 'only', value: 'HOST', default: 'every host', meaning: 'check only this host or domain of the policy', commands: ['check', 'validate'] },
    { name: 'concurrency', value: 'N', default: '32', meaning: 'endpoints probed at the same time (1 to 1024)', commands: CONNECTING },
    { name: 'per-host', value: 'N', default: '2', meaning: 'simultaneous connections per host name and per address (1 to 64)', commands: CONNECTING },
    { name: 'timeout', value: 'DURATION', default: "the policy's timeout, 10s unless set", defaultFor: { init: '5s' }, meaning: "each network step's deadline, for every host, like 500ms, 10s or 2m", commands: CONNECTING },
    { name: 'retry-after', value: 'DURATION', default: '5s', meaning: 'wait before retrying a service that turned the probe away as busy', commands: PROBING },
    { name: 'ca-file', value: 'PEM', default: 'none', meaning: 'extra trusted root certificates, in a PEM file', commands: CONNECTING },
    { name: 'resolver', value: 'ADDR[:PORT]', default: "the system's", meaning: 'the DNS server for MX, MTA-STS, TLS-RPT and TLSA look-ups, and the only one whose DNSSEC validation is trusted', meaningFor: { init: 'the DNS server for MX, MTA-STS, TLS-RPT and TLSA look-ups (and for telling a domain from a host), and the only one whose DNSSEC validation is trusted: without it, domains get dane: off' }, commands: CONNECTING },
    { name: 'trust', value: 'SOURCE', default: 'system', meaning: "the roots certificates must chain to: system (the machine's store, Node's bundled roots where Node cannot read it) or bundled; ca-file adds to either", commands: CONNECTING },
    { name: 'allow-loopback', meaning: 'also probe loopback, link-local, unspecified and multicast addresses that DNS gives MX and MTA-STS hosts (test setups on loopback); hosts the policy names are never restricted', meaningFor: { init: 'also probe loopback, link-local, unspecified and multicast addresses that DNS gives MX and MTA-STS hosts (test setups on loopback); names given to init are never restricted' }, commands: CONNECTING },
    { name: 'ipv4', short: '4', meaning: "probe only IPv4 addresses, whatever the policy's addresses: say", meaningFor: { init: 'probe only IPv4 addresses' }, commands: CONNECTING },
    { name: 'ipv6', short: '6', meaning: "probe only IPv6 addresses, whatever the policy's addresses: say", meaningFor: { init: 'probe only IPv6 addresses' }, commands: CONNECTING },
    { name: 'helo-name', value: 'NAME', default: "this machine's host name", meaning: 'the name SMTP sends in EHLO', commands: CONNECTING },
    { name: 'shard', value: 'i/n', default: 'none', meaning: 'probe only the i-th of n parts of the plan (combine them with merge)', commands: PROBING },
    { name: 'report', value: 'FILE', default: 'none', meaning: 'also write the JSON report to FILE', commands: REPORTING },
    { name: 'sarif', value: 'FILE', default: 'none', meaning: 'also write the SARIF file to FILE', commands: REPORTING },
    { name: 'dry-run', meaning: 'print the starter policy instead of writing it', commands: ['init'] },
    { name: 'output', value: 'FILE', default: DEFAULT_POLICY_FILE, meaning: 'where to write the starter policy; an existing file is never overwritten', commands: ['init'] },
    { name: 'help', short: 'h', meaning: 'show this help and exit', commands: COMMANDS },
];
/** `--version` is asked of the tool, not of a command. */
const VERSION_FLAG = { name: 'version', meaning: 'print the version and exit', commands: [] };


/***/ }),

/***/ 5395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ compareAddress),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   UC: () => (/* binding */ compareEndpoints),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   f8: () => (/* binding */ comparePlace),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_ip_literals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49797);
// Deterministic ordering, one for every stage (plan, rules, outputs): two runs that saw the same
// things produce byte-identical reports, whatever order the probes finished in.


/** Most severe first. */
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Code-unit order, independent of the machine's locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Absent values first. */
function compareNullable(a, b, compare) {
    const aMissing = a === null || a === undefined;
    const bMissing = b === null || b === undefined;
    if (aMissing || bMissing)
        return aMissing === bMissing ? 0 : aMissing ? -1 : 1;
    return compare(a, b);
}
function addressKey(address) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(address))
        return { family: 4, parts: address.split('.').map(Number) };
    // A zone (fe80::1%eth0) names the interface, not the address: it does not change the order.
    const groups = (0,_common_ip_literals_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIpv6 */ .BE)(address.split('%')[0]);
    return groups === undefined ? { family: 99, parts: [] } : { family: 6, parts: groups };
}
/** IPv4 before IPv6, each in numeric order; anything else after, in text order. */
function compareAddress(a, b) {
    const ka = addressKey(a);
    const kb = addressKey(b);
    if (ka.family !== kb.family)
        return ka.family - kb.family;
    for (let i = 0; i < Math.min(ka.parts.length, kb.parts.length); i++) {
        if (ka.parts[i] !== kb.parts[i])
            return ka.parts[i] - kb.parts[i];
    }
    return ka.parts.length - kb.parts.length || compareText(a, b);
}
const compareNumber = (a, b) => a - b;
function comparePlace(a, b) {
    return (compareText(a.host.toLowerCase(), b.host.toLowerCase()) ||
        compareText(a.host, b.host) ||
        compareNullable(a.address, b.address, compareAddress) ||
        compareNullable(a.port, b.port, compareNumber) ||
        compareNullable(a.service, b.service, compareText));
}
function compareEndpoints(a, b) {
    return comparePlace(a, b);
}
function compareFindings(a, b) {
    return (comparePlace(a, b) ||
        compareText(a.rule, b.rule) ||
        compareText(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        compareText(a.message, b.message) ||
        Number(a.waived) - Number(b.waived));
}


/***/ }),

/***/ 44502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ mxHostPolicies),
/* harmony export */   s: () => (/* binding */ mxAddresses)
/* harmony export */ });
/* harmony import */ var _policy_only_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96802);
/* harmony import */ var _policy_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83693);
/* harmony import */ var _common_host_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14458);
// MX hosts as planned hosts: each domain's mail hosts (from the domains stage's facts) get the
// services its `mx: { require: … }` asks for, each request located at its own item under `mx:`.
// A host that is also in `hosts:` keeps that entry's settings and severity overrides (`rules:`),
// under what an `mx:` item sets of its own, under `--only DOMAIN` too (only.ts); its own requests
// stay as they are and identical endpoints are probed once (buildPlan removes the duplicates,
// keeping the `hosts:` one). Their addresses are the ones the domains stage admitted
// (dns-targets.ts), never looked up again.



function mxHostPolicies(policy, facts) {
    const byName = new Map((0,_policy_only_js__WEBPACK_IMPORTED_MODULE_0__/* .mxHostEntries */ .Oj)(policy).map((h) => [(0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(h.host), h]));
    const out = new Map();
    for (const domain of policy.domains) {
        if (domain.mx === null || domain.mx.require.length === 0)
            continue;
        const seen = facts.find((f) => f.domain === (0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(domain.domain));
        if (seen === undefined)
            continue;
        for (const { host } of seen.mxHosts ?? []) {
            const named = byName.get(host);
            const entry = out.get(host) ?? {
                host,
                ...(0,_policy_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .hostSettingsOf */ .TA)(named ?? policy.defaults),
                require: [],
                forbid: [],
                location: domain.location,
                ...(named?.rules === undefined ? {} : { rules: named.rules }),
            };
            entry.require.push(...domain.mx.require);
            out.set(host, entry);
        }
    }
    return [...out.values()];
}
/** The MX hosts' admitted addresses as a resolver for the plan; a failed look-up keeps its code. */
function mxAddresses(facts) {
    const byHost = new Map();
    for (const domain of facts)
        for (const host of domain.mxHosts ?? [])
            if (!byHost.has(host.host))
                byHost.set(host.host, host);
    return async (name) => {
        const found = byHost.get(name);
        if (found === undefined || found.error !== null || found.addresses.length === 0) {
            throw Object.assign(new Error(`no address for ${name}`), { code: found?.error ?? 'ENOTFOUND' });
        }
        return found.addresses;
    };
}


/***/ }),

/***/ 48720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5395);
/* harmony import */ var _policy_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83693);
/* harmony import */ var _resolve_addresses_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97024);
// Expand the policy into endpoints: hosts × services × addresses. Name resolution is the only
// outside contact, and it is injectable so tests need no DNS.




// Two host entries may name the same host: resolve each name once, a bounded number at a time.
const RESOLVE_CONCURRENCY = 16;
async function resolveNames(names, resolveAll) {
    const results = new Map();
    const queue = [...new Set(names)];
    async function worker() {
        for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
            results.set(name, await resolveOne(name, resolveAll));
        }
    }
    await Promise.all(Array.from({ length: Math.min(RESOLVE_CONCURRENCY, queue.length) }, worker));
    return results;
}
async function resolveOne(name, resolveAll) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(name))
        return { addresses: [name] };
    try {
        const addresses = [...new Set(await resolveAll(name))];
        if (addresses.length === 0)
            return { addresses: [], error: 'no A or AAAA records' };
        return { addresses };
    }
    catch (err) {
        const code = err.code;
        return { addresses: [], error: code ? `${code}` : String(err) };
    }
}
/** Every endpoint of these hosts, each name resolved once. */
async function endpointsOf(hosts, resolveAll) {
    const resolutions = await resolveNames(hosts.map((h) => h.host), resolveAll);
    return hosts.flatMap((host) => endpointsFor(host, resolutions.get(host.host)));
}
/** The addresses `addresses:` selects, or why none is left (a host with no address of the family asked for). */
function selectAddresses(found, selection) {
    switch (selection) {
        case 'all':
            return { addresses: found };
        case 'first':
            return { addresses: found.slice(0, 1) };
        case 'ipv4':
        case 'ipv6': {
            const family = selection === 'ipv4' ? 4 : 6;
            const kept = found.filter((address) => (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address) === family);
            if (kept.length > 0)
                return { addresses: kept };
            return { addresses: [], error: `no ${selection === 'ipv4' ? 'IPv4 (A)' : 'IPv6 (AAAA)'} address, and addresses: ${selection} leaves out ${listOfAddresses(found)}` };
        }
    }
}
function listOfAddresses(found) {
    return found.length <= 4 ? found.join(', ') : `${found.slice(0, 4).join(', ')} and ${found.length - 4} more`;
}
function endpointsFor(host, resolution) {
    const hostSettings = (0,_policy_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .hostSettingsOf */ .TA)(host);
    const selected = resolution.error !== undefined ? resolution : selectAddresses(resolution.addresses, host.addresses);
    const addresses = selected.error !== undefined ? [null] : selected.addresses;
    // Each request's settings are layered once, and shared by its endpoints at every address.
    const settingsOf = (request) => (request.settings === undefined ? hostSettings : (0,_policy_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .layerSettings */ .j)(hostSettings, request.settings));
    const asked = [
        ...host.require.map((r) => [r, 'require', settingsOf(r)]),
        ...host.forbid.map((r) => [r, 'forbid', settingsOf(r)]),
    ];
    const out = [];
    for (const address of addresses) {
        for (const [request, expectation, settings] of asked) {
            const endpoint = {
                host: host.host,
                address,
                port: request.port,
                service: request.service,
                expectation,
                location: request.location,
                settings,
            };
            if (request.settingLocations !== undefined)
                endpoint.settingLocations = request.settingLocations;
            if (host.rules !== undefined)
                endpoint.rules = host.rules;
            if (address === null)
                endpoint.resolveError = selected.error;
            out.push(endpoint);
        }
    }
    return out;
}
async function buildPlan(policy, resolveAll = _resolve_addresses_js__WEBPACK_IMPORTED_MODULE_3__/* .systemResolveAll */ .H, extra) {
    const endpoints = await endpointsOf(policy.hosts, resolveAll);
    if (extra !== undefined && extra.hosts.length > 0) {
        // A host both in hosts: and among the MX hosts keeps both requests; the same endpoint and
        // service asked for twice is planned once (the hosts: entry, written first, keeps its place).
        const planned = new Set(endpoints.map(endpointKey));
        for (const endpoint of await endpointsOf(extra.hosts, extra.resolveAll)) {
            const key = endpointKey(endpoint);
            if (planned.has(key))
                continue;
            planned.add(key);
            endpoints.push(endpoint);
        }
    }
    endpoints.sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .comparePlace */ .f8);
    return { endpoints };
}
function endpointKey(e) {
    return JSON.stringify([e.host, e.address, e.port, e.service, e.expectation]);
}


/***/ }),

/***/ 75432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration)
/* harmony export */ });
/* unused harmony exports MIN_DURATION_MS, MAX_DURATION_MS */
// Durations as policies and command-line flags write them: a whole number and a unit.
const MIN_DURATION_MS = 100;
const MAX_DURATION_MS = 10 * 60 * 1000;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000 };
/**
 * `500ms`, `10s`, `2m` → milliseconds. Anything else, or a value outside 100ms–10m, yields
 * the reason in words (no value echoed back: callers quote it themselves).
 */
function parseDuration(text) {
    const match = /^([0-9]+)(ms|s|m)$/.exec(text);
    if (match === null)
        return { error: 'write a whole number followed by ms, s or m' };
    const [, digits, unit] = match;
    // Long digit strings become huge or Infinity; both fall through to the maximum check.
    const ms = Number(digits) * UNIT_MS[unit];
    if (ms < MIN_DURATION_MS)
        return { error: 'the shortest allowed is 100ms' };
    if (ms > MAX_DURATION_MS)
        return { error: 'the longest allowed is 10m' };
    return ms;
}


/***/ }),

/***/ 37790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ hostLiteralProblem),
/* harmony export */   U2: () => (/* binding */ describeHostMistake),
/* harmony export */   mS: () => (/* binding */ describeDomainMistake)
/* harmony export */ });
/* harmony import */ var _common_ip_literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49797);
// Host names and IP literals as a policy writes them: what is wrong with a bad one, in words.
// The one spelling of a good one is common/host-names.ts's normaliseHost.

/** What is wrong with a value the schema's host pattern rejected, in words. */
function describeHostMistake(value) {
    if (value.trim() === '')
        return 'is empty';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return 'has a scheme; write only the host name, such as mail.example.com';
    if (value.startsWith('['))
        return 'has brackets; write an IPv6 address without them, and give ports in require or forbid';
    if (/\s/.test(value))
        return 'contains spaces';
    if (value.includes('/'))
        return 'has a path; write only the host name';
    if (value.includes('@'))
        return 'looks like a mail address; write only the host name';
    if (/^[^:]+:[0-9]*$/.test(value))
        return 'has a port; give ports in require or forbid, as { service, port }';
    if (/[^\x00-\x7f]/.test(value))
        return 'has characters outside ASCII; write an internationalised name in its xn-- form';
    if (value.includes('_'))
        return 'contains an underscore, which host names cannot';
    if (value.includes('..') || value.startsWith('.'))
        return 'has an empty label (two dots in a row, or a leading dot)';
    if (value.replace(/\.$/, '').split('.').some((label) => label.length > 63))
        return 'has a label longer than 63 characters';
    if (/(^|\.)-|-(\.|$)/.test(value))
        return "has a label that starts or ends with '-'";
    return 'is not a host name or an IP address';
}
/** What is wrong with a value the schema's domain pattern rejected, in words. */
function describeDomainMistake(value) {
    if (value.includes(':') && !value.includes('/'))
        return 'must be a domain name, not an IP address';
    return describeHostMistake(value).replace('the host name, such as mail.example.com', 'the domain, such as example.com');
}
/**
 * Checks the pattern cannot express: numeric labels must form a real IPv4 address, and
 * anything with a colon must be a real IPv6 address. Undefined when the value is good.
 */
function hostLiteralProblem(value, kind) {
    const name = value.replace(/\.$/, '');
    if (name.length > 253)
        return 'is longer than 253 characters';
    if (value.includes(':')) {
        if (kind === 'domain')
            return 'must be a domain name, not an IP address';
        return (0,_common_ip_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIpv6 */ .BE)(value) === undefined ? 'is not a valid IPv6 address' : undefined;
    }
    const labels = name.split('.');
    if (labels.every((label) => /^[0-9]+$/.test(label))) {
        if (kind === 'domain')
            return 'must be a domain name, not an IP address';
        return (0,_common_ip_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .isIpv4 */ .eH)(name) ? undefined : 'is not a valid IPv4 address';
    }
    if (/^[0-9]+$/.test(labels[labels.length - 1]))
        return 'is not a valid host name: its last label is all digits';
    return undefined;
}


/***/ }),

/***/ 52487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TQ: () => (/* binding */ describeFsError),
  Vw: () => (/* binding */ formatProblem),
  n$: () => (/* binding */ loadPolicyFile)
});

// UNUSED EXPORTS: MAX_REPORTED_PROBLEMS, parsePolicy

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
// EXTERNAL MODULE: ./src/policy/services.ts + 1 modules
var services = __webpack_require__(10409);
;// CONCATENATED MODULE: ./src/policy/service-items.ts
// Items of `require:` / `forbid:` lists: a service name, or { service, port }.

/**
 * The service and port an item asks for, aliases resolved and the port defaulted; undefined
 * for an item the schema will already have reported.
 */
function readServiceItem(item) {
    if (typeof item === 'string') {
        const service = (0,services/* canonicalService */.of)(item);
        return service === undefined ? undefined : { service, port: services/* SERVICES */.Bg[service].port };
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item))
        return undefined;
    const { service: name, port } = item;
    const service = typeof name === 'string' ? (0,services/* canonicalService */.of)(name) : undefined;
    if (service === undefined)
        return undefined;
    if (port === undefined)
        return { service, port: services/* SERVICES */.Bg[service].port };
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535)
        return undefined;
    return { service, port };
}

// EXTERNAL MODULE: ./src/policy/settings.ts
var policy_settings = __webpack_require__(83693);
;// CONCATENATED MODULE: ./src/policy/build.ts
// The checked value → the Policy the rest of the program uses: defaults applied, aliases and
// spellings normalised, each item carrying where it was written. Runs only on a value that
// passed the schema and every other check, so it can rely on the shape.



function buildPolicy(value, locator) {
    const written = value;
    const defaults = (0,policy_settings/* layerSettings */.j)(policy_settings/* BUILT_IN_SETTINGS */.zx, written.defaults ?? {});
    /** An item's own settings as written, and where it writes each; nothing for a bare name. */
    const ownSettings = (item, path) => {
        if (typeof item !== 'object' || item === null)
            return {};
        const { tls, certificate, timeout } = item;
        const settings = {
            ...(tls === undefined ? {} : { tls }),
            ...(certificate === undefined ? {} : { certificate }),
            ...(timeout === undefined ? {} : { timeout }),
        };
        const names = (0,policy_settings/* writtenSettingPaths */.Mt)(settings);
        if (names.length === 0)
            return {};
        return { settings, settingLocations: Object.fromEntries(names.map(([name, keys]) => [name, locator.key([...path, ...keys])])) };
    };
    const requests = (items, path) => (items ?? []).map((item, j) => {
        const { service, port } = readServiceItem(item);
        return { service, port, location: locator.value([...path, j]), ...ownSettings(item, [...path, j]) };
    });
    const severities = (written, path) => {
        const out = {};
        for (const [rule, severity] of Object.entries(written))
            out[rule] = { severity, location: locator.key([...path, rule]) };
        return out;
    };
    const hosts = (written.hosts ?? []).map((entry, i) => {
        const { host, require, forbid, rules, ...overrides } = entry;
        return {
            host: (0,host_names/* normaliseHost */.f2)(host),
            ...(0,policy_settings/* layerSettings */.j)(defaults, overrides),
            require: requests(require, ['hosts', i, 'require']),
            forbid: requests(forbid, ['hosts', i, 'forbid']),
            location: locator.value(['hosts', i]),
            ...(rules === undefined || Object.keys(rules).length === 0 ? {} : { rules: severities(rules, ['hosts', i, 'rules']) }),
        };
    });
    const domains = (written.domains ?? []).map((entry, i) => ({
        domain: (0,host_names/* normaliseHost */.f2)(entry.domain),
        mx: entry.mx === undefined ? null : { require: requests(entry.mx.require, ['domains', i, 'mx', 'require']) },
        mtaSts: entry['mta-sts'] ?? 'off',
        tlsRpt: entry['tls-rpt'] ?? 'off',
        dane: entry.dane ?? 'off',
        location: locator.value(['domains', i]),
        keyLocations: {
            mtaSts: entry['mta-sts'] === undefined ? undefined : locator.key(['domains', i, 'mta-sts']),
            tlsRpt: entry['tls-rpt'] === undefined ? undefined : locator.key(['domains', i, 'tls-rpt']),
            dane: entry.dane === undefined ? undefined : locator.key(['domains', i, 'dane']),
        },
    }));
    const rules = severities(written.rules ?? {}, ['rules']);
    const waivers = (written.waivers ?? []).map((entry, i) => ({
        rule: entry.rule,
        host: (0,host_names/* normaliseHost */.f2)(entry.host),
        port: entry.port ?? null,
        reason: entry.reason.trim(),
        expires: entry.expires,
        location: locator.value(['waivers', i]),
    }));
    return { file: locator.file, version: 1, defaults, hosts, domains, rules, waivers };
}

;// CONCATENATED MODULE: ./src/policy/dates.ts
// Calendar dates written YYYY-MM-DD: the schema checks the shape, this checks the calendar.
const MONTHS = [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
];
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/** Why a YYYY-MM-DD string names no real day, or undefined when it does. */
function calendarDateProblem(text) {
    const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    if (match === null)
        return 'is not written YYYY-MM-DD';
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12)
        return `is not a real date: there is no month ${match[2]}`;
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
        return `is not a real date: ${MONTHS[month - 1]} ${year} has ${last} days`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/policy/duration.ts
var duration = __webpack_require__(75432);
// EXTERNAL MODULE: ./src/policy/host-mistakes.ts
var host_mistakes = __webpack_require__(37790);
;// CONCATENATED MODULE: ./src/policy/paths.ts
function renderPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z0-9_-]+$/.test(segment))
            out += out === '' ? segment : `.${segment}`;
        else
            out += `[${JSON.stringify(segment.length > 40 ? `${segment.slice(0, 39)}…` : segment)}]`;
    }
    return out;
}
/** The path as the subject of a sentence; the root reads as "the policy". */
function subjectOf(path) {
    return path.length === 0 ? 'the policy' : renderPath(path);
}
/**
 * A JSON pointer (as ajv reports places) as path segments, array indexes as numbers. The
 * value tells indexes from keys that merely look like numbers.
 */
function pointerToPath(pointer, root) {
    if (pointer === '')
        return [];
    const path = [];
    let current = root;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(current)) {
            const index = Number(key);
            path.push(index);
            current = current[index];
        }
        else {
            path.push(key);
            current = typeof current === 'object' && current !== null ? current[key] : undefined;
        }
    }
    return path;
}
/** How a value reads in a message: 'text' quoted, lists and mappings by kind. */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'an empty value';
    if (typeof value === 'string')
        return value === '' ? 'an empty string' : `'${clip(value)}'`;
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Uint8Array)
        return 'binary data';
    if (value instanceof Date)
        return 'a timestamp';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
function clip(text, max = 60) {
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

;// CONCATENATED MODULE: ./policies/schema.json
const schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/mail-tls-gate/mail-tls-gate/v0/policies/schema.json","title":"mail-tls-gate policy","description":"Which mail hosts to check, which secure services they must offer and which plaintext services they must not, and how findings are weighed.","type":"object","required":["version"],"additionalProperties":false,"properties":{"version":{"title":"Policy format version","description":"Always 1.","const":1,"errorMessage":"must be 1, the only policy format version"},"defaults":{"title":"Defaults for every host","description":"Settings every host gets unless its own entry overrides them.","type":"object","additionalProperties":false,"properties":{"tls":{"$ref":"#/$defs/tls"},"certificate":{"$ref":"#/$defs/certificate"},"timeout":{"$ref":"#/$defs/duration","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"$ref":"#/$defs/addresses"}}},"hosts":{"title":"Hosts","description":"The mail hosts to probe, each with the services it must and must not offer.","type":"array","items":{"$ref":"#/$defs/host"}},"domains":{"title":"Domains","description":"Mail domains whose MX hosts, MTA-STS and TLS-RPT are checked.","type":"array","items":{"$ref":"#/$defs/domain"}},"rules":{"$ref":"#/$defs/ruleSeverities"},"waivers":{"title":"Waivers","description":"Time-limited exceptions: a finding of this rule on this host is reported as waived until the expiry date.","type":"array","items":{"$ref":"#/$defs/waiver"}}},"$defs":{"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"$ref":"#/$defs/tlsVersion"},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}}},"tlsVersion":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \\"1.2\\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}}},"duration":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m"},"addresses":{"title":"Addresses to probe","description":"all: every A and AAAA address of the host; first: only the first one; ipv4: only its A addresses; ipv6: only its AAAA addresses (for a runner without an IPv6 route, say). Default all.","enum":["all","first","ipv4","ipv6"]},"hostName":{"title":"Host","description":"A DNS name or an IP address (IPv6 without brackets). No scheme, port or path.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$","patternErrorMessage":"must be a host name such as mail.example.com or an IP address, without scheme, port or path","errorMessage":"must be a host name such as mail.example.com or an IP address"},"domainName":{"title":"Domain","description":"A mail domain, such as example.com.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.?$","patternErrorMessage":"must be a domain name such as example.com","errorMessage":"must be a domain name such as example.com"},"host":{"title":"Host entry","type":"object","required":["host"],"additionalProperties":false,"properties":{"host":{"$ref":"#/$defs/hostName"},"require":{"$ref":"#/$defs/serviceList","title":"Required services","description":"Services that must be reachable and pass their checks (STARTTLS offered, TLS and certificate rules)."},"forbid":{"$ref":"#/$defs/forbiddenServiceList","title":"Forbidden services","description":"Services that must be unreachable, such as plaintext imap and pop3 (RFC 8314)."},"tls":{"$ref":"#/$defs/tls"},"certificate":{"$ref":"#/$defs/certificate"},"timeout":{"$ref":"#/$defs/duration","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"$ref":"#/$defs/addresses"},"rules":{"$ref":"#/$defs/hostRuleSeverities"}}},"serviceList":{"title":"Services","description":"Each item is a service name (its standard port), or a mapping: { service, port } for a custom port, with tls, certificate or timeout settings of the service\'s own over its host\'s.","type":"array","items":{"$ref":"#/$defs/serviceItem"}},"serviceItem":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }, or { service: smtp, tls: { min-version: \\"1.0\\" } }.","errorMessage":"must be a service name such as imaps, or a mapping with service and its own port or settings","oneOf":[{"$ref":"#/$defs/serviceName"},{"$ref":"#/$defs/serviceMapping"}]},"serviceMapping":{"title":"Service with its own port or settings","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"$ref":"#/$defs/serviceName"},"port":{"$ref":"#/$defs/port"},"tls":{"$ref":"#/$defs/tls","description":"TLS settings of this service alone, over its host\'s and the defaults, key by key."},"certificate":{"$ref":"#/$defs/certificate","description":"Certificate settings of this service alone, over its host\'s and the defaults, key by key."},"timeout":{"$ref":"#/$defs/duration","description":"How long each network step (connect, greeting, handshake) of this service alone may take, over its host\'s timeout: a whole number followed by ms, s or m, from 100ms to 10m."}}},"forbiddenServiceList":{"title":"Services","description":"Each item is a service name (its standard port), or { service, port } for a custom port, with a timeout of its own if need be. A forbidden service is only checked for being unreachable, so its items take no tls or certificate settings.","type":"array","items":{"$ref":"#/$defs/forbiddenServiceItem"}},"forbiddenServiceItem":{"title":"Service","description":"A service name such as imap, or { service: imap, port: 10143, timeout: 30s }.","errorMessage":"must be a service name such as imap, or a mapping with service, and port or timeout","oneOf":[{"$ref":"#/$defs/serviceName"},{"$ref":"#/$defs/forbiddenServiceMapping"}]},"forbiddenServiceMapping":{"title":"Service with its own port or timeout","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"$ref":"#/$defs/serviceName"},"port":{"$ref":"#/$defs/port"},"timeout":{"$ref":"#/$defs/duration","description":"For this service alone: how long the connection may take before the service counts as unreachable: a whole number followed by ms, s or m, from 100ms to 10m."}}},"serviceName":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service\'s standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"domain":{"title":"Domain entry","type":"object","required":["domain"],"additionalProperties":false,"properties":{"domain":{"$ref":"#/$defs/domainName"},"mx":{"title":"MX hosts","description":"Resolve the domain\'s MX records; every MX host must pass these services\' checks.","type":"object","required":["require"],"additionalProperties":false,"properties":{"require":{"$ref":"#/$defs/serviceList","title":"Services every MX host must offer"}}},"mta-sts":{"title":"MTA-STS expectation","description":"enforce, testing or off (RFC 8461). Default off.","enum":["enforce","testing","off"]},"tls-rpt":{"title":"TLS-RPT expectation","description":"required or off (RFC 8460). Default off.","enum":["required","off"]},"dane":{"title":"DANE expectation","description":"required, optional or off (RFC 7672): look up the MX hosts\' TLSA records at _25._tcp.<mx> through the validating resolver and match them against the chain port 25 presents; needs smtp in mx: { require: … }. Default off.","enum":["required","optional","off"]}}},"ruleId":{"title":"Rule","description":"A rule id, as in reports and SARIF.","enum":["required-service-unreachable","forbidden-service-reachable","service-misbehaving","tls-handshake-failed","starttls-not-offered","starttls-failed","plaintext-auth-offered","starttls-command-injection","http-not-redirected","tls-version-legacy","tls13-not-supported","certificate-untrusted","certificate-name-mismatch","certificate-expired","certificate-expiring","certificate-weak","mx-lookup-failed","mta-sts-missing","mta-sts-invalid","mta-sts-not-enforcing","mta-sts-mx-not-covered","tls-rpt-missing","waiver-expired","service-busy","dns-targets-skipped","runner-network-limited","check-inconclusive","tls-cipher-weak","tls-cipher-anonymous","tls-forward-secrecy-missing","tls-dh-weak","dane-missing","dane-mismatch","dnssec-insecure","dane-unusable"]},"severity":{"title":"Severity","enum":["error","warning","notice","off"]},"ruleSeverities":{"title":"Rule severities","description":"Override a rule\'s default severity: error, warning, notice or off.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"$ref":"#/$defs/severity","description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"$ref":"#/$defs/severity","description":"A forbidden service accepts a connection."},"service-misbehaving":{"$ref":"#/$defs/severity","description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"$ref":"#/$defs/severity","description":"Implicit TLS does not complete."},"starttls-not-offered":{"$ref":"#/$defs/severity","description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"$ref":"#/$defs/severity","description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"$ref":"#/$defs/severity","description":"Authentication is offered before TLS."},"starttls-command-injection":{"$ref":"#/$defs/severity","description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"$ref":"#/$defs/severity","description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"$ref":"#/$defs/severity","description":"A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted."},"tls13-not-supported":{"$ref":"#/$defs/severity","description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"$ref":"#/$defs/severity","description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"$ref":"#/$defs/severity","description":"No subject alternative name matches the host."},"certificate-expired":{"$ref":"#/$defs/severity","description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"$ref":"#/$defs/severity","description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"$ref":"#/$defs/severity","description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"mx-lookup-failed":{"$ref":"#/$defs/severity","description":"A domain\'s MX records cannot be resolved."},"mta-sts-missing":{"$ref":"#/$defs/severity","description":"The domain publishes no MTA-STS policy (RFC 8461)."},"mta-sts-invalid":{"$ref":"#/$defs/severity","description":"The domain\'s MTA-STS record or policy file is malformed (RFC 8461)."},"mta-sts-not-enforcing":{"$ref":"#/$defs/severity","description":"The MTA-STS policy is weaker than the mode this policy expects (RFC 8461)."},"mta-sts-mx-not-covered":{"$ref":"#/$defs/severity","description":"An MX host is not matched by the MTA-STS policy\'s mx patterns (RFC 8461)."},"tls-rpt-missing":{"$ref":"#/$defs/severity","description":"No valid _smtp._tls TXT record (RFC 8460)."},"waiver-expired":{"$ref":"#/$defs/severity","description":"A waiver\'s expiry date has passed."},"service-busy":{"$ref":"#/$defs/severity","description":"The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive."},"dns-targets-skipped":{"$ref":"#/$defs/severity","description":"DNS gave a policy domain MX or CNAME names that are not host names, more MX hosts or addresses than are probed, or loopback/link-local addresses (without allow-loopback): those targets were not probed, so their checks are inconclusive."},"runner-network-limited":{"$ref":"#/$defs/severity","description":"The runner\'s own network could not test an endpoint (no route for its address family, or a port filtered on the runner\'s path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was."},"check-inconclusive":{"$ref":"#/$defs/severity","description":"A check could not be made: a question went unanswered before its deadline, a forbidden service\'s host name did not resolve, a required one\'s look-up got no answer, a domain\'s MTA-STS or TLS-RPT record look-up, or the address look-up of its MTA-STS policy host, got no answer, or the resolver gave no verdict on an MX host\'s DANE records. Inconclusive, never a pass."},"tls-cipher-weak":{"$ref":"#/$defs/severity","description":"A NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite)."},"tls-cipher-anonymous":{"$ref":"#/$defs/severity","description":"An anonymous (aNULL) suite is accepted: a session without a server certificate."},"tls-forward-secrecy-missing":{"$ref":"#/$defs/severity","description":"A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on."},"tls-dh-weak":{"$ref":"#/$defs/severity","description":"A finite-field DHE suite uses a group under 2048 bits (1024 under profile old)."},"dane-missing":{"$ref":"#/$defs/severity","description":"With dane: required, an MX host has no TLSA record at _25._tcp.<host>, as an authenticated answer shows (RFC 7672)."},"dane-mismatch":{"$ref":"#/$defs/severity","description":"An MX host has authenticated TLSA records, but none matches the certificate chain it presents after STARTTLS (RFC 7672, RFC 6698, RFC 7671)."},"dnssec-insecure":{"$ref":"#/$defs/severity","description":"The MX or TLSA answer was not DNSSEC-authenticated, so DANE cannot apply: error with dane: required, warning with dane: optional (RFC 7672 §2.2)."},"dane-unusable":{"$ref":"#/$defs/severity","description":"An MX host publishes TLSA records, but only ones SMTP clients must ignore: PKIX-TA(0) or PKIX-EE(1), or unknown parameters (RFC 7672 §3.1.3)."}}},"hostRuleSeverities":{"title":"Rule severities for this host","description":"Override a rule\'s severity for this host\'s endpoints only (error, warning, notice or off), over the top-level rules. Rules that judge a domain or the policy itself take their severity from the top-level rules.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"$ref":"#/$defs/severity","description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"$ref":"#/$defs/severity","description":"A forbidden service accepts a connection."},"service-misbehaving":{"$ref":"#/$defs/severity","description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"$ref":"#/$defs/severity","description":"Implicit TLS does not complete."},"starttls-not-offered":{"$ref":"#/$defs/severity","description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"$ref":"#/$defs/severity","description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"$ref":"#/$defs/severity","description":"Authentication is offered before TLS."},"starttls-command-injection":{"$ref":"#/$defs/severity","description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"$ref":"#/$defs/severity","description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"$ref":"#/$defs/severity","description":"A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted."},"tls13-not-supported":{"$ref":"#/$defs/severity","description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"$ref":"#/$defs/severity","description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"$ref":"#/$defs/severity","description":"No subject alternative name matches the host."},"certificate-expired":{"$ref":"#/$defs/severity","description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"$ref":"#/$defs/severity","description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"$ref":"#/$defs/severity","description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"service-busy":{"$ref":"#/$defs/severity","description":"The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive."},"runner-network-limited":{"$ref":"#/$defs/severity","description":"The runner\'s own network could not test an endpoint (no route for its address family, or a port filtered on the runner\'s path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was."},"check-inconclusive":{"$ref":"#/$defs/severity","description":"A check could not be made: a question went unanswered before its deadline, a forbidden service\'s host name did not resolve, a required one\'s look-up got no answer, a domain\'s MTA-STS or TLS-RPT record look-up, or the address look-up of its MTA-STS policy host, got no answer, or the resolver gave no verdict on an MX host\'s DANE records. Inconclusive, never a pass."},"tls-cipher-weak":{"$ref":"#/$defs/severity","description":"A NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite)."},"tls-cipher-anonymous":{"$ref":"#/$defs/severity","description":"An anonymous (aNULL) suite is accepted: a session without a server certificate."},"tls-forward-secrecy-missing":{"$ref":"#/$defs/severity","description":"A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on."},"tls-dh-weak":{"$ref":"#/$defs/severity","description":"A finite-field DHE suite uses a group under 2048 bits (1024 under profile old)."}}},"waiver":{"title":"Waiver","type":"object","required":["rule","host","reason","expires"],"additionalProperties":false,"properties":{"rule":{"$ref":"#/$defs/ruleId"},"host":{"$ref":"#/$defs/hostName","description":"A host in hosts, or a domain in domains."},"port":{"$ref":"#/$defs/port","description":"Waive only on this port; omit to waive on every port of the host."},"reason":{"title":"Reason","description":"Why the exception exists, and where its removal is tracked.","type":"string","pattern":"\\\\S","errorMessage":"must say why the waiver exists","patternErrorMessage":"must say why the waiver exists"},"expires":{"title":"Expiry date","description":"YYYY-MM-DD. The waiver holds through this day (UTC); after it, the finding returns and waiver-expired fires.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","errorMessage":"must be a date written YYYY-MM-DD","patternErrorMessage":"must be a date written YYYY-MM-DD"}}}}}');
;// CONCATENATED MODULE: ./src/policy/schema-source.ts
// policies/schema.json is the one statement of the policy's structure: editors read it to
// complete and check policies, and the loader validates against the very same file.

const POLICY_SCHEMA = schema_namespaceObject;
/** A named definition under `$defs`. */
function schemaDefinition(name) {
    const defs = POLICY_SCHEMA['$defs'];
    const def = defs[name];
    if (def === undefined)
        throw new Error(`policies/schema.json has no $defs/${name}`);
    return def;
}

// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(65016);
;// CONCATENATED MODULE: ./src/policy/semantic-checks.ts
// Checks the schema cannot state: bounds on durations, real calendar dates, real IP
// addresses, duplicates and contradictions, waivers that name hosts the policy knows.
// They read the value defensively, so that they run (and report) alongside schema problems
// in the parts that are well formed.








function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function emptyOrAbsent(value) {
    return value === undefined || (Array.isArray(value) && value.length === 0);
}
function listAt(record, key) {
    const value = record[key];
    return Array.isArray(value) ? value : [];
}
const patterns = new Map();
/** Does `value` pass the schema definition's pattern (so the schema had nothing to say)? */
function matches(definition, value) {
    if (typeof value !== 'string')
        return false;
    let pattern = patterns.get(definition);
    if (pattern === undefined) {
        pattern = new RegExp(String(schemaDefinition(definition)['pattern']), 'u');
        patterns.set(definition, pattern);
    }
    return pattern.test(value);
}
function checkBeyondSchema(policy, locator) {
    const problems = [];
    const report = (path, message) => problems.push({ location: locator.value(path), message });
    // YAML reads 1.0, 0x1 and 1e0 as the number 1; the format version is written as 1.
    if (policy['version'] === 1) {
        const written = locator.scalarSource(['version']);
        if (written !== undefined && written !== '1')
            report(['version'], 'version must be 1 (an integer)');
    }
    const defaults = policy['defaults'];
    if (isRecord(defaults))
        checkTimeout(defaults, ['defaults'], report);
    /** A good name, once per list: `names` maps each normalised name to the line of its first entry. */
    const noteOnce = (names, kind, name, path) => {
        if (name === undefined)
            return;
        const first = names.get(name);
        if (first === undefined)
            names.set(name, locator.value(path).line);
        else
            report(path, `${kind} ${name} is listed twice (first at line ${first}); merge the two entries`);
    };
    const hostNames = new Map();
    listAt(policy, 'hosts').forEach((entry, i) => {
        if (!isRecord(entry))
            return;
        const path = ['hosts', i];
        checkTimeout(entry, path, report);
        const name = checkName(entry['host'], 'host', [...path, 'host'], report);
        noteOnce(hostNames, 'host', name, [...path, 'host']);
        const label = name ?? (typeof entry['host'] === 'string' ? clip(entry['host']) : `hosts[${i}]`);
        if (name !== undefined && emptyOrAbsent(entry['require']) && emptyOrAbsent(entry['forbid'])) {
            report(path, `host ${label} requires and forbids nothing; list services under require or forbid`);
        }
        checkServiceLists([
            { key: 'require', items: listAt(entry, 'require') },
            { key: 'forbid', items: listAt(entry, 'forbid') },
        ], path, label, locator, report);
    });
    const domainNames = new Map();
    listAt(policy, 'domains').forEach((entry, i) => {
        if (!isRecord(entry))
            return;
        const path = ['domains', i];
        const name = checkName(entry['domain'], 'domain', [...path, 'domain'], report);
        noteOnce(domainNames, 'domain', name, [...path, 'domain']);
        const mx = entry['mx'];
        if (isRecord(mx)) {
            checkServiceLists([{ key: 'require', items: listAt(mx, 'require') }], [...path, 'mx'], `the MX hosts of ${name ?? `domains[${i}]`}`, locator, report);
        }
        const dane = daneWithoutSmtp(entry);
        if (dane !== undefined)
            problems.push({ location: locator.key([...path, 'dane']), message: dane });
    });
    // Not when either is of the wrong shape: that is the schema's to report.
    if (emptyOrAbsent(policy['hosts']) && emptyOrAbsent(policy['domains'])) {
        report([], 'the policy lists no hosts and no domains, so there is nothing to check');
    }
    const known = [...hostNames.keys(), ...domainNames.keys()];
    listAt(policy, 'waivers').forEach((waiver, i) => {
        if (!isRecord(waiver))
            return;
        const path = ['waivers', i];
        const expires = waiver['expires'];
        if (typeof expires === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(expires)) {
            const wrong = calendarDateProblem(expires);
            if (wrong !== undefined)
                report([...path, 'expires'], `${subjectOf([...path, 'expires'])} ${expires} ${wrong}`);
        }
        const host = checkName(waiver['host'], 'host', [...path, 'host'], report);
        if (host !== undefined && !hostNames.has(host) && !domainNames.has(host)) {
            report([...path, 'host'], `waiver for ${host}, which is neither a host in hosts nor a domain in domains${(0,suggest/* didYouMean */.au)((0,suggest/* closestMatch */.h0)(host, known))}`);
        }
    });
    return problems;
}
/**
 * DANE for SMTP (RFC 7672) is a promise about the MX hosts' port 25: their TLSA records are
 * matched against the chain it presents after STARTTLS. Without an smtp item under `mx:`
 * (port 25, or the port an item moves it to) no chain is seen, so `dane-mismatch` could never
 * fire and a record for the wrong key would pass: the policy must ask for the port, and the
 * probe does not add one the policy did not write (docs/domains.md, "DANE").
 */
function daneWithoutSmtp(entry) {
    const dane = entry['dane'];
    if (dane !== 'required' && dane !== 'optional')
        return undefined;
    const why = `dane: ${dane} matches each MX host's TLSA records against the certificate chain its port 25 presents after STARTTLS`;
    const mx = entry['mx'];
    if (mx === undefined)
        return `${why}, so that port must be probed: add 'mx: { require: [smtp] }' to this domain`;
    if (!isRecord(mx))
        return undefined; // the schema's to report
    const items = mx['require'];
    // A list the schema rejects, or an item it cannot read, is the schema's to report.
    if (!Array.isArray(items) || items.some((item) => readServiceItem(item) === undefined))
        return undefined;
    if (items.some((item) => readServiceItem(item).service === 'smtp'))
        return undefined;
    // Spelled back only when every item is a plain name: a rewrite must not drop an item's settings.
    const hint = items.every((item) => typeof item === 'string') ? ` (did you mean 'mx: { require: [${[...items, 'smtp'].join(', ')}] }'?)` : '';
    return `${why}, but mx: require does not ask for smtp: add smtp to that list${hint}`;
}
function checkTimeout(record, path, report) {
    const timeout = record['timeout'];
    if (!matches('duration', timeout))
        return; // the schema reports any other shape
    const ms = (0,duration/* parseDuration */.E9)(timeout);
    if (typeof ms !== 'number') {
        report([...path, 'timeout'], `${subjectOf([...path, 'timeout'])} '${clip(timeout)}' is out of range: ${ms.error}`);
    }
}
/** The normalised name when it is a good one; reports what the pattern could not. */
function checkName(value, kind, path, report) {
    if (!matches(kind === 'host' ? 'hostName' : 'domainName', value))
        return undefined;
    const problem = (0,host_mistakes/* hostLiteralProblem */.LZ)(value, kind);
    if (problem !== undefined) {
        report(path, `${subjectOf(path)} '${clip(value)}' ${problem}`);
        return undefined;
    }
    return (0,host_names/* normaliseHost */.f2)(value);
}
/**
 * Within one host: a service and port asked for twice, required and forbidden at once, or
 * one port given to two services (a port speaks one protocol).
 */
function checkServiceLists(lists, base, label, locator, report) {
    const seen = new Map(); // "service:port" → first
    const ports = new Map();
    for (const { key, items } of lists) {
        items.forEach((item, j) => {
            const path = [...base, key, j];
            if (isRecord(item))
                checkTimeout(item, path, report); // a service item's own timeout
            const wanted = readServiceItem(item);
            if (wanted === undefined)
                return;
            const line = locator.value(path).line;
            const what = `${wanted.service} on port ${wanted.port}`;
            const first = seen.get(`${wanted.service}:${wanted.port}`);
            if (first !== undefined) {
                report(path, first.key === key
                    ? `${what} is listed twice for ${label} (first at line ${first.line})`
                    : `${what} is both required (line ${first.line}) and forbidden for ${label}`);
                return;
            }
            const sharing = ports.get(wanted.port);
            if (sharing !== undefined && sharing.service !== wanted.service) {
                report(path, `port ${wanted.port} is given to both ${sharing.service} (line ${sharing.line}) and ${wanted.service} for ${label}; a port speaks one protocol`);
                return;
            }
            seen.set(`${wanted.service}:${wanted.port}`, { key, line });
            ports.set(wanted.port, { service: wanted.service, line });
        });
    }
}

;// CONCATENATED MODULE: ./src/policy/limits.ts
// Bounds that keep a hostile or broken policy file from costing more than a moment to reject.
/** Files larger than this are refused before they are decoded or parsed. */
const MAX_POLICY_BYTES = 1024 * 1024;
/**
 * Deepest nesting of mappings and lists accepted. A real policy nests about five deep; the
 * YAML composer recurses once per level, so thousands of levels would exhaust the stack.
 */
const MAX_NESTING_DEPTH = 64;
/**
 * Most values the document may expand to once aliases are followed. Aliases are shared,
 * not copied, but every later traversal (schema validation, our own checks) walks them as
 * a tree, so an alias bomb must be caught before anything walks it.
 */
const MAX_EXPANDED_VALUES = 200_000;
/** yaml's own alias guard, kept as a second net behind MAX_EXPANDED_VALUES. */
const YAML_MAX_ALIAS_COUNT = 100_000;

;// CONCATENATED MODULE: ./src/policy/key-mistakes.ts
// Keys written in the wrong place: a setting one level too high or too low, a rule id outside
// `rules:`, a setting a service item cannot take. Each says where the key belongs, in words, so
// that a "did you mean" by spelling alone does not send someone to the wrong key.

/** The sections whose settings are written inside them: `tls: { min-version: … }`. */
const SECTIONS = ['tls', 'certificate'];
let sectionOf;
/**
 * The section a setting lives in (`min-version` and `profile` under `tls:`, `verify` under
 * `certificate:`), read from the schema so that a setting added there is known here too.
 */
function sectionOfSetting(key) {
    sectionOf ??= new Map(SECTIONS.flatMap((section) => Object.keys(schemaDefinition(section)['properties']).map((setting) => [setting, section])));
    return sectionOf.get(key);
}
let ruleIds;
/** Every rule id the schema knows (written there from the rule registry by `npm run docs`). */
function isRuleId(key) {
    ruleIds ??= new Set(schemaDefinition('ruleId')['enum']);
    return ruleIds.has(key);
}
let hostRuleIds;
/** The rule ids a host entry's `rules:` takes: those whose findings sit on its endpoints. */
function isHostRuleId(key) {
    hostRuleIds ??= new Set(Object.keys(schemaDefinition('hostRuleSeverities')['properties']));
    return hostRuleIds.has(key);
}
/**
 * Where an unknown key belongs, when it is a known word in the wrong place: the rest of the
 * sentence after "unknown key 'x' in <place>"; undefined when it is not (a typo, say).
 * `definition` is the `$defs` name of the mapping the key was written in; `known` its keys.
 */
function misplacedKeyHint(key, definition, known) {
    if (definition === 'forbiddenServiceMapping' && (key === 'tls' || key === 'certificate')) {
        return `: a forbidden service is only checked for being unreachable, so it takes no ${key} settings (only port and timeout)`;
    }
    if (definition === 'serviceMapping' || definition === 'forbiddenServiceMapping') {
        if (key === 'addresses')
            return ': which addresses are probed is decided for the whole host; set addresses on the host entry';
        if (key === 'rules' || isRuleId(key))
            return ': severities are set for a host (its rules) or for the whole policy (the top-level rules), not for one service';
    }
    const section = sectionOfSetting(key);
    if (section !== undefined && known.includes(section))
        return ` (did you mean '${section}: { ${key}: … }'?)`;
    if (isRuleId(key) && known.includes('rules')) {
        // A host's rules take only what judges its endpoints: send a domain or policy rule to the top.
        if (definition === 'host' && !isHostRuleId(key))
            return ` (did you mean 'rules: { ${key}: … }' at the top level? it judges a domain or the policy itself, not this host's endpoints)`;
        return ` (did you mean 'rules: { ${key}: … }'?)`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/policy/generated-schema-validator.js
// Generated from policies/schema.json by scripts/generate-schema-validator.mjs (npm run bundle). Do not edit.
/* eslint-disable */

const validate = validate20;/* harmony default export */ const generated_schema_validator = ((/* unused pure expression or super */ null && (validate20)));const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/mail-tls-gate/mail-tls-gate/v0/policies/schema.json","title":"mail-tls-gate policy","description":"Which mail hosts to check, which secure services they must offer and which plaintext services they must not, and how findings are weighed.","type":"object","required":["version"],"additionalProperties":false,"properties":{"version":{"title":"Policy format version","description":"Always 1.","const":1,"errorMessage":"must be 1, the only policy format version"},"defaults":{"title":"Defaults for every host","description":"Settings every host gets unless its own entry overrides them.","type":"object","additionalProperties":false,"properties":{"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}}},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}}},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"title":"Addresses to probe","description":"all: every A and AAAA address of the host; first: only the first one; ipv4: only its A addresses; ipv6: only its AAAA addresses (for a runner without an IPv6 route, say). Default all.","enum":["all","first","ipv4","ipv6"]}}},"hosts":{"title":"Hosts","description":"The mail hosts to probe, each with the services it must and must not offer.","type":"array","items":{"title":"Host entry","type":"object","required":["host"],"additionalProperties":false,"properties":{"host":{"title":"Host","description":"A DNS name or an IP address (IPv6 without brackets). No scheme, port or path.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$","patternErrorMessage":"must be a host name such as mail.example.com or an IP address, without scheme, port or path","errorMessage":"must be a host name such as mail.example.com or an IP address"},"require":{"title":"Required services","description":"Services that must be reachable and pass their checks (STARTTLS offered, TLS and certificate rules).","type":"array","items":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }, or { service: smtp, tls: { min-version: \"1.0\" } }.","errorMessage":"must be a service name such as imaps, or a mapping with service and its own port or settings","oneOf":[{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},{"title":"Service with its own port or settings","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service's standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}},"description":"TLS settings of this service alone, over its host's and the defaults, key by key."},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}},"description":"Certificate settings of this service alone, over its host's and the defaults, key by key."},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) of this service alone may take, over its host's timeout: a whole number followed by ms, s or m, from 100ms to 10m."}}}]}},"forbid":{"title":"Forbidden services","description":"Services that must be unreachable, such as plaintext imap and pop3 (RFC 8314).","type":"array","items":{"title":"Service","description":"A service name such as imap, or { service: imap, port: 10143, timeout: 30s }.","errorMessage":"must be a service name such as imap, or a mapping with service, and port or timeout","oneOf":[{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},{"title":"Service with its own port or timeout","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service's standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"For this service alone: how long the connection may take before the service counts as unreachable: a whole number followed by ms, s or m, from 100ms to 10m."}}}]}},"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}}},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}}},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"title":"Addresses to probe","description":"all: every A and AAAA address of the host; first: only the first one; ipv4: only its A addresses; ipv6: only its AAAA addresses (for a runner without an IPv6 route, say). Default all.","enum":["all","first","ipv4","ipv6"]},"rules":{"title":"Rule severities for this host","description":"Override a rule's severity for this host's endpoints only (error, warning, notice or off), over the top-level rules. Rules that judge a domain or the policy itself take their severity from the top-level rules.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A forbidden service accepts a connection."},"service-misbehaving":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Implicit TLS does not complete."},"starttls-not-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Authentication is offered before TLS."},"starttls-command-injection":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted."},"tls13-not-supported":{"title":"Severity","enum":["error","warning","notice","off"],"description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No subject alternative name matches the host."},"certificate-expired":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"service-busy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive."},"runner-network-limited":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The runner's own network could not test an endpoint (no route for its address family, or a port filtered on the runner's path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was."},"check-inconclusive":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A check could not be made: a question went unanswered before its deadline, a forbidden service's host name did not resolve, a required one's look-up got no answer, a domain's MTA-STS or TLS-RPT record look-up, or the address look-up of its MTA-STS policy host, got no answer, or the resolver gave no verdict on an MX host's DANE records. Inconclusive, never a pass."},"tls-cipher-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite)."},"tls-cipher-anonymous":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An anonymous (aNULL) suite is accepted: a session without a server certificate."},"tls-forward-secrecy-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on."},"tls-dh-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A finite-field DHE suite uses a group under 2048 bits (1024 under profile old)."}}}}}},"domains":{"title":"Domains","description":"Mail domains whose MX hosts, MTA-STS and TLS-RPT are checked.","type":"array","items":{"title":"Domain entry","type":"object","required":["domain"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"A mail domain, such as example.com.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$","patternErrorMessage":"must be a domain name such as example.com","errorMessage":"must be a domain name such as example.com"},"mx":{"title":"MX hosts","description":"Resolve the domain's MX records; every MX host must pass these services' checks.","type":"object","required":["require"],"additionalProperties":false,"properties":{"require":{"title":"Services every MX host must offer","description":"Each item is a service name (its standard port), or a mapping: { service, port } for a custom port, with tls, certificate or timeout settings of the service's own over its host's.","type":"array","items":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }, or { service: smtp, tls: { min-version: \"1.0\" } }.","errorMessage":"must be a service name such as imaps, or a mapping with service and its own port or settings","oneOf":[{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},{"title":"Service with its own port or settings","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service's standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}},"description":"TLS settings of this service alone, over its host's and the defaults, key by key."},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}},"description":"Certificate settings of this service alone, over its host's and the defaults, key by key."},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) of this service alone may take, over its host's timeout: a whole number followed by ms, s or m, from 100ms to 10m."}}}]}}}},"mta-sts":{"title":"MTA-STS expectation","description":"enforce, testing or off (RFC 8461). Default off.","enum":["enforce","testing","off"]},"tls-rpt":{"title":"TLS-RPT expectation","description":"required or off (RFC 8460). Default off.","enum":["required","off"]},"dane":{"title":"DANE expectation","description":"required, optional or off (RFC 7672): look up the MX hosts' TLSA records at _25._tcp.<mx> through the validating resolver and match them against the chain port 25 presents; needs smtp in mx: { require: … }. Default off.","enum":["required","optional","off"]}}}},"rules":{"title":"Rule severities","description":"Override a rule's default severity: error, warning, notice or off.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A forbidden service accepts a connection."},"service-misbehaving":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Implicit TLS does not complete."},"starttls-not-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Authentication is offered before TLS."},"starttls-command-injection":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted."},"tls13-not-supported":{"title":"Severity","enum":["error","warning","notice","off"],"description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No subject alternative name matches the host."},"certificate-expired":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"mx-lookup-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A domain's MX records cannot be resolved."},"mta-sts-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The domain publishes no MTA-STS policy (RFC 8461)."},"mta-sts-invalid":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The domain's MTA-STS record or policy file is malformed (RFC 8461)."},"mta-sts-not-enforcing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The MTA-STS policy is weaker than the mode this policy expects (RFC 8461)."},"mta-sts-mx-not-covered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An MX host is not matched by the MTA-STS policy's mx patterns (RFC 8461)."},"tls-rpt-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No valid _smtp._tls TXT record (RFC 8460)."},"waiver-expired":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A waiver's expiry date has passed."},"service-busy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive."},"dns-targets-skipped":{"title":"Severity","enum":["error","warning","notice","off"],"description":"DNS gave a policy domain MX or CNAME names that are not host names, more MX hosts or addresses than are probed, or loopback/link-local addresses (without allow-loopback): those targets were not probed, so their checks are inconclusive."},"runner-network-limited":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The runner's own network could not test an endpoint (no route for its address family, or a port filtered on the runner's path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was."},"check-inconclusive":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A check could not be made: a question went unanswered before its deadline, a forbidden service's host name did not resolve, a required one's look-up got no answer, a domain's MTA-STS or TLS-RPT record look-up, or the address look-up of its MTA-STS policy host, got no answer, or the resolver gave no verdict on an MX host's DANE records. Inconclusive, never a pass."},"tls-cipher-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite)."},"tls-cipher-anonymous":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An anonymous (aNULL) suite is accepted: a session without a server certificate."},"tls-forward-secrecy-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on."},"tls-dh-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A finite-field DHE suite uses a group under 2048 bits (1024 under profile old)."},"dane-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"With dane: required, an MX host has no TLSA record at _25._tcp.<host>, as an authenticated answer shows (RFC 7672)."},"dane-mismatch":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An MX host has authenticated TLSA records, but none matches the certificate chain it presents after STARTTLS (RFC 7672, RFC 6698, RFC 7671)."},"dnssec-insecure":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The MX or TLSA answer was not DNSSEC-authenticated, so DANE cannot apply: error with dane: required, warning with dane: optional (RFC 7672 §2.2)."},"dane-unusable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An MX host publishes TLSA records, but only ones SMTP clients must ignore: PKIX-TA(0) or PKIX-EE(1), or unknown parameters (RFC 7672 §3.1.3)."}}},"waivers":{"title":"Waivers","description":"Time-limited exceptions: a finding of this rule on this host is reported as waived until the expiry date.","type":"array","items":{"title":"Waiver","type":"object","required":["rule","host","reason","expires"],"additionalProperties":false,"properties":{"rule":{"title":"Rule","description":"A rule id, as in reports and SARIF.","enum":["required-service-unreachable","forbidden-service-reachable","service-misbehaving","tls-handshake-failed","starttls-not-offered","starttls-failed","plaintext-auth-offered","starttls-command-injection","http-not-redirected","tls-version-legacy","tls13-not-supported","certificate-untrusted","certificate-name-mismatch","certificate-expired","certificate-expiring","certificate-weak","mx-lookup-failed","mta-sts-missing","mta-sts-invalid","mta-sts-not-enforcing","mta-sts-mx-not-covered","tls-rpt-missing","waiver-expired","service-busy","dns-targets-skipped","runner-network-limited","check-inconclusive","tls-cipher-weak","tls-cipher-anonymous","tls-forward-secrecy-missing","tls-dh-weak","dane-missing","dane-mismatch","dnssec-insecure","dane-unusable"]},"host":{"title":"Host","description":"A host in hosts, or a domain in domains.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$","patternErrorMessage":"must be a host name such as mail.example.com or an IP address, without scheme, port or path","errorMessage":"must be a host name such as mail.example.com or an IP address"},"port":{"title":"Port","description":"Waive only on this port; omit to waive on every port of the host.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"reason":{"title":"Reason","description":"Why the exception exists, and where its removal is tracked.","type":"string","pattern":"\\S","errorMessage":"must say why the waiver exists","patternErrorMessage":"must say why the waiver exists"},"expires":{"title":"Expiry date","description":"YYYY-MM-DD. The waiver holds through this day (UTC); after it, the finding returns and waiver-expired fires.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","errorMessage":"must be a date written YYYY-MM-DD","patternErrorMessage":"must be a date written YYYY-MM-DD"}}}}}};const pattern4 = new RegExp("^[0-9]+(?:ms|s|m)$", "u");const pattern5 = new RegExp("^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$", "u");const pattern9 = new RegExp("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$", "u");const pattern12 = new RegExp("\\S", "u");const pattern13 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");const func1 = ucs2length["default"];const func3 = Object.prototype.hasOwnProperty;function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://raw.githubusercontent.com/mail-tls-gate/mail-tls-gate/v0/policies/schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "version") || (key0 === "defaults")) || (key0 === "hosts")) || (key0 === "domains")) || (key0 === "rules")) || (key0 === "waivers"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.defaults !== undefined){let data1 = data.defaults;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!((((key1 === "tls") || (key1 === "certificate")) || (key1 === "timeout")) || (key1 === "addresses"))){const err3 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.tls !== undefined){let data2 = data1.tls;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){if(!((key2 === "min-version") || (key2 === "profile"))){const err4 = {instancePath:instancePath+"/defaults/tls",schemaPath:"#/properties/defaults/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults.properties.tls,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2["min-version"] !== undefined){let data3 = data2["min-version"];if(!((((((((data3 === "1.0") || (data3 === "1.1")) || (data3 === "1.2")) || (data3 === "1.3")) || (data3 === 1)) || (data3 === 1.1)) || (data3 === 1.2)) || (data3 === 1.3))){const err5 = {instancePath:instancePath+"/defaults/tls/min-version",schemaPath:"#/properties/defaults/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.defaults.properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.defaults.properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.defaults.properties.tls.properties["min-version"],data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data2.profile !== undefined){let data4 = data2.profile;if(!(((data4 === "modern") || (data4 === "intermediate")) || (data4 === "old"))){const err6 = {instancePath:instancePath+"/defaults/tls/profile",schemaPath:"#/properties/defaults/properties/tls/properties/profile/enum",keyword:"enum",params:{allowedValues: schema31.properties.defaults.properties.tls.properties.profile.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.defaults.properties.tls.properties.profile.enum,parentSchema:schema31.properties.defaults.properties.tls.properties.profile,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/defaults/tls",schemaPath:"#/properties/defaults/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.properties.tls.type,parentSchema:schema31.properties.defaults.properties.tls,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.certificate !== undefined){let data5 = data1.certificate;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key3 in data5){if(!((key3 === "verify") || (key3 === "min-days-left"))){const err8 = {instancePath:instancePath+"/defaults/certificate",schemaPath:"#/properties/defaults/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults.properties.certificate,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data5.verify !== undefined){let data6 = data5.verify;if(typeof data6 !== "boolean"){const err9 = {instancePath:instancePath+"/defaults/certificate/verify",schemaPath:"#/properties/defaults/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.defaults.properties.certificate.properties.verify.type,parentSchema:schema31.properties.defaults.properties.certificate.properties.verify,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data5["min-days-left"] !== undefined){let data7 = data5["min-days-left"];if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/defaults/certificate/min-days-left",schemaPath:"#/properties/defaults/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.defaults.properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.defaults.properties.certificate.properties["min-days-left"],data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 3650 || isNaN(data7)){const err11 = {instancePath:instancePath+"/defaults/certificate/min-days-left",schemaPath:"#/properties/defaults/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.defaults.properties.certificate.properties["min-days-left"],data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data7 < 0 || isNaN(data7)){const err12 = {instancePath:instancePath+"/defaults/certificate/min-days-left",schemaPath:"#/properties/defaults/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.defaults.properties.certificate.properties["min-days-left"],data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}}else {const err13 = {instancePath:instancePath+"/defaults/certificate",schemaPath:"#/properties/defaults/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.properties.certificate.type,parentSchema:schema31.properties.defaults.properties.certificate,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.timeout !== undefined){let data8 = data1.timeout;if(typeof data8 === "string"){if(!pattern4.test(data8)){const err14 = {instancePath:instancePath+"/defaults/timeout",schemaPath:"#/properties/defaults/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.defaults.properties.timeout,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/defaults/timeout",schemaPath:"#/properties/defaults/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.defaults.properties.timeout.type,parentSchema:schema31.properties.defaults.properties.timeout,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.addresses !== undefined){let data9 = data1.addresses;if(!((((data9 === "all") || (data9 === "first")) || (data9 === "ipv4")) || (data9 === "ipv6"))){const err16 = {instancePath:instancePath+"/defaults/addresses",schemaPath:"#/properties/defaults/properties/addresses/enum",keyword:"enum",params:{allowedValues: schema31.properties.defaults.properties.addresses.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.defaults.properties.addresses.enum,parentSchema:schema31.properties.defaults.properties.addresses,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.type,parentSchema:schema31.properties.defaults,data:data1};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.hosts !== undefined){let data10 = data.hosts;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.host === undefined){const err18 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema31.properties.hosts.items.required,parentSchema:schema31.properties.hosts.items,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key4 in data11){if(!((((((((key4 === "host") || (key4 === "require")) || (key4 === "forbid")) || (key4 === "tls")) || (key4 === "certificate")) || (key4 === "timeout")) || (key4 === "addresses")) || (key4 === "rules"))){const err19 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data11.host !== undefined){let data12 = data11.host;if(typeof data12 === "string"){if(func1(data12) > 254){const err20 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.hosts.items.properties.host,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(func1(data12) < 1){const err21 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.hosts.items.properties.host,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(!pattern5.test(data12)){const err22 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$",parentSchema:schema31.properties.hosts.items.properties.host,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.host.type,parentSchema:schema31.properties.hosts.items.properties.host,data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data11.require !== undefined){let data13 = data11.require;if(Array.isArray(data13)){const len1 = data13.length;for(let i1=0; i1<len1; i1++){let data14 = data13[i1];const _errs31 = errors;let valid9 = false;let passing0 = null;const _errs32 = errors;if(!((((((((((((data14 === "smtp") || (data14 === "submission")) || (data14 === "submissions")) || (data14 === "smtps")) || (data14 === "imap")) || (data14 === "imaps")) || (data14 === "pop3")) || (data14 === "pop3s")) || (data14 === "managesieve")) || (data14 === "sieve")) || (data14 === "https")) || (data14 === "http"))){const err24 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[0].enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[0],data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}var _valid0 = _errs32 === errors;if(_valid0){valid9 = true;passing0 = 0;}const _errs33 = errors;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.service === undefined){const err25 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].required,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1],data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}for(const key5 in data14){if(!(((((key5 === "service") || (key5 === "port")) || (key5 === "tls")) || (key5 === "certificate")) || (key5 === "timeout"))){const err26 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1],data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data14.service !== undefined){let data15 = data14.service;if(!((((((((((((data15 === "smtp") || (data15 === "submission")) || (data15 === "submissions")) || (data15 === "smtps")) || (data15 === "imap")) || (data15 === "imaps")) || (data15 === "pop3")) || (data15 === "pop3s")) || (data15 === "managesieve")) || (data15 === "sieve")) || (data15 === "https")) || (data15 === "http"))){const err27 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/service",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/service/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.service.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.service.enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.service,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data14.port !== undefined){let data16 = data14.port;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err28 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/port",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port,data:data16};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 65535 || isNaN(data16)){const err29 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/port",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data16 < 1 || isNaN(data16)){const err30 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/port",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data14.tls !== undefined){let data17 = data14.tls;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key6 in data17){if(!((key6 === "min-version") || (key6 === "profile"))){const err31 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/tls",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls,data:data17};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data17["min-version"] !== undefined){let data18 = data17["min-version"];if(!((((((((data18 === "1.0") || (data18 === "1.1")) || (data18 === "1.2")) || (data18 === "1.3")) || (data18 === 1)) || (data18 === 1.1)) || (data18 === 1.2)) || (data18 === 1.3))){const err32 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/tls/min-version",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties["min-version"],data:data18};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data17.profile !== undefined){let data19 = data17.profile;if(!(((data19 === "modern") || (data19 === "intermediate")) || (data19 === "old"))){const err33 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/tls/profile",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/tls/properties/profile/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties.profile.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties.profile.enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties.profile,data:data19};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/tls",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls,data:data17};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data14.certificate !== undefined){let data20 = data14.certificate;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key7 in data20){if(!((key7 === "verify") || (key7 === "min-days-left"))){const err35 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate,data:data20};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data20.verify !== undefined){let data21 = data20.verify;if(typeof data21 !== "boolean"){const err36 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate/verify",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties.verify.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties.verify,data:data21};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data20["min-days-left"] !== undefined){let data22 = data20["min-days-left"];if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err37 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data22};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 > 3650 || isNaN(data22)){const err38 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data22};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data22 < 0 || isNaN(data22)){const err39 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data22};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}}else {const err40 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate,data:data20};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data14.timeout !== undefined){let data23 = data14.timeout;if(typeof data23 === "string"){if(!pattern4.test(data23)){const err41 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/timeout",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.timeout,data:data23};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/timeout",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.timeout.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.timeout,data:data23};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1],data:data14};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}var _valid0 = _errs33 === errors;if(_valid0 && valid9){valid9 = false;passing0 = [passing0, 1];}else {if(_valid0){valid9 = true;passing0 = 1;}}if(!valid9){const err44 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.properties.hosts.items.properties.require.items.oneOf,parentSchema:schema31.properties.hosts.items.properties.require.items,data:data14};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}else {errors = _errs31;if(vErrors !== null){if(_errs31){vErrors.length = _errs31;}else {vErrors = null;}}}}}else {const err45 = {instancePath:instancePath+"/hosts/" + i0+"/require",schemaPath:"#/properties/hosts/items/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.hosts.items.properties.require.type,parentSchema:schema31.properties.hosts.items.properties.require,data:data13};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data11.forbid !== undefined){let data24 = data11.forbid;if(Array.isArray(data24)){const len2 = data24.length;for(let i2=0; i2<len2; i2++){let data25 = data24[i2];const _errs56 = errors;let valid15 = false;let passing1 = null;const _errs57 = errors;if(!((((((((((((data25 === "smtp") || (data25 === "submission")) || (data25 === "submissions")) || (data25 === "smtps")) || (data25 === "imap")) || (data25 === "imaps")) || (data25 === "pop3")) || (data25 === "pop3s")) || (data25 === "managesieve")) || (data25 === "sieve")) || (data25 === "https")) || (data25 === "http"))){const err46 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.forbid.items.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[0].enum,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[0],data:data25};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}var _valid1 = _errs57 === errors;if(_valid1){valid15 = true;passing1 = 0;}const _errs58 = errors;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.service === undefined){const err47 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].required,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1],data:data25};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}for(const key8 in data25){if(!(((key8 === "service") || (key8 === "port")) || (key8 === "timeout"))){const err48 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1],data:data25};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data25.service !== undefined){let data26 = data25.service;if(!((((((((((((data26 === "smtp") || (data26 === "submission")) || (data26 === "submissions")) || (data26 === "smtps")) || (data26 === "imap")) || (data26 === "imaps")) || (data26 === "pop3")) || (data26 === "pop3s")) || (data26 === "managesieve")) || (data26 === "sieve")) || (data26 === "https")) || (data26 === "http"))){const err49 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/service",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/service/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.service.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.service.enum,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.service,data:data26};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data25.port !== undefined){let data27 = data25.port;if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){const err50 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/port",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port.type,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port,data:data27};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data27 == "number") && (isFinite(data27))){if(data27 > 65535 || isNaN(data27)){const err51 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/port",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port,data:data27};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data27 < 1 || isNaN(data27)){const err52 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/port",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port,data:data27};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data25.timeout !== undefined){let data28 = data25.timeout;if(typeof data28 === "string"){if(!pattern4.test(data28)){const err53 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/timeout",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.timeout,data:data28};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/timeout",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.timeout.type,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.timeout,data:data28};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].type,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1],data:data25};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}var _valid1 = _errs58 === errors;if(_valid1 && valid15){valid15 = false;passing1 = [passing1, 1];}else {if(_valid1){valid15 = true;passing1 = 1;}}if(!valid15){const err56 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf,parentSchema:schema31.properties.hosts.items.properties.forbid.items,data:data25};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}else {errors = _errs56;if(vErrors !== null){if(_errs56){vErrors.length = _errs56;}else {vErrors = null;}}}}}else {const err57 = {instancePath:instancePath+"/hosts/" + i0+"/forbid",schemaPath:"#/properties/hosts/items/properties/forbid/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.hosts.items.properties.forbid.type,parentSchema:schema31.properties.hosts.items.properties.forbid,data:data24};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data11.tls !== undefined){let data29 = data11.tls;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key9 in data29){if(!((key9 === "min-version") || (key9 === "profile"))){const err58 = {instancePath:instancePath+"/hosts/" + i0+"/tls",schemaPath:"#/properties/hosts/items/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.tls,data:data29};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data29["min-version"] !== undefined){let data30 = data29["min-version"];if(!((((((((data30 === "1.0") || (data30 === "1.1")) || (data30 === "1.2")) || (data30 === "1.3")) || (data30 === 1)) || (data30 === 1.1)) || (data30 === 1.2)) || (data30 === 1.3))){const err59 = {instancePath:instancePath+"/hosts/" + i0+"/tls/min-version",schemaPath:"#/properties/hosts/items/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.hosts.items.properties.tls.properties["min-version"],data:data30};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data29.profile !== undefined){let data31 = data29.profile;if(!(((data31 === "modern") || (data31 === "intermediate")) || (data31 === "old"))){const err60 = {instancePath:instancePath+"/hosts/" + i0+"/tls/profile",schemaPath:"#/properties/hosts/items/properties/tls/properties/profile/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.tls.properties.profile.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.tls.properties.profile.enum,parentSchema:schema31.properties.hosts.items.properties.tls.properties.profile,data:data31};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/hosts/" + i0+"/tls",schemaPath:"#/properties/hosts/items/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.tls.type,parentSchema:schema31.properties.hosts.items.properties.tls,data:data29};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data11.certificate !== undefined){let data32 = data11.certificate;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key10 in data32){if(!((key10 === "verify") || (key10 === "min-days-left"))){const err62 = {instancePath:instancePath+"/hosts/" + i0+"/certificate",schemaPath:"#/properties/hosts/items/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.certificate,data:data32};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data32.verify !== undefined){let data33 = data32.verify;if(typeof data33 !== "boolean"){const err63 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/verify",schemaPath:"#/properties/hosts/items/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.hosts.items.properties.certificate.properties.verify.type,parentSchema:schema31.properties.hosts.items.properties.certificate.properties.verify,data:data33};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data32["min-days-left"] !== undefined){let data34 = data32["min-days-left"];if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){const err64 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"],data:data34};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if((typeof data34 == "number") && (isFinite(data34))){if(data34 > 3650 || isNaN(data34)){const err65 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"],data:data34};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data34 < 0 || isNaN(data34)){const err66 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"],data:data34};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}}else {const err67 = {instancePath:instancePath+"/hosts/" + i0+"/certificate",schemaPath:"#/properties/hosts/items/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.certificate.type,parentSchema:schema31.properties.hosts.items.properties.certificate,data:data32};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data11.timeout !== undefined){let data35 = data11.timeout;if(typeof data35 === "string"){if(!pattern4.test(data35)){const err68 = {instancePath:instancePath+"/hosts/" + i0+"/timeout",schemaPath:"#/properties/hosts/items/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.hosts.items.properties.timeout,data:data35};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}else {const err69 = {instancePath:instancePath+"/hosts/" + i0+"/timeout",schemaPath:"#/properties/hosts/items/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.timeout.type,parentSchema:schema31.properties.hosts.items.properties.timeout,data:data35};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data11.addresses !== undefined){let data36 = data11.addresses;if(!((((data36 === "all") || (data36 === "first")) || (data36 === "ipv4")) || (data36 === "ipv6"))){const err70 = {instancePath:instancePath+"/hosts/" + i0+"/addresses",schemaPath:"#/properties/hosts/items/properties/addresses/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.addresses.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.addresses.enum,parentSchema:schema31.properties.hosts.items.properties.addresses,data:data36};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data11.rules !== undefined){let data37 = data11.rules;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key11 in data37){if(!(func3.call(schema31.properties.hosts.items.properties.rules.properties, key11))){const err71 = {instancePath:instancePath+"/hosts/" + i0+"/rules",schemaPath:"#/properties/hosts/items/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.rules,data:data37};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data37["required-service-unreachable"] !== undefined){let data38 = data37["required-service-unreachable"];if(!((((data38 === "error") || (data38 === "warning")) || (data38 === "notice")) || (data38 === "off"))){const err72 = {instancePath:instancePath+"/hosts/" + i0+"/rules/required-service-unreachable",schemaPath:"#/properties/hosts/items/properties/rules/properties/required-service-unreachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["required-service-unreachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["required-service-unreachable"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["required-service-unreachable"],data:data38};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data37["forbidden-service-reachable"] !== undefined){let data39 = data37["forbidden-service-reachable"];if(!((((data39 === "error") || (data39 === "warning")) || (data39 === "notice")) || (data39 === "off"))){const err73 = {instancePath:instancePath+"/hosts/" + i0+"/rules/forbidden-service-reachable",schemaPath:"#/properties/hosts/items/properties/rules/properties/forbidden-service-reachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["forbidden-service-reachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["forbidden-service-reachable"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["forbidden-service-reachable"],data:data39};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data37["service-misbehaving"] !== undefined){let data40 = data37["service-misbehaving"];if(!((((data40 === "error") || (data40 === "warning")) || (data40 === "notice")) || (data40 === "off"))){const err74 = {instancePath:instancePath+"/hosts/" + i0+"/rules/service-misbehaving",schemaPath:"#/properties/hosts/items/properties/rules/properties/service-misbehaving/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["service-misbehaving"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["service-misbehaving"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["service-misbehaving"],data:data40};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data37["tls-handshake-failed"] !== undefined){let data41 = data37["tls-handshake-failed"];if(!((((data41 === "error") || (data41 === "warning")) || (data41 === "notice")) || (data41 === "off"))){const err75 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-handshake-failed",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-handshake-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-handshake-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-handshake-failed"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-handshake-failed"],data:data41};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data37["starttls-not-offered"] !== undefined){let data42 = data37["starttls-not-offered"];if(!((((data42 === "error") || (data42 === "warning")) || (data42 === "notice")) || (data42 === "off"))){const err76 = {instancePath:instancePath+"/hosts/" + i0+"/rules/starttls-not-offered",schemaPath:"#/properties/hosts/items/properties/rules/properties/starttls-not-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["starttls-not-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["starttls-not-offered"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["starttls-not-offered"],data:data42};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data37["starttls-failed"] !== undefined){let data43 = data37["starttls-failed"];if(!((((data43 === "error") || (data43 === "warning")) || (data43 === "notice")) || (data43 === "off"))){const err77 = {instancePath:instancePath+"/hosts/" + i0+"/rules/starttls-failed",schemaPath:"#/properties/hosts/items/properties/rules/properties/starttls-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["starttls-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["starttls-failed"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["starttls-failed"],data:data43};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data37["plaintext-auth-offered"] !== undefined){let data44 = data37["plaintext-auth-offered"];if(!((((data44 === "error") || (data44 === "warning")) || (data44 === "notice")) || (data44 === "off"))){const err78 = {instancePath:instancePath+"/hosts/" + i0+"/rules/plaintext-auth-offered",schemaPath:"#/properties/hosts/items/properties/rules/properties/plaintext-auth-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["plaintext-auth-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["plaintext-auth-offered"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["plaintext-auth-offered"],data:data44};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data37["starttls-command-injection"] !== undefined){let data45 = data37["starttls-command-injection"];if(!((((data45 === "error") || (data45 === "warning")) || (data45 === "notice")) || (data45 === "off"))){const err79 = {instancePath:instancePath+"/hosts/" + i0+"/rules/starttls-command-injection",schemaPath:"#/properties/hosts/items/properties/rules/properties/starttls-command-injection/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["starttls-command-injection"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["starttls-command-injection"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["starttls-command-injection"],data:data45};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data37["http-not-redirected"] !== undefined){let data46 = data37["http-not-redirected"];if(!((((data46 === "error") || (data46 === "warning")) || (data46 === "notice")) || (data46 === "off"))){const err80 = {instancePath:instancePath+"/hosts/" + i0+"/rules/http-not-redirected",schemaPath:"#/properties/hosts/items/properties/rules/properties/http-not-redirected/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["http-not-redirected"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["http-not-redirected"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["http-not-redirected"],data:data46};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data37["tls-version-legacy"] !== undefined){let data47 = data37["tls-version-legacy"];if(!((((data47 === "error") || (data47 === "warning")) || (data47 === "notice")) || (data47 === "off"))){const err81 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-version-legacy",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-version-legacy/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-version-legacy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-version-legacy"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-version-legacy"],data:data47};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data37["tls13-not-supported"] !== undefined){let data48 = data37["tls13-not-supported"];if(!((((data48 === "error") || (data48 === "warning")) || (data48 === "notice")) || (data48 === "off"))){const err82 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls13-not-supported",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls13-not-supported/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls13-not-supported"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls13-not-supported"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls13-not-supported"],data:data48};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data37["certificate-untrusted"] !== undefined){let data49 = data37["certificate-untrusted"];if(!((((data49 === "error") || (data49 === "warning")) || (data49 === "notice")) || (data49 === "off"))){const err83 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-untrusted",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-untrusted/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-untrusted"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-untrusted"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-untrusted"],data:data49};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data37["certificate-name-mismatch"] !== undefined){let data50 = data37["certificate-name-mismatch"];if(!((((data50 === "error") || (data50 === "warning")) || (data50 === "notice")) || (data50 === "off"))){const err84 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-name-mismatch",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-name-mismatch/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-name-mismatch"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-name-mismatch"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-name-mismatch"],data:data50};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data37["certificate-expired"] !== undefined){let data51 = data37["certificate-expired"];if(!((((data51 === "error") || (data51 === "warning")) || (data51 === "notice")) || (data51 === "off"))){const err85 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-expired",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-expired/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-expired"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-expired"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-expired"],data:data51};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data37["certificate-expiring"] !== undefined){let data52 = data37["certificate-expiring"];if(!((((data52 === "error") || (data52 === "warning")) || (data52 === "notice")) || (data52 === "off"))){const err86 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-expiring",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-expiring/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-expiring"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-expiring"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-expiring"],data:data52};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data37["certificate-weak"] !== undefined){let data53 = data37["certificate-weak"];if(!((((data53 === "error") || (data53 === "warning")) || (data53 === "notice")) || (data53 === "off"))){const err87 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-weak",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-weak"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-weak"],data:data53};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data37["service-busy"] !== undefined){let data54 = data37["service-busy"];if(!((((data54 === "error") || (data54 === "warning")) || (data54 === "notice")) || (data54 === "off"))){const err88 = {instancePath:instancePath+"/hosts/" + i0+"/rules/service-busy",schemaPath:"#/properties/hosts/items/properties/rules/properties/service-busy/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["service-busy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["service-busy"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["service-busy"],data:data54};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data37["runner-network-limited"] !== undefined){let data55 = data37["runner-network-limited"];if(!((((data55 === "error") || (data55 === "warning")) || (data55 === "notice")) || (data55 === "off"))){const err89 = {instancePath:instancePath+"/hosts/" + i0+"/rules/runner-network-limited",schemaPath:"#/properties/hosts/items/properties/rules/properties/runner-network-limited/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["runner-network-limited"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["runner-network-limited"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["runner-network-limited"],data:data55};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data37["check-inconclusive"] !== undefined){let data56 = data37["check-inconclusive"];if(!((((data56 === "error") || (data56 === "warning")) || (data56 === "notice")) || (data56 === "off"))){const err90 = {instancePath:instancePath+"/hosts/" + i0+"/rules/check-inconclusive",schemaPath:"#/properties/hosts/items/properties/rules/properties/check-inconclusive/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["check-inconclusive"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["check-inconclusive"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["check-inconclusive"],data:data56};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data37["tls-cipher-weak"] !== undefined){let data57 = data37["tls-cipher-weak"];if(!((((data57 === "error") || (data57 === "warning")) || (data57 === "notice")) || (data57 === "off"))){const err91 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-cipher-weak",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-cipher-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-cipher-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-cipher-weak"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-cipher-weak"],data:data57};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data37["tls-cipher-anonymous"] !== undefined){let data58 = data37["tls-cipher-anonymous"];if(!((((data58 === "error") || (data58 === "warning")) || (data58 === "notice")) || (data58 === "off"))){const err92 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-cipher-anonymous",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-cipher-anonymous/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-cipher-anonymous"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-cipher-anonymous"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-cipher-anonymous"],data:data58};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data37["tls-forward-secrecy-missing"] !== undefined){let data59 = data37["tls-forward-secrecy-missing"];if(!((((data59 === "error") || (data59 === "warning")) || (data59 === "notice")) || (data59 === "off"))){const err93 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-forward-secrecy-missing",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-forward-secrecy-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-forward-secrecy-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-forward-secrecy-missing"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-forward-secrecy-missing"],data:data59};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data37["tls-dh-weak"] !== undefined){let data60 = data37["tls-dh-weak"];if(!((((data60 === "error") || (data60 === "warning")) || (data60 === "notice")) || (data60 === "off"))){const err94 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-dh-weak",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-dh-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-dh-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-dh-weak"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-dh-weak"],data:data60};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}else {const err95 = {instancePath:instancePath+"/hosts/" + i0+"/rules",schemaPath:"#/properties/hosts/items/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.rules.type,parentSchema:schema31.properties.hosts.items.properties.rules,data:data37};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}else {const err96 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.type,parentSchema:schema31.properties.hosts.items,data:data11};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.hosts.type,parentSchema:schema31.properties.hosts,data:data10};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data.domains !== undefined){let data61 = data.domains;if(Array.isArray(data61)){const len3 = data61.length;for(let i3=0; i3<len3; i3++){let data62 = data61[i3];if(data62 && typeof data62 == "object" && !Array.isArray(data62)){if(data62.domain === undefined){const err98 = {instancePath:instancePath+"/domains/" + i3,schemaPath:"#/properties/domains/items/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema31.properties.domains.items.required,parentSchema:schema31.properties.domains.items,data:data62};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}for(const key12 in data62){if(!(((((key12 === "domain") || (key12 === "mx")) || (key12 === "mta-sts")) || (key12 === "tls-rpt")) || (key12 === "dane"))){const err99 = {instancePath:instancePath+"/domains/" + i3,schemaPath:"#/properties/domains/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items,data:data62};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data62.domain !== undefined){let data63 = data62.domain;if(typeof data63 === "string"){if(func1(data63) > 254){const err100 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.domains.items.properties.domain,data:data63};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}if(func1(data63) < 1){const err101 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.domains.items.properties.domain,data:data63};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if(!pattern9.test(data63)){const err102 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"},message:"must match pattern \""+"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"+"\"",schema:"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$",parentSchema:schema31.properties.domains.items.properties.domain,data:data63};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}else {const err103 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.properties.domain.type,parentSchema:schema31.properties.domains.items.properties.domain,data:data63};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data62.mx !== undefined){let data64 = data62.mx;if(data64 && typeof data64 == "object" && !Array.isArray(data64)){if(data64.require === undefined){const err104 = {instancePath:instancePath+"/domains/" + i3+"/mx",schemaPath:"#/properties/domains/items/properties/mx/required",keyword:"required",params:{missingProperty: "require"},message:"must have required property '"+"require"+"'",schema:schema31.properties.domains.items.properties.mx.required,parentSchema:schema31.properties.domains.items.properties.mx,data:data64};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}for(const key13 in data64){if(!(key13 === "require")){const err105 = {instancePath:instancePath+"/domains/" + i3+"/mx",schemaPath:"#/properties/domains/items/properties/mx/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx,data:data64};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data64.require !== undefined){let data65 = data64.require;if(Array.isArray(data65)){const len4 = data65.length;for(let i4=0; i4<len4; i4++){let data66 = data65[i4];const _errs120 = errors;let valid26 = false;let passing2 = null;const _errs121 = errors;if(!((((((((((((data66 === "smtp") || (data66 === "submission")) || (data66 === "submissions")) || (data66 === "smtps")) || (data66 === "imap")) || (data66 === "imaps")) || (data66 === "pop3")) || (data66 === "pop3s")) || (data66 === "managesieve")) || (data66 === "sieve")) || (data66 === "https")) || (data66 === "http"))){const err106 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[0].enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[0],data:data66};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}var _valid2 = _errs121 === errors;if(_valid2){valid26 = true;passing2 = 0;}const _errs122 = errors;if(data66 && typeof data66 == "object" && !Array.isArray(data66)){if(data66.service === undefined){const err107 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].required,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1],data:data66};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}for(const key14 in data66){if(!(((((key14 === "service") || (key14 === "port")) || (key14 === "tls")) || (key14 === "certificate")) || (key14 === "timeout"))){const err108 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1],data:data66};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data66.service !== undefined){let data67 = data66.service;if(!((((((((((((data67 === "smtp") || (data67 === "submission")) || (data67 === "submissions")) || (data67 === "smtps")) || (data67 === "imap")) || (data67 === "imaps")) || (data67 === "pop3")) || (data67 === "pop3s")) || (data67 === "managesieve")) || (data67 === "sieve")) || (data67 === "https")) || (data67 === "http"))){const err109 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/service",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/service/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.service.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.service.enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.service,data:data67};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data66.port !== undefined){let data68 = data66.port;if(!(((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68))) && (isFinite(data68)))){const err110 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/port",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port,data:data68};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}if((typeof data68 == "number") && (isFinite(data68))){if(data68 > 65535 || isNaN(data68)){const err111 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/port",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port,data:data68};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}if(data68 < 1 || isNaN(data68)){const err112 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/port",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port,data:data68};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}if(data66.tls !== undefined){let data69 = data66.tls;if(data69 && typeof data69 == "object" && !Array.isArray(data69)){for(const key15 in data69){if(!((key15 === "min-version") || (key15 === "profile"))){const err113 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/tls",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls,data:data69};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(data69["min-version"] !== undefined){let data70 = data69["min-version"];if(!((((((((data70 === "1.0") || (data70 === "1.1")) || (data70 === "1.2")) || (data70 === "1.3")) || (data70 === 1)) || (data70 === 1.1)) || (data70 === 1.2)) || (data70 === 1.3))){const err114 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/tls/min-version",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties["min-version"],data:data70};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data69.profile !== undefined){let data71 = data69.profile;if(!(((data71 === "modern") || (data71 === "intermediate")) || (data71 === "old"))){const err115 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/tls/profile",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/tls/properties/profile/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties.profile.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties.profile.enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties.profile,data:data71};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}}else {const err116 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/tls",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls,data:data69};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data66.certificate !== undefined){let data72 = data66.certificate;if(data72 && typeof data72 == "object" && !Array.isArray(data72)){for(const key16 in data72){if(!((key16 === "verify") || (key16 === "min-days-left"))){const err117 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate,data:data72};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data72.verify !== undefined){let data73 = data72.verify;if(typeof data73 !== "boolean"){const err118 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate/verify",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties.verify.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties.verify,data:data73};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data72["min-days-left"] !== undefined){let data74 = data72["min-days-left"];if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){const err119 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate/min-days-left",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data74};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}if((typeof data74 == "number") && (isFinite(data74))){if(data74 > 3650 || isNaN(data74)){const err120 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate/min-days-left",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data74};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}if(data74 < 0 || isNaN(data74)){const err121 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate/min-days-left",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data74};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}}}else {const err122 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate,data:data72};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data66.timeout !== undefined){let data75 = data66.timeout;if(typeof data75 === "string"){if(!pattern4.test(data75)){const err123 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/timeout",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.timeout,data:data75};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}else {const err124 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/timeout",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.timeout.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.timeout,data:data75};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}}else {const err125 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1],data:data66};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}var _valid2 = _errs122 === errors;if(_valid2 && valid26){valid26 = false;passing2 = [passing2, 1];}else {if(_valid2){valid26 = true;passing2 = 1;}}if(!valid26){const err126 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items,data:data66};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}else {errors = _errs120;if(vErrors !== null){if(_errs120){vErrors.length = _errs120;}else {vErrors = null;}}}}}else {const err127 = {instancePath:instancePath+"/domains/" + i3+"/mx/require",schemaPath:"#/properties/domains/items/properties/mx/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.items.properties.mx.properties.require.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require,data:data65};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}}else {const err128 = {instancePath:instancePath+"/domains/" + i3+"/mx",schemaPath:"#/properties/domains/items/properties/mx/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.type,parentSchema:schema31.properties.domains.items.properties.mx,data:data64};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data62["mta-sts"] !== undefined){let data76 = data62["mta-sts"];if(!(((data76 === "enforce") || (data76 === "testing")) || (data76 === "off"))){const err129 = {instancePath:instancePath+"/domains/" + i3+"/mta-sts",schemaPath:"#/properties/domains/items/properties/mta-sts/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties["mta-sts"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties["mta-sts"].enum,parentSchema:schema31.properties.domains.items.properties["mta-sts"],data:data76};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data62["tls-rpt"] !== undefined){let data77 = data62["tls-rpt"];if(!((data77 === "required") || (data77 === "off"))){const err130 = {instancePath:instancePath+"/domains/" + i3+"/tls-rpt",schemaPath:"#/properties/domains/items/properties/tls-rpt/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties["tls-rpt"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties["tls-rpt"].enum,parentSchema:schema31.properties.domains.items.properties["tls-rpt"],data:data77};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data62.dane !== undefined){let data78 = data62.dane;if(!(((data78 === "required") || (data78 === "optional")) || (data78 === "off"))){const err131 = {instancePath:instancePath+"/domains/" + i3+"/dane",schemaPath:"#/properties/domains/items/properties/dane/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.dane.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.dane.enum,parentSchema:schema31.properties.domains.items.properties.dane,data:data78};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}}else {const err132 = {instancePath:instancePath+"/domains/" + i3,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.type,parentSchema:schema31.properties.domains.items,data:data62};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}}else {const err133 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.type,parentSchema:schema31.properties.domains,data:data61};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data.rules !== undefined){let data79 = data.rules;if(data79 && typeof data79 == "object" && !Array.isArray(data79)){for(const key17 in data79){if(!(func3.call(schema31.properties.rules.properties, key17))){const err134 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules,data:data79};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data79["required-service-unreachable"] !== undefined){let data80 = data79["required-service-unreachable"];if(!((((data80 === "error") || (data80 === "warning")) || (data80 === "notice")) || (data80 === "off"))){const err135 = {instancePath:instancePath+"/rules/required-service-unreachable",schemaPath:"#/properties/rules/properties/required-service-unreachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["required-service-unreachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["required-service-unreachable"].enum,parentSchema:schema31.properties.rules.properties["required-service-unreachable"],data:data80};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data79["forbidden-service-reachable"] !== undefined){let data81 = data79["forbidden-service-reachable"];if(!((((data81 === "error") || (data81 === "warning")) || (data81 === "notice")) || (data81 === "off"))){const err136 = {instancePath:instancePath+"/rules/forbidden-service-reachable",schemaPath:"#/properties/rules/properties/forbidden-service-reachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["forbidden-service-reachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["forbidden-service-reachable"].enum,parentSchema:schema31.properties.rules.properties["forbidden-service-reachable"],data:data81};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data79["service-misbehaving"] !== undefined){let data82 = data79["service-misbehaving"];if(!((((data82 === "error") || (data82 === "warning")) || (data82 === "notice")) || (data82 === "off"))){const err137 = {instancePath:instancePath+"/rules/service-misbehaving",schemaPath:"#/properties/rules/properties/service-misbehaving/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["service-misbehaving"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["service-misbehaving"].enum,parentSchema:schema31.properties.rules.properties["service-misbehaving"],data:data82};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data79["tls-handshake-failed"] !== undefined){let data83 = data79["tls-handshake-failed"];if(!((((data83 === "error") || (data83 === "warning")) || (data83 === "notice")) || (data83 === "off"))){const err138 = {instancePath:instancePath+"/rules/tls-handshake-failed",schemaPath:"#/properties/rules/properties/tls-handshake-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-handshake-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-handshake-failed"].enum,parentSchema:schema31.properties.rules.properties["tls-handshake-failed"],data:data83};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data79["starttls-not-offered"] !== undefined){let data84 = data79["starttls-not-offered"];if(!((((data84 === "error") || (data84 === "warning")) || (data84 === "notice")) || (data84 === "off"))){const err139 = {instancePath:instancePath+"/rules/starttls-not-offered",schemaPath:"#/properties/rules/properties/starttls-not-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["starttls-not-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["starttls-not-offered"].enum,parentSchema:schema31.properties.rules.properties["starttls-not-offered"],data:data84};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data79["starttls-failed"] !== undefined){let data85 = data79["starttls-failed"];if(!((((data85 === "error") || (data85 === "warning")) || (data85 === "notice")) || (data85 === "off"))){const err140 = {instancePath:instancePath+"/rules/starttls-failed",schemaPath:"#/properties/rules/properties/starttls-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["starttls-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["starttls-failed"].enum,parentSchema:schema31.properties.rules.properties["starttls-failed"],data:data85};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data79["plaintext-auth-offered"] !== undefined){let data86 = data79["plaintext-auth-offered"];if(!((((data86 === "error") || (data86 === "warning")) || (data86 === "notice")) || (data86 === "off"))){const err141 = {instancePath:instancePath+"/rules/plaintext-auth-offered",schemaPath:"#/properties/rules/properties/plaintext-auth-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["plaintext-auth-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["plaintext-auth-offered"].enum,parentSchema:schema31.properties.rules.properties["plaintext-auth-offered"],data:data86};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}if(data79["starttls-command-injection"] !== undefined){let data87 = data79["starttls-command-injection"];if(!((((data87 === "error") || (data87 === "warning")) || (data87 === "notice")) || (data87 === "off"))){const err142 = {instancePath:instancePath+"/rules/starttls-command-injection",schemaPath:"#/properties/rules/properties/starttls-command-injection/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["starttls-command-injection"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["starttls-command-injection"].enum,parentSchema:schema31.properties.rules.properties["starttls-command-injection"],data:data87};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}if(data79["http-not-redirected"] !== undefined){let data88 = data79["http-not-redirected"];if(!((((data88 === "error") || (data88 === "warning")) || (data88 === "notice")) || (data88 === "off"))){const err143 = {instancePath:instancePath+"/rules/http-not-redirected",schemaPath:"#/properties/rules/properties/http-not-redirected/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["http-not-redirected"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["http-not-redirected"].enum,parentSchema:schema31.properties.rules.properties["http-not-redirected"],data:data88};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data79["tls-version-legacy"] !== undefined){let data89 = data79["tls-version-legacy"];if(!((((data89 === "error") || (data89 === "warning")) || (data89 === "notice")) || (data89 === "off"))){const err144 = {instancePath:instancePath+"/rules/tls-version-legacy",schemaPath:"#/properties/rules/properties/tls-version-legacy/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-version-legacy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-version-legacy"].enum,parentSchema:schema31.properties.rules.properties["tls-version-legacy"],data:data89};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data79["tls13-not-supported"] !== undefined){let data90 = data79["tls13-not-supported"];if(!((((data90 === "error") || (data90 === "warning")) || (data90 === "notice")) || (data90 === "off"))){const err145 = {instancePath:instancePath+"/rules/tls13-not-supported",schemaPath:"#/properties/rules/properties/tls13-not-supported/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls13-not-supported"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls13-not-supported"].enum,parentSchema:schema31.properties.rules.properties["tls13-not-supported"],data:data90};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data79["certificate-untrusted"] !== undefined){let data91 = data79["certificate-untrusted"];if(!((((data91 === "error") || (data91 === "warning")) || (data91 === "notice")) || (data91 === "off"))){const err146 = {instancePath:instancePath+"/rules/certificate-untrusted",schemaPath:"#/properties/rules/properties/certificate-untrusted/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-untrusted"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-untrusted"].enum,parentSchema:schema31.properties.rules.properties["certificate-untrusted"],data:data91};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data79["certificate-name-mismatch"] !== undefined){let data92 = data79["certificate-name-mismatch"];if(!((((data92 === "error") || (data92 === "warning")) || (data92 === "notice")) || (data92 === "off"))){const err147 = {instancePath:instancePath+"/rules/certificate-name-mismatch",schemaPath:"#/properties/rules/properties/certificate-name-mismatch/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-name-mismatch"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-name-mismatch"].enum,parentSchema:schema31.properties.rules.properties["certificate-name-mismatch"],data:data92};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data79["certificate-expired"] !== undefined){let data93 = data79["certificate-expired"];if(!((((data93 === "error") || (data93 === "warning")) || (data93 === "notice")) || (data93 === "off"))){const err148 = {instancePath:instancePath+"/rules/certificate-expired",schemaPath:"#/properties/rules/properties/certificate-expired/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-expired"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-expired"].enum,parentSchema:schema31.properties.rules.properties["certificate-expired"],data:data93};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data79["certificate-expiring"] !== undefined){let data94 = data79["certificate-expiring"];if(!((((data94 === "error") || (data94 === "warning")) || (data94 === "notice")) || (data94 === "off"))){const err149 = {instancePath:instancePath+"/rules/certificate-expiring",schemaPath:"#/properties/rules/properties/certificate-expiring/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-expiring"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-expiring"].enum,parentSchema:schema31.properties.rules.properties["certificate-expiring"],data:data94};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}if(data79["certificate-weak"] !== undefined){let data95 = data79["certificate-weak"];if(!((((data95 === "error") || (data95 === "warning")) || (data95 === "notice")) || (data95 === "off"))){const err150 = {instancePath:instancePath+"/rules/certificate-weak",schemaPath:"#/properties/rules/properties/certificate-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-weak"].enum,parentSchema:schema31.properties.rules.properties["certificate-weak"],data:data95};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data79["mx-lookup-failed"] !== undefined){let data96 = data79["mx-lookup-failed"];if(!((((data96 === "error") || (data96 === "warning")) || (data96 === "notice")) || (data96 === "off"))){const err151 = {instancePath:instancePath+"/rules/mx-lookup-failed",schemaPath:"#/properties/rules/properties/mx-lookup-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mx-lookup-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mx-lookup-failed"].enum,parentSchema:schema31.properties.rules.properties["mx-lookup-failed"],data:data96};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}if(data79["mta-sts-missing"] !== undefined){let data97 = data79["mta-sts-missing"];if(!((((data97 === "error") || (data97 === "warning")) || (data97 === "notice")) || (data97 === "off"))){const err152 = {instancePath:instancePath+"/rules/mta-sts-missing",schemaPath:"#/properties/rules/properties/mta-sts-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-missing"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-missing"],data:data97};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}if(data79["mta-sts-invalid"] !== undefined){let data98 = data79["mta-sts-invalid"];if(!((((data98 === "error") || (data98 === "warning")) || (data98 === "notice")) || (data98 === "off"))){const err153 = {instancePath:instancePath+"/rules/mta-sts-invalid",schemaPath:"#/properties/rules/properties/mta-sts-invalid/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-invalid"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-invalid"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-invalid"],data:data98};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}if(data79["mta-sts-not-enforcing"] !== undefined){let data99 = data79["mta-sts-not-enforcing"];if(!((((data99 === "error") || (data99 === "warning")) || (data99 === "notice")) || (data99 === "off"))){const err154 = {instancePath:instancePath+"/rules/mta-sts-not-enforcing",schemaPath:"#/properties/rules/properties/mta-sts-not-enforcing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-not-enforcing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-not-enforcing"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-not-enforcing"],data:data99};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}if(data79["mta-sts-mx-not-covered"] !== undefined){let data100 = data79["mta-sts-mx-not-covered"];if(!((((data100 === "error") || (data100 === "warning")) || (data100 === "notice")) || (data100 === "off"))){const err155 = {instancePath:instancePath+"/rules/mta-sts-mx-not-covered",schemaPath:"#/properties/rules/properties/mta-sts-mx-not-covered/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-mx-not-covered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-mx-not-covered"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-mx-not-covered"],data:data100};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data79["tls-rpt-missing"] !== undefined){let data101 = data79["tls-rpt-missing"];if(!((((data101 === "error") || (data101 === "warning")) || (data101 === "notice")) || (data101 === "off"))){const err156 = {instancePath:instancePath+"/rules/tls-rpt-missing",schemaPath:"#/properties/rules/properties/tls-rpt-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-rpt-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-rpt-missing"].enum,parentSchema:schema31.properties.rules.properties["tls-rpt-missing"],data:data101};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data79["waiver-expired"] !== undefined){let data102 = data79["waiver-expired"];if(!((((data102 === "error") || (data102 === "warning")) || (data102 === "notice")) || (data102 === "off"))){const err157 = {instancePath:instancePath+"/rules/waiver-expired",schemaPath:"#/properties/rules/properties/waiver-expired/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["waiver-expired"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["waiver-expired"].enum,parentSchema:schema31.properties.rules.properties["waiver-expired"],data:data102};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data79["service-busy"] !== undefined){let data103 = data79["service-busy"];if(!((((data103 === "error") || (data103 === "warning")) || (data103 === "notice")) || (data103 === "off"))){const err158 = {instancePath:instancePath+"/rules/service-busy",schemaPath:"#/properties/rules/properties/service-busy/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["service-busy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["service-busy"].enum,parentSchema:schema31.properties.rules.properties["service-busy"],data:data103};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data79["dns-targets-skipped"] !== undefined){let data104 = data79["dns-targets-skipped"];if(!((((data104 === "error") || (data104 === "warning")) || (data104 === "notice")) || (data104 === "off"))){const err159 = {instancePath:instancePath+"/rules/dns-targets-skipped",schemaPath:"#/properties/rules/properties/dns-targets-skipped/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dns-targets-skipped"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dns-targets-skipped"].enum,parentSchema:schema31.properties.rules.properties["dns-targets-skipped"],data:data104};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data79["runner-network-limited"] !== undefined){let data105 = data79["runner-network-limited"];if(!((((data105 === "error") || (data105 === "warning")) || (data105 === "notice")) || (data105 === "off"))){const err160 = {instancePath:instancePath+"/rules/runner-network-limited",schemaPath:"#/properties/rules/properties/runner-network-limited/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["runner-network-limited"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["runner-network-limited"].enum,parentSchema:schema31.properties.rules.properties["runner-network-limited"],data:data105};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data79["check-inconclusive"] !== undefined){let data106 = data79["check-inconclusive"];if(!((((data106 === "error") || (data106 === "warning")) || (data106 === "notice")) || (data106 === "off"))){const err161 = {instancePath:instancePath+"/rules/check-inconclusive",schemaPath:"#/properties/rules/properties/check-inconclusive/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["check-inconclusive"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["check-inconclusive"].enum,parentSchema:schema31.properties.rules.properties["check-inconclusive"],data:data106};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}}if(data79["tls-cipher-weak"] !== undefined){let data107 = data79["tls-cipher-weak"];if(!((((data107 === "error") || (data107 === "warning")) || (data107 === "notice")) || (data107 === "off"))){const err162 = {instancePath:instancePath+"/rules/tls-cipher-weak",schemaPath:"#/properties/rules/properties/tls-cipher-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-cipher-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-cipher-weak"].enum,parentSchema:schema31.properties.rules.properties["tls-cipher-weak"],data:data107};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data79["tls-cipher-anonymous"] !== undefined){let data108 = data79["tls-cipher-anonymous"];if(!((((data108 === "error") || (data108 === "warning")) || (data108 === "notice")) || (data108 === "off"))){const err163 = {instancePath:instancePath+"/rules/tls-cipher-anonymous",schemaPath:"#/properties/rules/properties/tls-cipher-anonymous/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-cipher-anonymous"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-cipher-anonymous"].enum,parentSchema:schema31.properties.rules.properties["tls-cipher-anonymous"],data:data108};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}if(data79["tls-forward-secrecy-missing"] !== undefined){let data109 = data79["tls-forward-secrecy-missing"];if(!((((data109 === "error") || (data109 === "warning")) || (data109 === "notice")) || (data109 === "off"))){const err164 = {instancePath:instancePath+"/rules/tls-forward-secrecy-missing",schemaPath:"#/properties/rules/properties/tls-forward-secrecy-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-forward-secrecy-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-forward-secrecy-missing"].enum,parentSchema:schema31.properties.rules.properties["tls-forward-secrecy-missing"],data:data109};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data79["tls-dh-weak"] !== undefined){let data110 = data79["tls-dh-weak"];if(!((((data110 === "error") || (data110 === "warning")) || (data110 === "notice")) || (data110 === "off"))){const err165 = {instancePath:instancePath+"/rules/tls-dh-weak",schemaPath:"#/properties/rules/properties/tls-dh-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-dh-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-dh-weak"].enum,parentSchema:schema31.properties.rules.properties["tls-dh-weak"],data:data110};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data79["dane-missing"] !== undefined){let data111 = data79["dane-missing"];if(!((((data111 === "error") || (data111 === "warning")) || (data111 === "notice")) || (data111 === "off"))){const err166 = {instancePath:instancePath+"/rules/dane-missing",schemaPath:"#/properties/rules/properties/dane-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dane-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dane-missing"].enum,parentSchema:schema31.properties.rules.properties["dane-missing"],data:data111};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}if(data79["dane-mismatch"] !== undefined){let data112 = data79["dane-mismatch"];if(!((((data112 === "error") || (data112 === "warning")) || (data112 === "notice")) || (data112 === "off"))){const err167 = {instancePath:instancePath+"/rules/dane-mismatch",schemaPath:"#/properties/rules/properties/dane-mismatch/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dane-mismatch"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dane-mismatch"].enum,parentSchema:schema31.properties.rules.properties["dane-mismatch"],data:data112};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data79["dnssec-insecure"] !== undefined){let data113 = data79["dnssec-insecure"];if(!((((data113 === "error") || (data113 === "warning")) || (data113 === "notice")) || (data113 === "off"))){const err168 = {instancePath:instancePath+"/rules/dnssec-insecure",schemaPath:"#/properties/rules/properties/dnssec-insecure/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dnssec-insecure"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dnssec-insecure"].enum,parentSchema:schema31.properties.rules.properties["dnssec-insecure"],data:data113};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}if(data79["dane-unusable"] !== undefined){let data114 = data79["dane-unusable"];if(!((((data114 === "error") || (data114 === "warning")) || (data114 === "notice")) || (data114 === "off"))){const err169 = {instancePath:instancePath+"/rules/dane-unusable",schemaPath:"#/properties/rules/properties/dane-unusable/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dane-unusable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dane-unusable"].enum,parentSchema:schema31.properties.rules.properties["dane-unusable"],data:data114};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}}else {const err170 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.type,parentSchema:schema31.properties.rules,data:data79};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data.waivers !== undefined){let data115 = data.waivers;if(Array.isArray(data115)){const len5 = data115.length;for(let i5=0; i5<len5; i5++){let data116 = data115[i5];if(data116 && typeof data116 == "object" && !Array.isArray(data116)){if(data116.rule === undefined){const err171 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}if(data116.host === undefined){const err172 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}if(data116.reason === undefined){const err173 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}if(data116.expires === undefined){const err174 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}for(const key18 in data116){if(!(((((key18 === "rule") || (key18 === "host")) || (key18 === "port")) || (key18 === "reason")) || (key18 === "expires"))){const err175 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data116.rule !== undefined){let data117 = data116.rule;if(!(((((((((((((((((((((((((((((((((((data117 === "required-service-unreachable") || (data117 === "forbidden-service-reachable")) || (data117 === "service-misbehaving")) || (data117 === "tls-handshake-failed")) || (data117 === "starttls-not-offered")) || (data117 === "starttls-failed")) || (data117 === "plaintext-auth-offered")) || (data117 === "starttls-command-injection")) || (data117 === "http-not-redirected")) || (data117 === "tls-version-legacy")) || (data117 === "tls13-not-supported")) || (data117 === "certificate-untrusted")) || (data117 === "certificate-name-mismatch")) || (data117 === "certificate-expired")) || (data117 === "certificate-expiring")) || (data117 === "certificate-weak")) || (data117 === "mx-lookup-failed")) || (data117 === "mta-sts-missing")) || (data117 === "mta-sts-invalid")) || (data117 === "mta-sts-not-enforcing")) || (data117 === "mta-sts-mx-not-covered")) || (data117 === "tls-rpt-missing")) || (data117 === "waiver-expired")) || (data117 === "service-busy")) || (data117 === "dns-targets-skipped")) || (data117 === "runner-network-limited")) || (data117 === "check-inconclusive")) || (data117 === "tls-cipher-weak")) || (data117 === "tls-cipher-anonymous")) || (data117 === "tls-forward-secrecy-missing")) || (data117 === "tls-dh-weak")) || (data117 === "dane-missing")) || (data117 === "dane-mismatch")) || (data117 === "dnssec-insecure")) || (data117 === "dane-unusable"))){const err176 = {instancePath:instancePath+"/waivers/" + i5+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/enum",keyword:"enum",params:{allowedValues: schema31.properties.waivers.items.properties.rule.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.waivers.items.properties.rule.enum,parentSchema:schema31.properties.waivers.items.properties.rule,data:data117};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data116.host !== undefined){let data118 = data116.host;if(typeof data118 === "string"){if(func1(data118) > 254){const err177 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.waivers.items.properties.host,data:data118};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}if(func1(data118) < 1){const err178 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.waivers.items.properties.host,data:data118};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}if(!pattern5.test(data118)){const err179 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$",parentSchema:schema31.properties.waivers.items.properties.host,data:data118};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}else {const err180 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.host.type,parentSchema:schema31.properties.waivers.items.properties.host,data:data118};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data116.port !== undefined){let data119 = data116.port;if(!(((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119))) && (isFinite(data119)))){const err181 = {instancePath:instancePath+"/waivers/" + i5+"/port",schemaPath:"#/properties/waivers/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.waivers.items.properties.port.type,parentSchema:schema31.properties.waivers.items.properties.port,data:data119};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}if((typeof data119 == "number") && (isFinite(data119))){if(data119 > 65535 || isNaN(data119)){const err182 = {instancePath:instancePath+"/waivers/" + i5+"/port",schemaPath:"#/properties/waivers/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.waivers.items.properties.port,data:data119};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}if(data119 < 1 || isNaN(data119)){const err183 = {instancePath:instancePath+"/waivers/" + i5+"/port",schemaPath:"#/properties/waivers/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.waivers.items.properties.port,data:data119};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}}if(data116.reason !== undefined){let data120 = data116.reason;if(typeof data120 === "string"){if(!pattern12.test(data120)){const err184 = {instancePath:instancePath+"/waivers/" + i5+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31.properties.waivers.items.properties.reason,data:data120};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}else {const err185 = {instancePath:instancePath+"/waivers/" + i5+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.reason.type,parentSchema:schema31.properties.waivers.items.properties.reason,data:data120};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data116.expires !== undefined){let data121 = data116.expires;if(typeof data121 === "string"){if(!pattern13.test(data121)){const err186 = {instancePath:instancePath+"/waivers/" + i5+"/expires",schemaPath:"#/properties/waivers/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema31.properties.waivers.items.properties.expires,data:data121};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}else {const err187 = {instancePath:instancePath+"/waivers/" + i5+"/expires",schemaPath:"#/properties/waivers/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.expires.type,parentSchema:schema31.properties.waivers.items.properties.expires,data:data121};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}}else {const err188 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.waivers.items.type,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}}else {const err189 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.waivers.type,parentSchema:schema31.properties.waivers,data:data115};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}}else {const err190 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
const schema = schema31;
const definitions = [[["properties","defaults","properties","tls","properties","min-version"],"tlsVersion"],[["properties","defaults","properties","tls"],"tls"],[["properties","defaults","properties","certificate"],"certificate"],[["properties","defaults","properties","timeout"],"duration"],[["properties","defaults","properties","addresses"],"addresses"],[["properties","hosts","items","properties","host"],"hostName"],[["properties","hosts","items","properties","require","items","oneOf",0],"serviceName"],[["properties","hosts","items","properties","require","items","oneOf",1,"properties","service"],"serviceName"],[["properties","hosts","items","properties","require","items","oneOf",1,"properties","port"],"port"],[["properties","hosts","items","properties","require","items","oneOf",1,"properties","tls","properties","min-version"],"tlsVersion"],[["properties","hosts","items","properties","require","items","oneOf",1,"properties","tls"],"tls"],[["properties","hosts","items","properties","require","items","oneOf",1,"properties","certificate"],"certificate"],[["properties","hosts","items","properties","require","items","oneOf",1,"properties","timeout"],"duration"],[["properties","hosts","items","properties","require","items","oneOf",1],"serviceMapping"],[["properties","hosts","items","properties","require","items"],"serviceItem"],[["properties","hosts","items","properties","require"],"serviceList"],[["properties","hosts","items","properties","forbid","items","oneOf",0],"serviceName"],[["properties","hosts","items","properties","forbid","items","oneOf",1,"properties","service"],"serviceName"],[["properties","hosts","items","properties","forbid","items","oneOf",1,"properties","port"],"port"],[["properties","hosts","items","properties","forbid","items","oneOf",1,"properties","timeout"],"duration"],[["properties","hosts","items","properties","forbid","items","oneOf",1],"forbiddenServiceMapping"],[["properties","hosts","items","properties","forbid","items"],"forbiddenServiceItem"],[["properties","hosts","items","properties","forbid"],"forbiddenServiceList"],[["properties","hosts","items","properties","tls","properties","min-version"],"tlsVersion"],[["properties","hosts","items","properties","tls"],"tls"],[["properties","hosts","items","properties","certificate"],"certificate"],[["properties","hosts","items","properties","timeout"],"duration"],[["properties","hosts","items","properties","addresses"],"addresses"],[["properties","hosts","items","properties","rules","properties","required-service-unreachable"],"severity"],[["properties","hosts","items","properties","rules","properties","forbidden-service-reachable"],"severity"],[["properties","hosts","items","properties","rules","properties","service-misbehaving"],"severity"],[["properties","hosts","items","properties","rules","properties","tls-handshake-failed"],"severity"],[["properties","hosts","items","properties","rules","properties","starttls-not-offered"],"severity"],[["properties","hosts","items","properties","rules","properties","starttls-failed"],"severity"],[["properties","hosts","items","properties","rules","properties","plaintext-auth-offered"],"severity"],[["properties","hosts","items","properties","rules","properties","starttls-command-injection"],"severity"],[["properties","hosts","items","properties","rules","properties","http-not-redirected"],"severity"],[["properties","hosts","items","properties","rules","properties","tls-version-legacy"],"severity"],[["properties","hosts","items","properties","rules","properties","tls13-not-supported"],"severity"],[["properties","hosts","items","properties","rules","properties","certificate-untrusted"],"severity"],[["properties","hosts","items","properties","rules","properties","certificate-name-mismatch"],"severity"],[["properties","hosts","items","properties","rules","properties","certificate-expired"],"severity"],[["properties","hosts","items","properties","rules","properties","certificate-expiring"],"severity"],[["properties","hosts","items","properties","rules","properties","certificate-weak"],"severity"],[["properties","hosts","items","properties","rules","properties","service-busy"],"severity"],[["properties","hosts","items","properties","rules","properties","runner-network-limited"],"severity"],[["properties","hosts","items","properties","rules","properties","check-inconclusive"],"severity"],[["properties","hosts","items","properties","rules","properties","tls-cipher-weak"],"severity"],[["properties","hosts","items","properties","rules","properties","tls-cipher-anonymous"],"severity"],[["properties","hosts","items","properties","rules","properties","tls-forward-secrecy-missing"],"severity"],[["properties","hosts","items","properties","rules","properties","tls-dh-weak"],"severity"],[["properties","hosts","items","properties","rules"],"hostRuleSeverities"],[["properties","hosts","items"],"host"],[["properties","domains","items","properties","domain"],"domainName"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",0],"serviceName"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",1,"properties","service"],"serviceName"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",1,"properties","port"],"port"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",1,"properties","tls","properties","min-version"],"tlsVersion"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",1,"properties","tls"],"tls"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",1,"properties","certificate"],"certificate"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",1,"properties","timeout"],"duration"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",1],"serviceMapping"],[["properties","domains","items","properties","mx","properties","require","items"],"serviceItem"],[["properties","domains","items","properties","mx","properties","require"],"serviceList"],[["properties","domains","items"],"domain"],[["properties","rules","properties","required-service-unreachable"],"severity"],[["properties","rules","properties","forbidden-service-reachable"],"severity"],[["properties","rules","properties","service-misbehaving"],"severity"],[["properties","rules","properties","tls-handshake-failed"],"severity"],[["properties","rules","properties","starttls-not-offered"],"severity"],[["properties","rules","properties","starttls-failed"],"severity"],[["properties","rules","properties","plaintext-auth-offered"],"severity"],[["properties","rules","properties","starttls-command-injection"],"severity"],[["properties","rules","properties","http-not-redirected"],"severity"],[["properties","rules","properties","tls-version-legacy"],"severity"],[["properties","rules","properties","tls13-not-supported"],"severity"],[["properties","rules","properties","certificate-untrusted"],"severity"],[["properties","rules","properties","certificate-name-mismatch"],"severity"],[["properties","rules","properties","certificate-expired"],"severity"],[["properties","rules","properties","certificate-expiring"],"severity"],[["properties","rules","properties","certificate-weak"],"severity"],[["properties","rules","properties","mx-lookup-failed"],"severity"],[["properties","rules","properties","mta-sts-missing"],"severity"],[["properties","rules","properties","mta-sts-invalid"],"severity"],[["properties","rules","properties","mta-sts-not-enforcing"],"severity"],[["properties","rules","properties","mta-sts-mx-not-covered"],"severity"],[["properties","rules","properties","tls-rpt-missing"],"severity"],[["properties","rules","properties","waiver-expired"],"severity"],[["properties","rules","properties","service-busy"],"severity"],[["properties","rules","properties","dns-targets-skipped"],"severity"],[["properties","rules","properties","runner-network-limited"],"severity"],[["properties","rules","properties","check-inconclusive"],"severity"],[["properties","rules","properties","tls-cipher-weak"],"severity"],[["properties","rules","properties","tls-cipher-anonymous"],"severity"],[["properties","rules","properties","tls-forward-secrecy-missing"],"severity"],[["properties","rules","properties","tls-dh-weak"],"severity"],[["properties","rules","properties","dane-missing"],"severity"],[["properties","rules","properties","dane-mismatch"],"severity"],[["properties","rules","properties","dnssec-insecure"],"severity"],[["properties","rules","properties","dane-unusable"],"severity"],[["properties","rules"],"ruleSeverities"],[["properties","waivers","items","properties","rule"],"ruleId"],[["properties","waivers","items","properties","host"],"hostName"],[["properties","waivers","items","properties","port"],"port"],[["properties","waivers","items"],"waiver"]];

;// CONCATENATED MODULE: ./src/policy/schema-validate.ts

/** The `$defs` name each inlined schema object came from (filled on first use). */
let definitionNames;
function definitionNameOf(node) {
    if (typeof node !== 'object' || node === null)
        return undefined;
    definitionNames ??= locateDefinitions();
    return definitionNames.get(node);
}
function locateDefinitions() {
    const names = new WeakMap();
    for (const [path, name] of definitions) {
        let node = schema;
        for (const step of path)
            node = node[step];
        if (typeof node !== 'object' || node === null)
            throw new Error(`generated-schema-validator.js: no schema at ${path.join('/')}`);
        names.set(node, name);
    }
    return names;
}
function validateAgainstSchema(value) {
    return validate(value) ? [] : [...(validate.errors ?? [])];
}

;// CONCATENATED MODULE: ./src/policy/schema-messages.ts





/** What an enum definition's values are called in messages ("not a known service"). */
const ENUM_NOUNS = {
    serviceName: 'service',
    ruleId: 'rule',
    severity: 'severity',
    tlsVersion: 'TLS version',
    addresses: 'address selection',
};
function schemaProblems(errors, root, locator) {
    const issues = collapseAlternatives(errors).map((error) => toIssue(error, root));
    // One issue per value: the most useful of those ajv found for it.
    const byPlace = new Map();
    const missing = new Map();
    for (const issue of issues) {
        const place = JSON.stringify(issue.path);
        if (issue.category === 'missing-key') {
            const seen = missing.get(place);
            if (seen === undefined)
                missing.set(place, issue);
            else
                seen.keys.push(...issue.keys.filter((k) => !seen.keys.includes(k)));
            continue;
        }
        const id = `${issue.category}:${place}:${issue.keys.join('/')}`;
        const seen = byPlace.get(id);
        if (seen === undefined || issue.rank < seen.rank)
            byPlace.set(id, issue);
    }
    const problems = [];
    for (const issue of byPlace.values()) {
        const location = issue.category === 'unknown-key' ? locator.key([...issue.path, issue.keys[0]]) : locator.value(issue.path);
        problems.push({ location, message: issue.message });
    }
    // A missing key that a misspelt key next to it explains ("hots" for "host") is said once.
    const typos = new Map(); // place → keys the misspelt keys there suggest
    for (const other of byPlace.values()) {
        if (other.category !== 'unknown-key' || other.suggestion === undefined)
            continue;
        const place = JSON.stringify(other.path);
        const set = typos.get(place) ?? new Set();
        set.add(other.suggestion);
        typos.set(place, set);
    }
    for (const [place, issue] of missing) {
        const explained = typos.get(place);
        const keys = issue.keys.filter((key) => explained === undefined || !explained.has(key));
        if (keys.length === 0)
            continue;
        const list = keys.map((k) => `'${k}'`).join(' and ');
        problems.push({
            location: locator.value(issue.path),
            message: `${subjectOf(issue.path)} is missing required key${keys.length > 1 ? 's' : ''} ${list}`,
        });
    }
    return problems;
}
/**
 * For each failed oneOf/anyOf (outermost first), keep only the errors of the branch whose
 * type fits the value written; when none fits, one error saying what was expected.
 *
 * Errors are indexed once by every instance path they sit at or under, so each alternative
 * looks only at the errors about its own value: linear in the number of errors, not square.
 */
function collapseAlternatives(errors) {
    // Where each surviving error stands in the result; kept errors move to the end, in order.
    const order = new Map();
    let next = 0;
    for (const error of errors)
        order.set(error, next++);
    const alternatives = errors
        .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
        .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
    if (alternatives.length === 0)
        return errors;
    // Instance path of an alternative → the errors at or inside it.
    const under = new Map(alternatives.map((a) => [a.instancePath, []]));
    for (const error of errors) {
        const pointer = error.instancePath;
        for (let cut = pointer.length; cut >= 0; cut = cut === 0 ? -1 : pointer.lastIndexOf('/', cut - 1)) {
            under.get(cut === pointer.length ? pointer : pointer.slice(0, cut))?.push(error);
        }
    }
    for (const alternative of alternatives) {
        if (!order.has(alternative))
            continue; // part of an outer branch already dropped
        const prefix = `${alternative.schemaPath}/`;
        const branches = (Array.isArray(alternative.schema) ? alternative.schema : []);
        // The same schema checks every item of a list: a branch error belongs to this
        // alternative only if it is also about this value or something inside it.
        const within = (under.get(alternative.instancePath) ?? []).filter((e) => order.has(e) && e.schemaPath.startsWith(prefix));
        const byBranch = new Map();
        for (const error of within) {
            const rest = error.schemaPath.slice(prefix.length);
            const slash = rest.indexOf('/');
            if (slash <= 0)
                continue;
            const index = Number(rest.slice(0, slash));
            const list = byBranch.get(index);
            if (list === undefined)
                byBranch.set(index, [error]);
            else
                list.push(error);
        }
        const inBranch = (index) => byBranch.get(index) ?? [];
        const fitting = branches.map((_, i) => i).filter((i) => typeFits(branches[i], alternative.data));
        const parent = (alternative.parentSchema ?? {});
        let kept;
        if (fitting.length === 1) {
            kept = inBranch(fitting[0]);
        }
        else if (fitting.length > 1 && typeof parent['errorMessage'] !== 'string') {
            const counts = fitting.map((i) => inBranch(i).length);
            const best = fitting[counts.indexOf(Math.min(...counts))];
            kept = inBranch(best);
        }
        else {
            kept = [];
        }
        if (kept.length === 0) {
            // No branch fits the kind of value written (or each fails for its own reason): say
            // what the place takes, as a whole.
            kept = [{ ...alternative, keyword: 'alternatives', params: { branches } }];
        }
        order.delete(alternative);
        for (const error of within)
            order.delete(error);
        for (const error of kept)
            order.set(error, next++);
    }
    return [...order].sort((a, b) => a[1] - b[1]).map(([error]) => error);
}
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function typeFits(schema, value) {
    const actual = jsonType(value);
    const fits = (t) => t === actual || (t === 'number' && actual === 'integer');
    const type = schema['type'];
    if (typeof type === 'string')
        return fits(type);
    if (Array.isArray(type))
        return type.some((t) => fits(String(t)));
    const values = Array.isArray(schema['enum']) ? schema['enum'] : 'const' in schema ? [schema['const']] : undefined;
    if (values !== undefined)
        return values.some((v) => fits(jsonType(v)));
    return true;
}
const TYPE_WORDS = {
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    null: 'empty',
};
function toIssue(error, root) {
    const path = pointerToPath(error.instancePath, root);
    const subject = subjectOf(path);
    const schema = (error.parentSchema ?? {});
    const custom = typeof schema['errorMessage'] === 'string' ? schema['errorMessage'] : undefined;
    const found = `; found ${describeValue(error.data)}`;
    const value = (rank, message) => ({ category: 'value', path, keys: [], rank, message });
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const known = Object.keys((schema['properties'] ?? {}));
            const definition = definitionNameOf(schema);
            if (definition === 'hostRuleSeverities' && isRuleId(key)) {
                const message = `rule '${key}' in ${subject} judges a domain or the policy itself, not this host's endpoints; set its severity in the top-level rules`;
                return { category: 'unknown-key', path, keys: [key], rank: 0, message };
            }
            const misplaced = misplacedKeyHint(key, definition, known);
            const suggestion = misplaced === undefined ? (0,suggest/* closestMatch */.h0)(key, known) : undefined;
            const hint = misplaced ?? (0,suggest/* didYouMean */.au)(suggestion);
            const message = definition === 'ruleSeverities' || definition === 'hostRuleSeverities'
                ? `unknown rule '${clip(key)}' in ${subject}${hint}`
                : `unknown key '${clip(key)}' in ${subject}${hint}`;
            return { category: 'unknown-key', path, keys: [key], rank: 0, message, ...(suggestion ? { suggestion } : {}) };
        }
        case 'required': {
            const key = String(error.params.missingProperty);
            return { category: 'missing-key', path, keys: [key], rank: 0, message: '' };
        }
        case 'type': {
            const expected = String(error.params.type)
                .split(',')
                .map((t) => TYPE_WORDS[t] ?? t)
                .join(' or ');
            return value(1, `${subject} ${custom ?? `must be ${expected}`}${found}`);
        }
        case 'alternatives': {
            const branches = error.params.branches;
            const expected = branches.map((b) => String(b['title'] ?? TYPE_WORDS[String(b['type'])] ?? 'something else'));
            return value(1, `${subject} ${custom ?? `must be ${expected.join(' or ')}`}${found}`);
        }
        case 'const':
            return value(2, `${subject} ${custom ?? `must be ${JSON.stringify(schema['const'])}`}${found}`);
        case 'enum': {
            const allowed = [...new Set(error.params.allowedValues.map(formatAllowed))];
            const name = definitionNameOf(schema);
            const noun = (name !== undefined ? ENUM_NOUNS[name] : undefined) ?? String(schema['title'] ?? 'value');
            const written = typeof error.data === 'string' ? `'${clip(error.data)}'` : describeValue(error.data);
            // A version number is not a typo of its neighbours ("1.4" is one edit from each of them).
            const hint = name === 'tlsVersion' ? newestVersionHint(error.data, allowed) : typeof error.data === 'string' ? (0,suggest/* didYouMean */.au)((0,suggest/* closestMatch */.h0)(error.data, allowed)) : '';
            return value(2, `${written} is not a known ${noun}; expected one of ${allowed.join(', ')}${hint}`);
        }
        case 'pattern': {
            const name = definitionNameOf(schema);
            const text = String(error.data);
            if (name === 'hostName')
                return value(3, `${subject} '${clip(text)}' ${(0,host_mistakes/* describeHostMistake */.U2)(text)}`);
            if (name === 'domainName')
                return value(3, `${subject} '${clip(text)}' ${(0,host_mistakes/* describeDomainMistake */.mS)(text)}`);
            const explained = typeof schema['patternErrorMessage'] === 'string' ? schema['patternErrorMessage'] : custom;
            return value(3, `${subject} ${explained ?? 'is not in the expected form'}${found}`);
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const { comparison, limit } = error.params;
            const words = comparison === '>=' ? 'at least' : comparison === '<=' ? 'at most' : comparison === '>' ? 'more than' : 'less than';
            return value(4, `${subject} ${custom ?? `must be ${words} ${limit}`}${found}`);
        }
        case 'minLength':
            return value(4, error.params.limit === 1
                ? `${subject} must not be empty`
                : `${subject} must be at least ${error.params.limit} characters long`);
        case 'maxLength':
            return value(4, `${subject} must be at most ${error.params.limit} characters long`);
        default:
            return value(5, `${subject} ${error.message ?? 'is not valid'}`);
    }
}
function formatAllowed(value) {
    // TLS versions are also accepted as YAML numbers (1.2); list each once, as text.
    return typeof value === 'number' ? value.toFixed(Number.isInteger(value) ? 1 : String(value).split('.')[1].length) : String(value);
}
/** "; 1.3 is the newest" for a TLS version above every known one ("1.4", 2), else nothing. */
function newestVersionHint(data, allowed) {
    const written = typeof data === 'number' ? data : typeof data === 'string' ? Number(data) : Number.NaN;
    const newest = allowed[allowed.length - 1];
    return Number.isFinite(written) && written > Number(newest) ? `; ${newest} is the newest` : '';
}

;// CONCATENATED MODULE: ./src/policy/decode-text.ts
// From bytes (or a string) to policy text: size limit, strict UTF-8, and no control
// characters. A problem here stops loading; nothing after it could be trusted to locate.

function decodePolicyText(source) {
    const size = typeof source === 'string' ? Buffer.byteLength(source, 'utf8') : source.byteLength;
    if (size > MAX_POLICY_BYTES) {
        return {
            ok: false,
            line: 1,
            column: 1,
            // The caller may have stopped reading just past the limit, so `size` is a lower bound
            // at best: name the limit, not a size the file may not have.
            message: `the policy file is larger than 1 MiB (the limit)`,
        };
    }
    let text;
    if (typeof source === 'string') {
        text = source;
    }
    else {
        const bad = firstInvalidUtf8(source);
        if (bad !== undefined) {
            const { line, column } = byteOffsetToPosition(source, bad);
            const hex = source[bad].toString(16).toUpperCase().padStart(2, '0');
            return { ok: false, line, column, message: `the policy is not valid UTF-8 (byte 0x${hex}); save it as UTF-8` };
        }
        // fatal: the scan above should have caught every bad byte; if it ever misses one, the
        // decoder throws and the caller's last-resort handler reports it rather than guessing.
        text = new TextDecoder('utf-8', { fatal: true }).decode(source);
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1); // a BOM is harmless; drop it
    const control = firstForbiddenCharacter(text);
    if (control !== undefined) {
        const { line, column } = charOffsetToPosition(text, control.offset);
        return { ok: false, line, column, message: `${control.name} is not allowed in a policy file` };
    }
    return { ok: true, text };
}
/**
 * Offset of the first byte of the first ill-formed sequence (Unicode's table of well-formed
 * UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF), or undefined.
 * TextDecoder's fatal mode says only that something is wrong, not where.
 */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i += 1;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0;
            if (b === 0xed)
                hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90;
            if (b === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        if (i + need >= bytes.length)
            return i; // truncated at the end of the file
        const second = bytes[i + 1];
        if (second < lo || second > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const c = bytes[i + k];
            if (c < 0x80 || c > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return undefined;
}
/** Line and column (in UTF-16 units, as editors and the YAML parser count) of a byte offset. */
function byteOffsetToPosition(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line += 1;
            lineStart = i + 1;
        }
    }
    // Everything before `offset` is valid UTF-8, so it decodes exactly.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
    // A BOM on the first line is not counted by editors, nor by us once decoded.
    const prefix = line === 1 && before.charCodeAt(0) === 0xfeff ? before.slice(1) : before;
    return { line, column: prefix.length + 1 };
}
/** Line and column (both 1-based) of a character offset into text. */
function charOffsetToPosition(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/**
 * YAML allows tab, LF, CR and printable characters only. NUL and other controls usually mean
 * a binary or mis-encoded file, and they would end up in messages and logs.
 */
function firstForbiddenCharacter(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x20 && c < 0x7f)
            continue;
        if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x85)
            continue;
        if (c >= 0xa0 && c < 0xd800)
            continue;
        if (c >= 0xd800 && c <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                i += 1;
                continue;
            }
            return { offset: i, name: 'an unpaired surrogate' };
        }
        if (c >= 0xdc00 && c <= 0xdfff)
            return { offset: i, name: 'an unpaired surrogate' };
        if (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)
            continue;
        if (c === 0)
            return { offset: i, name: 'a NUL byte' };
        const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
        if (c === 0xfeff)
            return { offset: i, name: `a byte order mark (${code}) after the start of the file` };
        return { offset: i, name: `the control character ${code}` };
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/policy/anchors.ts
// Which node each alias stands for. yaml's own Alias.resolve searches the whole document on
// every call; an alias bomb makes hundreds of thousands of calls, so this indexes the
// anchors once and answers each alias from the index.

class AliasResolver {
    anchors = new Map();
    aliases = [];
    constructor(root) {
        for (const node of allNodes(root)) {
            if ((0,dist/* isAlias */.Vj)(node)) {
                this.aliases.push(node);
                continue;
            }
            const name = node.anchor;
            if (name === undefined || node.range == null)
                continue;
            const list = this.anchors.get(name) ?? [];
            list.push({ offset: node.range[0], node });
            this.anchors.set(name, list);
        }
        for (const list of this.anchors.values())
            list.sort((a, b) => a.offset - b.offset);
    }
    /** The node of the last anchor of that name before the alias, as YAML defines it. */
    resolve(alias) {
        const list = this.anchors.get(alias.source);
        const at = alias.range?.[0] ?? Number.POSITIVE_INFINITY;
        if (list === undefined)
            return undefined;
        for (let i = list.length - 1; i >= 0; i--) {
            if (list[i].offset < at)
                return list[i].node;
        }
        return undefined;
    }
    /** The first alias (in file order) that names no earlier anchor. */
    firstUnresolved() {
        return this.aliases
            .filter((alias) => this.resolve(alias) === undefined)
            .sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0))[0];
    }
    get hasAliases() {
        return this.aliases.length > 0;
    }
}
/** Every node as written (aliases not followed), without recursion. */
function* allNodes(root) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node === null || node === undefined)
            continue;
        yield node;
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items) {
                if ((0,dist/* isPair */.tO)(item))
                    stack.push(item.key, item.value);
                else
                    stack.push(item);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/policy/locate.ts
// Maps a path into the policy's value (as the schema validator and our checks see it) back to
// the place in the YAML text that wrote it, following aliases and merge keys.

class PolicyLocator {
    doc;
    lines;
    aliases;
    file;
    constructor(doc, lines, aliases, file) {
        this.doc = doc;
        this.lines = lines;
        this.aliases = aliases;
        this.file = file;
    }
    /** The location of a character offset into the text. */
    at(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
    /** Where the value at `path` is written; the nearest written ancestor if it is not. */
    value(path) {
        const steps = this.walk(path);
        for (let i = steps.length - 1; i >= 0; i--) {
            const step = steps[i];
            const node = step.value !== null && hasRange(step.value) ? step.value : step.key;
            if (node !== null && hasRange(node))
                return this.at(node.range[0]);
        }
        return this.at(0);
    }
    /** Where the key naming the last segment of `path` is written (the value for list items). */
    key(path) {
        const steps = this.walk(path);
        const last = steps.length === path.length ? steps[steps.length - 1] : undefined;
        if (last?.key != null && hasRange(last.key))
            return this.at(last.key.range[0]);
        return this.value(path);
    }
    /** The text a scalar at `path` was written as (aliases followed); undefined for others. */
    scalarSource(path) {
        const steps = this.walk(path);
        if (steps.length !== path.length)
            return undefined;
        const node = this.resolve(steps[steps.length - 1]?.written ?? null);
        return (0,dist/* isScalar */.jn)(node) && typeof node.source === 'string' ? node.source : undefined;
    }
    /** The root, as the walk starts from it. */
    rootLocation() {
        const root = this.doc.contents;
        return root !== null && hasRange(root) ? this.at(root.range[0]) : this.at(0);
    }
    /**
     * One step per segment reached; shorter than `path` when the text does not hold it. Once
     * the walk passes through an alias (or a `<<` merge), every later step is located at that
     * alias or merge key: the content belongs to the entry that used it, not to the anchor.
     */
    walk(path) {
        const steps = [];
        let current = this.doc.contents;
        let via = null;
        for (const segment of path) {
            if (via === null && current !== null && (0,dist/* isAlias */.Vj)(current) && hasRange(current))
                via = current;
            const container = this.resolve(current);
            let step;
            const index = typeof segment === 'number' ? segment : /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : -1;
            if ((0,dist/* isSeq */.oP)(container)) {
                const item = index >= 0 ? container.items[index] : undefined;
                if (item !== undefined)
                    step = { value: item ?? null, key: null, written: item ?? null };
            }
            else if ((0,dist/* isMap */.jh)(container)) {
                const found = this.findPair(container.items, String(segment), 0);
                if (found !== undefined) {
                    const value = found.pair.value ?? null;
                    step = { value, key: found.pair.key, written: value };
                    if (via === null && found.merge !== undefined && hasRange(found.merge))
                        via = found.merge;
                }
            }
            if (step === undefined)
                break;
            steps.push(via === null ? step : { value: via, key: via, written: step.written });
            current = step.written;
        }
        return steps;
    }
    resolve(node) {
        if (node !== null && (0,dist/* isAlias */.Vj)(node))
            return this.aliases.resolve(node) ?? null;
        return node;
    }
    /**
     * The pair that supplies `key`: written directly (which wins, as in the loaded value), or
     * else through a `<<` merge, with the `<<` key of `items` it came through. `depth` bounds
     * merge chains that merge further merges.
     */
    findPair(items, key, depth) {
        for (const pair of items) {
            if ((0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value !== 'symbol' && String(pair.key.value) === key) {
                return { pair };
            }
        }
        if (depth > 8)
            return undefined;
        for (const pair of items) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key) || typeof pair.key.value !== 'symbol')
                continue;
            const sources = (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items : [pair.value];
            for (const source of sources) {
                const merged = this.resolve(source);
                if ((0,dist/* isMap */.jh)(merged)) {
                    const found = this.findPair(merged.items, key, depth + 1);
                    if (found !== undefined)
                        return { pair: found.pair, merge: pair.key };
                }
            }
        }
        return undefined;
    }
}
function hasRange(node) {
    return Array.isArray(node.range);
}

;// CONCATENATED MODULE: ./src/policy/nesting-scan.ts
// A quick look at how deeply a text nests, before the YAML parser sees it. The parser is
// linear but slow per level (seconds for a file of nothing but '['), so blatant nesting is
// refused by this single pass; the exact check on the parsed syntax tree follows it.
//
// The count errs high (a '[' inside a plain scalar counts), never low, so it is used only
// with a generous limit.
function roughNestingOverflow(text, limit) {
    const indents = [];
    let flow = 0;
    let quote = '';
    let blockScalarIndent = -1; // while >= 0, lines indented deeper are block scalar content
    let lineStart = 0;
    while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1)
            lineEnd = text.length;
        let i = lineStart;
        let block = 0;
        if (flow === 0 && quote === '') {
            while (i < lineEnd && text[i] === ' ')
                i += 1;
            const indent = i - lineStart;
            const blank = i >= lineEnd || text[i] === '#' || text[i] === '\r';
            if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
                lineStart = lineEnd + 1;
                continue;
            }
            blockScalarIndent = -1;
            if (blank) {
                lineStart = lineEnd + 1;
                continue;
            }
            while (indents.length > 0 && indents[indents.length - 1] > indent)
                indents.pop();
            if (indents.length === 0 || indents[indents.length - 1] < indent)
                indents.push(indent);
            block = indents.length;
            // Compact nesting on one line: "- - - x" or "? - x".
            while (i + 1 <= lineEnd && (text[i] === '-' || text[i] === '?') && (i + 1 === lineEnd || text[i + 1] === ' ')) {
                block += 1;
                if (block > limit)
                    return i;
                i += 2;
                while (i < lineEnd && text[i] === ' ')
                    i += 1;
            }
            if (block > limit)
                return i;
            if (/(?:^|[:\-?]\s+)[|>][0-9+-]*\s*(?:#.*)?\r?$/.test(text.slice(i, lineEnd))) {
                blockScalarIndent = indent;
            }
        }
        for (; i < lineEnd; i++) {
            const c = text[i];
            if (quote === "'") {
                if (c === "'") {
                    if (text[i + 1] === "'")
                        i += 1;
                    else
                        quote = '';
                }
                continue;
            }
            if (quote === '"') {
                if (c === '\\')
                    i += 1;
                else if (c === '"')
                    quote = '';
                continue;
            }
            const before = i === lineStart ? ' ' : text[i - 1];
            if (c === '#' && (before === ' ' || before === '\t'))
                break;
            if ((c === "'" || c === '"') && ' \t[{,:-?'.includes(before))
                quote = c;
            else if (c === '[' || c === '{') {
                flow += 1;
                if (block + flow > limit)
                    return i;
            }
            else if ((c === ']' || c === '}') && flow > 0)
                flow -= 1;
        }
        lineStart = lineEnd + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/yaml-source.ts
// Policy text → one YAML document and its plain value, with every syntax problem located.
// Guards run before the expensive or recursive steps they protect: nesting depth before the
// composer (which recurses per level), alias expansion before anything walks the value.







function readYaml(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const where = (offset) => {
        const { line, col } = lines.linePos(offset);
        return { file, line, column: col };
    };
    const blatant = roughNestingOverflow(text, 2 * MAX_NESTING_DEPTH);
    if (blatant !== undefined) {
        // The parser's line counter has seen nothing yet; count lines here instead.
        return fail({ file, ...charOffsetToPosition(text, blatant) }, `the policy nests deeper than ${MAX_NESTING_DEPTH} levels`);
    }
    const tokens = Array.from(new dist/* Parser */.iX(lines.addNewLine).parse(text));
    const tooDeep = firstTooDeep(tokens);
    if (tooDeep !== undefined) {
        return fail(where(tooDeep), `the policy nests deeper than ${MAX_NESTING_DEPTH} levels`);
    }
    const composer = new dist/* Composer */.Dk({ uniqueKeys: true, merge: true, prettyErrors: false, strict: true });
    const docs = Array.from(composer.compose(tokens, true, text.length));
    const doc = docs[0];
    if (doc === undefined)
        return fail(where(0), 'the policy is empty; it must start with version: 1');
    const aliases = new AliasResolver(doc.contents);
    const locator = new PolicyLocator(doc, lines, aliases, file);
    const problems = [];
    let yamlErrors = [...doc.errors, ...doc.warnings];
    // An unclosed quote or bracket is noticed only at the end of the file (often twice, for
    // nested brackets): report it once, where it was opened.
    const unclosed = yamlErrors.filter(isUnclosedError);
    const opener = unclosed.length > 0 ? firstUnclosed(tokens) : undefined;
    if (opener !== undefined) {
        yamlErrors = yamlErrors.filter((error) => !isUnclosedError(error));
        problems.push({ location: where(opener.offset), message: opener.message });
    }
    // An over-indented key makes yaml report the key above it twice; say what is wrong, once,
    // at the over-indented key.
    for (const error of yamlErrors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY')) {
        const twin = yamlErrors.find((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY' && e.pos[0] === error.pos[0]);
        if (twin === undefined)
            continue;
        yamlErrors = yamlErrors.filter((e) => e !== error && e !== twin);
        problems.push({
            location: where(nextContentLine(text, error.pos[0])),
            message: 'this key is indented further than the key above it; keys of one mapping must start at the same column',
        });
    }
    for (const error of yamlErrors) {
        problems.push({ location: where(error.pos[0]), message: describeYamlError(error, text, doc, lines) });
    }
    if (docs.length > 1) {
        const second = docs[1];
        const start = second.range?.[0] ?? 0;
        problems.push({
            location: where(startOfSecondDocument(text, start)),
            message: 'a policy file holds one YAML document; found another one here',
        });
        // Problems in later documents would only distract: the file is wrong as a whole.
    }
    if (problems.length > 0)
        return { ok: false, problems };
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null && root.source === '')) {
        return fail(where(0), 'the policy is empty; it must start with version: 1');
    }
    const dangling = aliases.firstUnresolved();
    if (dangling !== undefined) {
        return fail(where(dangling.range?.[0] ?? 0), `alias *${clip(dangling.source)} refers to no anchor &${clip(dangling.source)} written before it`);
    }
    const bomb = aliases.hasAliases ? firstOverExpansion(doc, aliases) : undefined;
    if (bomb !== undefined)
        return fail(where(bomb.offset), bomb.message);
    // yaml would stringify a mapping or list used as a key (and print a warning doing so): no
    // policy key is anything but a plain word, so say so at the key instead.
    const collectionKey = firstCollectionKey(doc);
    if (collectionKey !== undefined)
        return fail(where(collectionKey), 'a key must be a plain word, not a list or mapping');
    let value;
    try {
        value = doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
    }
    catch (error) {
        // Only reachable if the expansion guard above misjudged; report, never crash.
        const detail = error instanceof Error ? error.message : String(error);
        return fail(locator.rootLocation(), `the policy could not be read: ${lowerFirst(detail)}`);
    }
    return { ok: true, value, locator };
}
/** Offset of the first mapping key that is itself a collection (walked without recursion). */
function firstCollectionKey(doc) {
    let first;
    for (const node of allNodes(doc.contents)) {
        if (!(0,dist/* isMap */.jh)(node))
            continue;
        for (const pair of node.items) {
            if (!(0,dist/* isMap */.jh)(pair.key) && !(0,dist/* isSeq */.oP)(pair.key))
                continue;
            const offset = pair.key.range?.[0] ?? 0;
            if (first === undefined || offset < first)
                first = offset;
        }
    }
    return first;
}
function fail(location, message) {
    return { ok: false, problems: [{ location, message }] };
}
/**
 * Offset of the first collection nested deeper than the limit, walking the concrete syntax
 * tree with an explicit stack (the parser builds it without recursion; we must not recurse
 * either).
 */
function firstTooDeep(tokens) {
    const stack = [];
    for (const token of tokens) {
        if (token.type === 'document' && token.value !== undefined)
            stack.push({ token: token.value, depth: 0 });
    }
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
            continue;
        if (depth + 1 > MAX_NESTING_DEPTH)
            return token.offset;
        for (const item of token.items) {
            if (item.key != null)
                stack.push({ token: item.key, depth: depth + 1 });
            if (item.value !== undefined)
                stack.push({ token: item.value, depth: depth + 1 });
        }
    }
    return undefined;
}
/**
 * Walks the document as a tree, aliases followed, counting values and depth. Aliases can
 * make a tiny file into billions of values (or an endless loop, when an anchor refers to
 * itself); this stops at a fixed budget and names the alias that blew it.
 */
function firstOverExpansion(doc, aliases) {
    const stack = [
        { node: doc.contents, depth: 0, via: null },
    ];
    let count = 0;
    while (stack.length > 0) {
        const entry = stack.pop();
        let node = entry.node;
        let via = entry.via;
        if (node === null)
            continue;
        if ((0,dist/* isAlias */.Vj)(node)) {
            via ??= node;
            node = aliases.resolve(node) ?? null;
            if (node === null)
                continue;
        }
        count += 1;
        const offset = via?.range?.[0] ?? node.range?.[0] ?? 0;
        if (count > MAX_EXPANDED_VALUES) {
            return {
                offset,
                message: `aliases expand the policy to more than ${MAX_EXPANDED_VALUES} values; refusing a likely alias bomb`,
            };
        }
        if (entry.depth > MAX_NESTING_DEPTH) {
            return { offset, message: `aliases nest the policy deeper than ${MAX_NESTING_DEPTH} levels` };
        }
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items) {
                if ((0,dist/* isPair */.tO)(item)) {
                    stack.push({ node: item.key, depth: entry.depth + 1, via });
                    stack.push({ node: item.value, depth: entry.depth + 1, via });
                }
                else {
                    stack.push({ node: item, depth: entry.depth + 1, via });
                }
            }
        }
    }
    return undefined;
}
function isUnclosedError(error) {
    if (error.code !== 'MISSING_CHAR' && error.code !== 'BAD_INDENT' && error.code !== 'UNEXPECTED_TOKEN')
        return false;
    return /closing .?quote|end with [\]}]|flow (sequence|map|collection)/i.test(error.message);
}
/**
 * The quote or bracket left open: the first unclosed quoted value (which swallows whatever
 * follows it, brackets included), else the innermost unclosed flow collection.
 */
function firstUnclosed(tokens) {
    const stack = [];
    for (const token of tokens)
        if (token.type === 'document' && token.value !== undefined)
            stack.push(token.value);
    let quote;
    let flow;
    while (stack.length > 0) {
        const token = stack.pop();
        if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
            if (!isClosedQuote(token.source) && (quote === undefined || token.offset < quote))
                quote = token.offset;
            continue;
        }
        if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
            continue;
        if (token.type === 'flow-collection') {
            const closed = token.end.some((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
            if (!closed && (flow === undefined || token.offset > flow.offset)) {
                flow = { offset: token.offset, message: `this ${token.start.source} is never closed` };
            }
        }
        for (const item of token.items) {
            if (item.key != null)
                stack.push(item.key);
            if (item.value !== undefined)
                stack.push(item.value);
        }
    }
    if (quote !== undefined)
        return { offset: quote, message: 'this quoted string is never closed' };
    return flow;
}
function isClosedQuote(source) {
    const mark = source[0];
    if (source.length < 2)
        return false;
    if (mark === "'") {
        // '' inside single quotes is an escaped quote; the string closes on a lone one.
        let i = 1;
        while (i < source.length) {
            if (source[i] === "'") {
                if (source[i + 1] === "'")
                    i += 2;
                else
                    return i === source.length - 1;
            }
            else
                i += 1;
        }
        return false;
    }
    let i = 1;
    while (i < source.length) {
        if (source[i] === '\\')
            i += 2;
        else if (source[i] === '"')
            return i === source.length - 1;
        else
            i += 1;
    }
    return false;
}
/** Offset of the first non-space character on the first non-blank line after `offset`'s. */
function nextContentLine(text, offset) {
    let at = text.indexOf('\n', offset);
    while (at >= 0 && at + 1 < text.length) {
        const start = at + 1;
        const end = text.indexOf('\n', start);
        const line = text.slice(start, end < 0 ? text.length : end);
        const indent = /^[ \t]*/.exec(line)[0].length;
        if (indent < line.length && line[indent] !== '#' && line[indent] !== '\r')
            return start + indent;
        at = end;
    }
    return offset;
}
/** Where the second document begins: its `---` marker if it has one. */
function startOfSecondDocument(text, contentStart) {
    const marker = text.lastIndexOf('---', contentStart);
    return marker >= 0 && (marker === 0 || text[marker - 1] === '\n') ? marker : contentStart;
}
function describeYamlError(error, text, doc, lines) {
    switch (error.code) {
        case 'DUPLICATE_KEY':
            return describeDuplicateKey(error.pos[0], text, doc, lines);
        case 'TAB_AS_INDENT':
            return 'tabs are not allowed for indentation; indent with spaces';
        case 'TAG_RESOLVE_FAILED':
            return `${clip(lowerFirst(error.message))}; a policy uses plain YAML values only`;
        case 'MULTILINE_IMPLICIT_KEY':
            return "a key must be followed by ':' on the same line (is a ':' missing?)";
        case 'BLOCK_AS_IMPLICIT_KEY':
            return 'a mapping cannot start on the same line as its key; put nested keys on their own, indented lines';
        case 'BAD_SCALAR_START':
            return `${clip(lowerFirst(error.message))}; quote the value`;
        case 'RESOURCE_EXHAUSTION':
            return 'the policy is too large or nests too deeply to read';
        default:
            // yaml's messages are plain English; keep them, on one bounded line.
            return clip(lowerFirst(error.message.replace(/\s+/g, ' ').trim()), 200);
    }
}
/** "duplicate key 'host' (first at line 3)", finding the first occurrence in the same map. */
function describeDuplicateKey(offset, text, doc, lines) {
    for (const node of allNodes(doc.contents)) {
        if (!(0,dist/* isMap */.jh)(node))
            continue;
        const pairs = node.items;
        const duplicate = pairs.find((p) => p.key?.range?.[0] === offset);
        if (duplicate === undefined || !(0,dist/* isScalar */.jn)(duplicate.key))
            continue;
        const name = String(duplicate.key.value);
        const first = pairs.find((p) => p !== duplicate && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === name);
        const firstStart = first?.key?.range?.[0];
        const seen = firstStart === undefined ? '' : ` (first set at line ${lines.linePos(firstStart).line})`;
        return `duplicate key '${clip(name)}'${seen}`;
    }
    const snippet = /^[^\s:]*/.exec(text.slice(offset, offset + 80))?.[0] ?? '';
    return snippet === '' ? 'duplicate key in this mapping' : `duplicate key '${clip(snippet)}'`;
}
function lowerFirst(message) {
    return /^[A-Z][a-z]/.test(message) ? message[0].toLowerCase() + message.slice(1) : message;
}

;// CONCATENATED MODULE: ./src/policy/load.ts
// Reading a policy file: every problem found, each at its line and column, or a Policy that
// passed them all. Never throws; never returns a policy that had any problem.








function parsePolicy(source, file) {
    try {
        return parseUnguarded(source, file);
    }
    catch (error) {
        // Last resort: the guards should stop hostile input before anything recurses or throws,
        // but a policy loader must answer with a problem, never a stack trace.
        const reason = error instanceof RangeError ? 'it is too large or nests too deeply' : 'of an internal error';
        return refuse(file, `the policy could not be read because ${reason}`);
    }
}
function parseUnguarded(source, file) {
    const decoded = decodePolicyText(source);
    if (!decoded.ok) {
        return { ok: false, problems: [{ location: { file, line: decoded.line, column: decoded.column }, message: decoded.message }] };
    }
    const yaml = readYaml(decoded.text, file);
    if (!yaml.ok)
        return { ok: false, problems: sortProblems(yaml.problems) };
    const { value, locator } = yaml;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const found = Array.isArray(value) ? 'a list' : value === null ? 'an empty value' : `a single value`;
        return {
            ok: false,
            problems: [{ location: locator.rootLocation(), message: `the policy must be a mapping of keys such as version and hosts; found ${found}` }],
        };
    }
    const problems = [
        ...schemaProblems(validateAgainstSchema(value), value, locator),
        ...checkBeyondSchema(value, locator),
    ];
    if (problems.length > 0)
        return { ok: false, problems: sortProblems(problems) };
    return { ok: true, policy: buildPolicy(value, locator), source };
}
async function loadPolicyFile(path, displayFile = path) {
    let bytes;
    try {
        bytes = await readAtMost(path, MAX_POLICY_BYTES + 1);
    }
    catch (error) {
        const reason = describeFsError(error);
        return { ...refuse(displayFile, `cannot read the policy file: ${reason}`), unreadable: reason };
    }
    return parsePolicy(bytes, displayFile);
}
/** "file:line:col: message" — the form editors and CI logs link to the place. */
function formatProblem(p) {
    const { file, line, column } = p.location;
    return `${file}:${line}:${column}: ${p.message}`;
}
/**
 * Reads up to `limit` bytes. Stopping there (rather than trusting the size the file system
 * reports) keeps a huge file or an endless device from being read in full before refusal.
 */
async function readAtMost(path, limit) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(limit);
        let filled = 0;
        while (filled < limit) {
            const { bytesRead } = await handle.read(buffer, filled, limit - filled, null);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return buffer.subarray(0, filled);
    }
    finally {
        await handle.close();
    }
}
function describeFsError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a directory';
        default:
            return typeof code === 'string' ? code : 'unknown error';
    }
}
function refuse(file, message) {
    const location = { file, line: 1, column: 1 };
    return { ok: false, problems: [{ location, message }] };
}
/** Most problems reported one by one; the rest are counted in one final problem. */
const MAX_REPORTED_PROBLEMS = 100;
function sortProblems(problems) {
    const seen = new Set();
    const sorted = problems
        .filter((p) => {
        const key = formatProblem(p);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
    if (sorted.length <= MAX_REPORTED_PROBLEMS)
        return sorted;
    // Thousands of lines of problems help nobody; the first ones (by line) show the pattern.
    const rest = sorted.length - MAX_REPORTED_PROBLEMS;
    return [
        ...sorted.slice(0, MAX_REPORTED_PROBLEMS),
        { location: sorted[MAX_REPORTED_PROBLEMS].location, message: `… and ${rest} more problem${rest === 1 ? '' : 's'}` },
    ];
}


/***/ }),

/***/ 96802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oj: () => (/* binding */ mxHostEntries),
/* harmony export */   PI: () => (/* binding */ withMxHosts),
/* harmony export */   zp: () => (/* binding */ onlyHost)
/* harmony export */ });
/* harmony import */ var _common_host_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14458);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65016);
// `--only HOST`: one host (or domain) of a large policy, checked as if the policy named only it.


/**
 * The policy cut down to the host or domain `name`: its `hosts:` entry or its `domains:` entry
 * (with that domain's MX hosts, found later), and only the waivers that name it, so that other
 * entries' waivers are not reported as expired either. A domain's MX hosts are judged as the full
 * run judges them, by their `hosts:` entries and the waivers naming them: those are kept aside
 * (`mxHostSources`) until the MX hosts are known. Names are compared as buildPolicy wrote them
 * (normalised), and a waiver always names an entry of the policy (semantic-checks.ts).
 */
function onlyHost(policy, name) {
    const wanted = (0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseHost */ .f2)(name.trim());
    const hosts = policy.hosts.filter((h) => h.host === wanted);
    const domains = policy.domains.filter((d) => d.domain === wanted);
    if (hosts.length === 0 && domains.length === 0) {
        const names = [...policy.hosts.map((h) => h.host), ...policy.domains.map((d) => d.domain)];
        return { ok: false, message: `'${name}' is neither a host nor a domain of ${policy.file}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)((0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closestMatch */ .h0)(wanted, names))}` };
    }
    const waivers = policy.waivers.filter((w) => w.host === wanted);
    const aside = domains.length > 0 ? { mxHostSources: { hosts: policy.hosts, waivers: policy.waivers } } : {};
    return { ok: true, policy: { ...policy, hosts, domains, waivers, ...aside } };
}
/** The `hosts:` entries a domain's MX hosts take their settings and `rules:` from: all the policy's, under `--only DOMAIN` too. */
function mxHostEntries(policy) {
    return policy.mxHostSources?.hosts ?? policy.hosts;
}
/**
 * The policy as the run holds it once the domains stage has named the MX hosts (`mxHosts`, as
 * mxHostPolicies plans them). Under `--only DOMAIN`, what the full run holds of these hosts'
 * `hosts:` entries joins in: the waivers naming them (with the domain's own, in policy order; any
 * other host's waiver, expired or not, is not this run's), and those of an entry's required
 * services that the domain asks of the host too, which the full run plans from the `hosts:` item
 * (its settings, its line) and not from the `mx:` one. The entries' other services are not the
 * domain's. Any other run's policy is returned as it is.
 */
function withMxHosts(policy, mxHosts) {
    const sources = policy.mxHostSources;
    if (sources === undefined)
        return policy;
    const mxByName = new Map(mxHosts.map((h) => [(0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalName */ .Ew)(h.host), h]));
    const planned = new Set(policy.hosts.map((h) => h.host));
    const shared = sources.hosts.flatMap((entry) => {
        const mx = mxByName.get((0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalName */ .Ew)(entry.host));
        if (mx === undefined || planned.has(entry.host))
            return [];
        const require = entry.require.filter((r) => mx.require.some((m) => m.service === r.service && m.port === r.port));
        return require.length === 0 ? [] : [{ ...entry, require, forbid: [] }];
    });
    return {
        ...policy,
        hosts: [...policy.hosts, ...shared],
        waivers: sources.waivers.filter((w) => policy.waivers.includes(w) || mxByName.has((0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalName */ .Ew)(w.host))),
    };
}


/***/ }),

/***/ 10409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bg: () => (/* binding */ SERVICES),
  Z1: () => (/* reexport */ SERVICE_NAMES),
  of: () => (/* binding */ canonicalService)
});

// UNUSED EXPORTS: SERVICE_ALIASES

;// CONCATENATED MODULE: ./src/policy/service-table.ts
const SERVICE_NAMES = ['smtp', 'submission', 'submissions', 'imap', 'imaps', 'pop3', 'pop3s', 'managesieve', 'https', 'http'];
const SERVICE_TABLE = {
    smtp: { name: 'smtp', port: 25, transport: 'starttls', dialogue: 'smtp', tls: true, upgradeWord: 'STARTTLS' },
    submission: { name: 'submission', port: 587, transport: 'starttls', dialogue: 'smtp', tls: true, upgradeWord: 'STARTTLS' },
    submissions: { name: 'submissions', port: 465, transport: 'implicit-tls', dialogue: 'smtp', tls: true, upgradeWord: 'STARTTLS' },
    imap: { name: 'imap', port: 143, transport: 'starttls', dialogue: 'imap', tls: true, upgradeWord: 'STARTTLS' },
    imaps: { name: 'imaps', port: 993, transport: 'implicit-tls', dialogue: 'imap', tls: true, upgradeWord: 'STARTTLS' },
    pop3: { name: 'pop3', port: 110, transport: 'starttls', dialogue: 'pop3', tls: true, upgradeWord: 'STLS' },
    pop3s: { name: 'pop3s', port: 995, transport: 'implicit-tls', dialogue: 'pop3', tls: true, upgradeWord: 'STLS' },
    managesieve: { name: 'managesieve', port: 4190, transport: 'starttls', dialogue: 'managesieve', tls: true, upgradeWord: 'STARTTLS' },
    https: { name: 'https', port: 443, transport: 'implicit-tls', dialogue: 'http', tls: true, upgradeWord: null },
    http: { name: 'http', port: 80, transport: 'http', dialogue: 'http', tls: false, upgradeWord: null },
};
const ALIAS_TABLE = {
    'smtps': 'submissions',
    'sieve': 'managesieve',
};

;// CONCATENATED MODULE: ./src/policy/services.ts
// The services a policy can name, and how each one is reached. One table, generated from the
// protocol modules (src/probe/dialogues/, `npm run docs`) into service-table.ts: the policy loader
// checks names against it, the planner takes default ports from it, the prober picks the
// dialogue from it.


const SERVICES = SERVICE_TABLE;
/** Other names people use for the same services (RFC 8314 calls 465 "submissions"). */
const SERVICE_ALIASES = ALIAS_TABLE;
function canonicalService(name) {
    if (SERVICE_NAMES.includes(name))
        return name;
    return SERVICE_ALIASES[name];
}


/***/ }),

/***/ 83693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mt: () => (/* binding */ writtenSettingPaths),
/* harmony export */   TA: () => (/* binding */ hostSettingsOf),
/* harmony export */   j: () => (/* binding */ layerSettings),
/* harmony export */   yy: () => (/* binding */ withoutOwnTimeout),
/* harmony export */   zx: () => (/* binding */ BUILT_IN_SETTINGS)
/* harmony export */ });
/* unused harmony export tlsVersionOf */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75432);
// The settings every endpoint gets, and how they layer, key by key: a `require:` item's own over
// its host entry's, over `defaults:`, over the built-in ones (docs/policy.md, "Settings per service").

/** What a policy gets for anything its `defaults:` leaves out. */
const BUILT_IN_SETTINGS = Object.freeze({
    tls: Object.freeze({ minVersion: '1.2' }),
    certificate: Object.freeze({ verify: true, minDaysLeft: 21 }),
    timeoutMs: 10_000,
    addresses: 'all',
});
/**
 * `written` over `base`, key by key: a host that sets only `certificate.verify` keeps the rest.
 * The one layering for every level (defaults, host entry, service item), so a new setting is
 * one more line here.
 */
function layerSettings(base, written) {
    const minVersion = written.tls?.['min-version'];
    const profile = written.tls?.profile ?? base.tls.profile;
    const timeout = written.timeout === undefined ? undefined : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(written.timeout);
    return {
        tls: {
            minVersion: minVersion === undefined ? base.tls.minVersion : tlsVersionOf(minVersion),
            ...(profile === undefined ? {} : { profile }),
        },
        certificate: {
            verify: written.certificate?.verify ?? base.certificate.verify,
            minDaysLeft: written.certificate?.['min-days-left'] ?? base.certificate.minDaysLeft,
        },
        timeoutMs: typeof timeout === 'number' ? timeout : base.timeoutMs,
        addresses: written.addresses ?? base.addresses,
    };
}
/** Only the settings of a host entry (or of `defaults`), without its name and requests. */
function hostSettingsOf({ tls, certificate, timeoutMs, addresses }) {
    return { tls, certificate, timeoutMs, addresses };
}
/** "1.2", or the YAML number 1.2 someone wrote unquoted (1.0 arrives as the number 1). */
function tlsVersionOf(written) {
    return (typeof written === 'number' ? written.toFixed(1) : written);
}
/**
 * Every setting `written` sets, by name (`tls.min-version`), with its path under the entry that
 * wrote it: the places findings judged by a service item's own setting point at.
 */
function writtenSettingPaths(written) {
    const out = [];
    for (const [key, value] of Object.entries(written)) {
        if (value === undefined)
            continue;
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
            for (const inner of Object.keys(value))
                out.push([`${key}.${inner}`, [key, inner]]);
        }
        else {
            out.push([key, [key]]);
        }
    }
    return out;
}
/** A request without a timeout of its own, as when the run's timeout overrides the policy's. */
function withoutOwnTimeout(request) {
    if (request.settings?.timeout === undefined)
        return request;
    const { timeout: _setting, ...settings } = request.settings;
    const { timeout: _location, ...settingLocations } = request.settingLocations ?? {};
    const { settings: _old, settingLocations: _oldLocations, ...rest } = request;
    return Object.keys(settingLocations).length === 0 ? rest : { ...rest, settings, settingLocations };
}


/***/ }),

/***/ 65016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   h0: () => (/* binding */ closestMatch)
/* harmony export */ });
/* unused harmony export editDistance */
// "Did you mean …?" for misspelt keys, services and rule ids.
/** Optimal-string-alignment distance: edits, counting a swap of neighbours as one. */
function editDistance(a, b) {
    const cols = b.length + 1;
    // Three rows (the one before last, the last, this one) are all the recurrence reads.
    let before = new Int32Array(cols);
    let last = new Int32Array(cols);
    let row = new Int32Array(cols);
    for (let j = 0; j < cols; j++)
        last[j] = j;
    for (let i = 1; i <= a.length; i++) {
        row[0] = i;
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(last[j] + 1, row[j - 1] + 1, last[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, before[j - 2] + 1);
            }
            row[j] = best;
        }
        [before, last, row] = [last, row, before];
    }
    return last[cols - 1];
}
/** Case and `_`/`-` differences are never what someone meant to distinguish. */
function fold(word) {
    return word.toLowerCase().replace(/_/g, '-');
}
/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo. Ties go to
 * the candidate of the same length (a mistyped letter is likelier than a dropped one), then
 * to the earlier candidate.
 */
function closestMatch(word, candidates) {
    // Comparing very long input is pointless (no candidate is long) and would cost time.
    if (word.length === 0 || word.length > 64)
        return undefined;
    const folded = fold(word);
    const allowed = Math.max(1, Math.floor(folded.length / 3));
    let best;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const target = fold(candidate);
        if (Math.abs(target.length - folded.length) > allowed)
            continue; // at least that many edits
        const distance = editDistance(folded, target);
        if (distance > allowed)
            continue;
        const lengthGap = Math.abs(candidate.length - word.length);
        if (best === undefined || distance < best.distance || (distance === best.distance && lengthGap < best.lengthGap)) {
            best = { candidate, distance, lengthGap };
        }
    }
    if (best !== undefined)
        return best.candidate;
    // A word cut short ("warn" for "warning") is too far by edits but plainly meant.
    if (folded.length >= 3)
        return candidates.find((candidate) => fold(candidate).startsWith(folded));
    return undefined;
}
/** " (did you mean 'x'?)" for a match from closestMatch, or nothing. */
function didYouMean(match) {
    return match === undefined ? '' : ` (did you mean '${match}'?)`;
}


/***/ }),

/***/ 56650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TB: () => (/* binding */ ServerHelloReader),
/* harmony export */   TC: () => (/* binding */ goodbyeAlerts),
/* harmony export */   Ye: () => (/* binding */ clientHello)
/* harmony export */ });
/* unused harmony export dhPrimeBits */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97572);
// The version sweep's question, asked at the cost of one message: send a TLS ClientHello that
// offers a range of versions, read the server's first answer, and hang up. A ServerHello names the
// version the server chose; an alert says it accepts none in the range. Nothing after the
// ServerHello is needed for that fact, so no key is agreed, no certificate checked and no session
// set up: a fraction of a full handshake's work on both sides (testssl.sh asks the same way).
//
// node:tls cannot stop a handshake at the ServerHello, so the few bytes of the ClientHello are
// written here (RFC 5246 §7.4.1.2, RFC 8446 §4.1.2) and only the first handshake message of the
// answer is parsed; all of it is bounded, and anything unexpected is "no version".


const VERSION_CODES = {
    TLSv1: 0x0301,
    'TLSv1.1': 0x0302,
    'TLSv1.2': 0x0303,
    'TLSv1.3': 0x0304,
};
/** TLS 1.3's suites (RFC 8446 §B.4). */
const TLS13_SUITES = [0x1301, 0x1302, 0x1303];
/**
 * Every suite a TLS 1.0–1.2 server might still insist on: the question is which versions it
 * accepts, not which suites, so the offer is wide enough that no server refuses a version for
 * want of a suite (old ones that know only 3DES or RC4 included). Nothing is ever encrypted with
 * them: the connection ends at the ServerHello.
 *
 * RSA key transport comes first, because it is the cheapest answer for the server: with it the
 * server sends its certificate and signs nothing, where an (EC)DHE suite costs it a key pair and a
 * signature before its first byte. Servers that follow the client's order (Postfix's, Dovecot's and
 * nginx's default) spare that work; those that no longer offer RSA key transport pick the next.
 */
const TLS12_SUITES = [
    // RSA key transport: AEAD, then CBC
    0x009c, 0x009d, 0x003c, 0x003d, 0x002f, 0x0035,
    // ECDHE and DHE with AEAD
    0xc02c, 0xc030, 0x009f, 0xcca9, 0xcca8, 0xccaa, 0xc02b, 0xc02f, 0x009e,
    // ECDHE and DHE with CBC (SHA-2, then SHA-1)
    0xc024, 0xc028, 0x006b, 0xc023, 0xc027, 0x0067, 0xc00a, 0xc014, 0x0039, 0xc009, 0xc013, 0x0033,
    // Camellia, 3DES, RC4: what the oldest servers still speak
    0x0041, 0x0084, 0x0045, 0x0088, 0x000a, 0xc012, 0x0016, 0xc011, 0x0005, 0x0004,
];
const GROUPS = [0x001d, 0x0017, 0x0018, 0x0019, 0x001e, 0x0100, 0x0101]; // x25519, P-256/384/521, x448, ffdhe2048/3072
const SIGNATURE_SCHEMES = [
    0x0403, 0x0503, 0x0603, 0x0807, 0x0808, // ECDSA, EdDSA
    0x0804, 0x0805, 0x0806, 0x0809, 0x080a, 0x080b, // RSA-PSS
    0x0401, 0x0501, 0x0601, // RSA PKCS#1
    0x0303, 0x0301, 0x0203, 0x0201, // SHA-224 and SHA-1: what old servers sign with
];
const EXTENSION = {
    serverName: 0,
    padding: 21,
    supportedGroups: 10,
    ecPointFormats: 11,
    signatureAlgorithms: 13,
    extendedMasterSecret: 23,
    sessionTicket: 35,
    supportedVersions: 43,
    pskKeyExchangeModes: 45,
    keyShare: 51,
    renegotiationInfo: 0xff01,
};
const RECORD = { changeCipherSpec: 20, alert: 21, handshake: 22, applicationData: 23 };
const HANDSHAKE_SERVER_HELLO = 2;
const HANDSHAKE_SERVER_KEY_EXCHANGE = 12;
const HANDSHAKE_SERVER_HELLO_DONE = 14;
const ALERT_WARNING = 1;
const ALERT_CLOSE_NOTIFY = 0;
const ALERT_USER_CANCELED = 90;
/** RFC 8446 §4.1.3: the largest record a peer may send (2^14 plus expansion). */
const MAX_RECORD = 16384 + 2048;
/** A ServerHello is a few hundred bytes; a server that sends more before one is not speaking TLS. */
const MAX_BYTES_BEFORE_ANSWER = 2 * (MAX_RECORD + 5);
/**
 * Read on for a ServerKeyExchange, the Certificate comes first: a long chain is tens of kilobytes,
 * so a few records more are allowed, and no more.
 */
const MAX_BYTES_BEFORE_KEY_EXCHANGE = 8 * (MAX_RECORD + 5);
function u8(n) {
    return Buffer.from([n & 0xff]);
}
function u16(n) {
    return Buffer.from([(n >> 8) & 0xff, n & 0xff]);
}
function u24(n) {
    return Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
}
function list16(values) {
    return Buffer.concat(values.map(u16));
}
/** An opaque vector with a length prefix of `width` bytes. */
function vector(width, body) {
    const length = width === 1 ? u8(body.length) : width === 2 ? u16(body.length) : u24(body.length);
    return Buffer.concat([length, body]);
}
function extension(type, body) {
    return Buffer.concat([u16(type), vector(2, body)]);
}
/** An X25519 public key for TLS 1.3's key share: the server needs a real one to answer at all. */
function x25519PublicKey() {
    const { publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('x25519');
    return Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
}
// Random bytes are drawn a few kilobytes at a time: one call per hello costs more than the rest
// of the hello together.
const randomPool = Buffer.alloc(4096);
let randomUsed = randomPool.length;
/** 32 fresh random bytes (a copy: the pool is refilled under it). */
function freshRandom() {
    if (randomUsed + 32 > randomPool.length) {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomFillSync)(randomPool);
        randomUsed = 0;
    }
    randomUsed += 32;
    return Buffer.from(randomPool.subarray(randomUsed - 32, randomUsed));
}
// A sweep asks the same few questions of every endpoint: build each offer's fixed bytes once.
const templates = new Map();
function templateFor(min, max, suites = TLS12_SUITES) {
    const key = `${min}|${max}|${suites.join(',')}`;
    const cached = templates.get(key);
    if (cached)
        return cached;
    const lo = _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .TLS_VERSION_ORDER */ .Yw.indexOf(min);
    const hi = _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .TLS_VERSION_ORDER */ .Yw.indexOf(max);
    if (lo < 0 || hi < lo)
        throw new RangeError(`no versions between ${min} and ${max}`);
    const offered = _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .TLS_VERSION_ORDER */ .Yw.slice(lo, hi + 1);
    const tls13 = offered.includes('TLSv1.3');
    const belowTls13 = offered.some((v) => v !== 'TLSv1.3');
    const template = {
        // legacy_version: the highest offered, TLS 1.2 when 1.3 is offered (RFC 8446 §4.1.2).
        legacyVersion: VERSION_CODES[tls13 ? 'TLSv1.2' : max],
        tls13,
        suites: vector(2, list16([...(tls13 ? TLS13_SUITES : []), ...(belowTls13 ? suites : [])])),
        extensions: Buffer.concat([
            extension(EXTENSION.supportedGroups, vector(2, list16(GROUPS))),
            extension(EXTENSION.ecPointFormats, vector(1, u8(0))),
            // Meaningless before TLS 1.2, and a client offering only older versions must not send it
            // (RFC 5246 §7.4.1.4.1).
            ...(hi >= _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .TLS_VERSION_ORDER */ .Yw.indexOf('TLSv1.2') ? [extension(EXTENSION.signatureAlgorithms, vector(2, list16(SIGNATURE_SCHEMES)))] : []),
            extension(EXTENSION.extendedMasterSecret, Buffer.alloc(0)),
            extension(EXTENSION.sessionTicket, Buffer.alloc(0)),
            // Secure renegotiation (RFC 5746) said with the extension, not also with the signalling
            // suite: both at once is not recommended.
            extension(EXTENSION.renegotiationInfo, vector(1, Buffer.alloc(0))),
            ...(tls13 ? [extension(EXTENSION.pskKeyExchangeModes, vector(1, u8(1)))] : []),
        ]),
        // Highest first: the list is the client's preference (RFC 8446 §4.2.1).
        supportedVersions: tls13
            ? extension(EXTENSION.supportedVersions, vector(1, list16([...offered].reverse().map((v) => VERSION_CODES[v]))))
            : null,
    };
    templates.set(key, template);
    return template;
}
/** The bytes of one ClientHello record offering `offer`'s versions. */
function clientHello(offer) {
    const template = templateFor(offer.min, offer.max, offer.suites);
    const perHello = [];
    if (offer.servername) {
        const name = Buffer.from(offer.servername, 'ascii');
        perHello.push(extension(EXTENSION.serverName, vector(2, Buffer.concat([u8(0), vector(2, name)]))));
    }
    if (template.supportedVersions) {
        perHello.push(template.supportedVersions, extension(EXTENSION.keyShare, vector(2, Buffer.concat([u16(0x001d), vector(2, x25519PublicKey())]))));
    }
    const head = Buffer.concat([
        u16(template.legacyVersion),
        freshRandom(),
        // TLS 1.3: a 32-byte legacy session id, for middleboxes that expect one (§D.4).
        template.tls13 ? Buffer.concat([u8(32), freshRandom()]) : u8(0),
        template.suites,
        COMPRESSION_NULL,
    ]);
    let extensions = Buffer.concat([...perHello, template.extensions]);
    // Some load balancers hang on a ClientHello of 256 to 511 bytes; padding takes it past them
    // (RFC 7685), as browsers do.
    const length = 4 + head.length + 2 + extensions.length;
    if (length >= 256 && length < 512) {
        // Never an empty padding extension, which some servers refuse as the last one.
        const room = 512 - length;
        extensions = Buffer.concat([extensions, extension(EXTENSION.padding, Buffer.alloc(room >= 5 ? room - 4 : 1))]);
    }
    const body = Buffer.concat([head, vector(2, extensions)]);
    // Record version TLS 1.0: what clients send in their first record, since some servers reject
    // anything higher there (RFC 8446 §5.1).
    return Buffer.concat([RECORD_HEADER_START, u16(body.length + 4), u8(1), u24(body.length), body]);
}
const COMPRESSION_NULL = Buffer.from([1, 0]);
const RECORD_HEADER_START = Buffer.from([22, 0x03, 0x01]);
/**
 * The verdict of an alert record (RFC 5246 §6.2.1 lets one record carry several alerts): the first
 * fatal alert or close_notify ends the question. Warnings before the ServerHello (unrecognized_name,
 * from servers with no certificate for the SNI name) are not refusals: the handshake goes on.
 */
function readAlerts(fragment) {
    if (fragment.length % 2 !== 0)
        return { kind: 'not-tls', reason: 'a truncated alert' };
    for (let at = 0; at < fragment.length; at += 2) {
        const [level, description] = [fragment[at], fragment[at + 1]];
        if (level !== ALERT_WARNING || description === ALERT_CLOSE_NOTIFY)
            return { kind: 'alert', level, description };
    }
    return null;
}
function versionName(code) {
    return Object.keys(VERSION_CODES).find((v) => VERSION_CODES[v] === code) ?? null;
}
/**
 * Reads a server's answer to a ClientHello from the bytes as they arrive: `push` returns the
 * answer once it is known, null while more bytes are needed. Handshake messages may be split
 * across records; only the first one (the ServerHello) is reassembled, and only so far.
 */
class ServerHelloReader {
    readKeyExchange;
    /** Bytes received and not yet read as records, kept as they came until a record is whole. */
    chunks = [];
    buffered = 0;
    handshake = Buffer.alloc(0);
    /** Bytes of the whole records read so far: what the cap counts, whatever the chunking. */
    consumed = 0;
    /** The ServerHello, once read, while the messages after it are read for its key exchange. */
    hello = null;
    /**
     * `readKeyExchange`: for a chosen suite it returns true for, read on past the ServerHello to the
     * ServerKeyExchange (TLS 1.0–1.2, RFC 5246 §7.4.3), which the server sends before any key is
     * derived, to learn the size of its DH prime.
     */
    constructor(readKeyExchange) {
        this.readKeyExchange = readKeyExchange;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.buffered += chunk.length;
        for (;;) {
            const header = this.peek(5);
            if (!header)
                return null;
            const type = header[0];
            const major = header[1];
            const length = header.readUInt16BE(3);
            if (major !== 3 || type < RECORD.changeCipherSpec || type > RECORD.applicationData) {
                return this.unread({ kind: 'not-tls', reason: 'the answer is not a TLS record' });
            }
            if (length === 0 || length > MAX_RECORD)
                return this.unread({ kind: 'not-tls', reason: `a TLS record of ${length} bytes` });
            if (this.consumed + 5 + length > (this.hello ? MAX_BYTES_BEFORE_KEY_EXCHANGE : MAX_BYTES_BEFORE_ANSWER)) {
                return this.unread({ kind: 'not-tls', reason: this.hello ? 'no ServerKeyExchange within the first records' : 'no ServerHello within the first records' });
            }
            const record = this.take(5 + length);
            if (!record)
                return null;
            this.consumed += record.length;
            const fragment = record.subarray(5);
            if (type === RECORD.alert) {
                const alert = readAlerts(fragment);
                if (alert)
                    return this.unread(alert);
                continue;
            }
            if (type !== RECORD.handshake)
                return this.unread({ kind: 'not-tls', reason: 'a record other than a handshake before the ServerHello' });
            this.handshake = Buffer.concat([this.handshake, fragment]);
            const answer = this.hello ? this.keyExchange() : this.serverHello();
            if (answer)
                return answer;
        }
    }
    /**
     * The connection ended, or the deadline passed, before the reader had its answer (`why`): a
     * ServerHello already read stands (the suite was chosen) with its key exchange unread; before
     * one, null, and the caller decides what the silence or the close means.
     */
    cutShort(why) {
        return this.hello ? { ...this.hello, keyExchangeUnread: why } : null;
    }
    /**
     * Trouble after the ServerHello leaves the hello standing (the suite was chosen) with its key
     * exchange unread; before it, the trouble is the answer.
     */
    unread(answer) {
        if (!this.hello)
            return answer;
        const why = answer.kind === 'alert' ? `alert ${answer.description} after the ServerHello` : answer.kind === 'not-tls' ? answer.reason : 'no ServerKeyExchange';
        return { ...this.hello, keyExchangeUnread: why };
    }
    /** The handshake messages after the ServerHello, up to its ServerKeyExchange or ServerHelloDone. */
    keyExchange() {
        for (;;) {
            const h = this.handshake;
            if (h.length < 4)
                return null;
            const type = h[0];
            const length = h.readUIntBE(1, 3);
            if (length > MAX_BYTES_BEFORE_KEY_EXCHANGE)
                return this.unread({ kind: 'not-tls', reason: 'an oversized handshake message' });
            if (h.length < 4 + length)
                return null;
            const body = h.subarray(4, 4 + length);
            this.handshake = h.subarray(4 + length);
            if (type === HANDSHAKE_SERVER_KEY_EXCHANGE) {
                const bits = dhPrimeBits(body);
                return bits === null ? this.unread({ kind: 'not-tls', reason: 'a malformed ServerKeyExchange' }) : { ...this.hello, dhBits: bits };
            }
            if (type === HANDSHAKE_SERVER_HELLO_DONE)
                return this.unread({ kind: 'not-tls', reason: 'no ServerKeyExchange before ServerHelloDone' });
            // Certificate, CertificateStatus, CertificateRequest: not what is asked, skipped.
        }
    }
    /** The first `n` buffered bytes, joined into one buffer only once they are all there. */
    peek(n) {
        if (this.buffered < n)
            return null;
        if (this.chunks[0].length < n)
            this.chunks = [Buffer.concat(this.chunks)];
        return this.chunks[0];
    }
    /** Removes and returns the first `n` buffered bytes, or null while fewer have come. */
    take(n) {
        const head = this.peek(n);
        if (!head)
            return null;
        const taken = head.subarray(0, n);
        const rest = head.subarray(n);
        this.chunks = rest.length > 0 ? [rest, ...this.chunks.slice(1)] : this.chunks.slice(1);
        this.buffered -= n;
        return taken;
    }
    serverHello() {
        const h = this.handshake;
        if (h.length < 4)
            return null;
        if (h[0] !== HANDSHAKE_SERVER_HELLO)
            return { kind: 'not-tls', reason: `handshake message ${h[0]} where a ServerHello belongs` };
        const length = h.readUIntBE(1, 3);
        if (length > MAX_RECORD)
            return { kind: 'not-tls', reason: 'an oversized ServerHello' };
        if (h.length < 4 + length)
            return null;
        const answer = parseServerHello(h.subarray(4, 4 + length));
        if (answer.kind !== 'server-hello' || answer.version === 'TLSv1.3' || !this.readKeyExchange?.(answer.suite))
            return answer;
        this.hello = answer;
        this.handshake = h.subarray(4 + length);
        return this.keyExchange();
    }
}
/**
 * The size in bits of the prime `dh_p` that opens a finite-field DH ServerKeyExchange
 * (ServerDHParams, RFC 5246 §7.4.3: a 2-byte length, then the prime, big-endian), leading zero
 * bits not counted; null when the message is too short to hold it.
 */
function dhPrimeBits(body) {
    if (body.length < 2)
        return null;
    const length = body.readUInt16BE(0);
    if (length === 0 || body.length < 2 + length)
        return null;
    let at = 2;
    const end = 2 + length;
    while (at < end && body[at] === 0)
        at += 1;
    if (at === end)
        return null;
    return (end - at - 1) * 8 + (32 - Math.clz32(body[at]));
}
function parseServerHello(body) {
    const broken = { kind: 'not-tls', reason: 'a malformed ServerHello' };
    let at = 0;
    const need = (n) => at + n <= body.length;
    if (!need(2 + 32 + 1))
        return broken;
    const legacyVersion = body.readUInt16BE(at);
    at += 2 + 32;
    const sessionIdLength = body[at];
    at += 1;
    if (sessionIdLength > 32 || !need(sessionIdLength + 2 + 1))
        return broken;
    at += sessionIdLength;
    const suite = body.readUInt16BE(at);
    at += 2 + 1; // cipher suite, compression method
    let version = legacyVersion;
    // Extensions are optional before TLS 1.3; TLS 1.3 names its version in supported_versions.
    if (need(2)) {
        const end = at + 2 + body.readUInt16BE(at);
        at += 2;
        if (end > body.length)
            return broken;
        while (at + 4 <= end) {
            const type = body.readUInt16BE(at);
            const size = body.readUInt16BE(at + 2);
            at += 4;
            if (at + size > end)
                return broken;
            if (type === EXTENSION.supportedVersions) {
                if (size !== 2)
                    return broken;
                version = body.readUInt16BE(at);
            }
            at += size;
        }
    }
    return { kind: 'server-hello', version: versionName(version), suite };
}
/**
 * What a client that gives up after the ServerHello sends: user_canceled, then close_notify (RFC
 * 8446 §6.1), as plaintext alert records since no keys were agreed. The server sees a client that
 * left, not one that broke the protocol.
 */
function goodbyeAlerts(version) {
    const recordVersion = version && version !== 'TLSv1.3' ? VERSION_CODES[version] : 0x0303;
    let alerts = goodbyes.get(recordVersion);
    if (!alerts) {
        const alert = (description) => Buffer.concat([u8(RECORD.alert), u16(recordVersion), u16(2), u8(1), u8(description)]);
        alerts = Buffer.concat([alert(ALERT_USER_CANCELED), alert(ALERT_CLOSE_NOTIFY)]);
        goodbyes.set(recordVersion, alerts);
    }
    return alerts;
}
const goodbyes = new Map();


/***/ }),

/***/ 58514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nn: () => (/* reexport */ Session),
  _D: () => (/* binding */ dialogueFor),
  AT: () => (/* binding */ protocolOf),
  V6: () => (/* binding */ serviceEntryOf)
});

// UNUSED EXPORTS: PROTOCOLS

;// CONCATENATED MODULE: ./src/probe/dialogues/http.ts
const protocol = {
    name: 'http',
    services: [
        { name: 'https', port: 443, transport: 'implicit-tls', tls: true, label: 'HTTPS' },
        { name: 'http', port: 80, transport: 'http', tls: false, label: 'HTTP' },
    ],
    speaksFirst: 'client',
    upgradeWord: null,
    // HTTP has no greeting; a 503 is an answer to a request, which the redirect rule judges.
    greetingSaysBusy: () => false,
    // The probe sends no credentials and reads no login form: nothing is judged before TLS.
    dialogue: null,
};

// EXTERNAL MODULE: ./src/probe/failure.ts
var failure = __webpack_require__(40292);
;// CONCATENATED MODULE: ./src/probe/dialogues/dialogue.ts
// The one interface every plaintext mail dialogue implements. The engine drives a dialogue
// through the same steps whatever the protocol; the modules beside this one know the words.

/**
 * One conversation with a server; the reader is swapped for a TLS one after an upgrade. Only what
 * every protocol shares: what a protocol keeps for itself (IMAP's tag counter) its module keeps.
 */
class Session {
    reader;
    timeoutMs;
    /**
     * The tag of the command pipelined after STARTTLS, where the protocol tags its replies (IMAP,
     * ManageSieve's NOOP): the injection test tells its reply from ours by it.
     */
    pipelinedTag = null;
    constructor(reader, timeoutMs) {
        this.reader = reader;
        this.timeoutMs = timeoutMs;
    }
    send(command) {
        this.reader.write(`${command}\r\n`);
    }
}
/** A polite goodbye must not hold the probe up: a short deadline, and errors do not matter. */
const QUIT_TIMEOUT_MS = 1000;
function quitTimeout(s) {
    return Math.min(s.timeoutMs, QUIT_TIMEOUT_MS);
}
/**
 * Ends a session politely: `exchange` sends the protocol's goodbye and reads its reply within the
 * short deadline it is given. Whatever goes wrong, the session is over either way: never throws.
 */
async function goodbye(s, exchange) {
    try {
        await exchange(quitTimeout(s));
    }
    catch {
        // The session is over either way.
    }
}
/** Past this many replies inside TLS without ours among them, the answer is unclear. */
const MAX_INJECTION_REPLIES = 16;
/**
 * Reads replies inside TLS until it is settled whether the command pipelined with STARTTLS was
 * answered before ours. A server answers commands in the order it read them, and it read the
 * pipelined one first: if it kept it across the handshake, its reply comes before ours. So the
 * first reply decides, and no silence is waited for. One deadline, the session's timeout,
 * bounds the whole question. A failure before any reply is thrown (the question went
 * unanswered); after a reply that was not ours, it leaves the answer unclear (null).
 */
async function whoseReplyFirst(s, readOne) {
    const deadline = Date.now() + s.timeoutMs;
    let otherReplyFirst = false;
    for (let read = 0; read < MAX_INJECTION_REPLIES; read += 1) {
        let owner;
        try {
            owner = await readOne(Math.max(1, deadline - Date.now()));
        }
        catch (err) {
            if (!otherReplyFirst || !(err instanceof failure/* ProbeFailure */.BU))
                throw err;
            return null;
        }
        switch (owner) {
            case 'ours':
                return otherReplyFirst;
            case 'pipelined':
                return true;
            case 'unclear':
                return null;
            case 'not-ours':
                otherReplyFirst = true;
                break;
            case 'unsolicited':
                break;
        }
    }
    return null;
}
function unique(items) {
    return [...new Set(items)];
}
/** The whitespace-separated words of a line or capability (IMAP atoms, SASL mechanism lists). */
function words(text) {
    return text.trim().split(/\s+/).filter(Boolean);
}
/** RFC 4422 §3.1: a mechanism name is 1 to 20 characters from A-Z, 0-9, `-` and `_`. */
const SASL_MECHANISM_NAME = /^[A-Z0-9_-]{1,20}$/;
/**
 * Is this word (upper-cased) a SASL mechanism name? Anything else a server lists (`@octocat`,
 * `#1`, markup) names no mechanism a client could use: it stays in the capability list, as
 * evidence, and never becomes a name that findings quote.
 */
function isMechanismName(word) {
    return SASL_MECHANISM_NAME.test(word);
}
/** SASL mechanism names, upper-cased as the rules compare them; words that cannot be one are left out. */
function mechanismNames(text) {
    return words(text)
        .map((name) => name.toUpperCase())
        .filter(isMechanismName);
}
/**
 * No control characters but tab: a protocol line never has them, binary nearly always does.
 * Bytes above 0x7f are let through, as some servers greet in UTF-8.
 */
function isTextLine(line) {
    return !/[\x00-\x08\x0a-\x1f\x7f]/.test(line);
}

;// CONCATENATED MODULE: ./src/probe/dialogues/imap.ts


const GREETING = /^\* (OK|PREAUTH|BYE)\b(.*)$/i;
/** The capability atoms in a "[CAPABILITY …]" response code, if the text carries one. */
function capabilityCode(text) {
    const m = /\[CAPABILITY ([^\]]*)\]/i.exec(text);
    return m ? words(m[1]) : null;
}
/** Each session's last command tag: IMAP's own state, kept beside the session rather than in it. */
const lastTag = new WeakMap();
/** A fresh command tag for the session (a1, a2, …). */
function nextTag(s) {
    const n = (lastTag.get(s) ?? 0) + 1;
    lastTag.set(s, n);
    return `a${n}`;
}
async function command(s, text, step, timeoutMs = s.timeoutMs) {
    const tag = nextTag(s);
    s.send(`${tag} ${text}`);
    return readTagged(s, tag, step, timeoutMs);
}
async function readTagged(s, tag, step, timeoutMs = s.timeoutMs) {
    const prefix = `${tag} `;
    const lines = await s.reader.readReply((line) => {
        if (!isTextLine(line))
            throw new failure/* ProbeFailure */.BU('misbehaving', step, 'not an IMAP response', (0,failure/* clipEvidence */.Gd)(line));
        return line.startsWith(prefix);
    }, timeoutMs, step);
    const last = lines[lines.length - 1];
    return {
        untagged: lines.slice(0, -1),
        status: (last.slice(prefix.length).split(' ', 1)[0] ?? '').toUpperCase(),
        raw: lines.join('\n'),
    };
}
/** RFC 9051 §7.1.5: a BYE greeting refuses the connection. */
function imapGreetingSaysBusy(text) {
    return /^\* BYE\b/i.test(text.split('\n')[0].replace(/\r$/, ''));
}
const imap = {
    protocol: 'imap',
    async greeting(s) {
        const line = await s.reader.readLine(s.timeoutMs, 'greeting');
        const m = GREETING.exec(line);
        if (!m || !isTextLine(line))
            throw new failure/* ProbeFailure */.BU('misbehaving', 'greeting', 'not an IMAP greeting', (0,failure/* clipEvidence */.Gd)(line));
        if (imapGreetingSaysBusy(line))
            throw (0,failure/* busyFailure */.Gj)('greeting', 'IMAP greeting * BYE', (0,failure/* clipEvidence */.Gd)(line));
        return { text: line, capabilities: capabilityCode(m[2]) };
    },
    async capabilities(s, greeting) {
        // A greeting that carries [CAPABILITY …] has answered already: clients need not ask again
        // (RFC 9051 §7.1), and Dovecot, Cyrus and Courier all greet so. A round trip saved per session.
        if (greeting?.capabilities && greeting.capabilities.length > 0)
            return unique(greeting.capabilities);
        const reply = await command(s, 'CAPABILITY', 'capabilities');
        if (reply.status !== 'OK')
            return greeting?.capabilities ?? [];
        const found = [];
        for (const line of reply.untagged) {
            const m = /^\* CAPABILITY (.*)$/i.exec(line);
            if (m)
                found.push(...words(m[1]));
        }
        return unique(found);
    },
    read(capabilities) {
        const upper = capabilities.map((c) => c.toUpperCase());
        const loginDisabled = upper.includes('LOGINDISABLED');
        const mechanisms = upper.filter((c) => c.startsWith('AUTH=')).map((c) => c.slice('AUTH='.length)).filter(isMechanismName);
        // Without LOGINDISABLED the LOGIN command takes a password in the clear (RFC 2595 §3.2).
        if (!loginDisabled)
            mechanisms.push('LOGIN');
        return { starttls: upper.includes('STARTTLS'), authBeforeTls: unique(mechanisms), loginDisabled };
    },
    async starttls(s, _capabilities, pipelined) {
        const tag = nextTag(s);
        if (pipelined) {
            const noop = nextTag(s);
            s.pipelinedTag = noop;
            s.reader.write(`${tag} STARTTLS\r\n${noop} NOOP\r\n`);
        }
        else {
            s.send(`${tag} STARTTLS`);
        }
        const reply = await readTagged(s, tag, 'starttls');
        return { accepted: reply.status === 'OK', reply: reply.raw };
    },
    async afterUpgrade() {
        return null;
    },
    async injectionAnswer(s) {
        // Tags say whose reply a line ends; LOGOUT is both the question and the goodbye.
        const pipelined = `${s.pipelinedTag ?? ''} `;
        const ours = nextTag(s);
        s.send(`${ours} LOGOUT`);
        return whoseReplyFirst(s, async (timeoutMs) => {
            const line = await s.reader.readLine(timeoutMs, 'after-tls');
            if (!isTextLine(line))
                throw new failure/* ProbeFailure */.BU('misbehaving', 'after-tls', 'not an IMAP response', (0,failure/* clipEvidence */.Gd)(line));
            if (line.startsWith(`${ours} `))
                return 'ours';
            if (s.pipelinedTag !== null && line.startsWith(pipelined))
                return 'pipelined';
            return line.startsWith('* ') || line.startsWith('+ ') ? 'unsolicited' : 'not-ours';
        });
    },
    quit(s) {
        return goodbye(s, (timeoutMs) => command(s, 'LOGOUT', 'after-tls', timeoutMs));
    },
};
const imap_protocol = {
    name: 'imap',
    services: [
        { name: 'imap', port: 143, transport: 'starttls', tls: true, label: 'IMAP' },
        { name: 'imaps', port: 993, transport: 'implicit-tls', tls: true, label: 'IMAP over implicit TLS' },
    ],
    speaksFirst: 'server',
    upgradeWord: 'STARTTLS',
    greetingSaysBusy: imapGreetingSaysBusy,
    // Nothing the client says of itself is part of this dialogue.
    dialogue: () => imap,
};

;// CONCATENATED MODULE: ./src/probe/dialogues/managesieve.ts


const FINAL = /^(OK|NO|BYE)\b/i;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
/** The TAG response code RFC 5804 §2.13 has NOOP echo: `OK (TAG "…") "Done"`. */
const TAG_CODE = /^(?:OK|NO|BYE)\s*\(TAG\s+"((?:[^"\\]|\\.)*)"\)/i;
/** NOOP tags (RFC 5804 §2.13 echoes them), so that each reply says whose it is. */
const AFTER_UPGRADE_TAG = 'AFTER-STARTTLS';
const PIPELINED_TAG = 'PIPELINED-WITH-STARTTLS';
const INSIDE_TLS_TAG = 'SENT-INSIDE-TLS';
async function readResponse(s, step, timeoutMs = s.timeoutMs) {
    const lines = await s.reader.readReply((line) => {
        if (!isTextLine(line) || !(FINAL.test(line) || line.startsWith('"'))) {
            throw new failure/* ProbeFailure */.BU('misbehaving', step, 'not a ManageSieve response', (0,failure/* clipEvidence */.Gd)(line));
        }
        return FINAL.test(line);
    }, timeoutMs, step);
    const last = lines[lines.length - 1];
    return { status: FINAL.exec(last)[1].toUpperCase(), data: lines.slice(0, -1), raw: lines.join('\n') };
}
/** `"SASL" "PLAIN LOGIN"` → `SASL PLAIN LOGIN`; `"STARTTLS"` → `STARTTLS`. */
function capabilityOf(line) {
    const strings = [...line.matchAll(QUOTED)].map((m) => m[1].replace(/\\(.)/g, '$1'));
    const [name = '', value] = strings;
    return value ? `${name.toUpperCase()} ${value}` : name.toUpperCase();
}
function capabilitiesOf(response) {
    return response.data.map(capabilityOf).filter((c) => c.length > 0);
}
/** The tag a NOOP reply echoes, or null when it carries none. */
function tagOf(response) {
    const m = TAG_CODE.exec(response.raw);
    return m ? m[1].replace(/\\(.)/g, '$1') : null;
}
function keyword(capability) {
    return capability.split(' ', 1)[0] ?? '';
}
/**
 * The injection test with a server that drops NOOP's tag, after its first bare reply: LOGOUT
 * (unless already sent), and count the bare replies up to the close that LOGOUT brings. Our
 * NOOP and LOGOUT make two; the pipelined NOOP, run inside TLS, a third. The close ends the
 * count, not silence; a server that does not close leaves the answer unclear at the deadline.
 */
async function countRepliesToClose(s, goodbyeSent) {
    if (!goodbyeSent)
        s.send('LOGOUT');
    const deadline = Date.now() + s.timeoutMs;
    let bare = 1;
    for (let read = 0; read < MAX_INJECTION_REPLIES; read += 1) {
        let response;
        try {
            response = await readResponse(s, 'after-tls', Math.max(1, deadline - Date.now()));
        }
        catch (err) {
            if (!(err instanceof failure/* ProbeFailure */.BU) || err.error.kind !== 'closed' || err.evidence !== null)
                return null;
            return bare === 3 ? true : bare === 2 ? false : null;
        }
        if (response.data.length === 0)
            bare += 1;
    }
    return null;
}
/** RFC 5804 §1.3/§2.1: capability lines end with OK; NO or BYE there turns the client away. */
function managesieveGreetingSaysBusy(text) {
    const lines = text.split('\n');
    return /^(?:NO|BYE)\b/i.test(lines[lines.length - 1].replace(/\r$/, ''));
}
const managesieve = {
    protocol: 'managesieve',
    async greeting(s) {
        const response = await readResponse(s, 'greeting');
        if (managesieveGreetingSaysBusy(response.raw))
            throw (0,failure/* busyFailure */.Gj)('greeting', `ManageSieve greeting ${response.status}`, (0,failure/* clipEvidence */.Gd)(response.raw));
        return { text: response.raw, capabilities: capabilitiesOf(response) };
    },
    async capabilities(s, greeting) {
        if (greeting?.capabilities)
            return greeting.capabilities;
        s.send('CAPABILITY');
        const response = await readResponse(s, 'capabilities');
        return response.status === 'OK' ? capabilitiesOf(response) : [];
    },
    read(capabilities) {
        const sasl = capabilities.find((c) => keyword(c) === 'SASL');
        const mechanisms = sasl ? mechanismNames(sasl).slice(1) : [];
        return {
            starttls: capabilities.some((c) => keyword(c) === 'STARTTLS'),
            authBeforeTls: unique(mechanisms),
            loginDisabled: null,
        };
    },
    async starttls(s, capabilities, pipelined) {
        if (pipelined) {
            // NOOP came with RFC 5804's VERSION capability; a server without it might take NOOP as
            // an error and hang up, which would say nothing about injection.
            const hasNoop = capabilities.some((c) => keyword(c) === 'VERSION' || keyword(c) === 'NOOP');
            if (!hasNoop)
                return null;
            s.pipelinedTag = PIPELINED_TAG;
            s.reader.write(`STARTTLS\r\nNOOP "${PIPELINED_TAG}"\r\n`);
        }
        else {
            s.send('STARTTLS');
        }
        const response = await readResponse(s, 'starttls');
        return { accepted: response.status === 'OK', reply: response.raw };
    },
    async afterUpgrade(s) {
        // RFC 5804 §2.2 has the server send its capabilities again, unasked; some servers skip it.
        // A NOOP sent at once tells which without waiting for silence: the capabilities come before
        // its reply (a bare response; NO from a server without NOOP serves as well), or it comes
        // alone. Its reply after the capabilities is not waited for: the goodbye reads it (`quit`).
        s.send(`NOOP "${AFTER_UPGRADE_TAG}"`);
        const response = await readResponse(s, 'after-tls');
        if (response.data.length === 0)
            return null;
        return response.status === 'OK' ? capabilitiesOf(response) : [];
    },
    async injectionAnswer(s) {
        s.send(`NOOP "${INSIDE_TLS_TAG}"`);
        let saidGoodbye = false;
        let tagless = false;
        const answer = await whoseReplyFirst(s, async (timeoutMs) => {
            const response = await readResponse(s, 'after-tls', timeoutMs);
            // Lines of data: the capabilities re-sent after the upgrade. A NOOP's reply has none.
            if (response.data.length > 0) {
                // The goodbye goes now: it also acknowledges the capabilities at once, which a server
                // that holds small writes until then (Nagle) waits for before sending the next reply.
                if (!saidGoodbye)
                    s.send('LOGOUT');
                saidGoodbye = true;
                return 'unsolicited';
            }
            // A server that drops the tag RFC 5804 has NOOP echo leaves both replies alike.
            const tag = tagOf(response);
            tagless = tag === null;
            if (tag === null)
                return 'unclear';
            if (tag === INSIDE_TLS_TAG)
                return 'ours';
            return tag === s.pipelinedTag ? 'pipelined' : 'not-ours';
        });
        if (tagless)
            return countRepliesToClose(s, saidGoodbye);
        if (!saidGoodbye)
            await managesieve.quit(s);
        return answer;
    },
    quit(s) {
        return goodbye(s, async (timeoutMs) => {
            s.send('LOGOUT');
            // The reply to the NOOP sent after the upgrade may still be on its way (`afterUpgrade`).
            const deadline = Date.now() + timeoutMs;
            const first = await readResponse(s, 'after-tls', timeoutMs);
            if (tagOf(first) === AFTER_UPGRADE_TAG)
                await readResponse(s, 'after-tls', Math.max(1, deadline - Date.now()));
        });
    },
};
const managesieve_protocol = {
    name: 'managesieve',
    services: [{ name: 'managesieve', port: 4190, transport: 'starttls', aliases: ['sieve'], tls: true, label: 'ManageSieve' }],
    speaksFirst: 'server',
    upgradeWord: 'STARTTLS',
    greetingSaysBusy: managesieveGreetingSaysBusy,
    // Nothing the client says of itself is part of this dialogue.
    dialogue: () => managesieve,
};

;// CONCATENATED MODULE: ./src/probe/dialogues/pop3.ts


function pop3_status(line, step) {
    if (/^\+OK\b/i.test(line) && isTextLine(line))
        return '+OK';
    if (/^-ERR\b/i.test(line) && isTextLine(line))
        return '-ERR';
    throw new failure/* ProbeFailure */.BU('misbehaving', step, 'not a POP3 response', (0,failure/* clipEvidence */.Gd)(line));
}
/** A single-line POP3 response. */
async function readStatus(s, step, timeoutMs = s.timeoutMs) {
    const line = await s.reader.readLine(timeoutMs, step);
    return { ok: pop3_status(line, step) === '+OK', raw: line };
}
function pop3_keyword(capability) {
    return (capability.split(/\s/, 1)[0] ?? '').toUpperCase();
}
/** RFC 2449 §8.1.1 (IN-USE) and RFC 3206 §4 (SYS/TEMP), with any finer code under them. */
const POP3_BUSY = /^-ERR \[(?:IN-USE|SYS\/TEMP)(?:\/[^\]\s]*)?\]/i;
function pop3GreetingSaysBusy(text) {
    return POP3_BUSY.test(text.split('\n')[0].replace(/\r$/, ''));
}
const pop3 = {
    protocol: 'pop3',
    async greeting(s) {
        const line = await s.reader.readLine(s.timeoutMs, 'greeting');
        if (pop3_status(line, 'greeting') === '-ERR') {
            // Only the response codes that mean "try later" make a refusal busy; a bare -ERR greeting
            // is a service that is not there for clients.
            if (pop3GreetingSaysBusy(line))
                throw (0,failure/* busyFailure */.Gj)('greeting', 'POP3 greeting -ERR [IN-USE] or [SYS/TEMP]', (0,failure/* clipEvidence */.Gd)(line));
            throw new failure/* ProbeFailure */.BU('misbehaving', 'greeting', 'POP3 greeting -ERR without [IN-USE] or [SYS/TEMP]', (0,failure/* clipEvidence */.Gd)(line));
        }
        return { text: line, capabilities: null };
    },
    async capabilities(s) {
        s.send('CAPA');
        let first = true;
        let ok = false;
        const lines = await s.reader.readReply((line) => {
            if (first) {
                first = false;
                ok = pop3_status(line, 'capabilities') === '+OK';
                return !ok;
            }
            return line === '.';
        }, s.timeoutMs, 'capabilities');
        // Without CAPA a server advertises nothing, STLS included.
        if (!ok)
            return [];
        return lines
            .slice(1, -1)
            .map((line) => (line.startsWith('.') ? line.slice(1) : line).trim())
            .filter((line) => line.length > 0);
    },
    read(capabilities) {
        const mechanisms = [];
        for (const capability of capabilities) {
            // "SASL PLAIN LOGIN": the names after the keyword.
            if (pop3_keyword(capability) === 'SASL')
                mechanisms.push(...mechanismNames(capability).slice(1));
        }
        // USER means USER/PASS: a password in the clear.
        if (capabilities.some((capability) => pop3_keyword(capability) === 'USER'))
            mechanisms.push('USER');
        return {
            starttls: capabilities.some((capability) => pop3_keyword(capability) === 'STLS'),
            authBeforeTls: unique(mechanisms),
            loginDisabled: null,
        };
    },
    async starttls(s, _capabilities, pipelined) {
        // NOOP gets a one-line answer (-ERR before login, RFC 1939 allows it only after), never the
        // multi-line list that answers CAPA (RFC 2449, allowed in any state): what the injection test
        // sends inside TLS.
        s.reader.write(pipelined ? 'STLS\r\nNOOP\r\n' : 'STLS\r\n');
        const reply = await readStatus(s, 'starttls');
        return { accepted: reply.ok, reply: reply.raw };
    },
    async afterUpgrade() {
        return null;
    },
    async injectionAnswer(s) {
        s.send('CAPA');
        // A status line is a one-line answer unless the next line continues it (a capability, or
        // the '.' that ends the list): only the look at that next line tells, so a line read too far
        // is held for the next reply.
        let held = null;
        const next = (timeoutMs) => {
            const line = held;
            held = null;
            return line === null ? s.reader.readLine(timeoutMs, 'after-tls') : Promise.resolve(line);
        };
        const isStatus = (line) => /^(\+OK|-ERR)\b/i.test(line);
        const answer = await whoseReplyFirst(s, async (timeoutMs) => {
            const deadline = Date.now() + timeoutMs;
            const left = () => Math.max(1, deadline - Date.now());
            const first = await next(left());
            if (pop3_status(first, 'after-tls') === '-ERR')
                return 'not-ours';
            const second = await next(left());
            if (isStatus(second)) {
                held = second;
                return 'not-ours';
            }
            if (!isTextLine(second))
                throw new failure/* ProbeFailure */.BU('misbehaving', 'after-tls', 'not a POP3 capability list', (0,failure/* clipEvidence */.Gd)(second));
            // The capability list that answers our CAPA: read to its end.
            if (second !== '.')
                await s.reader.readReply((line) => line === '.', left(), 'after-tls');
            return 'ours';
        });
        await pop3.quit(s);
        return answer;
    },
    quit(s) {
        return goodbye(s, (timeoutMs) => {
            s.send('QUIT');
            return readStatus(s, 'after-tls', timeoutMs);
        });
    },
};
const pop3_protocol = {
    name: 'pop3',
    services: [
        { name: 'pop3', port: 110, transport: 'starttls', tls: true, label: 'POP3' },
        { name: 'pop3s', port: 995, transport: 'implicit-tls', tls: true, label: 'POP3 over implicit TLS' },
    ],
    speaksFirst: 'server',
    upgradeWord: 'STLS',
    greetingSaysBusy: pop3GreetingSaysBusy,
    // Nothing the client says of itself is part of this dialogue.
    dialogue: () => pop3,
};

;// CONCATENATED MODULE: ./src/probe/dialogues/smtp.ts


const REPLY_LINE = /^(\d{3})(?:([ -])(.*))?$/;
async function readReply(s, step, timeoutMs = s.timeoutMs) {
    const lines = await s.reader.readReply((line) => {
        const m = REPLY_LINE.exec(line);
        if (!m || !isTextLine(line)) {
            throw new failure/* ProbeFailure */.BU('misbehaving', step, 'not an SMTP reply', (0,failure/* clipEvidence */.Gd)(line));
        }
        return m[2] !== '-';
    }, timeoutMs, step);
    return {
        code: Number(lines[lines.length - 1].slice(0, 3)),
        texts: lines.map((line) => line.slice(4)),
        raw: lines.join('\n'),
    };
}
function smtp_keyword(capability) {
    return (capability.split(/[\s=]/, 1)[0] ?? '').toUpperCase();
}
/** RFC 5321 §4.2: every line of a reply carries its code; 421 and other 4xx mean "try later". */
function smtpGreetingSaysBusy(text) {
    const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
    const first = lines[0] ?? '';
    const last = lines[lines.length - 1] ?? '';
    return /^4\d\d(?:[ -]|$)/.test(last) && /^4\d\d(?:[ -]|$)/.test(first);
}
/** SMTP's dialogue, saying EHLO with the client's name. */
const smtpDialogue = ({ clientName }) => ({
    protocol: 'smtp',
    async greeting(s) {
        const reply = await readReply(s, 'greeting');
        if (reply.code === 220)
            return { text: reply.raw, capabilities: null };
        // 421 and other 4xx: "try later"; a 5xx greeting (554 "no service here") is not a mail
        // service a client could use at all.
        if (smtpGreetingSaysBusy(reply.raw))
            throw (0,failure/* busyFailure */.Gj)('greeting', `SMTP greeting ${reply.code}`, (0,failure/* clipEvidence */.Gd)(reply.raw));
        throw new failure/* ProbeFailure */.BU('misbehaving', 'greeting', `SMTP greeting ${reply.code}, not 220`, (0,failure/* clipEvidence */.Gd)(reply.raw));
    },
    async capabilities(s) {
        s.send(`EHLO ${clientName}`);
        const reply = await readReply(s, 'capabilities');
        // A server without ESMTP has no extensions, so no STARTTLS either.
        if (reply.code !== 250)
            return [];
        return reply.texts.slice(1).map((text) => text.trim()).filter((text) => text.length > 0);
    },
    read(capabilities) {
        const mechanisms = [];
        for (const capability of capabilities) {
            // "AUTH PLAIN LOGIN", and the pre-standard "AUTH=PLAIN LOGIN" some servers still send.
            const m = /^AUTH[ =](.*)$/i.exec(capability);
            if (m)
                mechanisms.push(...mechanismNames(m[1]));
        }
        return {
            starttls: capabilities.some((capability) => smtp_keyword(capability) === 'STARTTLS'),
            authBeforeTls: unique(mechanisms),
            loginDisabled: null,
        };
    },
    async starttls(s, _capabilities, pipelined) {
        // NOOP is answered 250 (or an error code), never 221: the code of QUIT's reply, which is what
        // the injection test sends inside TLS.
        s.reader.write(pipelined ? 'STARTTLS\r\nNOOP\r\n' : 'STARTTLS\r\n');
        const reply = await readReply(s, 'starttls');
        return { accepted: reply.code === 220, reply: reply.raw };
    },
    async afterUpgrade() {
        return null;
    },
    async injectionAnswer(s) {
        // QUIT is both the question and the goodbye. A 220 inside TLS is a greeting sent again, not
        // an answer to NOOP: read past it.
        s.send('QUIT');
        return whoseReplyFirst(s, async (timeoutMs) => {
            const { code } = await readReply(s, 'after-tls', timeoutMs);
            return code === 221 ? 'ours' : code === 220 ? 'unsolicited' : 'not-ours';
        });
    },
    quit(s) {
        return goodbye(s, (timeoutMs) => {
            s.send('QUIT');
            return readReply(s, 'after-tls', timeoutMs);
        });
    },
});
const smtp_protocol = {
    name: 'smtp',
    services: [
        { name: 'smtp', port: 25, transport: 'starttls', tls: true, label: 'SMTP' },
        { name: 'submission', port: 587, transport: 'starttls', tls: true, label: 'submission (SMTP)' },
        { name: 'submissions', port: 465, transport: 'implicit-tls', aliases: ['smtps'], tls: true, label: 'submission over implicit TLS' },
    ],
    speaksFirst: 'server',
    upgradeWord: 'STARTTLS',
    greetingSaysBusy: smtpGreetingSaysBusy,
    dialogue: smtpDialogue,
};

;// CONCATENATED MODULE: ./src/probe/dialogues/index.ts





const PROTOCOLS = [smtp_protocol, imap_protocol, pop3_protocol, managesieve_protocol, protocol];
const BY_SERVICE = new Map(PROTOCOLS.flatMap((protocol) => protocol.services.map((service) => [service.name, protocol])));
/** The protocol a service speaks. */
function protocolOf(service) {
    const protocol = BY_SERVICE.get(service);
    if (protocol === undefined)
        throw new Error(`no protocol module names the service ${service}`);
    return protocol;
}
/** A service's entry in its protocol module (port, transport, label). */
function serviceEntryOf(service) {
    return protocolOf(service).services.find((entry) => entry.name === service);
}
/** The mail dialogue a service speaks, built with `options`, or null (https and http speak none of these). */
function dialogueFor(service, options) {
    return protocolOf(service).dialogue?.(options) ?? null;
}



/***/ }),

/***/ 88295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mQ: () => (/* binding */ probeAll)
});

// UNUSED EXPORTS: DEFAULT_PER_HOST, DEFAULT_RETRY_AFTER_MS, probeEndpoint

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/policy/services.ts + 1 modules
var services = __webpack_require__(10409);
// EXTERNAL MODULE: ./src/facts/vocabulary.ts
var vocabulary = __webpack_require__(25123);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/probe/failure.ts
var probe_failure = __webpack_require__(40292);
;// CONCATENATED MODULE: ./src/probe/connect.ts
// TCP connections to one planned endpoint. Every socket opened here is remembered so that the
// engine can destroy all of them on every path, and counted for the `connections` fact.



/** The cap, not the server, stopped a connection: says nothing about the server. */
class ConnectionBudgetReached extends probe_failure/* ProbeFailure */.BU {
    constructor() {
        super('other', 'connect', `${vocabulary/* CONNECTION_BUDGET_REACHED */.Y8}: no more than ${vocabulary/* MAX_CONNECTIONS_PER_ENDPOINT */.$r} connections to one endpoint`);
        this.name = 'ConnectionBudgetReached';
    }
}
class Connector {
    address;
    port;
    timeoutMs;
    open = new Set();
    /** TCP connections attempted so far (the report's `connections`). */
    connections = 0;
    /** TCP connections the server accepted. */
    established = 0;
    constructor(address, port, timeoutMs) {
        this.address = address;
        this.port = port;
        this.timeoutMs = timeoutMs;
        // Only a literal address is ever dialled: a name here would mean a DNS look-up, and so a
        // target nobody planned.
        if (external_node_net_default().isIP(address) === 0)
            throw new probe_failure/* ProbeFailure */.BU('other', 'connect', `not an IP address: ${address}`);
    }
    /** Opens a TCP connection, or throws a ProbeFailure (refused, timeout, unreachable, …). */
    connect() {
        // A safety net, not a plan: the engine's steps stay under it (see engine.ts).
        if (this.connections >= vocabulary/* MAX_CONNECTIONS_PER_ENDPOINT */.$r) {
            return Promise.reject(new ConnectionBudgetReached());
        }
        this.connections += 1;
        const socket = new (external_node_net_default()).Socket();
        this.open.add(socket);
        // Errors after connect are seen by whoever reads the socket (LineReader, TLS); this keeps a
        // late reset on an idle socket from becoming an uncaught 'error' event.
        socket.on('error', () => undefined);
        socket.once('close', () => this.open.delete(socket));
        return new Promise((resolve, reject) => {
            // An error that arrives before this turn of the event loop ends came from the connect call
            // itself (no route, no such address family): no packet went out, so no server answered.
            let sameTurn = true;
            const turn = setImmediate(() => (sameTurn = false));
            const timer = setTimeout(() => {
                finish();
                socket.destroy();
                reject(new probe_failure/* ProbeFailure */.BU('timeout', 'connect', `no TCP connection within ${this.timeoutMs} ms`));
            }, this.timeoutMs);
            const onError = (err) => {
                const atOnce = sameTurn;
                finish();
                socket.destroy();
                const failure = (0,probe_failure/* failureFromSocketError */.OR)(err, 'connect');
                const code = (0,probe_failure/* systemErrorCode */.vq)(err);
                if (code !== '')
                    failure.error.code = code;
                // Only for "no route" errors: a refusal from loopback can also come back within the turn.
                if (atOnce && failure.error.kind === 'unreachable')
                    failure.error.atOnce = true;
                reject(failure);
            };
            const onConnect = () => {
                finish();
                this.established += 1;
                socket.setNoDelay(true);
                resolve(socket);
            };
            const finish = () => {
                clearTimeout(timer);
                clearImmediate(turn);
                socket.off('error', onError);
                socket.off('connect', onConnect);
            };
            socket.once('error', onError);
            socket.once('connect', onConnect);
            socket.connect({ host: this.address, port: this.port });
        });
    }
    /** Destroys every socket this connector opened that is still open. */
    destroyAll() {
        for (const socket of this.open)
            socket.destroy();
        this.open.clear();
    }
}

// EXTERNAL MODULE: ./src/probe/dialogues/index.ts + 6 modules
var dialogues = __webpack_require__(58514);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/probe/first-record.ts

/** TLS record content types a server may open with: change_cipher_spec, alert, handshake, application_data. */
const FIRST_RECORD_TYPE = 20;
const LAST_RECORD_TYPE = 23;
class FirstRecordWatch extends external_node_stream_.Duplex {
    raw;
    first = null;
    constructor(raw) {
        super();
        this.raw = raw;
        raw.on('data', (chunk) => {
            if (this.first === null && chunk.length > 0)
                this.first = chunk[0];
            if (!this.push(chunk))
                raw.pause();
        });
        raw.on('end', () => this.push(null));
        raw.on('error', (err) => this.destroy(err));
        raw.on('close', () => this.destroy());
    }
    /** The server's first bytes were not a TLS record (plaintext, most likely a reply line). */
    get textFirst() {
        return this.first !== null && (this.first < FIRST_RECORD_TYPE || this.first > LAST_RECORD_TYPE);
    }
    _read() {
        this.raw.resume();
    }
    _write(chunk, _encoding, done) {
        this.raw.write(chunk, done);
    }
    _final(done) {
        this.raw.end(done);
    }
    _destroy(err, done) {
        this.raw.destroy();
        done(err);
    }
}

;// CONCATENATED MODULE: ./src/probe/http.ts

/** The body is read only to let the response finish; no more than this much is taken. */
const MAX_HTTP_BODY_BYTES = 64 * 1024;
/** The status line and headers together, at most (node's parser stops there with HPE_HEADER_OVERFLOW). */
const MAX_HTTP_HEADER_BYTES = 16 * 1024;
/**
 * The Host header for a host name or IP literal on a port (IPv6 literals in brackets). Of these,
 * only an IPv6 literal has a colon: tested so rather than with net.isIPv6, whose first call
 * compiles a large regular expression.
 */
function hostHeader(host, port) {
    const name = host.includes(':') ? `[${host}]` : host;
    return port === 80 ? name : `${name}:${port}`;
}
function errorOf(err) {
    if (err instanceof probe_failure/* ProbeFailure */.BU)
        return err.error;
    const { code, syscall } = (err ?? {});
    // llhttp's parse errors (HPE_…): whatever answered, it was not HTTP, or not HTTP within bounds.
    if (typeof code === 'string' && code.startsWith('HPE_')) {
        return { kind: 'misbehaving', step: 'http', message: `not an HTTP response: ${err.message}` };
    }
    // The server closed before a whole response came: node reports that hang-up as ECONNRESET
    // with no syscall, told apart from a reset (a read that failed) only by packet timing (a close
    // that crosses our request comes back as a reset).
    if (code === 'ECONNRESET' && syscall === undefined) {
        return { kind: 'closed', step: 'http', message: `the connection was closed before a whole response: ${err.message}` };
    }
    return (0,probe_failure/* classifySocketError */.Wy)(err, 'http');
}
async function probeHttp(connector, host, timeoutMs) {
    const failed = (error) => ({ facts: { status: null, location: null, error: error.message }, error });
    const http = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37067, 23));
    let socket;
    try {
        socket = await connector.connect();
    }
    catch (err) {
        return failed(errorOf(err));
    }
    return new Promise((resolve) => {
        let timer;
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.destroy();
            socket.destroy();
            resolve(outcome);
        };
        // One deadline per step (the response head, then the body), each the endpoint's timeout.
        const arm = (what) => {
            clearTimeout(timer);
            timer = setTimeout(() => settle(failed({ kind: 'timeout', step: 'http', message: `no ${what} within ${timeoutMs} ms` })), timeoutMs);
        };
        const request = http.request({
            createConnection: () => socket,
            method: 'GET',
            path: '/',
            headers: { host: hostHeader(host, connector.port), 'user-agent': 'mail-tls-gate', connection: 'close' },
            maxHeaderSize: MAX_HTTP_HEADER_BYTES,
            insecureHTTPParser: false,
            // A request without an agent has no redirect handling either: a 3xx comes back as it is.
        });
        request.on('error', (err) => settle(failed(errorOf(err))));
        request.on('response', (response) => {
            arm('response body');
            const location = response.headers.location ?? null;
            const done = () => settle({ facts: { status: response.statusCode ?? null, location, error: null }, error: null });
            let taken = 0;
            response.on('data', (chunk) => {
                taken += chunk.length;
                if (taken >= MAX_HTTP_BODY_BYTES)
                    done();
            });
            response.on('end', done);
            response.on('error', (err) => settle(failed(errorOf(err))));
            response.on('close', () => settle(failed({ kind: 'closed', step: 'http', message: 'the connection was closed before a whole response' })));
        });
        arm('response');
        request.end();
    });
}

;// CONCATENATED MODULE: ./src/probe/lines.ts

const MAX_LINE_BYTES = 8 * 1024;
const MAX_REPLY_BYTES = 64 * 1024;
/** Past this much unread input the reader stops pulling from the socket (back-pressure). */
const HIGH_WATER_BYTES = MAX_REPLY_BYTES + MAX_LINE_BYTES;
class LineReader {
    stream;
    buffer = Buffer.alloc(0);
    ending = null;
    wake = null;
    released = false;
    onData = (chunk) => {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        if (this.buffer.length > HIGH_WATER_BYTES)
            this.stream.pause();
        this.notify();
    };
    onEnd = () => {
        this.ending ??= { kind: 'closed' };
        this.notify();
    };
    onError = (err) => {
        this.ending ??= { kind: 'error', err };
        this.notify();
    };
    constructor(stream) {
        this.stream = stream;
        stream.on('data', this.onData);
        stream.on('end', this.onEnd);
        stream.on('close', this.onEnd);
        stream.on('error', this.onError);
    }
    write(text) {
        this.stream.write(Buffer.from(text, 'latin1'));
    }
    /** Reads one line (without its CR LF) within timeoutMs. */
    async readLine(timeoutMs, step) {
        const [line] = await this.readReply(() => true, timeoutMs, step);
        return line;
    }
    /**
     * Reads lines until `isLast` says a line ends the reply; one deadline covers the whole reply so
     * that a server dripping lines cannot hold the probe past it.
     */
    async readReply(isLast, timeoutMs, step) {
        const lines = [];
        let replyBytes = 0;
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const line = await this.nextLine(deadline, timeoutMs, step, lines);
            replyBytes += line.length;
            lines.push(line);
            if (replyBytes > MAX_REPLY_BYTES) {
                throw new probe_failure/* ProbeFailure */.BU('misbehaving', step, `reply longer than ${MAX_REPLY_BYTES} bytes`, (0,probe_failure/* clipEvidence */.Gd)(lines.join('\n')));
            }
            if (isLast(line))
                return lines;
        }
    }
    /**
     * Stops reading and detaches from the stream, so that a TLS layer can take it over. Returns
     * the bytes the server sent that were not read as lines: after a STARTTLS go-ahead there must be
     * none, since the server has to wait for our ClientHello.
     */
    release() {
        this.released = true;
        this.stream.pause();
        this.stream.off('data', this.onData);
        this.stream.off('end', this.onEnd);
        this.stream.off('close', this.onEnd);
        this.stream.off('error', this.onError);
        const rest = this.buffer;
        this.buffer = Buffer.alloc(0);
        return rest;
    }
    notify() {
        const wake = this.wake;
        this.wake = null;
        wake?.();
    }
    takeLine(step) {
        const lf = this.buffer.indexOf(0x0a);
        const end = lf === -1 ? this.buffer.length : lf;
        const length = end > 0 && this.buffer[end - 1] === 0x0d ? end - 1 : end;
        if (length > MAX_LINE_BYTES) {
            throw new probe_failure/* ProbeFailure */.BU('misbehaving', step, `line longer than ${MAX_LINE_BYTES} bytes`, (0,probe_failure/* clipEvidence */.Gd)(this.buffer.toString('latin1', 0, Math.min(this.buffer.length, 256))));
        }
        if (lf === -1)
            return null;
        const line = this.buffer.toString('latin1', 0, length);
        this.buffer = this.buffer.subarray(lf + 1);
        if (this.stream.isPaused() && !this.released && this.buffer.length <= HIGH_WATER_BYTES)
            this.stream.resume();
        return line;
    }
    async nextLine(deadline, timeoutMs, step, sofar) {
        if (this.released)
            throw new probe_failure/* ProbeFailure */.BU('other', step, 'line reader used after release');
        for (;;) {
            const line = this.takeLine(step);
            if (line !== null)
                return line;
            if (this.ending) {
                const partial = [...sofar, this.buffer.toString('latin1')].join('\n');
                if (this.ending.kind === 'closed') {
                    throw new probe_failure/* ProbeFailure */.BU('closed', step, 'the server closed the connection', partial ? (0,probe_failure/* clipEvidence */.Gd)(partial) : null);
                }
                const e = (0,probe_failure/* classifySocketError */.Wy)(this.ending.err, step);
                throw new probe_failure/* ProbeFailure */.BU(e.kind, step, e.message, partial ? (0,probe_failure/* clipEvidence */.Gd)(partial) : null);
            }
            const left = deadline - Date.now();
            if (left <= 0) {
                // Bytes that never became a line are not a slow server but a broken one (binary, a
                // protocol without line ends): that is misbehaviour, and the bytes are the evidence.
                if (this.buffer.length > 0) {
                    throw new probe_failure/* ProbeFailure */.BU('misbehaving', step, 'data that never ends a line', (0,probe_failure/* clipEvidence */.Gd)([...sofar, this.buffer.toString('latin1')].join('\n')));
                }
                throw new probe_failure/* ProbeFailure */.BU('timeout', step, `no complete reply within ${timeoutMs} ms`, sofar.length ? (0,probe_failure/* clipEvidence */.Gd)(sofar.join('\n')) : null);
            }
            await new Promise((resolve) => {
                const timer = setTimeout(() => {
                    this.wake = null;
                    resolve();
                }, left);
                this.wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
        }
    }
}

// EXTERNAL MODULE: ./src/probe/semaphore.ts
var probe_semaphore = __webpack_require__(79424);
// EXTERNAL MODULE: ./src/probe/tls.ts
var tls = __webpack_require__(6428);
// EXTERNAL MODULE: ./src/probe/client-hello.ts
var client_hello = __webpack_require__(56650);
;// CONCATENATED MODULE: ./src/probe/cipher-questions.ts



const AEAD = /_(GCM|CCM|CCM_8|CHACHA20_POLY1305)(_|$)/;
// IDEA's 64-bit block is 3DES's weakness (Sweet32), and TLS 1.2 dropped it with DES (RFC 5246 §1.2).
const WEAK = /_WITH_(NULL|RC4|DES|3DES|IDEA|RC2|DES40)_|_EXPORT_|_MD5$/;
function keyExchangeOf(name) {
    const kx = name.slice('TLS_'.length, name.indexOf('_WITH_')).replace(/_EXPORT$/, '');
    if (kx === 'DH_anon' || kx === 'ECDH_anon' || kx === 'RSA' || kx === 'DHE' || kx === 'ECDHE')
        return kx;
    if (kx.startsWith('DHE_'))
        return 'DHE';
    if (kx.startsWith('ECDHE_'))
        return 'ECDHE';
    if (kx.startsWith('DH_'))
        return 'DH';
    if (kx.startsWith('ECDH_'))
        return 'ECDH';
    throw new RangeError(`unknown key exchange in ${name}`);
}
/** Its classes follow from the name: the key exchange before _WITH_, the cipher and MAC after. */
function suite(code, name) {
    const kx = keyExchangeOf(name);
    const classes = [];
    if (WEAK.test(name))
        classes.push('weak');
    if (kx === 'DH_anon' || kx === 'ECDH_anon')
        classes.push('anonymous');
    if (kx === 'RSA' || kx === 'DH' || kx === 'ECDH')
        classes.push('no-forward-secrecy');
    if (!AEAD.test(name))
        classes.push('non-aead');
    if (kx === 'DHE')
        classes.push('dhe');
    return { code, name, classes };
}
/**
 * The TLS 1.0–1.2 suites the questions can offer, from the IANA registry: every suite of the
 * classes asked about that OpenSSL, GnuTLS, Schannel or an old Java stack has shipped (the ones a
 * mail server can be configured to accept), and the (EC)DHE suites with CBC for the non-AEAD
 * class. ECDHE with AEAD is in no class: it is what a good server picks, and no question offers it.
 */
const CIPHER_SUITES = [
    // weak, RSA key transport
    suite(0x0001, 'TLS_RSA_WITH_NULL_MD5'),
    suite(0x0002, 'TLS_RSA_WITH_NULL_SHA'),
    suite(0x003b, 'TLS_RSA_WITH_NULL_SHA256'),
    suite(0x0003, 'TLS_RSA_EXPORT_WITH_RC4_40_MD5'),
    suite(0x0004, 'TLS_RSA_WITH_RC4_128_MD5'),
    suite(0x0005, 'TLS_RSA_WITH_RC4_128_SHA'),
    suite(0x0006, 'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5'),
    suite(0x0008, 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA'),
    suite(0x0009, 'TLS_RSA_WITH_DES_CBC_SHA'),
    suite(0x000a, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'),
    // weak, ephemeral key exchange
    suite(0x0011, 'TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA'),
    suite(0x0012, 'TLS_DHE_DSS_WITH_DES_CBC_SHA'),
    suite(0x0013, 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA'),
    suite(0x0014, 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA'),
    suite(0x0015, 'TLS_DHE_RSA_WITH_DES_CBC_SHA'),
    suite(0x0016, 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA'),
    suite(0xc006, 'TLS_ECDHE_ECDSA_WITH_NULL_SHA'),
    suite(0xc007, 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA'),
    suite(0xc008, 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA'),
    suite(0xc010, 'TLS_ECDHE_RSA_WITH_NULL_SHA'),
    suite(0xc011, 'TLS_ECDHE_RSA_WITH_RC4_128_SHA'),
    suite(0xc012, 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA'),
    // anonymous (aNULL)
    suite(0x0017, 'TLS_DH_anon_EXPORT_WITH_RC4_40_MD5'),
    suite(0x0018, 'TLS_DH_anon_WITH_RC4_128_MD5'),
    suite(0x0019, 'TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA'),
    suite(0x001a, 'TLS_DH_anon_WITH_DES_CBC_SHA'),
    suite(0x001b, 'TLS_DH_anon_WITH_3DES_EDE_CBC_SHA'),
    suite(0x0034, 'TLS_DH_anon_WITH_AES_128_CBC_SHA'),
    suite(0x003a, 'TLS_DH_anon_WITH_AES_256_CBC_SHA'),
    suite(0x006c, 'TLS_DH_anon_WITH_AES_128_CBC_SHA256'),
    suite(0x006d, 'TLS_DH_anon_WITH_AES_256_CBC_SHA256'),
    suite(0x00a6, 'TLS_DH_anon_WITH_AES_128_GCM_SHA256'),
    suite(0x00a7, 'TLS_DH_anon_WITH_AES_256_GCM_SHA384'),
    suite(0x0046, 'TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA'),
    suite(0x0089, 'TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA'),
    suite(0xc015, 'TLS_ECDH_anon_WITH_NULL_SHA'),
    suite(0xc016, 'TLS_ECDH_anon_WITH_RC4_128_SHA'),
    suite(0xc017, 'TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA'),
    suite(0xc018, 'TLS_ECDH_anon_WITH_AES_128_CBC_SHA'),
    suite(0xc019, 'TLS_ECDH_anon_WITH_AES_256_CBC_SHA'),
    // no forward secrecy: RSA key transport and static (EC)DH
    suite(0x009c, 'TLS_RSA_WITH_AES_128_GCM_SHA256'),
    suite(0x009d, 'TLS_RSA_WITH_AES_256_GCM_SHA384'),
    suite(0xc09c, 'TLS_RSA_WITH_AES_128_CCM'),
    suite(0xc09d, 'TLS_RSA_WITH_AES_256_CCM'),
    suite(0x002f, 'TLS_RSA_WITH_AES_128_CBC_SHA'),
    suite(0x0035, 'TLS_RSA_WITH_AES_256_CBC_SHA'),
    suite(0x003c, 'TLS_RSA_WITH_AES_128_CBC_SHA256'),
    suite(0x003d, 'TLS_RSA_WITH_AES_256_CBC_SHA256'),
    suite(0x0041, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA'),
    suite(0x0084, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA'),
    suite(0x0096, 'TLS_RSA_WITH_SEED_CBC_SHA'),
    suite(0x0007, 'TLS_RSA_WITH_IDEA_CBC_SHA'),
    suite(0x0030, 'TLS_DH_DSS_WITH_AES_128_CBC_SHA'),
    suite(0x0031, 'TLS_DH_RSA_WITH_AES_128_CBC_SHA'),
    suite(0x0036, 'TLS_DH_DSS_WITH_AES_256_CBC_SHA'),
    suite(0x0037, 'TLS_DH_RSA_WITH_AES_256_CBC_SHA'),
    suite(0xc004, 'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA'),
    suite(0xc005, 'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA'),
    suite(0xc00e, 'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA'),
    suite(0xc00f, 'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA'),
    suite(0xc02d, 'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256'),
    suite(0xc031, 'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256'),
    // forward secret, finite-field DHE
    suite(0x009e, 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'),
    suite(0x009f, 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'),
    suite(0xccaa, 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256'),
    suite(0xc09e, 'TLS_DHE_RSA_WITH_AES_128_CCM'),
    suite(0xc09f, 'TLS_DHE_RSA_WITH_AES_256_CCM'),
    suite(0x00a2, 'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256'),
    suite(0x00a3, 'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384'),
    suite(0x0033, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA'),
    suite(0x0039, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA'),
    suite(0x0067, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256'),
    suite(0x006b, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256'),
    suite(0x0032, 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA'),
    suite(0x0038, 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA'),
    suite(0x0045, 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA'),
    suite(0x0088, 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA'),
    // forward secret, ECDHE with CBC: only the non-AEAD class offers them
    suite(0xc009, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'),
    suite(0xc00a, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'),
    suite(0xc023, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'),
    suite(0xc024, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'),
    suite(0xc013, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'),
    suite(0xc014, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'),
    suite(0xc027, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'),
    suite(0xc028, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'),
];
const BY_CODE = new Map(CIPHER_SUITES.map((s) => [s.code, s]));
/** The suites of the table usable at `version`: those with SHA-256/384 MACs or AEAD are TLS 1.2's (RFC 5246 §A.5). */
function usableAt(s, version) {
    return version === 'TLSv1.2' || !/_SHA256$|_SHA384$|_GCM_|_CCM|_CHACHA20_/.test(s.name);
}
const OFFERS = new Map();
/**
 * The suites of `classes` (any of them) offered at `version`. Worked out once per version and
 * class list (a few dozen at most) instead of once per question: every endpoint asks the same.
 */
function suitesOf(classes, version) {
    const key = `${version}:${classes.join(',')}`;
    let offer = OFFERS.get(key);
    if (!offer) {
        offer = Object.freeze(CIPHER_SUITES.filter((s) => usableAt(s, version) && s.classes.some((c) => classes.includes(c))).map((s) => s.code));
        OFFERS.set(key, offer);
    }
    return offer;
}
/** The table's entry for a suite code, if it has one. */
function suiteByCode(code) {
    return BY_CODE.get(code);
}
/** At most this many questions (connections) per version: one per class TLS 1.2 asks by default. */
const CIPHER_QUESTIONS_PER_VERSION = 4;
function readAnswer(answer, offer, version) {
    if (answer === null)
        return { kind: 'refused' };
    if ('untested' in answer)
        return { kind: 'untested', error: answer.untested };
    const chosen = suiteByCode(answer.suite);
    if (!chosen || !offer.includes(chosen.code) || answer.version !== version) {
        const what = chosen ? `the server chose ${chosen.name} at ${answer.version ?? 'an unknown version'}, which was not offered` : `the server chose suite 0x${answer.suite.toString(16).padStart(4, '0')}, which was not offered`;
        return { kind: 'unoffered', what };
    }
    return { kind: 'picked', suite: chosen, dhBits: answer.dhBits, keyExchangeUnread: answer.keyExchangeUnread };
}
/**
 * Asks the classes of `classes` at one version, narrowing after each accepted suite. `open`
 * yields a connection ready for a ClientHello (implicit TLS: a TCP connection; STARTTLS: one
 * whose upgrade was accepted); what it throws leaves the classes still open untested. `first`:
 * the first question's answer, already drawn (`askFirstCipherQuestion`): it stands for that
 * question, which then costs no connection here.
 */
async function askCipherClasses(open, ctx, version, classes, describeUntested, first) {
    const facts = { picked: [], accepted: [], refused: [], untested: [] };
    let remaining = [...classes];
    for (let question = 0; remaining.length > 0; question += 1) {
        if (question >= CIPHER_QUESTIONS_PER_VERSION) {
            // Only a server that accepted a suite of every class asked so far gets here.
            leaveUntested(facts, remaining, `${vocabulary/* CONNECTION_BUDGET_REACHED */.Y8} (${CIPHER_QUESTIONS_PER_VERSION} cipher questions at ${version})`);
            break;
        }
        const offer = suitesOf(remaining, version);
        if (offer.length === 0) {
            facts.refused.push(...remaining);
            break;
        }
        const answer = readAnswer(question === 0 && first !== undefined ? first : await ask(open, ctx, version, offer), offer, version);
        if (answer.kind === 'untested') {
            leaveUntested(facts, remaining, describeUntested(answer.error));
            break;
        }
        if (answer.kind === 'refused') {
            facts.refused.push(...remaining);
            break;
        }
        if (answer.kind === 'unoffered') {
            leaveUntested(facts, remaining, answer.what);
            break;
        }
        const chosen = answer.suite;
        const proven = remaining.filter((c) => chosen.classes.includes(c));
        facts.picked.push({ suite: chosen.name, classes: chosen.classes.filter((c) => classes.includes(c)) });
        facts.accepted.push(...proven);
        remaining = remaining.filter((c) => !proven.includes(c));
        if (answer.dhBits !== undefined)
            facts.dhBits = answer.dhBits;
        else if (proven.includes('dhe')) {
            // The DHE class is asked for its group: a ServerKeyExchange that could not be read leaves
            // the group unknown, though the class is accepted.
            facts.untested.push('dhe');
            facts.untestedReason = `the DH group could not be read (${answer.keyExchangeUnread ?? 'no ServerKeyExchange'})`;
            facts.accepted = facts.accepted.filter((c) => c !== 'dhe');
        }
    }
    // Every way out goes through here, the untested ones too: the lists are in the order asked.
    return sortFacts(facts, classes);
}
function leaveUntested(facts, remaining, reason) {
    facts.untested.push(...remaining);
    facts.untestedReason = facts.untestedReason ? `${facts.untestedReason}; ${reason}` : reason;
}
/** Classes in the order they were asked about, whatever order the answers came in. */
function sortFacts(facts, classes) {
    const order = (list) => internedClasses(classes.filter((c) => list.includes(c)));
    return {
        ...facts,
        picked: facts.picked.map(internedPick),
        accepted: order(facts.accepted),
        refused: order(facts.refused),
        untested: order(facts.untested),
    };
}
// A fleet's endpoints give the same few answers, and the facts of every endpoint stay in memory
// until the run's report is written: each distinct class list and each distinct picked suite is
// kept once, frozen, and shared by every endpoint that gave it. Both sets are small and bounded
// (subsets of five classes; the suites of CIPHER_SUITES), whatever a server answers.
const CLASS_LISTS = new Map();
const PICKS = new Map();
/** The shared, frozen copy of a class list. */
function internedClasses(list) {
    const key = list.join(',');
    let shared = CLASS_LISTS.get(key);
    if (!shared) {
        shared = Object.freeze([...list]);
        CLASS_LISTS.set(key, shared);
    }
    return shared;
}
const ANSWERS = new Map();
/** Distinct answers kept for sharing; past this many (a fleet of odd DH groups), answers are kept as they come. */
const MAX_SHARED_ANSWERS = 1024;
/**
 * The shared, frozen copy of one version's answers, where they carry no free text (an
 * `untestedReason` says what went wrong on that endpoint, and is kept as it is).
 */
function internedAnswers(answers) {
    if (answers.untestedReason !== undefined)
        return answers;
    const key = JSON.stringify(answers);
    const shared = ANSWERS.get(key);
    if (shared)
        return shared;
    if (ANSWERS.size >= MAX_SHARED_ANSWERS)
        return answers;
    const frozen = Object.freeze(answers);
    ANSWERS.set(key, frozen);
    return frozen;
}
function internedPick(pick) {
    const classes = internedClasses(pick.classes);
    const key = `${pick.suite}:${classes.join(',')}`;
    let shared = PICKS.get(key);
    if (!shared) {
        shared = Object.freeze({ suite: pick.suite, classes });
        PICKS.set(key, shared);
    }
    return shared;
}
/** One question: a ClientHello offering only `suites` at `version` alone. */
async function ask(open, ctx, version, suites) {
    let raw;
    try {
        raw = await open();
    }
    catch (err) {
        return { untested: err };
    }
    const hello = (0,client_hello/* clientHello */.Ye)({ min: version, max: version, servername: (0,tls/* sniName */.aY)(ctx.servername), suites });
    // Read on to the ServerKeyExchange only for a finite-field DH suite: its group is what is asked.
    const reader = new client_hello/* ServerHelloReader */.TB((code) => {
        const s = suiteByCode(code);
        return s !== undefined && (s.classes.includes('dhe') || /^TLS_DH_anon_/.test(s.name));
    });
    return (0,tls/* askHello */.U4)(raw, ctx, hello, reader);
}
/** The classes of the questions at `version` (`classesAt`), and those of them that are asked. */
function askedAt(version, newest, options) {
    const classes = (0,vocabulary/* classesAt */.I2)(version, newest, options);
    const judged = options.judged;
    return { classes, asked: judged ? classes.filter((c) => judged.has(c)) : classes };
}
/**
 * The first question at TLS 1.2, the newest version: the classes it asks (those `judged` keeps)
 * and the suites it offers. What `askFirstCipherQuestion` sends, and what the bench's floor with
 * the check's questions sends in its place.
 */
function firstQuestionOffer(options) {
    const { asked } = askedAt('TLSv1.2', true, options);
    return { classes: asked, suites: suitesOf(asked, 'TLSv1.2') };
}
/**
 * Asks the first cipher question at TLS 1.2 alone: exactly the ClientHello `askCiphers` would
 * send first at TLS 1.2, the newest version, with every judged class of it. Null, and no
 * connection, where no class is asked there. The engine asks it ahead of the version sweep where
 * its answer is likely to answer the sweep's TLS 1.2 question too, and hands it to `askCiphers`,
 * which takes it as its first answer at TLS 1.2 instead of asking again.
 */
async function askFirstCipherQuestion(open, ctx, options) {
    const { classes: asked, suites: offer } = firstQuestionOffer(options);
    if (asked.length === 0 || offer.length === 0)
        return null;
    const answer = await ask(open, ctx, 'TLSv1.2', offer);
    return { classes: asked, answer, tls12Accepted: readAnswer(answer, offer, 'TLSv1.2').kind === 'picked' };
}
/**
 * Every judged class at every accepted version of TLS 1.2 and below, newest first. `accepted` is
 * the sweep's list; versions it left untested are not asked (their classes would only be untested
 * again), and a TLS 1.3-only server is asked nothing. A class no rule judges is not asked at any
 * version, so where every cipher rule is off for the endpoint no question is asked at all, and
 * each version's facts say only what was left unasked. `first`: the first question at TLS 1.2,
 * already asked (`askFirstCipherQuestion`), whose answer is used where TLS 1.2 is asked and
 * dropped where it is not (TLS 1.2 not accepted).
 */
async function askCiphers(open, ctx, accepted, options, describeUntested, first) {
    const versions = ['TLSv1.2', 'TLSv1.1', 'TLSv1'].filter((v) => accepted.includes(v));
    if (versions.length === 0)
        return null;
    const facts = {};
    for (const [i, version] of versions.entries()) {
        const { classes, asked } = askedAt(version, i === 0, options);
        let answered;
        // Every answer of the first question stands for it, as any question's does when asked once:
        // one that said nothing of TLS 1.2 (no answer, turned away, a suite not offered) still leaves
        // its classes untested here, and a server or middlebox that swallows such ClientHellos is not
        // waited for twice.
        if (first && version === 'TLSv1.2') {
            // Its question must be this one, or its answer would stand for a question never asked.
            if (first.classes.join(',') !== asked.join(','))
                throw new Error(`the first cipher question asked ${first.classes.join(',')}, not ${asked.join(',')}`);
            answered = first.answer;
        }
        // A version with no class left to ask costs no connection: askCipherClasses opens none.
        const answers = await askCipherClasses(open, ctx, version, asked, describeUntested, answered);
        const notAsked = classes.filter((c) => !asked.includes(c));
        facts[version] = internedAnswers(notAsked.length > 0 ? { ...answers, notAsked: internedClasses(notAsked) } : answers);
    }
    return facts;
}

// EXTERNAL MODULE: ./src/common/profiles.ts
var profiles = __webpack_require__(89975);
;// CONCATENATED MODULE: ./src/probe/engine.ts
// The probe engine: for each planned endpoint, the connections and dialogues that turn it into
// facts. It never judges (that is src/rules), never throws, and destroys every socket it opened.
//
// Connections per endpoint. A forbidden service or http takes 1. A TLS service takes its session
// (1, and 1 retry where the service said it is busy or hung up before it said anything), then:
// - over STARTTLS, the injection test: 1 connection offering what the upgrade did; where the
//   upgrade got TLS 1.3 its handshake offers TLS 1.2 alone instead, and so also answers the
//   sweep's TLS 1.2 question. Where that handshake is refused (no TLS 1.2, or not with what node
//   offers at TLS 1.2, or Dovecot feeding the pipelined command to TLS), the test is made again
//   offering what the upgrade did (2), and the TLS 1.2 question stays open. No injection test
//   where the upgrade failed;
// - the version sweep: 1.0–1.1 in one question and 1.0 alone where that got 1.1 (up to 2), after
//   a session that got TLS 1.3 also 1.2 alone unless the injection test or the first cipher
//   question answered it (up to 3), after a failed handshake 1.3 and 1.2 alone too (up to 4);
// - the cipher questions (cipher-questions.ts, docs/ciphers.md) at each version of 1.2 and below
//   the sweep saw accepted, about the classes some rule judges on the endpoint (`cipherClasses`,
//   worked out by the entry point: RSA key transport only under a profile or a policy that turns
//   its rule on; nothing where every cipher rule is off): up to 4 at TLS 1.2, 2 at 1.1 and at 1.0
//   (3 at the newest, for the DH group, where 1.2 is not accepted): up to 8. After a TLS 1.3
//   session whose TLS 1.2 question is still open (implicit TLS; STARTTLS where the injection
//   test's TLS 1.2-only handshake was refused), profile not modern, the first one at TLS 1.2 is
//   asked before the sweep (`sweepAndCiphers`): a suite picked answers the sweep's TLS 1.2
//   question (one fewer); any other answer is the first at TLS 1.2 if the sweep finds it accepted
//   (none more), and is otherwise dropped (one more: a TLS 1.3-only server).
// The most, before the busy retries of the extra connections: STARTTLS upgraded to TLS 1.3 on a
// server that takes TLS 1.2 only with suites the injection test's TLS 1.2-only handshake does not
// offer, accepts TLS 1.0 and 1.1 too and a suite of most classes: 1 + 2 + 1 (the first cipher
// question, answering TLS 1.2) + 2 + 7 = 13; implicit TLS after a failed session handshake, TLS
// 1.0–1.2 found by the sweep: 1 + 4 + 8 = 13; STARTTLS upgraded to 1.2: 1 + 1 + 2 + 8 = 12. With
// the session's busy retry, 14, under MAX_CONNECTIONS_PER_ENDPOINT (15). On the fixture servers
// (node's default TLS 1.2 list, which takes RSA key transport) under the default policy, which
// does not ask about RSA key transport, the cipher questions cost 1 (2 where a profile or the
// policy turns forward secrecy on: the RSA suite picked, then the refusal): TLS 1.2 and 1.3 cost
// 4 on implicit TLS (session, 1 cipher question refused, 1.2 alone, 1.0–1.1; where forward
// secrecy is asked, session, the RSA suite picked, which answers 1.2 too, 1.0–1.1, the refusal),
// 4 over STARTTLS where the pipelined command is dropped, as Postfix does (session, injection
// test answering 1.2, 1.0–1.1, 1 cipher question), and 6 where it is fed to TLS, as Dovecot does
// (the injection test twice, the cipher question refused, 1.2 alone, 1.0–1.1); TLS 1.3 only
// costs 4 on implicit TLS (the first cipher question, refused and dropped; 3 under the profile
// modern) and 6 over STARTTLS (5 under modern); TLS 1.2 only costs 3 on implicit TLS and 4 over
// STARTTLS.
// The extra connections (injection test, sweep, cipher questions) get their own busy retry only
// while the budget lasts; one turned away for good, a question unanswered in time, or one the
// budget no longer covers, leaves its check untested (`versionsUntested`,
// `commandInjectionUntested`, `ciphers[version].untested`), never a false "not accepted" or "not
// vulnerable".
//
// Politeness: nothing is sent before the server's greeting, SMTP says EHLO with `heloName`, and
// every session that got as far as a greeting ends with QUIT / LOGOUT (inside TLS when it is up),
// except the sweep's version questions, which end inside the handshake with TLS alerts (tls.ts).













const DEFAULT_RETRY_AFTER_MS = 5000;
const DEFAULT_PER_HOST = 2;
/** Everything one endpoint's probe needs, and the facts it fills in as it goes. */
class EndpointProbe {
    endpoint;
    connector;
    options;
    facts;
    timeoutMs;
    /** What the dialogues say of the client: SMTP's EHLO name (`heloName`). */
    dialogueOptions;
    retryAfterMs;
    /**
     * An earlier connection to this endpoint got as far as the service's greeting (or, for https,
     * its TLS handshake). Only then is a later connection that is closed or reset before the
     * greeting a sign of a busy server: the pattern of one that serves some and turns others away.
     */
    served = false;
    constructor(endpoint, connector, options, facts) {
        this.endpoint = endpoint;
        this.connector = connector;
        this.options = options;
        this.facts = facts;
        this.timeoutMs = endpoint.settings.timeoutMs;
        this.dialogueOptions = { clientName: options.heloName ?? external_node_os_default().hostname() };
        this.retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    }
    tlsContext() {
        return {
            servername: this.endpoint.host,
            extraCa: this.options.extraCa,
            trust: this.options.trust,
            timeoutMs: this.timeoutMs,
            now: (this.options.now ?? (() => new Date()))(),
        };
    }
    /** Keeps the first thing that went wrong; later trouble is a consequence of it. */
    fail(error) {
        this.facts.error ??= error;
    }
    async run() {
        const spec = services/* SERVICES */.Bg[this.endpoint.service];
        if (this.endpoint.expectation === 'forbid')
            return this.reachOnly();
        if (spec.transport === 'http')
            return this.http();
        if (spec.transport === 'implicit-tls')
            return this.implicitTls();
        return this.starttls((0,dialogues/* dialogueFor */._D)(this.endpoint.service, this.dialogueOptions));
    }
    /** A forbidden service only has to be shown reachable or not: connect, and hang up at once. */
    async reachOnly() {
        const socket = await this.connector.connect();
        socket.destroy();
    }
    async http() {
        const outcome = await probeHttp(this.connector, this.endpoint.host, this.timeoutMs);
        this.facts.http = outcome.facts;
        if (outcome.error)
            this.fail(outcome.error);
    }
    /**
     * A service that says it is busy, or hangs up (close or reset) before it said anything, gets
     * one more chance after `retryAfterMs`. Still so: a busy one is inconclusive; one that hung up
     * at first contact again is unreachable, with what it did as the evidence.
     */
    async withBusyRetry(attempt) {
        for (let round = 0;; round += 1) {
            try {
                return await attempt();
            }
            catch (err) {
                if (!(err instanceof probe_failure/* ProbeFailure */.BU))
                    throw err;
                this.markBusy(err.error);
                if (!(err.error.busy || hungUpFirst(err.error)) || round > 0)
                    throw err;
                this.facts.plaintext = null;
                this.facts.tls = null;
                await this.backOff();
            }
        }
    }
    /** A hang-up before the greeting is "busy" only after this endpoint served an earlier connection. */
    markBusy(e) {
        if (this.served && hungUpFirst(e))
            e.busy = true;
    }
    /**
     * The same for an extra connection (injection test, sweep): one retry after `retryAfterMs`,
     * and only while the connection budget lasts. Nothing of the facts is touched.
     */
    async politely(attempt) {
        try {
            return await attempt();
        }
        catch (err) {
            if (!(err instanceof probe_failure/* ProbeFailure */.BU))
                throw err;
            this.markBusy(err.error);
            if (!err.error.busy || this.connector.connections >= vocabulary/* MAX_CONNECTIONS_PER_ENDPOINT */.$r)
                throw err;
            await this.backOff();
        }
        try {
            return await attempt();
        }
        catch (err) {
            if (err instanceof probe_failure/* ProbeFailure */.BU)
                this.markBusy(err.error);
            throw err;
        }
    }
    backOff() {
        return new Promise((resolve) => setTimeout(resolve, this.retryAfterMs));
    }
    /**
     * Read the greeting on a connected stream; nothing is sent before it. `record` keeps a refusal's
     * text in the facts (the main session only: an extra connection must not overwrite them).
     */
    async greet(dialogue, socket, stream = socket, record = false) {
        const session = new dialogues/* Session */.Nn(new LineReader(stream), this.timeoutMs);
        try {
            const greeting = await dialogue.greeting(session);
            this.served = true;
            return { socket, session, greeting };
        }
        catch (err) {
            if (record && err instanceof probe_failure/* ProbeFailure */.BU && err.evidence !== null && err.error.step === 'greeting') {
                this.facts.plaintext = emptyPlaintext(err.evidence);
            }
            // A server that said "busy" still gets its goodbye (RFC 5321 §3.1 asks for QUIT).
            if (err instanceof probe_failure/* ProbeFailure */.BU && err.error.busy)
                await dialogue.quit(session);
            socket.destroy();
            throw err;
        }
    }
    recordSweep(sweep) {
        if (!this.facts.tls)
            return;
        this.facts.tls.versionsAccepted = sweep.accepted;
        if (sweep.untested.length === 0)
            return;
        this.facts.tls.versionsUntested = sweep.untested;
        this.facts.tls.versionsUntestedReason = [...new Set(sweep.untestedBecause.map(({ error }) => untestedReason(error)))].join('; ');
        const overBudget = new Set(sweep.untestedBecause.filter(({ error }) => error instanceof ConnectionBudgetReached).flatMap(({ versions }) => versions));
        if (overBudget.size > 0)
            this.facts.tls.versionsOverBudget = sweep.untested.filter((v) => overBudget.has(v));
        const turnedAway = new Set(sweep.untestedBecause.filter(({ error }) => engine_errorOf(error).busy === true).flatMap(({ versions }) => versions));
        if (turnedAway.size > 0)
            this.facts.tls.versionsTurnedAway = sweep.untested.filter((v) => turnedAway.has(v));
    }
    /**
     * What the cipher questions ask on this endpoint: the classes a rule judges (`cipherClasses`),
     * and the non-AEAD class only where the endpoint's profile makes it one.
     */
    cipherOptions() {
        this.cipherQuestionOptions ??= { nonAead: (0,profiles/* judgesNonAead */.v)(this.endpoint.settings.tls.profile), judged: this.options.cipherClasses?.(this.endpoint) };
        return this.cipherQuestionOptions;
    }
    cipherQuestionOptions;
    /**
     * The cipher questions (cipher-questions.ts) at every version of TLS 1.2 and below that the
     * sweep saw accepted. `first`: the first question at TLS 1.2, asked ahead of the sweep.
     */
    async askCiphers(open, ctx, first) {
        const tls = this.facts.tls;
        if (!tls)
            return;
        const ciphers = await askCiphers(open, ctx, tls.versionsAccepted, this.cipherOptions(), untestedReason, first);
        if (ciphers)
            tls.ciphers = ciphers;
    }
    /**
     * Takes the socket back from the line reader once STARTTLS is accepted. A server must wait for
     * our ClientHello; bytes it sent after its go-ahead are what the TLS layer would read as the
     * server's first TLS record, and they came before it could have seen ours: the upgrade failed.
     * The same bytes a moment later (after our ClientHello) fail the handshake itself: both are a
     * failed upgrade, however the bytes were split into packets.
     */
    handOver(open) {
        const leftover = open.session.reader.release();
        if (leftover.length > 0) {
            open.socket.destroy();
            throw new probe_failure/* ProbeFailure */.BU('tls-handshake', 'handshake', 'the server sent data after its STARTTLS go-ahead, before it could have read our ClientHello', (0,probe_failure/* clipEvidence */.Gd)(leftover.toString('latin1')));
        }
        return open.socket;
    }
    tlsFacts(mode, outcome) {
        return { mode, version: outcome.version, cipher: outcome.cipher, versionsAccepted: [], certificate: outcome.certificate, error: outcome.error };
    }
    async implicitTls() {
        // Inside TLS, a protocol whose server speaks first (465, 993, 995) greets, and its greeting
        // and capabilities are read; where the client speaks first (https) nothing is waited for and
        // the handshake is all there is: the probe has no request of its own to send there.
        const dialogue = (0,dialogues/* protocolOf */.AT)(this.endpoint.service).speaksFirst === 'server' ? (0,dialogues/* dialogueFor */._D)(this.endpoint.service, this.dialogueOptions) : null;
        const ctx = this.tlsContext();
        let negotiated = null;
        try {
            await this.withBusyRetry(async () => {
                const raw = await this.connector.connect();
                const outcome = await (0,tls/* tlsHandshake */.Bj)(raw, ctx);
                negotiated = outcome;
                this.facts.tls = this.tlsFacts('implicit', outcome);
                // A reset or close before any TLS record is implicit TLS's hang-up before the greeting.
                if (outcome.reset)
                    throw new probe_failure/* ProbeFailure */.BU('reset', 'handshake', outcome.error ?? 'the connection was reset');
                if (outcome.closedEarly)
                    throw new probe_failure/* ProbeFailure */.BU('closed', 'handshake', outcome.error ?? 'the connection was closed before the TLS handshake');
                if (!outcome.socket)
                    throw new probe_failure/* ProbeFailure */.BU('tls-handshake', 'handshake', outcome.error ?? 'the TLS handshake failed');
                if (!dialogue) {
                    this.served = true;
                    outcome.socket.destroy();
                    return;
                }
                // Inside TLS the greeting and capabilities are still worth recording: what the service
                // offers once the channel is secure.
                const open = await this.greet(dialogue, raw, outcome.socket, true);
                this.facts.plaintext = emptyPlaintext(open.greeting.text);
                try {
                    this.facts.plaintext.capabilitiesAfterTls = await dialogue.capabilities(open.session, open.greeting);
                    await dialogue.quit(open.session);
                }
                finally {
                    outcome.socket.destroy();
                }
            });
        }
        catch (err) {
            this.fail(engine_errorOf(err));
        }
        if (!this.facts.tls)
            return;
        const first = negotiated;
        // A peer that stalled, reset or hung up before any TLS record would only do so again.
        if (first?.timedOut || first?.reset || first?.closedEarly)
            return;
        await this.sweepAndCiphers(() => this.connector.connect(), ctx, first?.version ?? null, {});
    }
    /**
     * The version sweep, then the cipher questions. After a TLS 1.3 session whose TLS 1.2 question
     * is still open, the sweep's next question is TLS 1.2 alone, and the cipher questions at TLS 1.2
     * follow it. A server that accepts a judged class at TLS 1.2 (DHE: Mozilla intermediate,
     * Dovecot's and Postfix's defaults; anonymous DH: Postfix's) answers the first cipher question
     * with a ServerHello at TLS 1.2, which answers the TLS 1.2 question too: asked first, it spares
     * that connection. Any other answer says nothing of TLS 1.2, so the sweep asks it as before,
     * and the answer stands as the cipher questions' first at TLS 1.2 if TLS 1.2 is accepted. Not
     * under profile modern, which expects TLS 1.3 alone: there the cipher question would mostly be
     * a connection more.
     */
    async sweepAndCiphers(open, ctx, negotiated, answered) {
        const cipherFirst = negotiated === 'TLSv1.3' && answered['TLSv1.2'] === undefined && this.options.cipherQuestionFirst !== false && this.endpoint.settings.tls.profile !== 'modern'
            ? await askFirstCipherQuestion(open, ctx, this.cipherOptions())
            : null;
        const known = cipherFirst?.tls12Accepted ? { ...answered, 'TLSv1.2': 'TLSv1.2' } : answered;
        this.recordSweep(await (0,tls/* sweepTls */.wJ)(open, ctx, negotiated, known));
        await this.askCiphers(open, ctx, cipherFirst ?? undefined);
    }
    async starttls(dialogue) {
        const ctx = this.tlsContext();
        const open = await this.withBusyRetry(async () => this.greet(dialogue, await this.connector.connect(), undefined, true));
        const plaintext = emptyPlaintext(open.greeting.text);
        this.facts.plaintext = plaintext;
        try {
            plaintext.capabilities = await dialogue.capabilities(open.session, open.greeting);
        }
        catch (err) {
            open.socket.destroy();
            throw err;
        }
        Object.assign(plaintext, dialogue.read(plaintext.capabilities));
        // Not advertised: that is the finding. Trying it anyway would test a server nobody uses.
        if (!plaintext.starttls) {
            await dialogue.quit(open.session);
            open.socket.destroy();
            return;
        }
        const reply = (await dialogue.starttls(open.session, plaintext.capabilities, false));
        plaintext.starttlsReply = reply.reply;
        if (!reply.accepted) {
            await dialogue.quit(open.session);
            open.socket.destroy();
            throw new probe_failure/* ProbeFailure */.BU('starttls-refused', 'starttls', 'the server refused STARTTLS', (0,probe_failure/* clipEvidence */.Gd)(reply.reply));
        }
        const outcome = await (0,tls/* tlsHandshake */.Bj)(this.handOver(open), ctx);
        this.facts.tls = this.tlsFacts('starttls', outcome);
        const answered = {};
        if (outcome.socket) {
            open.session.reader = new LineReader(outcome.socket);
            try {
                const unasked = await dialogue.afterUpgrade(open.session);
                plaintext.capabilitiesAfterTls = unasked ?? (await dialogue.capabilities(open.session, null));
                await dialogue.quit(open.session);
            }
            catch (err) {
                this.fail(engine_errorOf(err));
            }
            finally {
                outcome.socket.destroy();
            }
            // Where the upgrade got TLS 1.3, the sweep would ask about TLS 1.2 on a connection of its
            // own: the injection test's handshake offers TLS 1.2 alone instead and answers that too.
            const injection = await this.injectionTest(dialogue, ctx, outcome.version === 'TLSv1.3' ? TLS12_ONLY : null);
            plaintext.commandInjection = injection.result;
            if (injection.untested !== undefined)
                plaintext.commandInjectionUntested = injection.untested;
            if (injection.tls12 !== undefined)
                answered['TLSv1.2'] = injection.tls12;
        }
        else {
            this.fail({ kind: 'tls-handshake', step: 'handshake', message: outcome.error ?? 'the TLS handshake failed' });
        }
        if (outcome.timedOut)
            return;
        await this.sweepAndCiphers(() => this.politely(() => this.readyForTls(dialogue)), ctx, outcome.version, answered);
    }
    /** A fresh connection taken through the dialogue up to an accepted STARTTLS (for the sweep). */
    async readyForTls(dialogue) {
        const open = await this.greet(dialogue, await this.connector.connect());
        try {
            const capabilities = await dialogue.capabilities(open.session, open.greeting);
            const reply = await dialogue.starttls(open.session, capabilities, false);
            if (!reply?.accepted) {
                await dialogue.quit(open.session);
                throw new probe_failure/* ProbeFailure */.BU('starttls-refused', 'starttls', 'the server refused STARTTLS');
            }
            return this.handOver(open);
        }
        catch (err) {
            open.socket.destroy();
            throw err;
        }
    }
    /**
     * CVE-2011-0411: STARTTLS and a harmless command go out in one write. A server that answers
     * the command inside TLS kept plaintext from before the handshake and ran it as if it had
     * been protected. Once TLS is up a command of our own goes out at once, and the order of the
     * replies decides (`injectionAnswer`): one round trip, no silence waited for. `result` is null
     * when the test could not be made or the replies prove nothing; `untested` then says why when
     * the question itself went unanswered (turned away, refused, no reply before the deadline).
     *
     * `offer`: TLS 1.2 alone, where the upgrade got TLS 1.3: the handshake then also answers the
     * sweep's TLS 1.2 question (`tls12`). A handshake refused under that offer proves nothing about
     * injection by itself (a server without TLS 1.2, or without what node offers at TLS 1.2,
     * refuses it whatever was pipelined), so the test is made again on a fresh connection offering
     * what the endpoint's own upgrade did, and the TLS 1.2 question is left to the sweep.
     */
    async injectionTest(dialogue, ctx, offer) {
        if (offer) {
            const narrow = await this.injectionAttempt(dialogue, ctx, offer);
            if (narrow !== REFUSED)
                return narrow;
            // No other hello can say why node's was refused (the sweep's differs in groups and
            // signature algorithms as well as suites): the test is made again, offering what the
            // endpoint's own upgrade did, and the TLS 1.2 question stays the sweep's.
        }
        const full = await this.injectionAttempt(dialogue, ctx, null);
        // This endpoint's own upgrade just succeeded with the same offer, so a handshake refused here
        // was refused because of our pipelined command: the server fed it to TLS as handshake bytes
        // (Dovecot does), which means it never ran it. Not vulnerable.
        return full === REFUSED ? { result: false } : full;
    }
    /**
     * One connection of the injection test. REFUSED: the handshake after the pipelined STARTTLS was
     * refused (an alert or a hang-up, not text and not silence); what that means depends on the
     * offer (`injectionTest`).
     */
    async injectionAttempt(dialogue, ctx, offer) {
        let open;
        let reply;
        try {
            open = await this.politely(async () => this.greet(dialogue, await this.connector.connect()));
        }
        catch (err) {
            return { result: null, untested: untestedReason(err) };
        }
        try {
            const capabilities = await dialogue.capabilities(open.session, open.greeting);
            reply = await dialogue.starttls(open.session, capabilities, true);
        }
        catch (err) {
            open.socket.destroy();
            return { result: null, untested: untestedReason(err) };
        }
        try {
            // A refusal of the pipelined STARTTLS (or a protocol with no harmless command here) runs
            // nothing inside TLS: not the vulnerability.
            if (!reply?.accepted) {
                if (reply)
                    await dialogue.quit(open.session);
                return { result: null };
            }
            // An answer to the command before the handshake means it ran in plaintext, where it was
            // sent, and it stands where the server's TLS should: what TLS would show stays unknown.
            // That answer may come in the go-ahead's packet or after it; either way it is seen.
            if (open.session.reader.release().length > 0)
                return { result: null };
            const watch = new FirstRecordWatch(open.socket);
            // tls.connect takes any duplex stream; the watch passes every byte through. The session is
            // wanted for what is said inside it: the certificate was read on the endpoint's own upgrade.
            const outcome = await (0,tls/* tlsHandshake */.Bj)(watch, ctx, { certificate: false, ...(offer ? { versions: offer } : {}) });
            if (!outcome.socket) {
                if (watch.textFirst)
                    return { result: null };
                if (outcome.timedOut)
                    return { result: null, untested: `timeout at handshake (${outcome.error ?? 'no TLS answer'})` };
                return REFUSED;
            }
            // A handshake offering TLS 1.2 alone that completed answers the sweep's TLS 1.2 question.
            const answersTls12 = offer && outcome.version === 'TLSv1.2' ? { tls12: outcome.version } : {};
            open.session.reader = new LineReader(outcome.socket);
            try {
                return { result: await dialogue.injectionAnswer(open.session), ...answersTls12 };
            }
            catch (err) {
                // Nothing was answered inside TLS, not even our own command: the question is open.
                if (err instanceof probe_failure/* ProbeFailure */.BU && (err.error.kind === 'timeout' || err.error.kind === 'closed' || err.error.kind === 'reset')) {
                    return { result: null, untested: untestedReason(err), ...answersTls12 };
                }
                return { result: null, ...answersTls12 };
            }
            finally {
                outcome.socket.destroy();
            }
        }
        catch {
            return { result: null };
        }
        finally {
            open.socket.destroy();
        }
    }
}
/** The injection test's handshake, where it also asks the sweep's TLS 1.2 question. */
const TLS12_ONLY = { min: 'TLSv1.2', max: 'TLSv1.2' };
const REFUSED = Symbol('refused');
/**
 * The server hung up (a close or a reset: which one the client sees depends on packet timing)
 * before the service said anything: right after accepting, before the greeting, or before any
 * TLS record on implicit TLS. Alone this says nothing about why; see EndpointProbe.markBusy.
 */
function hungUpFirst(e) {
    if (e.kind !== 'closed' && e.kind !== 'reset')
        return false;
    return e.step === 'greeting' || e.step === 'handshake' || (e.kind === 'reset' && e.step === 'connect');
}
function untestedReason(err) {
    // The probe's own cap stopped it, not the server: nothing was turned away.
    if (err instanceof ConnectionBudgetReached)
        return `${vocabulary/* CONNECTION_BUDGET_REACHED */.Y8} (${vocabulary/* MAX_CONNECTIONS_PER_ENDPOINT */.$r} connections to this endpoint)`;
    const e = engine_errorOf(err);
    const evidence = err instanceof probe_failure/* ProbeFailure */.BU && err.evidence ? `: ${err.evidence.split('\n', 1)[0]}` : '';
    return `${e.busy ? vocabulary/* TURNED_AWAY */.il : `${e.kind} at ${e.step}`} (${e.message}${evidence})`;
}
function emptyPlaintext(greeting) {
    return {
        greeting,
        capabilities: [],
        starttls: false,
        authBeforeTls: [],
        loginDisabled: null,
        starttlsReply: null,
        capabilitiesAfterTls: null,
        commandInjection: null,
    };
}
function engine_errorOf(err) {
    if (err instanceof probe_failure/* ProbeFailure */.BU)
        return err.error;
    return { kind: 'other', step: 'connect', message: err instanceof Error ? err.message : String(err) };
}
/** Probes one endpoint. Never throws; every socket it opened is destroyed when it returns. */
async function probeEndpoint(endpoint, options) {
    const started = performance.now();
    const facts = {
        host: endpoint.host,
        address: endpoint.address,
        port: endpoint.port,
        service: endpoint.service,
        reachable: false,
        durationMs: 0,
        connections: 0,
        error: null,
        plaintext: null,
        tls: null,
        http: null,
    };
    if (endpoint.address === null) {
        facts.error = { kind: 'unresolved', step: 'resolve', message: endpoint.resolveError ?? `${endpoint.host} has no address` };
        return facts;
    }
    let connector = null;
    try {
        connector = new Connector(endpoint.address, endpoint.port, endpoint.settings.timeoutMs);
        await new EndpointProbe(endpoint, connector, options, facts).run();
    }
    catch (err) {
        facts.error ??= engine_errorOf(err);
    }
    finally {
        connector?.destroyAll();
    }
    facts.reachable = (connector?.established ?? 0) > 0;
    facts.connections = connector?.connections ?? 0;
    facts.durationMs = Math.round(performance.now() - started);
    return facts;
}
/**
 * Roughly what an endpoint's probe costs, in connections and dialogue: a STARTTLS service speaks
 * its dialogue on each of its connections, implicit TLS handshakes, http asks once, a forbidden
 * service is only connected to.
 */
function connectionsExpected(endpoint) {
    if (endpoint.address === null || endpoint.expectation === 'forbid')
        return 0;
    const transport = services/* SERVICES */.Bg[endpoint.service].transport;
    return transport === 'starttls' ? 3 : transport === 'implicit-tls' ? 2 : 1;
}
/**
 * Probes every endpoint, at most `concurrency` at once overall and `perHost` at once per host name
 * and per address; results come back in the order of the input whatever order they finish in.
 */
async function probeAll(endpoints, options) {
    const overall = new probe_semaphore/* Semaphore */.j(Math.max(1, Math.floor(options.concurrency) || 1));
    const perHostLimit = Math.max(1, Math.floor(options.perHost ?? DEFAULT_PER_HOST) || 1);
    const perName = new Map();
    const perAddress = new Map();
    const slot = (map, key) => {
        let semaphore = map.get(key);
        if (!semaphore) {
            semaphore = new probe_semaphore/* Semaphore */.j(perHostLimit);
            map.set(key, semaphore);
        }
        return semaphore;
    };
    // Once the first connections are on their way (after this turn of the event loop), the TLS
    // context gets ready while those connections wait on the network.
    if (endpoints.some((e) => e.address !== null && e.expectation === 'require' && services/* SERVICES */.Bg[e.service].transport !== 'http')) {
        setImmediate(() => (0,tls/* prepareSessionContext */.N3)(options.extraCa, options.trust));
    }
    const results = new Array(endpoints.length);
    // The queues are first come, first served: endpoints that take the most connections queue
    // first, so that a host's last slot is not left to its slowest endpoint while the others idle.
    const startOrder = endpoints.map((_, i) => i).sort((a, b) => connectionsExpected(endpoints[b]) - connectionsExpected(endpoints[a]) || a - b);
    await Promise.all(startOrder.map(async (i) => {
        const endpoint = endpoints[i];
        const probe = () => overall.run(() => probeEndpoint(endpoint, options));
        // An endpoint with no address opens no connection and waits for nobody. The others take
        // the name's slot, then the address's, then an overall one: always in that order, so no
        // two endpoints can each hold what the other waits for, and one waiting on a busy host
        // holds no overall slot that another host could use.
        const facts = endpoint.address === null
            ? await probe()
            : await slot(perName, endpoint.host.toLowerCase()).run(() => slot(perAddress, endpoint.address).run(probe));
        results[i] = facts;
        try {
            options.onEndpointDone?.(facts);
        }
        catch {
            // A progress callback's failure is not the probe's.
        }
    }));
    return results;
}


/***/ }),

/***/ 40292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ ProbeFailure),
/* harmony export */   Gd: () => (/* binding */ clipEvidence),
/* harmony export */   Gj: () => (/* binding */ busyFailure),
/* harmony export */   OR: () => (/* binding */ failureFromSocketError),
/* harmony export */   Wy: () => (/* binding */ classifySocketError),
/* harmony export */   vq: () => (/* binding */ systemErrorCode)
/* harmony export */ });
/* unused harmony export EVIDENCE_LIMIT */
class ProbeFailure extends Error {
    error;
    /** Remote text that shows what went wrong (a greeting, a reply), kept for the facts. */
    evidence;
    constructor(kind, step, message, evidence = null) {
        super(message);
        this.name = 'ProbeFailure';
        this.error = { kind, step, message };
        this.evidence = evidence;
    }
}
/** The server turned the session away before it began: inconclusive, worth one retry. */
function busyFailure(step, message, evidence) {
    const failure = new ProbeFailure('closed', step, message, evidence);
    failure.error.busy = true;
    return failure;
}
/** Evidence is remote text of any size; keep enough to show the problem and no more. */
const EVIDENCE_LIMIT = 1024;
function clipEvidence(text) {
    return text.length > EVIDENCE_LIMIT ? `${text.slice(0, EVIDENCE_LIMIT)}…` : text;
}
const ERROR_KINDS = {
    ECONNREFUSED: 'refused',
    ECONNRESET: 'reset',
    EPIPE: 'reset',
    ECONNABORTED: 'reset',
    ETIMEDOUT: 'timeout',
    EHOSTUNREACH: 'unreachable',
    ENETUNREACH: 'unreachable',
    EHOSTDOWN: 'unreachable',
    ENETDOWN: 'unreachable',
    EADDRNOTAVAIL: 'unreachable',
    EAFNOSUPPORT: 'unreachable',
};
/** Turns a system error from a socket into a ProbeError at the given step. */
function classifySocketError(err, step) {
    const code = systemErrorCode(err);
    const kind = ERROR_KINDS[code] ?? 'other';
    const detail = err instanceof Error ? err.message : String(err);
    return { kind, step, message: code ? `${code}: ${detail}` : detail };
}
/** The system error code of a socket error (ECONNREFUSED, ENETUNREACH, …), or '' when it has none. */
function systemErrorCode(err) {
    const raw = typeof err === 'object' && err !== null ? err.code : undefined;
    return typeof raw === 'string' ? raw : '';
}
function failureFromSocketError(err, step) {
    const e = classifySocketError(err, step);
    return new ProbeFailure(e.kind, e.step, e.message);
}


/***/ }),

/***/ 44399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ rootsKey),
/* harmony export */   Co: () => (/* binding */ TRUST_SOURCES),
/* harmony export */   RZ: () => (/* binding */ readCaFile),
/* harmony export */   Xx: () => (/* binding */ baseRoots),
/* harmony export */   tD: () => (/* binding */ trustedRootPems),
/* harmony export */   xC: () => (/* binding */ pemCertificates)
/* harmony export */ });
/* unused harmony export distinct */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52487);
// The roots a probe trusts: the operating system's roots or node's bundled ones (the `trust`
// setting), plus the policy's extra roots (ca-file). Its own small module so that the TLS layer
// can build its contexts without loading the certificate parser, which waits until a certificate
// actually arrives.



const TRUST_SOURCES = ['system', 'bundled'];
let systemRead;
/**
 * The operating system's roots as node reads them (tls.getCACertificates('system'), node 22.15
 * and later), or null where node has no such call (node 20) or finds none there (a container
 * without a CA bundle): trusting nothing at all would fail every chain.
 */
function systemRoots() {
    if (systemRead !== undefined)
        return systemRead;
    const read = node_tls__WEBPACK_IMPORTED_MODULE_1__.getCACertificates;
    let roots = [];
    try {
        roots = typeof read === 'function' ? read('system') : [];
    }
    catch {
        roots = [];
    }
    systemRead = roots.length > 0 ? distinct(roots) : null;
    return systemRead;
}
/**
 * Each certificate once. Node reads a Linux system store from the bundle file and from the
 * directory of hash-named links to the same certificates, so Debian's and Ubuntu's come back four
 * times over (576 PEMs for 144 roots); every copy would be parsed again for each context and
 * hashed again for the trust anchors (18 ms against 4 ms for the context on node 24).
 */
function distinct(pems) {
    return [...new Set(pems)];
}
function baseRoots(trust = 'system') {
    const system = trust === 'system' ? systemRoots() : null;
    return system ? { source: 'system', pems: system } : { source: 'bundled', pems: node_tls__WEBPACK_IMPORTED_MODULE_1__.rootCertificates };
}
function trustedRootPems(extraCa, trust = 'system') {
    return [...baseRoots(trust).pems, ...extraCa];
}
/** One key per set of trusted roots, for the caches of contexts and parsed roots. */
function rootsKey(extraCa, trust = 'system') {
    return `${baseRoots(trust).source}\n${extraCa.join('\n')}`;
}
/** Every PEM certificate block in a text (a ca-file, or a store's roots), in order. */
function pemCertificates(text) {
    return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}
/**
 * The certificates of a `ca-file`, or why it cannot be used, in words the caller places (the check
 * at the file's first line, init as its refusal).
 */
async function readCaFile(caFile) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(caFile, 'utf8');
    }
    catch (err) {
        return { problem: `cannot read the CA file ${caFile}: ${(0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFsError */ .TQ)(err)}` };
    }
    const pems = pemCertificates(text);
    return pems.length > 0 ? { pems } : { problem: `the CA file ${caFile} holds no PEM certificate` };
}


/***/ }),

/***/ 79424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ Semaphore)
/* harmony export */ });
// A counting semaphore with a FIFO queue: the probe's concurrency limits.
class Semaphore {
    available;
    waiting = [];
    constructor(slots) {
        this.available = slots;
    }
    async run(task) {
        if (this.available > 0)
            this.available -= 1;
        else
            await new Promise((resolve) => this.waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            // A slot passes straight to the next waiter, so a newcomer cannot overtake the queue.
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.available += 1;
        }
    }
}


/***/ }),

/***/ 6428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ tlsHandshake),
/* harmony export */   N3: () => (/* binding */ prepareSessionContext),
/* harmony export */   U4: () => (/* binding */ askHello),
/* harmony export */   aY: () => (/* binding */ sniName),
/* harmony export */   mH: () => (/* binding */ secureContextFor),
/* harmony export */   wJ: () => (/* binding */ sweepTls)
/* harmony export */ });
/* unused harmony exports defaultStoreIsBundled, TLS12_ONLY_SUITES, askVersion */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40292);
/* harmony import */ var _roots_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44399);
/* harmony import */ var _client_hello_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56650);
/* harmony import */ var _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97572);
// The TLS half of a probe: wrap a connected plaintext socket in TLS, record what was negotiated
// and what certificate came back, and find out which protocol versions a server accepts while
// spending as few connections as the facts need, each a single ClientHello (client-hello.ts).






let certificateModule;
function loadCertificateModule() {
    return (certificateModule ??= Promise.all(/* import() */[__webpack_require__.e(594), __webpack_require__.e(542)]).then(__webpack_require__.bind(__webpack_require__, 92542)));
}
/**
 * What the session's handshake offers: what a current client offers. Older versions are only ever
 * asked about by the sweep's ClientHellos (client-hello.ts), never negotiated.
 */
const MODERN = { min: 'TLSv1.2', max: 'TLSv1.3' };
function inVersionRange(version, range) {
    return (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .tlsVersionRank */ .ie)(version) >= (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .tlsVersionRank */ .ie)(range.min) && (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .tlsVersionRank */ .ie)(version) <= (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .tlsVersionRank */ .ie)(range.max);
}
/** The SNI name for the policy host: none for an address literal (RFC 6066 §3). */
function sniName(servername) {
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(servername.replace(/^\[(.*)\]$/, '$1')) === 0 ? servername : null;
}
// Building a context parses every bundled root, so contexts are shared per set of extra roots.
const contextCache = new Map();
/**
 * The context of every connection that verifies its peer (the session's handshake, the MTA-STS
 * policy fetch): the trusted roots parsed once per run, not once per connection.
 */
function secureContextFor(extraCa, trust) {
    const key = (0,_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .rootsKey */ .BW)(extraCa, trust);
    let context = contextCache.get(key);
    if (!context) {
        context =
            (0,_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .baseRoots */ .Xx)(trust).source === 'bundled' && defaultStoreIsBundled()
                ? bundledRootsAnd(extraCa)
                : node_tls__WEBPACK_IMPORTED_MODULE_1__.createSecureContext({
                    // Passing `ca` replaces node's roots: the base roots are listed alongside the extras.
                    ca: (0,_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .trustedRootPems */ .tD)(extraCa, trust),
                    minVersion: MODERN.min,
                    maxVersion: MODERN.max,
                });
        contextCache.set(key, context);
    }
    return context;
}
/**
 * Whether node's default store (the one a context built without `ca` uses) holds node's bundled
 * roots and nothing else: NODE_EXTRA_CA_CERTS adds to it, and --use-openssl-ca or --use-system-ca
 * (on the command line or in NODE_OPTIONS) swap it for the system's, as NODE_USE_SYSTEM_CA=1 does
 * on the node versions that know it. Where in doubt, false: the roots are then passed as `ca`.
 */
function defaultStoreIsBundled(env = process.env, execArgv = process.execArgv) {
    if (env.NODE_EXTRA_CA_CERTS || env.NODE_USE_SYSTEM_CA)
        return false;
    const flags = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
    return !flags.some((flag) => /^--use-(openssl|system)-ca$/.test(flag));
}
/**
 * A context trusting node's bundled roots and the extras: node's default store, with the extras
 * added to the context's own copy of it (node copies the shared store before the first addition,
 * so no other context sees them). The same trust as `ca: [...tls.rootCertificates, ...extraCa]`
 * without parsing the 140-odd bundled PEMs again: 17 ms on node 20, most of a one-host check's
 * first handshake. The `addCACert` of the native context is not documented, so where it is
 * missing the roots are passed as `ca` after all.
 */
function bundledRootsAnd(extraCa) {
    const context = node_tls__WEBPACK_IMPORTED_MODULE_1__.createSecureContext({ minVersion: MODERN.min, maxVersion: MODERN.max });
    const native = context.context;
    if (typeof native?.addCACert !== 'function') {
        return node_tls__WEBPACK_IMPORTED_MODULE_1__.createSecureContext({ ca: [...node_tls__WEBPACK_IMPORTED_MODULE_1__.rootCertificates, ...extraCa], minVersion: MODERN.min, maxVersion: MODERN.max });
    }
    for (const pem of extraCa)
        native.addCACert(pem);
    return context;
}
/**
 * Builds the session context before the first handshake needs it: the trusted roots are parsed
 * for it (17 ms on node 20, where node's root store is built on first use; 4 ms on node 24 with a
 * system store), and begun while the first connections wait for their SYN-ACK and greeting, that
 * time is spent under the network's round trips instead of after them. The certificate parser
 * still waits for the first handshake: a run that reads no certificate never loads it. Never
 * throws: a context that cannot be built fails again, and is reported, at the handshake.
 */
function prepareSessionContext(extraCa, trust) {
    try {
        secureContextFor(extraCa, trust);
    }
    catch {
        // The handshake builds it again and reports why it cannot.
    }
}
/**
 * The TLS 1.2 suites a certificate-less handshake offers when it offers TLS 1.2 alone (the
 * injection test's, answering the sweep's TLS 1.2 question too), by OpenSSL name and IANA code:
 * spelled out, so that what node really puts in that hello can be checked against it.
 */
const TLS12_ONLY_SUITES = [
    ['ECDHE-ECDSA-AES128-GCM-SHA256', 0xc02b],
    ['ECDHE-RSA-AES128-GCM-SHA256', 0xc02f],
    ['ECDHE-ECDSA-AES256-GCM-SHA384', 0xc02c],
    ['ECDHE-RSA-AES256-GCM-SHA384', 0xc030],
    ['ECDHE-ECDSA-CHACHA20-POLY1305', 0xcca9],
    ['ECDHE-RSA-CHACHA20-POLY1305', 0xcca8],
    ['DHE-RSA-AES128-GCM-SHA256', 0x009e],
    ['DHE-RSA-AES256-GCM-SHA384', 0x009f],
    ['DHE-RSA-CHACHA20-POLY1305', 0xccaa],
    ['ECDHE-ECDSA-AES128-SHA256', 0xc023],
    ['ECDHE-RSA-AES128-SHA256', 0xc027],
    ['ECDHE-ECDSA-AES256-SHA384', 0xc024],
    ['ECDHE-RSA-AES256-SHA384', 0xc028],
    ['DHE-RSA-AES128-SHA256', 0x0067],
    ['DHE-RSA-AES256-SHA256', 0x006b],
    ['ECDHE-ECDSA-AES128-SHA', 0xc009],
    ['ECDHE-RSA-AES128-SHA', 0xc013],
    ['ECDHE-ECDSA-AES256-SHA', 0xc00a],
    ['ECDHE-RSA-AES256-SHA', 0xc014],
    ['DHE-RSA-AES128-SHA', 0x0033],
    ['DHE-RSA-AES256-SHA', 0x0039],
    ['AES128-GCM-SHA256', 0x009c],
    ['AES256-GCM-SHA384', 0x009d],
    ['AES128-SHA256', 0x003c],
    ['AES256-SHA256', 0x003d],
    ['AES128-SHA', 0x002f],
    ['AES256-SHA', 0x0035],
];
const untrusting = new Map();
/**
 * A context that trusts no root at all, for a handshake whose certificate nobody reads (the
 * injection test's): no chain can verify, so node neither builds the peer's certificate chain as
 * JavaScript objects nor runs the identity check, which is most of a client's handshake cost.
 * One per range of versions offered.
 */
function untrustingContext(range) {
    const key = `${range.min}-${range.max}`;
    let context = untrusting.get(key);
    if (!context) {
        const tls12Alone = range.min === 'TLSv1.2' && range.max === 'TLSv1.2';
        context = node_tls__WEBPACK_IMPORTED_MODULE_1__.createSecureContext({
            ca: [],
            minVersion: range.min,
            maxVersion: range.max,
            ...(tls12Alone ? { ciphers: TLS12_ONLY_SUITES.map(([name]) => name).join(':') } : {}),
        });
        untrusting.set(key, context);
    }
    return context;
}
function describeError(err) {
    if (!(err instanceof Error))
        return String(err);
    // OpenSSL's own message carries an error-queue prefix and a source file path; its short
    // reason ("wrong version number", "tlsv1 alert protocol version") is what a reader needs.
    const { code, reason } = err;
    const text = (reason ?? err.message).trim();
    return code && !text.includes(code) ? `${code}: ${text}` : text;
}
function handshake(raw, ctx, describe, offer = MODERN) {
    return new Promise((resolve) => {
        const failed = (error, certificate = null) => ({
            socket: null,
            version: null,
            cipher: null,
            certificate,
            error,
        });
        if (raw.destroyed || !raw.writable) {
            raw.destroy();
            resolve({ ...failed('the connection was closed before the TLS handshake'), closedEarly: true });
            return;
        }
        const servername = sniName(ctx.servername);
        // The peer certificate as node reads it for the identity check of a chain that verified:
        // kept, so that the facts are built from it rather than from a second read.
        let presented;
        let socket;
        try {
            socket = node_tls__WEBPACK_IMPORTED_MODULE_1__.connect({
                socket: raw,
                ...(servername === null ? {} : { servername }),
                secureContext: describe === null ? untrustingContext(offer) : secureContextFor(ctx.extraCa, ctx.trust),
                // Trust and names are judged from the facts (certificate.ts), so the handshake goes on
                // whatever the chain looks like and the certificate is always recorded.
                rejectUnauthorized: false,
                checkServerIdentity: (_host, cert) => {
                    presented = cert;
                    return undefined;
                },
            });
        }
        catch (err) {
            raw.destroy();
            resolve(failed(describeError(err)));
            return;
        }
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            socket.removeListener('secureConnect', onSecure);
            socket.removeListener('close', onClose);
            resolve(outcome);
        };
        const certificateNow = () => describe === null
            ? null
            : safely(() => describe(socket, { host: ctx.servername, now: ctx.now, extraCa: ctx.extraCa, trust: ctx.trust }, presented));
        const fail = (error, timedOut = false) => {
            if (settled)
                return;
            // The peer may have sent its certificate before the handshake broke down.
            const certificate = certificateNow();
            socket.destroy();
            raw.destroy();
            settle(timedOut ? { ...failed(error, certificate), timedOut } : failed(error, certificate));
        };
        const onSecure = () => {
            settle({
                socket,
                version: (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .asTlsVersionName */ .zD)(socket.getProtocol()),
                cipher: socket.getCipher()?.name ?? null,
                certificate: certificateNow(),
                error: null,
            });
        };
        const onClose = () => {
            if (settled || socket.bytesRead !== 0)
                return fail('the connection closed during the TLS handshake');
            socket.destroy();
            raw.destroy();
            settle({ ...failed('the connection was closed before any TLS record was received'), closedEarly: true });
        };
        const deadline = setTimeout(() => fail(`timeout: the TLS handshake did not complete within ${ctx.timeoutMs} ms`, true), ctx.timeoutMs);
        socket.once('secureConnect', onSecure);
        socket.once('close', onClose);
        // Stays attached after success: a late reset must never become an uncaught exception, and
        // the caller's own listeners still see every error.
        socket.on('error', (err) => {
            const { code, syscall } = err;
            if (code !== 'ECONNRESET' || socket.bytesRead !== 0)
                return fail(describeError(err));
            if (settled)
                return;
            socket.destroy();
            raw.destroy();
            // A real RST comes from a read (`syscall: 'read'`). Node reports a clean close (FIN) before
            // the handshake as a synthetic ECONNRESET ("Client network socket disconnected before
            // secure TLS connection was established") with no syscall: that is a close, not a reset.
            if (syscall === 'read')
                settle({ ...failed(describeError(err)), reset: true });
            else
                settle({ ...failed('the connection was closed before any TLS record was received'), closedEarly: true });
        });
    });
}
function safely(read) {
    try {
        return read();
    }
    catch {
        return null;
    }
}
/**
 * Wrap an already-connected plaintext socket in TLS (a fresh TCP connection for implicit TLS, or
 * one whose STARTTLS was just accepted). Never rejects; on failure the socket is destroyed.
 * `certificate: false`: a session wanted only for what is said inside it (the injection test);
 * its certificate is neither verified nor read, and the outcome carries none. Such a session may
 * offer a narrower range of modern versions (`versions`), so that it also answers a version
 * question of the sweep; a certificate-reading handshake always offers what a current client does.
 */
async function tlsHandshake(raw, ctx, options = {}) {
    if (options.certificate === false)
        return handshake(raw, ctx, null, options.versions);
    const { peerCertificateFacts } = await loadCertificateModule();
    return handshake(raw, ctx, peerCertificateFacts);
}
/** How long a version question waits for the server to close after our goodbye. */
const LINGER_MS = 1000;
/**
 * Asks a connected socket's server which version it picks from `versions`: one ClientHello, the
 * first message of the answer, then goodbye alerts and a close. Never rejects, and resolves once
 * the socket is closed, so that an endpoint's connections stay one after another. Null: no
 * version in the range (an alert, a close, a reset, or something that is not TLS); `untested`
 * when the deadline passed without an answer.
 */
async function askVersion(raw, ctx, versions) {
    const answer = await askHello(raw, ctx, (0,_client_hello_js__WEBPACK_IMPORTED_MODULE_4__/* .clientHello */ .Ye)({ ...versions, servername: sniName(ctx.servername) }), new _client_hello_js__WEBPACK_IMPORTED_MODULE_4__/* .ServerHelloReader */ .TB());
    if (answer === null || 'untested' in answer)
        return answer;
    // A server answering outside the offered range would be a broken peer; do not count it.
    return answer.version !== null && inVersionRange(answer.version, versions) ? answer.version : null;
}
/**
 * Sends one ClientHello on a connected socket and reads the server's answer with `reader`: the
 * ServerHello (and what the reader reads after it), then goodbye alerts and a close. Never
 * rejects, and resolves once the socket is closed. Null: a refusal (an alert, a close, a reset,
 * or something that is not TLS); `untested` when the deadline passed without an answer. A close
 * or the deadline after a ServerHello, while the reader reads on, leaves that ServerHello.
 */
function askHello(raw, ctx, hello, reader) {
    return new Promise((resolve) => {
        let answered = false;
        const stopListening = () => {
            answered = true;
            clearTimeout(deadline);
            raw.off('data', onData);
            raw.off('close', onEnd);
            raw.off('end', onEnd);
            raw.off('error', onEnd);
        };
        const onData = (chunk) => {
            const answer = reader.push(chunk);
            if (!answer)
                return;
            if (answer.kind !== 'server-hello')
                return onEnd();
            stopListening();
            leave(answer);
        };
        // The server is waiting for the rest of our handshake: tell it we are leaving, and close once
        // it has closed too (or after a moment). What it still sends is read and dropped, so that the
        // close is a FIN and not a reset for unread data.
        const leave = (answer) => {
            const linger = setTimeout(() => raw.destroy(), Math.min(ctx.timeoutMs, LINGER_MS));
            raw.on('data', () => undefined);
            raw.on('error', () => raw.destroy());
            raw.once('end', () => raw.destroy());
            raw.once('close', () => {
                clearTimeout(linger);
                resolve(answer);
            });
            raw.end((0,_client_hello_js__WEBPACK_IMPORTED_MODULE_4__/* .goodbyeAlerts */ .TC)(answer.version));
        };
        // A ServerHello already read while the reader read on for the key exchange is the answer,
        // whatever ends the connection after it: the server chose its suite.
        const onEnd = () => {
            if (answered)
                return;
            stopListening();
            raw.destroy();
            resolve(reader.cutShort('the connection closed after the ServerHello'));
        };
        const onDeadline = () => {
            if (answered)
                return;
            stopListening();
            raw.destroy();
            resolve(reader.cutShort(`no ServerKeyExchange within ${ctx.timeoutMs} ms`) ?? {
                untested: new _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .ProbeFailure */ .BU('timeout', 'handshake', `no answer to the ClientHello within ${ctx.timeoutMs} ms`),
            });
        };
        const deadline = setTimeout(onDeadline, ctx.timeoutMs);
        raw.on('data', onData);
        // A socket handed over after STARTTLS was paused by its line reader.
        raw.resume();
        raw.once('end', onEnd);
        raw.once('close', onEnd);
        raw.once('error', onEnd);
        if (raw.destroyed || !raw.writable)
            return onEnd();
        try {
            raw.write(hello);
        }
        catch {
            onEnd();
        }
    });
}
/**
 * Does the server accept a version within `versions`, and which?
 * `untested` when no connection ready for the question could be had (the server turned it away,
 * or it could not be opened): that says nothing about the versions.
 */
async function tryVersions(openReady, ctx, versions) {
    let raw;
    try {
        raw = await openReady();
    }
    catch (err) {
        return { untested: err };
    }
    return askVersion(raw, ctx, versions);
}
/**
 * Which TLS versions the server accepts, ascending. `negotiated` is what the main handshake (a
 * modern client offering 1.2–1.3) agreed on, so servers are assumed to pick the highest version
 * both sides offer: a server that chose 1.2 has no 1.3, one that chose 1.1 from a 1.0–1.1 offer
 * is asked about 1.0 alone. A modern server costs two extra connections, a legacy one three.
 * What the sweep could not find out is kept apart from what it found: a connection that was
 * turned away, or a question that got no answer in time, leaves its versions untested, never
 * "not accepted". `answered`: single-version questions already answered for this endpoint (the
 * TLS 1.2 one, by the injection test's handshake offering TLS 1.2 alone, or asked on its own
 * there with the sweep's own ClientHello; on implicit TLS, by a ServerHello at TLS 1.2 to the
 * first cipher question): they are not asked again.
 */
async function sweepTls(openReady, ctx, negotiated, answered = {}) {
    const accepted = new Set();
    const untested = new Set();
    const untestedBecause = [];
    const only = (v) => ({ min: v, max: v });
    const attempt = async (range, known) => {
        const v = known !== undefined ? known : await tryVersions(openReady, ctx, range);
        if (v !== null && typeof v === 'object') {
            const versions = _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .TLS_VERSION_ORDER */ .Yw.filter((version) => inVersionRange(version, range));
            for (const version of versions)
                untested.add(version);
            untestedBecause.push({ versions, error: v.untested });
            return null;
        }
        if (v)
            accepted.add(v);
        return v;
    };
    if (negotiated)
        accepted.add(negotiated);
    const ask = (version) => (accepted.has(version) ? Promise.resolve(version) : attempt(only(version), answered[version]));
    if (negotiated === null) {
        // Nothing is known: ask for each modern version on its own.
        await ask('TLSv1.3');
        await ask('TLSv1.2');
    }
    else if (negotiated === 'TLSv1.3') {
        await ask('TLSv1.2');
    }
    if (negotiated === 'TLSv1.1') {
        await attempt(only('TLSv1'));
    }
    else if (negotiated !== 'TLSv1') {
        const legacy = await attempt({ min: 'TLSv1', max: 'TLSv1.1' });
        if (legacy === 'TLSv1.1')
            await attempt(only('TLSv1'));
    }
    return {
        accepted: _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .TLS_VERSION_ORDER */ .Yw.filter((v) => accepted.has(v)),
        untested: _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .TLS_VERSION_ORDER */ .Yw.filter((v) => untested.has(v) && !accepted.has(v)),
        untestedBecause: untestedBecause
            .map(({ versions, error }) => ({ versions: versions.filter((v) => !accepted.has(v)), error }))
            .filter(({ versions }) => versions.length > 0),
    };
}


/***/ }),

/***/ 32794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ canonicalFromCanonicalParts),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   fS: () => (/* binding */ summarise),
/* harmony export */   hT: () => (/* binding */ reportJsonChunks),
/* harmony export */   s$: () => (/* binding */ jsonText),
/* harmony export */   zm: () => (/* binding */ canonicalReport)
/* harmony export */ });
/* unused harmony export reportToJson */
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5395);

function buildReport(input) {
    return canonicalReport({
        reportVersion: 1,
        tool: { name: 'mail-tls-gate', version: input.toolVersion },
        policy: input.policyFile,
        startedAt: input.startedAt.toISOString(),
        durationMs: input.durationMs,
        summary: summarise(input.endpoints, input.findings, input.result),
        shard: input.shard,
        endpoints: input.endpoints,
        domains: input.domains,
        runnerNetwork: input.runnerNetwork !== undefined && input.runnerNetwork.length > 0 ? input.runnerNetwork : undefined,
        dane: input.dane !== undefined && input.dane.length > 0 ? input.dane : undefined,
        findings: input.findings,
    });
}
/** Counts of what still stands: a waived finding is listed but not counted. */
function summarise(endpoints, findings, result) {
    const standing = findings.filter((f) => !f.waived);
    const count = (severity) => standing.filter((f) => f.severity === severity).length;
    return {
        errors: count('error'),
        warnings: count('warning'),
        notices: count('notice'),
        endpoints: endpoints.length,
        result,
    };
}
function reportToJson(report) {
    return [...reportJsonChunks(report)].join('');
}
/**
 * The report as `reportToJson` writes it, byte for byte, in pieces: the top level, then one
 * endpoint at a time. Each endpoint is put in canonical form as it is written, so a merged report
 * of many shards is never held twice in memory, nor as one string.
 */
function* reportJsonChunks(report) {
    const { endpoints, ...rest } = report;
    if (endpoints.length === 0) {
        yield jsonText(canonicalReport(report));
        return;
    }
    // The top level with an empty list where the endpoints go: JSON strings hold no raw line
    // break, so this line can only be the report's own "endpoints" key.
    const marker = '\n  "endpoints": []';
    const top = jsonText(canonicalReport({ ...rest, endpoints: [] }));
    const at = top.indexOf(marker);
    yield `${top.slice(0, at)}\n  "endpoints": [`;
    let first = true;
    // A cut between two endpoints is outside any string, so escaping each piece on its own
    // (jsonText) gives what escaping the whole would: a `##` never straddles a cut.
    for (const endpoint of [...endpoints].sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareEndpoints */ .UC)) {
        yield `${first ? '' : ','}\n    ${jsonText(canonicalEndpoint(endpoint)).slice(0, -1).replace(/\n/g, '\n    ')}`;
        first = false;
    }
    yield `\n  ]${top.slice(at + marker.length)}`;
}
/**
 * The one way a report, a SARIF log or a plan is written as JSON, to a file or to stdout. When
 * the command line runs in a workflow step, the runner reads every stdout line for commands, and
 * a `##[` anywhere in a line is one (a greeting or certificate subject can hold it). JSON may
 * write any character of a string as `\uXXXX`, so each `#` followed by another goes out as
 * `\u0023`: no line holds `##`, and the parsed data is the same, byte for byte. `#` only ever
 * occurs inside a string and is never part of an escape, so the replacement is always valid.
 * The line breaks JSON leaves raw (U+2028, U+2029, and the C1 control U+0085 with its
 * neighbours) are escaped too, for viewers that break lines there. Indented JSON puts every
 * string after a quote, so no line starts with `::`.
 */
function jsonText(value) {
    return (JSON.stringify(value, null, 2)
        .replace(/#(?=#)/g, '\\u0023')
        .replace(/[\u0080-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n');
}
/**
 * A copy of the report with endpoints and findings sorted and every object's keys in the
 * design's order (keys the design does not name follow, alphabetically; undefined ones are
 * dropped). Idempotent, so a merged or re-read report comes out the same.
 */
function canonicalReport(report) {
    return orderedReport(report, canonicalEndpoint, canonicalDaneOutcome, canonicalFinding);
}
/**
 * A report put together from parts already in canonical form (the endpoints and findings of
 * reports `canonicalReport` made): the lists sorted and the top level ordered, no endpoint or
 * finding copied. `merge` builds the whole from its shards so, where a copy of every endpoint
 * would double its peak memory.
 */
function canonicalFromCanonicalParts(report) {
    return orderedReport(report, asIs, asIs, asIs);
}
const asIs = (value) => value;
/** The lists sorted and the top level ordered, each endpoint, DANE outcome and finding put through the given form. */
function orderedReport(report, endpoint, daneOutcome, finding) {
    return ordered({
        ...report,
        tool: ordered(report.tool, ['name', 'version']),
        summary: ordered(report.summary, ['errors', 'warnings', 'notices', 'endpoints', 'result']),
        endpoints: [...report.endpoints].sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareEndpoints */ .UC).map(endpoint),
        domains: report.domains && [...report.domains].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.domain, b.domain)).map(canonicalDomain),
        runnerNetwork: report.runnerNetwork?.map(canonicalRunnerLimit),
        dane: report.dane && [...report.dane].sort(compareDaneOutcomes).map(daneOutcome),
        findings: [...report.findings].sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg).map(finding),
    }, ['reportVersion', 'tool', 'policy', 'startedAt', 'durationMs', 'summary', 'shard', 'endpoints', 'domains', 'runnerNetwork', 'dane', 'findings']);
}
function canonicalEndpoint(e) {
    return ordered({
        ...e,
        error: e.error && canonicalProbeError(e.error),
        plaintext: e.plaintext && canonicalPlaintext(e.plaintext),
        tls: e.tls && canonicalTls(e.tls),
        http: e.http && canonicalHttp(e.http),
    }, ['host', 'address', 'port', 'service', 'reachable', 'durationMs', 'connections', 'error', 'plaintext', 'tls', 'http']);
}
function canonicalProbeError(e) {
    return ordered(e, ['kind', 'step', 'message', 'code', 'atOnce']);
}
function compareDaneOutcomes(a, b) {
    return (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.domain, b.domain) || (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.host, b.host) || (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.address ?? '', b.address ?? '') || a.port - b.port;
}
function canonicalDaneOutcome(d) {
    return ordered({
        ...d,
        record: d.record && ordered(d.record, ['usage', 'selector', 'matchingType', 'data']),
        certificate: d.certificate && ordered(d.certificate, ['depth', 'subject']),
    }, ['domain', 'host', 'address', 'port', 'applies', 'outcome', 'record', 'certificate']);
}
function canonicalRunnerLimit(l) {
    return l.kind === 'no-route'
        ? ordered({ ...l, codes: [...l.codes], addresses: [...l.addresses] }, ['kind', 'family', 'codes', 'addresses'])
        : ordered({ ...l, hosts: [...l.hosts], addresses: [...l.addresses] }, ['kind', 'port', 'hosts', 'addresses']);
}
function canonicalPlaintext(p) {
    return ordered({ ...p, capabilities: [...p.capabilities], authBeforeTls: [...p.authBeforeTls] }, [
        'greeting',
        'capabilities',
        'starttls',
        'authBeforeTls',
        'loginDisabled',
        'starttlsReply',
        'capabilitiesAfterTls',
        'commandInjection',
    ]);
}
function canonicalTls(t) {
    return ordered({ ...t, versionsAccepted: [...t.versionsAccepted], certificate: t.certificate && canonicalCertificate(t.certificate) }, [
        'mode',
        'version',
        'cipher',
        'versionsAccepted',
        'certificate',
        'error',
    ]);
}
function canonicalCertificate(c) {
    return ordered({ ...c, san: [...c.san], chain: c.chain.map((link) => ordered(link, ['subject', 'issuer'])),
        presented: c.presented.map((p) => ordered(p, ['subject', 'sha256', 'sha512', 'spkiSha256', 'spkiSha512', 'issuedByNext', 'trustedRoot'])),
    }, [
        'subject',
        'issuer',
        'san',
        'notBefore',
        'notAfter',
        'daysLeft',
        'trusted',
        'nameMatch',
        'keyType',
        'keyBits',
        'signature',
        'error',
        'fingerprint256',
        'chain',
        'presented',
    ]);
}
function canonicalHttp(h) {
    return ordered(h, ['status', 'location', 'error']);
}
function canonicalDomain(d) {
    return ordered({
        ...d,
        mx: ordered(d.mx, ['records', 'nullMx', 'implicit', 'error']),
        mtaSts: d.mtaSts &&
            ordered({
                ...d.mtaSts,
                record: ordered(d.mtaSts.record, ['records', 'id', 'problem', 'lookupError']),
                fetch: ordered(d.mtaSts.fetch, ['url', 'address', 'status', 'contentType', 'redirect', 'bytes', 'tooLarge', 'error', 'errorKind', 'lookupCode']),
                policy: d.mtaSts.policy && ordered(d.mtaSts.policy, ['version', 'mode', 'mx', 'maxAge', 'problems']),
            }, ['record', 'fetch', 'policy']),
        mxHosts: d.mxHosts && d.mxHosts.map((h) => ordered(h, ['host', 'addresses', 'error'])),
        skipped: d.skipped.map((s) => ordered(s, ['role', 'reason', 'host', 'left'])),
        tlsRpt: d.tlsRpt && ordered(d.tlsRpt, ['records', 'rua', 'problem', 'lookupError']),
        dane: d.dane &&
            ordered({
                mx: ordered(d.dane.mx, ['rcode', 'authenticated', 'error']),
                hosts: d.dane.hosts.map((h) => ordered({
                    ...h,
                    tlsa: ordered(h.tlsa, ['rcode', 'authenticated', 'error']),
                    records: h.records.map((r) => ordered(r, ['usage', 'selector', 'matchingType', 'data'])),
                }, ['host', 'tlsaName', 'tlsa', 'records'])),
            }, ['mx', 'hosts']),
    }, ['domain', 'mx', 'mxHosts', 'skipped', 'mtaSts', 'tlsRpt', 'dane', 'durationMs']);
}
function canonicalFinding(f) {
    return ordered({ ...f, location: canonicalLocation(f.location) }, [
        'rule',
        'severity',
        'host',
        'address',
        'port',
        'service',
        'message',
        'evidence',
        'location',
        'waived',
        'inconclusive',
        'waiverReason',
    ]);
}
function canonicalLocation(l) {
    return ordered(l, ['file', 'line', 'column']);
}
function ordered(value, keys) {
    const out = {};
    const source = value;
    for (const key of keys) {
        if (source[key] !== undefined)
            out[key] = source[key];
    }
    const known = new Set(keys);
    for (const key of Object.keys(source).sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)) {
        if (!known.has(key) && source[key] !== undefined)
            out[key] = source[key];
    }
    return out;
}


/***/ }),

/***/ 35942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ neutralise),
/* harmony export */   Q: () => (/* binding */ visibleText)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
// Remote text (greetings, replies, certificate names) is written by whoever runs the server we
// probe. Printed raw into a workflow log it could issue workflow commands (`::add-mask::`,
// `::error::`), fake log markers (`##[error]`), smuggle line breaks through the runner's `%0A`
// decoding, or repaint the log with ANSI escapes. Everything here makes such text inert while
// keeping it readable.

/** Characters that never print as themselves: controls, format characters, line/paragraph separators, lone surrogates. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u;
const NAMED_ESCAPES = {
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\\': '\\\\',
};
const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;
function escapeInvisible(ch) {
    const named = NAMED_ESCAPES[ch];
    if (named !== undefined)
        return named;
    const code = ch.codePointAt(0);
    if (code <= 0xff)
        return `\\x${code.toString(16).padStart(2, '0')}`;
    if (code <= 0xffff)
        return `\\u${code.toString(16).padStart(4, '0')}`;
    return `\\u{${code.toString(16)}}`;
}
/**
 * Turns text into atomic output pieces, one per input code point, so that truncation can never
 * cut an escape sequence in half.
 */
function tokens(text, options) {
    const chars = Array.from(text);
    const out = [];
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        const next = chars[i + 1];
        if (ch === '\\' || INVISIBLE.test(ch)) {
            out.push(escapeInvisible(ch));
        }
        else if (ch === '#' && next === '#' && startsLogMarker(chars, i + 1)) {
            // `##[error]` and the older `##vso[` are recognised anywhere in a line, not only at its start.
            out.push('# ');
        }
        else if (options.breakCommands && ch === ':' && next === ':' && !insideIpv6Literal(chars, i)) {
            out.push(': ');
        }
        else if (options.breakCommands && ch === '%' && HEX_PAIR.test((next ?? '') + (chars[i + 2] ?? ''))) {
            // Shown as `%25XX`: if anything ever decodes it, the result is the harmless literal `%XX`.
            out.push('%25');
        }
        else {
            out.push(ch);
        }
    }
    return out;
}
/** The longest IPv6 address text: 0000:0000:0000:0000:0000:ffff:255.255.255.255. */
const MAX_IPV6_TEXT = 45;
/**
 * Is the `::` at `at` part of an IPv6 address written on its own (`::1`, `fe80::1`, `[::1]:25`)?
 * Then it stays readable. Anything else (`::error::`, `file=x::y`) is broken: no workflow
 * command can hide inside an address, since every command name is a word that is not hex.
 */
function insideIpv6Literal(chars, at) {
    const inAddress = (c) => c !== undefined && /[0-9A-Fa-f:.]/.test(c);
    const isWordChar = (c) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
    // No address is longer than MAX_IPV6_TEXT: a longer run is none, and stopping there keeps a
    // line of thousands of colons linear instead of rescanning the run from every '::' in it.
    let start = at;
    while (inAddress(chars[start - 1]))
        if (at - --start > MAX_IPV6_TEXT)
            return false;
    let end = at + 2;
    while (inAddress(chars[end]))
        if (++end - at > MAX_IPV6_TEXT)
            return false;
    if (isWordChar(chars[start - 1]) || isWordChar(chars[end]))
        return false;
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(chars.slice(start, end).join(''));
}
/** After the first `#` at `from`: does `#[` or `#vso[` follow? */
function startsLogMarker(chars, from) {
    const rest = chars.slice(from, from + 5).join('').toLowerCase();
    return rest.startsWith('#[') || rest.startsWith('#vso[');
}
function codePointLength(text) {
    let n = 0;
    for (const _ of text)
        n++;
    return n;
}
/** Joins pieces, cutting at a piece boundary with an ellipsis when the result would exceed `max` code points. */
function joinWithin(pieces, max) {
    const lengths = pieces.map(codePointLength);
    const total = lengths.reduce((a, b) => a + b, 0);
    if (total <= max)
        return pieces.join('');
    if (max < 1)
        return '';
    let used = 0;
    let kept = '';
    for (let i = 0; i < pieces.length; i++) {
        if (used + lengths[i] > max - 1)
            break;
        used += lengths[i];
        kept += pieces[i];
    }
    return kept + '…';
}
/**
 * Makes peer text safe to print as (part of) one log line: no line breaks or control characters
 * (shown as `\n`, `\r`, `\x1b`, `\u2028`, …), no workflow command syntax (`::` becomes `: :`
 * unless it is part of an IPv6 address,
 * `##[` becomes `# #[`), no `%XX` the runner could decode (the `%` becomes `%25`), and at most
 * `max` characters, the last being `…` when something was cut.
 */
function neutralise(remote, max = 200) {
    return joinWithin(tokens(remote, { breakCommands: true }), max);
}
/**
 * For outputs that no runner parses but a person reads (the job summary): one line, controls
 * made visible, log markers broken, and otherwise as received.
 */
function visibleText(remote, max = 200) {
    return joinWithin(tokens(remote, { breakCommands: false }), max);
}


/***/ }),

/***/ 97024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ systemResolveAll)
/* harmony export */ });
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
// A host's addresses as the plan probes them: the system's own resolution (getaddrinfo, so
// /etc/hosts and the runner's resolver settings count, as they would for a mail client), or the
// addresses the domains stage admitted for the MX hosts. Injectable, so tests need no DNS.

const systemResolveAll = async (host) => {
    const found = await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.lookup)(host, { all: true, verbatim: true });
    return found.map((a) => a.address);
};


/***/ }),

/***/ 89227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ errorCodeOf),
/* harmony export */   EM: () => (/* binding */ parseResolverAddress),
/* harmony export */   Op: () => (/* binding */ describeDnsCode),
/* harmony export */   jw: () => (/* binding */ createDomainResolver)
/* harmony export */ });
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
// DNS look-ups for the domains stage (MX, TXT, CNAME, A/AAAA), through node's own resolver: the
// system's name servers by default, or the one server the `resolver` setting names. Every answer is a fact;
// every failure is kept as its code (ENOTFOUND, ESERVFAIL, ETIMEOUT, …), never thrown further.


/**
 * `ADDR`, `ADDR:PORT`, `[IPv6]` or `[IPv6]:PORT` (a bare IPv6 address takes the default port 53).
 * Only IP addresses: a server given by name would need a resolver to find the resolver.
 */
function parseResolverAddress(text) {
    const trimmed = text.trim();
    let address;
    let portText;
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(trimmed);
    if (bracketed) {
        address = bracketed[1];
        portText = bracketed[2];
        if (!(0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIPv6)(address))
            return { error: `'${text}': ${address} in brackets is not an IPv6 address` };
    }
    else if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIPv6)(trimmed)) {
        address = trimmed;
    }
    else {
        const parts = /^([^:]+)(?::(\d+))?$/.exec(trimmed);
        if (!parts || (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(parts[1]) !== 4) {
            return { error: `'${text}' is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)` };
        }
        address = parts[1];
        portText = parts[2];
    }
    const port = portText === undefined ? 53 : Number(portText);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        return { error: `'${text}': port ${portText} is not from 1 to 65535` };
    return { address, port };
}
/** `ADDR:PORT` in the form Resolver.setServers takes (IPv6 in brackets). */
function serverText(server) {
    return (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIPv6)(server.address) ? `[${server.address}]:${server.port}` : `${server.address}:${server.port}`;
}
/** A resolver error's code (ENOTFOUND, ESERVFAIL, …), or the error itself as text when it has none. */
function errorCodeOf(err) {
    const code = err?.code;
    return typeof code === 'string' ? code : String(err);
}
async function answer(query) {
    try {
        return { ok: true, value: await query() };
    }
    catch (err) {
        return { ok: false, code: errorCodeOf(err) };
    }
}
function createDomainResolver(options) {
    const resolver = new node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.Resolver({ timeout: Math.max(1, options.timeoutMs), tries: 2 });
    if (options.server)
        resolver.setServers([serverText(options.server)]);
    return {
        mx: (domain) => answer(() => resolver.resolveMx(domain)),
        cname: (name) => answer(() => resolver.resolveCname(name)),
        txt: async (name) => {
            const found = await answer(() => resolver.resolveTxt(name));
            return found.ok ? { ok: true, value: found.value.map((chunks) => chunks.join('')) } : found;
        },
        addresses: async (name) => {
            const [v4, v6] = await Promise.all([answer(() => resolver.resolve4(name)), answer(() => resolver.resolve6(name))]);
            const all = [...(v4.ok ? v4.value : []), ...(v6.ok ? v6.value : [])];
            if (all.length > 0)
                return all;
            // The more telling of the two failures: NXDOMAIN or a server failure over "no AAAA".
            const failure = [v4, v6].find((a) => !a.ok && a.code !== 'ENODATA') ?? v4;
            throw Object.assign(new Error(`no address for ${name}`), { code: failure.ok ? 'ENODATA' : failure.code });
        },
    };
}
/** Our words for a resolver's error code. */
function describeDnsCode(code) {
    switch (code) {
        case 'ENOTFOUND':
            return 'no such domain (NXDOMAIN)';
        case 'ENODATA':
            return 'no records of that type';
        case 'ESERVFAIL':
            return 'the name server failed (SERVFAIL)';
        case 'EREFUSED':
            return 'the name server refused the query (REFUSED)';
        case 'ETIMEOUT':
            return 'no answer in time';
        case 'ECONNREFUSED':
            return 'the name server refused the connection';
        default:
            return code;
    }
}


/***/ }),

/***/ 39620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checks: () => (/* binding */ checks),
/* harmony export */   meta: () => (/* binding */ meta)
/* harmony export */ });
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54974);
/* harmony import */ var _ciphers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97083);
/* harmony import */ var _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27786);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10281);
/* harmony import */ var _server_docs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32778);





const meta = (0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'tls-cipher-anonymous',
    defaultSeverity: 'notice',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Anonymous cipher suite accepted',
    summary: 'An anonymous (aNULL) suite is accepted: a session without a server certificate.',
    what: 'The server accepts an anonymous cipher suite (aNULL: DH_anon or ECDH_anon key exchange) when a client offers only such suites: a session in which the server shows no certificate, so the client cannot know whom it talks to.',
    why: "Postfix offers anonymous suites on purpose on port 25: opportunistic TLS between MTAs (RFC 7435) is mostly unauthenticated anyway, and a client that does not check certificates gains nothing from one, while anonymous suites spare it nothing either. A client that verifies certificates (DANE, MTA-STS, a mail user agent) never offers them, so it cannot be led into one: hence a notice, acceptable on port 25. Where TLS is mandatory (submission, IMAP, POP3) no legitimate client needs them, and RFC 9325 §4.1 says anonymous suites must not be used where authentication is expected: turn them off there.",
    fix: 'Leave aNULL out where TLS is mandatory: Postfix smtpd_tls_mandatory_exclude_ciphers = aNULL (keep port 25 opportunistic, or add smtpd_tls_exclude_ciphers = aNULL to drop them everywhere); Dovecot ssl_cipher_list, Exim tls_require_ciphers and nginx ssl_ciphers with Mozilla\'s intermediate list.',
    references: ['RFC 9325 §4.1', 'RFC 7435', 'RFC 7672 §8.2'],
    cwe: '295',
    securitySeverity: '3.7',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_mandatory_exclude_ciphers = aNULL',
            note: "Postfix enables anonymous suites by default (its cipher lists start aNULL:-aNULL:… so they come last), and turns them off by itself where it asks for client certificates. This setting drops them where TLS is mandatory (submission with encrypt, wrapper mode on 465); to drop them on port 25 as well, smtpd_tls_exclude_ciphers = aNULL. Check with postfix check, apply with postfix reload.",
            docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_2__/* .postconf */ .zZ)('smtpd_tls_mandatory_exclude_ciphers'), (0,_server_docs_js__WEBPACK_IMPORTED_MODULE_2__/* .postconf */ .zZ)('smtpd_tls_exclude_ciphers'), { label: 'Postfix TLS support: server-side cipher controls', url: 'https://www.postfix.org/TLS_README.html#server_cipher' }],
        },
        dovecot: _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .DOVECOT_CIPHER_LIST */ .ij,
        exim: _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIM_PRIORITY */ .rw,
        nginx: _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .NGINX_CIPHERS */ .Uv,
    },
});
function checkAnonymousSuites(endpoint, facts) {
    const anonymous = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .acceptedOf */ .$f)(facts, ['anonymous']);
    if (anonymous.versions.length === 0)
        return [];
    return [
        {
            rule: 'tls-cipher-anonymous',
            message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEndpoint */ .N2)(endpoint)} accepts anonymous cipher suites (no server certificate) at ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .listOf */ .c3)(anonymous.versions)}.`,
            evidence: `picked: ${anonymous.evidence.join('; ')}`,
        },
    ];
}
const checks = { require: checkAnonymousSuites };


/***/ }),

/***/ 25785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checks: () => (/* binding */ checks),
/* harmony export */   meta: () => (/* binding */ meta)
/* harmony export */ });
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54974);
/* harmony import */ var _ciphers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97083);
/* harmony import */ var _common_profiles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89975);
/* harmony import */ var _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27786);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10281);
/* harmony import */ var _server_docs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32778);






const meta = (0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'tls-cipher-weak',
    defaultSeverity: 'error',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Weak cipher suite accepted',
    summary: 'A NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite).',
    what: "The server accepts a TLS 1.0–1.2 cipher suite with no encryption (NULL), export-grade keys (EXPORT), RC4, DES, 3DES or IDEA encryption, or an MD5 MAC, when a client offers only such suites. Under the profiles intermediate and modern it also finds a TLS 1.2 suite without AEAD encryption (CBC), which Mozilla's intermediate list leaves out: one rule for 'a suite the policy's cipher list excludes', so that one waiver or severity covers it.",
    why: 'RFC 9325 §4.1 forbids NULL, EXPORT-grade and RC4 suites (RFC 7465) and suites under 112 bits of security (DES, and 3DES with its 64-bit block, Sweet32; IDEA has the same 64-bit block, and TLS 1.2 removed it with DES, RFC 5246 §1.2); MD5 is broken (RFC 6151). An attacker on the path can force them on a client that still offers them. RFC 9325 §4.2 recommends AEAD suites only at TLS 1.2 (CBC suites have a history of padding-oracle attacks: Lucky Thirteen), as Mozilla Server Side TLS 5.7 intermediate does.',
    fix: "Leave the classes out of the server's cipher list: Postfix smtpd_tls_exclude_ciphers = eNULL, EXPORT, RC4, DES, 3DES, IDEA, MD5; Dovecot ssl_cipher_list, Exim tls_require_ciphers and nginx ssl_ciphers with Mozilla's intermediate list.",
    references: ['RFC 9325 §4.1', 'RFC 9325 §4.2', 'RFC 7465', 'RFC 6151', 'RFC 5246 §1.2', _ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .MOZILLA_GUIDELINES */ .Xm],
    cwe: '327',
    securitySeverity: '7.4',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_exclude_ciphers = eNULL, EXPORT, RC4, DES, 3DES, IDEA, MD5',
            note: 'Applies at every TLS security level, port 25 included (smtpd_tls_mandatory_exclude_ciphers only adds to it where TLS is mandatory). Under profile intermediate, CBC suites go too where TLS is mandatory (submission with encrypt, wrapper mode on 465): smtpd_tls_mandatory_ciphers = high with tls_high_cipherlist = ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20. Check with postfix check, apply with postfix reload.',
            docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_2__/* .postconf */ .zZ)('smtpd_tls_exclude_ciphers'), (0,_server_docs_js__WEBPACK_IMPORTED_MODULE_2__/* .postconf */ .zZ)('smtpd_tls_mandatory_ciphers'), (0,_server_docs_js__WEBPACK_IMPORTED_MODULE_2__/* .postconf */ .zZ)('tls_high_cipherlist')],
        },
        dovecot: _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .DOVECOT_CIPHER_LIST */ .ij,
        exim: _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIM_PRIORITY */ .rw,
        nginx: _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .NGINX_CIPHERS */ .Uv,
    },
});
function checkWeakSuites(endpoint, facts) {
    const weak = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .acceptedOf */ .$f)(facts, ['weak']);
    if (weak.versions.length > 0) {
        return [
            {
                rule: 'tls-cipher-weak',
                message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEndpoint */ .N2)(endpoint)} accepts weak cipher suites (NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5) at ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .listOf */ .c3)(weak.versions)}.`,
                evidence: `picked: ${weak.evidence.join('; ')}`,
            },
        ];
    }
    const profile = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .profileOf */ .dp)(endpoint);
    if (!(0,_common_profiles_js__WEBPACK_IMPORTED_MODULE_5__/* .judgesNonAead */ .v)(profile))
        return [];
    const cbc = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .acceptedOf */ .$f)(facts, ['non-aead']);
    if (cbc.versions.length === 0)
        return [];
    return [
        {
            rule: 'tls-cipher-weak',
            setting: 'tls.profile',
            message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEndpoint */ .N2)(endpoint)} accepts cipher suites without AEAD encryption at ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .listOf */ .c3)(cbc.versions)}, which the profile ${profile} (${_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .MOZILLA_GUIDELINES */ .Xm}) leaves out.`,
            evidence: `picked: ${cbc.evidence.join('; ')}`,
        },
    ];
}
const checks = { require: checkWeakSuites };


/***/ }),

/***/ 49072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checks: () => (/* binding */ checks),
/* harmony export */   meta: () => (/* binding */ meta)
/* harmony export */ });
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54974);
/* harmony import */ var _ciphers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97083);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10281);
/* harmony import */ var _server_docs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32778);




const meta = (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'tls-dh-weak',
    defaultSeverity: 'warning',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'Weak DH group',
    summary: 'A finite-field DHE suite uses a group under 2048 bits (1024 under profile old).',
    what: "The server picks a finite-field DHE suite (DHE or DH_anon key exchange) with a DH prime under 2048 bits, read from its ServerKeyExchange. Under the profile old the limit is 1024 bits, as Mozilla's old configuration allows.",
    why: 'RFC 9325 §4.1 asks for DH groups of at least 2048 bits: 1024-bit groups are within reach of a well-funded attacker (Logjam), and one shared 1024-bit prime broken once opens every session that used it. Mozilla Server Side TLS 5.7 uses the 2048-bit ffdhe2048 group of RFC 7919 for intermediate.',
    fix: "Serve a 2048-bit group (RFC 7919's ffdhe2048, as Mozilla publishes it) or drop DHE suites: Postfix smtpd_tls_dh1024_param_file, Dovecot ssl_dh, Exim tls_dhparam = ffdhe2048, nginx ssl_dhparam.",
    references: ['RFC 9325 §4.1', 'RFC 7919', _ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .MOZILLA_GUIDELINES */ .Xm],
    cwe: '326',
    securitySeverity: '5.3',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_dh1024_param_file = /etc/postfix/ffdhe2048.pem',
            note: "Despite its name the parameter takes a group of any size. Fetch the file from https://ssl-config.mozilla.org/ffdhe2048.txt (RFC 7919's group). Left empty, Postfix uses its own 2048-bit group; a 1024-bit file named here is the usual cause. Check with postfix check, apply with postfix reload.",
            docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .postconf */ .zZ)('smtpd_tls_dh1024_param_file'), { label: 'Postfix forward secrecy', url: 'https://www.postfix.org/FORWARD_SECRECY_README.html' }],
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: 'ssl_dh = </etc/dovecot/ffdhe2048.pem',
            note: "Dovecot 2.3 needs ssl_dh for any DHE suite; the < makes it read the file. Fetch the file from https://ssl-config.mozilla.org/ffdhe2048.txt, or generate one with openssl dhparam -out /etc/dovecot/dh.pem 2048. Check with doveconf -n, apply with doveadm reload.",
            docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .dovecotSetting */ .$c)('ssl_dh')],
        },
        exim: {
            file: 'the main configuration',
            settings: 'tls_dhparam = ffdhe2048',
            note: "Exim knows RFC 7919's groups by name (ffdhe2048, ffdhe3072, …); a path to a PEM file works too. A tls_dhparam naming a 1024-bit group (ike2, or an old file) is the usual cause. Check with exim -bV.",
            docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .exim */ .sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), (0,_server_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .exim */ .sI)('Main configuration', 'ch-main_configuration')],
        },
        nginx: {
            file: 'the http block (or every server block on the address)',
            settings: 'ssl_dhparam /etc/nginx/ffdhe2048.pem;',
            note: "Fetch the file from https://ssl-config.mozilla.org/ffdhe2048.txt. Without ssl_dhparam nginx offers no DHE suites at all, which is also a fix. Check with nginx -t, apply with nginx -s reload.",
            docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .nginx */ .rQ)('ssl', 'ssl_dhparam')],
        },
    },
});
function checkDhGroup(endpoint, facts) {
    const bits = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .dhBitsOf */ .YT)(facts);
    const minimum = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .minimumDhBits */ .Lq)((0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .profileOf */ .dp)(endpoint));
    if (bits === null || bits >= minimum)
        return [];
    const dhe = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .acceptedOf */ .$f)(facts, ['dhe', 'anonymous']);
    return [
        {
            rule: 'tls-dh-weak',
            message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEndpoint */ .N2)(endpoint)} uses a ${bits}-bit DH group for DHE, under the ${minimum} bits required.`,
            evidence: `DH prime: ${bits} bits${dhe.evidence.length > 0 ? `; picked: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(dhe.evidence)}` : ''}`,
        },
    ];
}
const checks = { require: checkDhGroup };


/***/ }),

/***/ 83474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checks: () => (/* binding */ checks),
/* harmony export */   meta: () => (/* binding */ meta),
/* harmony export */   severityByProfile: () => (/* binding */ severityByProfile)
/* harmony export */ });
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54974);
/* harmony import */ var _ciphers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97083);
/* harmony import */ var _common_profiles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89975);
/* harmony import */ var _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27786);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10281);
/* harmony import */ var _server_docs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32778);






const meta = (0,_rule_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'tls-forward-secrecy-missing',
    defaultSeverity: 'off',
    scope: 'endpoint',
    fixedBy: 'mail-server',
    inconclusive: false,
    title: 'TLS 1.2 without forward secrecy accepted',
    summary: 'A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on.',
    what: "The server accepts a TLS 1.2 suite with RSA key transport (or static DH) when a client offers only such suites, so a session's keys can be recovered from the server's private key. Off unless the policy turns it on: the profile intermediate or modern makes it an error for the services held to it, and a severity set here applies whatever the profile.",
    why: 'RFC 9325 §4.1 recommends forward-secret suites only: with RSA key transport, whoever obtains the server key later (a seized server, a leaked backup) can decrypt every recorded session. Mozilla Server Side TLS 5.7 intermediate and modern allow (EC)DHE only. It stays off without a profile because old MTAs that speak only RSA key transport would fall back to plaintext on port 25.',
    fix: 'Leave RSA key transport out: Postfix smtpd_tls_mandatory_exclude_ciphers = aNULL, kRSA (and kRSA in smtpd_tls_exclude_ciphers for port 25 too); Dovecot ssl_cipher_list, Exim tls_require_ciphers and nginx ssl_ciphers with Mozilla\'s intermediate list.',
    references: ['RFC 9325 §4.1', _ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .MOZILLA_GUIDELINES */ .Xm],
    cwe: '327',
    securitySeverity: '4.8',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_mandatory_exclude_ciphers = aNULL, kRSA',
            note: 'Applies where TLS is mandatory (submission with encrypt, wrapper mode on 465); aNULL is there as tls-cipher-anonymous asks, since one parameter holds both. For port 25 as well, add kRSA to smtpd_tls_exclude_ciphers: a sending MTA that knows only RSA key transport then delivers in plaintext, which is why the rule is off without a profile. Check with postfix check, apply with postfix reload.',
            docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_2__/* .postconf */ .zZ)('smtpd_tls_mandatory_exclude_ciphers'), (0,_server_docs_js__WEBPACK_IMPORTED_MODULE_2__/* .postconf */ .zZ)('smtpd_tls_exclude_ciphers')],
        },
        dovecot: _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .DOVECOT_CIPHER_LIST */ .ij,
        exim: _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIM_PRIORITY */ .rw,
        nginx: _cipher_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .NGINX_CIPHERS */ .Uv,
    },
});
/**
 * The profiles intermediate and modern make a finding an error; a severity the policy sets wins.
 * Also read by cipher-classes.ts, so that the question is asked wherever the rule judges it.
 */
function severityByProfile(profile) {
    return (0,_common_profiles_js__WEBPACK_IMPORTED_MODULE_4__/* .judgesNonAead */ .v)(profile) ? 'error' : undefined;
}
function checkForwardSecrecy(endpoint, facts) {
    const rsa = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .acceptedOf */ .$f)(facts, ['no-forward-secrecy']);
    if (rsa.versions.length === 0)
        return [];
    const profile = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .profileOf */ .dp)(endpoint);
    const severity = severityByProfile(profile);
    const byProfile = severity !== undefined;
    return [
        {
            rule: 'tls-forward-secrecy-missing',
            message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .describeEndpoint */ .N2)(endpoint)} accepts TLS 1.2 sessions without forward secrecy (RSA key transport)${byProfile ? `, which the profile ${profile} (${_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .MOZILLA_GUIDELINES */ .Xm}) does not allow` : ''}.`,
            evidence: `picked: ${rsa.evidence.join('; ')}`,
            ...(byProfile ? { severity, setting: 'tls.profile' } : {}),
        },
    ];
}
const checks = { require: checkForwardSecrecy };


/***/ }),

/***/ 81701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ rulesJudging),
/* harmony export */   z: () => (/* binding */ judgedCipherClasses)
/* harmony export */ });
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73380);
/* harmony import */ var _common_profiles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89975);
/* harmony import */ var _catalog_tls_cipher_weak_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25785);
/* harmony import */ var _catalog_tls_cipher_anonymous_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39620);
/* harmony import */ var _catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83474);
/* harmony import */ var _catalog_tls_dh_weak_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49072);






/**
 * The rules that read each class's answer: an anonymous DH suite's group is one tls-dh-weak
 * judges too, and the non-AEAD class is tls-cipher-weak's under the profiles intermediate and
 * modern only. Keyed in the order the classes are asked.
 */
const CLASS_JUDGES = {
    weak: ['tls-cipher-weak'],
    anonymous: ['tls-cipher-anonymous', 'tls-dh-weak'],
    'no-forward-secrecy': ['tls-forward-secrecy-missing'],
    'non-aead': ['tls-cipher-weak'],
    dhe: ['tls-dh-weak'],
};
const DEFAULT_SEVERITY = {
    [_catalog_tls_cipher_weak_js__WEBPACK_IMPORTED_MODULE_0__.meta.id]: _catalog_tls_cipher_weak_js__WEBPACK_IMPORTED_MODULE_0__.meta.defaultSeverity,
    [_catalog_tls_cipher_anonymous_js__WEBPACK_IMPORTED_MODULE_1__.meta.id]: _catalog_tls_cipher_anonymous_js__WEBPACK_IMPORTED_MODULE_1__.meta.defaultSeverity,
    [_catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_2__.meta.id]: _catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_2__.meta.defaultSeverity,
    [_catalog_tls_dh_weak_js__WEBPACK_IMPORTED_MODULE_3__.meta.id]: _catalog_tls_dh_weak_js__WEBPACK_IMPORTED_MODULE_3__.meta.defaultSeverity,
};
/**
 * The severity a cipher rule's finding on `endpoint` would get, by judge()'s own order, with the
 * default tls-forward-secrecy-missing's check gives its drafts under a profile.
 */
function severityOn(endpoint, policyRules, rule) {
    const draftSeverity = rule === _catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_2__.meta.id ? (0,_catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_2__.severityByProfile)(endpoint.settings.tls.profile) : undefined;
    return (0,_draft_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointSeverity */ .l)(endpoint, policyRules, rule, draftSeverity, DEFAULT_SEVERITY[rule] ?? 'off');
}
/**
 * The rules that would judge the answer about `cls` on `endpoint` under `policyRules` (the
 * policy's top-level `rules:`): those a severity leaves on. None for a forbidden service (the
 * cipher rules judge required services only), nor for non-AEAD suites without a profile that
 * makes them a tls-cipher-weak finding.
 */
function rulesJudging(endpoint, policyRules, cls) {
    if (endpoint.expectation !== 'require')
        return [];
    if (cls === 'non-aead' && !(0,_common_profiles_js__WEBPACK_IMPORTED_MODULE_5__/* .judgesNonAead */ .v)(endpoint.settings.tls.profile))
        return [];
    return CLASS_JUDGES[cls].filter((rule) => severityOn(endpoint, policyRules, rule) !== 'off');
}
/**
 * The classes whose answer some rule will judge on `endpoint` under `policyRules`. Never leaves
 * out a class a rule judges: a class is left out only where every rule that reads it is off for
 * the endpoint.
 */
function judgedCipherClasses(endpoint, policyRules) {
    const classes = Object.keys(CLASS_JUDGES);
    return new Set(classes.filter((cls) => rulesJudging(endpoint, policyRules, cls).length > 0));
}


/***/ }),

/***/ 27786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uv: () => (/* binding */ NGINX_CIPHERS),
/* harmony export */   ij: () => (/* binding */ DOVECOT_CIPHER_LIST),
/* harmony export */   rw: () => (/* binding */ EXIM_PRIORITY)
/* harmony export */ });
/* unused harmony exports MOZILLA_INTERMEDIATE_CIPHERS, GNUTLS_INTERMEDIATE_PRIORITY */
/* harmony import */ var _server_docs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32778);

/** Mozilla Server Side TLS 5.7, intermediate: forward-secret AEAD suites only (OpenSSL names). */
const MOZILLA_INTERMEDIATE_CIPHERS = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305';
/** The same suites as a GnuTLS priority string (Exim built with GnuTLS, as Debian's exim4 is). */
const GNUTLS_INTERMEDIATE_PRIORITY = 'NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:-RSA:-CIPHER-ALL:+AES-128-GCM:+AES-256-GCM:+CHACHA20-POLY1305';
const DOVECOT_CIPHER_LIST = {
    file: 'conf.d/10-ssl.conf',
    settings: `ssl_cipher_list = ${MOZILLA_INTERMEDIATE_CIPHERS}`,
    note: "Mozilla's intermediate list: forward-secret AEAD suites only, which leaves out weak, anonymous and RSA key transport suites alike. Dovecot's own default (ALL:!kRSA:!SRP:!kDHd:!DSS:!aNULL:!eNULL:!EXPORT:!DES:!3DES:!MD5:!PSK:!RC4:!ADH:!LOW@STRENGTH) is safe too: look for an override (doveconf ssl_cipher_list), also inside local and local_name blocks. TLS 1.3 suites are not set here. Check with doveconf -n, apply with doveadm reload.",
    docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_0__/* .dovecotSetting */ .$c)('ssl_cipher_list')],
};
const EXIM_PRIORITY = {
    file: 'the main configuration',
    settings: `tls_require_ciphers = ${GNUTLS_INTERMEDIATE_PRIORITY}`,
    note: "For Exim built with GnuTLS (Debian's exim4 packages), tls_require_ciphers is a GnuTLS priority string: this one is Mozilla's intermediate list (gnutls-cli -l --priority '…' shows the suites it allows). With OpenSSL, tls_require_ciphers takes an OpenSSL cipher list instead: use Mozilla's intermediate list as nginx's ssl_ciphers shows it. Check with exim -bV.",
    docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_0__/* .exim */ .sI)('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), (0,_server_docs_js__WEBPACK_IMPORTED_MODULE_0__/* .exim */ .sI)('Main configuration', 'ch-main_configuration')],
};
const NGINX_CIPHERS = {
    file: 'every server block on the address (or the http block)',
    settings: `ssl_ciphers ${MOZILLA_INTERMEDIATE_CIPHERS};\nssl_prefer_server_ciphers off;`,
    note: "Mozilla's intermediate configuration; TLS 1.3 suites are not set by ssl_ciphers. nginx takes a listening address's settings from its default server block, so set it there too, or once in the http block. Check with nginx -t, apply with nginx -s reload.",
    docs: [(0,_server_docs_js__WEBPACK_IMPORTED_MODULE_0__/* .nginx */ .rQ)('ssl', 'ssl_ciphers'), (0,_server_docs_js__WEBPACK_IMPORTED_MODULE_0__/* .nginx */ .rQ)('ssl', 'ssl_prefer_server_ciphers')],
};


/***/ }),

/***/ 97083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ acceptedOf),
/* harmony export */   Lq: () => (/* binding */ minimumDhBits),
/* harmony export */   WS: () => (/* binding */ versionWords),
/* harmony export */   Xm: () => (/* binding */ MOZILLA_GUIDELINES),
/* harmony export */   YT: () => (/* binding */ dhBitsOf),
/* harmony export */   dp: () => (/* binding */ profileOf),
/* harmony export */   hr: () => (/* binding */ cipherVersions)
/* harmony export */ });
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54974);

/** The version of Mozilla's Server Side TLS guidelines the profiles follow. */
const MOZILLA_GUIDELINES = 'Mozilla Server Side TLS 5.7';
/** The profile the endpoint's effective settings name, if any. */
function profileOf(endpoint) {
    return endpoint.settings.tls.profile;
}
const VERSION_WORDS = { TLSv1: 'TLS 1.0', 'TLSv1.1': 'TLS 1.1', 'TLSv1.2': 'TLS 1.2', 'TLSv1.3': 'TLS 1.3' };
/** The cipher facts per version asked, newest first. */
function cipherVersions(facts) {
    const ciphers = facts.tls?.ciphers;
    if (!ciphers)
        return [];
    return ['TLSv1.2', 'TLSv1.1', 'TLSv1'].flatMap((v) => (ciphers[v] ? [[v, ciphers[v]]] : []));
}
/**
 * Where any class of `classes` was accepted: the versions, and the suites the server picked that
 * prove it ("TLS 1.2: TLS_RSA_WITH_3DES_EDE_CBC_SHA").
 */
function acceptedOf(facts, classes) {
    const versions = [];
    const evidence = [];
    for (const [version, answers] of cipherVersions(facts)) {
        if (!answers.accepted.some((c) => classes.includes(c)))
            continue;
        versions.push(VERSION_WORDS[version]);
        const suites = answers.picked.filter((p) => p.classes.some((c) => classes.includes(c))).map((p) => p.suite);
        evidence.push(`${VERSION_WORDS[version]}: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(suites)}`);
    }
    return { versions, evidence };
}
/** The DH group size the cipher questions read, if any (the smallest, should versions differ). */
function dhBitsOf(facts) {
    const sizes = cipherVersions(facts).flatMap(([, answers]) => (answers.dhBits === undefined ? [] : [answers.dhBits]));
    return sizes.length === 0 ? null : Math.min(...sizes);
}
/** The smallest DH group each profile accepts: 2048 bits (RFC 9325 §4.1), 1024 under Mozilla's old. */
function minimumDhBits(profile) {
    return profile === 'old' ? 1024 : 2048;
}
function versionWords(version) {
    return VERSION_WORDS[version];
}


/***/ }),

/***/ 54974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ describeEndpoint),
/* harmony export */   OK: () => (/* binding */ errorEvidence),
/* harmony export */   c3: () => (/* binding */ listOf)
/* harmony export */ });
/** "imaps on mail.example.com:993 (192.0.2.1)" */
function describeEndpoint(endpoint) {
    const address = endpoint.address === null || endpoint.address === endpoint.host ? '' : ` (${endpoint.address})`;
    const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
    return `${endpoint.service} on ${host}:${endpoint.port}${address}`;
}
function errorEvidence(error) {
    return `${error.kind} at ${error.step}: ${error.message}`;
}
function listOf(items) {
    return items.join(', ');
}


/***/ }),

/***/ 73380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ endpointSeverity)
/* harmony export */ });
/**
 * The severity of a finding of `rule` on `endpoint`: its host entry's override, else the
 * top-level one (`policyRules`), else the draft's own default, else the rule's. judge() weighs
 * findings by it, and cipher-classes.ts by it decides which cipher questions the probe asks.
 */
function endpointSeverity(endpoint, policyRules, rule, draftSeverity, ruleDefault) {
    return endpoint.rules?.[rule]?.severity ?? policyRules[rule]?.severity ?? draftSeverity ?? ruleDefault;
}


/***/ }),

/***/ 22390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ issuesUrl),
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   Mj: () => (/* binding */ actionHome),
/* harmony export */   ZZ: () => (/* binding */ schemaUrl),
/* harmony export */   _x: () => (/* binding */ useProjectHome),
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl),
/* harmony export */   tN: () => (/* binding */ rfcUrl)
/* harmony export */ });
/* unused harmony exports PACKAGE_HOME, projectHome, ruleDocsFolderUrl */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);

/** What the published package says: its repository, at this version's tag. */
const PACKAGE_HOME = {
    repositoryUrl: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_REPOSITORY_URL */ .m,
    ref: `v${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .w}`,
    schemaRef: `v${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .w.split('.')[0]}`,
};
const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
const REF = /^[A-Za-z0-9._\/-]{1,200}$/;
/**
 * The home the runner's variables prove, or undefined when they prove none (then the package's
 * home applies). Only names and refs of a plain shape are used: they end up in links.
 */
function actionHome(env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server))
        return undefined;
    const repository = env.GITHUB_ACTION_REPOSITORY ?? '';
    const ref = env.GITHUB_ACTION_REF ?? '';
    if (OWNER_NAME.test(repository) && REF.test(ref) && !ref.includes('..'))
        return { repositoryUrl: `${server}/${repository}`, ref };
    // `uses: ./`: the action is the checked-out repository itself, at the commit being built.
    const actionPath = env.GITHUB_ACTION_PATH?.replace(/\/+$/, '');
    const workspace = env.GITHUB_WORKSPACE?.replace(/\/+$/, '');
    const local = env.GITHUB_REPOSITORY ?? '';
    const sha = env.GITHUB_SHA ?? '';
    if (actionPath && actionPath === workspace && OWNER_NAME.test(local) && /^[0-9a-f]{40}$/.test(sha))
        return { repositoryUrl: `${server}/${local}`, ref: sha };
    return undefined;
}
let home = PACKAGE_HOME;
/** Set once by an entry point before any output is built (the action calls it with actionHome). */
function useProjectHome(chosen) {
    home = chosen;
}
function projectHome() {
    return home;
}
/** The project's repository. */
function repositoryUrl() {
    return home.repositoryUrl;
}
/** The folder of the generated rule pages (docs/rules/<id>.md), as GitHub shows it. */
function ruleDocsFolderUrl() {
    return `${home.repositoryUrl}/blob/${home.ref}/docs/rules`;
}
/** The page that explains a rule and how to fix it on each server. */
function ruleDocsUrl(id) {
    return `${ruleDocsFolderUrl()}/${id}.md`;
}
/**
 * policies/schema.json as raw JSON (what an editor's YAML language server fetches). github.com
 * serves raw files from its own host; a GitHub Enterprise server under /raw/.
 */
function schemaUrl() {
    const ref = home.schemaRef ?? home.ref;
    const github = /^https:\/\/github\.com\/(.+)$/.exec(home.repositoryUrl);
    return github
        ? `https://raw.githubusercontent.com/${github[1]}/${ref}/policies/schema.json`
        : `${home.repositoryUrl}/raw/${ref}/policies/schema.json`;
}
/** Where to report a bug. */
function issuesUrl() {
    return `${home.repositoryUrl}/issues`;
}
/** "RFC 8314 §3" → the RFC Editor's page for RFC 8314; null for anything that is not an RFC. */
function rfcUrl(reference) {
    const rfc = /^RFC\s?(\d{3,5})\b/i.exec(reference);
    return rfc ? `https://www.rfc-editor.org/rfc/rfc${rfc[1]}` : null;
}


/***/ }),

/***/ 10281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SERVER_NAMES),
/* harmony export */   K: () => (/* binding */ defineRule)
/* harmony export */ });
/** The mail and web servers the rule pages give configuration for, in the order they are shown. */
const SERVER_NAMES = ['postfix', 'dovecot', 'exim', 'nginx'];
/**
 * A rule's metadata, frozen, with its id kept as a literal type: the registry derives `RuleId`
 * from the ids of the modules it lists.
 */
function defineRule(meta) {
    const servers = Object.fromEntries(Object.entries(meta.servers).map(([server, fix]) => [server, Object.freeze({ ...fix, docs: Object.freeze([...fix.docs]) })]));
    return Object.freeze({ ...meta, references: Object.freeze([...meta.references]), servers: Object.freeze(servers) });
}


/***/ }),

/***/ 32778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ dovecotSetting),
/* harmony export */   Gx: () => (/* binding */ CERTIFICATE_CHAIN),
/* harmony export */   L8: () => (/* binding */ LIVE),
/* harmony export */   rQ: () => (/* binding */ nginx),
/* harmony export */   sI: () => (/* binding */ exim),
/* harmony export */   zZ: () => (/* binding */ postconf)
/* harmony export */ });
const LIVE = '/etc/letsencrypt/live/mail.example.com';
/** postconf(5): one anchor per Postfix parameter. */
const postconf = (parameter) => ({ label: `postconf(5): ${parameter}`, url: `https://www.postfix.org/postconf.5.html#${parameter}` });
/** Dovecot 2.3's settings reference: one anchor per setting. */
const dovecotSetting = (setting) => ({
    label: `Dovecot settings: ${setting}`,
    url: `https://doc.dovecot.org/2.3/settings/core/#core_setting-${setting}`,
});
/** A chapter of the Exim specification (current release). */
const exim = (chapter, file) => ({
    label: `Exim specification: ${chapter}`,
    url: `https://www.exim.org/exim-html-current/doc/html/spec_html/${file}.html`,
});
/** nginx's reference: one anchor per directive of an http module. */
const nginx = (module, directive) => ({
    label: `nginx ngx_http_${module}_module: ${directive}`,
    url: `https://nginx.org/en/docs/http/ngx_http_${module}_module.html#${directive}`,
});
/**
 * The certificate and key, full chain (leaf first), per server: the fix of every rule about the
 * certificate itself (certificate-expired, -expiring, -untrusted, and Exim's for -weak).
 */
const CERTIFICATE_CHAIN = {
    postfix: {
        file: 'main.cf',
        settings: `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
        note: 'Postfix 3.4 and later. The files are read in order and must hold the key first, then the leaf certificate, then its intermediates; fullchain.pem has the leaf and the intermediates. Replaces smtpd_tls_cert_file and smtpd_tls_key_file. Apply with postfix reload.',
        docs: [postconf('smtpd_tls_chain_files'), { label: 'Postfix TLS support', url: 'https://www.postfix.org/TLS_README.html' }],
    },
    dovecot: {
        file: 'conf.d/10-ssl.conf',
        settings: `ssl_cert = <${LIVE}/fullchain.pem\nssl_key = <${LIVE}/privkey.pem`,
        note: "The < makes Dovecot read the file's contents; without it the value is taken as the certificate itself. Put the intermediates in the ssl_cert file after the leaf. Dovecot 2.4 names these ssl_server_cert_file and ssl_server_key_file and takes plain paths (no <). Apply with doveadm reload.",
        docs: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
    },
    exim: {
        file: 'the main configuration (Debian: conf.d/main/03_exim4-config_tlsoptions)',
        settings: `tls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
        note: 'The files are opened by the Exim user (Debian-exim on Debian), so it must be able to read the key: give it a copy, or group read access. A restart (systemctl restart exim4) is the certain way to make every listener use the new files.',
        docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Main configuration', 'ch-main_configuration')],
    },
    nginx: {
        file: 'the server block with listen 443 ssl',
        settings: `ssl_certificate ${LIVE}/fullchain.pem;\nssl_certificate_key ${LIVE}/privkey.pem;`,
        note: 'ssl_certificate must be the full chain, leaf first. Apply with nginx -s reload (or systemctl reload nginx).',
        docs: [nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
    },
};


/***/ }),

/***/ 79786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ sarifOf),
/* harmony export */   eU: () => (/* binding */ writeReportJson),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   tf: () => (/* binding */ validate),
/* harmony export */   z6: () => (/* binding */ check)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48720);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52487);
/* harmony import */ var _policy_only_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96802);
/* harmony import */ var _policy_settings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83693);
/* harmony import */ var _probe_engine_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88295);
/* harmony import */ var _rules_cipher_classes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(81701);
/* harmony import */ var _common_host_names_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(14458);
/* harmony import */ var _resolve_dns_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(89227);
/* harmony import */ var _plan_mx_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(44502);
/* harmony import */ var _probe_roots_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(44399);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(32794);
/* harmony import */ var _report_neutralise_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(35942);
/* harmony import */ var _shard_shard_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(52332);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(311);
// The one pipeline both entry points share: policy → plan → probe → rules → report.
// It reads and writes files but prints nothing: the CLI and the action decide how to show results.



















/** Validation only: no probing. Names are not resolved either (every address is shown as unresolved). */
async function validate(policyPath, policyName, only) {
    const loaded = await loadPolicy(policyPath, policyName, only);
    if (loaded.kind === 'invalid')
        return loaded;
    const plan = await (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPlan */ .G)(loaded.policy, noResolution);
    return { kind: 'valid', exitCode: 0, policy: loaded.policy, plan };
}
/** Longest problem message shown; the policy's own values in it are clipped well before this. */
const PROBLEM_MESSAGE_MAX_CHARS = 1000;
/**
 * The one place policy problems become text for a log or a terminal. A policy can come from a
 * fork's pull request, and its problems quote its values and keys (`hosts[0].host 'x ::error::y'
 * contains spaces`): neutralised here, as remote text is, so neither the CLI nor the action can
 * print a workflow command or log marker from them. `refusal` says the same in one sentence.
 */
function invalid(problems, refusal) {
    return {
        kind: 'invalid',
        exitCode: 2,
        problems: problems.map((p) => ({ ...p, message: (0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_16__/* .neutralise */ .$)(p.message, PROBLEM_MESSAGE_MAX_CHARS) })),
        ...(refusal !== undefined ? { refusal: (0,_report_neutralise_js__WEBPACK_IMPORTED_MODULE_16__/* .neutralise */ .$)(refusal, PROBLEM_MESSAGE_MAX_CHARS) } : {}),
    };
}
/** The policy as the run will use it: read, checked, and cut down to `only` when asked. */
async function loadPolicy(policyPath, policyName, only) {
    const loaded = await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_6__/* .loadPolicyFile */ .n$)(policyPath, policyName);
    if (!loaded.ok) {
        const refusal = loaded.unreadable && `cannot read ${policyName ?? policyPath}: ${loaded.unreadable}`;
        return invalid(loaded.problems, refusal || undefined);
    }
    if (only === undefined)
        return { kind: 'loaded', policy: loaded.policy, source: loaded.source };
    const cut = (0,_policy_only_js__WEBPACK_IMPORTED_MODULE_7__/* .onlyHost */ .zp)(loaded.policy, only);
    if (!cut.ok)
        return invalid([{ location: { file: loaded.policy.file, line: 1, column: 1 }, message: cut.message }], cut.message);
    return { kind: 'loaded', policy: cut.policy, source: loaded.source };
}
const noResolution = async () => {
    throw Object.assign(new Error('not resolved (validation only)'), { code: 'NOT-RESOLVED' });
};
async function check(options) {
    const now = options.now ?? (() => new Date());
    const startedAt = now();
    const started = performance.now();
    const loaded = await loadPolicy(options.policyPath, options.policyName, options.only);
    if (loaded.kind === 'invalid')
        return loaded;
    const extraCa = await readExtraCa(options.caFile);
    if ('problem' in extraCa)
        return invalid([extraCa.problem], extraCa.problem.message);
    const policy = withAddressFamily(withTimeout(loaded.policy, options.timeoutMs), options.addressFamily);
    // The domains stage first: a domain's MX hosts become planned endpoints.
    const domains = policy.domains.length === 0 ? [] : await observePolicyDomains(policy, options, extraCa.pems);
    // MX hosts' addresses come from the same DNS as the MX records, as the domains stage admitted them.
    const mxHosts = (0,_plan_mx_js__WEBPACK_IMPORTED_MODULE_13__/* .mxHostPolicies */ .k)(policy, domains);
    // Under `--only DOMAIN`, what the full run holds of the MX hosts' `hosts:` entries joins now.
    const held = (0,_policy_only_js__WEBPACK_IMPORTED_MODULE_7__/* .withMxHosts */ .PI)(policy, mxHosts);
    const whole = await (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .buildPlan */ .G)(held, options.resolveAll, { hosts: mxHosts, resolveAll: (0,_plan_mx_js__WEBPACK_IMPORTED_MODULE_13__/* .mxAddresses */ .s)(domains) });
    const plan = options.shard ? { ...whole, endpoints: (0,_shard_shard_js__WEBPACK_IMPORTED_MODULE_17__/* .inShard */ .Iw)(whole.endpoints, options.shard) } : whole;
    options.onPlanned?.(plan);
    const facts = await (0,_probe_engine_js__WEBPACK_IMPORTED_MODULE_9__/* .probeAll */ .mQ)(plan.endpoints, {
        concurrency: options.concurrency,
        perHost: options.perHost,
        retryAfterMs: options.retryAfterMs,
        extraCa: extraCa.pems,
        trust: options.trust,
        heloName: options.heloName,
        now,
        onEndpointDone: options.onEndpointDone,
        // Only the cipher classes some rule judges on the endpoint are asked: the probe knows no
        // rules, so the set comes from here (src/rules/cipher-classes.ts).
        cipherClasses: (endpoint) => (0,_rules_cipher_classes_js__WEBPACK_IMPORTED_MODULE_10__/* .judgedCipherClasses */ .z)(endpoint, policy.rules),
    });
    // Judging, and with it the rule catalog, is loaded once the probes are done: no rule is needed
    // before the first connection (the cipher rules' severities come from cipher-classes.ts).
    const { conclusionCounts, exitCodeOf, isInconclusive, judgeRun, verdict } = await Promise.all(/* import() */[__webpack_require__.e(362), __webpack_require__.e(182), __webpack_require__.e(360)]).then(__webpack_require__.bind(__webpack_require__, 54360));
    const observations = plan.endpoints.map((endpoint, i) => ({ endpoint, facts: facts[i] }));
    const judged = judgeRun(held, observations, now(), domains);
    const findings = judged.findings;
    const result = verdict(findings, options.failOn, isInconclusive(findings, observations));
    const report = (0,_report_json_js__WEBPACK_IMPORTED_MODULE_15__/* .buildReport */ .FK)({
        policyFile: policy.file,
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_18__/* .TOOL_VERSION */ .w,
        startedAt,
        durationMs: Math.round(performance.now() - started),
        endpoints: facts,
        findings,
        result,
        domains: domains.length > 0 ? domains : undefined,
        // The views the findings were judged with, as judging built them.
        runnerNetwork: judged.runnerNetwork,
        dane: judged.dane,
        shard: options.shard && shardRecord(options.shard, loaded.source, conclusionCounts(observations)),
    });
    await writeOutputs(options, report);
    return { kind: 'checked', exitCode: exitCodeOf(result, options.failOn), policy: held, plan, report };
}
/**
 * The domains stage: MX, MTA-STS, TLS-RPT and DANE of every domain in the policy. Its code (the
 * DNSSEC queries, the MTA-STS fetch) is loaded here, only for a policy that names domains.
 */
async function observePolicyDomains(policy, options, extraCa) {
    const [{ observeDomains }, { createDaneResolver }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(183), __webpack_require__.e(745)]).then(__webpack_require__.bind(__webpack_require__, 80183)), __webpack_require__.e(/* import() */ 311).then(__webpack_require__.bind(__webpack_require__, 47311))]);
    return observeDomains(policy.domains, {
        resolver: options.domainResolver ?? (0,_resolve_dns_js__WEBPACK_IMPORTED_MODULE_12__/* .createDomainResolver */ .jw)({ server: options.resolver, timeoutMs: policy.defaults.timeoutMs }),
        dane: options.daneResolver ?? createDaneResolver({ server: options.resolver, timeoutMs: policy.defaults.timeoutMs }),
        extraCa,
        trust: options.trust,
        timeoutMs: policy.defaults.timeoutMs,
        mtaStsPort: options.mtaStsPort,
        allowLoopback: options.allowLoopback,
        policyHosts: new Set((0,_policy_only_js__WEBPACK_IMPORTED_MODULE_7__/* .mxHostEntries */ .Oj)(policy).map((h) => (0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_11__/* .canonicalName */ .Ew)(h.host))),
    });
}
/** What a shard's report carries so that `merge` can refuse a mixed set and judge the whole. */
function shardRecord(shard, policySource, counts) {
    return {
        index: shard.index,
        count: shard.count,
        // The bytes that were checked, not the file read again: it may have changed since.
        policySha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(policySource).digest('hex'),
        requiredEndpoints: counts.required,
        concludedEndpoints: counts.concluded,
        forbiddenEndpoints: counts.forbidden,
        forbiddenResolved: counts.forbiddenResolved,
    };
}
/** Shard reports combined into one report, SARIF file and verdict; nothing is probed. */
async function merge(options) {
    // Loaded only in a merge run (it brings the report schema's validator).
    const { ShardMerger } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(362), __webpack_require__.e(182), __webpack_require__.e(361)]).then(__webpack_require__.bind(__webpack_require__, 83361));
    const { exitCodeOf } = await Promise.all(/* import() */[__webpack_require__.e(362), __webpack_require__.e(182), __webpack_require__.e(360)]).then(__webpack_require__.bind(__webpack_require__, 54360));
    // One report's text at a time: the merger keeps what it needs of each, never the text.
    const merger = new ShardMerger();
    const unreadable = [];
    for (const name of options.reportPaths) {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(name, 'utf8');
        }
        catch (err) {
            unreadable.push(`${name}: cannot read (${err.code ?? err})`);
            continue;
        }
        if (unreadable.length === 0)
            merger.add({ name, text });
    }
    if (unreadable.length > 0)
        return { kind: 'refused', exitCode: 2, problems: unreadable };
    const merged = merger.finish(options.failOn);
    if (!merged.ok)
        return { kind: 'refused', exitCode: 2, problems: merged.problems };
    const { report } = merged;
    await writeOutputs(options, report);
    return { kind: 'merged', exitCode: exitCodeOf(report.summary.result, options.failOn), report };
}
/** The report and SARIF files a run was asked for, written the same way by `check` and `merge`. */
async function writeOutputs(to, report) {
    if (to.reportPath)
        await writeReportJson(report, (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)(to.reportPath), { end: true });
    if (to.sarifPath)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(to.sarifPath, (0,_report_json_js__WEBPACK_IMPORTED_MODULE_15__/* .jsonText */ .s$)(await sarifOf(report)));
}
/**
 * The JSON report written to a file or to stdout: in pieces, endpoint by endpoint, each made as
 * `to` takes the ones before (a few ahead at most: stdout may be a slow pipe), so a merged report
 * of many shards is never one string, nor held whole in a stream's buffer. `end: false` leaves
 * `to` open, as stdout must stay.
 */
function writeReportJson(report, to, options) {
    return (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from((0,_report_json_js__WEBPACK_IMPORTED_MODULE_15__/* .reportJsonChunks */ .hT)(report)), to, { end: options.end });
}
/**
 * A report as a SARIF log, its alerts placed in the report's policy file. Built only where one is
 * written or printed: SARIF's rule list carries every rule's documentation, which a run that
 * writes no SARIF has no use for, so it is loaded here and not with the report.
 */
function sarifOf(report) {
    // Once per report: `--format sarif --sarif FILE` prints and writes the same log.
    let sarif = sarifBuilt.get(report);
    if (!sarif) {
        sarif = Promise.all(/* import() */[__webpack_require__.e(362), __webpack_require__.e(182), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 9903)).then(({ toSarif }) => toSarif(report, { policyUri: report.policy }));
        sarifBuilt.set(report, sarif);
    }
    return sarif;
}
const sarifBuilt = new WeakMap();
/** The `timeout` input / `--timeout`: overrides the policy's at every level, service items' included. */
function withTimeout(policy, timeoutMs) {
    if (timeoutMs === undefined)
        return policy;
    const own = (requests) => requests.map(_policy_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .withoutOwnTimeout */ .yy);
    return {
        ...withEveryHost(policy, (h) => ({ ...h, timeoutMs, require: own(h.require), forbid: own(h.forbid) })),
        defaults: { ...policy.defaults, timeoutMs },
        domains: policy.domains.map((d) => (d.mx === null ? d : { ...d, mx: { ...d.mx, require: own(d.mx.require) } })),
    };
}
/** `-4` / `-6`: every host (MX hosts take the defaults' setting) probes that family only. */
function withAddressFamily(policy, family) {
    if (family === undefined)
        return policy;
    return {
        ...withEveryHost(policy, (h) => ({ ...h, addresses: family })),
        defaults: { ...policy.defaults, addresses: family },
    };
}
/** Every `hosts:` entry changed alike, those `--only DOMAIN` keeps aside for its MX hosts included. */
function withEveryHost(policy, change) {
    const sources = policy.mxHostSources;
    return {
        ...policy,
        hosts: policy.hosts.map(change),
        ...(sources === undefined ? {} : { mxHostSources: { ...sources, hosts: sources.hosts.map(change) } }),
    };
}
async function readExtraCa(caFile) {
    if (!caFile)
        return { pems: [] };
    const read = await (0,_probe_roots_js__WEBPACK_IMPORTED_MODULE_14__/* .readCaFile */ .RZ)(caFile);
    return 'pems' in read ? read : { problem: { location: { file: caFile, line: 1, column: 1 }, message: read.problem } };
}


/***/ }),

/***/ 52332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, shardOfHost */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Sharding: a large fleet's plan split over a matrix of jobs. Every host goes to one shard, by a
// stable hash of its name alone, so the split never depends on name resolution, on the machine or
// on what other hosts the policy names: adding a host never moves another one to a new shard, and
// one host's endpoints (all its addresses and ports) are always probed by the same job, which
// keeps the per-host connection cap meaningful.

const MAX_SHARDS = 256;
/** `i/n` with 1 ≤ i ≤ n ≤ 256. */
function parseShard(name, text) {
    const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        return { ok: false, message: `${name}: '${text}' is not i/n with 1 <= i <= n <= ${MAX_SHARDS}, e.g. 2/4` };
    }
    return { ok: true, value: { index, count } };
}
/** The 1-based shard a host belongs to: SHA-256 of its lower-cased name, modulo the count. */
function shardOfHost(host, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(host.toLowerCase(), 'utf8').digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
/** The items (endpoints, facts) whose host falls in `shard`, in their order. */
function inShard(items, shard) {
    return items.filter((item) => shardOfHost(item.host, shard.count) === shard.index);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ PACKAGE_REPOSITORY_URL),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
// Kept in step with package.json (`version`, `repository`) by a test; constants so the bundle
// needs no package.json.
const TOOL_VERSION = '0.1.0';
/** package.json's `repository`, as a web address: where the published package says it comes from. */
const PACKAGE_REPOSITORY_URL = 'https://github.com/mail-tls-gate/mail-tls-gate';


/***/ })

};
