export const id = 492;
export const ids = [492];
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

/***/ 11004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ weakKey),
/* harmony export */   v: () => (/* binding */ isWeakSignature)
/* harmony export */ });
// What certificate-weak counts as weak: short keys and collision-prone signature digests. Its own
// small module because the probe needs the same line too: it trusts a chain that OpenSSL refused
// for a weak key or digest only when that weakness is the leaf's and this rule reports it.
const MIN_KEY_BITS = { rsa: 2048, dsa: 2048, ec: 256 };
/** SHA-1, MD5 and MD2 signatures, however the library spells them (sha1WithRSAEncryption, ecdsa-with-SHA1, RSA-MD5). */
const WEAK_SIGNATURE = /sha-?1(?!\d)|md[25](?!\d)/i;
/** Why the key is weak ("RSA key of 1024 bits (at least 2048 needed)"), or null when it is not known to be. */
function weakKey(keyType, keyBits) {
    const type = keyType.toLowerCase();
    const minimum = MIN_KEY_BITS[type];
    if (minimum === undefined || keyBits === null || keyBits >= minimum)
        return null;
    return `${type.toUpperCase()} key of ${keyBits} bits (at least ${minimum} needed)`;
}
function isWeakSignature(signature) {
    return WEAK_SIGNATURE.test(signature);
}


/***/ }),

/***/ 40292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ HOUR_MS),
/* harmony export */   s: () => (/* binding */ DAY_MS)
/* harmony export */ });
// Time constants, in milliseconds.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;


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

/***/ 56174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QW: () => (/* binding */ describeDnssecError),
/* harmony export */   sh: () => (/* binding */ MAX_DNS_ANSWER_BYTES),
/* harmony export */   to: () => (/* binding */ DNSSEC_ERRORS)
/* harmony export */ });
// The words a DNSSEC look-up's `error` (src/facts/dane.ts, `DnssecAnswer.error`) is written in, and
// what each means in a sentence: the domains stage records them, the rules and the report quote
// them. `untrusted-resolver` is the one that comes with an answer: the resolver was not one the
// policy or the input named, so its AD bit is worth nothing (docs/domains.md, "DANE").
/** The largest DNS answer read, over UDP or TCP: MX and TLSA sets with their signatures are far smaller. */
const MAX_DNS_ANSWER_BYTES = 16 * 1024;
const DNSSEC_ERRORS = {
    /** No answer within the deadline. */
    timeout: 'timeout',
    /** The answer was truncated over UDP and again over TCP. */
    truncated: 'truncated',
    /** The answer was larger than the cap (MAX_DNS_ANSWER_BYTES). */
    tooLarge: 'too-large',
    /** Over TCP: bytes that are not the answer to the query (wrong ID or question, not DNS). */
    malformed: 'malformed',
    /** The resolver refused the connection (ICMP port unreachable over UDP, a reset over TCP). */
    refused: 'connection-refused',
    /** Another network error, or the connection closed before the answer was whole. */
    connection: 'connection-failed',
    /** An answer came, but from the system's name server, not a resolver the policy or the input named: AD not believed. */
    untrustedResolver: 'untrusted-resolver',
    /** The system has no name server to ask. */
    noResolver: 'no-resolver',
};
/** Our words for a DNSSEC look-up's error. */
function describeDnssecError(error) {
    switch (error) {
        case DNSSEC_ERRORS.timeout:
            return 'no answer in time';
        case DNSSEC_ERRORS.truncated:
            return 'the answer was truncated over UDP and over TCP';
        case DNSSEC_ERRORS.tooLarge:
            return `the answer was larger than ${MAX_DNS_ANSWER_BYTES / 1024} KiB`;
        case DNSSEC_ERRORS.malformed:
            return 'the resolver sent something that is not the answer to the query';
        case DNSSEC_ERRORS.refused:
            return 'the resolver refused the connection';
        case DNSSEC_ERRORS.connection:
            return 'the connection to the resolver failed';
        case DNSSEC_ERRORS.untrustedResolver:
            return "the answer came from the system's name server, not a resolver the policy or the input names, so its DNSSEC status (AD bit) is not trusted";
        case DNSSEC_ERRORS.noResolver:
            return 'the system has no name server configured';
        default:
            return error;
    }
}


/***/ }),

/***/ 25123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ MAX_CONNECTIONS_PER_ENDPOINT),
/* harmony export */   Y8: () => (/* binding */ CONNECTION_BUDGET_REACHED),
/* harmony export */   il: () => (/* binding */ TURNED_AWAY),
/* harmony export */   kB: () => (/* binding */ MAX_MTA_STS_POLICY_BYTES),
/* harmony export */   ox: () => (/* binding */ MAX_ADDRESSES_PER_NAME),
/* harmony export */   rK: () => (/* binding */ MAX_MX_HOSTS)
/* harmony export */ });
// The words and caps the facts are written in, shared by the probe that records them and the rules
// and report that read them back: how many targets DNS may supply before the rest is recorded as
// skipped, how large a policy file may be, how many connections one endpoint gets, and how an
// untested check says why it was not tested.
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
    { name: 'resolver', value: 'ADDR[:PORT]', default: "the system's", meaning: 'the DNS server for MX, MTA-STS, TLS-RPT and TLSA look-ups, and the only one whose DNSSEC validation is trusted', meaningFor: { init: 'the DNS server for MX, MTA-STS and TLS-RPT look-ups (and for telling a domain from a host)' }, commands: CONNECTING },
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
/* harmony import */ var _policy_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83693);
/* harmony import */ var _common_host_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14458);
// MX hosts as planned hosts: each domain's mail hosts (from the domains stage's facts) get the
// services its `mx: { require: … }` asks for, each request located at its own item under `mx:`.
// A host that is also in `hosts:` keeps that entry's settings and severity overrides (`rules:`),
// under what an `mx:` item sets of its own; its own requests stay as they are and identical
// endpoints are probed once (buildPlan removes the duplicates, keeping the `hosts:` one). Their
// addresses are the ones the domains stage admitted (dns-targets.ts), never looked up again.


function mxHostPolicies(policy, facts) {
    const byName = new Map(policy.hosts.map((h) => [(0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalName */ .Ew)(h.host), h]));
    const out = new Map();
    for (const domain of policy.domains) {
        if (domain.mx === null || domain.mx.require.length === 0)
            continue;
        const seen = facts.find((f) => f.domain === (0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalName */ .Ew)(domain.domain));
        if (seen === undefined)
            continue;
        for (const { host } of seen.mxHosts ?? []) {
            const named = byName.get(host);
            const entry = out.get(host) ?? {
                host,
                ...(0,_policy_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .hostSettingsOf */ .TA)(named ?? policy.defaults),
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
    const asked = [
        ...host.require.map((r) => [r, 'require']),
        ...host.forbid.map((r) => [r, 'forbid']),
    ];
    const out = [];
    for (const address of addresses) {
        for (const [request, expectation] of asked) {
            const endpoint = {
                host: host.host,
                address,
                port: request.port,
                service: request.service,
                expectation,
                location: request.location,
                settings: request.settings === undefined ? hostSettings : (0,_policy_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .layerSettings */ .j)(hostSettings, request.settings),
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
const schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/mail-tls-gate/mail-tls-gate/v0/policies/schema.json","title":"mail-tls-gate policy","description":"Which mail hosts to check, which secure services they must offer and which plaintext services they must not, and how findings are weighed.","type":"object","required":["version"],"additionalProperties":false,"properties":{"version":{"title":"Policy format version","description":"Always 1.","const":1,"errorMessage":"must be 1, the only policy format version"},"defaults":{"title":"Defaults for every host","description":"Settings every host gets unless its own entry overrides them.","type":"object","additionalProperties":false,"properties":{"tls":{"$ref":"#/$defs/tls"},"certificate":{"$ref":"#/$defs/certificate"},"timeout":{"$ref":"#/$defs/duration","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"$ref":"#/$defs/addresses"}}},"hosts":{"title":"Hosts","description":"The mail hosts to probe, each with the services it must and must not offer.","type":"array","items":{"$ref":"#/$defs/host"}},"domains":{"title":"Domains","description":"Mail domains whose MX hosts, MTA-STS and TLS-RPT are checked.","type":"array","items":{"$ref":"#/$defs/domain"}},"rules":{"$ref":"#/$defs/ruleSeverities"},"waivers":{"title":"Waivers","description":"Time-limited exceptions: a finding of this rule on this host is reported as waived until the expiry date.","type":"array","items":{"$ref":"#/$defs/waiver"}}},"$defs":{"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"$ref":"#/$defs/tlsVersion"},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}}},"tlsVersion":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \\"1.2\\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}}},"duration":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m"},"addresses":{"title":"Addresses to probe","description":"all: every A and AAAA address of the host; first: only the first one; ipv4: only its A addresses; ipv6: only its AAAA addresses (for a runner without an IPv6 route, say). Default all.","enum":["all","first","ipv4","ipv6"]},"hostName":{"title":"Host","description":"A DNS name or an IP address (IPv6 without brackets). No scheme, port or path.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$","patternErrorMessage":"must be a host name such as mail.example.com or an IP address, without scheme, port or path","errorMessage":"must be a host name such as mail.example.com or an IP address"},"domainName":{"title":"Domain","description":"A mail domain, such as example.com.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.?$","patternErrorMessage":"must be a domain name such as example.com","errorMessage":"must be a domain name such as example.com"},"host":{"title":"Host entry","type":"object","required":["host"],"additionalProperties":false,"properties":{"host":{"$ref":"#/$defs/hostName"},"require":{"$ref":"#/$defs/serviceList","title":"Required services","description":"Services that must be reachable and pass their checks (STARTTLS offered, TLS and certificate rules)."},"forbid":{"$ref":"#/$defs/forbiddenServiceList","title":"Forbidden services","description":"Services that must be unreachable, such as plaintext imap and pop3 (RFC 8314)."},"tls":{"$ref":"#/$defs/tls"},"certificate":{"$ref":"#/$defs/certificate"},"timeout":{"$ref":"#/$defs/duration","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"$ref":"#/$defs/addresses"},"rules":{"$ref":"#/$defs/hostRuleSeverities"}}},"serviceList":{"title":"Services","description":"Each item is a service name (its standard port), or a mapping: { service, port } for a custom port, with tls, certificate or timeout settings of the service\'s own over its host\'s.","type":"array","items":{"$ref":"#/$defs/serviceItem"}},"serviceItem":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }, or { service: smtp, tls: { min-version: \\"1.0\\" } }.","errorMessage":"must be a service name such as imaps, or a mapping with service and its own port or settings","oneOf":[{"$ref":"#/$defs/serviceName"},{"$ref":"#/$defs/serviceMapping"}]},"serviceMapping":{"title":"Service with its own port or settings","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"$ref":"#/$defs/serviceName"},"port":{"$ref":"#/$defs/port"},"tls":{"$ref":"#/$defs/tls","description":"TLS settings of this service alone, over its host\'s and the defaults, key by key."},"certificate":{"$ref":"#/$defs/certificate","description":"Certificate settings of this service alone, over its host\'s and the defaults, key by key."},"timeout":{"$ref":"#/$defs/duration","description":"How long each network step (connect, greeting, handshake) of this service alone may take, over its host\'s timeout: a whole number followed by ms, s or m, from 100ms to 10m."}}},"forbiddenServiceList":{"title":"Services","description":"Each item is a service name (its standard port), or { service, port } for a custom port, with a timeout of its own if need be. A forbidden service is only checked for being unreachable, so its items take no tls or certificate settings.","type":"array","items":{"$ref":"#/$defs/forbiddenServiceItem"}},"forbiddenServiceItem":{"title":"Service","description":"A service name such as imap, or { service: imap, port: 10143, timeout: 30s }.","errorMessage":"must be a service name such as imap, or a mapping with service, and port or timeout","oneOf":[{"$ref":"#/$defs/serviceName"},{"$ref":"#/$defs/forbiddenServiceMapping"}]},"forbiddenServiceMapping":{"title":"Service with its own port or timeout","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"$ref":"#/$defs/serviceName"},"port":{"$ref":"#/$defs/port"},"timeout":{"$ref":"#/$defs/duration","description":"For this service alone: how long the connection may take before the service counts as unreachable: a whole number followed by ms, s or m, from 100ms to 10m."}}},"serviceName":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service\'s standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"domain":{"title":"Domain entry","type":"object","required":["domain"],"additionalProperties":false,"properties":{"domain":{"$ref":"#/$defs/domainName"},"mx":{"title":"MX hosts","description":"Resolve the domain\'s MX records; every MX host must pass these services\' checks.","type":"object","required":["require"],"additionalProperties":false,"properties":{"require":{"$ref":"#/$defs/serviceList","title":"Services every MX host must offer"}}},"mta-sts":{"title":"MTA-STS expectation","description":"enforce, testing or off (RFC 8461). Default off.","enum":["enforce","testing","off"]},"tls-rpt":{"title":"TLS-RPT expectation","description":"required or off (RFC 8460). Default off.","enum":["required","off"]},"dane":{"title":"DANE expectation","description":"required, optional or off (RFC 7672): look up the MX hosts\' TLSA records at _25._tcp.<mx> through the validating resolver and match them against the chain port 25 presents; needs smtp in mx: { require: … }. Default off.","enum":["required","optional","off"]}}},"ruleId":{"title":"Rule","description":"A rule id, as in reports and SARIF.","enum":["required-service-unreachable","forbidden-service-reachable","service-misbehaving","tls-handshake-failed","starttls-not-offered","starttls-failed","plaintext-auth-offered","starttls-command-injection","http-not-redirected","tls-version-legacy","tls13-not-supported","certificate-untrusted","certificate-name-mismatch","certificate-expired","certificate-expiring","certificate-weak","mx-lookup-failed","mta-sts-missing","mta-sts-invalid","mta-sts-not-enforcing","mta-sts-mx-not-covered","tls-rpt-missing","waiver-expired","service-busy","dns-targets-skipped","runner-network-limited","check-inconclusive","tls-cipher-weak","tls-cipher-anonymous","tls-forward-secrecy-missing","tls-dh-weak","dane-missing","dane-mismatch","dnssec-insecure","dane-unusable"]},"severity":{"title":"Severity","enum":["error","warning","notice","off"]},"ruleSeverities":{"title":"Rule severities","description":"Override a rule\'s default severity: error, warning, notice or off.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"$ref":"#/$defs/severity","description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"$ref":"#/$defs/severity","description":"A forbidden service accepts a connection."},"service-misbehaving":{"$ref":"#/$defs/severity","description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"$ref":"#/$defs/severity","description":"Implicit TLS does not complete."},"starttls-not-offered":{"$ref":"#/$defs/severity","description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"$ref":"#/$defs/severity","description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"$ref":"#/$defs/severity","description":"Authentication is offered before TLS."},"starttls-command-injection":{"$ref":"#/$defs/severity","description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"$ref":"#/$defs/severity","description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"$ref":"#/$defs/severity","description":"A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted."},"tls13-not-supported":{"$ref":"#/$defs/severity","description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"$ref":"#/$defs/severity","description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"$ref":"#/$defs/severity","description":"No subject alternative name matches the host."},"certificate-expired":{"$ref":"#/$defs/severity","description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"$ref":"#/$defs/severity","description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"$ref":"#/$defs/severity","description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"mx-lookup-failed":{"$ref":"#/$defs/severity","description":"A domain\'s MX records cannot be resolved."},"mta-sts-missing":{"$ref":"#/$defs/severity","description":"The domain publishes no MTA-STS policy (RFC 8461)."},"mta-sts-invalid":{"$ref":"#/$defs/severity","description":"The domain\'s MTA-STS record or policy file is malformed (RFC 8461)."},"mta-sts-not-enforcing":{"$ref":"#/$defs/severity","description":"The MTA-STS policy is weaker than the mode this policy expects (RFC 8461)."},"mta-sts-mx-not-covered":{"$ref":"#/$defs/severity","description":"An MX host is not matched by the MTA-STS policy\'s mx patterns (RFC 8461)."},"tls-rpt-missing":{"$ref":"#/$defs/severity","description":"No valid _smtp._tls TXT record (RFC 8460)."},"waiver-expired":{"$ref":"#/$defs/severity","description":"A waiver\'s expiry date has passed."},"service-busy":{"$ref":"#/$defs/severity","description":"The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive."},"dns-targets-skipped":{"$ref":"#/$defs/severity","description":"DNS gave a policy domain MX or CNAME names that are not host names, more MX hosts or addresses than are probed, or loopback/link-local addresses (without allow-loopback): those targets were not probed, so their checks are inconclusive."},"runner-network-limited":{"$ref":"#/$defs/severity","description":"The runner\'s own network could not test an endpoint (no route for its address family, or a port filtered on the runner\'s path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was."},"check-inconclusive":{"$ref":"#/$defs/severity","description":"A check could not be made: a question went unanswered before its deadline, a forbidden service\'s host name did not resolve, a required one\'s look-up got no answer, a domain\'s MTA-STS or TLS-RPT record look-up got no answer, or the resolver gave no verdict on an MX host\'s DANE records. Inconclusive, never a pass."},"tls-cipher-weak":{"$ref":"#/$defs/severity","description":"A NULL, EXPORT, RC4, DES, 3DES or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite)."},"tls-cipher-anonymous":{"$ref":"#/$defs/severity","description":"An anonymous (aNULL) suite is accepted: a session without a server certificate."},"tls-forward-secrecy-missing":{"$ref":"#/$defs/severity","description":"A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on."},"tls-dh-weak":{"$ref":"#/$defs/severity","description":"A finite-field DHE suite uses a group under 2048 bits (1024 under profile old)."},"dane-missing":{"$ref":"#/$defs/severity","description":"With dane: required, an MX host has no TLSA record at _25._tcp.<host>, as an authenticated answer shows (RFC 7672)."},"dane-mismatch":{"$ref":"#/$defs/severity","description":"An MX host has authenticated TLSA records, but none matches the certificate chain it presents after STARTTLS (RFC 7672, RFC 6698, RFC 7671)."},"dnssec-insecure":{"$ref":"#/$defs/severity","description":"The MX or TLSA answer was not DNSSEC-authenticated, so DANE cannot apply: error with dane: required, warning with dane: optional (RFC 7672 §2.2)."},"dane-unusable":{"$ref":"#/$defs/severity","description":"An MX host publishes TLSA records, but only ones SMTP clients must ignore: PKIX-TA(0) or PKIX-EE(1), or unknown parameters (RFC 7672 §3.1.3)."}}},"hostRuleSeverities":{"title":"Rule severities for this host","description":"Override a rule\'s severity for this host\'s endpoints only (error, warning, notice or off), over the top-level rules. Rules that judge a domain or the policy itself take their severity from the top-level rules.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"$ref":"#/$defs/severity","description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"$ref":"#/$defs/severity","description":"A forbidden service accepts a connection."},"service-misbehaving":{"$ref":"#/$defs/severity","description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"$ref":"#/$defs/severity","description":"Implicit TLS does not complete."},"starttls-not-offered":{"$ref":"#/$defs/severity","description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"$ref":"#/$defs/severity","description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"$ref":"#/$defs/severity","description":"Authentication is offered before TLS."},"starttls-command-injection":{"$ref":"#/$defs/severity","description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"$ref":"#/$defs/severity","description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"$ref":"#/$defs/severity","description":"A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted."},"tls13-not-supported":{"$ref":"#/$defs/severity","description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"$ref":"#/$defs/severity","description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"$ref":"#/$defs/severity","description":"No subject alternative name matches the host."},"certificate-expired":{"$ref":"#/$defs/severity","description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"$ref":"#/$defs/severity","description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"$ref":"#/$defs/severity","description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"service-busy":{"$ref":"#/$defs/severity","description":"The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive."},"runner-network-limited":{"$ref":"#/$defs/severity","description":"The runner\'s own network could not test an endpoint (no route for its address family, or a port filtered on the runner\'s path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was."},"check-inconclusive":{"$ref":"#/$defs/severity","description":"A check could not be made: a question went unanswered before its deadline, a forbidden service\'s host name did not resolve, a required one\'s look-up got no answer, a domain\'s MTA-STS or TLS-RPT record look-up got no answer, or the resolver gave no verdict on an MX host\'s DANE records. Inconclusive, never a pass."},"tls-cipher-weak":{"$ref":"#/$defs/severity","description":"A NULL, EXPORT, RC4, DES, 3DES or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite)."},"tls-cipher-anonymous":{"$ref":"#/$defs/severity","description":"An anonymous (aNULL) suite is accepted: a session without a server certificate."},"tls-forward-secrecy-missing":{"$ref":"#/$defs/severity","description":"A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on."},"tls-dh-weak":{"$ref":"#/$defs/severity","description":"A finite-field DHE suite uses a group under 2048 bits (1024 under profile old)."}}},"waiver":{"title":"Waiver","type":"object","required":["rule","host","reason","expires"],"additionalProperties":false,"properties":{"rule":{"$ref":"#/$defs/ruleId"},"host":{"$ref":"#/$defs/hostName","description":"A host in hosts, or a domain in domains."},"port":{"$ref":"#/$defs/port","description":"Waive only on this port; omit to waive on every port of the host."},"reason":{"title":"Reason","description":"Why the exception exists, and where its removal is tracked.","type":"string","pattern":"\\\\S","errorMessage":"must say why the waiver exists","patternErrorMessage":"must say why the waiver exists"},"expires":{"title":"Expiry date","description":"YYYY-MM-DD. The waiver holds through this day (UTC); after it, the finding returns and waiver-expired fires.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","errorMessage":"must be a date written YYYY-MM-DD","patternErrorMessage":"must be a date written YYYY-MM-DD"}}}}}');
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

/** Settings that live inside a section: `min-version` under `tls:`, `verify` under `certificate:`. */
const SECTION_OF = {
    'min-version': 'tls',
    verify: 'certificate',
    'min-days-left': 'certificate',
};
let ruleIds;
/** Every rule id the schema knows (written there from the rule registry by `npm run docs`). */
function isRuleId(key) {
    ruleIds ??= new Set(schemaDefinition('ruleId')['enum']);
    return ruleIds.has(key);
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
    const section = SECTION_OF[key];
    if (section !== undefined && known.includes(section))
        return ` (did you mean '${section}: { ${key}: … }'?)`;
    if (isRuleId(key) && known.includes('rules'))
        return ` (did you mean 'rules: { ${key}: … }'?)`;
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/policy/generated-schema-validator.js
// Generated from policies/schema.json by scripts/generate-schema-validator.mjs (npm run bundle). Do not edit.
/* eslint-disable */

const validate = validate20;/* harmony default export */ const generated_schema_validator = ((/* unused pure expression or super */ null && (validate20)));const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/mail-tls-gate/mail-tls-gate/v0/policies/schema.json","title":"mail-tls-gate policy","description":"Which mail hosts to check, which secure services they must offer and which plaintext services they must not, and how findings are weighed.","type":"object","required":["version"],"additionalProperties":false,"properties":{"version":{"title":"Policy format version","description":"Always 1.","const":1,"errorMessage":"must be 1, the only policy format version"},"defaults":{"title":"Defaults for every host","description":"Settings every host gets unless its own entry overrides them.","type":"object","additionalProperties":false,"properties":{"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}}},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}}},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"title":"Addresses to probe","description":"all: every A and AAAA address of the host; first: only the first one; ipv4: only its A addresses; ipv6: only its AAAA addresses (for a runner without an IPv6 route, say). Default all.","enum":["all","first","ipv4","ipv6"]}}},"hosts":{"title":"Hosts","description":"The mail hosts to probe, each with the services it must and must not offer.","type":"array","items":{"title":"Host entry","type":"object","required":["host"],"additionalProperties":false,"properties":{"host":{"title":"Host","description":"A DNS name or an IP address (IPv6 without brackets). No scheme, port or path.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$","patternErrorMessage":"must be a host name such as mail.example.com or an IP address, without scheme, port or path","errorMessage":"must be a host name such as mail.example.com or an IP address"},"require":{"title":"Required services","description":"Services that must be reachable and pass their checks (STARTTLS offered, TLS and certificate rules).","type":"array","items":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }, or { service: smtp, tls: { min-version: \"1.0\" } }.","errorMessage":"must be a service name such as imaps, or a mapping with service and its own port or settings","oneOf":[{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},{"title":"Service with its own port or settings","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service's standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}},"description":"TLS settings of this service alone, over its host's and the defaults, key by key."},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}},"description":"Certificate settings of this service alone, over its host's and the defaults, key by key."},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) of this service alone may take, over its host's timeout: a whole number followed by ms, s or m, from 100ms to 10m."}}}]}},"forbid":{"title":"Forbidden services","description":"Services that must be unreachable, such as plaintext imap and pop3 (RFC 8314).","type":"array","items":{"title":"Service","description":"A service name such as imap, or { service: imap, port: 10143, timeout: 30s }.","errorMessage":"must be a service name such as imap, or a mapping with service, and port or timeout","oneOf":[{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},{"title":"Service with its own port or timeout","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service's standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"For this service alone: how long the connection may take before the service counts as unreachable: a whole number followed by ms, s or m, from 100ms to 10m."}}}]}},"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}}},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}}},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"title":"Addresses to probe","description":"all: every A and AAAA address of the host; first: only the first one; ipv4: only its A addresses; ipv6: only its AAAA addresses (for a runner without an IPv6 route, say). Default all.","enum":["all","first","ipv4","ipv6"]},"rules":{"title":"Rule severities for this host","description":"Override a rule's severity for this host's endpoints only (error, warning, notice or off), over the top-level rules. Rules that judge a domain or the policy itself take their severity from the top-level rules.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A forbidden service accepts a connection."},"service-misbehaving":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Implicit TLS does not complete."},"starttls-not-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Authentication is offered before TLS."},"starttls-command-injection":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted."},"tls13-not-supported":{"title":"Severity","enum":["error","warning","notice","off"],"description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No subject alternative name matches the host."},"certificate-expired":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"service-busy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive."},"runner-network-limited":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The runner's own network could not test an endpoint (no route for its address family, or a port filtered on the runner's path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was."},"check-inconclusive":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A check could not be made: a question went unanswered before its deadline, a forbidden service's host name did not resolve, a required one's look-up got no answer, a domain's MTA-STS or TLS-RPT record look-up got no answer, or the resolver gave no verdict on an MX host's DANE records. Inconclusive, never a pass."},"tls-cipher-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A NULL, EXPORT, RC4, DES, 3DES or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite)."},"tls-cipher-anonymous":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An anonymous (aNULL) suite is accepted: a session without a server certificate."},"tls-forward-secrecy-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on."},"tls-dh-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A finite-field DHE suite uses a group under 2048 bits (1024 under profile old)."}}}}}},"domains":{"title":"Domains","description":"Mail domains whose MX hosts, MTA-STS and TLS-RPT are checked.","type":"array","items":{"title":"Domain entry","type":"object","required":["domain"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"A mail domain, such as example.com.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$","patternErrorMessage":"must be a domain name such as example.com","errorMessage":"must be a domain name such as example.com"},"mx":{"title":"MX hosts","description":"Resolve the domain's MX records; every MX host must pass these services' checks.","type":"object","required":["require"],"additionalProperties":false,"properties":{"require":{"title":"Services every MX host must offer","description":"Each item is a service name (its standard port), or a mapping: { service, port } for a custom port, with tls, certificate or timeout settings of the service's own over its host's.","type":"array","items":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }, or { service: smtp, tls: { min-version: \"1.0\" } }.","errorMessage":"must be a service name such as imaps, or a mapping with service and its own port or settings","oneOf":[{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},{"title":"Service with its own port or settings","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service's standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"profile":{"title":"Mozilla Server Side TLS profile","description":"Hold the service to a Mozilla Server Side TLS configuration (version 5.7). modern: TLS 1.3 only (an older version accepted is tls-version-legacy). intermediate: TLS 1.2 or later, forward secrecy (tls-forward-secrecy-missing at error) and AEAD suites only (a non-AEAD suite is tls-cipher-weak). old: the default checks, with DH groups of 1024 bits accepted. Without a profile, only the default checks apply.","enum":["modern","intermediate","old"],"errorMessage":"must be modern, intermediate or old"}},"description":"TLS settings of this service alone, over its host's and the defaults, key by key."},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}},"description":"Certificate settings of this service alone, over its host's and the defaults, key by key."},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) of this service alone may take, over its host's timeout: a whole number followed by ms, s or m, from 100ms to 10m."}}}]}}}},"mta-sts":{"title":"MTA-STS expectation","description":"enforce, testing or off (RFC 8461). Default off.","enum":["enforce","testing","off"]},"tls-rpt":{"title":"TLS-RPT expectation","description":"required or off (RFC 8460). Default off.","enum":["required","off"]},"dane":{"title":"DANE expectation","description":"required, optional or off (RFC 7672): look up the MX hosts' TLSA records at _25._tcp.<mx> through the validating resolver and match them against the chain port 25 presents; needs smtp in mx: { require: … }. Default off.","enum":["required","optional","off"]}}}},"rules":{"title":"Rule severities","description":"Override a rule's default severity: error, warning, notice or off.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A forbidden service accepts a connection."},"service-misbehaving":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Implicit TLS does not complete."},"starttls-not-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Authentication is offered before TLS."},"starttls-command-injection":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted."},"tls13-not-supported":{"title":"Severity","enum":["error","warning","notice","off"],"description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No subject alternative name matches the host."},"certificate-expired":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"mx-lookup-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A domain's MX records cannot be resolved."},"mta-sts-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The domain publishes no MTA-STS policy (RFC 8461)."},"mta-sts-invalid":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The domain's MTA-STS record or policy file is malformed (RFC 8461)."},"mta-sts-not-enforcing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The MTA-STS policy is weaker than the mode this policy expects (RFC 8461)."},"mta-sts-mx-not-covered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An MX host is not matched by the MTA-STS policy's mx patterns (RFC 8461)."},"tls-rpt-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No valid _smtp._tls TXT record (RFC 8460)."},"waiver-expired":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A waiver's expiry date has passed."},"service-busy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The service said it is busy (SMTP 4xx, IMAP * BYE, POP3 -ERR [IN-USE] or [SYS/TEMP], ManageSieve NO/BYE), or turned away later connections after serving earlier ones, even after a retry, so its checks are inconclusive."},"dns-targets-skipped":{"title":"Severity","enum":["error","warning","notice","off"],"description":"DNS gave a policy domain MX or CNAME names that are not host names, more MX hosts or addresses than are probed, or loopback/link-local addresses (without allow-loopback): those targets were not probed, so their checks are inconclusive."},"runner-network-limited":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The runner's own network could not test an endpoint (no route for its address family, or a port filtered on the runner's path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was."},"check-inconclusive":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A check could not be made: a question went unanswered before its deadline, a forbidden service's host name did not resolve, a required one's look-up got no answer, a domain's MTA-STS or TLS-RPT record look-up got no answer, or the resolver gave no verdict on an MX host's DANE records. Inconclusive, never a pass."},"tls-cipher-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A NULL, EXPORT, RC4, DES, 3DES or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite)."},"tls-cipher-anonymous":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An anonymous (aNULL) suite is accepted: a session without a server certificate."},"tls-forward-secrecy-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on."},"tls-dh-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A finite-field DHE suite uses a group under 2048 bits (1024 under profile old)."},"dane-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"With dane: required, an MX host has no TLSA record at _25._tcp.<host>, as an authenticated answer shows (RFC 7672)."},"dane-mismatch":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An MX host has authenticated TLSA records, but none matches the certificate chain it presents after STARTTLS (RFC 7672, RFC 6698, RFC 7671)."},"dnssec-insecure":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The MX or TLSA answer was not DNSSEC-authenticated, so DANE cannot apply: error with dane: required, warning with dane: optional (RFC 7672 §2.2)."},"dane-unusable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An MX host publishes TLSA records, but only ones SMTP clients must ignore: PKIX-TA(0) or PKIX-EE(1), or unknown parameters (RFC 7672 §3.1.3)."}}},"waivers":{"title":"Waivers","description":"Time-limited exceptions: a finding of this rule on this host is reported as waived until the expiry date.","type":"array","items":{"title":"Waiver","type":"object","required":["rule","host","reason","expires"],"additionalProperties":false,"properties":{"rule":{"title":"Rule","description":"A rule id, as in reports and SARIF.","enum":["required-service-unreachable","forbidden-service-reachable","service-misbehaving","tls-handshake-failed","starttls-not-offered","starttls-failed","plaintext-auth-offered","starttls-command-injection","http-not-redirected","tls-version-legacy","tls13-not-supported","certificate-untrusted","certificate-name-mismatch","certificate-expired","certificate-expiring","certificate-weak","mx-lookup-failed","mta-sts-missing","mta-sts-invalid","mta-sts-not-enforcing","mta-sts-mx-not-covered","tls-rpt-missing","waiver-expired","service-busy","dns-targets-skipped","runner-network-limited","check-inconclusive","tls-cipher-weak","tls-cipher-anonymous","tls-forward-secrecy-missing","tls-dh-weak","dane-missing","dane-mismatch","dnssec-insecure","dane-unusable"]},"host":{"title":"Host","description":"A host in hosts, or a domain in domains.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$","patternErrorMessage":"must be a host name such as mail.example.com or an IP address, without scheme, port or path","errorMessage":"must be a host name such as mail.example.com or an IP address"},"port":{"title":"Port","description":"Waive only on this port; omit to waive on every port of the host.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"reason":{"title":"Reason","description":"Why the exception exists, and where its removal is tracked.","type":"string","pattern":"\\S","errorMessage":"must say why the waiver exists","patternErrorMessage":"must say why the waiver exists"},"expires":{"title":"Expiry date","description":"YYYY-MM-DD. The waiver holds through this day (UTC); after it, the finding returns and waiver-expired fires.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","errorMessage":"must be a date written YYYY-MM-DD","patternErrorMessage":"must be a date written YYYY-MM-DD"}}}}}};const pattern4 = new RegExp("^[0-9]+(?:ms|s|m)$", "u");const pattern5 = new RegExp("^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$", "u");const pattern9 = new RegExp("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$", "u");const pattern12 = new RegExp("\\S", "u");const pattern13 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");const func1 = ucs2length["default"];const func3 = Object.prototype.hasOwnProperty;function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://raw.githubusercontent.com/mail-tls-gate/mail-tls-gate/v0/policies/schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "version") || (key0 === "defaults")) || (key0 === "hosts")) || (key0 === "domains")) || (key0 === "rules")) || (key0 === "waivers"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.defaults !== undefined){let data1 = data.defaults;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!((((key1 === "tls") || (key1 === "certificate")) || (key1 === "timeout")) || (key1 === "addresses"))){const err3 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.tls !== undefined){let data2 = data1.tls;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){if(!((key2 === "min-version") || (key2 === "profile"))){const err4 = {instancePath:instancePath+"/defaults/tls",schemaPath:"#/properties/defaults/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults.properties.tls,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2["min-version"] !== undefined){let data3 = data2["min-version"];if(!((((((((data3 === "1.0") || (data3 === "1.1")) || (data3 === "1.2")) || (data3 === "1.3")) || (data3 === 1)) || (data3 === 1.1)) || (data3 === 1.2)) || (data3 === 1.3))){const err5 = {instancePath:instancePath+"/defaults/tls/min-version",schemaPath:"#/properties/defaults/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.defaults.properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.defaults.properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.defaults.properties.tls.properties["min-version"],data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data2.profile !== undefined){let data4 = data2.profile;if(!(((data4 === "modern") || (data4 === "intermediate")) || (data4 === "old"))){const err6 = {instancePath:instancePath+"/defaults/tls/profile",schemaPath:"#/properties/defaults/properties/tls/properties/profile/enum",keyword:"enum",params:{allowedValues: schema31.properties.defaults.properties.tls.properties.profile.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.defaults.properties.tls.properties.profile.enum,parentSchema:schema31.properties.defaults.properties.tls.properties.profile,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/defaults/tls",schemaPath:"#/properties/defaults/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.properties.tls.type,parentSchema:schema31.properties.defaults.properties.tls,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.certificate !== undefined){let data5 = data1.certificate;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key3 in data5){if(!((key3 === "verify") || (key3 === "min-days-left"))){const err8 = {instancePath:instancePath+"/defaults/certificate",schemaPath:"#/properties/defaults/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults.properties.certificate,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data5.verify !== undefined){let data6 = data5.verify;if(typeof data6 !== "boolean"){const err9 = {instancePath:instancePath+"/defaults/certificate/verify",schemaPath:"#/properties/defaults/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.defaults.properties.certificate.properties.verify.type,parentSchema:schema31.properties.defaults.properties.certificate.properties.verify,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data5["min-days-left"] !== undefined){let data7 = data5["min-days-left"];if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err10 = {instancePath:instancePath+"/defaults/certificate/min-days-left",schemaPath:"#/properties/defaults/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.defaults.properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.defaults.properties.certificate.properties["min-days-left"],data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 3650 || isNaN(data7)){const err11 = {instancePath:instancePath+"/defaults/certificate/min-days-left",schemaPath:"#/properties/defaults/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.defaults.properties.certificate.properties["min-days-left"],data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data7 < 0 || isNaN(data7)){const err12 = {instancePath:instancePath+"/defaults/certificate/min-days-left",schemaPath:"#/properties/defaults/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.defaults.properties.certificate.properties["min-days-left"],data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}}else {const err13 = {instancePath:instancePath+"/defaults/certificate",schemaPath:"#/properties/defaults/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.properties.certificate.type,parentSchema:schema31.properties.defaults.properties.certificate,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.timeout !== undefined){let data8 = data1.timeout;if(typeof data8 === "string"){if(!pattern4.test(data8)){const err14 = {instancePath:instancePath+"/defaults/timeout",schemaPath:"#/properties/defaults/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.defaults.properties.timeout,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/defaults/timeout",schemaPath:"#/properties/defaults/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.defaults.properties.timeout.type,parentSchema:schema31.properties.defaults.properties.timeout,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.addresses !== undefined){let data9 = data1.addresses;if(!((((data9 === "all") || (data9 === "first")) || (data9 === "ipv4")) || (data9 === "ipv6"))){const err16 = {instancePath:instancePath+"/defaults/addresses",schemaPath:"#/properties/defaults/properties/addresses/enum",keyword:"enum",params:{allowedValues: schema31.properties.defaults.properties.addresses.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.defaults.properties.addresses.enum,parentSchema:schema31.properties.defaults.properties.addresses,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.type,parentSchema:schema31.properties.defaults,data:data1};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.hosts !== undefined){let data10 = data.hosts;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.host === undefined){const err18 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema31.properties.hosts.items.required,parentSchema:schema31.properties.hosts.items,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key4 in data11){if(!((((((((key4 === "host") || (key4 === "require")) || (key4 === "forbid")) || (key4 === "tls")) || (key4 === "certificate")) || (key4 === "timeout")) || (key4 === "addresses")) || (key4 === "rules"))){const err19 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data11.host !== undefined){let data12 = data11.host;if(typeof data12 === "string"){if(func1(data12) > 254){const err20 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.hosts.items.properties.host,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(func1(data12) < 1){const err21 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.hosts.items.properties.host,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(!pattern5.test(data12)){const err22 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$",parentSchema:schema31.properties.hosts.items.properties.host,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.host.type,parentSchema:schema31.properties.hosts.items.properties.host,data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data11.require !== undefined){let data13 = data11.require;if(Array.isArray(data13)){const len1 = data13.length;for(let i1=0; i1<len1; i1++){let data14 = data13[i1];const _errs31 = errors;let valid9 = false;let passing0 = null;const _errs32 = errors;if(!((((((((((((data14 === "smtp") || (data14 === "submission")) || (data14 === "submissions")) || (data14 === "smtps")) || (data14 === "imap")) || (data14 === "imaps")) || (data14 === "pop3")) || (data14 === "pop3s")) || (data14 === "managesieve")) || (data14 === "sieve")) || (data14 === "https")) || (data14 === "http"))){const err24 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[0].enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[0],data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}var _valid0 = _errs32 === errors;if(_valid0){valid9 = true;passing0 = 0;}const _errs33 = errors;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.service === undefined){const err25 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].required,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1],data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}for(const key5 in data14){if(!(((((key5 === "service") || (key5 === "port")) || (key5 === "tls")) || (key5 === "certificate")) || (key5 === "timeout"))){const err26 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1],data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data14.service !== undefined){let data15 = data14.service;if(!((((((((((((data15 === "smtp") || (data15 === "submission")) || (data15 === "submissions")) || (data15 === "smtps")) || (data15 === "imap")) || (data15 === "imaps")) || (data15 === "pop3")) || (data15 === "pop3s")) || (data15 === "managesieve")) || (data15 === "sieve")) || (data15 === "https")) || (data15 === "http"))){const err27 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/service",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/service/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.service.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.service.enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.service,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data14.port !== undefined){let data16 = data14.port;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err28 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/port",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port,data:data16};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 65535 || isNaN(data16)){const err29 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/port",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data16 < 1 || isNaN(data16)){const err30 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/port",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data14.tls !== undefined){let data17 = data14.tls;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key6 in data17){if(!((key6 === "min-version") || (key6 === "profile"))){const err31 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/tls",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls,data:data17};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data17["min-version"] !== undefined){let data18 = data17["min-version"];if(!((((((((data18 === "1.0") || (data18 === "1.1")) || (data18 === "1.2")) || (data18 === "1.3")) || (data18 === 1)) || (data18 === 1.1)) || (data18 === 1.2)) || (data18 === 1.3))){const err32 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/tls/min-version",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties["min-version"],data:data18};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data17.profile !== undefined){let data19 = data17.profile;if(!(((data19 === "modern") || (data19 === "intermediate")) || (data19 === "old"))){const err33 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/tls/profile",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/tls/properties/profile/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties.profile.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties.profile.enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.properties.profile,data:data19};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/tls",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.tls,data:data17};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data14.certificate !== undefined){let data20 = data14.certificate;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key7 in data20){if(!((key7 === "verify") || (key7 === "min-days-left"))){const err35 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate,data:data20};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data20.verify !== undefined){let data21 = data20.verify;if(typeof data21 !== "boolean"){const err36 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate/verify",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties.verify.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties.verify,data:data21};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data20["min-days-left"] !== undefined){let data22 = data20["min-days-left"];if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err37 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data22};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 > 3650 || isNaN(data22)){const err38 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data22};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data22 < 0 || isNaN(data22)){const err39 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data22};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}}else {const err40 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/certificate",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.certificate,data:data20};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data14.timeout !== undefined){let data23 = data14.timeout;if(typeof data23 === "string"){if(!pattern4.test(data23)){const err41 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/timeout",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.timeout,data:data23};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/timeout",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.timeout.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.timeout,data:data23};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1],data:data14};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}var _valid0 = _errs33 === errors;if(_valid0 && valid9){valid9 = false;passing0 = [passing0, 1];}else {if(_valid0){valid9 = true;passing0 = 1;}}if(!valid9){const err44 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.properties.hosts.items.properties.require.items.oneOf,parentSchema:schema31.properties.hosts.items.properties.require.items,data:data14};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}else {errors = _errs31;if(vErrors !== null){if(_errs31){vErrors.length = _errs31;}else {vErrors = null;}}}}}else {const err45 = {instancePath:instancePath+"/hosts/" + i0+"/require",schemaPath:"#/properties/hosts/items/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.hosts.items.properties.require.type,parentSchema:schema31.properties.hosts.items.properties.require,data:data13};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data11.forbid !== undefined){let data24 = data11.forbid;if(Array.isArray(data24)){const len2 = data24.length;for(let i2=0; i2<len2; i2++){let data25 = data24[i2];const _errs56 = errors;let valid15 = false;let passing1 = null;const _errs57 = errors;if(!((((((((((((data25 === "smtp") || (data25 === "submission")) || (data25 === "submissions")) || (data25 === "smtps")) || (data25 === "imap")) || (data25 === "imaps")) || (data25 === "pop3")) || (data25 === "pop3s")) || (data25 === "managesieve")) || (data25 === "sieve")) || (data25 === "https")) || (data25 === "http"))){const err46 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.forbid.items.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[0].enum,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[0],data:data25};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}var _valid1 = _errs57 === errors;if(_valid1){valid15 = true;passing1 = 0;}const _errs58 = errors;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.service === undefined){const err47 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].required,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1],data:data25};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}for(const key8 in data25){if(!(((key8 === "service") || (key8 === "port")) || (key8 === "timeout"))){const err48 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1],data:data25};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data25.service !== undefined){let data26 = data25.service;if(!((((((((((((data26 === "smtp") || (data26 === "submission")) || (data26 === "submissions")) || (data26 === "smtps")) || (data26 === "imap")) || (data26 === "imaps")) || (data26 === "pop3")) || (data26 === "pop3s")) || (data26 === "managesieve")) || (data26 === "sieve")) || (data26 === "https")) || (data26 === "http"))){const err49 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/service",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/service/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.service.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.service.enum,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.service,data:data26};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data25.port !== undefined){let data27 = data25.port;if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){const err50 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/port",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port.type,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port,data:data27};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data27 == "number") && (isFinite(data27))){if(data27 > 65535 || isNaN(data27)){const err51 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/port",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port,data:data27};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data27 < 1 || isNaN(data27)){const err52 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/port",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port,data:data27};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data25.timeout !== undefined){let data28 = data25.timeout;if(typeof data28 === "string"){if(!pattern4.test(data28)){const err53 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/timeout",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.timeout,data:data28};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/timeout",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.timeout.type,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.timeout,data:data28};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].type,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1],data:data25};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}var _valid1 = _errs58 === errors;if(_valid1 && valid15){valid15 = false;passing1 = [passing1, 1];}else {if(_valid1){valid15 = true;passing1 = 1;}}if(!valid15){const err56 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf,parentSchema:schema31.properties.hosts.items.properties.forbid.items,data:data25};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}else {errors = _errs56;if(vErrors !== null){if(_errs56){vErrors.length = _errs56;}else {vErrors = null;}}}}}else {const err57 = {instancePath:instancePath+"/hosts/" + i0+"/forbid",schemaPath:"#/properties/hosts/items/properties/forbid/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.hosts.items.properties.forbid.type,parentSchema:schema31.properties.hosts.items.properties.forbid,data:data24};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data11.tls !== undefined){let data29 = data11.tls;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key9 in data29){if(!((key9 === "min-version") || (key9 === "profile"))){const err58 = {instancePath:instancePath+"/hosts/" + i0+"/tls",schemaPath:"#/properties/hosts/items/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.tls,data:data29};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data29["min-version"] !== undefined){let data30 = data29["min-version"];if(!((((((((data30 === "1.0") || (data30 === "1.1")) || (data30 === "1.2")) || (data30 === "1.3")) || (data30 === 1)) || (data30 === 1.1)) || (data30 === 1.2)) || (data30 === 1.3))){const err59 = {instancePath:instancePath+"/hosts/" + i0+"/tls/min-version",schemaPath:"#/properties/hosts/items/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.hosts.items.properties.tls.properties["min-version"],data:data30};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data29.profile !== undefined){let data31 = data29.profile;if(!(((data31 === "modern") || (data31 === "intermediate")) || (data31 === "old"))){const err60 = {instancePath:instancePath+"/hosts/" + i0+"/tls/profile",schemaPath:"#/properties/hosts/items/properties/tls/properties/profile/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.tls.properties.profile.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.tls.properties.profile.enum,parentSchema:schema31.properties.hosts.items.properties.tls.properties.profile,data:data31};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/hosts/" + i0+"/tls",schemaPath:"#/properties/hosts/items/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.tls.type,parentSchema:schema31.properties.hosts.items.properties.tls,data:data29};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data11.certificate !== undefined){let data32 = data11.certificate;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key10 in data32){if(!((key10 === "verify") || (key10 === "min-days-left"))){const err62 = {instancePath:instancePath+"/hosts/" + i0+"/certificate",schemaPath:"#/properties/hosts/items/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.certificate,data:data32};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data32.verify !== undefined){let data33 = data32.verify;if(typeof data33 !== "boolean"){const err63 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/verify",schemaPath:"#/properties/hosts/items/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.hosts.items.properties.certificate.properties.verify.type,parentSchema:schema31.properties.hosts.items.properties.certificate.properties.verify,data:data33};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data32["min-days-left"] !== undefined){let data34 = data32["min-days-left"];if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){const err64 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"],data:data34};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if((typeof data34 == "number") && (isFinite(data34))){if(data34 > 3650 || isNaN(data34)){const err65 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"],data:data34};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data34 < 0 || isNaN(data34)){const err66 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"],data:data34};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}}else {const err67 = {instancePath:instancePath+"/hosts/" + i0+"/certificate",schemaPath:"#/properties/hosts/items/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.certificate.type,parentSchema:schema31.properties.hosts.items.properties.certificate,data:data32};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data11.timeout !== undefined){let data35 = data11.timeout;if(typeof data35 === "string"){if(!pattern4.test(data35)){const err68 = {instancePath:instancePath+"/hosts/" + i0+"/timeout",schemaPath:"#/properties/hosts/items/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.hosts.items.properties.timeout,data:data35};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}else {const err69 = {instancePath:instancePath+"/hosts/" + i0+"/timeout",schemaPath:"#/properties/hosts/items/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.timeout.type,parentSchema:schema31.properties.hosts.items.properties.timeout,data:data35};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data11.addresses !== undefined){let data36 = data11.addresses;if(!((((data36 === "all") || (data36 === "first")) || (data36 === "ipv4")) || (data36 === "ipv6"))){const err70 = {instancePath:instancePath+"/hosts/" + i0+"/addresses",schemaPath:"#/properties/hosts/items/properties/addresses/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.addresses.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.addresses.enum,parentSchema:schema31.properties.hosts.items.properties.addresses,data:data36};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data11.rules !== undefined){let data37 = data11.rules;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key11 in data37){if(!(func3.call(schema31.properties.hosts.items.properties.rules.properties, key11))){const err71 = {instancePath:instancePath+"/hosts/" + i0+"/rules",schemaPath:"#/properties/hosts/items/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.rules,data:data37};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data37["required-service-unreachable"] !== undefined){let data38 = data37["required-service-unreachable"];if(!((((data38 === "error") || (data38 === "warning")) || (data38 === "notice")) || (data38 === "off"))){const err72 = {instancePath:instancePath+"/hosts/" + i0+"/rules/required-service-unreachable",schemaPath:"#/properties/hosts/items/properties/rules/properties/required-service-unreachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["required-service-unreachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["required-service-unreachable"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["required-service-unreachable"],data:data38};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data37["forbidden-service-reachable"] !== undefined){let data39 = data37["forbidden-service-reachable"];if(!((((data39 === "error") || (data39 === "warning")) || (data39 === "notice")) || (data39 === "off"))){const err73 = {instancePath:instancePath+"/hosts/" + i0+"/rules/forbidden-service-reachable",schemaPath:"#/properties/hosts/items/properties/rules/properties/forbidden-service-reachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["forbidden-service-reachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["forbidden-service-reachable"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["forbidden-service-reachable"],data:data39};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data37["service-misbehaving"] !== undefined){let data40 = data37["service-misbehaving"];if(!((((data40 === "error") || (data40 === "warning")) || (data40 === "notice")) || (data40 === "off"))){const err74 = {instancePath:instancePath+"/hosts/" + i0+"/rules/service-misbehaving",schemaPath:"#/properties/hosts/items/properties/rules/properties/service-misbehaving/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["service-misbehaving"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["service-misbehaving"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["service-misbehaving"],data:data40};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data37["tls-handshake-failed"] !== undefined){let data41 = data37["tls-handshake-failed"];if(!((((data41 === "error") || (data41 === "warning")) || (data41 === "notice")) || (data41 === "off"))){const err75 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-handshake-failed",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-handshake-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-handshake-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-handshake-failed"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-handshake-failed"],data:data41};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data37["starttls-not-offered"] !== undefined){let data42 = data37["starttls-not-offered"];if(!((((data42 === "error") || (data42 === "warning")) || (data42 === "notice")) || (data42 === "off"))){const err76 = {instancePath:instancePath+"/hosts/" + i0+"/rules/starttls-not-offered",schemaPath:"#/properties/hosts/items/properties/rules/properties/starttls-not-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["starttls-not-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["starttls-not-offered"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["starttls-not-offered"],data:data42};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data37["starttls-failed"] !== undefined){let data43 = data37["starttls-failed"];if(!((((data43 === "error") || (data43 === "warning")) || (data43 === "notice")) || (data43 === "off"))){const err77 = {instancePath:instancePath+"/hosts/" + i0+"/rules/starttls-failed",schemaPath:"#/properties/hosts/items/properties/rules/properties/starttls-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["starttls-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["starttls-failed"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["starttls-failed"],data:data43};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data37["plaintext-auth-offered"] !== undefined){let data44 = data37["plaintext-auth-offered"];if(!((((data44 === "error") || (data44 === "warning")) || (data44 === "notice")) || (data44 === "off"))){const err78 = {instancePath:instancePath+"/hosts/" + i0+"/rules/plaintext-auth-offered",schemaPath:"#/properties/hosts/items/properties/rules/properties/plaintext-auth-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["plaintext-auth-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["plaintext-auth-offered"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["plaintext-auth-offered"],data:data44};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data37["starttls-command-injection"] !== undefined){let data45 = data37["starttls-command-injection"];if(!((((data45 === "error") || (data45 === "warning")) || (data45 === "notice")) || (data45 === "off"))){const err79 = {instancePath:instancePath+"/hosts/" + i0+"/rules/starttls-command-injection",schemaPath:"#/properties/hosts/items/properties/rules/properties/starttls-command-injection/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["starttls-command-injection"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["starttls-command-injection"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["starttls-command-injection"],data:data45};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data37["http-not-redirected"] !== undefined){let data46 = data37["http-not-redirected"];if(!((((data46 === "error") || (data46 === "warning")) || (data46 === "notice")) || (data46 === "off"))){const err80 = {instancePath:instancePath+"/hosts/" + i0+"/rules/http-not-redirected",schemaPath:"#/properties/hosts/items/properties/rules/properties/http-not-redirected/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["http-not-redirected"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["http-not-redirected"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["http-not-redirected"],data:data46};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data37["tls-version-legacy"] !== undefined){let data47 = data37["tls-version-legacy"];if(!((((data47 === "error") || (data47 === "warning")) || (data47 === "notice")) || (data47 === "off"))){const err81 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-version-legacy",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-version-legacy/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-version-legacy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-version-legacy"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-version-legacy"],data:data47};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data37["tls13-not-supported"] !== undefined){let data48 = data37["tls13-not-supported"];if(!((((data48 === "error") || (data48 === "warning")) || (data48 === "notice")) || (data48 === "off"))){const err82 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls13-not-supported",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls13-not-supported/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls13-not-supported"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls13-not-supported"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls13-not-supported"],data:data48};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data37["certificate-untrusted"] !== undefined){let data49 = data37["certificate-untrusted"];if(!((((data49 === "error") || (data49 === "warning")) || (data49 === "notice")) || (data49 === "off"))){const err83 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-untrusted",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-untrusted/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-untrusted"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-untrusted"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-untrusted"],data:data49};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data37["certificate-name-mismatch"] !== undefined){let data50 = data37["certificate-name-mismatch"];if(!((((data50 === "error") || (data50 === "warning")) || (data50 === "notice")) || (data50 === "off"))){const err84 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-name-mismatch",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-name-mismatch/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-name-mismatch"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-name-mismatch"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-name-mismatch"],data:data50};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data37["certificate-expired"] !== undefined){let data51 = data37["certificate-expired"];if(!((((data51 === "error") || (data51 === "warning")) || (data51 === "notice")) || (data51 === "off"))){const err85 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-expired",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-expired/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-expired"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-expired"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-expired"],data:data51};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data37["certificate-expiring"] !== undefined){let data52 = data37["certificate-expiring"];if(!((((data52 === "error") || (data52 === "warning")) || (data52 === "notice")) || (data52 === "off"))){const err86 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-expiring",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-expiring/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-expiring"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-expiring"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-expiring"],data:data52};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data37["certificate-weak"] !== undefined){let data53 = data37["certificate-weak"];if(!((((data53 === "error") || (data53 === "warning")) || (data53 === "notice")) || (data53 === "off"))){const err87 = {instancePath:instancePath+"/hosts/" + i0+"/rules/certificate-weak",schemaPath:"#/properties/hosts/items/properties/rules/properties/certificate-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["certificate-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["certificate-weak"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["certificate-weak"],data:data53};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data37["service-busy"] !== undefined){let data54 = data37["service-busy"];if(!((((data54 === "error") || (data54 === "warning")) || (data54 === "notice")) || (data54 === "off"))){const err88 = {instancePath:instancePath+"/hosts/" + i0+"/rules/service-busy",schemaPath:"#/properties/hosts/items/properties/rules/properties/service-busy/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["service-busy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["service-busy"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["service-busy"],data:data54};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data37["runner-network-limited"] !== undefined){let data55 = data37["runner-network-limited"];if(!((((data55 === "error") || (data55 === "warning")) || (data55 === "notice")) || (data55 === "off"))){const err89 = {instancePath:instancePath+"/hosts/" + i0+"/rules/runner-network-limited",schemaPath:"#/properties/hosts/items/properties/rules/properties/runner-network-limited/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["runner-network-limited"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["runner-network-limited"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["runner-network-limited"],data:data55};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data37["check-inconclusive"] !== undefined){let data56 = data37["check-inconclusive"];if(!((((data56 === "error") || (data56 === "warning")) || (data56 === "notice")) || (data56 === "off"))){const err90 = {instancePath:instancePath+"/hosts/" + i0+"/rules/check-inconclusive",schemaPath:"#/properties/hosts/items/properties/rules/properties/check-inconclusive/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["check-inconclusive"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["check-inconclusive"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["check-inconclusive"],data:data56};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data37["tls-cipher-weak"] !== undefined){let data57 = data37["tls-cipher-weak"];if(!((((data57 === "error") || (data57 === "warning")) || (data57 === "notice")) || (data57 === "off"))){const err91 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-cipher-weak",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-cipher-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-cipher-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-cipher-weak"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-cipher-weak"],data:data57};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data37["tls-cipher-anonymous"] !== undefined){let data58 = data37["tls-cipher-anonymous"];if(!((((data58 === "error") || (data58 === "warning")) || (data58 === "notice")) || (data58 === "off"))){const err92 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-cipher-anonymous",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-cipher-anonymous/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-cipher-anonymous"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-cipher-anonymous"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-cipher-anonymous"],data:data58};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data37["tls-forward-secrecy-missing"] !== undefined){let data59 = data37["tls-forward-secrecy-missing"];if(!((((data59 === "error") || (data59 === "warning")) || (data59 === "notice")) || (data59 === "off"))){const err93 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-forward-secrecy-missing",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-forward-secrecy-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-forward-secrecy-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-forward-secrecy-missing"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-forward-secrecy-missing"],data:data59};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data37["tls-dh-weak"] !== undefined){let data60 = data37["tls-dh-weak"];if(!((((data60 === "error") || (data60 === "warning")) || (data60 === "notice")) || (data60 === "off"))){const err94 = {instancePath:instancePath+"/hosts/" + i0+"/rules/tls-dh-weak",schemaPath:"#/properties/hosts/items/properties/rules/properties/tls-dh-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.rules.properties["tls-dh-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.rules.properties["tls-dh-weak"].enum,parentSchema:schema31.properties.hosts.items.properties.rules.properties["tls-dh-weak"],data:data60};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}else {const err95 = {instancePath:instancePath+"/hosts/" + i0+"/rules",schemaPath:"#/properties/hosts/items/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.rules.type,parentSchema:schema31.properties.hosts.items.properties.rules,data:data37};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}else {const err96 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.type,parentSchema:schema31.properties.hosts.items,data:data11};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.hosts.type,parentSchema:schema31.properties.hosts,data:data10};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data.domains !== undefined){let data61 = data.domains;if(Array.isArray(data61)){const len3 = data61.length;for(let i3=0; i3<len3; i3++){let data62 = data61[i3];if(data62 && typeof data62 == "object" && !Array.isArray(data62)){if(data62.domain === undefined){const err98 = {instancePath:instancePath+"/domains/" + i3,schemaPath:"#/properties/domains/items/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema31.properties.domains.items.required,parentSchema:schema31.properties.domains.items,data:data62};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}for(const key12 in data62){if(!(((((key12 === "domain") || (key12 === "mx")) || (key12 === "mta-sts")) || (key12 === "tls-rpt")) || (key12 === "dane"))){const err99 = {instancePath:instancePath+"/domains/" + i3,schemaPath:"#/properties/domains/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items,data:data62};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data62.domain !== undefined){let data63 = data62.domain;if(typeof data63 === "string"){if(func1(data63) > 254){const err100 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.domains.items.properties.domain,data:data63};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}if(func1(data63) < 1){const err101 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.domains.items.properties.domain,data:data63};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if(!pattern9.test(data63)){const err102 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"},message:"must match pattern \""+"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"+"\"",schema:"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$",parentSchema:schema31.properties.domains.items.properties.domain,data:data63};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}else {const err103 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.properties.domain.type,parentSchema:schema31.properties.domains.items.properties.domain,data:data63};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data62.mx !== undefined){let data64 = data62.mx;if(data64 && typeof data64 == "object" && !Array.isArray(data64)){if(data64.require === undefined){const err104 = {instancePath:instancePath+"/domains/" + i3+"/mx",schemaPath:"#/properties/domains/items/properties/mx/required",keyword:"required",params:{missingProperty: "require"},message:"must have required property '"+"require"+"'",schema:schema31.properties.domains.items.properties.mx.required,parentSchema:schema31.properties.domains.items.properties.mx,data:data64};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}for(const key13 in data64){if(!(key13 === "require")){const err105 = {instancePath:instancePath+"/domains/" + i3+"/mx",schemaPath:"#/properties/domains/items/properties/mx/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx,data:data64};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data64.require !== undefined){let data65 = data64.require;if(Array.isArray(data65)){const len4 = data65.length;for(let i4=0; i4<len4; i4++){let data66 = data65[i4];const _errs120 = errors;let valid26 = false;let passing2 = null;const _errs121 = errors;if(!((((((((((((data66 === "smtp") || (data66 === "submission")) || (data66 === "submissions")) || (data66 === "smtps")) || (data66 === "imap")) || (data66 === "imaps")) || (data66 === "pop3")) || (data66 === "pop3s")) || (data66 === "managesieve")) || (data66 === "sieve")) || (data66 === "https")) || (data66 === "http"))){const err106 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[0].enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[0],data:data66};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}var _valid2 = _errs121 === errors;if(_valid2){valid26 = true;passing2 = 0;}const _errs122 = errors;if(data66 && typeof data66 == "object" && !Array.isArray(data66)){if(data66.service === undefined){const err107 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].required,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1],data:data66};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}for(const key14 in data66){if(!(((((key14 === "service") || (key14 === "port")) || (key14 === "tls")) || (key14 === "certificate")) || (key14 === "timeout"))){const err108 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1],data:data66};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data66.service !== undefined){let data67 = data66.service;if(!((((((((((((data67 === "smtp") || (data67 === "submission")) || (data67 === "submissions")) || (data67 === "smtps")) || (data67 === "imap")) || (data67 === "imaps")) || (data67 === "pop3")) || (data67 === "pop3s")) || (data67 === "managesieve")) || (data67 === "sieve")) || (data67 === "https")) || (data67 === "http"))){const err109 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/service",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/service/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.service.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.service.enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.service,data:data67};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data66.port !== undefined){let data68 = data66.port;if(!(((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68))) && (isFinite(data68)))){const err110 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/port",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port,data:data68};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}if((typeof data68 == "number") && (isFinite(data68))){if(data68 > 65535 || isNaN(data68)){const err111 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/port",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port,data:data68};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}if(data68 < 1 || isNaN(data68)){const err112 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/port",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port,data:data68};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}if(data66.tls !== undefined){let data69 = data66.tls;if(data69 && typeof data69 == "object" && !Array.isArray(data69)){for(const key15 in data69){if(!((key15 === "min-version") || (key15 === "profile"))){const err113 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/tls",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls,data:data69};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(data69["min-version"] !== undefined){let data70 = data69["min-version"];if(!((((((((data70 === "1.0") || (data70 === "1.1")) || (data70 === "1.2")) || (data70 === "1.3")) || (data70 === 1)) || (data70 === 1.1)) || (data70 === 1.2)) || (data70 === 1.3))){const err114 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/tls/min-version",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties["min-version"],data:data70};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data69.profile !== undefined){let data71 = data69.profile;if(!(((data71 === "modern") || (data71 === "intermediate")) || (data71 === "old"))){const err115 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/tls/profile",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/tls/properties/profile/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties.profile.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties.profile.enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.properties.profile,data:data71};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}}else {const err116 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/tls",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.tls,data:data69};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data66.certificate !== undefined){let data72 = data66.certificate;if(data72 && typeof data72 == "object" && !Array.isArray(data72)){for(const key16 in data72){if(!((key16 === "verify") || (key16 === "min-days-left"))){const err117 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate,data:data72};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data72.verify !== undefined){let data73 = data72.verify;if(typeof data73 !== "boolean"){const err118 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate/verify",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties.verify.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties.verify,data:data73};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data72["min-days-left"] !== undefined){let data74 = data72["min-days-left"];if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){const err119 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate/min-days-left",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data74};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}if((typeof data74 == "number") && (isFinite(data74))){if(data74 > 3650 || isNaN(data74)){const err120 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate/min-days-left",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data74};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}if(data74 < 0 || isNaN(data74)){const err121 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate/min-days-left",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.properties["min-days-left"],data:data74};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}}}else {const err122 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/certificate",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.certificate,data:data72};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data66.timeout !== undefined){let data75 = data66.timeout;if(typeof data75 === "string"){if(!pattern4.test(data75)){const err123 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/timeout",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.timeout,data:data75};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}else {const err124 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/timeout",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.timeout.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.timeout,data:data75};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}}else {const err125 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1],data:data66};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}var _valid2 = _errs122 === errors;if(_valid2 && valid26){valid26 = false;passing2 = [passing2, 1];}else {if(_valid2){valid26 = true;passing2 = 1;}}if(!valid26){const err126 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items,data:data66};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}else {errors = _errs120;if(vErrors !== null){if(_errs120){vErrors.length = _errs120;}else {vErrors = null;}}}}}else {const err127 = {instancePath:instancePath+"/domains/" + i3+"/mx/require",schemaPath:"#/properties/domains/items/properties/mx/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.items.properties.mx.properties.require.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require,data:data65};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}}else {const err128 = {instancePath:instancePath+"/domains/" + i3+"/mx",schemaPath:"#/properties/domains/items/properties/mx/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.type,parentSchema:schema31.properties.domains.items.properties.mx,data:data64};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data62["mta-sts"] !== undefined){let data76 = data62["mta-sts"];if(!(((data76 === "enforce") || (data76 === "testing")) || (data76 === "off"))){const err129 = {instancePath:instancePath+"/domains/" + i3+"/mta-sts",schemaPath:"#/properties/domains/items/properties/mta-sts/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties["mta-sts"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties["mta-sts"].enum,parentSchema:schema31.properties.domains.items.properties["mta-sts"],data:data76};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data62["tls-rpt"] !== undefined){let data77 = data62["tls-rpt"];if(!((data77 === "required") || (data77 === "off"))){const err130 = {instancePath:instancePath+"/domains/" + i3+"/tls-rpt",schemaPath:"#/properties/domains/items/properties/tls-rpt/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties["tls-rpt"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties["tls-rpt"].enum,parentSchema:schema31.properties.domains.items.properties["tls-rpt"],data:data77};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data62.dane !== undefined){let data78 = data62.dane;if(!(((data78 === "required") || (data78 === "optional")) || (data78 === "off"))){const err131 = {instancePath:instancePath+"/domains/" + i3+"/dane",schemaPath:"#/properties/domains/items/properties/dane/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.dane.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.dane.enum,parentSchema:schema31.properties.domains.items.properties.dane,data:data78};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}}else {const err132 = {instancePath:instancePath+"/domains/" + i3,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.type,parentSchema:schema31.properties.domains.items,data:data62};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}}else {const err133 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.type,parentSchema:schema31.properties.domains,data:data61};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data.rules !== undefined){let data79 = data.rules;if(data79 && typeof data79 == "object" && !Array.isArray(data79)){for(const key17 in data79){if(!(func3.call(schema31.properties.rules.properties, key17))){const err134 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules,data:data79};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data79["required-service-unreachable"] !== undefined){let data80 = data79["required-service-unreachable"];if(!((((data80 === "error") || (data80 === "warning")) || (data80 === "notice")) || (data80 === "off"))){const err135 = {instancePath:instancePath+"/rules/required-service-unreachable",schemaPath:"#/properties/rules/properties/required-service-unreachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["required-service-unreachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["required-service-unreachable"].enum,parentSchema:schema31.properties.rules.properties["required-service-unreachable"],data:data80};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data79["forbidden-service-reachable"] !== undefined){let data81 = data79["forbidden-service-reachable"];if(!((((data81 === "error") || (data81 === "warning")) || (data81 === "notice")) || (data81 === "off"))){const err136 = {instancePath:instancePath+"/rules/forbidden-service-reachable",schemaPath:"#/properties/rules/properties/forbidden-service-reachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["forbidden-service-reachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["forbidden-service-reachable"].enum,parentSchema:schema31.properties.rules.properties["forbidden-service-reachable"],data:data81};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data79["service-misbehaving"] !== undefined){let data82 = data79["service-misbehaving"];if(!((((data82 === "error") || (data82 === "warning")) || (data82 === "notice")) || (data82 === "off"))){const err137 = {instancePath:instancePath+"/rules/service-misbehaving",schemaPath:"#/properties/rules/properties/service-misbehaving/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["service-misbehaving"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["service-misbehaving"].enum,parentSchema:schema31.properties.rules.properties["service-misbehaving"],data:data82};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data79["tls-handshake-failed"] !== undefined){let data83 = data79["tls-handshake-failed"];if(!((((data83 === "error") || (data83 === "warning")) || (data83 === "notice")) || (data83 === "off"))){const err138 = {instancePath:instancePath+"/rules/tls-handshake-failed",schemaPath:"#/properties/rules/properties/tls-handshake-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-handshake-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-handshake-failed"].enum,parentSchema:schema31.properties.rules.properties["tls-handshake-failed"],data:data83};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data79["starttls-not-offered"] !== undefined){let data84 = data79["starttls-not-offered"];if(!((((data84 === "error") || (data84 === "warning")) || (data84 === "notice")) || (data84 === "off"))){const err139 = {instancePath:instancePath+"/rules/starttls-not-offered",schemaPath:"#/properties/rules/properties/starttls-not-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["starttls-not-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["starttls-not-offered"].enum,parentSchema:schema31.properties.rules.properties["starttls-not-offered"],data:data84};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data79["starttls-failed"] !== undefined){let data85 = data79["starttls-failed"];if(!((((data85 === "error") || (data85 === "warning")) || (data85 === "notice")) || (data85 === "off"))){const err140 = {instancePath:instancePath+"/rules/starttls-failed",schemaPath:"#/properties/rules/properties/starttls-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["starttls-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["starttls-failed"].enum,parentSchema:schema31.properties.rules.properties["starttls-failed"],data:data85};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data79["plaintext-auth-offered"] !== undefined){let data86 = data79["plaintext-auth-offered"];if(!((((data86 === "error") || (data86 === "warning")) || (data86 === "notice")) || (data86 === "off"))){const err141 = {instancePath:instancePath+"/rules/plaintext-auth-offered",schemaPath:"#/properties/rules/properties/plaintext-auth-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["plaintext-auth-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["plaintext-auth-offered"].enum,parentSchema:schema31.properties.rules.properties["plaintext-auth-offered"],data:data86};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}if(data79["starttls-command-injection"] !== undefined){let data87 = data79["starttls-command-injection"];if(!((((data87 === "error") || (data87 === "warning")) || (data87 === "notice")) || (data87 === "off"))){const err142 = {instancePath:instancePath+"/rules/starttls-command-injection",schemaPath:"#/properties/rules/properties/starttls-command-injection/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["starttls-command-injection"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["starttls-command-injection"].enum,parentSchema:schema31.properties.rules.properties["starttls-command-injection"],data:data87};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}if(data79["http-not-redirected"] !== undefined){let data88 = data79["http-not-redirected"];if(!((((data88 === "error") || (data88 === "warning")) || (data88 === "notice")) || (data88 === "off"))){const err143 = {instancePath:instancePath+"/rules/http-not-redirected",schemaPath:"#/properties/rules/properties/http-not-redirected/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["http-not-redirected"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["http-not-redirected"].enum,parentSchema:schema31.properties.rules.properties["http-not-redirected"],data:data88};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data79["tls-version-legacy"] !== undefined){let data89 = data79["tls-version-legacy"];if(!((((data89 === "error") || (data89 === "warning")) || (data89 === "notice")) || (data89 === "off"))){const err144 = {instancePath:instancePath+"/rules/tls-version-legacy",schemaPath:"#/properties/rules/properties/tls-version-legacy/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-version-legacy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-version-legacy"].enum,parentSchema:schema31.properties.rules.properties["tls-version-legacy"],data:data89};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data79["tls13-not-supported"] !== undefined){let data90 = data79["tls13-not-supported"];if(!((((data90 === "error") || (data90 === "warning")) || (data90 === "notice")) || (data90 === "off"))){const err145 = {instancePath:instancePath+"/rules/tls13-not-supported",schemaPath:"#/properties/rules/properties/tls13-not-supported/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls13-not-supported"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls13-not-supported"].enum,parentSchema:schema31.properties.rules.properties["tls13-not-supported"],data:data90};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data79["certificate-untrusted"] !== undefined){let data91 = data79["certificate-untrusted"];if(!((((data91 === "error") || (data91 === "warning")) || (data91 === "notice")) || (data91 === "off"))){const err146 = {instancePath:instancePath+"/rules/certificate-untrusted",schemaPath:"#/properties/rules/properties/certificate-untrusted/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-untrusted"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-untrusted"].enum,parentSchema:schema31.properties.rules.properties["certificate-untrusted"],data:data91};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data79["certificate-name-mismatch"] !== undefined){let data92 = data79["certificate-name-mismatch"];if(!((((data92 === "error") || (data92 === "warning")) || (data92 === "notice")) || (data92 === "off"))){const err147 = {instancePath:instancePath+"/rules/certificate-name-mismatch",schemaPath:"#/properties/rules/properties/certificate-name-mismatch/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-name-mismatch"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-name-mismatch"].enum,parentSchema:schema31.properties.rules.properties["certificate-name-mismatch"],data:data92};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data79["certificate-expired"] !== undefined){let data93 = data79["certificate-expired"];if(!((((data93 === "error") || (data93 === "warning")) || (data93 === "notice")) || (data93 === "off"))){const err148 = {instancePath:instancePath+"/rules/certificate-expired",schemaPath:"#/properties/rules/properties/certificate-expired/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-expired"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-expired"].enum,parentSchema:schema31.properties.rules.properties["certificate-expired"],data:data93};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data79["certificate-expiring"] !== undefined){let data94 = data79["certificate-expiring"];if(!((((data94 === "error") || (data94 === "warning")) || (data94 === "notice")) || (data94 === "off"))){const err149 = {instancePath:instancePath+"/rules/certificate-expiring",schemaPath:"#/properties/rules/properties/certificate-expiring/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-expiring"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-expiring"].enum,parentSchema:schema31.properties.rules.properties["certificate-expiring"],data:data94};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}if(data79["certificate-weak"] !== undefined){let data95 = data79["certificate-weak"];if(!((((data95 === "error") || (data95 === "warning")) || (data95 === "notice")) || (data95 === "off"))){const err150 = {instancePath:instancePath+"/rules/certificate-weak",schemaPath:"#/properties/rules/properties/certificate-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-weak"].enum,parentSchema:schema31.properties.rules.properties["certificate-weak"],data:data95};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data79["mx-lookup-failed"] !== undefined){let data96 = data79["mx-lookup-failed"];if(!((((data96 === "error") || (data96 === "warning")) || (data96 === "notice")) || (data96 === "off"))){const err151 = {instancePath:instancePath+"/rules/mx-lookup-failed",schemaPath:"#/properties/rules/properties/mx-lookup-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mx-lookup-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mx-lookup-failed"].enum,parentSchema:schema31.properties.rules.properties["mx-lookup-failed"],data:data96};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}if(data79["mta-sts-missing"] !== undefined){let data97 = data79["mta-sts-missing"];if(!((((data97 === "error") || (data97 === "warning")) || (data97 === "notice")) || (data97 === "off"))){const err152 = {instancePath:instancePath+"/rules/mta-sts-missing",schemaPath:"#/properties/rules/properties/mta-sts-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-missing"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-missing"],data:data97};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}if(data79["mta-sts-invalid"] !== undefined){let data98 = data79["mta-sts-invalid"];if(!((((data98 === "error") || (data98 === "warning")) || (data98 === "notice")) || (data98 === "off"))){const err153 = {instancePath:instancePath+"/rules/mta-sts-invalid",schemaPath:"#/properties/rules/properties/mta-sts-invalid/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-invalid"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-invalid"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-invalid"],data:data98};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}if(data79["mta-sts-not-enforcing"] !== undefined){let data99 = data79["mta-sts-not-enforcing"];if(!((((data99 === "error") || (data99 === "warning")) || (data99 === "notice")) || (data99 === "off"))){const err154 = {instancePath:instancePath+"/rules/mta-sts-not-enforcing",schemaPath:"#/properties/rules/properties/mta-sts-not-enforcing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-not-enforcing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-not-enforcing"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-not-enforcing"],data:data99};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}if(data79["mta-sts-mx-not-covered"] !== undefined){let data100 = data79["mta-sts-mx-not-covered"];if(!((((data100 === "error") || (data100 === "warning")) || (data100 === "notice")) || (data100 === "off"))){const err155 = {instancePath:instancePath+"/rules/mta-sts-mx-not-covered",schemaPath:"#/properties/rules/properties/mta-sts-mx-not-covered/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-mx-not-covered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-mx-not-covered"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-mx-not-covered"],data:data100};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data79["tls-rpt-missing"] !== undefined){let data101 = data79["tls-rpt-missing"];if(!((((data101 === "error") || (data101 === "warning")) || (data101 === "notice")) || (data101 === "off"))){const err156 = {instancePath:instancePath+"/rules/tls-rpt-missing",schemaPath:"#/properties/rules/properties/tls-rpt-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-rpt-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-rpt-missing"].enum,parentSchema:schema31.properties.rules.properties["tls-rpt-missing"],data:data101};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data79["waiver-expired"] !== undefined){let data102 = data79["waiver-expired"];if(!((((data102 === "error") || (data102 === "warning")) || (data102 === "notice")) || (data102 === "off"))){const err157 = {instancePath:instancePath+"/rules/waiver-expired",schemaPath:"#/properties/rules/properties/waiver-expired/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["waiver-expired"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["waiver-expired"].enum,parentSchema:schema31.properties.rules.properties["waiver-expired"],data:data102};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data79["service-busy"] !== undefined){let data103 = data79["service-busy"];if(!((((data103 === "error") || (data103 === "warning")) || (data103 === "notice")) || (data103 === "off"))){const err158 = {instancePath:instancePath+"/rules/service-busy",schemaPath:"#/properties/rules/properties/service-busy/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["service-busy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["service-busy"].enum,parentSchema:schema31.properties.rules.properties["service-busy"],data:data103};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data79["dns-targets-skipped"] !== undefined){let data104 = data79["dns-targets-skipped"];if(!((((data104 === "error") || (data104 === "warning")) || (data104 === "notice")) || (data104 === "off"))){const err159 = {instancePath:instancePath+"/rules/dns-targets-skipped",schemaPath:"#/properties/rules/properties/dns-targets-skipped/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dns-targets-skipped"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dns-targets-skipped"].enum,parentSchema:schema31.properties.rules.properties["dns-targets-skipped"],data:data104};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data79["runner-network-limited"] !== undefined){let data105 = data79["runner-network-limited"];if(!((((data105 === "error") || (data105 === "warning")) || (data105 === "notice")) || (data105 === "off"))){const err160 = {instancePath:instancePath+"/rules/runner-network-limited",schemaPath:"#/properties/rules/properties/runner-network-limited/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["runner-network-limited"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["runner-network-limited"].enum,parentSchema:schema31.properties.rules.properties["runner-network-limited"],data:data105};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data79["check-inconclusive"] !== undefined){let data106 = data79["check-inconclusive"];if(!((((data106 === "error") || (data106 === "warning")) || (data106 === "notice")) || (data106 === "off"))){const err161 = {instancePath:instancePath+"/rules/check-inconclusive",schemaPath:"#/properties/rules/properties/check-inconclusive/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["check-inconclusive"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["check-inconclusive"].enum,parentSchema:schema31.properties.rules.properties["check-inconclusive"],data:data106};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}}if(data79["tls-cipher-weak"] !== undefined){let data107 = data79["tls-cipher-weak"];if(!((((data107 === "error") || (data107 === "warning")) || (data107 === "notice")) || (data107 === "off"))){const err162 = {instancePath:instancePath+"/rules/tls-cipher-weak",schemaPath:"#/properties/rules/properties/tls-cipher-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-cipher-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-cipher-weak"].enum,parentSchema:schema31.properties.rules.properties["tls-cipher-weak"],data:data107};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data79["tls-cipher-anonymous"] !== undefined){let data108 = data79["tls-cipher-anonymous"];if(!((((data108 === "error") || (data108 === "warning")) || (data108 === "notice")) || (data108 === "off"))){const err163 = {instancePath:instancePath+"/rules/tls-cipher-anonymous",schemaPath:"#/properties/rules/properties/tls-cipher-anonymous/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-cipher-anonymous"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-cipher-anonymous"].enum,parentSchema:schema31.properties.rules.properties["tls-cipher-anonymous"],data:data108};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}if(data79["tls-forward-secrecy-missing"] !== undefined){let data109 = data79["tls-forward-secrecy-missing"];if(!((((data109 === "error") || (data109 === "warning")) || (data109 === "notice")) || (data109 === "off"))){const err164 = {instancePath:instancePath+"/rules/tls-forward-secrecy-missing",schemaPath:"#/properties/rules/properties/tls-forward-secrecy-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-forward-secrecy-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-forward-secrecy-missing"].enum,parentSchema:schema31.properties.rules.properties["tls-forward-secrecy-missing"],data:data109};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data79["tls-dh-weak"] !== undefined){let data110 = data79["tls-dh-weak"];if(!((((data110 === "error") || (data110 === "warning")) || (data110 === "notice")) || (data110 === "off"))){const err165 = {instancePath:instancePath+"/rules/tls-dh-weak",schemaPath:"#/properties/rules/properties/tls-dh-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-dh-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-dh-weak"].enum,parentSchema:schema31.properties.rules.properties["tls-dh-weak"],data:data110};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data79["dane-missing"] !== undefined){let data111 = data79["dane-missing"];if(!((((data111 === "error") || (data111 === "warning")) || (data111 === "notice")) || (data111 === "off"))){const err166 = {instancePath:instancePath+"/rules/dane-missing",schemaPath:"#/properties/rules/properties/dane-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dane-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dane-missing"].enum,parentSchema:schema31.properties.rules.properties["dane-missing"],data:data111};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}if(data79["dane-mismatch"] !== undefined){let data112 = data79["dane-mismatch"];if(!((((data112 === "error") || (data112 === "warning")) || (data112 === "notice")) || (data112 === "off"))){const err167 = {instancePath:instancePath+"/rules/dane-mismatch",schemaPath:"#/properties/rules/properties/dane-mismatch/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dane-mismatch"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dane-mismatch"].enum,parentSchema:schema31.properties.rules.properties["dane-mismatch"],data:data112};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data79["dnssec-insecure"] !== undefined){let data113 = data79["dnssec-insecure"];if(!((((data113 === "error") || (data113 === "warning")) || (data113 === "notice")) || (data113 === "off"))){const err168 = {instancePath:instancePath+"/rules/dnssec-insecure",schemaPath:"#/properties/rules/properties/dnssec-insecure/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dnssec-insecure"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dnssec-insecure"].enum,parentSchema:schema31.properties.rules.properties["dnssec-insecure"],data:data113};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}if(data79["dane-unusable"] !== undefined){let data114 = data79["dane-unusable"];if(!((((data114 === "error") || (data114 === "warning")) || (data114 === "notice")) || (data114 === "off"))){const err169 = {instancePath:instancePath+"/rules/dane-unusable",schemaPath:"#/properties/rules/properties/dane-unusable/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["dane-unusable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["dane-unusable"].enum,parentSchema:schema31.properties.rules.properties["dane-unusable"],data:data114};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}}else {const err170 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.type,parentSchema:schema31.properties.rules,data:data79};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data.waivers !== undefined){let data115 = data.waivers;if(Array.isArray(data115)){const len5 = data115.length;for(let i5=0; i5<len5; i5++){let data116 = data115[i5];if(data116 && typeof data116 == "object" && !Array.isArray(data116)){if(data116.rule === undefined){const err171 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}if(data116.host === undefined){const err172 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}if(data116.reason === undefined){const err173 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}if(data116.expires === undefined){const err174 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}for(const key18 in data116){if(!(((((key18 === "rule") || (key18 === "host")) || (key18 === "port")) || (key18 === "reason")) || (key18 === "expires"))){const err175 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data116.rule !== undefined){let data117 = data116.rule;if(!(((((((((((((((((((((((((((((((((((data117 === "required-service-unreachable") || (data117 === "forbidden-service-reachable")) || (data117 === "service-misbehaving")) || (data117 === "tls-handshake-failed")) || (data117 === "starttls-not-offered")) || (data117 === "starttls-failed")) || (data117 === "plaintext-auth-offered")) || (data117 === "starttls-command-injection")) || (data117 === "http-not-redirected")) || (data117 === "tls-version-legacy")) || (data117 === "tls13-not-supported")) || (data117 === "certificate-untrusted")) || (data117 === "certificate-name-mismatch")) || (data117 === "certificate-expired")) || (data117 === "certificate-expiring")) || (data117 === "certificate-weak")) || (data117 === "mx-lookup-failed")) || (data117 === "mta-sts-missing")) || (data117 === "mta-sts-invalid")) || (data117 === "mta-sts-not-enforcing")) || (data117 === "mta-sts-mx-not-covered")) || (data117 === "tls-rpt-missing")) || (data117 === "waiver-expired")) || (data117 === "service-busy")) || (data117 === "dns-targets-skipped")) || (data117 === "runner-network-limited")) || (data117 === "check-inconclusive")) || (data117 === "tls-cipher-weak")) || (data117 === "tls-cipher-anonymous")) || (data117 === "tls-forward-secrecy-missing")) || (data117 === "tls-dh-weak")) || (data117 === "dane-missing")) || (data117 === "dane-mismatch")) || (data117 === "dnssec-insecure")) || (data117 === "dane-unusable"))){const err176 = {instancePath:instancePath+"/waivers/" + i5+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/enum",keyword:"enum",params:{allowedValues: schema31.properties.waivers.items.properties.rule.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.waivers.items.properties.rule.enum,parentSchema:schema31.properties.waivers.items.properties.rule,data:data117};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data116.host !== undefined){let data118 = data116.host;if(typeof data118 === "string"){if(func1(data118) > 254){const err177 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.waivers.items.properties.host,data:data118};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}if(func1(data118) < 1){const err178 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.waivers.items.properties.host,data:data118};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}if(!pattern5.test(data118)){const err179 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$",parentSchema:schema31.properties.waivers.items.properties.host,data:data118};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}else {const err180 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.host.type,parentSchema:schema31.properties.waivers.items.properties.host,data:data118};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data116.port !== undefined){let data119 = data116.port;if(!(((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119))) && (isFinite(data119)))){const err181 = {instancePath:instancePath+"/waivers/" + i5+"/port",schemaPath:"#/properties/waivers/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.waivers.items.properties.port.type,parentSchema:schema31.properties.waivers.items.properties.port,data:data119};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}if((typeof data119 == "number") && (isFinite(data119))){if(data119 > 65535 || isNaN(data119)){const err182 = {instancePath:instancePath+"/waivers/" + i5+"/port",schemaPath:"#/properties/waivers/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.waivers.items.properties.port,data:data119};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}if(data119 < 1 || isNaN(data119)){const err183 = {instancePath:instancePath+"/waivers/" + i5+"/port",schemaPath:"#/properties/waivers/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.waivers.items.properties.port,data:data119};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}}if(data116.reason !== undefined){let data120 = data116.reason;if(typeof data120 === "string"){if(!pattern12.test(data120)){const err184 = {instancePath:instancePath+"/waivers/" + i5+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31.properties.waivers.items.properties.reason,data:data120};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}else {const err185 = {instancePath:instancePath+"/waivers/" + i5+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.reason.type,parentSchema:schema31.properties.waivers.items.properties.reason,data:data120};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data116.expires !== undefined){let data121 = data116.expires;if(typeof data121 === "string"){if(!pattern13.test(data121)){const err186 = {instancePath:instancePath+"/waivers/" + i5+"/expires",schemaPath:"#/properties/waivers/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema31.properties.waivers.items.properties.expires,data:data121};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}else {const err187 = {instancePath:instancePath+"/waivers/" + i5+"/expires",schemaPath:"#/properties/waivers/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.expires.type,parentSchema:schema31.properties.waivers.items.properties.expires,data:data121};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}}else {const err188 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.waivers.items.type,parentSchema:schema31.properties.waivers.items,data:data116};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}}else {const err189 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.waivers.type,parentSchema:schema31.properties.waivers,data:data115};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}}else {const err190 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
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
var failure = __webpack_require__(17911);
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

/***/ 91919:
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
var probe_failure = __webpack_require__(17911);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/probe/http.ts
// Port 80: one GET / with the policy host in Host, redirects reported and never followed. The
// socket comes from the endpoint's Connector, so the request can only ever reach the planned
// address. Node's own HTTP client (built in, nothing to load at the first probe) on that one
// socket, with no agent: no pooling, no keep-alive, no retry.



/** The body is read only to let the response finish; no more than this much is taken. */
const MAX_HTTP_BODY_BYTES = 64 * 1024;
/** The status line and headers together, at most (node's parser stops there with HPE_HEADER_OVERFLOW). */
const MAX_HTTP_HEADER_BYTES = 16 * 1024;
/** The Host header for a host name or IP literal on a port (IPv6 literals in brackets). */
function hostHeader(host, port) {
    const name = external_node_net_default().isIPv6(host) ? `[${host}]` : host;
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
        const request = external_node_http_default().request({
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
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./src/probe/roots.ts
var roots = __webpack_require__(44399);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/common/tls-versions.ts
var tls_versions = __webpack_require__(97572);
;// CONCATENATED MODULE: ./src/probe/client-hello.ts
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
    const { publicKey } = (0,external_node_crypto_.generateKeyPairSync)('x25519');
    return Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
}
// Random bytes are drawn a few kilobytes at a time: one call per hello costs more than the rest
// of the hello together.
const randomPool = Buffer.alloc(4096);
let randomUsed = randomPool.length;
/** 32 fresh random bytes (a copy: the pool is refilled under it). */
function freshRandom() {
    if (randomUsed + 32 > randomPool.length) {
        (0,external_node_crypto_.randomFillSync)(randomPool);
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
    const lo = tls_versions/* TLS_VERSION_ORDER */.Yw.indexOf(min);
    const hi = tls_versions/* TLS_VERSION_ORDER */.Yw.indexOf(max);
    if (lo < 0 || hi < lo)
        throw new RangeError(`no versions between ${min} and ${max}`);
    const offered = tls_versions/* TLS_VERSION_ORDER */.Yw.slice(lo, hi + 1);
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
            ...(hi >= tls_versions/* TLS_VERSION_ORDER */.Yw.indexOf('TLSv1.2') ? [extension(EXTENSION.signatureAlgorithms, vector(2, list16(SIGNATURE_SCHEMES)))] : []),
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
     * Trouble after the ServerHello leaves the hello standing (the suite was chosen) with its key
     * exchange unread; before it, the trouble is the answer.
     */
    /**
     * The connection ended, or the deadline passed, before the reader had its answer (`why`): a
     * ServerHello already read stands (the suite was chosen) with its key exchange unread; before
     * one, null, and the caller decides what the silence or the close means.
     */
    cutShort(why) {
        return this.hello ? { ...this.hello, keyExchangeUnread: why } : null;
    }
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

;// CONCATENATED MODULE: ./src/probe/tls.ts
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
    return (0,tls_versions/* tlsVersionRank */.ie)(version) >= (0,tls_versions/* tlsVersionRank */.ie)(range.min) && (0,tls_versions/* tlsVersionRank */.ie)(version) <= (0,tls_versions/* tlsVersionRank */.ie)(range.max);
}
/** The SNI name for the policy host: none for an address literal (RFC 6066 §3). */
function sniName(servername) {
    return (0,external_node_net_.isIP)(servername.replace(/^\[(.*)\]$/, '$1')) === 0 ? servername : null;
}
// Building a context parses every bundled root, so contexts are shared per set of extra roots.
const contextCache = new Map();
function secureContextFor(extraCa, trust) {
    const key = (0,roots/* rootsKey */.BW)(extraCa, trust);
    let context = contextCache.get(key);
    if (!context) {
        context = external_node_tls_.createSecureContext({
            // Passing `ca` replaces node's roots: the base roots are listed alongside the extras.
            ca: (0,roots/* trustedRootPems */.tD)(extraCa, trust),
            minVersion: MODERN.min,
            maxVersion: MODERN.max,
        });
        contextCache.set(key, context);
    }
    return context;
}
/**
 * The TLS 1.2 suites a certificate-less handshake offers when it offers TLS 1.2 alone (the
 * injection test's, answering the sweep's TLS 1.2 question too), by OpenSSL name and IANA code:
 * spelled out, so that the engine can tell whether a suite a server chose was among them.
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
const TLS12_ONLY_SUITE_CODES = new Set(TLS12_ONLY_SUITES.map(([, code]) => code));
/** Did a certificate-less handshake offering TLS 1.2 alone offer this suite (an IANA code)? */
function offeredWithTls12Alone(suite) {
    return TLS12_ONLY_SUITE_CODES.has(suite);
}
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
        context = external_node_tls_.createSecureContext({
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
            socket = external_node_tls_.connect({
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
                version: (0,tls_versions/* asTlsVersionName */.zD)(socket.getProtocol()),
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
    return (await askVersionAndSuite(raw, ctx, versions)).answer;
}
/** askVersion, and the suite the server chose with the version (null without a ServerHello in the range). */
async function askVersionAndSuite(raw, ctx, versions) {
    const answer = await askHello(raw, ctx, clientHello({ ...versions, servername: sniName(ctx.servername) }), new ServerHelloReader());
    if (answer === null || 'untested' in answer)
        return { answer, suite: null };
    // A server answering outside the offered range would be a broken peer; do not count it.
    return answer.version !== null && inVersionRange(answer.version, versions) ? { answer: answer.version, suite: answer.suite } : { answer: null, suite: null };
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
            raw.end(goodbyeAlerts(answer.version));
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
                untested: new probe_failure/* ProbeFailure */.BU('timeout', 'handshake', `no answer to the ClientHello within ${ctx.timeoutMs} ms`),
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
 * The sweep's TLS 1.2 question asked on its own (one ClientHello, the sweep's wide offer), with the
 * suite the server chose when it took TLS 1.2.
 */
function askTls12(openReady, ctx) {
    return tryVersions(openReady, ctx, { min: 'TLSv1.2', max: 'TLSv1.2' });
}
/**
 * Does the server accept a version within `versions`, and which (with the suite it chose)?
 * `untested` when no connection ready for the question could be had (the server turned it away,
 * or it could not be opened): that says nothing about the versions.
 */
async function tryVersions(openReady, ctx, versions) {
    let raw;
    try {
        raw = await openReady();
    }
    catch (err) {
        return { answer: { untested: err }, suite: null };
    }
    return askVersionAndSuite(raw, ctx, versions);
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
 * there with the sweep's own ClientHello): they are not asked again.
 */
async function sweepTls(openReady, ctx, negotiated, answered = {}) {
    const accepted = new Set();
    const untested = new Set();
    const untestedBecause = [];
    const only = (v) => ({ min: v, max: v });
    const attempt = async (range, known) => {
        const v = known !== undefined ? known : (await tryVersions(openReady, ctx, range)).answer;
        if (v !== null && typeof v === 'object') {
            const versions = tls_versions/* TLS_VERSION_ORDER */.Yw.filter((version) => inVersionRange(version, range));
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
        accepted: tls_versions/* TLS_VERSION_ORDER */.Yw.filter((v) => accepted.has(v)),
        untested: tls_versions/* TLS_VERSION_ORDER */.Yw.filter((v) => untested.has(v) && !accepted.has(v)),
        untestedBecause: untestedBecause
            .map(({ versions, error }) => ({ versions: versions.filter((v) => !accepted.has(v)), error }))
            .filter(({ versions }) => versions.length > 0),
    };
}

;// CONCATENATED MODULE: ./src/probe/cipher-questions.ts



const AEAD = /_(GCM|CCM|CCM_8|CHACHA20_POLY1305)(_|$)/;
const WEAK = /_WITH_(NULL|RC4|DES|3DES|RC2|DES40)_|_EXPORT_|_MD5$/;
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
/**
 * The classes of the questions at `version`, before `judged` leaves any out. Forward secrecy and
 * AEAD are TLS 1.2 questions (no TLS 1.0 or 1.1 suite is AEAD, and RFC 9325 holds TLS 1.2 to
 * forward secrecy); the DH group is asked once, at the newest version accepted.
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
/**
 * Asks the classes of `classes` at one version, narrowing after each accepted suite. `open`
 * yields a connection ready for a ClientHello (implicit TLS: a TCP connection; STARTTLS: one
 * whose upgrade was accepted); what it throws leaves the classes still open untested.
 */
async function askCipherClasses(open, ctx, version, classes, describeUntested) {
    const facts = { picked: [], accepted: [], refused: [], untested: [] };
    let remaining = [...classes];
    for (let question = 0; remaining.length > 0; question += 1) {
        if (question >= CIPHER_QUESTIONS_PER_VERSION) {
            // Only a server that accepted a suite of every class asked so far gets here.
            return leaveUntested(facts, remaining, `${vocabulary/* CONNECTION_BUDGET_REACHED */.Y8} (${CIPHER_QUESTIONS_PER_VERSION} cipher questions at ${version})`);
        }
        const offer = suitesOf(remaining, version);
        if (offer.length === 0) {
            facts.refused.push(...remaining);
            break;
        }
        const answer = await ask(open, ctx, version, offer);
        if (answer !== null && 'untested' in answer)
            return leaveUntested(facts, remaining, describeUntested(answer.untested));
        if (answer === null) {
            facts.refused.push(...remaining);
            break;
        }
        const chosen = suiteByCode(answer.suite);
        if (!chosen || !offer.includes(chosen.code) || answer.version !== version) {
            // A suite or version that was not offered: a broken peer, whose answer proves nothing.
            const what = chosen ? `the server chose ${chosen.name} at ${answer.version ?? 'an unknown version'}, which was not offered` : `the server chose suite 0x${answer.suite.toString(16).padStart(4, '0')}, which was not offered`;
            return leaveUntested(facts, remaining, what);
        }
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
    return sortFacts(facts, classes);
}
function leaveUntested(facts, remaining, reason) {
    facts.untested.push(...remaining);
    facts.untestedReason = facts.untestedReason ? `${facts.untestedReason}; ${reason}` : reason;
    return facts;
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
    const hello = clientHello({ min: version, max: version, servername: sniName(ctx.servername), suites });
    // Read on to the ServerKeyExchange only for a finite-field DH suite: its group is what is asked.
    const reader = new ServerHelloReader((code) => {
        const s = suiteByCode(code);
        return s !== undefined && (s.classes.includes('dhe') || /^TLS_DH_anon_/.test(s.name));
    });
    return askHello(raw, ctx, hello, reader);
}
/**
 * Every judged class at every accepted version of TLS 1.2 and below, newest first. `accepted` is
 * the sweep's list; versions it left untested are not asked (their classes would only be untested
 * again), and a TLS 1.3-only server is asked nothing. A class no rule judges is not asked at any
 * version, so where every cipher rule is off for the endpoint no question is asked at all, and
 * each version's facts say only what was left unasked.
 */
async function askCiphers(open, ctx, accepted, options, describeUntested) {
    const versions = ['TLSv1.2', 'TLSv1.1', 'TLSv1'].filter((v) => accepted.includes(v));
    if (versions.length === 0)
        return null;
    const facts = {};
    const judged = options.judged;
    for (const [i, version] of versions.entries()) {
        const classes = classesAt(version, i === 0, options);
        const asked = judged ? classes.filter((c) => judged.has(c)) : classes;
        // A version with no class left to ask costs no connection: askCipherClasses opens none.
        const answers = await askCipherClasses(open, ctx, version, asked, describeUntested);
        const notAsked = classes.filter((c) => !asked.includes(c));
        facts[version] = internedAnswers(notAsked.length > 0 ? { ...answers, notAsked: internedClasses(notAsked) } : answers);
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/probe/engine.ts
// The probe engine: for each planned endpoint, the connections and dialogues that turn it into
// facts. It never judges (that is src/rules), never throws, and destroys every socket it opened.
//
// Connections per endpoint. A forbidden service or http takes 1. A TLS service takes its session
// (1, and 1 retry where the service said it is busy or hung up before it said anything), then:
// - over STARTTLS, the injection test: 1 connection offering what the upgrade did; where the
//   upgrade got TLS 1.3 its handshake offers TLS 1.2 alone instead, and so also answers the
//   sweep's TLS 1.2 question. Where that handshake is refused, the TLS 1.2 question is asked on
//   its own (2), and only where its answer does not explain the refusal (no TLS 1.2, or a suite
//   that handshake did not offer) is the test made again offering what the upgrade did (3). No
//   injection test where the upgrade failed;
// - the version sweep: 1.0–1.1 in one question and 1.0 alone where that got 1.1 (up to 2), after
//   a session that got TLS 1.3 also 1.2 alone unless the injection test answered it (up to 3),
//   after a failed handshake 1.3 and 1.2 alone too (up to 4);
// - the cipher questions (cipher-questions.ts, docs/ciphers.md) at each version of 1.2 and below
//   the sweep saw accepted, about the classes some rule judges on the endpoint (`cipherClasses`,
//   worked out by the entry point: RSA key transport only under a profile or a policy that turns
//   its rule on; nothing where every cipher rule is off): up to 4 at TLS 1.2, 2 at 1.1 and at 1.0
//   (3 at the newest, for the DH group, where 1.2 is not accepted): up to 8.
// The most, before the busy retries of the extra connections: STARTTLS upgraded to TLS 1.3 on a
// server that takes TLS 1.2 only with suites the injection test's TLS 1.2-only handshake does not
// offer, accepts TLS 1.0 and 1.1 too and a suite of most classes: 1 + 1 + 3 + 2 + 8 = 15, which
// is MAX_CONNECTIONS_PER_ENDPOINT. Implicit TLS takes at most 1 + 1 + 4 + 8 = 14 (a failed
// session handshake, TLS 1.0–1.2 found by the sweep), STARTTLS after a failed upgrade the same,
// STARTTLS upgraded to 1.2 at most 1 + 1 + 1 + 2 + 8 = 13. On the fixture servers (node's default
// TLS 1.2 list, which takes RSA key transport) under the default policy, which does not ask
// about RSA key transport, the cipher questions cost 1 (2 where a profile or the policy turns
// forward secrecy on: the RSA suite picked, then the refusal): TLS 1.2 and 1.3 cost 4 on implicit
// TLS (session, 1.2 alone, 1.0–1.1, 1 cipher question), 4 over STARTTLS where the pipelined
// command is dropped, as Postfix does (session, injection test answering 1.2, 1.0–1.1, 1 cipher
// question), and 5 where it is fed to TLS, as Dovecot does (the TLS 1.2 question asked on its
// own); TLS 1.3 only costs 3 on implicit TLS and 5 over STARTTLS (the injection test three times
// over, 1.0–1.1; no cipher questions); TLS 1.2 only costs 3 on implicit TLS and 4 over STARTTLS.
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
     * The cipher questions (cipher-questions.ts) at every version of TLS 1.2 and below that the
     * sweep saw accepted, of the classes a rule judges on the endpoint (`cipherClasses`). The
     * non-AEAD class is a question only where the endpoint's profile makes it one.
     */
    async askCiphers(open, ctx) {
        const tls = this.facts.tls;
        if (!tls)
            return;
        const profile = this.endpoint.settings.tls.profile;
        const judged = this.options.cipherClasses?.(this.endpoint);
        const ciphers = await askCiphers(open, ctx, tls.versionsAccepted, { nonAead: profile === 'intermediate' || profile === 'modern', judged }, untestedReason);
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
                const outcome = await tlsHandshake(raw, ctx);
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
        this.recordSweep(await sweepTls(() => this.connector.connect(), ctx, first?.version ?? null));
        await this.askCiphers(() => this.connector.connect(), ctx);
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
        const outcome = await tlsHandshake(this.handOver(open), ctx);
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
        const readyForTls = () => this.politely(() => this.readyForTls(dialogue));
        this.recordSweep(await sweepTls(readyForTls, ctx, outcome.version, answered));
        await this.askCiphers(readyForTls, ctx);
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
     * injection by itself (a server without TLS 1.2 refuses it whatever was pipelined), so the
     * sweep's own TLS 1.2 question is asked next. A server that takes TLS 1.2 there with a suite
     * that handshake offered refused our pipelined command, not the offer; otherwise the test is
     * made again on a fresh connection offering what the endpoint's own upgrade did.
     */
    async injectionTest(dialogue, ctx, offer) {
        let tls12;
        if (offer) {
            const narrow = await this.injectionAttempt(dialogue, ctx, offer);
            if (narrow !== REFUSED)
                return narrow;
            const asked = await askTls12(() => this.politely(() => this.readyForTls(dialogue)), ctx);
            tls12 = asked.answer;
            // The endpoint's own upgrade was accepted, and so is TLS 1.2 with what that handshake
            // offered: what the server refused there was our pipelined command, fed to TLS as handshake
            // bytes (Dovecot does), which means it never ran it. Not vulnerable.
            if (tls12 === 'TLSv1.2' && asked.suite !== null && offeredWithTls12Alone(asked.suite))
                return { result: false, tls12 };
        }
        const full = await this.injectionAttempt(dialogue, ctx, null);
        // This endpoint's own upgrade just succeeded with the same offer, so a handshake refused here
        // was refused because of our pipelined command: the server fed it to TLS as handshake bytes
        // (Dovecot does), which means it never ran it. Not vulnerable.
        const answer = full === REFUSED ? { result: false } : full;
        return tls12 === undefined ? answer : { ...answer, tls12 };
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
            const outcome = await tlsHandshake(watch, ctx, { certificate: false, ...(offer ? { versions: offer } : {}) });
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

/***/ 17911:
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

/***/ 80183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ observeDomains)
});

// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
// EXTERNAL MODULE: ./src/facts/dane-vocabulary.ts
var dane_vocabulary = __webpack_require__(56174);
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
// EXTERNAL MODULE: ./src/probe/roots.ts
var roots = __webpack_require__(44399);
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
    const ca = (0,roots/* trustedRootPems */.tD)(options.extraCa, options.trust);
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
                ca,
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
    };
}
/** The facts of a fetch that never started because mta-sts.<domain> has no address. */
function unresolvedFetch(domain, port, code) {
    return { ...fetchNotStarted(domain, port, null), error: `mta-sts.${domain} has no address: ${code}`, errorKind: 'unresolved' };
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
        const why = lookupError !== null && !(0,dns/* meansNoRecords */.Yx)(lookupError) ? `the look-up failed (${lookupError})` : 'no v=TLSRPTv1 record';
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
/** MX hosts of one domain looked up at once. */
const MX_HOST_LOOKUPS = 4;
/** The mail hosts the MX answer names: none for a null MX or a failed look-up, the domain itself for an implicit MX. */
function mxHostNames(domain, mx) {
    if (mx.nullMx || mx.error !== null)
        return [];
    return mx.implicit ? [domain] : [...new Set(mx.records.map((r) => r.host))];
}
async function observeMxHosts(domain, mx, options, skipped) {
    const names = mxHostNames(domain, mx);
    // A few hosts at a time: each is two to four queries, and several domains run at once.
    const slots = new semaphore/* Semaphore */.j(MX_HOST_LOOKUPS);
    const found = await Promise.all(names.map((host) => slots.run(() => admittedHost(host, 'mx', options, skipped))));
    return names.flatMap((host, i) => (found[i] ? [{ host, ...found[i] }] : []));
}
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
/**
 * The DANE facts (RFC 7672 §2.2): the MX answer's DNSSEC status, and the TLSA records at
 * `_25._tcp.<host>` of each MX host, in MX order: the hosts the plan probes, or, when the policy
 * asks no services of them, every MX host DNS named (so a missing TLSA record is still seen).
 * The TLSA name is the MX host's own: an MX host that is a CNAME alias is not expanded first.
 */
async function observeDane(domain, mxAnswer, mx, mxHosts, dane) {
    if (dane === undefined || mxAnswer === null) {
        const none = { rcode: null, authenticated: null, error: dane_vocabulary/* DNSSEC_ERRORS */.to.noResolver };
        return { mx: none, hosts: [] };
    }
    const names = mxHosts !== null ? mxHosts.map((h) => h.host) : mxHostNames(domain, mx);
    const slots = new semaphore/* Semaphore */.j(MX_HOST_LOOKUPS);
    const hosts = await Promise.all(names.map((host) => slots.run(async () => {
        const tlsaName = `_25._tcp.${host}`;
        const found = await dane.tlsa(tlsaName);
        return { host, tlsaName, tlsa: found.tlsa, records: found.records };
    })));
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
    // The MX question again with DO, at the same time as the first: only its AD bit is read.
    const daneMx = policy.dane !== 'off' && options.dane !== undefined ? options.dane.mx(domain) : null;
    const [[mx, mxHosts, dane], mtaSts, tlsRpt] = await Promise.all([
        observeMx(domain, options.resolver, mxSkipped).then(async (mx) => {
            const mxHosts = probesMx ? await observeMxHosts(domain, mx, options, mxSkipped) : null;
            const dane = policy.dane === 'off' ? null : await observeDane(domain, daneMx, mx, mxHosts, options.dane);
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


/***/ }),

/***/ 44399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ rootsKey),
/* harmony export */   Co: () => (/* binding */ TRUST_SOURCES),
/* harmony export */   RZ: () => (/* binding */ readCaFile),
/* harmony export */   tD: () => (/* binding */ trustedRootPems),
/* harmony export */   xC: () => (/* binding */ pemCertificates)
/* harmony export */ });
/* unused harmony export baseRoots */
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
    systemRead = roots.length > 0 ? roots : null;
    return systemRead;
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
/* harmony import */ var _facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25123);
/* harmony import */ var _rules_dane_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19834);



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
 * No record found: "no record" only when DNS said so (no data, no such name). A look-up that timed
 * out or failed (ETIMEOUT, ESERVFAIL, …) says nothing about the record, and is told as such.
 */
function noRecordWords(lookupError) {
    return lookupError === null || lookupError === 'ENODATA' || lookupError === 'ENOTFOUND' ? 'no record' : `record look-up failed (${lookupError})`;
}
function mtaStsWords(d) {
    const sts = d.mtaSts;
    if (sts === null)
        return 'not checked';
    const record = sts.record.id !== null ? `id ${sts.record.id}` : sts.record.problem !== null ? `bad record` : noRecordWords(sts.record.lookupError);
    const f = sts.fetch;
    let file;
    if (f.error !== null)
        file = `policy not fetched: ${f.error}`;
    else if (f.redirect !== null)
        file = `HTTP ${f.status} to ${f.redirect}`;
    else if (f.status !== 200)
        file = `HTTP ${f.status}`;
    else if (f.tooLarge)
        file = `policy over ${_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MTA_STS_POLICY_BYTES */ .kB / 1024} KiB`;
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
/** Did DNS give an answer (records, none, or no such name), rather than an error or nothing? */
function answered(answer) {
    return answer.error === null && (answer.rcode === 'NOERROR' || answer.rcode === 'NXDOMAIN');
}
/** What a DNSSEC look-up came to: validated, not validated, an answer code, or why no answer came. */
function dnssecWords(answer) {
    if (answer.error !== null)
        return (0,_facts_dane_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDnssecError */ .QW)(answer.error);
    if (!answered(answer))
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
    return `${(0,_rules_dane_js__WEBPACK_IMPORTED_MODULE_1__/* .recordName */ .xD)(o.record)} matched ${what}${unverified}${o.applies ? '' : ' (not applied: MX not DNSSEC-validated)'}`;
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
        // "no TLSA" only when DNS answered: a time-out or a SERVFAIL says nothing about the records.
        const count = h.records.length === 0 ? (answered(h.tlsa) ? 'no TLSA' : 'TLSA') : h.records.length === 1 ? '1 TLSA' : `${h.records.length} TLSA`;
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

/***/ 32794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ canonicalFromCanonicalParts),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   fS: () => (/* binding */ summarise),
/* harmony export */   hT: () => (/* binding */ reportJsonChunks),
/* harmony export */   qW: () => (/* binding */ reportToJson),
/* harmony export */   s$: () => (/* binding */ jsonText),
/* harmony export */   zm: () => (/* binding */ canonicalReport)
/* harmony export */ });
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
                fetch: ordered(d.mtaSts.fetch, ['url', 'address', 'status', 'contentType', 'redirect', 'bytes', 'tooLarge', 'error', 'errorKind']),
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
/* harmony export */   Yx: () => (/* binding */ meansNoRecords),
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
/** A code that answers "no records of that type" (NXDOMAIN, NODATA), unlike a failure to get an answer. */
function meansNoRecords(code) {
    return code === 'ENOTFOUND' || code === 'ENODATA';
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

/***/ 49264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checks: () => (/* binding */ checks),
/* harmony export */   daneTaUnverified: () => (/* binding */ daneTaUnverified),
/* harmony export */   daneUnanswered: () => (/* binding */ daneUnanswered),
/* harmony export */   meta: () => (/* binding */ meta),
/* harmony export */   txtUnanswered: () => (/* binding */ txtUnanswered)
/* harmony export */ });
/* harmony import */ var _resolve_dns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89227);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54974);
/* harmony import */ var _reachability_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1928);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10281);




const meta = (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'check-inconclusive',
    defaultSeverity: 'warning',
    scope: 'endpoint',
    fixedBy: 'no-server',
    inconclusive: true,
    title: 'Check inconclusive',
    summary: "A check could not be made: a question went unanswered before its deadline, a forbidden service's host name did not resolve, a required one's look-up got no answer, a domain's MTA-STS or TLS-RPT record look-up got no answer, or the resolver gave no verdict on an MX host's DANE records. Inconclusive, never a pass.",
    what: 'A check the policy asks for could not be made: a question to the server (such as the TLS 1.0/1.1 ClientHello of the version sweep, or a cipher question offering only the suites of one class) got no answer before its deadline, or the host name of a forbidden service did not resolve, so whether that service is reachable is unknown, or the look-up of a required service\'s host name got no answer at all (a time-out, SERVFAIL, a refusal; NXDOMAIN is an answer and stays required-service-unreachable), or the TXT look-up of a domain\'s MTA-STS or TLS-RPT record got no answer, so whether it is published is unknown (NXDOMAIN and no records stay mta-sts-missing and tls-rpt-missing), or (with `dane:` required or optional) the validating resolver gave no verdict on the MX records of a domain or the TLSA records of an MX host (SERVFAIL, as for expired signatures, or a time-out), so whether DANE applies to that host on port 25 is unknown. Always inconclusive: the run is not a pass while it stands.',
    why: 'Silence is not a refusal: a slow, rate-limiting or filtering server that never answers a TLS 1.0 ClientHello has not shown that it refuses TLS 1.0 (RFC 8996), a forbidden plaintext service (RFC 8314) on a name that did not resolve was never looked for, and a SERVFAIL on a TLSA look-up says neither that the host has no DANE records nor that they are insecure (RFC 7672 §2.2). Reporting any of these as a pass would pass a check that was not made.',
    fix: "Make the server answer every ClientHello, with a ServerHello or an alert (look for a firewall, IPS or rate limit that drops old TLS versions silently), or give it a longer timeout; for a forbidden service, fix the host name in the policy or its DNS records; for DANE, check the zone's signatures (`dig +dnssec TLSA _25._tcp.mx1.example.com` through a validating resolver; re-sign a zone whose signatures expired) and that the resolver can reach its name servers. Then run the check again.",
    references: ['RFC 8996', 'RFC 8446 §6.2', 'RFC 8314 §4', 'RFC 7672 §2.2'],
    securitySeverity: '2.0',
    servers: {},
});
/** A required service's questions that got no answer (silence is not a refusal). */
function checkUnanswered(endpoint, facts, _now, policyRules = {}) {
    if ((0,_reachability_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupUnanswered */ .hH)(endpoint, facts.error)) {
        return [
            {
                rule: 'check-inconclusive',
                message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEndpoint */ .N2)(endpoint)} is required, but the look-up of the host name got no answer, so whether the service is there could not be checked.`,
                evidence: endpoint.resolveError ?? (facts.error ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .errorEvidence */ .OK)(facts.error) : null),
                inconclusive: true,
            },
        ];
    }
    return (0,_reachability_js__WEBPACK_IMPORTED_MODULE_1__/* .openChecks */ ._g)(endpoint, facts, policyRules).unanswered.draft('check-inconclusive', endpoint, 'left questions some checks need without an answer');
}
/**
 * A forbidden service whose host name did not resolve shows nothing either way (a typo, a DNS
 * outage, a resolver that cannot see the name): the check was not made, which is said once per
 * forbidden service, on the policy line that forbade it, so that each can be waived or fixed on
 * its own.
 */
function checkForbiddenResolved(endpoint, facts) {
    if (endpoint.address !== null && facts.error?.kind !== 'unresolved')
        return [];
    return [
        {
            rule: 'check-inconclusive',
            message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEndpoint */ .N2)(endpoint)} is forbidden, but the host name did not resolve, so whether the service is reachable could not be checked.`,
            evidence: endpoint.resolveError ?? (facts.error ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .errorEvidence */ .OK)(facts.error) : null),
            inconclusive: true,
        },
    ];
}
const checks = { require: checkUnanswered, forbid: checkForbiddenResolved };
/**
 * A domain's MTA-STS or TLS-RPT record whose TXT look-up got no answer (a time-out, SERVFAIL):
 * whether it is published was not seen, so the check the policy asks for was not made. Drafted
 * by the rule that would otherwise have judged the record (mta-sts-missing, tls-rpt-missing),
 * in its place.
 */
function txtUnanswered(at, what, name, code) {
    return {
        rule: 'check-inconclusive',
        at,
        message: `Whether ${what} could not be checked: the look-up of the TXT records at ${name} got no answer (${(0,_resolve_dns_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDnsCode */ .Op)(code)}).`,
        evidence: `TXT: ${code}`,
        inconclusive: true,
    };
}
/**
 * A port-25 endpoint of an MX host whose DANE could not be checked: the validating resolver gave
 * no verdict on the domain's MX records or on the host's TLSA records (SERVFAIL, which it gives
 * for bogus data such as expired signatures; a time-out; a refusal). Whether DANE applies, and so
 * how its certificate is to be judged, is unknown: untested, never "no DANE". Drafted by the
 * DANE view of the run (src/rules/dane.ts, withDaneTrust).
 */
function daneUnanswered(endpoint, name, why) {
    return {
        rule: 'check-inconclusive',
        message: `DANE could not be checked for ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEndpoint */ .N2)(endpoint)}: the look-up of ${name} got no answer from the resolver, so whether its TLSA records apply is unknown (senders that use DANE defer mail to it while this lasts).`,
        evidence: why,
        inconclusive: true,
    };
}
/**
 * A port-25 endpoint whose only matching TLSA record is a DANE-TA record naming the last
 * certificate of the chain, a root the probe trusts: node adds such a root from the local store
 * when the server did not send it, so whether the server sends it, as senders that use DANE need
 * (RFC 7672 §3.1.2), cannot be told. Neither a match nor a mismatch.
 */
function daneTaUnverified(endpoint, record, subject) {
    return {
        rule: 'check-inconclusive',
        message: `DANE could not be checked for ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .describeEndpoint */ .N2)(endpoint)}: its only matching TLSA record, ${record}, names a root the probe itself trusts, which may have come from the local store rather than from the server, and senders that use DANE match only what the server sends.`,
        evidence: `${record} names ${subject}; send that certificate in the chain, or publish 3 1 1 of the host's key or 2 1 1 of its intermediate`,
        inconclusive: true,
    };
}


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
    summary: 'A NULL, EXPORT, RC4, DES, 3DES or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite).',
    what: "The server accepts a TLS 1.0–1.2 cipher suite with no encryption (NULL), export-grade keys (EXPORT), RC4, DES or 3DES encryption, or an MD5 MAC, when a client offers only such suites. Under the profiles intermediate and modern it also finds a TLS 1.2 suite without AEAD encryption (CBC), which Mozilla's intermediate list leaves out: one rule for 'a suite the policy's cipher list excludes', so that one waiver or severity covers it.",
    why: 'RFC 9325 §4.1 forbids NULL, EXPORT-grade and RC4 suites (RFC 7465) and suites under 112 bits of security (DES, and 3DES with its 64-bit block, Sweet32); MD5 is broken (RFC 6151). An attacker on the path can force them on a client that still offers them. RFC 9325 §4.2 recommends AEAD suites only at TLS 1.2 (CBC suites have a history of padding-oracle attacks: Lucky Thirteen), as Mozilla Server Side TLS 5.7 intermediate does.',
    fix: "Leave the classes out of the server's cipher list: Postfix smtpd_tls_exclude_ciphers = eNULL, EXPORT, RC4, DES, 3DES, MD5; Dovecot ssl_cipher_list, Exim tls_require_ciphers and nginx ssl_ciphers with Mozilla's intermediate list.",
    references: ['RFC 9325 §4.1', 'RFC 9325 §4.2', 'RFC 7465', 'RFC 6151', _ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .MOZILLA_GUIDELINES */ .Xm],
    cwe: '327',
    securitySeverity: '7.4',
    servers: {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_exclude_ciphers = eNULL, EXPORT, RC4, DES, 3DES, MD5',
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
                message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEndpoint */ .N2)(endpoint)} accepts weak cipher suites (NULL, EXPORT, RC4, DES, 3DES or MD5) at ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .listOf */ .c3)(weak.versions)}.`,
                evidence: `picked: ${weak.evidence.join('; ')}`,
            },
        ];
    }
    const profile = (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .profileOf */ .dp)(endpoint);
    if (!(0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .judgesNonAead */ .vo)(profile))
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
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54974);
/* harmony import */ var _ciphers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97083);
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
    return (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .judgesNonAead */ .vo)(profile) ? 'error' : undefined;
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
            message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEndpoint */ .N2)(endpoint)} accepts TLS 1.2 sessions without forward secrecy (RSA key transport)${byProfile ? `, which the profile ${profile} (${_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .MOZILLA_GUIDELINES */ .Xm}) does not allow` : ''}.`,
            evidence: `picked: ${rsa.evidence.join('; ')}`,
            ...(byProfile ? { severity, setting: 'tls.profile' } : {}),
        },
    ];
}
const checks = { require: checkForwardSecrecy };


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ validityOf),
/* harmony export */   KT: () => (/* binding */ weaknesses),
/* harmony export */   _d: () => (/* binding */ isExpired),
/* harmony export */   c2: () => (/* binding */ validityEvidence),
/* harmony export */   tq: () => (/* binding */ certificateOf)
/* harmony export */ });
/* harmony import */ var _common_strength_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11004);

function certificateOf(facts) {
    if (facts.tls?.version == null)
        return null;
    return facts.tls.certificate;
}
/** Null when the probe recorded dates that do not parse: nothing can be said about them. */
function validityOf(certificate) {
    const notBefore = Date.parse(certificate.notBefore);
    const notAfter = Date.parse(certificate.notAfter);
    if (Number.isNaN(notBefore) || Number.isNaN(notAfter))
        return null;
    return { notBefore, notAfter };
}
function validityEvidence(certificate) {
    return `valid from ${certificate.notBefore} to ${certificate.notAfter}`;
}
function isExpired(validity, now) {
    return now.getTime() < validity.notBefore || now.getTime() > validity.notAfter;
}
function weaknesses(certificate) {
    const found = [];
    const key = (0,_common_strength_js__WEBPACK_IMPORTED_MODULE_0__/* .weakKey */ ._)(certificate.keyType, certificate.keyBits);
    if (key !== null)
        found.push(key);
    if ((0,_common_strength_js__WEBPACK_IMPORTED_MODULE_0__/* .isWeakSignature */ .v)(certificate.signature))
        found.push(`signature ${certificate.signature}`);
    return found;
}


/***/ }),

/***/ 81701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CLASS_RULES),
/* harmony export */   z: () => (/* binding */ judgedCipherClasses)
/* harmony export */ });
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73380);
/* harmony import */ var _ciphers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97083);
/* harmony import */ var _catalog_tls_cipher_weak_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25785);
/* harmony import */ var _catalog_tls_cipher_anonymous_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39620);
/* harmony import */ var _catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83474);
/* harmony import */ var _catalog_tls_dh_weak_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49072);






/** The rule that judges each class (non-aead: tls-cipher-weak, under the profiles intermediate and modern). */
const CLASS_RULES = {
    weak: 'tls-cipher-weak',
    anonymous: 'tls-cipher-anonymous',
    'no-forward-secrecy': 'tls-forward-secrecy-missing',
    'non-aead': 'tls-cipher-weak',
    dhe: 'tls-dh-weak',
};
const DEFAULT_SEVERITY = {
    [_catalog_tls_cipher_weak_js__WEBPACK_IMPORTED_MODULE_1__.meta.id]: _catalog_tls_cipher_weak_js__WEBPACK_IMPORTED_MODULE_1__.meta.defaultSeverity,
    [_catalog_tls_cipher_anonymous_js__WEBPACK_IMPORTED_MODULE_2__.meta.id]: _catalog_tls_cipher_anonymous_js__WEBPACK_IMPORTED_MODULE_2__.meta.defaultSeverity,
    [_catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_3__.meta.id]: _catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_3__.meta.defaultSeverity,
    [_catalog_tls_dh_weak_js__WEBPACK_IMPORTED_MODULE_4__.meta.id]: _catalog_tls_dh_weak_js__WEBPACK_IMPORTED_MODULE_4__.meta.defaultSeverity,
};
/**
 * The severity a cipher rule's finding on `endpoint` would get, by judge()'s own order, with the
 * default tls-forward-secrecy-missing's check gives its drafts under a profile.
 */
function severityOn(endpoint, policyRules, rule) {
    const draftSeverity = rule === _catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_3__.meta.id ? (0,_catalog_tls_forward_secrecy_missing_js__WEBPACK_IMPORTED_MODULE_3__.severityByProfile)(endpoint.settings.tls.profile) : undefined;
    return (0,_draft_js__WEBPACK_IMPORTED_MODULE_5__/* .endpointSeverity */ .l)(endpoint, policyRules, rule, draftSeverity, DEFAULT_SEVERITY[rule] ?? 'off');
}
/**
 * The classes whose answer some rule will judge on `endpoint` under `policyRules` (the policy's
 * top-level `rules:`). Never leaves out a class a rule judges: a class is left out only where
 * every rule that reads it is off for the endpoint.
 * - anonymous is also asked where only tls-dh-weak is on: an anonymous DH suite's group is one
 *   that rule judges;
 * - non-aead only under the profiles that make it a tls-cipher-weak finding;
 * - nothing for a forbidden service: the cipher rules judge required services only.
 */
function judgedCipherClasses(endpoint, policyRules) {
    const judged = new Set();
    if (endpoint.expectation !== 'require')
        return judged;
    const on = (rule) => severityOn(endpoint, policyRules, rule) !== 'off';
    if (on('tls-cipher-weak'))
        judged.add('weak');
    if (on('tls-cipher-anonymous') || on('tls-dh-weak'))
        judged.add('anonymous');
    if (on('tls-forward-secrecy-missing'))
        judged.add('no-forward-secrecy');
    if (on('tls-cipher-weak') && (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .judgesNonAead */ .vo)(endpoint.settings.tls.profile))
        judged.add('non-aead');
    if (on('tls-dh-weak'))
        judged.add('dhe');
    return judged;
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
/* harmony export */   hr: () => (/* binding */ cipherVersions),
/* harmony export */   vo: () => (/* binding */ judgesNonAead)
/* harmony export */ });
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54974);

/** The version of Mozilla's Server Side TLS guidelines the profiles follow. */
const MOZILLA_GUIDELINES = 'Mozilla Server Side TLS 5.7';
/** The profile the endpoint's effective settings name, if any. */
function profileOf(endpoint) {
    return endpoint.settings.tls.profile;
}
/** The intermediate and modern profiles allow forward-secret AEAD suites only. */
function judgesNonAead(profile) {
    return profile === 'intermediate' || profile === 'modern';
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

/***/ 19834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gy: () => (/* binding */ answerWords),
  FI: () => (/* binding */ daneAsked),
  daneReport: () => (/* binding */ daneReport),
  $6: () => (/* binding */ daneTrust),
  t0: () => (/* binding */ dnssecStanding),
  HL: () => (/* binding */ endpointMatch),
  Um: () => (/* binding */ endpointsWords),
  kG: () => (/* binding */ mxSmtpEndpoints),
  xD: () => (/* binding */ recordName),
  iT: () => (/* binding */ recordsWords),
  X3: () => (/* binding */ tlsaStanding),
  N1: () => (/* binding */ withDaneTrust)
});

// UNUSED EXPORTS: daneOutcomes, daneTrustWords, recordWords, unansweredWords

// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
// EXTERNAL MODULE: ./src/facts/dane-vocabulary.ts
var dane_vocabulary = __webpack_require__(56174);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/rules/dane-match.ts
// Matching TLSA records against the chain an MX host presented (RFC 6698 §2.1, RFC 7671 §5,
// RFC 7672 §3.1). Pure: the records are facts of the domains stage, the chain a fact of the
// probe (each certificate by its digests, and whether the next one issued and signed it).

/** RFC 7218's names of the certificate usages. */
const USAGE_NAMES = { 0: 'PKIX-TA', 1: 'PKIX-EE', 2: 'DANE-TA', 3: 'DANE-EE' };
/** DANE-TA(2) and DANE-EE(3): the only usages an SMTP client uses (RFC 7672 §3.1). */
const DANE_TA = 2;
const DANE_EE = 3;
/** The hex length of each matching type's data: SHA2-256(1) and SHA2-512(2); Full(0) has any. */
const DIGEST_HEX_LENGTH = { 1: 64, 2: 128 };
/** "3 1 1", as records are written. */
function tlsaParameters(record) {
    return `${record.usage} ${record.selector} ${record.matchingType}`;
}
/**
 * A record an SMTP client can use: usage DANE-TA(2) or DANE-EE(3), selector Cert(0) or SPKI(1),
 * matching type Full(0), SHA2-256(1) or SHA2-512(2). Any other is unusable and ignored (RFC 7671
 * §4, RFC 7672 §3.1.3: PKIX-TA(0) and PKIX-EE(1) included): it neither matches nor fails.
 */
function isUsable(record) {
    return (record.usage === DANE_TA || record.usage === DANE_EE) && (record.selector === 0 || record.selector === 1) && [0, 1, 2].includes(record.matchingType);
}
/** Does one usable record's data name this certificate (its DER or its key), whatever its usage? */
function recordNames(record, certificate) {
    const data = record.data.toLowerCase();
    if (!/^(?:[0-9a-f]{2})+$/.test(data))
        return false;
    const expected = DIGEST_HEX_LENGTH[record.matchingType];
    if (expected !== undefined && data.length !== expected)
        return false;
    const [sha256, sha512] = record.selector === 0 ? [certificate.sha256, certificate.sha512] : [certificate.spkiSha256, certificate.spkiSha512];
    switch (record.matchingType) {
        // Full(0): the record holds the DER itself. The chain is kept by digest, so the record's
        // bytes are hashed with SHA-256 and compared with the SHA-256 of the certificate's DER (or
        // SubjectPublicKeyInfo DER): equal digests stand for equal bytes.
        case 0:
            return sha256 !== null && (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(data, 'hex')).digest('hex') === sha256;
        case 1:
            return data === sha256;
        case 2:
            return data === sha512;
        default:
            return false;
    }
}
/**
 * Matches the usable records against the chain, leaf first. DANE-EE(3) is matched against the
 * leaf only. DANE-TA(2) is matched against every certificate above the leaf (RFC 7671 §5.2: the
 * TA may be the leaf's issuer or any certificate higher up, which the server must send, RFC
 * 7672 §3.1.2), and holds only when the chain from the leaf up to it is issued and signed link by
 * link. A DANE-EE match wins over a DANE-TA one: it asks less of the server.
 */
function matchChain(records, presented) {
    const usable = records.filter(isUsable);
    const leaf = presented[0];
    if (leaf === undefined)
        return { kind: 'none', brokenTa: null };
    const ee = usable.find((record) => record.usage === DANE_EE && recordNames(record, leaf));
    if (ee !== undefined)
        return { kind: 'dane-ee', record: ee };
    let brokenTa = null;
    let unverified = null;
    for (let depth = 1; depth < presented.length; depth++) {
        const certificate = presented[depth];
        const ta = usable.find((record) => record.usage === DANE_TA && recordNames(record, certificate));
        if (ta === undefined)
            continue;
        if (!presented.slice(0, depth).every((below) => below.issuedByNext === true)) {
            brokenTa ??= { record: ta, depth };
            continue;
        }
        // Node adds a locally trusted root after the server's last certificate when that one is not
        // self-signed; such a root, last in the list, may never have been sent.
        if (depth === presented.length - 1 && certificate.trustedRoot === true) {
            unverified = { record: ta, depth };
            continue;
        }
        return { kind: 'dane-ta', record: ta, depth };
    }
    return unverified !== null ? { kind: 'ta-unverified', ...unverified } : { kind: 'none', brokenTa };
}

// EXTERNAL MODULE: ./src/rules/describe.ts
var describe = __webpack_require__(54974);
// EXTERNAL MODULE: ./src/rules/certificate.ts
var rules_certificate = __webpack_require__(3968);
// EXTERNAL MODULE: ./src/rules/catalog/check-inconclusive.ts
var check_inconclusive = __webpack_require__(49264);
;// CONCATENATED MODULE: ./src/rules/dane.ts
// What the DANE rules share (dane-missing, dane-mismatch, dnssec-insecure, dane-unusable; their
// checks are in src/rules/catalog/), and trust under DANE: what a `domains:` entry's `dane:` asks,
// what the validating resolver said of the MX and TLSA answers (RFC 7672 §2.2), and how the
// TLSA records of each MX host fare against the chains its port-25 endpoints presented (RFC 7672
// §3.1). Pure: facts in, standing out.






/** RCODEs that are answers: the name's data, or that it does not exist. Anything else answers nothing. */
const ANSWERING_RCODES = new Set(['NOERROR', 'NXDOMAIN']);
function dnssecStanding(answer) {
    if (answer.rcode === null || !ANSWERING_RCODES.has(answer.rcode))
        return 'unanswered';
    // The one error that comes with an answer: its AD bit is not believed, so it shows no DNSSEC.
    if (answer.error === dane_vocabulary/* DNSSEC_ERRORS */.to.untrustedResolver)
        return 'insecure';
    if (answer.error !== null)
        return 'unanswered';
    return answer.authenticated === true ? 'secure' : 'insecure';
}
/** "the resolver answered SERVFAIL", "no answer in time", …: why a question went unanswered. */
function unansweredWords(answer) {
    if (answer.error !== null)
        return (0,dane_vocabulary/* describeDnssecError */.QW)(answer.error);
    return answer.rcode !== null ? `the resolver answered ${answer.rcode}` : 'no answer';
}
/** "NOERROR, authenticated (AD)" / "NXDOMAIN, not authenticated" / why the AD bit is not believed. */
function answerWords(answer) {
    if (dnssecStanding(answer) === 'unanswered')
        return unansweredWords(answer);
    if (answer.error !== null)
        return `${answer.rcode}, ${(0,dane_vocabulary/* describeDnssecError */.QW)(answer.error)}`;
    return `${answer.rcode}, ${answer.authenticated === true ? 'authenticated (AD)' : 'not authenticated'}`;
}
/** The DANE facts of a domain whose policy asks about DANE; null when it does not, or nothing was looked up. */
function daneAsked(policy, facts) {
    if (policy.dane === 'off' || facts.dane == null)
        return null;
    return facts.dane;
}
function tlsaStanding(host) {
    const dnssec = dnssecStanding(host.tlsa);
    if (dnssec !== 'secure')
        return { kind: dnssec };
    if (host.records.length === 0)
        return { kind: 'none' };
    const usable = host.records.filter(isUsable);
    return usable.length === 0 ? { kind: 'unusable', records: host.records } : { kind: 'usable', records: usable };
}
/**
 * The SMTP endpoints the plan probed for one MX host (each of its addresses): port 25, where
 * senders meet the key its `_25._tcp` records name, unless the policy's `mx:` item moved the
 * service to another port (a lab or a test bed standing in for port 25).
 */
function mxSmtpEndpoints(host, observed) {
    return observed.filter((o) => o.endpoint.expectation === 'require' && o.endpoint.service === 'smtp' && (0,host_names/* canonicalName */.Ew)(o.endpoint.host) === host);
}
/** How one port-25 endpoint's presented chain fares; null when it presented none to match (no TLS session). */
function endpointMatch(records, o) {
    const certificate = (0,rules_certificate/* certificateOf */.tq)(o.facts);
    if (certificate === null || certificate.presented.length === 0)
        return null;
    return matchChain(records, certificate.presented);
}
/** A record as evidence: its parameters and the head of its data (remote bytes, hex only). */
function recordWords(record) {
    const data = /^[0-9a-fA-F]*$/.test(record.data) ? record.data.toLowerCase() : '(not hex)';
    return `${tlsaParameters(record)} ${data.length > 16 ? `${data.slice(0, 16)}…` : data}`;
}
function recordsWords(records, max = 6) {
    const shown = records.slice(0, max).map(recordWords);
    return records.length > max ? `${(0,describe/* listOf */.c3)(shown)} and ${records.length - max} more` : (0,describe/* listOf */.c3)(shown);
}
/** "DANE-EE 3 1 1", "DANE-TA 2 1 1". */
function recordName(record) {
    return `${USAGE_NAMES[record.usage] ?? `usage ${record.usage}`} ${tlsaParameters(record)}`;
}
/** Each DANE-asked domain's MX hosts' port-25 endpoints, with how DANE stands there. */
function daneOutcomes(policies, domains, observed) {
    const out = [];
    for (const policy of policies) {
        const facts = domains.find((d) => d.domain === (0,host_names/* canonicalName */.Ew)(policy.domain));
        const dane = facts && daneAsked(policy, facts);
        if (!dane)
            continue;
        const mx = dnssecStanding(dane.mx);
        for (const host of dane.hosts) {
            const tlsa = tlsaStanding(host);
            const applies = mx === 'secure' && tlsa.kind !== 'unanswered' && tlsa.kind !== 'insecure';
            for (const o of mxSmtpEndpoints(host.host, observed)) {
                const base = { domain: facts.domain, host: host.host, address: o.endpoint.address, port: o.endpoint.port, applies, record: null, certificate: null };
                if (mx === 'unanswered') {
                    out.push({ o, outcome: { ...base, outcome: 'unanswered' }, unanswered: { name: `the MX records of ${facts.domain}`, answer: dane.mx } });
                    continue;
                }
                if (tlsa.kind === 'unanswered') {
                    out.push({ o, outcome: { ...base, outcome: 'unanswered' }, unanswered: { name: host.tlsaName, answer: host.tlsa } });
                    continue;
                }
                if (tlsa.kind !== 'usable') {
                    const outcome = tlsa.kind === 'none' ? 'no-records' : tlsa.kind;
                    out.push({ o, outcome: { ...base, outcome }, unanswered: null });
                    continue;
                }
                const match = endpointMatch(tlsa.records, o);
                const presented = (0,rules_certificate/* certificateOf */.tq)(o.facts)?.presented ?? [];
                const named = (depth) => ({ depth, subject: presented[depth]?.subject ?? '' });
                const outcome = match === null
                    ? { ...base, outcome: 'no-chain' }
                    : match.kind === 'none'
                        ? { ...base, outcome: 'no-match' }
                        : { ...base, outcome: match.kind, record: match.record, certificate: named(match.kind === 'dane-ee' ? 0 : match.depth) };
                out.push({ o, outcome, unanswered: null });
            }
        }
    }
    return out;
}
/**
 * The DANE view of a run: for each port-25 endpoint of an MX host whose domain asks about DANE,
 * how DANE decides its certificate judgement. Endpoints absent from the map are judged as if
 * DANE did not exist. Two domains may share an MX host: the first verdict found stands (the
 * records are the host's own).
 */
function daneTrust(policies, domains, observed) {
    const view = new Map();
    for (const { o, outcome, unanswered } of daneOutcomes(policies, domains, observed)) {
        if (view.has(o))
            continue;
        if (unanswered !== null)
            view.set(o, { kind: 'unanswered', ...unanswered });
        else if (outcome.applies && outcome.outcome === 'dane-ee')
            view.set(o, { kind: 'dane-ee', record: outcome.record });
        else if (outcome.applies && outcome.outcome === 'dane-ta')
            view.set(o, { kind: 'dane-ta', record: outcome.record, depth: outcome.certificate.depth });
        else if (outcome.applies && outcome.outcome === 'ta-unverified')
            view.set(o, { kind: 'ta-unverified', record: outcome.record, subject: outcome.certificate.subject });
    }
    return view;
}
/** The report's DANE section: how DANE stands at each MX host's port-25 endpoint. */
function daneReport(policies, domains, observed) {
    return daneOutcomes(policies, domains, observed).map((entry) => entry.outcome);
}
/** What trust under DANE means for one endpoint, for the evidence of the certificate judgements. */
function daneTrustWords(trust, endpoint) {
    if (trust.kind === 'dane-ee') {
        return `${recordName(trust.record)} matched: WebPKI trust, name and expiry are not checked for this host, RFC 7672 §3.1.1`;
    }
    const at = trust.depth === 1 ? "the leaf's issuer" : `the certificate ${trust.depth} above the leaf`;
    return `${recordName(trust.record)} matched ${at}: the chain is trusted up to that trust anchor, the name is checked against ${endpoint.host}, RFC 7672 §3.1.2`;
}
/** "smtp on mx1.example.com:25 (192.0.2.1)", for lists of endpoints. */
function endpointsWords(endpoints) {
    return (0,describe/* listOf */.c3)(endpoints.map((o) => (0,describe/* describeEndpoint */.N2)(o.endpoint)));
}
/** The certificate judgements DANE-EE(3) sets aside (RFC 7672 §3.1.1), and the one DANE-TA(2) does (§3.1.2). */
const SET_ASIDE_BY_EE = new Set(['certificate-untrusted', 'certificate-name-mismatch', 'certificate-expired', 'certificate-expiring']);
const SET_ASIDE_BY_TA = new Set(['certificate-untrusted']);
/**
 * How DANE recasts one port-25 endpoint's drafts, a judgement over facts (the facts stay as the
 * probe recorded them). A matching DANE-EE record takes the certificate's WebPKI trust, name and
 * dates out of the judgement; a matching DANE-TA record takes the chain's trust (judged up to
 * that trust anchor, link by link) and leaves name and dates. The certificate judgements left
 * standing say in their evidence which record matched and what it set aside. When the DNSSEC
 * questions went unanswered, the endpoint's DANE check is inconclusive.
 */
function withDaneTrust(drafts, endpoint, trust) {
    if (trust === undefined)
        return drafts;
    if (trust.kind === 'unanswered' || trust.kind === 'ta-unverified') {
        const draft = trust.kind === 'unanswered'
            ? (0,check_inconclusive.daneUnanswered)(endpoint, trust.name, `${trust.name}: ${unansweredWords(trust.answer)}`)
            : (0,check_inconclusive.daneTaUnverified)(endpoint, recordName(trust.record), trust.subject);
        const open = drafts.find((d) => d.rule === 'check-inconclusive');
        if (open === undefined)
            return [...drafts, draft];
        return drafts.map((d) => (d === open ? { ...d, message: `${d.message} ${draft.message}`, evidence: [d.evidence, draft.evidence].filter((e) => e !== null).join('; ') } : d));
    }
    const setAside = trust.kind === 'dane-ee' ? SET_ASIDE_BY_EE : SET_ASIDE_BY_TA;
    const words = daneTrustWords(trust, endpoint);
    return drafts
        .filter((d) => !setAside.has(d.rule))
        .map((d) => (d.rule.startsWith('certificate-') ? { ...d, evidence: d.evidence === null ? words : `${d.evidence}; ${words}` } : d));
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

/***/ 58751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ redirectProblem)
/* harmony export */ });
/* harmony import */ var _common_host_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14458);
// Port 80 must send browsers to https:// on the same host: what http-not-redirected
// (src/rules/catalog/http-not-redirected.ts) counts as such a redirect.

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Why a redirect does not lead to https on the policy host, or null when it does. */
function redirectProblem(host, status, location) {
    if (status === null)
        return 'no HTTP response';
    if (!REDIRECT_STATUSES.has(status))
        return `status ${status} is not a redirect`;
    if (location === null || location.trim() === '')
        return `status ${status} without a Location header`;
    let target;
    try {
        // No base URL: a relative Location cannot parse, and relative means "same scheme", i.e. http.
        target = new URL(location.trim());
    }
    catch {
        return `Location is not an absolute URL`;
    }
    if (target.protocol !== 'https:')
        return `Location uses ${target.protocol.replace(/:$/, '')}, not https`;
    if ((0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_0__/* .urlHostName */ .D2)(target.hostname) !== (0,_common_host_names_js__WEBPACK_IMPORTED_MODULE_0__/* .urlHostName */ .D2)(host))
        return `Location points at another host (${target.hostname})`;
    // URL drops the scheme's default port, so any port left here is not 443.
    if (target.port !== '')
        return `Location uses port ${target.port}, not 443`;
    return null;
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
/* harmony export */   oF: () => (/* binding */ ruleName),
/* harmony export */   tN: () => (/* binding */ rfcUrl)
/* harmony export */ });
/* unused harmony exports PACKAGE_HOME, projectHome, ruleDocsFolderUrl */
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8322);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
// Where the rule pages, the policy schema and the issue tracker live. Every link (SARIF helpUri,
// annotations, the job summary, the text report, the CLI's hints) is built from one "home": a
// repository and a ref that are known to exist for the code that is running.
//   - The action: the repository and ref the runner fetched it from (GITHUB_ACTION_REPOSITORY,
//     GITHUB_ACTION_REF), or, for `uses: ./` at the root of a checkout, that repository at the
//     commit being built.
//   - The command line (and an action whose origin the runner does not say): the repository
//     package.json names, at the tag of this version (the release workflow makes the tag before
//     it publishes).
// A link is never built from a guess at an owner's name.


/** What the published package says: its repository, at this version's tag. */
const PACKAGE_HOME = {
    repositoryUrl: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .PACKAGE_REPOSITORY_URL */ .m,
    ref: `v${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w}`,
    schemaRef: `v${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w.split('.')[0]}`,
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
/** How annotations and the job summary name a rule: its title from the metadata, then its id. */
function ruleName(id) {
    return `${_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[id].title} (${id})`;
}


/***/ }),

/***/ 81588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ hungUpAtFirstContact),
/* harmony export */   d: () => (/* binding */ failureRule)
/* harmony export */ });
/* harmony import */ var _policy_services_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10409);

const TLS_STEPS = new Set(['starttls', 'handshake']);
/**
 * The rule a required endpoint's failure falls under, or null when the probe got through.
 * A failed TLS handshake recorded only in `facts.tls.error` counts too. Busy is the probe's mark
 * (`error.busy`): set only on a signal from the server (its protocol module's greetingSaysBusy) or on a
 * connection turned away after earlier ones were served, never on a close or reset alone.
 */
function failureRule(endpoint, facts) {
    if (!facts.reachable)
        return 'required-service-unreachable';
    const error = facts.error;
    if (error !== null)
        return ruleForError(endpoint, error);
    if (facts.tls !== null && facts.tls.error !== null)
        return tlsFailureRule(endpoint);
    return null;
}
function ruleForError(endpoint, error) {
    if (error.busy === true)
        return 'service-busy';
    const atTls = TLS_STEPS.has(error.step);
    switch (error.kind) {
        case 'unresolved':
        case 'refused':
        case 'unreachable':
            return 'required-service-unreachable';
        case 'reset':
        case 'closed':
            if (hungUpAtFirstContact(endpoint, error))
                return 'required-service-unreachable';
            return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
        case 'timeout':
            if (error.step === 'connect' || error.step === 'resolve')
                return 'required-service-unreachable';
            return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
        case 'starttls-refused':
            return _policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg[endpoint.service].transport === 'starttls' ? 'starttls-failed' : 'service-misbehaving';
        case 'tls-handshake':
            return tlsFailureRule(endpoint);
        case 'misbehaving':
            return 'service-misbehaving';
        case 'other':
            return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
    }
}
/**
 * The server hung up before the service said anything: as the connection was made, before the
 * greeting, before any TLS record in answer to an implicit-TLS ClientHello (the probe records
 * a close or reset at the handshake step only then), or before a whole answer to our HTTP request
 * (HTTP's first word is the client's). A reset and a close are one thing here:
 * which of the two the client sees depends on packet timing (a close that crosses our first
 * bytes comes back as a reset), and so does the step it lands on (before the connect completes,
 * or during the handshake). Not busy unless the probe marked it so (see failureRule).
 */
function hungUpAtFirstContact(endpoint, error) {
    if (error.kind !== 'reset' && error.kind !== 'closed')
        return false;
    if (error.step === 'connect' || error.step === 'greeting' || error.step === 'http')
        return true;
    return error.step === 'handshake' && _policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg[endpoint.service].transport === 'implicit-tls';
}
function tlsFailureRule(endpoint) {
    switch (_policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg[endpoint.service].transport) {
        case 'starttls':
            return 'starttls-failed';
        case 'implicit-tls':
            return 'tls-handshake-failed';
        case 'http':
            return 'service-misbehaving';
    }
}


/***/ }),

/***/ 1928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ unreachableReason),
/* harmony export */   Vq: () => (/* binding */ busyEvidence),
/* harmony export */   XA: () => (/* binding */ misbehaviourReason),
/* harmony export */   _g: () => (/* binding */ openChecks),
/* harmony export */   hH: () => (/* binding */ lookupUnanswered),
/* harmony export */   tg: () => (/* binding */ checksOf)
/* harmony export */ });
/* unused harmony export OpenChecks */
/* harmony import */ var _policy_services_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10409);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54974);
/* harmony import */ var _probe_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81588);
/* harmony import */ var _tls_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46963);
/* harmony import */ var _ciphers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97083);
/* harmony import */ var _facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25123);
/* harmony import */ var _cipher_classes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81701);







/** What a required endpoint's probe would have shown, had the server talked. */
function checksOf(endpoint) {
    switch (_policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg[endpoint.service].transport) {
        case 'starttls':
            return 'STARTTLS, authentication before TLS, command injection, TLS versions, cipher suites and the certificate';
        case 'implicit-tls':
            return 'the TLS handshake, TLS versions, cipher suites and the certificate';
        case 'http':
            return 'the redirect to https';
    }
}
/**
 * The service talked, but a check that needs a connection of its own (the version sweep, the
 * injection test) was left open. When the server turned that connection away (busy, also on the
 * retry) service-busy says so; when the question got no answer before its deadline, or the
 * connection for it failed otherwise, check-inconclusive does: silence is not a refusal. Each
 * names the checks. Only checks a rule would judge count: a version the policy allows anyway
 * changes nothing, and neither does what the probe's own connection budget left untested.
 */
function openChecks(endpoint, facts, policyRules = {}) {
    const busy = new OpenChecks();
    const unanswered = new OpenChecks();
    if ((0,_probe_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .failureRule */ .d)(endpoint, facts) !== null)
        return { busy, unanswered };
    const minimum = (0,_tls_session_js__WEBPACK_IMPORTED_MODULE_2__/* .minimumOf */ .o)(endpoint.settings.tls).version;
    const overBudget = new Set(facts.tls?.versionsOverBudget ?? []);
    const turnedAway = new Set(facts.tls?.versionsTurnedAway ?? []);
    const versions = (facts.tls?.versionsUntested ?? []).filter((v) => (0,_tls_session_js__WEBPACK_IMPORTED_MODULE_2__/* .belowMinimum */ .GR)(v, minimum) && !overBudget.has(v));
    const untestedInjection = _policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg[endpoint.service].transport === 'starttls' ? facts.plaintext?.commandInjectionUntested : undefined;
    const injection = untestedInjection?.startsWith(_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .CONNECTION_BUDGET_REACHED */ .Y8) ? undefined : untestedInjection;
    const busyVersions = versions.filter((v) => turnedAway.has(v));
    const otherVersions = versions.filter((v) => !turnedAway.has(v));
    if (busyVersions.length > 0)
        busy.add(versionQuestion(busyVersions), `versions untested: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .listOf */ .c3)(busyVersions)}`);
    if (otherVersions.length > 0) {
        const reason = facts.tls?.versionsUntestedReason;
        unanswered.add(versionQuestion(otherVersions), `versions untested: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .listOf */ .c3)(otherVersions)}${reason ? ` (${reason})` : ''}`);
    }
    for (const { version, classes, reason } of untestedCipherClasses(endpoint, facts, policyRules)) {
        const target = reason.startsWith(_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .TURNED_AWAY */ .il) ? busy : unanswered;
        target.add(`whether ${(0,_ciphers_js__WEBPACK_IMPORTED_MODULE_3__/* .versionWords */ .WS)(version)} accepts ${classes.map((c) => CLASS_WORDS[c]).join(', ')} suites (${[...new Set(classes.map((c) => _cipher_classes_js__WEBPACK_IMPORTED_MODULE_4__/* .CLASS_RULES */ .j[c]))].join(', ')})`, `cipher classes untested at ${(0,_ciphers_js__WEBPACK_IMPORTED_MODULE_3__/* .versionWords */ .WS)(version)}: ${classes.join(', ')} (${reason})`);
    }
    if (injection !== undefined) {
        const target = injection.startsWith(_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .TURNED_AWAY */ .il) ? busy : unanswered;
        target.add('whether commands pipelined with STARTTLS run inside TLS (starttls-command-injection)', `injection test: ${injection}`);
    }
    return { busy, unanswered };
}
const CLASS_WORDS = {
    weak: 'weak',
    anonymous: 'anonymous',
    'no-forward-secrecy': 'RSA key transport',
    'non-aead': 'non-AEAD',
    dhe: 'DHE (and its group size)',
};
/**
 * The cipher classes a question left untested that a rule would judge on this endpoint (the same
 * set the run asks about, cipher-classes.ts: forward secrecy only where a profile or the policy
 * turns its rule on); nothing the probe's own budget left unasked.
 */
function untestedCipherClasses(endpoint, facts, policyRules) {
    const judgedSet = (0,_cipher_classes_js__WEBPACK_IMPORTED_MODULE_4__/* .judgedCipherClasses */ .z)(endpoint, policyRules);
    const judged = (c) => judgedSet.has(c);
    return (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_3__/* .cipherVersions */ .hr)(facts).flatMap(([version, answers]) => {
        const reason = answers.untestedReason ?? '';
        const classes = answers.untested.filter(judged);
        if (classes.length === 0 || reason.startsWith(_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .CONNECTION_BUDGET_REACHED */ .Y8))
            return [];
        return [{ version, classes, reason }];
    });
}
/** Checks left open for one reason, each with what shows it. */
class OpenChecks {
    checks = [];
    evidence = [];
    add(check, evidence) {
        this.checks.push(check);
        this.evidence.push(evidence);
    }
    /**
     * The one inconclusive draft of `rule` that names these checks, or none when none is open.
     * `what` says what the endpoint did that left them open.
     */
    draft(rule, endpoint, what) {
        if (this.checks.length === 0)
            return [];
        return [
            {
                rule,
                message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .describeEndpoint */ .N2)(endpoint)} ${what}, so these could not be concluded: ${this.checks.join('; ')}.`,
                evidence: this.evidence.join('; '),
                inconclusive: true,
            },
        ];
    }
}
function versionQuestion(versions) {
    return `whether ${versions.map(_ciphers_js__WEBPACK_IMPORTED_MODULE_3__/* .versionWords */ .WS).join(' and ')} ${versions.length === 1 ? 'is' : 'are'} accepted (tls-version-legacy)`;
}
/**
 * Look-up failures that are no answer about the name at all (a time-out, a name server that
 * failed or refused), unlike NXDOMAIN or a name without A/AAAA records: silence, never "no address".
 */
const UNANSWERED_LOOKUP_CODES = new Set(['EAI_AGAIN', 'EAI_FAIL', 'ETIMEOUT', 'ESERVFAIL', 'EREFUSED', 'ECONNREFUSED']);
/**
 * The host name's look-up got no answer at all: silence, so nothing was tested (check-inconclusive),
 * never "unreachable". NXDOMAIN or a name without A/AAAA records is an answer, and stays one.
 */
function lookupUnanswered(endpoint, error) {
    const code = endpoint.resolveError ?? (error?.kind === 'unresolved' ? error.message : undefined);
    return code !== undefined && UNANSWERED_LOOKUP_CODES.has(code);
}
function unreachableReason(endpoint, error) {
    if (endpoint.address === null || error?.kind === 'unresolved')
        return 'the host name has no address';
    switch (error?.kind) {
        case 'refused':
            return 'the connection was refused';
        case 'reset':
            return 'the connection was reset';
        case 'timeout':
            return 'the connection timed out';
        case 'unreachable':
            return 'the address is unreachable';
        default:
            return 'no connection could be made';
    }
}
function misbehaviourReason(error) {
    if (error === null)
        return 'did not speak its protocol';
    if (error.kind === 'timeout' && error.step === 'greeting')
        return 'sent no greeting in time';
    if (error.kind === 'timeout')
        return `stopped answering (timed out at the ${error.step} step)`;
    if (error.kind === 'closed')
        return `closed the connection at the ${error.step} step`;
    if (error.kind === 'misbehaving')
        return `did not speak its protocol at the ${error.step} step`;
    return `failed at the ${error.step} step`;
}
function busyEvidence(facts) {
    const greeting = facts.plaintext?.greeting;
    if (greeting)
        return `greeting: ${greeting}`;
    return facts.error ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .errorEvidence */ .OK)(facts.error) : null;
}


/***/ }),

/***/ 8322:
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
var time = __webpack_require__(40292);
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
;// CONCATENATED MODULE: ./src/rules/catalog/mx-lookup-failed.ts


const mx_lookup_failed_meta = (0,rule/* defineRule */.K)({
    id: 'mx-lookup-failed',
    defaultSeverity: 'error',
    scope: 'domain',
    fixedBy: 'no-server',
    inconclusive: false,
    title: 'MX look-up failed',
    summary: "A domain's MX records cannot be resolved.",
    what: "A policy domain's MX records could not be resolved (no such domain, server failure or time-out).",
    why: 'Senders cannot find the mail servers, so mail is delayed or bounced (RFC 5321 §5.1), and none of the MX hosts can be checked for STARTTLS (RFC 3207) or DANE (RFC 7672).',
    fix: "Check the domain's delegation and the MX records on its authoritative servers (dig MX example.com @ns1.example.net), and its DNSSEC signatures if the zone is signed.",
    references: ['RFC 5321 §5.1', 'RFC 7672'],
    securitySeverity: '5.3',
    servers: {},
});
function checkMx(policy, facts) {
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

// EXTERNAL MODULE: ./src/facts/vocabulary.ts
var vocabulary = __webpack_require__(25123);
// EXTERNAL MODULE: ./src/common/ip-literals.ts
var ip_literals = __webpack_require__(49797);
// EXTERNAL MODULE: ./src/rules/catalog/check-inconclusive.ts
var check_inconclusive = __webpack_require__(49264);
;// CONCATENATED MODULE: ./src/rules/domains.ts




const MODE_RANK = { none: 0, testing: 1, enforce: 2 };
function list(items, max = 5) {
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
function mtaStsStanding(policy, facts) {
    if (policy.mtaSts === 'off' || facts.mtaSts === null)
        return null;
    const sts = facts.mtaSts;
    const { record, fetch } = sts;
    const domain = facts.domain;
    if (record.id === null && record.problem === null) {
        const file = fetch.status === 200 ? ` (a policy file is served at ${fetch.url}, but senders never look for it without the record)` : '';
        // A look-up that failed (a time-out, SERVFAIL) saw no record, but did not see that there is
        // none: the check was not made (check-inconclusive), never "missing".
        if (txtLookupUnanswered(record.records, record.lookupError)) {
            return {
                kind: 'unanswered',
                draft: (0,check_inconclusive.txtUnanswered)('mta-sts', `${domain} publishes MTA-STS`, `_mta-sts.${domain}`, record.lookupError),
            };
        }
        return {
            kind: 'missing',
            draft: {
                rule: 'mta-sts-missing',
                at: 'mta-sts',
                message: `${domain} publishes no MTA-STS record: no TXT record at _mta-sts.${domain} begins with v=STSv1${file}.`,
                evidence: record.records.length > 0 ? `TXT: ${record.records.join(' | ')}` : `TXT: ${record.lookupError ?? 'none'}`,
            },
        };
    }
    if (fetch.errorKind === 'unresolved' || fetch.status === 404) {
        return {
            kind: 'missing',
            draft: {
                rule: 'mta-sts-missing',
                at: 'mta-sts',
                message: `${domain} has an MTA-STS record but no policy file at ${fetch.url}.`,
                evidence: fetch.status === 404 ? `HTTP 404` : fetch.error,
            },
        };
    }
    const problems = [];
    if (record.problem !== null)
        problems.push(`the _mta-sts TXT record: ${record.problem}`);
    if (fetch.errorKind === 'skipped') {
        if (problems.length === 0)
            return null;
    }
    else if (fetch.error !== null)
        problems.push(`the policy file could not be fetched: ${fetch.error}`);
    else if (fetch.redirect !== null || (fetch.status !== null && fetch.status >= 300 && fetch.status < 400)) {
        problems.push(`the policy server answered HTTP ${fetch.status} redirecting to ${fetch.redirect ?? '(no Location)'}; senders must not follow redirects (RFC 8461 §3.3)`);
    }
    else if (fetch.status !== 200)
        problems.push(`the policy server answered HTTP ${fetch.status}, not 200`);
    else if (fetch.tooLarge)
        problems.push(`the policy file is larger than ${vocabulary/* MAX_MTA_STS_POLICY_BYTES */.kB / 1024} KiB`);
    else {
        const mediaType = (fetch.contentType ?? '').split(';')[0].trim().toLowerCase();
        if (mediaType !== 'text/plain')
            problems.push(`the policy file is served as ${fetch.contentType ?? 'no Content-Type'}, not text/plain`);
        for (const p of sts.policy?.problems ?? [])
            problems.push(`the policy file: ${p}`);
    }
    if (problems.length > 0)
        return { kind: 'invalid', problems };
    return { kind: 'valid', sts, policyFile: sts.policy };
}
/** A TXT look-up that returned nothing and failed other than "no such records": silence, not "none". */
function txtLookupUnanswered(records, lookupError) {
    return records.length === 0 && lookupError !== null && !(0,dns/* meansNoRecords */.Yx)(lookupError);
}
/** Evidence lists every item up to this many; the report's domains section has them all. */
const EVIDENCE_ITEMS = 20;
function skippedWords(s) {
    const whose = s.role === 'mx' ? `MX host ${s.host}` : `MTA-STS policy host ${s.host}`;
    switch (s.reason) {
        case 'not-a-host-name':
            return s.host === null
                ? `${s.role === 'mx' ? 'MX names' : 'names'} that are not host names: ${list(s.left.map((n) => `'${n}'`))}`
                : `${whose}, whose CNAME target '${s.left[0]}' is not a host name`;
        case 'too-many-mx-hosts':
            return `${s.left.length} MX host(s) past the first ${vocabulary/* MAX_MX_HOSTS */.rK}: ${list(s.left)}`;
        case 'restricted-address':
            return `addresses of ${whose} that allow-loopback would have to allow: ${list(s.left.map((a) => `${a} (${(0,ip_literals/* restrictedRange */.jF)(a) ?? 'restricted'})`))}`;
        case 'too-many-addresses':
            return `${s.left.length} address(es) of ${whose} past the first ${vocabulary/* MAX_ADDRESSES_PER_NAME */.ox}: ${list(s.left)}`;
    }
}

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
    const standing = mtaStsStanding(policy, facts);
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
    const standing = mtaStsStanding(policy, facts);
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
    const standing = mtaStsStanding(policy, facts);
    if (standing?.kind !== 'valid')
        return [];
    const mode = standing.policyFile.mode ?? 'none';
    if ((MODE_RANK[mode] ?? 0) >= MODE_RANK[policy.mtaSts])
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
    const standing = mtaStsStanding(policy, facts);
    if (standing?.kind !== 'valid')
        return [];
    const { policyFile } = standing;
    const domain = facts.domain;
    if ((policyFile.mode ?? 'none') === 'none')
        return [];
    const hosts = facts.mx.nullMx || facts.mx.error !== null ? [] : facts.mx.implicit ? [domain] : facts.mx.records.map((r) => r.host);
    const uncovered = [...new Set(hosts)].filter((host) => !policyFile.mx.some((pattern) => (0,host_names/* mxPatternMatches */.zK)(pattern, host)));
    if (uncovered.length === 0)
        return [];
    return [
        {
            rule: 'mta-sts-mx-not-covered',
            at: 'mta-sts',
            message: `${uncovered.length === 1 ? 'The MX host' : `${uncovered.length} MX hosts`} of ${domain} ${list(uncovered)} ${uncovered.length === 1 ? 'matches' : 'match'} no mx pattern of its MTA-STS policy.`,
            evidence: `mx: ${policyFile.mx.join(', ') || '(none)'}`,
        },
    ];
}
const mta_sts_mx_not_covered_checkDomain = checkMtaStsCoversMx;

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
    if (txtLookupUnanswered(facts.tlsRpt.records, facts.tlsRpt.lookupError)) {
        return [(0,check_inconclusive.txtUnanswered)('tls-rpt', `${facts.domain} publishes TLS-RPT`, `_smtp._tls.${facts.domain}`, facts.tlsRpt.lookupError)];
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
    const words = facts.skipped.map(skippedWords);
    return [
        {
            rule: 'dns-targets-skipped',
            at: facts.skipped.some((s) => s.role === 'mx') ? 'domain' : 'mta-sts',
            message: `DNS for ${facts.domain} supplied targets that were not probed, so the checks on them are not concluded: ${words.join('; ')}.`,
            evidence: facts.skipped.map((s) => `${s.role} ${s.reason}${s.host === null ? '' : ` ${s.host}`}: ${list(s.left, EVIDENCE_ITEMS)}`).join('; '),
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
            message: `${missing.length === 1 ? 'The MX host' : `${missing.length} MX hosts`} of ${facts.domain} ${list(hosts)} ${missing.length === 1 ? 'has' : 'have'} no TLSA record, so DANE does not protect mail to ${missing.length === 1 ? 'it' : 'them'}.`,
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
            message: `The resolver did not authenticate ${list(insecure.map((i) => i.name))}, so DANE cannot apply to mail for ${facts.domain}${(0,rules_dane/* dnssecStanding */.t0)(dane.mx) === 'insecure' ? '' : ` at ${insecure.length === 1 ? 'that host' : 'those hosts'}`}.`,
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
            message: `${unusable.length === 1 ? 'The MX host' : `${unusable.length} MX hosts`} of ${facts.domain} ${list(unusable.map((u) => u.host.host))} ${unusable.length === 1 ? 'publishes' : 'publish'} only TLSA records SMTP clients must ignore, so DANE does not apply.`,
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

/***/ 46963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ belowMinimum),
/* harmony export */   bW: () => (/* binding */ versionsSeen),
/* harmony export */   o: () => (/* binding */ minimumOf)
/* harmony export */ });
/* harmony import */ var _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97572);
// What the TLS session rules share (tls-handshake-failed, tls-version-legacy, tls13-not-supported;
// their checks are in src/rules/catalog/): the order of TLS versions and the versions seen.
// Version rules judge every session that was reached, implicit or upgraded.

/** A version the policy's min-version does not allow. */
function belowMinimum(version, minimum) {
    return (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsVersionRank */ .ie)(version) < (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsVersionRank */ .ie)((0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsVersionOfPolicy */ .lW)(minimum));
}
/** Every version seen to work: the sweep's list plus the one negotiated with the best settings. */
function versionsSeen(facts) {
    const tls = facts.tls;
    if (tls === null)
        return [];
    const seen = new Set(tls.versionsAccepted);
    if (tls.version !== null)
        seen.add(tls.version);
    return [...seen].sort((a, b) => (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsVersionRank */ .ie)(a) - (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsVersionRank */ .ie)(b));
}
/**
 * The lowest version each Mozilla profile allows (Server Side TLS 5.7): modern TLS 1.3 only,
 * intermediate TLS 1.2; old sets no floor of its own.
 */
const PROFILE_MINIMUM = { modern: '1.3', intermediate: '1.2', old: null };
/**
 * The lowest version the settings allow: `min-version`, raised by the profile's floor where that
 * is higher (`byProfile` then names the profile, for the message).
 */
function minimumOf(tls) {
    const floor = tls.profile ? PROFILE_MINIMUM[tls.profile] : null;
    if (floor !== null && (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsVersionRank */ .ie)((0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsVersionOfPolicy */ .lW)(floor)) > (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsVersionRank */ .ie)((0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsVersionOfPolicy */ .lW)(tls.minVersion))) {
        return { version: floor, byProfile: tls.profile };
    }
    return { version: tls.minVersion, byProfile: null };
}


/***/ }),

/***/ 93182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* reexport safe */ _rule_js__WEBPACK_IMPORTED_MODULE_1__.B),
/* harmony export */   Iu: () => (/* reexport safe */ _registry_js__WEBPACK_IMPORTED_MODULE_0__.Iu),
/* harmony export */   ai: () => (/* binding */ standsInconclusive)
/* harmony export */ });
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8322);
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
/* harmony import */ var _common_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40292);
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


/***/ }),

/***/ 68888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z6: () => (/* binding */ check),
  h1: () => (/* binding */ merge),
  tf: () => (/* binding */ validate)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(48720);
// EXTERNAL MODULE: ./src/policy/load.ts + 17 modules
var load = __webpack_require__(52487);
// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(65016);
;// CONCATENATED MODULE: ./src/policy/only.ts
// `--only HOST`: one host (or domain) of a large policy, checked as if the policy named only it.


/**
 * The policy cut down to the host or domain `name`: its `hosts:` entry or its `domains:` entry
 * (with that domain's MX hosts, found later), and only the waivers that name it, so that other
 * entries' waivers are not reported as expired either. Names are compared as buildPolicy wrote
 * them (normalised), and a waiver always names an entry of the policy (semantic-checks.ts).
 */
function onlyHost(policy, name) {
    const wanted = (0,host_names/* normaliseHost */.f2)(name.trim());
    const hosts = policy.hosts.filter((h) => h.host === wanted);
    const domains = policy.domains.filter((d) => d.domain === wanted);
    if (hosts.length === 0 && domains.length === 0) {
        const names = [...policy.hosts.map((h) => h.host), ...policy.domains.map((d) => d.domain)];
        return { ok: false, message: `'${name}' is neither a host nor a domain of ${policy.file}${(0,suggest/* didYouMean */.au)((0,suggest/* closestMatch */.h0)(wanted, names))}` };
    }
    const waivers = policy.waivers.filter((w) => w.host === wanted);
    return { ok: true, policy: { ...policy, hosts, domains, waivers } };
}

// EXTERNAL MODULE: ./src/policy/settings.ts
var settings = __webpack_require__(83693);
// EXTERNAL MODULE: ./src/probe/engine.ts + 7 modules
var engine = __webpack_require__(91919);
// EXTERNAL MODULE: ./src/rules/cipher-classes.ts
var cipher_classes = __webpack_require__(81701);
// EXTERNAL MODULE: ./src/resolve/dns.ts
var dns = __webpack_require__(89227);
// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(41314);
var external_node_dgram_default = /*#__PURE__*/__webpack_require__.n(external_node_dgram_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/facts/dane-vocabulary.ts
var dane_vocabulary = __webpack_require__(56174);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(40610);
;// CONCATENATED MODULE: ./src/resolve/dnssec-query.ts
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
/** Names compare without case and without a final dot (RFC 4343). */
function sameName(a, b) {
    return (0,host_names/* canonicalName */.Ew)(a) === (0,host_names/* canonicalName */.Ew)(b);
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
    return err.code === 'ECONNREFUSED' ? dane_vocabulary/* DNSSEC_ERRORS */.to.refused : dane_vocabulary/* DNSSEC_ERRORS */.to.connection;
}
function overUdp(options, question) {
    const maxBytes = options.maxBytes ?? dane_vocabulary/* MAX_DNS_ANSWER_BYTES */.sh;
    return new Promise((resolve) => {
        const socket = external_node_dgram_default().createSocket(external_node_net_default().isIPv6(options.server.address) ? 'udp6' : 'udp4');
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
        const deadline = setTimeout(() => finish({ ok: false, error: oversized ? dane_vocabulary/* DNSSEC_ERRORS */.to.tooLarge : dane_vocabulary/* DNSSEC_ERRORS */.to.timeout }), options.timeoutMs);
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
    const maxBytes = options.maxBytes ?? dane_vocabulary/* MAX_DNS_ANSWER_BYTES */.sh;
    return new Promise((resolve) => {
        const socket = external_node_net_default().connect({ host: options.server.address, port: options.server.port });
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
        const deadline = setTimeout(() => finish({ ok: false, error: dane_vocabulary/* DNSSEC_ERRORS */.to.timeout }), options.timeoutMs);
        socket.on('error', (err) => finish({ ok: false, error: socketError(err) }));
        socket.on('close', () => finish({ ok: false, error: dane_vocabulary/* DNSSEC_ERRORS */.to.connection }));
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
                return finish({ ok: false, error: dane_vocabulary/* DNSSEC_ERRORS */.to.tooLarge });
            if (received.length < 2 + size)
                return;
            const packet = question.read(received.subarray(2, 2 + size));
            finish(packet === null ? { ok: false, error: dane_vocabulary/* DNSSEC_ERRORS */.to.malformed } : { ok: true, packet });
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
    const id = (0,external_node_crypto_.randomInt)(0, 0x10000);
    const question = { wire: encodeQuery(packets, id, name, type), read: (message) => readAnswer(packets, message, id, name, type) };
    let attempt = await overUdp(options, question);
    if (attempt.ok && attempt.packet.flag_tc) {
        attempt = await overTcp(options, question);
        if (attempt.ok && attempt.packet.flag_tc)
            attempt = { ok: false, error: dane_vocabulary/* DNSSEC_ERRORS */.to.truncated };
    }
    if (!attempt.ok)
        return { answer: { rcode: null, authenticated: null, error: attempt.error }, records: [] };
    const { packet } = attempt;
    // dns-packet decodes the RCODE's name, which its types leave out.
    const rcode = packet.rcode ?? null;
    return {
        answer: options.trusted
            ? { rcode, authenticated: packet.flag_ad, error: null }
            : { rcode, authenticated: false, error: dane_vocabulary/* DNSSEC_ERRORS */.to.untrustedResolver },
        records: packet.answers ?? [],
    };
}
/** CNAME hops followed inside one answer, as the resolver gave the chain. */
const MAX_ANSWER_CNAME_HOPS = 8;
/**
 * The records of `type` at the end of the answer's CNAME chain from `name` (RFC 6698 §2.2 and
 * RFC 7672 §2.2.2 allow a TLSA name to be an alias; the resolver answers with the chain).
 * Records under any other owner are not ours and are left out.
 */
function recordsAtChainEnd(records, name, type) {
    let current = name;
    for (let hop = 0; hop < MAX_ANSWER_CNAME_HOPS; hop++) {
        const alias = records.find((r) => r.type === 'CNAME' && sameName(r.name, current));
        if (alias === undefined)
            break;
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
        const first = (options.systemServers ?? external_node_dns_.getServers)()[0];
        const parsed = first === undefined ? null : (0,dns/* parseResolverAddress */.EM)(first);
        if (parsed !== null && !('error' in parsed))
            target = { server: parsed, trusted: false };
    }
    const none = { rcode: null, authenticated: null, error: dane_vocabulary/* DNSSEC_ERRORS */.to.noResolver };
    const ask = (name, type) => target === null
        ? Promise.resolve({ answer: none, records: [] })
        : queryWithDnssec(name, type, { server: target.server, trusted: target.trusted, timeoutMs: Math.max(1, options.timeoutMs) });
    return {
        mx: async (domain) => (await ask(domain, 'MX')).answer,
        tlsa: async (name) => {
            const { answer, records } = await ask(name, 'TLSA');
            const tlsa = recordsAtChainEnd(records, name, 'TLSA');
            return {
                tlsa: answer,
                records: tlsa.map((r) => ({ usage: r.data.usage, selector: r.data.selector, matchingType: r.data.matchingType, data: r.data.certificate.toString('hex') })),
            };
        },
    };
}

// EXTERNAL MODULE: ./src/probe/observe-domains.ts + 2 modules
var observe_domains = __webpack_require__(80183);
// EXTERNAL MODULE: ./src/plan/mx.ts
var mx = __webpack_require__(44502);
// EXTERNAL MODULE: ./src/probe/roots.ts
var roots = __webpack_require__(44399);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/neutralise.ts
var neutralise = __webpack_require__(35942);
// EXTERNAL MODULE: ./src/shard/shard.ts
var shard = __webpack_require__(52332);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/run.ts
// The one pipeline both entry points share: policy → plan → probe → rules → report.
// It reads and writes files but prints nothing: the CLI and the action decide how to show results.





















/** Validation only: no probing. Names are not resolved either (every address is shown as unresolved). */
async function validate(policyPath, policyName, only) {
    const loaded = await loadPolicy(policyPath, policyName, only);
    if (loaded.kind === 'invalid')
        return loaded;
    const plan = await (0,plan_plan/* buildPlan */.G)(loaded.policy, noResolution);
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
        problems: problems.map((p) => ({ ...p, message: (0,neutralise/* neutralise */.$)(p.message, PROBLEM_MESSAGE_MAX_CHARS) })),
        ...(refusal !== undefined ? { refusal: (0,neutralise/* neutralise */.$)(refusal, PROBLEM_MESSAGE_MAX_CHARS) } : {}),
    };
}
/** The policy as the run will use it: read, checked, and cut down to `only` when asked. */
async function loadPolicy(policyPath, policyName, only) {
    const loaded = await (0,load/* loadPolicyFile */.n$)(policyPath, policyName);
    if (!loaded.ok) {
        const refusal = loaded.unreadable && `cannot read ${policyName ?? policyPath}: ${loaded.unreadable}`;
        return invalid(loaded.problems, refusal || undefined);
    }
    if (only === undefined)
        return { kind: 'loaded', policy: loaded.policy, source: loaded.source };
    const cut = onlyHost(loaded.policy, only);
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
    const domainResolver = options.domainResolver ?? (0,dns/* createDomainResolver */.jw)({ server: options.resolver, timeoutMs: policy.defaults.timeoutMs });
    const domains = await (0,observe_domains/* observeDomains */.M)(policy.domains, {
        resolver: domainResolver,
        dane: options.daneResolver ?? createDaneResolver({ server: options.resolver, timeoutMs: policy.defaults.timeoutMs }),
        extraCa: extraCa.pems,
        trust: options.trust,
        timeoutMs: policy.defaults.timeoutMs,
        mtaStsPort: options.mtaStsPort,
        allowLoopback: options.allowLoopback,
        policyHosts: new Set(policy.hosts.map((h) => (0,host_names/* canonicalName */.Ew)(h.host))),
    });
    // MX hosts' addresses come from the same DNS as the MX records, as the domains stage admitted them.
    const whole = await (0,plan_plan/* buildPlan */.G)(policy, options.resolveAll, { hosts: (0,mx/* mxHostPolicies */.k)(policy, domains), resolveAll: (0,mx/* mxAddresses */.s)(domains) });
    const plan = options.shard ? { ...whole, endpoints: (0,shard/* inShard */.Iw)(whole.endpoints, options.shard) } : whole;
    options.onPlanned?.(plan);
    const facts = await (0,engine/* probeAll */.mQ)(plan.endpoints, {
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
        cipherClasses: (endpoint) => (0,cipher_classes/* judgedCipherClasses */.z)(endpoint, policy.rules),
    });
    // Judging and SARIF formatting are loaded once the probes are done, not at start-up.
    const { conclusionCounts, exitCodeOf, isInconclusive, judge, verdict } = await __webpack_require__.e(/* import() */ 360).then(__webpack_require__.bind(__webpack_require__, 54360));
    const { toSarif } = await __webpack_require__.e(/* import() */ 903).then(__webpack_require__.bind(__webpack_require__, 9903));
    const observations = plan.endpoints.map((endpoint, i) => ({ endpoint, facts: facts[i] }));
    const findings = judge(policy, observations, now(), domains);
    const { runnerLimits } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 88981));
    const { daneReport } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 19834));
    const result = verdict(findings, options.failOn, isInconclusive(findings, observations));
    const report = (0,json/* buildReport */.FK)({
        policyFile: policy.file,
        toolVersion: version/* TOOL_VERSION */.w,
        startedAt,
        durationMs: Math.round(performance.now() - started),
        endpoints: facts,
        findings,
        result,
        domains: domains.length > 0 ? domains : undefined,
        runnerNetwork: runnerLimits(observations),
        dane: daneReport(policy.domains, domains, observations),
        shard: options.shard && shardRecord(options.shard, loaded.source, conclusionCounts(observations)),
    });
    const sarif = toSarif(report, { policyUri: policy.file });
    await writeOutputs(options, report, sarif);
    return { kind: 'checked', exitCode: exitCodeOf(result, options.failOn), policy, plan, report, sarif };
}
/** What a shard's report carries so that `merge` can refuse a mixed set and judge the whole. */
function shardRecord(shard, policySource, counts) {
    return {
        index: shard.index,
        count: shard.count,
        // The bytes that were checked, not the file read again: it may have changed since.
        policySha256: (0,external_node_crypto_.createHash)('sha256').update(policySource).digest('hex'),
        requiredEndpoints: counts.required,
        concludedEndpoints: counts.concluded,
        forbiddenEndpoints: counts.forbidden,
        forbiddenResolved: counts.forbiddenResolved,
    };
}
/** Shard reports combined into one report, SARIF file and verdict; nothing is probed. */
async function merge(options) {
    // Loaded only in a merge run (it brings the report schema's validator).
    const { ShardMerger } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(361)]).then(__webpack_require__.bind(__webpack_require__, 83361));
    const { toSarif } = await __webpack_require__.e(/* import() */ 903).then(__webpack_require__.bind(__webpack_require__, 9903));
    const { exitCodeOf } = await __webpack_require__.e(/* import() */ 360).then(__webpack_require__.bind(__webpack_require__, 54360));
    // One report's text at a time: the merger keeps what it needs of each, never the text.
    const merger = new ShardMerger();
    const unreadable = [];
    for (const name of options.reportPaths) {
        let text;
        try {
            text = await (0,promises_.readFile)(name, 'utf8');
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
    const sarif = toSarif(report, { policyUri: report.policy });
    await writeOutputs(options, report, sarif);
    return { kind: 'merged', exitCode: exitCodeOf(report.summary.result, options.failOn), report, sarif };
}
/** The report and SARIF files a run was asked for, written the same way by `check` and `merge`. */
async function writeOutputs(to, report, sarif) {
    // In pieces, endpoint by endpoint: a merged report of many shards is never one string.
    if (to.reportPath)
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from((0,json/* reportJsonChunks */.hT)(report)), (0,external_node_fs_.createWriteStream)(to.reportPath));
    if (to.sarifPath)
        await (0,promises_.writeFile)(to.sarifPath, (0,json/* jsonText */.s$)(sarif));
}
/** The `timeout` input / `--timeout`: overrides the policy's at every level, service items' included. */
function withTimeout(policy, timeoutMs) {
    if (timeoutMs === undefined)
        return policy;
    const own = (requests) => requests.map(settings/* withoutOwnTimeout */.yy);
    return {
        ...policy,
        defaults: { ...policy.defaults, timeoutMs },
        hosts: policy.hosts.map((h) => ({ ...h, timeoutMs, require: own(h.require), forbid: own(h.forbid) })),
        domains: policy.domains.map((d) => (d.mx === null ? d : { ...d, mx: { ...d.mx, require: own(d.mx.require) } })),
    };
}
/** `-4` / `-6`: every host (MX hosts take the defaults' setting) probes that family only. */
function withAddressFamily(policy, family) {
    if (family === undefined)
        return policy;
    return {
        ...policy,
        defaults: { ...policy.defaults, addresses: family },
        hosts: policy.hosts.map((h) => ({ ...h, addresses: family })),
    };
}
async function readExtraCa(caFile) {
    if (!caFile)
        return { pems: [] };
    const read = await (0,roots/* readCaFile */.RZ)(caFile);
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
