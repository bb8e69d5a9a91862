#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 5395:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ compareAddress),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   UC: () => (/* binding */ compareEndpoints),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   f8: () => (/* binding */ comparePlace),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
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
function ipv6Groups(address) {
    const [head = '', tail] = address.split('%')[0].split('::');
    const parse = (part) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
    const before = parse(head);
    if (tail === undefined)
        return before;
    const after = parse(tail);
    return [...before, ...new Array(8 - before.length - after.length).fill(0), ...after];
}
function addressKey(address) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(address))
        return { family: 4, parts: address.split('.').map(Number) };
    // An embedded IPv4 tail (::ffff:192.0.2.1) is rare enough to fall back to text order.
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(address) && !address.includes('.'))
        return { family: 6, parts: ipv6Groups(address) };
    return { family: 99, parts: [] };
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

/***/ 75680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ SERVICES),
/* harmony export */   Z1: () => (/* binding */ SERVICE_NAMES),
/* harmony export */   of: () => (/* binding */ canonicalService)
/* harmony export */ });
/* unused harmony export SERVICE_ALIASES */
// The services a policy can name, and how each one is reached. One table: the policy loader
// checks names against it, the planner takes default ports from it, the prober picks the
// dialogue from it.
const SERVICE_NAMES = [
    'smtp',
    'submission',
    'submissions',
    'imap',
    'imaps',
    'pop3',
    'pop3s',
    'managesieve',
    'https',
    'http',
];
const SERVICES = {
    smtp: { name: 'smtp', port: 25, transport: 'starttls', dialogue: 'smtp', tls: true },
    submission: { name: 'submission', port: 587, transport: 'starttls', dialogue: 'smtp', tls: true },
    submissions: { name: 'submissions', port: 465, transport: 'implicit-tls', dialogue: 'smtp', tls: true },
    imap: { name: 'imap', port: 143, transport: 'starttls', dialogue: 'imap', tls: true },
    imaps: { name: 'imaps', port: 993, transport: 'implicit-tls', dialogue: 'imap', tls: true },
    pop3: { name: 'pop3', port: 110, transport: 'starttls', dialogue: 'pop3', tls: true },
    pop3s: { name: 'pop3s', port: 995, transport: 'implicit-tls', dialogue: 'pop3', tls: true },
    managesieve: { name: 'managesieve', port: 4190, transport: 'starttls', dialogue: 'managesieve', tls: true },
    https: { name: 'https', port: 443, transport: 'implicit-tls', dialogue: 'http', tls: true },
    http: { name: 'http', port: 80, transport: 'http', dialogue: 'http', tls: false },
};
/** Other names people use for the same services (RFC 8314 calls 465 "submissions"). */
const SERVICE_ALIASES = {
    smtps: 'submissions',
    sieve: 'managesieve',
};
function canonicalService(name) {
    if (SERVICE_NAMES.includes(name))
        return name;
    return SERVICE_ALIASES[name];
}


/***/ }),

/***/ 12788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ MAX_CONNECTIONS_PER_ENDPOINT),
/* harmony export */   WN: () => (/* binding */ ConnectionBudgetReached),
/* harmony export */   Wi: () => (/* binding */ Connector),
/* harmony export */   Y8: () => (/* binding */ CONNECTION_BUDGET_REACHED)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(40292);
// TCP connections to one planned endpoint. Every socket opened here is remembered so that the
// engine can destroy all of them on every path, and counted for the `connections` fact.


/** No probe of one endpoint opens more TCP connections than this. */
const MAX_CONNECTIONS_PER_ENDPOINT = 6;
/** How an untested check that met the cap (not the server) says why. */
const CONNECTION_BUDGET_REACHED = 'connection budget reached';
/** The cap, not the server, stopped a connection: says nothing about the server. */
class ConnectionBudgetReached extends _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ProbeFailure */ .BU {
    constructor() {
        super('other', 'connect', `${CONNECTION_BUDGET_REACHED}: no more than ${MAX_CONNECTIONS_PER_ENDPOINT} connections to one endpoint`);
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
        if (node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(address) === 0)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ProbeFailure */ .BU('other', 'connect', `not an IP address: ${address}`);
    }
    /** Opens a TCP connection, or throws a ProbeFailure (refused, timeout, unreachable, …). */
    connect() {
        // A safety net, not a plan: the engine's steps stay under it (see engine.ts).
        if (this.connections >= MAX_CONNECTIONS_PER_ENDPOINT) {
            return Promise.reject(new ConnectionBudgetReached());
        }
        this.connections += 1;
        const socket = new (node_net__WEBPACK_IMPORTED_MODULE_0___default().Socket)();
        this.open.add(socket);
        // Errors after connect are seen by whoever reads the socket (LineReader, TLS); this keeps a
        // late reset on an idle socket from becoming an uncaught 'error' event.
        socket.on('error', () => undefined);
        socket.once('close', () => this.open.delete(socket));
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                finish();
                socket.destroy();
                reject(new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .ProbeFailure */ .BU('timeout', 'connect', `no TCP connection within ${this.timeoutMs} ms`));
            }, this.timeoutMs);
            const onError = (err) => {
                finish();
                socket.destroy();
                reject((0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .failureFromSocketError */ .OR)(err, 'connect'));
            };
            const onConnect = () => {
                finish();
                this.established += 1;
                socket.setNoDelay(true);
                resolve(socket);
            };
            const finish = () => {
                clearTimeout(timer);
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


/***/ }),

/***/ 57817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ parseResolverAddress),
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   Op: () => (/* binding */ describeDnsCode),
/* harmony export */   jw: () => (/* binding */ createDomainResolver)
/* harmony export */ });
/* unused harmony export serverText */
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
// DNS look-ups for the domains stage (MX, TXT, A/AAAA), through node's own resolver: the system's
// name servers by default, or the one server the `resolver` setting names. Every answer is a fact;
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
function codeOf(err) {
    const code = err?.code;
    return typeof code === 'string' ? code : String(err);
}
async function answer(query) {
    try {
        return { ok: true, value: await query() };
    }
    catch (err) {
        return { ok: false, code: codeOf(err) };
    }
}
/** Lower case, no trailing dot: names as the plan and the rules compare them. */
function canonicalName(name) {
    return name.trim().toLowerCase().replace(/\.+$/, '');
}
function createDomainResolver(options) {
    const resolver = new node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.Resolver({ timeout: Math.max(1, options.timeoutMs), tries: 2 });
    if (options.server)
        resolver.setServers([serverText(options.server)]);
    return {
        mx: (domain) => answer(() => resolver.resolveMx(domain)),
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

/***/ 40292:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ ProbeFailure),
/* harmony export */   Gd: () => (/* binding */ clipEvidence),
/* harmony export */   Gj: () => (/* binding */ busyFailure),
/* harmony export */   OR: () => (/* binding */ failureFromSocketError),
/* harmony export */   Wy: () => (/* binding */ classifySocketError)
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
};
/** Turns a system error from a socket into a ProbeError at the given step. */
function classifySocketError(err, step) {
    const raw = typeof err === 'object' && err !== null ? err.code : undefined;
    const code = typeof raw === 'string' ? raw : '';
    const kind = ERROR_KINDS[code] ?? 'other';
    const detail = err instanceof Error ? err.message : String(err);
    return { kind, step, message: code ? `${code}: ${detail}` : detail };
}
function failureFromSocketError(err, step) {
    const e = classifySocketError(err, step);
    return new ProbeFailure(e.kind, e.step, e.message);
}


/***/ }),

/***/ 76123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ unresolvedFetch),
/* harmony export */   LT: () => (/* binding */ fetchMtaStsPolicy),
/* harmony export */   Of: () => (/* binding */ parseMtaStsPolicy),
/* harmony export */   Px: () => (/* binding */ readMtaStsRecords),
/* harmony export */   kB: () => (/* binding */ MAX_MTA_STS_POLICY_BYTES),
/* harmony export */   zK: () => (/* binding */ mxPatternMatches)
/* harmony export */ });
/* unused harmony export MAX_MTA_STS_MAX_AGE */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _roots_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(44399);
// MTA-STS (RFC 8461): the `_mta-sts` TXT record and the policy file, read and parsed into facts.
// The fetch goes to mta-sts.<domain> only, at the address the domain resolver gave, with the
// certificate verified, no redirect followed (§3.3), the body capped and a deadline on the whole.



/** RFC 8461 §3.2 puts no limit on the file; 64 KiB is far above any real policy. */
const MAX_MTA_STS_POLICY_BYTES = 64 * 1024;
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
        const line = raw.replace(/[ \t]+$/, '');
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
                facts.mx.push(value.toLowerCase().replace(/\.$/, ''));
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
 * An MX host matches a pattern exactly, or `*.rest` when the host is one label followed by
 * `.rest` (RFC 8461 §4.1: the wildcard covers exactly one label).
 */
function mxPatternMatches(pattern, host) {
    const p = pattern.toLowerCase().replace(/\.$/, '');
    const h = host.toLowerCase().replace(/\.$/, '');
    if (!p.startsWith('*.'))
        return p === h;
    const dot = h.indexOf('.');
    return dot > 0 && h.slice(dot + 1) === p.slice(2);
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
    const url = `https://${host}${options.port === 443 ? '' : `:${options.port}`}/.well-known/mta-sts.txt`;
    const fetch = {
        url,
        address: options.address,
        status: null,
        contentType: null,
        redirect: null,
        bytes: 0,
        tooLarge: false,
        error: null,
        errorKind: null,
    };
    const ca = (0,_roots_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedRootPems */ .t)(options.extraCa);
    let opened;
    // undici is loaded on the first MTA-STS fetch, not at start-up.
    const { Client } = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 24371, 19));
    const client = new Client(`https://${host}:${options.port}`, {
        // The socket goes to the resolved address only, with the policy host's name for SNI and the
        // certificate check: the fetch can reach nowhere else.
        connect: (_opts, callback) => {
            const socket = (opened = node_tls__WEBPACK_IMPORTED_MODULE_1___default().connect({
                host: options.address,
                port: options.port,
                servername: node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(host) ? undefined : host,
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
            if (fetch.bytes > MAX_MTA_STS_POLICY_BYTES) {
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
/** The facts of a fetch that never started because mta-sts.<domain> has no address. */
function unresolvedFetch(domain, port, code) {
    return {
        url: `https://mta-sts.${domain}${port === 443 ? '' : `:${port}`}/.well-known/mta-sts.txt`,
        address: null,
        status: null,
        contentType: null,
        redirect: null,
        bytes: 0,
        tooLarge: false,
        error: `mta-sts.${domain} has no address: ${code}`,
        errorKind: 'unresolved',
    };
}


/***/ }),

/***/ 44399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ trustedRootPems)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
// The roots a probe trusts: node's bundled roots plus the policy's extra roots (ca-file). Its own
// small module so that the TLS layer can build its contexts without loading the certificate
// parser, which waits until a certificate actually arrives.

function trustedRootPems(extraCa) {
    return [...node_tls__WEBPACK_IMPORTED_MODULE_0__.rootCertificates, ...extraCa];
}


/***/ }),

/***/ 32794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   fS: () => (/* binding */ summarise),
/* harmony export */   qW: () => (/* binding */ reportToJson),
/* harmony export */   zm: () => (/* binding */ canonicalReport)
/* harmony export */ });
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5395);

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
    return JSON.stringify(canonicalReport(report), null, 2) + '\n';
}
/**
 * A copy of the report with endpoints and findings sorted and every object's keys in the
 * design's order (keys the design does not name follow, alphabetically; undefined ones are
 * dropped). Idempotent, so a merged or re-read report comes out the same.
 */
function canonicalReport(report) {
    return ordered({
        ...report,
        tool: ordered(report.tool, ['name', 'version']),
        summary: ordered(report.summary, ['errors', 'warnings', 'notices', 'endpoints', 'result']),
        endpoints: [...report.endpoints].sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareEndpoints */ .UC).map(canonicalEndpoint),
        domains: report.domains && [...report.domains].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.domain, b.domain)).map(canonicalDomain),
        findings: [...report.findings].sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg).map(canonicalFinding),
    }, ['reportVersion', 'tool', 'policy', 'startedAt', 'durationMs', 'summary', 'shard', 'endpoints', 'domains', 'findings']);
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
    return ordered(e, ['kind', 'step', 'message']);
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
    return ordered({ ...c, san: [...c.san], chain: c.chain.map((link) => ordered(link, ['subject', 'issuer'])) }, [
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
        tlsRpt: d.tlsRpt && ordered(d.tlsRpt, ['records', 'rua', 'problem', 'lookupError']),
    }, ['domain', 'mx', 'mtaSts', 'tlsRpt', 'durationMs']);
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

/***/ 32777:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// UNUSED EXPORTS: ruleMeta

;// CONCATENATED MODULE: ./src/rules/remediation.ts
const LIVE = '/etc/letsencrypt/live/mail.example.com';
/** The certificate and key, full chain (leaf first), per server. */
const CHAIN = {
    postfix: {
        file: 'main.cf',
        settings: `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
        note: 'Postfix 3.4 and later. The files are read in order and must hold the key first, then the leaf certificate, then its intermediates; fullchain.pem has the leaf and the intermediates. Replaces smtpd_tls_cert_file and smtpd_tls_key_file. Apply with postfix reload.',
    },
    dovecot: {
        file: 'conf.d/10-ssl.conf',
        settings: `ssl_cert = <${LIVE}/fullchain.pem\nssl_key = <${LIVE}/privkey.pem`,
        note: 'The < makes Dovecot read the file\'s contents; without it the value is taken as the certificate itself. Put the intermediates in the ssl_cert file after the leaf. Dovecot 2.4 names these ssl_server_cert_file and ssl_server_key_file and takes plain paths (no <). Apply with doveadm reload.',
    },
    exim: {
        file: 'the main configuration (Debian: conf.d/main/03_exim4-config_tlsoptions)',
        settings: `tls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
        note: 'The files are opened by the Exim user (Debian-exim on Debian), so it must be able to read the key: give it a copy, or group read access. A restart (systemctl restart exim4) is the certain way to make every listener use the new files.',
    },
    nginx: {
        file: 'the server block with listen 443 ssl',
        settings: `ssl_certificate ${LIVE}/fullchain.pem;\nssl_certificate_key ${LIVE}/privkey.pem;`,
        note: 'ssl_certificate must be the full chain, leaf first. Apply with nginx -s reload (or systemctl reload nginx).',
    },
};
const DRAFTS = {
    'required-service-unreachable': {
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
        },
        exim: {
            file: 'the main configuration',
            settings: 'daemon_smtp_ports = 25 : 465 : 587\ntls_on_connect_ports = 465',
            note: 'On Debian, SMTPLISTENEROPTIONS in /etc/default/exim4 can override the ports; local_interfaces (dc_local_interfaces in update-exim4.conf.conf) must not restrict Exim to 127.0.0.1.',
        },
        nginx: {
            file: 'the http block',
            settings: 'server {\n    listen 443 ssl;\n    server_name mail.example.com;\n}',
            note: 'Also check firewalls and cloud security groups between the checker and the host, and that the name has A/AAAA records.',
        },
    },
    'forbidden-service-reachable': {
        postfix: {
            file: 'master.cf',
            settings: '#submission inet  n       -       y       -       -       smtpd',
            note: 'Comment out (or delete) the service and the -o lines under it, then postfix reload. Never remove the smtp line of an MX host: port 25 is how other servers deliver mail.',
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
        },
        exim: {
            file: 'the main configuration',
            settings: 'daemon_smtp_ports = 25 : 465',
            note: 'Lists only the ports Exim should listen on (here without 587).',
        },
        nginx: {
            file: 'the http block',
            settings: 'server {\n    listen 443 ssl;\n    server_name mail.example.com;\n}',
            note: 'Remove the server block that has listen 80 (or the listen 80 line). For webmail, a redirect to https on port 80 is usually the better choice: require http instead of forbidding it.',
        },
    },
    'service-misbehaving': {
        postfix: {
            file: 'master.cf',
            settings: [
                'smtp      inet  n       -       y       -       -       smtpd',
                'submissions inet n       -       y       -       -       smtpd',
                '  -o smtpd_tls_wrappermode=yes',
            ].join('\n'),
            note: 'smtpd_tls_wrappermode=yes belongs on the submissions (465) service only: on 25 or 587 the server waits for a TLS handshake instead of greeting. With postscreen on port 25, its after-greeting tests and a long postscreen_greet_wait can hold the greeting back.',
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
        },
        exim: {
            file: 'the main configuration',
            settings: 'tls_on_connect_ports = 465\nrfc1413_query_timeout = 0s',
            note: 'tls_on_connect_ports must not list 25 or 587. An ident (RFC 1413) query to the client delays the greeting; a timeout of 0s turns it off. 0s is Exim\'s built-in default, so look for an override.',
        },
    },
    'tls-handshake-failed': {
        postfix: {
            file: 'master.cf',
            settings: [
                'submissions inet n       -       y       -       -       smtpd',
                '  -o syslog_name=postfix/submissions',
                '  -o smtpd_tls_wrappermode=yes',
                '  -o smtpd_sasl_auth_enable=yes',
            ].join('\n'),
            note: 'The certificate comes from smtpd_tls_chain_files in main.cf. The reason of a failed handshake is in the mail log with smtpd_tls_loglevel = 1.',
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf and conf.d/10-master.conf',
            settings: [
                'ssl = yes',
                `ssl_cert = <${LIVE}/fullchain.pem`,
                `ssl_key = <${LIVE}/privkey.pem`,
                'ssl_min_protocol = TLSv1.2',
                'service imap-login {',
                '  inet_listener imaps {',
                '    port = 993',
                '    ssl = yes',
                '  }',
                '}',
            ].join('\n'),
            note: 'With ssl = no, the imaps and pop3s listeners cannot do TLS at all. doveconf -n shows what Dovecot actually reads.',
        },
        exim: {
            file: 'the main configuration',
            settings: `tls_on_connect_ports = 465\ntls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
            note: 'Port 465 must also be in daemon_smtp_ports.',
        },
        nginx: {
            file: 'the server block for the host',
            settings: [
                'listen 443 ssl;',
                `ssl_certificate ${LIVE}/fullchain.pem;`,
                `ssl_certificate_key ${LIVE}/privkey.pem;`,
                'ssl_protocols TLSv1.2 TLSv1.3;',
            ].join('\n'),
            note: 'The ssl parameter on listen turns TLS on; without it nginx answers plain HTTP on 443. nginx -t checks the configuration before a reload.',
        },
    },
    'starttls-not-offered': {
        postfix: {
            file: 'main.cf',
            settings: [`smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`, 'smtpd_tls_security_level = may'].join('\n'),
            note: 'may offers STARTTLS on port 25 without refusing senders that cannot use it (RFC 3207 forbids requiring TLS on a public MX). On submission (587), smtpd_tls_auth_only = yes keeps AUTH until after STARTTLS; to refuse every mail transaction before TLS as well, add -o smtpd_tls_security_level=encrypt to its master.cf entry. Apply with postfix reload.',
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: ['ssl = yes', `ssl_cert = <${LIVE}/fullchain.pem`, `ssl_key = <${LIVE}/privkey.pem`].join('\n'),
            note: 'ssl = yes makes IMAP advertise STARTTLS, POP3 STLS and ManageSieve STARTTLS; with disable_plaintext_auth = yes (the default) no cleartext login is accepted before TLS. ssl = required also refuses every other mechanism before TLS. Apply with doveadm reload.',
        },
        exim: {
            file: 'the main configuration',
            settings: `tls_advertise_hosts = *\ntls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
            note: 'Exim offers STARTTLS only to hosts matching tls_advertise_hosts (default *), so look for an override that empties it. Without tls_certificate, Exim still offers STARTTLS but with a self-signed certificate that clients cannot verify. Debian\'s split configuration: MAIN_TLS_ENABLE = yes in a local macro file sets tls_advertise_hosts = *, with the files from MAIN_TLS_CERTIFICATE and MAIN_TLS_PRIVATEKEY (default /etc/exim4/exim.crt and /etc/exim4/exim.key).',
        },
    },
    'starttls-failed': {
        postfix: {
            file: 'main.cf',
            settings: [
                `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
                'smtpd_tls_protocols = >=TLSv1.2',
                'smtpd_tls_mandatory_protocols = >=TLSv1.2',
                'smtpd_tls_loglevel = 1',
            ].join('\n'),
            note: 'With smtpd_tls_loglevel = 1 the mail log says why each handshake failed. An unreadable key or a key that does not match its certificate makes Postfix log a warning and refuse STARTTLS.',
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf and conf.d/10-logging.conf',
            settings: [`ssl_cert = <${LIVE}/fullchain.pem`, `ssl_key = <${LIVE}/privkey.pem`, 'ssl_min_protocol = TLSv1.2', 'verbose_ssl = yes'].join('\n'),
            note: 'verbose_ssl = yes logs the TLS errors of each connection; turn it off again once fixed.',
        },
        exim: {
            file: 'the main configuration',
            settings: `tls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem\nlog_selector = +tls_cipher +tls_peerdn`,
            note: 'Exim logs every failed TLS negotiation in its main log (Debian: /var/log/exim4/mainlog) with the reason (TLS error on connection ...), whatever log_selector says. tls_cipher (on by default) and tls_peerdn add the cipher and the client certificate\'s DN to the lines of messages received over TLS.',
        },
    },
    'plaintext-auth-offered': {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_auth_only = yes',
            note: 'Postfix then announces and accepts AUTH only after STARTTLS, on every smtpd with smtpd_sasl_auth_enable = yes (typically submission on 587) and smtpd_tls_security_level = may. smtpd_tls_security_level = encrypt implies it. Apply with postfix reload.',
        },
        dovecot: {
            file: 'conf.d/10-auth.conf',
            settings: 'disable_plaintext_auth = yes',
            note: 'Dovecot 2.3; yes is its default, so look for an override to no (doveconf disable_plaintext_auth). Dovecot 2.4 renames it: auth_allow_cleartext = no. IMAP then advertises LOGINDISABLED and POP3 refuses USER before TLS. ssl = required goes further and refuses every mechanism before TLS. Dovecot always allows cleartext logins from its own addresses and from login_trusted_networks, so keep that list to proxies you run.',
        },
        exim: {
            file: 'the main configuration',
            settings: 'auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}',
            note: 'Advertises AUTH only once the session is encrypted. Alternatively set server_advertise_condition = ${if eq{$tls_in_cipher}{}{}{*}} on each PLAIN and LOGIN authenticator, as Debian\'s example authenticators do.',
        },
    },
    'starttls-command-injection': {
        postfix: {
            file: 'shell',
            settings: 'postconf mail_version',
            note: 'Postfix fixed CVE-2011-0411 in March 2011, in every release line it supported then; any Postfix from a current distribution is fixed. If the finding persists, something in front of Postfix (a proxy or load balancer that handles STARTTLS itself) keeps the cleartext buffer.',
        },
        dovecot: {
            file: 'shell',
            settings: 'dovecot --version',
            note: 'Run a supported Dovecot release from your distribution, and check any IMAP or POP3 proxy in front of it: it must discard whatever the client sent before the TLS handshake.',
        },
        exim: {
            file: 'shell',
            settings: 'exim -bV',
            note: 'Run a supported Exim release; Exim discards input received before the TLS handshake. A proxy in front of Exim must do the same.',
        },
    },
    'http-not-redirected': {
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
        },
    },
    'tls-version-legacy': {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2',
            note: 'The >= syntax needs Postfix 3.6 or later; older releases: smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 (and the same for smtpd_tls_mandatory_protocols). The first is used with opportunistic TLS (port 25), the second where TLS is required (encrypt, and wrapper mode on 465).',
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: 'ssl_min_protocol = TLSv1.2',
            note: 'TLSv1.2 is the default of Dovecot 2.3 and 2.4: look for an override (doveconf ssl_min_protocol), including inside local and local_name blocks. Remove any ssl_cipher_list with @SECLEVEL=0 kept for old clients.',
        },
        exim: {
            file: 'the main configuration',
            settings: 'tls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1',
            note: 'For Exim built with GnuTLS (Debian\'s exim4 packages): tls_require_ciphers is a GnuTLS priority string, and GnuTLS\'s NORMAL still includes TLS 1.0 and 1.1. With OpenSSL instead: openssl_options = +no_sslv3 +no_tlsv1 +no_tlsv1_1, since Exim\'s default (+no_sslv2 +no_sslv3 +single_dh_use +no_ticket +no_renegotiation) leaves TLS 1.0 and 1.1 on. Never set openssl_options with GnuTLS: Exim refuses the configuration. exim -bV checks either.',
        },
        nginx: {
            file: 'every server block on the address (or the http block)',
            settings: 'ssl_protocols TLSv1.2 TLSv1.3;',
            note: 'nginx takes the protocols of a listening address from its default server block, so set it there too, or once in the http block.',
        },
    },
    'tls13-not-supported': {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2',
            note: 'No upper bound (no <=TLSv1.2, no !TLSv1.3). TLS 1.3 needs Postfix 3.4 or later built with OpenSSL 1.1.1 or later.',
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: 'ssl_min_protocol = TLSv1.2',
            note: 'Dovecot 2.3 sets only a lower bound (ssl_min_protocol), so TLS 1.3 is on whenever Dovecot runs with OpenSSL 1.1.1 or later.',
        },
        exim: {
            file: 'the main configuration',
            settings: 'tls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1',
            note: 'Do not remove VERS-TLS1.3 from the GnuTLS priority string (or add +no_tlsv1_3 to openssl_options). TLS 1.3 needs GnuTLS 3.6.5 or OpenSSL 1.1.1 or later.',
        },
        nginx: {
            file: 'every server block on the address (or the http block)',
            settings: 'ssl_protocols TLSv1.2 TLSv1.3;',
            note: 'TLS 1.3 needs nginx 1.13.0 or later built with OpenSSL 1.1.1 or later (nginx -V shows both).',
        },
    },
    'certificate-untrusted': {
        ...CHAIN,
        postfix: { ...CHAIN.postfix, note: `${CHAIN.postfix.note} A port-25 MX with DANE TLSA records (RFC 7672) may use a certificate from a private CA; set certificate verify: false for it in the policy.` },
    },
    'certificate-name-mismatch': {
        postfix: {
            file: 'main.cf',
            settings: [
                `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
                'indexed = ${default_database_type}:${config_directory}/',
                'tls_server_sni_maps = ${indexed}sni',
            ].join('\n'),
            note: 'The default certificate must name the MX host (mail.example.com, not example.com). For further names, tls_server_sni_maps (Postfix 3.4 and later) maps each name to its own key-and-chain file, one line per name in /etc/postfix/sni (e.g. imap.example.net /etc/postfix/sni-chains/example.net.pem); build it with postmap -F, and list the default name there too.',
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: [
                `ssl_cert = <${LIVE}/fullchain.pem`,
                `ssl_key = <${LIVE}/privkey.pem`,
                'local_name imap.example.net {',
                '  ssl_cert = </etc/letsencrypt/live/imap.example.net/fullchain.pem',
                '  ssl_key = </etc/letsencrypt/live/imap.example.net/privkey.pem',
                '}',
            ].join('\n'),
            note: 'local_name picks the certificate by the name the client sends (SNI); clients that send no SNI get the default.',
        },
        exim: {
            file: 'the main configuration',
            settings: `tls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
            note: 'For several names, use one certificate that lists them all, or expand the file name from the name the client asked for ($tls_in_sni).',
        },
        nginx: {
            file: 'one server block per name',
            settings: [
                'server {',
                '    listen 443 ssl;',
                '    server_name mail.example.com;',
                `    ssl_certificate ${LIVE}/fullchain.pem;`,
                `    ssl_certificate_key ${LIVE}/privkey.pem;`,
                '}',
            ].join('\n'),
            note: 'nginx picks the server block, and so the certificate, by SNI; a client without SNI gets the default server of the address.',
        },
    },
    'certificate-expired': CHAIN,
    'certificate-expiring': CHAIN,
    'certificate-weak': {
        postfix: {
            file: 'main.cf',
            settings: 'smtpd_tls_chain_files = /etc/postfix/ecdsa-chain.pem, /etc/postfix/rsa-chain.pem',
            note: 'Postfix can serve an ECDSA and an RSA certificate side by side; each file holds a key followed by its certificate and intermediates. A single file per key type works as well.',
        },
        dovecot: {
            file: 'conf.d/10-ssl.conf',
            settings: [
                `ssl_cert = <${LIVE}/fullchain.pem`,
                `ssl_key = <${LIVE}/privkey.pem`,
                'ssl_alt_cert = </etc/letsencrypt/live/mail.example.com-rsa/fullchain.pem',
                'ssl_alt_key = </etc/letsencrypt/live/mail.example.com-rsa/privkey.pem',
            ].join('\n'),
            note: 'ssl_alt_cert and ssl_alt_key (Dovecot 2.3) add a second certificate of another key type, e.g. RSA next to ECDSA.',
        },
        exim: CHAIN.exim,
        nginx: {
            file: 'the server block with listen 443 ssl',
            settings: [
                `ssl_certificate ${LIVE}/fullchain.pem;`,
                `ssl_certificate_key ${LIVE}/privkey.pem;`,
                'ssl_certificate /etc/letsencrypt/live/mail.example.com-rsa/fullchain.pem;',
                'ssl_certificate_key /etc/letsencrypt/live/mail.example.com-rsa/privkey.pem;',
            ].join('\n'),
            note: 'nginx 1.11.0 and later accept several ssl_certificate pairs (e.g. ECDSA and RSA) and pick one per client.',
        },
    },
    'mx-lookup-failed': {},
    'mta-sts-missing': {
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
        },
    },
    'mta-sts-invalid': {
        nginx: {
            file: 'the mta-sts.example.com server block',
            settings: ['location = /.well-known/mta-sts.txt {', '    root /var/www/mta-sts;', '    default_type text/plain;', '}'].join('\n'),
            note: 'The policy must come straight from https://mta-sts.<domain>/.well-known/mta-sts.txt: status 200, no redirect (remove any return 301 or rewrite for this name), and a valid certificate for mta-sts.<domain>. Lines end in CRLF or LF, as key: value.',
        },
    },
    'mta-sts-not-enforcing': {},
    'mta-sts-mx-not-covered': {},
    'tls-rpt-missing': {},
    'waiver-expired': {},
    'service-busy': {
        postfix: {
            file: 'main.cf',
            settings: [
                'postscreen_access_list = permit_mynetworks, cidr:/etc/postfix/postscreen_access.cidr',
                'smtpd_client_event_limit_exceptions = $mynetworks, 192.0.2.10',
            ].join('\n'),
            note: 'Put the checker\'s address in /etc/postfix/postscreen_access.cidr (192.0.2.10/32 permit) so postscreen lets it straight through, and exempt it from smtpd_client_connection_count_limit and smtpd_client_connection_rate_limit. Replace 192.0.2.10 with the address the checks come from.',
        },
        dovecot: {
            file: 'conf.d/10-master.conf',
            settings: ['service imap-login {', '  process_limit = 500', '}', 'service pop3-login {', '  process_limit = 500', '}'].join('\n'),
            note: 'In its default mode Dovecot runs one login process per connection, at most default_process_limit (100) per service; the log then says process_limit (100) reached and new connections are dropped.',
        },
        exim: {
            file: 'the main configuration',
            settings: 'smtp_accept_max = 100\nsmtp_accept_reserve = 5\nsmtp_reserve_hosts = 192.0.2.10',
            note: 'Past smtp_accept_max simultaneous connections (default 20) Exim answers 421; smtp_reserve_hosts may use the last smtp_accept_reserve of them. Check smtp_accept_max_per_host and any ratelimit ACLs too.',
        },
    },
};
// -------------------------------------------------------------------------------------------------
// The server's own documentation of each section's settings, shown under the section on the page.
/** postconf(5): one anchor per Postfix parameter. */
const postconf = (parameter) => ({ label: `postconf(5): ${parameter}`, url: `https://www.postfix.org/postconf.5.html#${parameter}` });
const MASTER_5 = { label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' };
const POSTFIX_TLS = { label: 'Postfix TLS support', url: 'https://www.postfix.org/TLS_README.html' };
const POSTSCREEN = { label: 'Postfix postscreen', url: 'https://www.postfix.org/POSTSCREEN_README.html' };
/** Dovecot 2.3's settings reference: one anchor per setting. */
const dovecotSetting = (setting) => ({
    label: `Dovecot settings: ${setting}`,
    url: `https://doc.dovecot.org/2.3/settings/core/#core_setting-${setting}`,
});
const DOVECOT_SSL = { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' };
const DOVECOT_SERVICES = { label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' };
const DOVECOT_SECURITY = { label: 'Dovecot security', url: 'https://doc.dovecot.org/2.3/admin_manual/security/' };
/** A chapter of the Exim specification (current release). */
const exim = (chapter, file) => ({
    label: `Exim specification: ${chapter}`,
    url: `https://www.exim.org/exim-html-current/doc/html/spec_html/${file}.html`,
});
const EXIM_TLS = exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl');
const EXIM_MAIN = exim('Main configuration', 'ch-main_configuration');
const EXIM_AUTH = exim('SMTP authentication', 'ch-smtp_authentication');
const EXIM_LOG = exim('Log files', 'ch-log_files');
const EXIM_COMMAND_LINE = exim('The Exim command line', 'ch-the_exim_command_line');
/** nginx's reference: one anchor per directive of an http module. */
const nginx = (module, directive) => ({
    label: `nginx ngx_http_${module}_module: ${directive}`,
    url: `https://nginx.org/en/docs/http/ngx_http_${module}_module.html#${directive}`,
});
const CHAIN_DOCS = {
    postfix: [postconf('smtpd_tls_chain_files'), POSTFIX_TLS],
    dovecot: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), DOVECOT_SSL],
    exim: [EXIM_TLS, EXIM_MAIN],
    nginx: [nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
};
const DOCS = {
    'required-service-unreachable': {
        postfix: [MASTER_5, postconf('syslog_name'), postconf('smtpd_sasl_auth_enable'), postconf('smtpd_tls_wrappermode'), postconf('inet_interfaces')],
        dovecot: [dovecotSetting('protocols'), dovecotSetting('listen'), DOVECOT_SERVICES],
        exim: [EXIM_MAIN, EXIM_TLS],
        nginx: [nginx('core', 'listen'), nginx('core', 'server_name')],
    },
    'forbidden-service-reachable': {
        postfix: [MASTER_5],
        dovecot: [DOVECOT_SERVICES],
        exim: [EXIM_MAIN],
        nginx: [nginx('core', 'listen')],
    },
    'service-misbehaving': {
        postfix: [MASTER_5, postconf('smtpd_tls_wrappermode'), postconf('postscreen_greet_wait'), POSTSCREEN],
        dovecot: [DOVECOT_SERVICES, DOVECOT_SSL],
        exim: [EXIM_MAIN, EXIM_TLS],
    },
    'tls-handshake-failed': {
        postfix: [MASTER_5, postconf('syslog_name'), postconf('smtpd_tls_wrappermode'), postconf('smtpd_sasl_auth_enable'), postconf('smtpd_tls_loglevel')],
        dovecot: [dovecotSetting('ssl'), dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), dovecotSetting('ssl_min_protocol'), DOVECOT_SSL, DOVECOT_SERVICES],
        exim: [EXIM_TLS, EXIM_MAIN],
        nginx: [nginx('core', 'listen'), nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key'), nginx('ssl', 'ssl_protocols')],
    },
    'starttls-not-offered': {
        postfix: [postconf('smtpd_tls_chain_files'), postconf('smtpd_tls_security_level'), POSTFIX_TLS],
        dovecot: [dovecotSetting('ssl'), dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), DOVECOT_SSL],
        exim: [EXIM_TLS, EXIM_MAIN],
    },
    'starttls-failed': {
        postfix: [postconf('smtpd_tls_chain_files'), postconf('smtpd_tls_protocols'), postconf('smtpd_tls_mandatory_protocols'), postconf('smtpd_tls_loglevel')],
        dovecot: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), dovecotSetting('ssl_min_protocol'), dovecotSetting('verbose_ssl')],
        exim: [EXIM_TLS, EXIM_LOG],
    },
    'plaintext-auth-offered': {
        postfix: [postconf('smtpd_tls_auth_only'), postconf('smtpd_tls_security_level'), postconf('smtpd_sasl_auth_enable')],
        dovecot: [dovecotSetting('disable_plaintext_auth'), dovecotSetting('login_trusted_networks'), DOVECOT_SSL],
        exim: [EXIM_AUTH, EXIM_MAIN],
    },
    'starttls-command-injection': {
        postfix: [{ label: 'postconf(1)', url: 'https://www.postfix.org/postconf.1.html' }, postconf('mail_version')],
        dovecot: [DOVECOT_SECURITY],
        exim: [EXIM_COMMAND_LINE],
    },
    'http-not-redirected': {
        nginx: [nginx('core', 'listen'), nginx('core', 'server_name'), nginx('rewrite', 'return'), nginx('core', 'var_host'), nginx('headers', 'add_header')],
    },
    'tls-version-legacy': {
        postfix: [postconf('smtpd_tls_protocols'), postconf('smtpd_tls_mandatory_protocols')],
        dovecot: [dovecotSetting('ssl_min_protocol'), dovecotSetting('ssl_cipher_list')],
        exim: [EXIM_TLS, EXIM_MAIN],
        nginx: [nginx('ssl', 'ssl_protocols')],
    },
    'tls13-not-supported': {
        postfix: [postconf('smtpd_tls_protocols'), postconf('smtpd_tls_mandatory_protocols')],
        dovecot: [dovecotSetting('ssl_min_protocol')],
        exim: [EXIM_TLS, EXIM_MAIN],
        nginx: [nginx('ssl', 'ssl_protocols')],
    },
    'certificate-untrusted': CHAIN_DOCS,
    'certificate-name-mismatch': {
        postfix: [postconf('smtpd_tls_chain_files'), postconf('tls_server_sni_maps'), postconf('default_database_type'), postconf('config_directory')],
        dovecot: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), DOVECOT_SSL],
        exim: [EXIM_TLS, EXIM_MAIN],
        nginx: [nginx('core', 'server_name'), nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
    },
    'certificate-expired': CHAIN_DOCS,
    'certificate-expiring': CHAIN_DOCS,
    'certificate-weak': {
        postfix: [postconf('smtpd_tls_chain_files'), POSTFIX_TLS],
        dovecot: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_alt_cert'), dovecotSetting('ssl_alt_key'), DOVECOT_SSL],
        exim: CHAIN_DOCS.exim,
        nginx: [nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
    },
    'mx-lookup-failed': {},
    'mta-sts-missing': {
        nginx: [nginx('core', 'server_name'), nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key'), nginx('core', 'location'), nginx('core', 'root'), nginx('core', 'default_type')],
    },
    'mta-sts-invalid': {
        nginx: [nginx('core', 'location'), nginx('core', 'root'), nginx('core', 'default_type')],
    },
    'mta-sts-not-enforcing': {},
    'mta-sts-mx-not-covered': {},
    'tls-rpt-missing': {},
    'waiver-expired': {},
    'service-busy': {
        postfix: [postconf('postscreen_access_list'), postconf('smtpd_client_event_limit_exceptions'), postconf('smtpd_client_connection_count_limit'), POSTSCREEN],
        dovecot: [DOVECOT_SERVICES, dovecotSetting('default_process_limit')],
        exim: [EXIM_MAIN],
    },
};
/** Each rule's server sections, each with the documentation of its settings; none without. */
function withDocs(rule) {
    const out = {};
    for (const [server, draft] of Object.entries(DRAFTS[rule])) {
        const docs = DOCS[rule][server];
        if (docs === undefined || docs.length === 0)
            throw new Error(`${rule}: the ${server} section has no documentation link`);
        out[server] = { ...draft, docs };
    }
    return out;
}
const SERVER_FIXES = Object.fromEntries(Object.keys(DRAFTS).map((rule) => [rule, withDocs(rule)]));

;// CONCATENATED MODULE: ./src/rules/catalog.ts
// What each rule is, why it matters and how to fix it: the text users see in annotations,
// summaries and SARIF, and the source of docs/rules/<id>.md and the README's rule table
// (`npm run docs`). The per-server fixes are in remediation.ts. Default severities follow
// DESIGN.md's rule table.
//
// mx-lookup-failed, mta-sts-* and tls-rpt-missing are judged in rules/domains.ts over the facts
// of the domains stage (probe/domains.ts: MX, MTA-STS and TLS-RPT look-ups).

const ENTRIES = {
    'required-service-unreachable': {
        defaultSeverity: 'error',
        title: 'Required service unreachable',
        what: 'A service the policy requires refused the connection, reset it, timed out, or its host name has no address.',
        why: 'Clients set up for the secure service cannot use it and may fall back to cleartext ports; RFC 8314 expects submission and mail access to be offered over TLS.',
        fix: 'Make sure the daemon listens on the port (a Postfix master.cf entry, a Dovecot inet_listener), that firewalls and security groups let it through, and that the host name has A/AAAA records.',
        references: ['RFC 8314 §3'],
        securitySeverity: '5.3',
    },
    'forbidden-service-reachable': {
        defaultSeverity: 'error',
        title: 'Forbidden service reachable',
        what: 'A service the policy forbids, usually cleartext IMAP, POP3 or submission, accepted a TCP connection.',
        why: 'RFC 8314 deprecates cleartext mail access and submission: an open cleartext port invites clients to send passwords and mail unprotected.',
        fix: 'Stop listening on the port: in Dovecot set the listener to port = 0 (e.g. inet_listener imap in service imap-login), in Postfix remove the service from master.cf, or block the port at the firewall.',
        references: ['RFC 8314 §4.1'],
        securitySeverity: '6.5',
    },
    'service-misbehaving': {
        defaultSeverity: 'error',
        title: 'Service does not speak its protocol',
        what: 'The service accepted the connection but sent no greeting in time, sent a line longer than 8 KiB, or answered with something that is not its protocol.',
        why: 'A server that does not follow SMTP (RFC 5321), IMAP (RFC 9051), POP3 (RFC 1939) or ManageSieve (RFC 5804) cannot be checked for STARTTLS (RFC 3207, RFC 2595) or TLS at all, and often means the wrong daemon or a proxy sits on the port.',
        fix: 'Check which process answers on the port (not a TLS-only listener on a STARTTLS port, not an HTTP proxy) and that it greets promptly: slow reverse-DNS look-ups, exhausted worker pools or tarpits hold the greeting back.',
        references: ['RFC 5321 §3.1', 'RFC 9051', 'RFC 1939', 'RFC 5804'],
        securitySeverity: '4.3',
    },
    'tls-handshake-failed': {
        defaultSeverity: 'error',
        title: 'Implicit TLS handshake failed',
        what: 'A service on an implicit-TLS port (465, 993, 995, 443 or one the policy names) accepted the connection but the TLS handshake did not complete.',
        why: 'RFC 8314 §3 requires TLS to start as soon as the connection opens on these ports; without a completed handshake clients cannot use the service, and some retry on cleartext ports.',
        fix: 'Make sure the listener runs TLS (Postfix smtpd_tls_wrappermode = yes on the submissions service, Dovecot ssl = yes), that a readable certificate and key are configured, and that ssl_protocols / ssl_min_protocol allow TLS 1.2 and 1.3.',
        references: ['RFC 8314 §3', 'RFC 9325'],
        securitySeverity: '5.9',
    },
    'starttls-not-offered': {
        defaultSeverity: 'error',
        title: 'STARTTLS not offered',
        what: 'A required plaintext service (SMTP, submission, IMAP, POP3 or ManageSieve) does not advertise STARTTLS (STLS in POP3) before TLS.',
        why: 'Without the upgrade defined by RFC 3207, RFC 2595 and RFC 5804, mail and passwords cross the network in cleartext, which RFC 8314 deprecates for submission and mail access.',
        fix: 'Configure a certificate and turn the upgrade on: Postfix smtpd_tls_security_level = may with smtpd_tls_chain_files (and smtpd_tls_auth_only = yes, or encrypt on 587); Dovecot ssl = yes (or required) with ssl_cert and ssl_key.',
        references: ['RFC 3207', 'RFC 2595', 'RFC 5804 §2.2', 'RFC 8314'],
        securitySeverity: '7.4',
    },
    'starttls-failed': {
        defaultSeverity: 'error',
        title: 'STARTTLS upgrade failed',
        what: 'The server advertised STARTTLS (or STLS) but refused the command, or the TLS handshake that followed did not complete.',
        why: 'A broken upgrade leaves clients to give up or carry on in cleartext, and opportunistic SMTP senders silently fall back to cleartext (RFC 3207, RFC 2595).',
        fix: 'Read the server log at the time of the check: usually the certificate or key cannot be read (Postfix smtpd_tls_chain_files, Dovecot ssl_cert / ssl_key), or the protocol and cipher settings share nothing with current clients.',
        references: ['RFC 3207 §4', 'RFC 2595', 'RFC 5804 §2.2'],
        securitySeverity: '7.4',
    },
    'plaintext-auth-offered': {
        defaultSeverity: 'error',
        title: 'Authentication offered before TLS',
        what: 'Authentication is offered on the cleartext connection: SASL mechanisms before STARTTLS, IMAP LOGIN without LOGINDISABLED, or the POP3 USER command.',
        why: 'Passwords sent before TLS can be read by anyone on the path; RFC 2595 requires servers to be able to refuse cleartext logins without TLS, and RFC 8314 deprecates cleartext authentication.',
        fix: 'Offer authentication only after TLS: Postfix smtpd_tls_auth_only = yes; Dovecot disable_plaintext_auth = yes (auth_allow_cleartext = no from Dovecot 2.4), which also makes IMAP advertise LOGINDISABLED.',
        references: ['RFC 2595', 'RFC 5804', 'RFC 8314'],
        securitySeverity: '7.5',
    },
    'starttls-command-injection': {
        defaultSeverity: 'error',
        title: 'Plaintext commands executed inside TLS',
        what: 'A command sent in cleartext in the same packet as STARTTLS was kept by the server and executed after the handshake, as if it had been sent inside TLS.',
        why: 'An attacker on the path can inject commands into the client\'s protected session (CVE-2011-0411 and its IMAP and POP3 relatives); RFC 3207 §4.2 requires the server to forget everything from before the handshake.',
        fix: 'Upgrade the mail server: Postfix and most MTAs and IMAP/POP3 servers fixed this in 2011. Any proxy or load balancer that terminates STARTTLS itself must discard its input buffer when TLS starts.',
        references: ['CVE-2011-0411', 'RFC 3207 §4.2', 'RFC 2595'],
        securitySeverity: '8.1',
    },
    'http-not-redirected': {
        defaultSeverity: 'error',
        title: 'HTTP not redirected to HTTPS',
        what: 'Port 80 does not answer with a redirect (301, 302, 303, 307 or 308) whose Location is an absolute https:// URL on the same host and port 443.',
        why: 'Webmail over cleartext HTTP exposes logins and session cookies; a redirect to HTTPS on the same name (ideally with HSTS, RFC 6797) keeps users on the protected site.',
        fix: 'Redirect every request to HTTPS on the same name, e.g. nginx return 301 https://$host$request_uri; in the port-80 server block, or Apache Redirect permanent / https://mail.example.com/.',
        references: ['RFC 9110 §15.4', 'RFC 6797'],
        securitySeverity: '5.4',
    },
    'tls-version-legacy': {
        defaultSeverity: 'error',
        title: 'Legacy TLS version accepted',
        what: "The server completes a handshake with a TLS version below the policy's min-version (TLS 1.0 or 1.1 with the usual minimum of 1.2).",
        why: 'RFC 8996 deprecates TLS 1.0 and 1.1 (RFC 8997 for mail) and RFC 9325 requires TLS 1.2 or later; accepting old versions lets an attacker on the path push clients onto weaker cryptography.',
        fix: 'Allow only TLS 1.2 and 1.3: Postfix smtpd_tls_protocols = >=TLSv1.2 and smtpd_tls_mandatory_protocols = >=TLSv1.2; Dovecot ssl_min_protocol = TLSv1.2; nginx ssl_protocols TLSv1.2 TLSv1.3;.',
        references: ['RFC 8996', 'RFC 8997', 'RFC 9325 §3.1.1'],
        securitySeverity: '5.3',
    },
    'tls13-not-supported': {
        defaultSeverity: 'off',
        title: 'TLS 1.3 not supported',
        what: 'The server does not accept TLS 1.3. Off unless the policy turns it on.',
        why: 'RFC 9325 recommends TLS 1.3: it drops legacy key exchange and cipher suites and encrypts more of the handshake. A well-configured TLS 1.2 is still acceptable, hence off by default.',
        fix: 'Run the server against OpenSSL 1.1.1 or later and do not cap the version: Postfix smtpd_tls_protocols = >=TLSv1.2, Dovecot ssl_min_protocol = TLSv1.2 without ssl_max_protocol, nginx ssl_protocols TLSv1.2 TLSv1.3;.',
        references: ['RFC 9325 §3.1.1', 'RFC 8446'],
        securitySeverity: '2.0',
    },
    'certificate-untrusted': {
        defaultSeverity: 'error',
        title: 'Certificate not trusted',
        what: 'The certificate chain does not lead to a trusted root (the system roots plus any ca-file); self-signed certificates count as untrusted. Checked only when certificate verify is on.',
        why: 'Clients that validate the chain (RFC 5280 §6), as RFC 8314 asks mail clients to, refuse the connection; clients that do not validate are open to interception.',
        fix: 'Use a certificate from a public CA and serve the full chain, leaf first: Postfix smtpd_tls_chain_files, Dovecot ssl_cert with the full-chain file, nginx ssl_certificate with fullchain.pem. An MX host secured by DANE-EE TLSA records (RFC 7672) may set certificate verify to false instead.',
        references: ['RFC 5280 §6', 'RFC 8314', 'RFC 7672'],
        securitySeverity: '7.4',
    },
    'certificate-name-mismatch': {
        defaultSeverity: 'error',
        title: 'Certificate does not name the host',
        what: 'No subject alternative name in the certificate matches the host name in the policy (for an IP literal, no matching IP address SAN). Checked only when certificate verify is on.',
        why: 'RFC 7817 and RFC 6125 define how mail clients match the server name; a mismatch makes validating clients refuse and trains users to accept interception.',
        fix: 'Put the name clients use into the certificate as a DNS SAN (a wildcard covers one label only); on servers with several names, serve the right certificate per name (Dovecot local_name, Postfix tls_server_sni_maps, nginx server_name).',
        references: ['RFC 7817 §3', 'RFC 6125 §6'],
        securitySeverity: '7.4',
    },
    'certificate-expired': {
        defaultSeverity: 'error',
        title: 'Certificate expired or not yet valid',
        what: "The check's time is after the certificate's notAfter or before its notBefore.",
        why: 'Outside the validity period of RFC 5280 §4.1.2.5 validating clients refuse the connection, and users taught to click past the warning lose what TLS protects.',
        fix: 'Renew and deploy the certificate, then reload every service that uses it (postfix reload, doveadm reload, nginx -s reload); automate renewal with an ACME client and a hook that reloads them. For a not-yet-valid certificate, check its start date and the clocks involved.',
        references: ['RFC 5280 §4.1.2.5'],
        securitySeverity: '6.5',
    },
    'certificate-expiring': {
        defaultSeverity: 'warning',
        title: 'Certificate expiring soon',
        what: "The certificate expires in fewer days than the policy's min-days-left.",
        why: 'Validity ends at notAfter (RFC 5280 §4.1.2.5); renewing well ahead leaves time to notice a failed renewal before clients start refusing the service.',
        fix: 'Renew now and find out why automatic renewal did not run; make sure the renewal hook reloads Postfix, Dovecot and nginx, since a new file on disk is not served until the daemon reloads.',
        references: ['RFC 5280 §4.1.2.5'],
        securitySeverity: '3.1',
    },
    'certificate-weak': {
        defaultSeverity: 'warning',
        title: 'Weak certificate key or signature',
        what: 'The certificate has an RSA or DSA key under 2048 bits, an EC key under 256 bits, or an SHA-1 or MD5 signature.',
        why: 'Short keys and SHA-1 or MD5 signatures are within reach of well-funded attackers; RFC 9325 asks for RSA keys of at least 2048 bits and RFC 9155 removes MD5 and SHA-1 signatures from TLS 1.2.',
        fix: 'Reissue the certificate with an RSA key of 2048 bits or more or an ECDSA P-256 or P-384 key, signed with SHA-256 or stronger, and deploy it with current intermediates.',
        references: ['RFC 9325', 'RFC 9155', 'RFC 5280'],
        securitySeverity: '5.9',
    },
    'mx-lookup-failed': {
        defaultSeverity: 'error',
        title: 'MX look-up failed',
        what: "A policy domain's MX records could not be resolved (no such domain, server failure or time-out).",
        why: 'Senders cannot find the mail servers, so mail is delayed or bounced (RFC 5321 §5.1), and none of the MX hosts can be checked for STARTTLS (RFC 3207) or DANE (RFC 7672).',
        fix: "Check the domain's delegation and the MX records on its authoritative servers (dig MX example.com @ns1.example.net), and its DNSSEC signatures if the zone is signed.",
        references: ['RFC 5321 §5.1', 'RFC 7672'],
        securitySeverity: '5.3',
    },
    'mta-sts-missing': {
        defaultSeverity: 'error',
        title: 'MTA-STS not published',
        what: 'The domain publishes no MTA-STS policy: no _mta-sts TXT record with v=STSv1, or no policy file at https://mta-sts.<domain>/.well-known/mta-sts.txt.',
        why: 'Without MTA-STS (RFC 8461) or DANE (RFC 7672), senders use STARTTLS only opportunistically, and an attacker on the path can strip it or divert mail.',
        fix: 'Publish _mta-sts.example.com TXT "v=STSv1; id=20250101" and serve the policy file over HTTPS with a valid certificate for mta-sts.example.com, listing version, mode, one mx line per MX host, and max_age.',
        references: ['RFC 8461 §3', 'RFC 7672'],
        securitySeverity: '5.9',
    },
    'mta-sts-invalid': {
        defaultSeverity: 'error',
        title: 'MTA-STS policy invalid',
        what: 'The MTA-STS TXT record or policy file does not parse, or the file is served with an invalid certificate, a redirect, or a status other than 200.',
        why: 'RFC 8461 makes senders ignore a policy they cannot fetch and parse, so an invalid policy gives no protection at all.',
        fix: 'Serve /.well-known/mta-sts.txt from mta-sts.<domain> with status 200, Content-Type text/plain, no redirect and a valid certificate, containing version: STSv1, mode, mx and max_age; keep exactly one v=STSv1 TXT record with an id.',
        references: ['RFC 8461 §3.1', 'RFC 8461 §3.2', 'RFC 8461 §3.3'],
        securitySeverity: '5.9',
    },
    'mta-sts-not-enforcing': {
        defaultSeverity: 'error',
        title: 'MTA-STS not enforcing',
        what: 'The MTA-STS mode is weaker than the policy expects: testing or none where enforce is required, or none where testing is.',
        why: 'Only mode enforce makes senders refuse to deliver without valid TLS (RFC 8461 §5); testing only reports failures through TLS-RPT (RFC 8460).',
        fix: 'Once TLS-RPT reports in testing mode are clean, set mode: enforce in the policy file and change the id in the _mta-sts TXT record so senders fetch it again.',
        references: ['RFC 8461 §5', 'RFC 8460'],
        securitySeverity: '5.3',
    },
    'mta-sts-mx-not-covered': {
        defaultSeverity: 'error',
        title: 'MX host not covered by MTA-STS',
        what: 'An MX host of the domain matches no mx pattern in its MTA-STS policy.',
        why: 'Senders that enforce the policy refuse to deliver to an MX host it does not list (RFC 8461 §4.1), so mail to that host queues or bounces.',
        fix: 'Add the host, or a *.example.com pattern (which covers exactly one label), as an mx line in the policy file and change the TXT record id; or remove the stray MX record.',
        references: ['RFC 8461 §4.1'],
        securitySeverity: '5.9',
    },
    'tls-rpt-missing': {
        defaultSeverity: 'warning',
        title: 'TLS-RPT not published',
        what: 'The domain has no valid _smtp._tls TXT record (v=TLSRPTv1 with a rua address).',
        why: 'TLS-RPT (RFC 8460) lets sending servers report TLS failures they meet at your MX hosts; without it, broken STARTTLS, MTA-STS (RFC 8461) or DANE (RFC 7672) goes unnoticed.',
        fix: 'Publish _smtp._tls.example.com TXT "v=TLSRPTv1; rua=mailto:tls-reports@example.com" and make sure that mailbox is read or processed.',
        references: ['RFC 8460 §3'],
        securitySeverity: '2.6',
    },
    'waiver-expired': {
        defaultSeverity: 'warning',
        title: 'Waiver expired',
        what: 'A waiver in the policy is past its expires date (a waiver holds through that day, UTC) and no longer waives anything.',
        why: 'Waivers are meant to be temporary: once expired, the waived finding counts again, and reporting the lapse at the waiver line shows where to renew or remove the exception.',
        fix: 'Fix the waived problem and delete the waiver, or, if the exception is still justified, set a new expires date and update the reason.',
        references: ['mail-tls-gate policy: waivers'],
        securitySeverity: '3.1',
    },
    'service-busy': {
        defaultSeverity: 'warning',
        title: 'Service busy, checks inconclusive',
        what: 'The service turned the connection away as busy (an SMTP 4xx greeting such as 421, IMAP * BYE, POP3 -ERR, or a close before the greeting) and still did so after one retry.',
        why: 'Nothing about STARTTLS (RFC 3207) or TLS can be concluded from a server that will not talk, so the required checks are inconclusive; a lasting 421 (RFC 5321 §4.2.3) can also mean the checking address is rate-limited or blocked.',
        fix: 'Let the checking address past connection limits, greylisting and tarpits (e.g. Postfix postscreen_access_list, Dovecot login process_limit headroom), or run the check from an address the server trusts.',
        references: ['RFC 5321 §4.2.3', 'RFC 9051 §7.1.5', 'RFC 1939 §4'],
        securitySeverity: '2.0',
    },
};
const RULES = Object.freeze(Object.fromEntries(Object.entries(ENTRIES).map(([id, entry]) => [
    id,
    Object.freeze({
        id: id,
        ...entry,
        references: Object.freeze([...entry.references]),
        servers: Object.freeze({ ...SERVER_FIXES[id] }),
    }),
])));
function ruleMeta(id) {
    return RULES[id];
}


/***/ }),

/***/ 22390:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   tN: () => (/* binding */ rfcUrl)
/* harmony export */ });
/* unused harmony exports RULE_DOCS_URL, ruleName */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(32777);
// Where the rule pages live. Every link to a rule's page (SARIF helpUri, annotations, the job
// summary, the README) is built from RULE_DOCS_URL, so moving the docs means changing one line.

/** The project's repository. */
const REPOSITORY_URL = 'https://github.com/mail-tls-gate/mail-tls-gate';
/** The folder of the generated rule pages (docs/rules/<id>.md), as GitHub shows it. */
const RULE_DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/rules`;
/** The page that explains a rule and how to fix it on each server. */
function ruleDocsUrl(id) {
    return `${RULE_DOCS_URL}/${id}.md`;
}
/** "RFC 8314 §3" → the RFC Editor's page for RFC 8314; null for anything that is not an RFC. */
function rfcUrl(reference) {
    const rfc = /^RFC\s?(\d{3,5})\b/i.exec(reference);
    return rfc ? `https://www.rfc-editor.org/rfc/rfc${rfc[1]}` : null;
}
/** How annotations and the job summary name a rule: its title from the metadata, then its id. */
function ruleName(id) {
    return `${RULES[id].title} (${id})`;
}


/***/ }),

/***/ 81588:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ failureRule)
/* harmony export */ });
/* unused harmony export isBusyGreeting */
/* harmony import */ var _policy_services_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75680);

const TLS_STEPS = new Set(['starttls', 'handshake']);
/**
 * The rule a required endpoint's failure falls under, or null when the probe got through.
 * A failed TLS handshake recorded only in `facts.tls.error` counts too.
 */
function failureRule(endpoint, facts) {
    if (!facts.reachable)
        return 'required-service-unreachable';
    if (isBusyGreeting(endpoint, facts.plaintext?.greeting ?? null))
        return 'service-busy';
    const error = facts.error;
    if (error !== null)
        return ruleForError(endpoint, error);
    if (facts.tls !== null && facts.tls.error !== null)
        return tlsFailureRule(endpoint);
    return null;
}
function ruleForError(endpoint, error) {
    const atTls = TLS_STEPS.has(error.step);
    switch (error.kind) {
        case 'unresolved':
        case 'refused':
        case 'unreachable':
            return 'required-service-unreachable';
        case 'reset':
            // A reset before the service said anything is how many firewalls and tarpits refuse:
            // right after accepting, in answer to an implicit-TLS ClientHello (the probe marks a
            // reset as such only when no TLS record came back), or in answer to an HTTP request.
            if (error.step === 'connect' || error.step === 'greeting' || error.step === 'http')
                return 'required-service-unreachable';
            if (error.step === 'handshake' && _policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg[endpoint.service].transport === 'implicit-tls')
                return 'required-service-unreachable';
            return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
        case 'timeout':
            if (error.step === 'connect' || error.step === 'resolve')
                return 'required-service-unreachable';
            return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
        case 'closed':
            // Closing before the greeting is what overloaded or rate-limiting servers do: the
            // checks are inconclusive rather than failed (DESIGN.md, service-busy).
            // An implicit-TLS close before any TLS record is marked busy by the probe: the same thing.
            if (error.busy || error.step === 'greeting' || error.step === 'connect')
                return 'service-busy';
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
/** A greeting that says "come back later": 4xx in SMTP, `* BYE` in IMAP, `-ERR` in POP3, `BYE` in ManageSieve. */
function isBusyGreeting(endpoint, greeting) {
    if (greeting === null || greeting === '')
        return false;
    const first = greeting.split('\n', 1)[0].trimStart();
    switch (_policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg[endpoint.service].dialogue) {
        case 'smtp':
            return /^4\d\d(?:[ -]|$)/.test(first);
        case 'imap':
            return /^\* BYE\b/i.test(first);
        case 'pop3':
            return /^-ERR\b/i.test(first);
        case 'managesieve':
            // ManageSieve greets with capability lines; a refusal is a BYE on any of them.
            return greeting.split('\n').some((line) => /^BYE\b/i.test(line.trimStart()));
        case 'http':
        case 'none':
            return false;
    }
}


/***/ }),

/***/ 93182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SERVER_NAMES),
/* harmony export */   I: () => (/* binding */ RULE_IDS)
/* harmony export */ });
const RULE_IDS = [
    'required-service-unreachable',
    'forbidden-service-reachable',
    'service-misbehaving',
    'tls-handshake-failed',
    'starttls-not-offered',
    'starttls-failed',
    'plaintext-auth-offered',
    'starttls-command-injection',
    'http-not-redirected',
    'tls-version-legacy',
    'tls13-not-supported',
    'certificate-untrusted',
    'certificate-name-mismatch',
    'certificate-expired',
    'certificate-expiring',
    'certificate-weak',
    'mx-lookup-failed',
    'mta-sts-missing',
    'mta-sts-invalid',
    'mta-sts-not-enforcing',
    'mta-sts-mx-not-covered',
    'tls-rpt-missing',
    'waiver-expired',
    'service-busy',
];
/** The mail and web servers the rule pages give configuration for, in the order they are shown. */
const SERVER_NAMES = ['postfix', 'dovecot', 'exim', 'nginx'];


/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 71553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(77030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/report/neutralise.ts
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
/**
 * Is the `::` at `at` part of an IPv6 address written on its own (`::1`, `fe80::1`, `[::1]:25`)?
 * Then it stays readable. Anything else (`::error::`, `file=x::y`) is broken: no workflow
 * command can hide inside an address, since every command name is a word that is not hex.
 */
function insideIpv6Literal(chars, at) {
    const inAddress = (c) => c !== undefined && /[0-9A-Fa-f:.]/.test(c);
    const isWordChar = (c) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
    let start = at;
    while (inAddress(chars[start - 1]))
        start--;
    let end = at + 2;
    while (inAddress(chars[end]))
        end++;
    if (isWordChar(chars[start - 1]) || isWordChar(chars[end]))
        return false;
    return (0,external_node_net_.isIPv6)(chars.slice(start, end).join(''));
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

// EXTERNAL MODULE: ./src/order.ts
var order = __nccwpck_require__(5395);
// EXTERNAL MODULE: ./src/rules/links.ts
var links = __nccwpck_require__(22390);
// EXTERNAL MODULE: ./src/policy/services.ts
var services = __nccwpck_require__(75680);
// EXTERNAL MODULE: ./src/rules/types.ts
var types = __nccwpck_require__(93182);
;// CONCATENATED MODULE: ./src/report/matrix.ts
// The fleet at a glance: one row per host, one column per service, one mark per cell. The job
// summary and the command line's text open with it, each drawing it its own way.



/** The column of findings that belong to a host but to no service (domain checks, waivers). */
const OTHER_COLUMN = 'other';
const RULE_ORDER = new Map(types/* RULE_IDS */.I.map((id, i) => [id, i]));
/** Most severe first; among equals, the catalog's order (which puts causes before consequences). */
function compareSeverityThenRule(a, b) {
    return order/* SEVERITY_RANK */.f3[a.severity] - order/* SEVERITY_RANK */.f3[b.severity] || RULE_ORDER.get(a.rule) - RULE_ORDER.get(b.rule);
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
    const columns = [...services/* SERVICE_NAMES */.Z1.filter((s) => asked.has(s)), ...[...asked].filter((c) => !services/* SERVICE_NAMES */.Z1.includes(c) && c !== OTHER_COLUMN).sort(order/* compareText */.n6)];
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
    const rank = (r) => (r.worst === null ? 3 : order/* SEVERITY_RANK */.f3[r.worst]);
    rows.sort((a, b) => rank(a) - rank(b) || (0,order/* compareText */.n6)(a.host.toLowerCase(), b.host.toLowerCase()) || (0,order/* compareText */.n6)(a.host, b.host));
    return { columns, rows };
}
/** The rules named by failing or waived cells, in the catalog's order. */
function matrixRules(matrix) {
    const rules = new Set();
    for (const row of matrix.rows) {
        for (const cell of row.cells)
            if (cell.mark === 'fail' || cell.mark === 'waived')
                rules.add(cell.rule);
    }
    return [...rules].sort((a, b) => RULE_ORDER.get(a) - RULE_ORDER.get(b));
}

;// CONCATENATED MODULE: ./src/report/domains.ts
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
function mtaStsWords(d) {
    const sts = d.mtaSts;
    if (sts === null)
        return 'not checked';
    const record = sts.record.id !== null ? `id ${sts.record.id}` : sts.record.problem !== null ? `bad record` : 'no record';
    const f = sts.fetch;
    let file;
    if (f.error !== null)
        file = `policy not fetched: ${f.error}`;
    else if (f.redirect !== null)
        file = `HTTP ${f.status} to ${f.redirect}`;
    else if (f.status !== 200)
        file = `HTTP ${f.status}`;
    else if (f.tooLarge)
        file = 'policy over 64 KiB';
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
/** `MX …; MTA-STS …; TLS-RPT …` for one domain. */
function domainLine(d) {
    return `MX: ${mxWords(d)} · MTA-STS: ${mtaStsWords(d)} · TLS-RPT: ${tlsRptWords(d)}`;
}

;// CONCATENATED MODULE: ./src/report/words.ts
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
 * standing service-busy findings, or, for a run in which no required endpoint got through and
 * nothing says so any more (waived or turned off), one line that says it. Remote text is left as
 * is: each output escapes it its own way.
 */
function notConcluded(report) {
    const busy = report.findings.filter((f) => f.rule === 'service-busy' && !f.waived);
    const lines = busy.map((f) => `${findingPlace(f)}: ${f.message}`);
    if (lines.length === 0 && report.summary.result === 'inconclusive') {
        lines.push('no required endpoint could be reached or would talk, so nothing could be concluded');
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
    return (0,external_node_net_.isIP)(address) !== 0 ? address : neutralise(address, 64);
}
/** "host:port service", or just the domain for domain-wide findings. */
function findingPlace(f) {
    return `${f.host}${f.port === null ? '' : `:${f.port}`}${f.service === null ? '' : ` ${f.service}`}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts






/** Colour only where a person is watching, and never against their stated wish (no-color.org). */
function shouldUseColor(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' };
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
const CELL_MAX = 60;
const MESSAGE_MAX = 300;
const HEADER = ['SERVICE', 'PORT', 'ADDRESS', 'STATUS', 'TLS', 'CERTIFICATE'];
function formatText(report, opts) {
    const paint = (style, text) => (opts.color && text !== '' ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text);
    const endpoints = [...report.endpoints].sort(order/* compareEndpoints */.UC);
    const findings = [...report.findings].sort(order/* compareFindings */.Eg);
    const cells = new Map(endpoints.map((e) => [e, endpointCells(e)]));
    const widths = HEADER.map((h, i) => Math.max(h.length, ...[...cells.values()].map((c) => c[i].length)));
    const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
    const columns = (values) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
    const findingLine = (f, indent, place) => {
        const label = f.waived ? paint('dim', 'waived'.padEnd(8)) : paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
        const reason = f.waived && f.waiverReason ? ` (waived: ${f.waiverReason})` : '';
        const text = place + neutralise(`${f.message}${reason}`, MESSAGE_MAX);
        return `${indent}${label} ${f.rule.padEnd(ruleWidth)}  ${text}`;
    };
    const evidenceLine = (f, indent) => f.evidence === null ? [] : [`${indent}${' '.repeat(9 + ruleWidth + 2)}${paint('dim', `seen: ${neutralise(f.evidence, MESSAGE_MAX)}`)}`];
    const lines = matrixLines(report, paint);
    const hosts = [...new Set([...endpoints.map((e) => e.host), ...findings.map((f) => f.host)])].sort(order/* compareText */.n6);
    for (const host of hosts) {
        const own = endpoints.filter((e) => e.host === host);
        const hostFindings = findings.filter((f) => f.host === host);
        lines.push(paint('bold', neutralise(host, 253)));
        if (own.length > 0)
            lines.push('  ' + paint('dim', columns(HEADER)));
        for (const e of own) {
            const row = columns(cells.get(e));
            lines.push('  ' + (e.reachable ? row : paint('yellow', row)));
            for (const f of hostFindings.filter((f) => samePlace(e, f))) {
                lines.push(findingLine(f, '    ', ''), ...evidenceLine(f, '    '));
            }
        }
        // Findings not tied to a probed endpoint: domain checks, or ports the probe never reached.
        for (const f of hostFindings.filter((f) => !own.some((e) => samePlace(e, f)))) {
            const place = f.port === null && f.service === null ? '' : `${placeOf(f)}: `;
            lines.push(findingLine(f, '  ', place), ...evidenceLine(f, '  '));
        }
        lines.push('');
    }
    if (report.domains !== undefined && report.domains.length > 0) {
        lines.push(paint('bold', 'Domains'));
        for (const d of report.domains)
            lines.push(`  ${neutralise(d.domain, 253)}  ${neutralise(domainLine(d), 400)}`);
        lines.push('');
    }
    const open = notConcluded(report);
    if (open.length > 0) {
        lines.push(paint('yellow', 'Not concluded (inconclusive checks):'));
        for (const line of open)
            lines.push(`  ${neutralise(line, MESSAGE_MAX)}`);
        lines.push('');
    }
    const verdict = verdictLine(report);
    const result = report.summary.result;
    lines.push(paint(result === 'pass' ? 'green' : result === 'inconclusive' ? 'yellow' : 'red', verdict));
    return lines.join('\n') + '\n';
}
const HOST_MAX = 40;
const SEVERITY_LETTER = { error: 'E', warning: 'W', notice: 'N' };
const PLAIN_MARK = { pass: 'ok', waived: 'wv', 'not-asked': '.' };
/**
 * The fleet at a glance, first: a host per line (those with findings first), a short mark per
 * service, and a legend that numbers the rules the marks name.
 */
function matrixLines(report, paint) {
    const matrix = fleetMatrix(report);
    if (matrix.rows.length === 0)
        return [];
    const rules = [...new Set(matrix.rows.flatMap((r) => r.cells.flatMap((c) => (c.mark === 'fail' ? [c.rule] : []))))];
    const numbers = new Map(rules.map((rule, i) => [rule, i + 1]));
    const mark = (c) => (c.mark === 'fail' ? `${SEVERITY_LETTER[c.severity]}${numbers.get(c.rule)}` : PLAIN_MARK[c.mark]);
    const style = (c) => (c.mark === 'fail' ? SEVERITY_STYLE[c.severity] : c.mark === 'pass' ? 'green' : 'dim');
    const hosts = matrix.rows.map((r) => neutralise(r.host, HOST_MAX));
    const hostWidth = Math.max(4, ...hosts.map((h) => h.length));
    const columns = matrix.columns.map((c) => neutralise(c, CELL_MAX / 3));
    const widths = columns.map((c, i) => Math.max(c.length, ...matrix.rows.map((r) => mark(r.cells[i]).length)));
    const failing = matrix.rows.filter((r) => r.worst !== null).length;
    const lines = [
        paint('bold', `Fleet: ${plural(matrix.rows.length, 'host')}, ${failing} with findings, ${matrix.rows.length - failing} without`),
        '  ' + paint('dim', ['HOST'.padEnd(hostWidth), ...columns.map((c, i) => c.padEnd(widths[i]))].join('  ').trimEnd()),
    ];
    matrix.rows.forEach((r, n) => {
        const cells = r.cells.map((c, i) => {
            const text = mark(c);
            const pad = i === r.cells.length - 1 ? '' : ' '.repeat(widths[i] - text.length);
            return paint(style(c), text) + pad;
        });
        lines.push(`  ${hosts[n].padEnd(hostWidth)}  ${cells.join('  ')}`);
    });
    lines.push(paint('dim', '  ok pass · E/W/N error/warning/notice, the most severe rule (numbered below) · wv waived · . not asked'));
    const numberWidth = String(rules.length).length;
    const ruleWidth = Math.max(0, ...rules.map((r) => r.length));
    for (const rule of rules) {
        lines.push(`  ${String(numbers.get(rule)).padStart(numberWidth)}  ${rule.padEnd(ruleWidth)}  ${paint('dim', (0,links/* ruleDocsUrl */.hS)(rule))}`);
    }
    lines.push('');
    return lines;
}
function endpointCells(e) {
    return [
        neutralise(e.service, CELL_MAX),
        String(e.port),
        e.address === null ? '-' : addressText(e.address),
        neutralise(endpointStatus(e), CELL_MAX),
        neutralise(tlsSummary(e) || '-', CELL_MAX),
        neutralise(certificateDays(e) || '-', CELL_MAX),
    ];
}
function samePlace(e, f) {
    return e.host === f.host && e.address === f.address && e.port === f.port && e.service === f.service;
}
function placeOf(f) {
    return [f.address === null ? '' : addressText(f.address), f.port === null ? '' : String(f.port), f.service === null ? '' : neutralise(f.service, CELL_MAX)]
        .filter(Boolean)
        .join(' ');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __nccwpck_require__(71553);
;// CONCATENATED MODULE: ./src/plan/plan.ts
// Expand the policy into endpoints: hosts × services × addresses. Name resolution is the only
// outside contact, and it is injectable so tests need no DNS.



const systemResolveAll = async (host) => {
    const found = await (0,external_node_dns_promises_.lookup)(host, { all: true, verbatim: true });
    return found.map((a) => a.address);
};
// Several host entries may share no names, but one name may be asked for by both a host entry
// and (later) an MX expansion: resolve each name once, a bounded number at a time.
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
    if ((0,external_node_net_.isIP)(name))
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
function endpointsFor(host, resolution) {
    const settings = { tls: host.tls, certificate: host.certificate, timeoutMs: host.timeoutMs, addresses: host.addresses };
    const addresses = resolution.error !== undefined ? [null] : host.addresses === 'first' ? resolution.addresses.slice(0, 1) : resolution.addresses;
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
                settings,
            };
            if (address === null)
                endpoint.resolveError = resolution.error;
            out.push(endpoint);
        }
    }
    return out;
}
async function buildPlan(policy, resolveAll = systemResolveAll, extra) {
    const resolutions = await resolveNames(policy.hosts.map((h) => h.host), resolveAll);
    const endpoints = policy.hosts.flatMap((host) => endpointsFor(host, resolutions.get(host.host)));
    if (extra !== undefined && extra.hosts.length > 0) {
        const extraResolutions = await resolveNames(extra.hosts.map((h) => h.host), extra.resolveAll);
        // A host both in hosts: and among the MX hosts keeps both requests; the same endpoint and
        // service asked for twice is planned once (the hosts: entry, written first, keeps its place).
        const planned = new Set(endpoints.map(endpointKey));
        for (const endpoint of extra.hosts.flatMap((host) => endpointsFor(host, extraResolutions.get(host.host)))) {
            const key = endpointKey(endpoint);
            if (planned.has(key))
                continue;
            planned.add(key);
            endpoints.push(endpoint);
        }
    }
    endpoints.sort(order/* comparePlace */.f8);
    return { endpoints };
}
function endpointKey(e) {
    return JSON.stringify([e.host, e.address, e.port, e.service, e.expectation]);
}

;// CONCATENATED MODULE: ./src/policy/hostname.ts
// Host names and IP literals as a policy writes them: what is wrong with a bad one, and the
// one spelling used for comparing, planning and reporting a good one.
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
        return parseIpv6(value) === undefined ? 'is not a valid IPv6 address' : undefined;
    }
    const labels = name.split('.');
    if (labels.every((label) => /^[0-9]+$/.test(label))) {
        if (kind === 'domain')
            return 'must be a domain name, not an IP address';
        return isIpv4(name) ? undefined : 'is not a valid IPv4 address';
    }
    if (/^[0-9]+$/.test(labels[labels.length - 1]))
        return 'is not a valid host name: its last label is all digits';
    return undefined;
}
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
    let bestLength = 1; // a single zero group is never compressed
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
/** The one spelling of a host: lower case, no trailing dot, IPv6 in RFC 5952 form. */
function normaliseHost(value) {
    if (value.includes(':')) {
        const groups = parseIpv6(value);
        return groups === undefined ? value.toLowerCase() : formatIpv6(groups);
    }
    return value.toLowerCase().replace(/\.$/, '');
}

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

;// CONCATENATED MODULE: ./src/policy/duration.ts
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

;// CONCATENATED MODULE: ./src/policy/settings.ts
// The settings every host gets, and how `defaults:` and a host's own entry layer over them.

/** What a policy gets for anything its `defaults:` leaves out. */
const BUILT_IN_SETTINGS = Object.freeze({
    tls: Object.freeze({ minVersion: '1.2' }),
    certificate: Object.freeze({ verify: true, minDaysLeft: 21 }),
    timeoutMs: 10_000,
    addresses: 'all',
});
/** `written` over `base`, key by key: a host that sets only `certificate.verify` keeps the rest. */
function layerSettings(base, written) {
    const minVersion = written.tls?.['min-version'];
    const timeout = written.timeout === undefined ? undefined : parseDuration(written.timeout);
    return {
        tls: { minVersion: minVersion === undefined ? base.tls.minVersion : tlsVersionOf(minVersion) },
        certificate: {
            verify: written.certificate?.verify ?? base.certificate.verify,
            minDaysLeft: written.certificate?.['min-days-left'] ?? base.certificate.minDaysLeft,
        },
        timeoutMs: typeof timeout === 'number' ? timeout : base.timeoutMs,
        addresses: written.addresses ?? base.addresses,
    };
}
/** "1.2", or the YAML number 1.2 someone wrote unquoted (1.0 arrives as the number 1). */
function tlsVersionOf(written) {
    return (typeof written === 'number' ? written.toFixed(1) : written);
}

;// CONCATENATED MODULE: ./src/policy/build.ts
// The checked value → the Policy the rest of the program uses: defaults applied, aliases and
// spellings normalised, each item carrying where it was written. Runs only on a value that
// passed the schema and every other check, so it can rely on the shape.



function buildPolicy(value, locator) {
    const written = value;
    const defaults = layerSettings(BUILT_IN_SETTINGS, written.defaults ?? {});
    const requests = (items, path) => (items ?? []).map((item, j) => {
        const { service, port } = readServiceItem(item);
        return { service, port, location: locator.value([...path, j]) };
    });
    const hosts = (written.hosts ?? []).map((entry, i) => {
        const { host, require, forbid, ...overrides } = entry;
        return {
            host: normaliseHost(host),
            ...layerSettings(defaults, overrides),
            require: requests(require, ['hosts', i, 'require']),
            forbid: requests(forbid, ['hosts', i, 'forbid']),
            location: locator.value(['hosts', i]),
        };
    });
    const domains = (written.domains ?? []).map((entry, i) => ({
        domain: normaliseHost(entry.domain),
        mx: entry.mx === undefined ? null : { require: requests(entry.mx.require, ['domains', i, 'mx', 'require']) },
        mtaSts: entry['mta-sts'] ?? 'off',
        tlsRpt: entry['tls-rpt'] ?? 'off',
        location: locator.value(['domains', i]),
        keyLocations: {
            mtaSts: entry['mta-sts'] === undefined ? undefined : locator.key(['domains', i, 'mta-sts']),
            tlsRpt: entry['tls-rpt'] === undefined ? undefined : locator.key(['domains', i, 'tls-rpt']),
        },
    }));
    const rules = {};
    for (const [rule, severity] of Object.entries(written.rules ?? {})) {
        rules[rule] = { severity, location: locator.key(['rules', rule]) };
    }
    const waivers = (written.waivers ?? []).map((entry, i) => ({
        rule: entry.rule,
        host: normaliseHost(entry.host),
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
const schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mail-tls-gate/mail-tls-gate/blob/main/policies/schema.json","title":"mail-tls-gate policy","description":"Which mail hosts to check, which secure services they must offer and which plaintext services they must not, and how findings are weighed.","type":"object","required":["version"],"additionalProperties":false,"properties":{"version":{"title":"Policy format version","description":"Always 1.","const":1,"errorMessage":"must be 1, the only policy format version"},"defaults":{"title":"Defaults for every host","description":"Settings every host gets unless its own entry overrides them.","type":"object","additionalProperties":false,"properties":{"tls":{"$ref":"#/$defs/tls"},"certificate":{"$ref":"#/$defs/certificate"},"timeout":{"$ref":"#/$defs/duration","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"$ref":"#/$defs/addresses"}}},"hosts":{"title":"Hosts","description":"The mail hosts to probe, each with the services it must and must not offer.","type":"array","items":{"$ref":"#/$defs/host"}},"domains":{"title":"Domains","description":"Mail domains whose MX hosts, MTA-STS and TLS-RPT are checked.","type":"array","items":{"$ref":"#/$defs/domain"}},"rules":{"$ref":"#/$defs/ruleSeverities"},"waivers":{"title":"Waivers","description":"Time-limited exceptions: a finding of this rule on this host is reported as waived until the expiry date.","type":"array","items":{"$ref":"#/$defs/waiver"}}},"$defs":{"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"$ref":"#/$defs/tlsVersion"}}},"tlsVersion":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \\"1.2\\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}}},"duration":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m"},"addresses":{"title":"Addresses to probe","description":"all: every A and AAAA address of the host; first: only the first one. Default all.","enum":["all","first"]},"hostName":{"title":"Host","description":"A DNS name or an IP address (IPv6 without brackets). No scheme, port or path.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$","patternErrorMessage":"must be a host name such as mail.example.com or an IP address, without scheme, port or path","errorMessage":"must be a host name such as mail.example.com or an IP address"},"domainName":{"title":"Domain","description":"A mail domain, such as example.com.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\\\.?$","patternErrorMessage":"must be a domain name such as example.com","errorMessage":"must be a domain name such as example.com"},"host":{"title":"Host entry","type":"object","required":["host"],"additionalProperties":false,"properties":{"host":{"$ref":"#/$defs/hostName"},"require":{"$ref":"#/$defs/serviceList","title":"Required services","description":"Services that must be reachable and pass their checks (STARTTLS offered, TLS and certificate rules)."},"forbid":{"$ref":"#/$defs/serviceList","title":"Forbidden services","description":"Services that must be unreachable, such as plaintext imap and pop3 (RFC 8314)."},"tls":{"$ref":"#/$defs/tls"},"certificate":{"$ref":"#/$defs/certificate"},"timeout":{"$ref":"#/$defs/duration","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"$ref":"#/$defs/addresses"}}},"serviceList":{"title":"Services","description":"Each item is a service name (its standard port) or { service, port } for a custom port.","type":"array","items":{"$ref":"#/$defs/serviceItem"}},"serviceItem":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }.","errorMessage":"must be a service name such as imaps, or a mapping with service and port","oneOf":[{"$ref":"#/$defs/serviceName"},{"title":"Service on a custom port","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"$ref":"#/$defs/serviceName"},"port":{"$ref":"#/$defs/port"}}}]},"serviceName":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service\'s standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"domain":{"title":"Domain entry","type":"object","required":["domain"],"additionalProperties":false,"properties":{"domain":{"$ref":"#/$defs/domainName"},"mx":{"title":"MX hosts","description":"Resolve the domain\'s MX records; every MX host must pass these services\' checks.","type":"object","required":["require"],"additionalProperties":false,"properties":{"require":{"$ref":"#/$defs/serviceList","title":"Services every MX host must offer"}}},"mta-sts":{"title":"MTA-STS expectation","description":"enforce, testing or off (RFC 8461). Default off.","enum":["enforce","testing","off"]},"tls-rpt":{"title":"TLS-RPT expectation","description":"required or off (RFC 8460). Default off.","enum":["required","off"]}}},"ruleId":{"title":"Rule","description":"A rule id, as in reports and SARIF.","enum":["required-service-unreachable","forbidden-service-reachable","service-misbehaving","tls-handshake-failed","starttls-not-offered","starttls-failed","plaintext-auth-offered","starttls-command-injection","http-not-redirected","tls-version-legacy","tls13-not-supported","certificate-untrusted","certificate-name-mismatch","certificate-expired","certificate-expiring","certificate-weak","mx-lookup-failed","mta-sts-missing","mta-sts-invalid","mta-sts-not-enforcing","mta-sts-mx-not-covered","tls-rpt-missing","waiver-expired","service-busy"]},"severity":{"title":"Severity","enum":["error","warning","notice","off"]},"ruleSeverities":{"title":"Rule severities","description":"Override a rule\'s default severity: error, warning, notice or off.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"$ref":"#/$defs/severity","description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"$ref":"#/$defs/severity","description":"A forbidden service accepts a connection."},"service-misbehaving":{"$ref":"#/$defs/severity","description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"$ref":"#/$defs/severity","description":"Implicit TLS does not complete."},"starttls-not-offered":{"$ref":"#/$defs/severity","description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"$ref":"#/$defs/severity","description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"$ref":"#/$defs/severity","description":"Authentication is offered before TLS."},"starttls-command-injection":{"$ref":"#/$defs/severity","description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"$ref":"#/$defs/severity","description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"$ref":"#/$defs/severity","description":"A TLS version below min-version is accepted."},"tls13-not-supported":{"$ref":"#/$defs/severity","description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"$ref":"#/$defs/severity","description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"$ref":"#/$defs/severity","description":"No subject alternative name matches the host."},"certificate-expired":{"$ref":"#/$defs/severity","description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"$ref":"#/$defs/severity","description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"$ref":"#/$defs/severity","description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"mx-lookup-failed":{"$ref":"#/$defs/severity","description":"A domain\'s MX records cannot be resolved."},"mta-sts-missing":{"$ref":"#/$defs/severity","description":"The domain publishes no MTA-STS policy (RFC 8461)."},"mta-sts-invalid":{"$ref":"#/$defs/severity","description":"The domain\'s MTA-STS record or policy file is malformed (RFC 8461)."},"mta-sts-not-enforcing":{"$ref":"#/$defs/severity","description":"The MTA-STS policy is weaker than the mode this policy expects (RFC 8461)."},"mta-sts-mx-not-covered":{"$ref":"#/$defs/severity","description":"An MX host is not matched by the MTA-STS policy\'s mx patterns (RFC 8461)."},"tls-rpt-missing":{"$ref":"#/$defs/severity","description":"No valid _smtp._tls TXT record (RFC 8460)."},"waiver-expired":{"$ref":"#/$defs/severity","description":"A waiver\'s expiry date has passed."},"service-busy":{"$ref":"#/$defs/severity","description":"The service answered busy (421, 4xx, * BYE, -ERR or an early close) even after a retry, so its checks are inconclusive."}}},"waiver":{"title":"Waiver","type":"object","required":["rule","host","reason","expires"],"additionalProperties":false,"properties":{"rule":{"$ref":"#/$defs/ruleId"},"host":{"$ref":"#/$defs/hostName","description":"A host in hosts, or a domain in domains."},"port":{"$ref":"#/$defs/port","description":"Waive only on this port; omit to waive on every port of the host."},"reason":{"title":"Reason","description":"Why the exception exists, and where its removal is tracked.","type":"string","pattern":"\\\\S","errorMessage":"must say why the waiver exists","patternErrorMessage":"must say why the waiver exists"},"expires":{"title":"Expiry date","description":"YYYY-MM-DD. The waiver holds through this day (UTC); after it, the finding returns and waiver-expired fires.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","errorMessage":"must be a date written YYYY-MM-DD","patternErrorMessage":"must be a date written YYYY-MM-DD"}}}}}');
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

;// CONCATENATED MODULE: ./src/policy/suggest.ts
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
/** " (did you mean 'x'?)" or nothing. */
function didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined ? '' : ` (did you mean '${match}'?)`;
}

;// CONCATENATED MODULE: ./src/policy/checks.ts
// Checks the schema cannot state: bounds on durations, real calendar dates, real IP
// addresses, duplicates and contradictions, waivers that name hosts the policy knows.
// They read the value defensively, so that they run (and report) alongside schema problems
// in the parts that are well formed.







function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    const hostNames = new Map(); // normalised name → line of first entry
    listAt(policy, 'hosts').forEach((entry, i) => {
        if (!isRecord(entry))
            return;
        const path = ['hosts', i];
        checkTimeout(entry, path, report);
        const name = checkName(entry['host'], 'hostName', 'host', [...path, 'host'], report);
        if (name !== undefined) {
            const first = hostNames.get(name);
            if (first !== undefined) {
                report([...path, 'host'], `host ${name} is listed twice (first at line ${first}); merge the two entries`);
            }
            else {
                hostNames.set(name, locator.value([...path, 'host']).line);
            }
        }
        const label = name ?? (typeof entry['host'] === 'string' ? clip(entry['host']) : `hosts[${i}]`);
        const require = entry['require'];
        const forbid = entry['forbid'];
        const emptyOrAbsent = (list) => list === undefined || (Array.isArray(list) && list.length === 0);
        if (name !== undefined && emptyOrAbsent(require) && emptyOrAbsent(forbid)) {
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
        const name = checkName(entry['domain'], 'domainName', 'domain', [...path, 'domain'], report);
        if (name !== undefined) {
            const first = domainNames.get(name);
            if (first !== undefined) {
                report([...path, 'domain'], `domain ${name} is listed twice (first at line ${first}); merge the two entries`);
            }
            else {
                domainNames.set(name, locator.value([...path, 'domain']).line);
            }
        }
        const mx = entry['mx'];
        if (isRecord(mx)) {
            checkServiceLists([{ key: 'require', items: listAt(mx, 'require') }], [...path, 'mx'], `the MX hosts of ${name ?? `domains[${i}]`}`, locator, report);
        }
    });
    const anyHosts = Array.isArray(policy['hosts']) && policy['hosts'].length > 0;
    const anyDomains = Array.isArray(policy['domains']) && policy['domains'].length > 0;
    const structurallyListed = (key) => policy[key] === undefined || Array.isArray(policy[key]);
    if (!anyHosts && !anyDomains && structurallyListed('hosts') && structurallyListed('domains')) {
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
        const host = checkName(waiver['host'], 'hostName', 'host', [...path, 'host'], report);
        if (host !== undefined && !hostNames.has(host) && !domainNames.has(host)) {
            const guess = closestMatch(host, known);
            report([...path, 'host'], `waiver for ${host}, which is neither a host in hosts nor a domain in domains` +
                (guess === undefined ? '' : ` (did you mean '${guess}'?)`));
        }
    });
    return problems;
}
function checkTimeout(record, path, report) {
    const timeout = record['timeout'];
    if (!matches('duration', timeout))
        return; // the schema reports any other shape
    const ms = parseDuration(timeout);
    if (typeof ms !== 'number') {
        report([...path, 'timeout'], `${subjectOf([...path, 'timeout'])} '${clip(timeout)}' is out of range: ${ms.error}`);
    }
}
/** The normalised name when it is a good one; reports what the pattern could not. */
function checkName(value, definition, kind, path, report) {
    if (!matches(definition, value))
        return undefined;
    const problem = hostLiteralProblem(value, kind);
    if (problem !== undefined) {
        report(path, `${subjectOf(path)} '${clip(value)}' ${problem}`);
        return undefined;
    }
    return normaliseHost(value);
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
            const wanted = readServiceItem(item);
            if (wanted === undefined)
                return;
            const path = [...base, key, j];
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

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(36214);
;// CONCATENATED MODULE: ./src/policy/generated-schema-validator.js
// Generated from policies/schema.json by scripts/generate-schema-validator.mjs (npm run bundle). Do not edit.
/* eslint-disable */

const validate = validate20;/* harmony default export */ const generated_schema_validator = ((/* unused pure expression or super */ null && (validate20)));const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/mail-tls-gate/mail-tls-gate/blob/main/policies/schema.json","title":"mail-tls-gate policy","description":"Which mail hosts to check, which secure services they must offer and which plaintext services they must not, and how findings are weighed.","type":"object","required":["version"],"additionalProperties":false,"properties":{"version":{"title":"Policy format version","description":"Always 1.","const":1,"errorMessage":"must be 1, the only policy format version"},"defaults":{"title":"Defaults for every host","description":"Settings every host gets unless its own entry overrides them.","type":"object","additionalProperties":false,"properties":{"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]}}},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}}},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"title":"Addresses to probe","description":"all: every A and AAAA address of the host; first: only the first one. Default all.","enum":["all","first"]}}},"hosts":{"title":"Hosts","description":"The mail hosts to probe, each with the services it must and must not offer.","type":"array","items":{"title":"Host entry","type":"object","required":["host"],"additionalProperties":false,"properties":{"host":{"title":"Host","description":"A DNS name or an IP address (IPv6 without brackets). No scheme, port or path.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$","patternErrorMessage":"must be a host name such as mail.example.com or an IP address, without scheme, port or path","errorMessage":"must be a host name such as mail.example.com or an IP address"},"require":{"title":"Required services","description":"Services that must be reachable and pass their checks (STARTTLS offered, TLS and certificate rules).","type":"array","items":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }.","errorMessage":"must be a service name such as imaps, or a mapping with service and port","oneOf":[{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},{"title":"Service on a custom port","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service's standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"}}}]}},"forbid":{"title":"Forbidden services","description":"Services that must be unreachable, such as plaintext imap and pop3 (RFC 8314).","type":"array","items":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }.","errorMessage":"must be a service name such as imaps, or a mapping with service and port","oneOf":[{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},{"title":"Service on a custom port","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service's standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"}}}]}},"tls":{"title":"TLS settings","type":"object","additionalProperties":false,"properties":{"min-version":{"title":"Lowest acceptable TLS version","description":"A handshake below this version is a finding (tls-version-legacy). RFC 8996 deprecates 1.0 and 1.1. Default \"1.2\".","enum":["1.0","1.1","1.2","1.3",1,1.1,1.2,1.3]}}},"certificate":{"title":"Certificate settings","type":"object","additionalProperties":false,"properties":{"verify":{"title":"Verify the certificate","description":"Require a chain to a trusted root and a name that matches the host (RFC 7817). Default true.","type":"boolean","errorMessage":"must be true or false"},"min-days-left":{"title":"Minimum days of validity left","description":"A certificate expiring sooner is a finding (certificate-expiring). Default 21.","type":"integer","minimum":0,"maximum":3650,"errorMessage":"must be a whole number of days from 0 to 3650"}}},"timeout":{"title":"Duration","type":"string","pattern":"^[0-9]+(?:ms|s|m)$","patternErrorMessage":"must be a duration such as 500ms, 10s or 2m","errorMessage":"must be a duration such as 500ms, 10s or 2m","description":"How long each network step (connect, greeting, handshake) may take: a whole number followed by ms, s or m, from 100ms to 10m. Default 10s."},"addresses":{"title":"Addresses to probe","description":"all: every A and AAAA address of the host; first: only the first one. Default all.","enum":["all","first"]}}}},"domains":{"title":"Domains","description":"Mail domains whose MX hosts, MTA-STS and TLS-RPT are checked.","type":"array","items":{"title":"Domain entry","type":"object","required":["domain"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"A mail domain, such as example.com.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$","patternErrorMessage":"must be a domain name such as example.com","errorMessage":"must be a domain name such as example.com"},"mx":{"title":"MX hosts","description":"Resolve the domain's MX records; every MX host must pass these services' checks.","type":"object","required":["require"],"additionalProperties":false,"properties":{"require":{"title":"Services every MX host must offer","description":"Each item is a service name (its standard port) or { service, port } for a custom port.","type":"array","items":{"title":"Service","description":"A service name such as imaps, or { service: imaps, port: 10993 }.","errorMessage":"must be a service name such as imaps, or a mapping with service and port","oneOf":[{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},{"title":"Service on a custom port","type":"object","required":["service"],"additionalProperties":false,"properties":{"service":{"title":"Service","description":"smtp 25, submission 587, submissions (alias smtps) 465, imap 143, imaps 993, pop3 110, pop3s 995, managesieve (alias sieve) 4190, https 443, http 80.","enum":["smtp","submission","submissions","smtps","imap","imaps","pop3","pop3s","managesieve","sieve","https","http"]},"port":{"title":"Port","description":"Defaults to the service's standard port.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"}}}]}}}},"mta-sts":{"title":"MTA-STS expectation","description":"enforce, testing or off (RFC 8461). Default off.","enum":["enforce","testing","off"]},"tls-rpt":{"title":"TLS-RPT expectation","description":"required or off (RFC 8460). Default off.","enum":["required","off"]}}}},"rules":{"title":"Rule severities","description":"Override a rule's default severity: error, warning, notice or off.","type":"object","additionalProperties":false,"properties":{"required-service-unreachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required service refuses, resets or times out."},"forbidden-service-reachable":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A forbidden service accepts a connection."},"service-misbehaving":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No greeting in time, a greeting too long, or garbage instead of the protocol."},"tls-handshake-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Implicit TLS does not complete."},"starttls-not-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A required plaintext service does not advertise STARTTLS (STLS for POP3)."},"starttls-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"STARTTLS is refused, or the upgraded handshake fails."},"plaintext-auth-offered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Authentication is offered before TLS."},"starttls-command-injection":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Plaintext pipelined after STARTTLS is executed inside TLS (CVE-2011-0411 class)."},"http-not-redirected":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Port 80 does not redirect to https:// on the same host."},"tls-version-legacy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A TLS version below min-version is accepted."},"tls13-not-supported":{"title":"Severity","enum":["error","warning","notice","off"],"description":"TLS 1.3 is not negotiated (off unless enabled here)."},"certificate-untrusted":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The chain does not reach a trusted root; self-signed included."},"certificate-name-mismatch":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No subject alternative name matches the host."},"certificate-expired":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The certificate is not yet valid, or has expired."},"certificate-expiring":{"title":"Severity","enum":["error","warning","notice","off"],"description":"Fewer than min-days-left days remain before the certificate expires."},"certificate-weak":{"title":"Severity","enum":["error","warning","notice","off"],"description":"RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature."},"mx-lookup-failed":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A domain's MX records cannot be resolved."},"mta-sts-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The domain publishes no MTA-STS policy (RFC 8461)."},"mta-sts-invalid":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The domain's MTA-STS record or policy file is malformed (RFC 8461)."},"mta-sts-not-enforcing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The MTA-STS policy is weaker than the mode this policy expects (RFC 8461)."},"mta-sts-mx-not-covered":{"title":"Severity","enum":["error","warning","notice","off"],"description":"An MX host is not matched by the MTA-STS policy's mx patterns (RFC 8461)."},"tls-rpt-missing":{"title":"Severity","enum":["error","warning","notice","off"],"description":"No valid _smtp._tls TXT record (RFC 8460)."},"waiver-expired":{"title":"Severity","enum":["error","warning","notice","off"],"description":"A waiver's expiry date has passed."},"service-busy":{"title":"Severity","enum":["error","warning","notice","off"],"description":"The service answered busy (421, 4xx, * BYE, -ERR or an early close) even after a retry, so its checks are inconclusive."}}},"waivers":{"title":"Waivers","description":"Time-limited exceptions: a finding of this rule on this host is reported as waived until the expiry date.","type":"array","items":{"title":"Waiver","type":"object","required":["rule","host","reason","expires"],"additionalProperties":false,"properties":{"rule":{"title":"Rule","description":"A rule id, as in reports and SARIF.","enum":["required-service-unreachable","forbidden-service-reachable","service-misbehaving","tls-handshake-failed","starttls-not-offered","starttls-failed","plaintext-auth-offered","starttls-command-injection","http-not-redirected","tls-version-legacy","tls13-not-supported","certificate-untrusted","certificate-name-mismatch","certificate-expired","certificate-expiring","certificate-weak","mx-lookup-failed","mta-sts-missing","mta-sts-invalid","mta-sts-not-enforcing","mta-sts-mx-not-covered","tls-rpt-missing","waiver-expired","service-busy"]},"host":{"title":"Host","description":"A host in hosts, or a domain in domains.","type":"string","minLength":1,"maxLength":254,"pattern":"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$","patternErrorMessage":"must be a host name such as mail.example.com or an IP address, without scheme, port or path","errorMessage":"must be a host name such as mail.example.com or an IP address"},"port":{"title":"Port","description":"Waive only on this port; omit to waive on every port of the host.","type":"integer","minimum":1,"maximum":65535,"errorMessage":"must be a port number from 1 to 65535"},"reason":{"title":"Reason","description":"Why the exception exists, and where its removal is tracked.","type":"string","pattern":"\\S","errorMessage":"must say why the waiver exists","patternErrorMessage":"must say why the waiver exists"},"expires":{"title":"Expiry date","description":"YYYY-MM-DD. The waiver holds through this day (UTC); after it, the finding returns and waiver-expired fires.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","errorMessage":"must be a date written YYYY-MM-DD","patternErrorMessage":"must be a date written YYYY-MM-DD"}}}}}};const pattern4 = new RegExp("^[0-9]+(?:ms|s|m)$", "u");const pattern5 = new RegExp("^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$", "u");const pattern7 = new RegExp("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$", "u");const pattern9 = new RegExp("\\S", "u");const pattern10 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");const func1 = ucs2length["default"];const func5 = Object.prototype.hasOwnProperty;function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://github.com/mail-tls-gate/mail-tls-gate/blob/main/policies/schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "version") || (key0 === "defaults")) || (key0 === "hosts")) || (key0 === "domains")) || (key0 === "rules")) || (key0 === "waivers"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.defaults !== undefined){let data1 = data.defaults;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!((((key1 === "tls") || (key1 === "certificate")) || (key1 === "timeout")) || (key1 === "addresses"))){const err3 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.tls !== undefined){let data2 = data1.tls;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){if(!(key2 === "min-version")){const err4 = {instancePath:instancePath+"/defaults/tls",schemaPath:"#/properties/defaults/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults.properties.tls,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2["min-version"] !== undefined){let data3 = data2["min-version"];if(!((((((((data3 === "1.0") || (data3 === "1.1")) || (data3 === "1.2")) || (data3 === "1.3")) || (data3 === 1)) || (data3 === 1.1)) || (data3 === 1.2)) || (data3 === 1.3))){const err5 = {instancePath:instancePath+"/defaults/tls/min-version",schemaPath:"#/properties/defaults/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.defaults.properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.defaults.properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.defaults.properties.tls.properties["min-version"],data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/defaults/tls",schemaPath:"#/properties/defaults/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.properties.tls.type,parentSchema:schema31.properties.defaults.properties.tls,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.certificate !== undefined){let data4 = data1.certificate;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key3 in data4){if(!((key3 === "verify") || (key3 === "min-days-left"))){const err7 = {instancePath:instancePath+"/defaults/certificate",schemaPath:"#/properties/defaults/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults.properties.certificate,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.verify !== undefined){let data5 = data4.verify;if(typeof data5 !== "boolean"){const err8 = {instancePath:instancePath+"/defaults/certificate/verify",schemaPath:"#/properties/defaults/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.defaults.properties.certificate.properties.verify.type,parentSchema:schema31.properties.defaults.properties.certificate.properties.verify,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4["min-days-left"] !== undefined){let data6 = data4["min-days-left"];if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err9 = {instancePath:instancePath+"/defaults/certificate/min-days-left",schemaPath:"#/properties/defaults/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.defaults.properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.defaults.properties.certificate.properties["min-days-left"],data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 3650 || isNaN(data6)){const err10 = {instancePath:instancePath+"/defaults/certificate/min-days-left",schemaPath:"#/properties/defaults/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.defaults.properties.certificate.properties["min-days-left"],data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data6 < 0 || isNaN(data6)){const err11 = {instancePath:instancePath+"/defaults/certificate/min-days-left",schemaPath:"#/properties/defaults/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.defaults.properties.certificate.properties["min-days-left"],data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {instancePath:instancePath+"/defaults/certificate",schemaPath:"#/properties/defaults/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.properties.certificate.type,parentSchema:schema31.properties.defaults.properties.certificate,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data1.timeout !== undefined){let data7 = data1.timeout;if(typeof data7 === "string"){if(!pattern4.test(data7)){const err13 = {instancePath:instancePath+"/defaults/timeout",schemaPath:"#/properties/defaults/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.defaults.properties.timeout,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/defaults/timeout",schemaPath:"#/properties/defaults/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.defaults.properties.timeout.type,parentSchema:schema31.properties.defaults.properties.timeout,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data1.addresses !== undefined){let data8 = data1.addresses;if(!((data8 === "all") || (data8 === "first"))){const err15 = {instancePath:instancePath+"/defaults/addresses",schemaPath:"#/properties/defaults/properties/addresses/enum",keyword:"enum",params:{allowedValues: schema31.properties.defaults.properties.addresses.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.defaults.properties.addresses.enum,parentSchema:schema31.properties.defaults.properties.addresses,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.type,parentSchema:schema31.properties.defaults,data:data1};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.hosts !== undefined){let data9 = data.hosts;if(Array.isArray(data9)){const len0 = data9.length;for(let i0=0; i0<len0; i0++){let data10 = data9[i0];if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.host === undefined){const err17 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema31.properties.hosts.items.required,parentSchema:schema31.properties.hosts.items,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key4 in data10){if(!(((((((key4 === "host") || (key4 === "require")) || (key4 === "forbid")) || (key4 === "tls")) || (key4 === "certificate")) || (key4 === "timeout")) || (key4 === "addresses"))){const err18 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data10.host !== undefined){let data11 = data10.host;if(typeof data11 === "string"){if(func1(data11) > 254){const err19 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.hosts.items.properties.host,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(func1(data11) < 1){const err20 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.hosts.items.properties.host,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!pattern5.test(data11)){const err21 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$",parentSchema:schema31.properties.hosts.items.properties.host,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/hosts/" + i0+"/host",schemaPath:"#/properties/hosts/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.host.type,parentSchema:schema31.properties.hosts.items.properties.host,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data10.require !== undefined){let data12 = data10.require;if(Array.isArray(data12)){const len1 = data12.length;for(let i1=0; i1<len1; i1++){let data13 = data12[i1];const _errs30 = errors;let valid9 = false;let passing0 = null;const _errs31 = errors;if(!((((((((((((data13 === "smtp") || (data13 === "submission")) || (data13 === "submissions")) || (data13 === "smtps")) || (data13 === "imap")) || (data13 === "imaps")) || (data13 === "pop3")) || (data13 === "pop3s")) || (data13 === "managesieve")) || (data13 === "sieve")) || (data13 === "https")) || (data13 === "http"))){const err23 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[0].enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[0],data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}var _valid0 = _errs31 === errors;if(_valid0){valid9 = true;passing0 = 0;}const _errs32 = errors;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.service === undefined){const err24 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].required,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1],data:data13};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}for(const key5 in data13){if(!((key5 === "service") || (key5 === "port"))){const err25 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1],data:data13};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data13.service !== undefined){let data14 = data13.service;if(!((((((((((((data14 === "smtp") || (data14 === "submission")) || (data14 === "submissions")) || (data14 === "smtps")) || (data14 === "imap")) || (data14 === "imaps")) || (data14 === "pop3")) || (data14 === "pop3s")) || (data14 === "managesieve")) || (data14 === "sieve")) || (data14 === "https")) || (data14 === "http"))){const err26 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/service",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/service/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.service.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.service.enum,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.service,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data13.port !== undefined){let data15 = data13.port;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err27 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/port",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port.type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 > 65535 || isNaN(data15)){const err28 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/port",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port,data:data15};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data15 < 1 || isNaN(data15)){const err29 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1+"/port",schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1].properties.port,data:data15};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}}else {const err30 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.require.items.oneOf[1].type,parentSchema:schema31.properties.hosts.items.properties.require.items.oneOf[1],data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}var _valid0 = _errs32 === errors;if(_valid0 && valid9){valid9 = false;passing0 = [passing0, 1];}else {if(_valid0){valid9 = true;passing0 = 1;}}if(!valid9){const err31 = {instancePath:instancePath+"/hosts/" + i0+"/require/" + i1,schemaPath:"#/properties/hosts/items/properties/require/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.properties.hosts.items.properties.require.items.oneOf,parentSchema:schema31.properties.hosts.items.properties.require.items,data:data13};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}else {errors = _errs30;if(vErrors !== null){if(_errs30){vErrors.length = _errs30;}else {vErrors = null;}}}}}else {const err32 = {instancePath:instancePath+"/hosts/" + i0+"/require",schemaPath:"#/properties/hosts/items/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.hosts.items.properties.require.type,parentSchema:schema31.properties.hosts.items.properties.require,data:data12};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data10.forbid !== undefined){let data16 = data10.forbid;if(Array.isArray(data16)){const len2 = data16.length;for(let i2=0; i2<len2; i2++){let data17 = data16[i2];const _errs41 = errors;let valid13 = false;let passing1 = null;const _errs42 = errors;if(!((((((((((((data17 === "smtp") || (data17 === "submission")) || (data17 === "submissions")) || (data17 === "smtps")) || (data17 === "imap")) || (data17 === "imaps")) || (data17 === "pop3")) || (data17 === "pop3s")) || (data17 === "managesieve")) || (data17 === "sieve")) || (data17 === "https")) || (data17 === "http"))){const err33 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.forbid.items.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[0].enum,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[0],data:data17};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}var _valid1 = _errs42 === errors;if(_valid1){valid13 = true;passing1 = 0;}const _errs43 = errors;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.service === undefined){const err34 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].required,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1],data:data17};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}for(const key6 in data17){if(!((key6 === "service") || (key6 === "port"))){const err35 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1],data:data17};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data17.service !== undefined){let data18 = data17.service;if(!((((((((((((data18 === "smtp") || (data18 === "submission")) || (data18 === "submissions")) || (data18 === "smtps")) || (data18 === "imap")) || (data18 === "imaps")) || (data18 === "pop3")) || (data18 === "pop3s")) || (data18 === "managesieve")) || (data18 === "sieve")) || (data18 === "https")) || (data18 === "http"))){const err36 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/service",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/service/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.service.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.service.enum,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.service,data:data18};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data17.port !== undefined){let data19 = data17.port;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err37 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/port",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port.type,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port,data:data19};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 > 65535 || isNaN(data19)){const err38 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/port",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data19 < 1 || isNaN(data19)){const err39 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2+"/port",schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].properties.port,data:data19};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}}else {const err40 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1].type,parentSchema:schema31.properties.hosts.items.properties.forbid.items.oneOf[1],data:data17};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}var _valid1 = _errs43 === errors;if(_valid1 && valid13){valid13 = false;passing1 = [passing1, 1];}else {if(_valid1){valid13 = true;passing1 = 1;}}if(!valid13){const err41 = {instancePath:instancePath+"/hosts/" + i0+"/forbid/" + i2,schemaPath:"#/properties/hosts/items/properties/forbid/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema31.properties.hosts.items.properties.forbid.items.oneOf,parentSchema:schema31.properties.hosts.items.properties.forbid.items,data:data17};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}else {errors = _errs41;if(vErrors !== null){if(_errs41){vErrors.length = _errs41;}else {vErrors = null;}}}}}else {const err42 = {instancePath:instancePath+"/hosts/" + i0+"/forbid",schemaPath:"#/properties/hosts/items/properties/forbid/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.hosts.items.properties.forbid.type,parentSchema:schema31.properties.hosts.items.properties.forbid,data:data16};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data10.tls !== undefined){let data20 = data10.tls;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key7 in data20){if(!(key7 === "min-version")){const err43 = {instancePath:instancePath+"/hosts/" + i0+"/tls",schemaPath:"#/properties/hosts/items/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.tls,data:data20};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data20["min-version"] !== undefined){let data21 = data20["min-version"];if(!((((((((data21 === "1.0") || (data21 === "1.1")) || (data21 === "1.2")) || (data21 === "1.3")) || (data21 === 1)) || (data21 === 1.1)) || (data21 === 1.2)) || (data21 === 1.3))){const err44 = {instancePath:instancePath+"/hosts/" + i0+"/tls/min-version",schemaPath:"#/properties/hosts/items/properties/tls/properties/min-version/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.tls.properties["min-version"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.tls.properties["min-version"].enum,parentSchema:schema31.properties.hosts.items.properties.tls.properties["min-version"],data:data21};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/hosts/" + i0+"/tls",schemaPath:"#/properties/hosts/items/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.tls.type,parentSchema:schema31.properties.hosts.items.properties.tls,data:data20};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data10.certificate !== undefined){let data22 = data10.certificate;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key8 in data22){if(!((key8 === "verify") || (key8 === "min-days-left"))){const err46 = {instancePath:instancePath+"/hosts/" + i0+"/certificate",schemaPath:"#/properties/hosts/items/properties/certificate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hosts.items.properties.certificate,data:data22};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data22.verify !== undefined){let data23 = data22.verify;if(typeof data23 !== "boolean"){const err47 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/verify",schemaPath:"#/properties/hosts/items/properties/certificate/properties/verify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.hosts.items.properties.certificate.properties.verify.type,parentSchema:schema31.properties.hosts.items.properties.certificate.properties.verify,data:data23};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data22["min-days-left"] !== undefined){let data24 = data22["min-days-left"];if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){const err48 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/certificate/properties/min-days-left/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"].type,parentSchema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"],data:data24};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if((typeof data24 == "number") && (isFinite(data24))){if(data24 > 3650 || isNaN(data24)){const err49 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/certificate/properties/min-days-left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"],data:data24};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data24 < 0 || isNaN(data24)){const err50 = {instancePath:instancePath+"/hosts/" + i0+"/certificate/min-days-left",schemaPath:"#/properties/hosts/items/properties/certificate/properties/min-days-left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.hosts.items.properties.certificate.properties["min-days-left"],data:data24};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}}else {const err51 = {instancePath:instancePath+"/hosts/" + i0+"/certificate",schemaPath:"#/properties/hosts/items/properties/certificate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.properties.certificate.type,parentSchema:schema31.properties.hosts.items.properties.certificate,data:data22};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data10.timeout !== undefined){let data25 = data10.timeout;if(typeof data25 === "string"){if(!pattern4.test(data25)){const err52 = {instancePath:instancePath+"/hosts/" + i0+"/timeout",schemaPath:"#/properties/hosts/items/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(?:ms|s|m)$"},message:"must match pattern \""+"^[0-9]+(?:ms|s|m)$"+"\"",schema:"^[0-9]+(?:ms|s|m)$",parentSchema:schema31.properties.hosts.items.properties.timeout,data:data25};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}else {const err53 = {instancePath:instancePath+"/hosts/" + i0+"/timeout",schemaPath:"#/properties/hosts/items/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.hosts.items.properties.timeout.type,parentSchema:schema31.properties.hosts.items.properties.timeout,data:data25};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data10.addresses !== undefined){let data26 = data10.addresses;if(!((data26 === "all") || (data26 === "first"))){const err54 = {instancePath:instancePath+"/hosts/" + i0+"/addresses",schemaPath:"#/properties/hosts/items/properties/addresses/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.addresses.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.hosts.items.properties.addresses.enum,parentSchema:schema31.properties.hosts.items.properties.addresses,data:data26};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hosts.items.type,parentSchema:schema31.properties.hosts.items,data:data10};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.hosts.type,parentSchema:schema31.properties.hosts,data:data9};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.domains !== undefined){let data27 = data.domains;if(Array.isArray(data27)){const len3 = data27.length;for(let i3=0; i3<len3; i3++){let data28 = data27[i3];if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.domain === undefined){const err57 = {instancePath:instancePath+"/domains/" + i3,schemaPath:"#/properties/domains/items/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema31.properties.domains.items.required,parentSchema:schema31.properties.domains.items,data:data28};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}for(const key9 in data28){if(!((((key9 === "domain") || (key9 === "mx")) || (key9 === "mta-sts")) || (key9 === "tls-rpt"))){const err58 = {instancePath:instancePath+"/domains/" + i3,schemaPath:"#/properties/domains/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items,data:data28};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data28.domain !== undefined){let data29 = data28.domain;if(typeof data29 === "string"){if(func1(data29) > 254){const err59 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.domains.items.properties.domain,data:data29};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(func1(data29) < 1){const err60 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.domains.items.properties.domain,data:data29};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(!pattern7.test(data29)){const err61 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"},message:"must match pattern \""+"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"+"\"",schema:"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$",parentSchema:schema31.properties.domains.items.properties.domain,data:data29};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/domains/" + i3+"/domain",schemaPath:"#/properties/domains/items/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.properties.domain.type,parentSchema:schema31.properties.domains.items.properties.domain,data:data29};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data28.mx !== undefined){let data30 = data28.mx;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){if(data30.require === undefined){const err63 = {instancePath:instancePath+"/domains/" + i3+"/mx",schemaPath:"#/properties/domains/items/properties/mx/required",keyword:"required",params:{missingProperty: "require"},message:"must have required property '"+"require"+"'",schema:schema31.properties.domains.items.properties.mx.required,parentSchema:schema31.properties.domains.items.properties.mx,data:data30};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}for(const key10 in data30){if(!(key10 === "require")){const err64 = {instancePath:instancePath+"/domains/" + i3+"/mx",schemaPath:"#/properties/domains/items/properties/mx/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx,data:data30};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data30.require !== undefined){let data31 = data30.require;if(Array.isArray(data31)){const len4 = data31.length;for(let i4=0; i4<len4; i4++){let data32 = data31[i4];const _errs76 = errors;let valid23 = false;let passing2 = null;const _errs77 = errors;if(!((((((((((((data32 === "smtp") || (data32 === "submission")) || (data32 === "submissions")) || (data32 === "smtps")) || (data32 === "imap")) || (data32 === "imaps")) || (data32 === "pop3")) || (data32 === "pop3s")) || (data32 === "managesieve")) || (data32 === "sieve")) || (data32 === "https")) || (data32 === "http"))){const err65 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[0].enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[0],data:data32};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}var _valid2 = _errs77 === errors;if(_valid2){valid23 = true;passing2 = 0;}const _errs78 = errors;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){if(data32.service === undefined){const err66 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].required,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1],data:data32};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}for(const key11 in data32){if(!((key11 === "service") || (key11 === "port"))){const err67 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1],data:data32};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data32.service !== undefined){let data33 = data32.service;if(!((((((((((((data33 === "smtp") || (data33 === "submission")) || (data33 === "submissions")) || (data33 === "smtps")) || (data33 === "imap")) || (data33 === "imaps")) || (data33 === "pop3")) || (data33 === "pop3s")) || (data33 === "managesieve")) || (data33 === "sieve")) || (data33 === "https")) || (data33 === "http"))){const err68 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/service",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/service/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.service.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.service.enum,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.service,data:data33};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data32.port !== undefined){let data34 = data32.port;if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){const err69 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/port",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port,data:data34};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if((typeof data34 == "number") && (isFinite(data34))){if(data34 > 65535 || isNaN(data34)){const err70 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/port",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port,data:data34};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data34 < 1 || isNaN(data34)){const err71 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4+"/port",schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].properties.port,data:data34};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}}else {const err72 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1].type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf[1],data:data32};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}var _valid2 = _errs78 === errors;if(_valid2 && valid23){valid23 = false;passing2 = [passing2, 1];}else {if(_valid2){valid23 = true;passing2 = 1;}}if(!valid23){const err73 = {instancePath:instancePath+"/domains/" + i3+"/mx/require/" + i4,schemaPath:"#/properties/domains/items/properties/mx/properties/require/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema31.properties.domains.items.properties.mx.properties.require.items.oneOf,parentSchema:schema31.properties.domains.items.properties.mx.properties.require.items,data:data32};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}else {errors = _errs76;if(vErrors !== null){if(_errs76){vErrors.length = _errs76;}else {vErrors = null;}}}}}else {const err74 = {instancePath:instancePath+"/domains/" + i3+"/mx/require",schemaPath:"#/properties/domains/items/properties/mx/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.items.properties.mx.properties.require.type,parentSchema:schema31.properties.domains.items.properties.mx.properties.require,data:data31};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/domains/" + i3+"/mx",schemaPath:"#/properties/domains/items/properties/mx/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.properties.mx.type,parentSchema:schema31.properties.domains.items.properties.mx,data:data30};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data28["mta-sts"] !== undefined){let data35 = data28["mta-sts"];if(!(((data35 === "enforce") || (data35 === "testing")) || (data35 === "off"))){const err76 = {instancePath:instancePath+"/domains/" + i3+"/mta-sts",schemaPath:"#/properties/domains/items/properties/mta-sts/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties["mta-sts"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties["mta-sts"].enum,parentSchema:schema31.properties.domains.items.properties["mta-sts"],data:data35};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data28["tls-rpt"] !== undefined){let data36 = data28["tls-rpt"];if(!((data36 === "required") || (data36 === "off"))){const err77 = {instancePath:instancePath+"/domains/" + i3+"/tls-rpt",schemaPath:"#/properties/domains/items/properties/tls-rpt/enum",keyword:"enum",params:{allowedValues: schema31.properties.domains.items.properties["tls-rpt"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.domains.items.properties["tls-rpt"].enum,parentSchema:schema31.properties.domains.items.properties["tls-rpt"],data:data36};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/domains/" + i3,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.type,parentSchema:schema31.properties.domains.items,data:data28};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}else {const err79 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.type,parentSchema:schema31.properties.domains,data:data27};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.rules !== undefined){let data37 = data.rules;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key12 in data37){if(!(func5.call(schema31.properties.rules.properties, key12))){const err80 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.rules,data:data37};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data37["required-service-unreachable"] !== undefined){let data38 = data37["required-service-unreachable"];if(!((((data38 === "error") || (data38 === "warning")) || (data38 === "notice")) || (data38 === "off"))){const err81 = {instancePath:instancePath+"/rules/required-service-unreachable",schemaPath:"#/properties/rules/properties/required-service-unreachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["required-service-unreachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["required-service-unreachable"].enum,parentSchema:schema31.properties.rules.properties["required-service-unreachable"],data:data38};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data37["forbidden-service-reachable"] !== undefined){let data39 = data37["forbidden-service-reachable"];if(!((((data39 === "error") || (data39 === "warning")) || (data39 === "notice")) || (data39 === "off"))){const err82 = {instancePath:instancePath+"/rules/forbidden-service-reachable",schemaPath:"#/properties/rules/properties/forbidden-service-reachable/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["forbidden-service-reachable"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["forbidden-service-reachable"].enum,parentSchema:schema31.properties.rules.properties["forbidden-service-reachable"],data:data39};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data37["service-misbehaving"] !== undefined){let data40 = data37["service-misbehaving"];if(!((((data40 === "error") || (data40 === "warning")) || (data40 === "notice")) || (data40 === "off"))){const err83 = {instancePath:instancePath+"/rules/service-misbehaving",schemaPath:"#/properties/rules/properties/service-misbehaving/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["service-misbehaving"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["service-misbehaving"].enum,parentSchema:schema31.properties.rules.properties["service-misbehaving"],data:data40};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data37["tls-handshake-failed"] !== undefined){let data41 = data37["tls-handshake-failed"];if(!((((data41 === "error") || (data41 === "warning")) || (data41 === "notice")) || (data41 === "off"))){const err84 = {instancePath:instancePath+"/rules/tls-handshake-failed",schemaPath:"#/properties/rules/properties/tls-handshake-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-handshake-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-handshake-failed"].enum,parentSchema:schema31.properties.rules.properties["tls-handshake-failed"],data:data41};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data37["starttls-not-offered"] !== undefined){let data42 = data37["starttls-not-offered"];if(!((((data42 === "error") || (data42 === "warning")) || (data42 === "notice")) || (data42 === "off"))){const err85 = {instancePath:instancePath+"/rules/starttls-not-offered",schemaPath:"#/properties/rules/properties/starttls-not-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["starttls-not-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["starttls-not-offered"].enum,parentSchema:schema31.properties.rules.properties["starttls-not-offered"],data:data42};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data37["starttls-failed"] !== undefined){let data43 = data37["starttls-failed"];if(!((((data43 === "error") || (data43 === "warning")) || (data43 === "notice")) || (data43 === "off"))){const err86 = {instancePath:instancePath+"/rules/starttls-failed",schemaPath:"#/properties/rules/properties/starttls-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["starttls-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["starttls-failed"].enum,parentSchema:schema31.properties.rules.properties["starttls-failed"],data:data43};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data37["plaintext-auth-offered"] !== undefined){let data44 = data37["plaintext-auth-offered"];if(!((((data44 === "error") || (data44 === "warning")) || (data44 === "notice")) || (data44 === "off"))){const err87 = {instancePath:instancePath+"/rules/plaintext-auth-offered",schemaPath:"#/properties/rules/properties/plaintext-auth-offered/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["plaintext-auth-offered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["plaintext-auth-offered"].enum,parentSchema:schema31.properties.rules.properties["plaintext-auth-offered"],data:data44};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data37["starttls-command-injection"] !== undefined){let data45 = data37["starttls-command-injection"];if(!((((data45 === "error") || (data45 === "warning")) || (data45 === "notice")) || (data45 === "off"))){const err88 = {instancePath:instancePath+"/rules/starttls-command-injection",schemaPath:"#/properties/rules/properties/starttls-command-injection/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["starttls-command-injection"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["starttls-command-injection"].enum,parentSchema:schema31.properties.rules.properties["starttls-command-injection"],data:data45};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data37["http-not-redirected"] !== undefined){let data46 = data37["http-not-redirected"];if(!((((data46 === "error") || (data46 === "warning")) || (data46 === "notice")) || (data46 === "off"))){const err89 = {instancePath:instancePath+"/rules/http-not-redirected",schemaPath:"#/properties/rules/properties/http-not-redirected/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["http-not-redirected"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["http-not-redirected"].enum,parentSchema:schema31.properties.rules.properties["http-not-redirected"],data:data46};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data37["tls-version-legacy"] !== undefined){let data47 = data37["tls-version-legacy"];if(!((((data47 === "error") || (data47 === "warning")) || (data47 === "notice")) || (data47 === "off"))){const err90 = {instancePath:instancePath+"/rules/tls-version-legacy",schemaPath:"#/properties/rules/properties/tls-version-legacy/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-version-legacy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-version-legacy"].enum,parentSchema:schema31.properties.rules.properties["tls-version-legacy"],data:data47};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data37["tls13-not-supported"] !== undefined){let data48 = data37["tls13-not-supported"];if(!((((data48 === "error") || (data48 === "warning")) || (data48 === "notice")) || (data48 === "off"))){const err91 = {instancePath:instancePath+"/rules/tls13-not-supported",schemaPath:"#/properties/rules/properties/tls13-not-supported/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls13-not-supported"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls13-not-supported"].enum,parentSchema:schema31.properties.rules.properties["tls13-not-supported"],data:data48};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data37["certificate-untrusted"] !== undefined){let data49 = data37["certificate-untrusted"];if(!((((data49 === "error") || (data49 === "warning")) || (data49 === "notice")) || (data49 === "off"))){const err92 = {instancePath:instancePath+"/rules/certificate-untrusted",schemaPath:"#/properties/rules/properties/certificate-untrusted/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-untrusted"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-untrusted"].enum,parentSchema:schema31.properties.rules.properties["certificate-untrusted"],data:data49};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data37["certificate-name-mismatch"] !== undefined){let data50 = data37["certificate-name-mismatch"];if(!((((data50 === "error") || (data50 === "warning")) || (data50 === "notice")) || (data50 === "off"))){const err93 = {instancePath:instancePath+"/rules/certificate-name-mismatch",schemaPath:"#/properties/rules/properties/certificate-name-mismatch/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-name-mismatch"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-name-mismatch"].enum,parentSchema:schema31.properties.rules.properties["certificate-name-mismatch"],data:data50};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data37["certificate-expired"] !== undefined){let data51 = data37["certificate-expired"];if(!((((data51 === "error") || (data51 === "warning")) || (data51 === "notice")) || (data51 === "off"))){const err94 = {instancePath:instancePath+"/rules/certificate-expired",schemaPath:"#/properties/rules/properties/certificate-expired/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-expired"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-expired"].enum,parentSchema:schema31.properties.rules.properties["certificate-expired"],data:data51};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data37["certificate-expiring"] !== undefined){let data52 = data37["certificate-expiring"];if(!((((data52 === "error") || (data52 === "warning")) || (data52 === "notice")) || (data52 === "off"))){const err95 = {instancePath:instancePath+"/rules/certificate-expiring",schemaPath:"#/properties/rules/properties/certificate-expiring/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-expiring"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-expiring"].enum,parentSchema:schema31.properties.rules.properties["certificate-expiring"],data:data52};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data37["certificate-weak"] !== undefined){let data53 = data37["certificate-weak"];if(!((((data53 === "error") || (data53 === "warning")) || (data53 === "notice")) || (data53 === "off"))){const err96 = {instancePath:instancePath+"/rules/certificate-weak",schemaPath:"#/properties/rules/properties/certificate-weak/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["certificate-weak"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["certificate-weak"].enum,parentSchema:schema31.properties.rules.properties["certificate-weak"],data:data53};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data37["mx-lookup-failed"] !== undefined){let data54 = data37["mx-lookup-failed"];if(!((((data54 === "error") || (data54 === "warning")) || (data54 === "notice")) || (data54 === "off"))){const err97 = {instancePath:instancePath+"/rules/mx-lookup-failed",schemaPath:"#/properties/rules/properties/mx-lookup-failed/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mx-lookup-failed"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mx-lookup-failed"].enum,parentSchema:schema31.properties.rules.properties["mx-lookup-failed"],data:data54};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data37["mta-sts-missing"] !== undefined){let data55 = data37["mta-sts-missing"];if(!((((data55 === "error") || (data55 === "warning")) || (data55 === "notice")) || (data55 === "off"))){const err98 = {instancePath:instancePath+"/rules/mta-sts-missing",schemaPath:"#/properties/rules/properties/mta-sts-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-missing"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-missing"],data:data55};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data37["mta-sts-invalid"] !== undefined){let data56 = data37["mta-sts-invalid"];if(!((((data56 === "error") || (data56 === "warning")) || (data56 === "notice")) || (data56 === "off"))){const err99 = {instancePath:instancePath+"/rules/mta-sts-invalid",schemaPath:"#/properties/rules/properties/mta-sts-invalid/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-invalid"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-invalid"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-invalid"],data:data56};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data37["mta-sts-not-enforcing"] !== undefined){let data57 = data37["mta-sts-not-enforcing"];if(!((((data57 === "error") || (data57 === "warning")) || (data57 === "notice")) || (data57 === "off"))){const err100 = {instancePath:instancePath+"/rules/mta-sts-not-enforcing",schemaPath:"#/properties/rules/properties/mta-sts-not-enforcing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-not-enforcing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-not-enforcing"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-not-enforcing"],data:data57};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data37["mta-sts-mx-not-covered"] !== undefined){let data58 = data37["mta-sts-mx-not-covered"];if(!((((data58 === "error") || (data58 === "warning")) || (data58 === "notice")) || (data58 === "off"))){const err101 = {instancePath:instancePath+"/rules/mta-sts-mx-not-covered",schemaPath:"#/properties/rules/properties/mta-sts-mx-not-covered/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["mta-sts-mx-not-covered"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["mta-sts-mx-not-covered"].enum,parentSchema:schema31.properties.rules.properties["mta-sts-mx-not-covered"],data:data58};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data37["tls-rpt-missing"] !== undefined){let data59 = data37["tls-rpt-missing"];if(!((((data59 === "error") || (data59 === "warning")) || (data59 === "notice")) || (data59 === "off"))){const err102 = {instancePath:instancePath+"/rules/tls-rpt-missing",schemaPath:"#/properties/rules/properties/tls-rpt-missing/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["tls-rpt-missing"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["tls-rpt-missing"].enum,parentSchema:schema31.properties.rules.properties["tls-rpt-missing"],data:data59};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data37["waiver-expired"] !== undefined){let data60 = data37["waiver-expired"];if(!((((data60 === "error") || (data60 === "warning")) || (data60 === "notice")) || (data60 === "off"))){const err103 = {instancePath:instancePath+"/rules/waiver-expired",schemaPath:"#/properties/rules/properties/waiver-expired/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["waiver-expired"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["waiver-expired"].enum,parentSchema:schema31.properties.rules.properties["waiver-expired"],data:data60};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data37["service-busy"] !== undefined){let data61 = data37["service-busy"];if(!((((data61 === "error") || (data61 === "warning")) || (data61 === "notice")) || (data61 === "off"))){const err104 = {instancePath:instancePath+"/rules/service-busy",schemaPath:"#/properties/rules/properties/service-busy/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.properties["service-busy"].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.rules.properties["service-busy"].enum,parentSchema:schema31.properties.rules.properties["service-busy"],data:data61};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}}else {const err105 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.rules.type,parentSchema:schema31.properties.rules,data:data37};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data.waivers !== undefined){let data62 = data.waivers;if(Array.isArray(data62)){const len5 = data62.length;for(let i5=0; i5<len5; i5++){let data63 = data62[i5];if(data63 && typeof data63 == "object" && !Array.isArray(data63)){if(data63.rule === undefined){const err106 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data63};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}if(data63.host === undefined){const err107 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data63};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if(data63.reason === undefined){const err108 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data63};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}if(data63.expires === undefined){const err109 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'",schema:schema31.properties.waivers.items.required,parentSchema:schema31.properties.waivers.items,data:data63};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}for(const key13 in data63){if(!(((((key13 === "rule") || (key13 === "host")) || (key13 === "port")) || (key13 === "reason")) || (key13 === "expires"))){const err110 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.waivers.items,data:data63};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data63.rule !== undefined){let data64 = data63.rule;if(!((((((((((((((((((((((((data64 === "required-service-unreachable") || (data64 === "forbidden-service-reachable")) || (data64 === "service-misbehaving")) || (data64 === "tls-handshake-failed")) || (data64 === "starttls-not-offered")) || (data64 === "starttls-failed")) || (data64 === "plaintext-auth-offered")) || (data64 === "starttls-command-injection")) || (data64 === "http-not-redirected")) || (data64 === "tls-version-legacy")) || (data64 === "tls13-not-supported")) || (data64 === "certificate-untrusted")) || (data64 === "certificate-name-mismatch")) || (data64 === "certificate-expired")) || (data64 === "certificate-expiring")) || (data64 === "certificate-weak")) || (data64 === "mx-lookup-failed")) || (data64 === "mta-sts-missing")) || (data64 === "mta-sts-invalid")) || (data64 === "mta-sts-not-enforcing")) || (data64 === "mta-sts-mx-not-covered")) || (data64 === "tls-rpt-missing")) || (data64 === "waiver-expired")) || (data64 === "service-busy"))){const err111 = {instancePath:instancePath+"/waivers/" + i5+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/enum",keyword:"enum",params:{allowedValues: schema31.properties.waivers.items.properties.rule.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.waivers.items.properties.rule.enum,parentSchema:schema31.properties.waivers.items.properties.rule,data:data64};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data63.host !== undefined){let data65 = data63.host;if(typeof data65 === "string"){if(func1(data65) > 254){const err112 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.waivers.items.properties.host,data:data65};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}if(func1(data65) < 1){const err113 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.waivers.items.properties.host,data:data65};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if(!pattern5.test(data65)){const err114 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/pattern",keyword:"pattern",params:{pattern: "^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$",parentSchema:schema31.properties.waivers.items.properties.host,data:data65};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}else {const err115 = {instancePath:instancePath+"/waivers/" + i5+"/host",schemaPath:"#/properties/waivers/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.host.type,parentSchema:schema31.properties.waivers.items.properties.host,data:data65};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data63.port !== undefined){let data66 = data63.port;if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){const err116 = {instancePath:instancePath+"/waivers/" + i5+"/port",schemaPath:"#/properties/waivers/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.waivers.items.properties.port.type,parentSchema:schema31.properties.waivers.items.properties.port,data:data66};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}if((typeof data66 == "number") && (isFinite(data66))){if(data66 > 65535 || isNaN(data66)){const err117 = {instancePath:instancePath+"/waivers/" + i5+"/port",schemaPath:"#/properties/waivers/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.properties.waivers.items.properties.port,data:data66};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}if(data66 < 1 || isNaN(data66)){const err118 = {instancePath:instancePath+"/waivers/" + i5+"/port",schemaPath:"#/properties/waivers/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.waivers.items.properties.port,data:data66};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}}if(data63.reason !== undefined){let data67 = data63.reason;if(typeof data67 === "string"){if(!pattern9.test(data67)){const err119 = {instancePath:instancePath+"/waivers/" + i5+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31.properties.waivers.items.properties.reason,data:data67};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}else {const err120 = {instancePath:instancePath+"/waivers/" + i5+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.reason.type,parentSchema:schema31.properties.waivers.items.properties.reason,data:data67};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}if(data63.expires !== undefined){let data68 = data63.expires;if(typeof data68 === "string"){if(!pattern10.test(data68)){const err121 = {instancePath:instancePath+"/waivers/" + i5+"/expires",schemaPath:"#/properties/waivers/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema31.properties.waivers.items.properties.expires,data:data68};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}else {const err122 = {instancePath:instancePath+"/waivers/" + i5+"/expires",schemaPath:"#/properties/waivers/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.waivers.items.properties.expires.type,parentSchema:schema31.properties.waivers.items.properties.expires,data:data68};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}}else {const err123 = {instancePath:instancePath+"/waivers/" + i5,schemaPath:"#/properties/waivers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.waivers.items.type,parentSchema:schema31.properties.waivers.items,data:data63};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}}else {const err124 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.waivers.type,parentSchema:schema31.properties.waivers,data:data62};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}}else {const err125 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
const schema = schema31;
const definitions = [[["properties","defaults","properties","tls","properties","min-version"],"tlsVersion"],[["properties","defaults","properties","tls"],"tls"],[["properties","defaults","properties","certificate"],"certificate"],[["properties","defaults","properties","timeout"],"duration"],[["properties","defaults","properties","addresses"],"addresses"],[["properties","hosts","items","properties","host"],"hostName"],[["properties","hosts","items","properties","require","items","oneOf",0],"serviceName"],[["properties","hosts","items","properties","require","items","oneOf",1,"properties","service"],"serviceName"],[["properties","hosts","items","properties","require","items","oneOf",1,"properties","port"],"port"],[["properties","hosts","items","properties","require","items"],"serviceItem"],[["properties","hosts","items","properties","require"],"serviceList"],[["properties","hosts","items","properties","forbid","items","oneOf",0],"serviceName"],[["properties","hosts","items","properties","forbid","items","oneOf",1,"properties","service"],"serviceName"],[["properties","hosts","items","properties","forbid","items","oneOf",1,"properties","port"],"port"],[["properties","hosts","items","properties","forbid","items"],"serviceItem"],[["properties","hosts","items","properties","forbid"],"serviceList"],[["properties","hosts","items","properties","tls","properties","min-version"],"tlsVersion"],[["properties","hosts","items","properties","tls"],"tls"],[["properties","hosts","items","properties","certificate"],"certificate"],[["properties","hosts","items","properties","timeout"],"duration"],[["properties","hosts","items","properties","addresses"],"addresses"],[["properties","hosts","items"],"host"],[["properties","domains","items","properties","domain"],"domainName"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",0],"serviceName"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",1,"properties","service"],"serviceName"],[["properties","domains","items","properties","mx","properties","require","items","oneOf",1,"properties","port"],"port"],[["properties","domains","items","properties","mx","properties","require","items"],"serviceItem"],[["properties","domains","items","properties","mx","properties","require"],"serviceList"],[["properties","domains","items"],"domain"],[["properties","rules","properties","required-service-unreachable"],"severity"],[["properties","rules","properties","forbidden-service-reachable"],"severity"],[["properties","rules","properties","service-misbehaving"],"severity"],[["properties","rules","properties","tls-handshake-failed"],"severity"],[["properties","rules","properties","starttls-not-offered"],"severity"],[["properties","rules","properties","starttls-failed"],"severity"],[["properties","rules","properties","plaintext-auth-offered"],"severity"],[["properties","rules","properties","starttls-command-injection"],"severity"],[["properties","rules","properties","http-not-redirected"],"severity"],[["properties","rules","properties","tls-version-legacy"],"severity"],[["properties","rules","properties","tls13-not-supported"],"severity"],[["properties","rules","properties","certificate-untrusted"],"severity"],[["properties","rules","properties","certificate-name-mismatch"],"severity"],[["properties","rules","properties","certificate-expired"],"severity"],[["properties","rules","properties","certificate-expiring"],"severity"],[["properties","rules","properties","certificate-weak"],"severity"],[["properties","rules","properties","mx-lookup-failed"],"severity"],[["properties","rules","properties","mta-sts-missing"],"severity"],[["properties","rules","properties","mta-sts-invalid"],"severity"],[["properties","rules","properties","mta-sts-not-enforcing"],"severity"],[["properties","rules","properties","mta-sts-mx-not-covered"],"severity"],[["properties","rules","properties","tls-rpt-missing"],"severity"],[["properties","rules","properties","waiver-expired"],"severity"],[["properties","rules","properties","service-busy"],"severity"],[["properties","rules"],"ruleSeverities"],[["properties","waivers","items","properties","rule"],"ruleId"],[["properties","waivers","items","properties","host"],"hostName"],[["properties","waivers","items","properties","port"],"port"],[["properties","waivers","items"],"waiver"]];

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
            const suggestion = closestMatch(key, known);
            const hint = suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`;
            const message = definitionNameOf(schema) === 'ruleSeverities'
                ? `unknown rule '${clip(key)}' in rules${hint}`
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
            const suggestion = typeof error.data === 'string' ? closestMatch(error.data, allowed) : undefined;
            const hint = suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`;
            return value(2, `${written} is not a known ${noun}; expected one of ${allowed.join(', ')}${hint}`);
        }
        case 'pattern': {
            const name = definitionNameOf(schema);
            const text = String(error.data);
            if (name === 'hostName')
                return value(3, `${subject} '${clip(text)}' ${describeHostMistake(text)}`);
            if (name === 'domainName')
                return value(3, `${subject} '${clip(text)}' ${describeDomainMistake(text)}`);
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

;// CONCATENATED MODULE: ./src/policy/text.ts
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
var dist = __nccwpck_require__(38815);
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
        // Positions come from the parser's line counter; count lines here instead.
        const before = text.slice(0, blatant);
        const line = before.split('\n').length;
        const column = blatant - (before.lastIndexOf('\n') + 1) + 1;
        return fail({ file, line, column }, `the policy nests deeper than ${MAX_NESTING_DEPTH} levels`);
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
    return { ok: true, value, doc, locator };
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
    return { ok: true, policy: buildPolicy(value, locator) };
}
async function loadPolicyFile(path, displayFile = path) {
    let bytes;
    try {
        bytes = await readAtMost(path, MAX_POLICY_BYTES + 1);
    }
    catch (error) {
        return refuse(displayFile, `cannot read the policy file: ${describeFsError(error)}`);
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

// EXTERNAL MODULE: ./src/probe/connect.ts
var connect = __nccwpck_require__(12788);
// EXTERNAL MODULE: ./src/probe/failure.ts
var failure = __nccwpck_require__(40292);
;// CONCATENATED MODULE: ./src/probe/dialogues/dialogue.ts
/** One conversation with a server; the reader is swapped for a TLS one after an upgrade. */
class Session {
    reader;
    timeoutMs;
    heloName;
    tags = 0;
    constructor(reader, timeoutMs, 
    /** The name SMTP gives in EHLO. */
    heloName) {
        this.reader = reader;
        this.timeoutMs = timeoutMs;
        this.heloName = heloName;
    }
    /** A fresh IMAP-style command tag (a1, a2, …). */
    nextTag() {
        this.tags += 1;
        return `a${this.tags}`;
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
function unique(items) {
    return [...new Set(items)];
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
function atoms(text) {
    return text.trim().split(/\s+/).filter(Boolean);
}
/** The capability atoms in a "[CAPABILITY …]" response code, if the text carries one. */
function capabilityCode(text) {
    const m = /\[CAPABILITY ([^\]]*)\]/i.exec(text);
    return m ? atoms(m[1]) : null;
}
async function command(s, text, step, timeoutMs = s.timeoutMs) {
    const tag = s.nextTag();
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
const imap = {
    protocol: 'imap',
    async greeting(s) {
        const line = await s.reader.readLine(s.timeoutMs, 'greeting');
        const m = GREETING.exec(line);
        if (!m || !isTextLine(line))
            throw new failure/* ProbeFailure */.BU('misbehaving', 'greeting', 'not an IMAP greeting', (0,failure/* clipEvidence */.Gd)(line));
        if (m[1].toUpperCase() === 'BYE')
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
                found.push(...atoms(m[1]));
        }
        return unique(found);
    },
    read(capabilities) {
        const upper = capabilities.map((c) => c.toUpperCase());
        const loginDisabled = upper.includes('LOGINDISABLED');
        const mechanisms = upper.filter((c) => c.startsWith('AUTH=')).map((c) => c.slice('AUTH='.length));
        // Without LOGINDISABLED the LOGIN command takes a password in the clear (RFC 2595 §3.2).
        if (!loginDisabled)
            mechanisms.push('LOGIN');
        return { starttls: upper.includes('STARTTLS'), authBeforeTls: unique(mechanisms), loginDisabled };
    },
    async starttls(s, _capabilities, pipelined) {
        const tag = s.nextTag();
        if (pipelined) {
            const noop = s.nextTag();
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
    async quit(s) {
        try {
            await command(s, 'LOGOUT', 'after-tls', quitTimeout(s));
        }
        catch {
            // The session is over either way.
        }
    },
};

;// CONCATENATED MODULE: ./src/probe/dialogues/managesieve.ts


/** How long to wait for the capabilities a server should send unasked after the upgrade. */
const UNASKED_WAIT_MS = 2000;
const FINAL = /^(OK|NO|BYE)\b/i;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
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
function keyword(capability) {
    return capability.split(' ', 1)[0] ?? '';
}
const managesieve = {
    protocol: 'managesieve',
    async greeting(s) {
        const response = await readResponse(s, 'greeting');
        if (response.status !== 'OK')
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
        const mechanisms = sasl ? sasl.split(/\s+/).slice(1).filter(Boolean).map((x) => x.toUpperCase()) : [];
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
            s.reader.write('STARTTLS\r\nNOOP\r\n');
        }
        else {
            s.send('STARTTLS');
        }
        const response = await readResponse(s, 'starttls');
        return { accepted: response.status === 'OK', reply: response.raw };
    },
    async afterUpgrade(s) {
        let response;
        try {
            response = await readResponse(s, 'after-tls', Math.min(s.timeoutMs, UNASKED_WAIT_MS));
        }
        catch (err) {
            // Some servers skip the re-send RFC 5804 §2.2 asks for; ask for the capabilities instead.
            if (!(err instanceof failure/* ProbeFailure */.BU) || err.error.kind !== 'timeout' || err.evidence !== null)
                throw err;
            s.send('CAPABILITY');
            response = await readResponse(s, 'after-tls');
        }
        return response.status === 'OK' ? capabilitiesOf(response) : [];
    },
    async quit(s) {
        try {
            s.send('LOGOUT');
            await readResponse(s, 'after-tls', quitTimeout(s));
        }
        catch {
            // The session is over either way.
        }
    },
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
const pop3 = {
    protocol: 'pop3',
    async greeting(s) {
        const line = await s.reader.readLine(s.timeoutMs, 'greeting');
        if (pop3_status(line, 'greeting') === '-ERR')
            throw (0,failure/* busyFailure */.Gj)('greeting', 'POP3 greeting -ERR', (0,failure/* clipEvidence */.Gd)(line));
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
            if (pop3_keyword(capability) === 'SASL')
                mechanisms.push(...capability.split(/\s+/).slice(1).filter(Boolean).map((x) => x.toUpperCase()));
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
        // RFC 1939 allows NOOP only once logged in; CAPA (RFC 2449) is allowed in any state.
        s.reader.write(pipelined ? 'STLS\r\nCAPA\r\n' : 'STLS\r\n');
        const reply = await readStatus(s, 'starttls');
        return { accepted: reply.ok, reply: reply.raw };
    },
    async afterUpgrade() {
        return null;
    },
    async quit(s) {
        try {
            s.send('QUIT');
            await readStatus(s, 'after-tls', quitTimeout(s));
        }
        catch {
            // The session is over either way.
        }
    },
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
const smtp = {
    protocol: 'smtp',
    async greeting(s) {
        const reply = await readReply(s, 'greeting');
        if (reply.code === 220)
            return { text: reply.raw, capabilities: null };
        // 421 and other 4xx: "try later"; a 5xx greeting (554 "no service here") is not a mail
        // service a client could use at all.
        if (reply.code >= 400 && reply.code < 500)
            throw (0,failure/* busyFailure */.Gj)('greeting', `SMTP greeting ${reply.code}`, (0,failure/* clipEvidence */.Gd)(reply.raw));
        throw new failure/* ProbeFailure */.BU('misbehaving', 'greeting', `SMTP greeting ${reply.code}, not 220`, (0,failure/* clipEvidence */.Gd)(reply.raw));
    },
    async capabilities(s) {
        s.send(`EHLO ${s.heloName}`);
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
                mechanisms.push(...m[1].trim().split(/\s+/).filter(Boolean).map((x) => x.toUpperCase()));
        }
        return {
            starttls: capabilities.some((capability) => smtp_keyword(capability) === 'STARTTLS'),
            authBeforeTls: unique(mechanisms),
            loginDisabled: null,
        };
    },
    async starttls(s, _capabilities, pipelined) {
        s.reader.write(pipelined ? 'STARTTLS\r\nNOOP\r\n' : 'STARTTLS\r\n');
        const reply = await readReply(s, 'starttls');
        return { accepted: reply.code === 220, reply: reply.raw };
    },
    async afterUpgrade() {
        return null;
    },
    async quit(s) {
        try {
            s.send('QUIT');
            await readReply(s, 'after-tls', quitTimeout(s));
        }
        catch {
            // The session is over either way.
        }
    },
};

;// CONCATENATED MODULE: ./src/probe/dialogues/index.ts
// The service → dialogue table: SERVICES[s].dialogue names the protocol, this maps it to code.





const DIALOGUES = { smtp: smtp, imap: imap, pop3: pop3, managesieve: managesieve };
/** The mail dialogue a service speaks, or null (https and http speak none of these). */
function dialogueFor(service) {
    const name = services/* SERVICES */.Bg[service].dialogue;
    return name in DIALOGUES ? DIALOGUES[name] : null;
}


;// CONCATENATED MODULE: ./src/probe/http.ts
// Port 80: one GET / with the policy host in Host, redirects reported and never followed. The
// socket comes from the endpoint's Connector, so undici can only ever reach the planned address.


/** The body is read only to let the response finish; no more than this much is taken. */
const MAX_HTTP_BODY_BYTES = 64 * 1024;
/** The Host header for a host name or IP literal on a port (IPv6 literals in brackets). */
function hostHeader(host, port) {
    const name = external_node_net_default().isIPv6(host) ? `[${host}]` : host;
    return port === 80 ? name : `${name}:${port}`;
}
function errorOf(err, errors) {
    if (err instanceof failure/* ProbeFailure */.BU)
        return err.error;
    if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError || err instanceof errors.ConnectTimeoutError) {
        return { kind: 'timeout', step: 'http', message: err.message };
    }
    // undici wraps socket errors; the system code, when there is one, sits on the cause.
    const cause = err instanceof Error && err.cause ? err.cause : err;
    if (cause instanceof failure/* ProbeFailure */.BU)
        return cause.error;
    // llhttp's parse errors: whatever answered, it was not HTTP.
    if (err instanceof errors.HTTPParserError || cause instanceof errors.HTTPParserError) {
        return { kind: 'misbehaving', step: 'http', message: `not an HTTP response: ${err.message}` };
    }
    const classified = (0,failure/* classifySocketError */.Wy)(cause, 'http');
    if (classified.kind !== 'other')
        return classified;
    if (err instanceof errors.UndiciError)
        return { kind: 'misbehaving', step: 'http', message: err.message };
    return classified;
}
async function probeHttp(connector, host, timeoutMs) {
    // undici is loaded on the first HTTP probe, not at start-up.
    const { Client, errors } = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 24371, 19));
    const origin = `http://${external_node_net_default().isIPv6(connector.address) ? `[${connector.address}]` : connector.address}:${connector.port}`;
    const client = new Client(origin, {
        connect: (_options, callback) => {
            connector.connect().then((socket) => callback(null, socket), (err) => callback(err instanceof Error ? err : new Error(String(err)), null));
        },
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        pipelining: 1,
    });
    // undici's own timers are coarse (about a second); this one holds the step to its deadline.
    let timer;
    const arm = (what) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            client.destroy(new failure/* ProbeFailure */.BU('timeout', 'http', `no ${what} within ${timeoutMs} ms`)).catch(() => undefined);
        }, timeoutMs);
    };
    try {
        arm('response');
        const response = await client.request({
            path: '/',
            method: 'GET',
            headers: { host: hostHeader(host, connector.port), 'user-agent': 'mail-tls-gate' },
            // A bare Client has no redirect interceptor: a 3xx comes back as it is, never followed.
        });
        arm('response body');
        let taken = 0;
        for await (const chunk of response.body) {
            taken += chunk.length;
            if (taken >= MAX_HTTP_BODY_BYTES)
                break;
        }
        const location = response.headers['location'];
        return {
            facts: { status: response.statusCode, location: (Array.isArray(location) ? location[0] : location) ?? null, error: null },
            error: null,
        };
    }
    catch (err) {
        const error = errorOf(err, errors);
        return { facts: { status: null, location: null, error: error.message }, error };
    }
    finally {
        clearTimeout(timer);
        await client.destroy().catch(() => undefined);
    }
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
                throw new failure/* ProbeFailure */.BU('misbehaving', step, `reply longer than ${MAX_REPLY_BYTES} bytes`, (0,failure/* clipEvidence */.Gd)(lines.join('\n')));
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
            throw new failure/* ProbeFailure */.BU('misbehaving', step, `line longer than ${MAX_LINE_BYTES} bytes`, (0,failure/* clipEvidence */.Gd)(this.buffer.toString('latin1', 0, Math.min(this.buffer.length, 256))));
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
            throw new failure/* ProbeFailure */.BU('other', step, 'line reader used after release');
        for (;;) {
            const line = this.takeLine(step);
            if (line !== null)
                return line;
            if (this.ending) {
                const partial = [...sofar, this.buffer.toString('latin1')].join('\n');
                if (this.ending.kind === 'closed') {
                    throw new failure/* ProbeFailure */.BU('closed', step, 'the server closed the connection', partial ? (0,failure/* clipEvidence */.Gd)(partial) : null);
                }
                const e = (0,failure/* classifySocketError */.Wy)(this.ending.err, step);
                throw new failure/* ProbeFailure */.BU(e.kind, step, e.message, partial ? (0,failure/* clipEvidence */.Gd)(partial) : null);
            }
            const left = deadline - Date.now();
            if (left <= 0) {
                // Bytes that never became a line are not a slow server but a broken one (binary, a
                // protocol without line ends): that is misbehaviour, and the bytes are the evidence.
                if (this.buffer.length > 0) {
                    throw new failure/* ProbeFailure */.BU('misbehaving', step, 'data that never ends a line', (0,failure/* clipEvidence */.Gd)([...sofar, this.buffer.toString('latin1')].join('\n')));
                }
                throw new failure/* ProbeFailure */.BU('timeout', step, `no complete reply within ${timeoutMs} ms`, sofar.length ? (0,failure/* clipEvidence */.Gd)(sofar.join('\n')) : null);
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

;// CONCATENATED MODULE: ./src/probe/semaphore.ts
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

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(41692);
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./src/probe/roots.ts
var roots = __nccwpck_require__(44399);
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
/** The versions a sweep asks about, oldest first. */
const VERSION_ORDER = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
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
const ALERT_WARNING = 1;
const ALERT_CLOSE_NOTIFY = 0;
const ALERT_USER_CANCELED = 90;
/** RFC 8446 §4.1.3: the largest record a peer may send (2^14 plus expansion). */
const MAX_RECORD = 16384 + 2048;
/** A ServerHello is a few hundred bytes; a server that sends more before one is not speaking TLS. */
const MAX_BYTES_BEFORE_ANSWER = 2 * (MAX_RECORD + 5);
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
function templateFor(min, max) {
    const key = `${min}|${max}`;
    const cached = templates.get(key);
    if (cached)
        return cached;
    const lo = VERSION_ORDER.indexOf(min);
    const hi = VERSION_ORDER.indexOf(max);
    if (lo < 0 || hi < lo)
        throw new RangeError(`no versions between ${min} and ${max}`);
    const offered = VERSION_ORDER.slice(lo, hi + 1);
    const tls13 = offered.includes('TLSv1.3');
    const belowTls13 = offered.some((v) => v !== 'TLSv1.3');
    const template = {
        // legacy_version: the highest offered, TLS 1.2 when 1.3 is offered (RFC 8446 §4.1.2).
        legacyVersion: VERSION_CODES[tls13 ? 'TLSv1.2' : max],
        tls13,
        suites: vector(2, list16([...(tls13 ? TLS13_SUITES : []), ...(belowTls13 ? TLS12_SUITES : [])])),
        extensions: Buffer.concat([
            extension(EXTENSION.supportedGroups, vector(2, list16(GROUPS))),
            extension(EXTENSION.ecPointFormats, vector(1, u8(0))),
            // Meaningless before TLS 1.2, and a client offering only older versions must not send it
            // (RFC 5246 §7.4.1.4.1).
            ...(hi >= VERSION_ORDER.indexOf('TLSv1.2') ? [extension(EXTENSION.signatureAlgorithms, vector(2, list16(SIGNATURE_SCHEMES)))] : []),
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
    const template = templateFor(offer.min, offer.max);
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
    /** Bytes received and not yet read as records, kept as they came until a record is whole. */
    chunks = [];
    buffered = 0;
    handshake = Buffer.alloc(0);
    /** Bytes of the whole records read so far: what the cap counts, whatever the chunking. */
    consumed = 0;
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
                return { kind: 'not-tls', reason: 'the answer is not a TLS record' };
            }
            if (length === 0 || length > MAX_RECORD)
                return { kind: 'not-tls', reason: `a TLS record of ${length} bytes` };
            if (this.consumed + 5 + length > MAX_BYTES_BEFORE_ANSWER)
                return { kind: 'not-tls', reason: 'no ServerHello within the first records' };
            const record = this.take(5 + length);
            if (!record)
                return null;
            this.consumed += record.length;
            const fragment = record.subarray(5);
            if (type === RECORD.alert) {
                const alert = readAlerts(fragment);
                if (alert)
                    return alert;
                continue;
            }
            if (type !== RECORD.handshake)
                return { kind: 'not-tls', reason: 'a record other than a handshake before the ServerHello' };
            this.handshake = Buffer.concat([this.handshake, fragment]);
            const answer = this.serverHello();
            if (answer)
                return answer;
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
        return parseServerHello(h.subarray(4, 4 + length));
    }
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
    at += sessionIdLength + 2 + 1; // session id, cipher suite, compression method
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
    return { kind: 'server-hello', version: versionName(version) };
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
    return (certificateModule ??= Promise.all(/* import() */[__nccwpck_require__.e(594), __nccwpck_require__.e(542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92542)));
}
/**
 * What the session's handshake offers: what a current client offers. Older versions are only ever
 * asked about by the sweep's ClientHellos (client-hello.ts), never negotiated.
 */
const MODERN = { min: 'TLSv1.2', max: 'TLSv1.3' };
function rank(version) {
    return VERSION_ORDER.indexOf(version);
}
function asVersionName(value) {
    return VERSION_ORDER.includes(value ?? '') ? value : null;
}
// Building a context parses every bundled root, so contexts are shared per set of extra roots.
const contextCache = new Map();
function secureContextFor(extraCa) {
    const key = extraCa.join('\n');
    let context = contextCache.get(key);
    if (!context) {
        context = external_node_tls_.createSecureContext({
            // Passing `ca` replaces node's roots, so they are listed again alongside the extras.
            ca: (0,roots/* trustedRootPems */.t)(extraCa),
            minVersion: MODERN.min,
            maxVersion: MODERN.max,
        });
        contextCache.set(key, context);
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
function handshake(raw, ctx, describe) {
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
        const hostIsIp = (0,external_node_net_.isIP)(ctx.servername.replace(/^\[(.*)\]$/, '$1')) !== 0;
        // The peer certificate as node reads it for the identity check of a chain that verified:
        // kept, so that the facts are built from it rather than from a second read.
        let presented;
        let socket;
        try {
            socket = external_node_tls_.connect({
                socket: raw,
                // RFC 6066 §3: SNI carries host names only, never address literals.
                ...(hostIsIp ? {} : { servername: ctx.servername }),
                secureContext: secureContextFor(ctx.extraCa),
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
        const certificateNow = () => safely(() => describe(socket, { host: ctx.servername, now: ctx.now, extraCa: ctx.extraCa }, presented));
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
                version: asVersionName(socket.getProtocol()),
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
 */
async function tlsHandshake(raw, ctx) {
    const { peerCertificateFacts } = await loadCertificateModule();
    return handshake(raw, ctx, peerCertificateFacts);
}
/** How long a version question waits for the server to close after our goodbye. */
const LINGER_MS = 1000;
/**
 * Asks a connected socket's server which version it picks from `versions`: one ClientHello, the
 * first message of the answer, then goodbye alerts and a close. Never rejects, and resolves once
 * the socket is closed, so that an endpoint's connections stay one after another. Null: no
 * version in the range (an alert, a close, a reset, a timeout, or something that is not TLS).
 */
function askVersion(raw, ctx, versions) {
    return new Promise((resolve) => {
        const hostIsIp = (0,external_node_net_.isIP)(ctx.servername.replace(/^\[(.*)\]$/, '$1')) !== 0;
        const reader = new ServerHelloReader();
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
            const chosen = answer.version;
            // A server answering outside the offered range would be a broken peer; do not count it.
            const inRange = chosen !== null && rank(chosen) >= rank(versions.min) && rank(chosen) <= rank(versions.max);
            stopListening();
            leave(chosen, inRange ? chosen : null);
        };
        // The server is waiting for the rest of our handshake: tell it we are leaving, and close once
        // it has closed too (or after a moment). What it still sends is read and dropped, so that the
        // close is a FIN and not a reset for unread data.
        const leave = (chosen, result) => {
            const linger = setTimeout(() => raw.destroy(), Math.min(ctx.timeoutMs, LINGER_MS));
            raw.on('data', () => undefined);
            raw.on('error', () => raw.destroy());
            raw.once('end', () => raw.destroy());
            raw.once('close', () => {
                clearTimeout(linger);
                resolve(result);
            });
            raw.end(goodbyeAlerts(chosen));
        };
        const onEnd = () => {
            if (answered)
                return;
            stopListening();
            raw.destroy();
            resolve(null);
        };
        const deadline = setTimeout(onEnd, ctx.timeoutMs);
        raw.on('data', onData);
        // A socket handed over after STARTTLS was paused by its line reader.
        raw.resume();
        raw.once('end', onEnd);
        raw.once('close', onEnd);
        raw.once('error', onEnd);
        if (raw.destroyed || !raw.writable)
            return onEnd();
        try {
            raw.write(clientHello({ ...versions, servername: hostIsIp ? null : ctx.servername }));
        }
        catch {
            onEnd();
        }
    });
}
/**
 * Does the server accept a version within `versions`, and which? `untested` when no connection
 * ready for the question could be had (the server turned it away, or it could not be opened):
 * that says nothing about the versions.
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
 */
async function sweepVersions(openReady, ctx, negotiated) {
    return (await sweepTls(openReady, ctx, negotiated)).accepted;
}
/**
 * The sweep, with what it could not find out kept apart from what it found: a connection that
 * was turned away leaves its versions untested, never "not accepted".
 */
async function sweepTls(openReady, ctx, negotiated) {
    const accepted = new Set();
    const untested = new Set();
    const untestedBecause = [];
    const only = (v) => ({ min: v, max: v });
    const attempt = async (range) => {
        const v = await tryVersions(openReady, ctx, range);
        if (v !== null && typeof v === 'object') {
            const versions = VERSION_ORDER.filter((version) => rank(version) >= rank(range.min) && rank(version) <= rank(range.max));
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
    if (negotiated === null) {
        // Nothing is known: ask for each modern version on its own.
        await attempt(only('TLSv1.3'));
        await attempt(only('TLSv1.2'));
    }
    else if (negotiated === 'TLSv1.3') {
        await attempt(only('TLSv1.2'));
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
        accepted: VERSION_ORDER.filter((v) => accepted.has(v)),
        untested: VERSION_ORDER.filter((v) => untested.has(v) && !accepted.has(v)),
        untestedBecause: untestedBecause
            .map(({ versions, error }) => ({ versions: versions.filter((v) => !accepted.has(v)), error }))
            .filter(({ versions }) => versions.length > 0),
    };
}

;// CONCATENATED MODULE: ./src/probe/engine.ts
// The probe engine: for each planned endpoint, the connections and dialogues that turn it into
// facts. It never judges (that is src/rules), never throws, and destroys every socket it opened.
//
// Connections per endpoint, at most: forbid 1; http 1; implicit TLS 1 + a busy retry + a sweep of
// up to 4; STARTTLS 1 + a busy retry + the injection test 1 + a sweep of up to 3 (the sweep needs
// 4 only when the main handshake failed, and then the injection test is skipped). So never more
// than MAX_CONNECTIONS_PER_ENDPOINT (6); a server that accepts only TLS 1.2 and 1.3 costs 3
// (implicit) or 4 (STARTTLS). The extra connections (injection test, sweep) get their own busy
// retry only while the budget lasts; one turned away for good leaves its check untested
// (`versionsUntested`, `commandInjectionUntested`), never a false "not accepted" or "not vulnerable".
//
// Politeness: nothing is sent before the server's greeting, SMTP says EHLO with `heloName`, and
// every session that got as far as a greeting ends with QUIT / LOGOUT (inside TLS when it is up),
// except the sweep's version questions, which end inside the handshake with TLS alerts (tls.ts).









const DEFAULT_RETRY_AFTER_MS = 5000;
const DEFAULT_PER_HOST = 2;
/** How long to listen, inside TLS, for an answer to a command sent before it. */
const INJECTION_WAIT_MS = 1500;
/** Everything one endpoint's probe needs, and the facts it fills in as it goes. */
class EndpointProbe {
    endpoint;
    connector;
    options;
    facts;
    timeoutMs;
    heloName;
    retryAfterMs;
    constructor(endpoint, connector, options, facts) {
        this.endpoint = endpoint;
        this.connector = connector;
        this.options = options;
        this.facts = facts;
        this.timeoutMs = endpoint.settings.timeoutMs;
        this.heloName = options.heloName ?? external_node_os_default().hostname();
        this.retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    }
    tlsContext() {
        return {
            servername: this.endpoint.host,
            extraCa: this.options.extraCa,
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
        return this.starttls(dialogueFor(this.endpoint.service));
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
     * A service that says it is busy (or hangs up before greeting) gets one more chance after
     * `retryAfterMs`; if it is still so, the failure is marked busy: inconclusive, not broken.
     */
    async withBusyRetry(attempt) {
        for (let round = 0;; round += 1) {
            try {
                return await attempt();
            }
            catch (err) {
                if (!(err instanceof failure/* ProbeFailure */.BU))
                    throw err;
                markBusy(err.error);
                if (!err.error.busy || round > 0)
                    throw err;
                this.facts.plaintext = null;
                await this.backOff();
            }
        }
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
            if (!(err instanceof failure/* ProbeFailure */.BU))
                throw err;
            markBusy(err.error);
            if (!err.error.busy || this.connector.connections >= connect/* MAX_CONNECTIONS_PER_ENDPOINT */.$r)
                throw err;
            await this.backOff();
            return attempt();
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
        const session = new Session(new LineReader(stream), this.timeoutMs, this.heloName);
        try {
            const greeting = await dialogue.greeting(session);
            return { socket, session, greeting };
        }
        catch (err) {
            if (record && err instanceof failure/* ProbeFailure */.BU && err.evidence !== null && err.error.step === 'greeting') {
                this.facts.plaintext = emptyPlaintext(err.evidence);
            }
            // A server that said "busy" still gets its goodbye (RFC 5321 §3.1 asks for QUIT).
            if (err instanceof failure/* ProbeFailure */.BU && err.error.busy)
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
        const overBudget = new Set(sweep.untestedBecause.filter(({ error }) => error instanceof connect/* ConnectionBudgetReached */.WN).flatMap(({ versions }) => versions));
        if (overBudget.size > 0)
            this.facts.tls.versionsOverBudget = sweep.untested.filter((v) => overBudget.has(v));
    }
    /**
     * Takes the socket back from the line reader once STARTTLS is accepted. A server must wait for
     * our ClientHello; bytes already sent after its go-ahead would be read as TLS, so they are a
     * misbehaviour of their own.
     */
    handOver(open) {
        const leftover = open.session.reader.release();
        if (leftover.length > 0) {
            open.socket.destroy();
            throw new failure/* ProbeFailure */.BU('misbehaving', 'starttls', 'the server sent data after its STARTTLS go-ahead', (0,failure/* clipEvidence */.Gd)(leftover.toString('latin1')));
        }
        return open.socket;
    }
    tlsFacts(mode, outcome) {
        return { mode, version: outcome.version, cipher: outcome.cipher, versionsAccepted: [], certificate: outcome.certificate, error: outcome.error };
    }
    async implicitTls() {
        const spec = services/* SERVICES */.Bg[this.endpoint.service];
        const dialogue = spec.dialogue === 'http' || spec.dialogue === 'none' ? null : dialogueFor(this.endpoint.service);
        const ctx = this.tlsContext();
        let negotiated = null;
        try {
            await this.withBusyRetry(async () => {
                const raw = await this.connector.connect();
                const outcome = await tlsHandshake(raw, ctx);
                negotiated = outcome;
                this.facts.tls = this.tlsFacts('implicit', outcome);
                if (outcome.reset)
                    throw new failure/* ProbeFailure */.BU('reset', 'handshake', outcome.error ?? 'the connection was reset');
                // A clean close before any TLS record is implicit TLS's close before greeting: busy.
                if (outcome.closedEarly)
                    throw (0,failure/* busyFailure */.Gj)('handshake', outcome.error ?? 'the connection was closed before the TLS handshake', null);
                if (!outcome.socket)
                    throw new failure/* ProbeFailure */.BU('tls-handshake', 'handshake', outcome.error ?? 'the TLS handshake failed');
                if (!dialogue) {
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
            throw new failure/* ProbeFailure */.BU('starttls-refused', 'starttls', 'the server refused STARTTLS', (0,failure/* clipEvidence */.Gd)(reply.reply));
        }
        const outcome = await tlsHandshake(this.handOver(open), ctx);
        this.facts.tls = this.tlsFacts('starttls', outcome);
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
            const injection = await this.injectionTest(dialogue, ctx);
            plaintext.commandInjection = injection.result;
            if (injection.untested !== undefined)
                plaintext.commandInjectionUntested = injection.untested;
        }
        else {
            this.fail({ kind: 'tls-handshake', step: 'handshake', message: outcome.error ?? 'the TLS handshake failed' });
        }
        if (outcome.timedOut)
            return;
        this.recordSweep(await sweepTls(() => this.politely(() => this.readyForTls(dialogue)), ctx, outcome.version));
    }
    /** A fresh connection taken through the dialogue up to an accepted STARTTLS (for the sweep). */
    async readyForTls(dialogue) {
        const open = await this.greet(dialogue, await this.connector.connect());
        try {
            const capabilities = await dialogue.capabilities(open.session, open.greeting);
            const reply = await dialogue.starttls(open.session, capabilities, false);
            if (!reply?.accepted) {
                await dialogue.quit(open.session);
                throw new failure/* ProbeFailure */.BU('starttls-refused', 'starttls', 'the server refused STARTTLS');
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
     * been protected. `result` is null when the test could not be made; `untested` then says why
     * when the reason was the connection itself (turned away, refused): the question is open.
     */
    async injectionTest(dialogue, ctx) {
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
            // sent; the TLS session that follows would be garbage anyway. Not the vulnerability.
            if (open.session.reader.release().length > 0)
                return { result: null };
            const outcome = await tlsHandshake(open.socket, ctx);
            // This endpoint's own upgrade just succeeded, so a handshake that fails here failed on our
            // pipelined command: the server fed it to TLS as handshake bytes (Dovecot does), which
            // means it never ran it. Not vulnerable.
            if (!outcome.socket)
                return { result: false };
            open.session.reader = new LineReader(outcome.socket);
            try {
                const unasked = await dialogue.afterUpgrade(open.session);
                // A ManageSieve server that skips the capability re-send but runs the NOOP answers with
                // a bare OK where the capabilities should be: no real capability list is empty.
                if (unasked !== null && unasked.length === 0)
                    return { result: true };
                await open.session.reader.readLine(Math.min(this.timeoutMs, INJECTION_WAIT_MS), 'after-tls');
                return { result: true };
            }
            catch (err) {
                if (err instanceof failure/* ProbeFailure */.BU && (err.error.kind === 'timeout' || err.error.kind === 'closed' || err.error.kind === 'reset'))
                    return { result: false };
                return { result: null };
            }
            finally {
                await dialogue.quit(open.session);
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
/** A close before any greeting is how overloaded or rate-limiting servers turn clients away. */
function markBusy(e) {
    if (e.kind === 'closed' && e.step === 'greeting')
        e.busy = true;
}
function untestedReason(err) {
    // The probe's own cap stopped it, not the server: nothing was turned away.
    if (err instanceof connect/* ConnectionBudgetReached */.WN)
        return `${connect/* CONNECTION_BUDGET_REACHED */.Y8} (${connect/* MAX_CONNECTIONS_PER_ENDPOINT */.$r} connections to this endpoint)`;
    const e = engine_errorOf(err);
    const evidence = err instanceof failure/* ProbeFailure */.BU && err.evidence ? `: ${err.evidence.split('\n', 1)[0]}` : '';
    return `${e.busy ? 'turned away as busy' : `${e.kind} at ${e.step}`} (${e.message}${evidence})`;
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
    if (err instanceof failure/* ProbeFailure */.BU)
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
        connector = new connect/* Connector */.Wi(endpoint.address, endpoint.port, endpoint.settings.timeoutMs);
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
 * Probes every endpoint, at most `concurrency` at once overall and `perHost` at once per host name
 * and per address; results come back in the order of the input whatever order they finish in.
 */
async function probeAll(endpoints, options) {
    const overall = new Semaphore(Math.max(1, Math.floor(options.concurrency) || 1));
    const perHostLimit = Math.max(1, Math.floor(options.perHost ?? DEFAULT_PER_HOST) || 1);
    const perName = new Map();
    const perAddress = new Map();
    const slot = (map, key) => {
        let semaphore = map.get(key);
        if (!semaphore) {
            semaphore = new Semaphore(perHostLimit);
            map.set(key, semaphore);
        }
        return semaphore;
    };
    const results = new Array(endpoints.length);
    await Promise.all(endpoints.map(async (endpoint, i) => {
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

// EXTERNAL MODULE: ./src/probe/dns.ts
var dns = __nccwpck_require__(57817);
// EXTERNAL MODULE: ./src/probe/mta-sts.ts
var mta_sts = __nccwpck_require__(76123);
;// CONCATENATED MODULE: ./src/probe/tls-rpt.ts
// TLS-RPT (RFC 8460 §3): the `_smtp._tls` TXT record, read into facts: which records there are,
// the reporting URIs of the one v=TLSRPTv1 record, and what is wrong when it does not parse.
const FIELD = /^([A-Za-z0-9_.-]+)[ \t]*=[ \t]*(.*)$/;
function readTlsRptRecords(records, lookupError) {
    const base = { records, lookupError, rua: [] };
    // Records that do not begin with v=TLSRPTv1 are discarded (§3).
    const rpt = records.filter((r) => /^v[ \t]*=[ \t]*TLSRPTv1(;|[ \t]*$)/.test(r));
    if (rpt.length === 0) {
        const why = lookupError !== null && lookupError !== 'ENODATA' && lookupError !== 'ENOTFOUND' ? `the look-up failed (${lookupError})` : 'no v=TLSRPTv1 record';
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
    const mailto = /^mailto:([^@\s,;!]+)@([A-Za-z0-9.-]+\.[A-Za-z0-9-]+)$/i.exec(uri);
    if (mailto)
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

;// CONCATENATED MODULE: ./src/probe/domains.ts



/** The hosts that receive the domain's mail: the MX hosts, or the domain itself when implicit. */
function mailHosts(facts) {
    if (facts.mx.nullMx || facts.mx.error !== null)
        return [];
    if (facts.mx.implicit)
        return [facts.domain];
    return [...new Set(facts.mx.records.map((r) => r.host))];
}
async function observeMx(domain, resolver) {
    const answer = await resolver.mx(domain);
    if (!answer.ok) {
        // NODATA: the name exists with no MX, so its own A/AAAA stand in (RFC 5321 §5.1).
        if (answer.code === 'ENODATA')
            return { records: [], nullMx: false, implicit: true, error: null };
        return { records: [], nullMx: false, implicit: false, error: answer.code };
    }
    const records = answer.value
        .map((r) => ({ host: (0,dns/* canonicalName */.Ew)(r.exchange), preference: r.priority }))
        .sort((a, b) => a.preference - b.preference || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
    const nullMx = records.length === 1 && records[0].host === '' && records[0].preference === 0;
    return { records, nullMx, implicit: false, error: null };
}
async function observeMtaSts(domain, options) {
    const port = options.mtaStsPort ?? 443;
    const txt = await options.resolver.txt(`_mta-sts.${domain}`);
    const record = (0,mta_sts/* readMtaStsRecords */.Px)(txt.ok ? txt.value : [], txt.ok ? null : txt.code);
    let address;
    try {
        address = (await options.resolver.addresses(`mta-sts.${domain}`))[0];
    }
    catch (err) {
        const code = err.code ?? String(err);
        return { record, fetch: (0,mta_sts/* unresolvedFetch */.KX)(domain, port, code), policy: null };
    }
    const { fetch, text } = await (0,mta_sts/* fetchMtaStsPolicy */.LT)(domain, { address, port, extraCa: options.extraCa, timeoutMs: options.timeoutMs });
    return { record, fetch, policy: text === null ? null : (0,mta_sts/* parseMtaStsPolicy */.Of)(text) };
}
async function observeTlsRpt(domain, resolver) {
    const txt = await resolver.txt(`_smtp._tls.${domain}`);
    return readTlsRptRecords(txt.ok ? txt.value : [], txt.ok ? null : txt.code);
}
async function observeDomain(policy, options) {
    const started = performance.now();
    const domain = (0,dns/* canonicalName */.Ew)(policy.domain);
    const [mx, mtaSts, tlsRpt] = await Promise.all([
        observeMx(domain, options.resolver),
        policy.mtaSts === 'off' ? null : observeMtaSts(domain, options),
        policy.tlsRpt === 'off' ? null : observeTlsRpt(domain, options.resolver),
    ]);
    return { domain, mx, mtaSts, tlsRpt, durationMs: Math.round(performance.now() - started) };
}
/** Every policy domain's facts, in policy order, a bounded number at a time. */
async function observeDomains(domains, options) {
    const results = new Array(domains.length);
    let next = 0;
    async function worker() {
        for (let i = next++; i < domains.length; i = next++)
            results[i] = await observeDomain(domains[i], options);
    }
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, domains.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/plan/mx.ts


function mxHostPolicies(policy, facts) {
    const byName = new Map(policy.hosts.map((h) => [(0,dns/* canonicalName */.Ew)(h.host), h]));
    const out = new Map();
    for (const domain of policy.domains) {
        if (domain.mx === null || domain.mx.require.length === 0)
            continue;
        const seen = facts.find((f) => f.domain === (0,dns/* canonicalName */.Ew)(domain.domain));
        if (seen === undefined)
            continue;
        for (const host of mailHosts(seen)) {
            const listed = byName.get(host);
            const settings = listed ?? policy.defaults;
            const entry = out.get(host) ?? {
                host,
                tls: settings.tls,
                certificate: settings.certificate,
                timeoutMs: settings.timeoutMs,
                addresses: settings.addresses,
                require: [],
                forbid: [],
                location: domain.location,
            };
            entry.require.push(...domain.mx.require);
            out.set(host, entry);
        }
    }
    return [...out.values()];
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __nccwpck_require__(32794);
// EXTERNAL MODULE: ./src/rules/probe-outcome.ts
var probe_outcome = __nccwpck_require__(81588);
;// CONCATENATED MODULE: ./src/shard/shard.ts
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
    const digest = (0,external_node_crypto_.createHash)('sha256').update(host.toLowerCase(), 'utf8').digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
/** The items (endpoints, facts) whose host falls in `shard`, in their order. */
function inShard(items, shard) {
    return items.filter((item) => shardOfHost(item.host, shard.count) === shard.index);
}

;// CONCATENATED MODULE: ./src/version.ts
// Kept in step with package.json by a test; a constant so the bundle needs no package.json.
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/run.ts
// The one pipeline both entry points share: policy → plan → probe → rules → report.
// It reads and writes files but prints nothing: the CLI and the action decide how to show results.












/** Validation only: no probing. Names are not resolved either (every address is shown as unresolved). */
async function run_validate(policyPath, policyName) {
    const loaded = await loadPolicyFile(policyPath, policyName);
    if (!loaded.ok)
        return { kind: 'invalid', exitCode: 2, problems: loaded.problems };
    const plan = await buildPlan(loaded.policy, noResolution);
    return { kind: 'valid', exitCode: 0, policy: loaded.policy, plan };
}
const noResolution = async () => {
    throw Object.assign(new Error('not resolved (validation only)'), { code: 'NOT-RESOLVED' });
};
async function check(options) {
    const now = options.now ?? (() => new Date());
    const startedAt = now();
    const started = performance.now();
    const loaded = await loadPolicyFile(options.policyPath, options.policyName);
    if (!loaded.ok)
        return { kind: 'invalid', exitCode: 2, problems: loaded.problems };
    const extraCa = await readExtraCa(options.caFile);
    if ('problem' in extraCa)
        return { kind: 'invalid', exitCode: 2, problems: [extraCa.problem] };
    const policy = withTimeout(loaded.policy, options.timeoutMs);
    // The domains stage first: a domain's MX hosts become planned endpoints.
    const domainResolver = options.domainResolver ?? (0,dns/* createDomainResolver */.jw)({ server: options.resolver, timeoutMs: policy.defaults.timeoutMs });
    const domains = await observeDomains(policy.domains, {
        resolver: domainResolver,
        extraCa: extraCa.pems,
        timeoutMs: policy.defaults.timeoutMs,
        mtaStsPort: options.mtaStsPort,
    });
    // MX hosts' addresses come from the same DNS as the MX records when a resolver is named.
    const mxResolveAll = options.resolver || options.domainResolver ? (name) => domainResolver.addresses(name) : options.resolveAll;
    const whole = await buildPlan(policy, options.resolveAll, { hosts: mxHostPolicies(policy, domains), resolveAll: mxResolveAll ?? systemResolveAll });
    const plan = options.shard ? { ...whole, endpoints: inShard(whole.endpoints, options.shard) } : whole;
    options.onPlanned?.(plan);
    const facts = await probeAll(plan.endpoints, {
        concurrency: options.concurrency,
        perHost: options.perHost,
        retryAfterMs: options.retryAfterMs,
        extraCa: extraCa.pems,
        heloName: options.heloName,
        now,
        onEndpointDone: options.onEndpointDone,
    });
    // Judging and SARIF formatting are loaded once the probes are done, not at start-up.
    const { exitCodeOf, isInconclusive, judge, verdict } = await __nccwpck_require__.e(/* import() */ 801).then(__nccwpck_require__.bind(__nccwpck_require__, 91801));
    const { toSarif } = await __nccwpck_require__.e(/* import() */ 438).then(__nccwpck_require__.bind(__nccwpck_require__, 12438));
    const observations = plan.endpoints.map((endpoint, i) => ({ endpoint, facts: facts[i] }));
    const findings = judge(policy, observations, now(), domains);
    const result = verdict(findings, options.failOn, isInconclusive(findings, observations));
    const report = (0,json/* buildReport */.FK)({
        policyFile: policy.file,
        toolVersion: TOOL_VERSION,
        startedAt,
        durationMs: Math.round(performance.now() - started),
        endpoints: facts,
        findings,
        result,
        domains: domains.length > 0 ? domains : undefined,
        shard: options.shard && (await shardRecord(options.shard, options.policyPath, observations)),
    });
    const sarif = toSarif(report, { policyUri: policy.file });
    if (options.reportPath)
        await (0,promises_.writeFile)(options.reportPath, (0,json/* reportToJson */.qW)(report));
    if (options.sarifPath)
        await (0,promises_.writeFile)(options.sarifPath, JSON.stringify(sarif, null, 2) + '\n');
    return { kind: 'checked', exitCode: exitCodeOf(result, options.failOn), policy, plan, report, sarif };
}
/** What a shard's report carries so that `merge` can refuse a mixed set and judge the whole. */
async function shardRecord(shard, policyPath, observations) {
    const required = observations.filter((o) => o.endpoint.expectation === 'require');
    const blocked = new Set(['required-service-unreachable', 'service-busy']);
    return {
        index: shard.index,
        count: shard.count,
        policySha256: (0,external_node_crypto_.createHash)('sha256').update(await (0,promises_.readFile)(policyPath)).digest('hex'),
        requiredEndpoints: required.length,
        concludedEndpoints: required.filter((o) => !blocked.has((0,probe_outcome/* failureRule */.d)(o.endpoint, o.facts) ?? '')).length,
    };
}
/** Shard reports combined into one report, SARIF file and verdict; nothing is probed. */
async function merge(options) {
    const files = [];
    const unreadable = [];
    for (const name of options.reportPaths) {
        try {
            files.push({ name, text: await (0,promises_.readFile)(name, 'utf8') });
        }
        catch (err) {
            unreadable.push(`${name}: cannot read (${err.code ?? err})`);
        }
    }
    if (unreadable.length > 0)
        return { kind: 'refused', exitCode: 2, problems: unreadable };
    // Loaded only in a merge run (it brings the report schema's validator).
    const { mergeReports } = await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(361)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83361));
    const { toSarif } = await __nccwpck_require__.e(/* import() */ 438).then(__nccwpck_require__.bind(__nccwpck_require__, 12438));
    const { exitCodeOf } = await __nccwpck_require__.e(/* import() */ 801).then(__nccwpck_require__.bind(__nccwpck_require__, 91801));
    const merged = mergeReports(files, options.failOn);
    if (!merged.ok)
        return { kind: 'refused', exitCode: 2, problems: merged.problems };
    const { report } = merged;
    const sarif = toSarif(report, { policyUri: report.policy });
    if (options.reportPath)
        await (0,promises_.writeFile)(options.reportPath, (0,json/* reportToJson */.qW)(report));
    if (options.sarifPath)
        await (0,promises_.writeFile)(options.sarifPath, JSON.stringify(sarif, null, 2) + '\n');
    return { kind: 'merged', exitCode: exitCodeOf(report.summary.result, options.failOn), report, sarif };
}
function withTimeout(policy, timeoutMs) {
    if (timeoutMs === undefined)
        return policy;
    return {
        ...policy,
        defaults: { ...policy.defaults, timeoutMs },
        hosts: policy.hosts.map((h) => ({ ...h, timeoutMs })),
    };
}
async function readExtraCa(caFile) {
    if (!caFile)
        return { pems: [] };
    const at = { file: caFile, line: 1, column: 1 };
    let text;
    try {
        text = await (0,promises_.readFile)(caFile, 'utf8');
    }
    catch (err) {
        return { problem: { location: at, message: `cannot read the CA file: ${err.code ?? err}` } };
    }
    const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (pems.length === 0)
        return { problem: { location: at, message: 'the CA file holds no PEM certificate' } };
    return { pems };
}

;// CONCATENATED MODULE: ./src/demo/certificates.ts
// Certificates for fixture servers: a throw-away root CA and leaves in every state the
// certificate rules care about (good, expired, not yet valid, expiring, self-signed, weak key,
// SHA-1 signature, EC key). Used by the tests and by the `demo` command, so it ships.


let libraryLoad;
/**
 * @peculiar/x509, loaded on first use. It needs Reflect metadata present before it is evaluated,
 * and a static import cannot guarantee that order everywhere (a CommonJS dependency may be
 * evaluated while modules are still being linked), so the reflect-metadata polyfill goes first,
 * then the library.
 */
function library() {
    libraryLoad ??= (async () => {
        await __nccwpck_require__.e(/* import() */ 477).then(__nccwpck_require__.t.bind(__nccwpck_require__, 80477, 23));
        const lib = await Promise.all(/* import() */[__nccwpck_require__.e(594), __nccwpck_require__.e(927)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8927, 19));
        // It signs through whichever WebCrypto it is given; node's is the one to use. (Its typings
        // name the DOM `Crypto`, which node's webcrypto matches only structurally.)
        lib.cryptoProvider.set(external_node_crypto_.webcrypto);
        return lib;
    })();
    return libraryLoad;
}
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const rsaParams = (bits, hash) => ({
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: bits,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash,
});
// Key generation is the slow part (an RSA 2048 key can take a good fraction of a second), so
// every key is made once per process and shared by all fixture sets and all leaves of a kind.
const keyCache = new Map();
function cachedKey(kind) {
    let pending = keyCache.get(kind);
    if (!pending) {
        pending = generate(kind);
        // A failed generation must not poison the cache for later callers.
        pending.catch(() => keyCache.delete(kind));
        keyCache.set(kind, pending);
    }
    return pending;
}
async function generate(kind) {
    const subtle = external_node_crypto_.webcrypto.subtle;
    if (kind === 'ec') {
        return (await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']));
    }
    const bits = kind === 'rsa1024' ? 1024 : 2048;
    return (await subtle.generateKey(rsaParams(bits, 'SHA-256'), true, ['sign', 'verify']));
}
/** PEM files end with a newline, so that bundles made by concatenation stay readable. */
function withFinalNewline(pem) {
    return pem.endsWith('\n') ? pem : `${pem}\n`;
}
async function privateKeyPem(key) {
    const x509 = await library();
    const der = await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', key);
    return withFinalNewline(x509.PemConverter.encode(der, 'PRIVATE KEY'));
}
/** WebCrypto binds an RSA key to one hash; signing with SHA-1 needs the same key re-imported. */
async function withSha1(key) {
    const der = await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', key);
    return external_node_crypto_.webcrypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' }, false, ['sign']);
}
function subjectAltNames(hosts) {
    return hosts.map((host) => ((0,external_node_net_.isIP)(host) ? { type: 'ip', value: host } : { type: 'dns', value: host }));
}
/** A DN attribute value must not smuggle in separators of the string form. */
function commonName(hosts) {
    const first = hosts[0] ?? 'fixture';
    return first.replace(/[,+=<>#;"\\]/g, '_');
}
function randomSerial() {
    const bytes = external_node_crypto_.webcrypto.getRandomValues(new Uint8Array(16));
    bytes[0] = (bytes[0] & 0x7f) | 0x01; // positive and without a leading zero byte
    return Buffer.from(bytes).toString('hex');
}
async function issueLeaf(spec) {
    const x509 = await library();
    const subject = `CN=${commonName(spec.hosts)}`;
    const extensions = [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(spec.keys.publicKey.algorithm.name === 'ECDSA'
            ? x509.KeyUsageFlags.digitalSignature
            : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
        await x509.SubjectKeyIdentifierExtension.create(spec.keys.publicKey, false),
    ];
    if (spec.hosts.length > 0)
        extensions.push(new x509.SubjectAlternativeNameExtension(subjectAltNames(spec.hosts), false));
    let signingKey = spec.keys.privateKey;
    let issuer = subject;
    if (spec.signer !== 'self') {
        signingKey = spec.signer.key;
        issuer = spec.signer.name;
        extensions.push(await x509.AuthorityKeyIdentifierExtension.create(spec.signer.publicKey, false));
    }
    if (spec.signingHash === 'SHA-1')
        signingKey = await withSha1(signingKey);
    const cert = await x509.X509CertificateGenerator.create({
        serialNumber: randomSerial(),
        subject,
        issuer,
        notBefore: spec.notBefore,
        notAfter: spec.notAfter,
        publicKey: spec.keys.publicKey,
        signingKey,
        signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: spec.signingHash ?? 'SHA-256' },
        extensions,
    });
    return { cert: withFinalNewline(cert.toString('pem')), key: await privateKeyPem(spec.keys.privateKey) };
}
async function createFixtureCertificates() {
    const x509 = await library();
    const caKeys = await cachedKey('ca');
    // A unique name per set, so two sets in one process never look like the same authority.
    const caName = `CN=mail-tls-gate fixture root ${randomSerial().slice(0, 12)},O=mail-tls-gate fixtures`;
    const now = Date.now();
    const caCert = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: randomSerial(),
        name: caName,
        // Wide enough to contain every leaf window below, the expired and future ones included.
        notBefore: new Date(now - 365 * DAY_MS),
        notAfter: new Date(now + 3650 * DAY_MS),
        keys: caKeys,
        signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        extensions: [
            new x509.BasicConstraintsExtension(true, undefined, true),
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
            await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey, false),
        ],
    });
    const ca = { cert: withFinalNewline(caCert.toString('pem')), key: await privateKeyPem(caKeys.privateKey) };
    const signer = { name: caName, key: caKeys.privateKey, publicKey: caKeys.publicKey };
    // Validity windows are computed per call so a long-lived fixture set still issues fresh leaves.
    const window = (startDays, endMs) => ({
        notBefore: new Date(Date.now() + startDays * DAY_MS),
        notAfter: new Date(Date.now() + endMs),
    });
    const leaf = async (hosts, kind, w, hash) => issueLeaf({ hosts, keys: await cachedKey(kind), ...w, signer, signingHash: hash ?? 'SHA-256' });
    const ninetyDays = () => window(-1 / 24, 90 * DAY_MS + HOUR_MS);
    return {
        ca,
        good: (hosts) => leaf(hosts, 'leaf', ninetyDays()),
        expired: (hosts) => leaf(hosts, 'leaf', window(-120, -30 * DAY_MS)),
        notYetValid: (hosts) => leaf(hosts, 'leaf', window(30, 120 * DAY_MS)),
        // notBefore stays a day ahead of notAfter even when `days` is zero or negative.
        expiring: (hosts, days) => leaf(hosts, 'leaf', window(Math.min(-1, days - 1), days * DAY_MS + HOUR_MS)),
        selfSigned: async (hosts) => issueLeaf({ hosts, keys: await cachedKey('self'), ...ninetyDays(), signer: 'self' }),
        weakRsa: (hosts) => leaf(hosts, 'rsa1024', ninetyDays()),
        sha1: (hosts) => leaf(hosts, 'leaf', ninetyDays(), 'SHA-1'),
        ec: (hosts) => leaf(hosts, 'ec', ninetyDays()),
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/demo/loopback.ts
async function loopback_listenOnLoopback(server, host = '127.0.0.1') {
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, host, () => {
            server.removeListener('error', reject);
            resolve();
        });
    });
    const bound = server.address();
    return { port: bound.port, address: bound.address };
}
/** Stops listening and destroys every tracked connection, then resolves. */
function loopback_closeDestroyingAll(server, sockets) {
    return new Promise((resolve) => {
        for (const socket of sockets)
            socket.destroy();
        server.close(() => resolve());
    });
}

;// CONCATENATED MODULE: ./src/demo/http-servers.ts
// HTTP fixture servers on 127.0.0.1 for the port-80 rule: a redirect to https on the same
// host, a plain 200, and a redirect that leaves for another host.


/** The host part of a Host header ("[::1]:8080" → "[::1]", "mail.example:80" → "mail.example"). */
function hostOnly(header) {
    const m = /^(\[[^\]]*\]|[^:]*)/.exec(header);
    return m ? m[1] : header;
}
async function startHttpServer(kind, elsewhere = 'https://elsewhere.mail-tls-gate.test/') {
    let accepted = 0;
    const hosts = [];
    const sockets = new Set();
    const server = external_node_http_default().createServer((req, res) => {
        const host = req.headers.host ?? '';
        hosts.push(host);
        if (kind === 'ok') {
            res.writeHead(200, { 'content-type': 'text/plain' }).end('webmail fixture\n');
        }
        else {
            const location = kind === 'redirect-https' ? `https://${hostOnly(host)}${req.url ?? '/'}` : elsewhere;
            res.writeHead(301, { location, 'content-type': 'text/plain' }).end('moved\n');
        }
    });
    server.on('connection', (socket) => {
        accepted += 1;
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    const { port } = await loopback_listenOnLoopback(server);
    return {
        address: '127.0.0.1',
        port,
        get accepted() {
            return accepted;
        },
        hosts,
        close: () => loopback_closeDestroyingAll(server, sockets),
    };
}

;// CONCATENATED MODULE: ./src/demo/mail-servers.ts
// Mail fixture servers on 127.0.0.1: real SMTP, IMAP, POP3 and ManageSieve over node:net, with a
// real STARTTLS upgrade, in the good and the bad shapes the rules care about. The tests probe
// them and the `demo` command runs them, so they ship with the tool.



const NAME = 'fixture.mail-tls-gate.test';
function offersStarttls(state) {
    return !state.secure && state.options.starttls !== 'absent' && (state.options.pem !== undefined || state.options.starttls === 'refuse');
}
function offersAuth(state) {
    return state.secure || state.options.authBeforeTls === true;
}
/** STARTTLS asked for: go ahead, refuse, or not known (the caller supplies the words). */
function starttlsOutcome(state) {
    if (state.secure || state.options.starttls === 'absent')
        return 'unknown';
    if (state.options.starttls === 'refuse' || state.options.pem === undefined)
        return 'refuse';
    return 'go';
}
const mail_servers_smtp = {
    greeting: () => [`220-${NAME} ESMTP fixture`, `220 ${NAME} ready`],
    answer(line, state) {
        const verb = (line.split(' ', 1)[0] ?? '').toUpperCase();
        switch (verb) {
            case 'EHLO': {
                const caps = ['PIPELINING', 'SIZE 10240000', ...(offersStarttls(state) ? ['STARTTLS'] : []), ...(offersAuth(state) ? ['AUTH PLAIN LOGIN'] : []), '8BITMIME'];
                return { lines: [NAME, ...caps].map((text, i, all) => `250${i === all.length - 1 ? ' ' : '-'}${text}`) };
            }
            case 'HELO':
                return { lines: [`250 ${NAME}`] };
            case 'STARTTLS': {
                const outcome = starttlsOutcome(state);
                if (outcome === 'go')
                    return { lines: ['220 2.0.0 Ready to start TLS'], then: 'starttls' };
                if (outcome === 'refuse')
                    return { lines: ['454 4.7.0 TLS not available due to temporary reason'] };
                return { lines: ['502 5.5.1 Command not implemented'] };
            }
            case 'NOOP':
                return { lines: ['250 2.0.0 OK'] };
            case 'QUIT':
                return { lines: ['221 2.0.0 Bye'], then: 'close' };
            default:
                return { lines: ['500 5.5.2 Command not recognised'] };
        }
    },
    afterUpgrade: () => [],
};
function imapCapabilities(state) {
    const caps = ['IMAP4rev1', 'LITERAL+', 'ID'];
    if (offersStarttls(state))
        caps.push('STARTTLS');
    if (offersAuth(state))
        caps.push('AUTH=PLAIN', 'AUTH=LOGIN');
    else
        caps.push('LOGINDISABLED');
    return caps.join(' ');
}
const mail_servers_imap = {
    greeting: (state) => [`* OK [CAPABILITY ${imapCapabilities(state)}] ${NAME} IMAP fixture ready`],
    answer(line, state) {
        const [tag = '*', verb = ''] = line.split(' ');
        switch (verb.toUpperCase()) {
            case 'CAPABILITY':
                return { lines: [`* CAPABILITY ${imapCapabilities(state)}`, `${tag} OK CAPABILITY completed`] };
            case 'STARTTLS': {
                const outcome = starttlsOutcome(state);
                if (outcome === 'go')
                    return { lines: [`${tag} OK Begin TLS negotiation now`], then: 'starttls' };
                if (outcome === 'refuse')
                    return { lines: [`${tag} NO TLS not available`] };
                return { lines: [`${tag} BAD Unknown command`] };
            }
            case 'NOOP':
                return { lines: [`${tag} OK NOOP completed`] };
            case 'LOGOUT':
                return { lines: ['* BYE Logging out', `${tag} OK LOGOUT completed`], then: 'close' };
            default:
                return { lines: [`${tag} BAD Unknown command`] };
        }
    },
    afterUpgrade: () => [],
};
const mail_servers_pop3 = {
    greeting: () => [`+OK ${NAME} POP3 fixture ready`],
    answer(line, state) {
        switch ((line.split(' ', 1)[0] ?? '').toUpperCase()) {
            case 'CAPA': {
                const caps = ['TOP', 'UIDL', 'RESP-CODES'];
                if (offersStarttls(state))
                    caps.push('STLS');
                if (offersAuth(state))
                    caps.push('USER', 'SASL PLAIN LOGIN');
                return { lines: ['+OK Capability list follows', ...caps, '.'] };
            }
            case 'STLS': {
                const outcome = starttlsOutcome(state);
                if (outcome === 'go')
                    return { lines: ['+OK Begin TLS negotiation'], then: 'starttls' };
                if (outcome === 'refuse')
                    return { lines: ['-ERR TLS not available'] };
                return { lines: ['-ERR Unknown command'] };
            }
            case 'NOOP':
                // RFC 1939 allows NOOP only once logged in; the answer still shows it was read.
                return { lines: ['-ERR Not logged in'] };
            case 'QUIT':
                return { lines: ['+OK Bye'], then: 'close' };
            default:
                return { lines: ['-ERR Unknown command'] };
        }
    },
    afterUpgrade: () => [],
};
function sieveCapabilities(state) {
    return [
        '"IMPLEMENTATION" "mail-tls-gate fixture"',
        `"SASL" "${offersAuth(state) ? 'PLAIN LOGIN' : ''}"`,
        '"SIEVE" "fileinto reject envelope"',
        ...(offersStarttls(state) ? ['"STARTTLS"'] : []),
        '"VERSION" "1.0"',
        'OK "ManageSieve fixture ready"',
    ];
}
const mail_servers_managesieve = {
    greeting: sieveCapabilities,
    answer(line, state) {
        switch ((line.split(' ', 1)[0] ?? '').toUpperCase()) {
            case 'CAPABILITY':
                return { lines: sieveCapabilities(state) };
            case 'STARTTLS': {
                const outcome = starttlsOutcome(state);
                if (outcome === 'go')
                    return { lines: ['OK "Begin TLS negotiation now"'], then: 'starttls' };
                if (outcome === 'refuse')
                    return { lines: ['NO "TLS not available"'] };
                return { lines: ['NO "Unknown command"'] };
            }
            case 'NOOP':
                return { lines: ['OK "NOOP completed"'] };
            case 'LOGOUT':
                return { lines: ['OK "Bye"'], then: 'close' };
            default:
                return { lines: ['NO "Unknown command"'] };
        }
    },
    // RFC 5804 §2.2: after a successful STARTTLS the server sends its capabilities again.
    afterUpgrade: sieveCapabilities,
};
const PROTOCOLS = { smtp: mail_servers_smtp, imap: mail_servers_imap, pop3: mail_servers_pop3, managesieve: mail_servers_managesieve };
const BUSY_GREETING = {
    smtp: '421 4.7.0 fixture: too many connections from your address, try again later',
    imap: '* BYE too many connections from your address',
    pop3: '-ERR [SYS/TEMP] too many connections from your address',
    managesieve: 'BYE "too many connections from your address"',
};
function tlsOptions(options) {
    if (!options.pem)
        return null;
    const old = options.minVersion === 'TLSv1' || options.minVersion === 'TLSv1.1';
    return {
        cert: options.pem.cert,
        key: options.pem.key,
        minVersion: options.minVersion ?? 'TLSv1.2',
        maxVersion: options.maxVersion ?? 'TLSv1.3',
        // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; a legacy fixture must lower it.
        ...(old ? { ciphers: 'DEFAULT@SECLEVEL=0' } : {}),
    };
}
/** Runs one client session on a stream, upgrading it in place on STARTTLS. */
function serve(stream, secure, options, context, track, record) {
    const protocol = PROTOCOLS[options.protocol];
    const state = { secure, options };
    let current = stream;
    let pending = '';
    let busy = false;
    let greeted = false;
    const send = (lines) => {
        if (lines.length > 0)
            current.write(lines.map((l) => `${l}\r\n`).join(''), 'latin1');
    };
    const drain = () => {
        if (busy)
            return;
        for (let lf = pending.indexOf('\n'); lf !== -1; lf = pending.indexOf('\n')) {
            const line = pending.slice(0, lf).replace(/\r$/, '');
            pending = pending.slice(lf + 1);
            record.commands.push(line);
            const answer = protocol.answer(line, state);
            send(answer.lines);
            if (answer.then === 'close') {
                current.end();
                return;
            }
            if (answer.then === 'starttls' && context) {
                upgrade();
                return;
            }
        }
    };
    const onData = (chunk) => {
        if (!greeted) {
            record.spokeEarly = true;
            if (options.dropEarlyTalkers) {
                current.end('554 5.5.0 SMTP synchronization error\r\n');
                current.destroy();
                return;
            }
        }
        pending += chunk.toString('latin1');
        if (greeted)
            drain();
    };
    const upgrade = () => {
        busy = true;
        current.off('data', onData);
        // Whatever the client sent after STARTTLS is still in `pending`: a careful server drops
        // it, a vulnerable one carries it across into the TLS session.
        const carried = options.injection === 'vulnerable' ? pending : '';
        pending = '';
        const secured = new (external_node_tls_default()).TLSSocket(current, { isServer: true, secureContext: context });
        track(secured);
        secured.on('error', () => secured.destroy());
        secured.once('secure', () => {
            state.secure = true;
            current = secured;
            if (!options.silentAfterUpgrade)
                send(protocol.afterUpgrade(state));
            pending = carried;
            busy = false;
            secured.on('data', onData);
            drain();
        });
    };
    current.on('data', onData);
    const greet = () => {
        if (current.destroyed)
            return;
        greeted = true;
        if (options.turnAway?.()) {
            record.turnedAway = true;
            current.end(`${BUSY_GREETING[options.protocol]}\r\n`, 'latin1');
            return;
        }
        if (options.rawGreeting !== undefined)
            current.write(options.rawGreeting);
        else
            send(protocol.greeting(state));
        drain();
    };
    if (options.greetingDelayMs)
        setTimeout(greet, options.greetingDelayMs).unref();
    else
        greet();
}
async function startMailServer(options) {
    const secure = tlsOptions(options);
    const context = secure ? external_node_tls_default().createSecureContext(secure) : null;
    if (options.implicitTls && !secure)
        throw new Error('an implicit-TLS fixture needs a certificate');
    const sockets = new Set();
    const track = (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
    };
    let accepted = 0;
    let peak = 0;
    const sessions = [];
    const begin = () => {
        const session = { commands: [], turnedAway: false, spokeEarly: false };
        sessions.push(session);
        return session;
    };
    const connections = new Set();
    const server = options.implicitTls
        ? external_node_tls_default().createServer(secure, (socket) => serve(socket, true, options, context, track, begin()))
        : external_node_net_default().createServer((socket) => serve(socket, false, options, context, track, begin()));
    server.on('connection', (socket) => {
        accepted += 1;
        track(socket);
        connections.add(socket);
        peak = Math.max(peak, connections.size);
        socket.on('close', () => connections.delete(socket));
    });
    // A handshake a client abandons is routine here (version sweeps); it must not crash the server.
    server.on('tlsClientError', (_err, socket) => socket.destroy());
    const { port } = await loopback_listenOnLoopback(server);
    return {
        address: '127.0.0.1',
        port,
        get accepted() {
            return accepted;
        },
        get open() {
            return connections.size;
        },
        get peak() {
            return peak;
        },
        sessions,
        close: () => loopback_closeDestroyingAll(server, sockets),
    };
}
function mailFixtureOptions(protocol, kind, pem) {
    switch (kind) {
        case 'good':
            return { protocol, pem, injection: 'clean' };
        case 'plaintext':
            return { protocol, starttls: 'absent', authBeforeTls: true };
        case 'injectable':
            return { protocol, pem, injection: 'vulnerable' };
        case 'starttls-refused':
            return { protocol, pem, starttls: 'refuse' };
        case 'implicit-tls':
            return { protocol, pem, implicitTls: true };
    }
}
function startMailFixture(protocol, kind, pem) {
    return startMailServer(mailFixtureOptions(protocol, kind, pem));
}

;// CONCATENATED MODULE: ./src/demo/tls-server.ts
// Fixture servers for TLS probes: an implicit-TLS server with a chosen certificate and version
// range, a tarpit that accepts and never speaks, and a server that swallows the ClientHello and
// never answers. Loopback only, ephemeral ports. Used by the tests and the `demo` command.



function track(server, sockets) {
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        // Clients of a fixture reset connections all the time; that is not the server's problem.
        socket.on('error', () => undefined);
    });
}
async function startTlsServer(options) {
    const sockets = new Set();
    const servernames = [];
    const waiters = [];
    const server = external_node_tls_.createServer({
        cert: [options.pem.cert, ...(options.chain ?? [])].join('\n'),
        key: options.pem.key,
        ...(options.minVersion ? { minVersion: options.minVersion } : {}),
        ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}),
        ...(options.ciphers ? { ciphers: options.ciphers } : {}),
    });
    track(server, sockets);
    server.on('tlsClientError', () => undefined);
    server.on('secureConnection', (socket) => {
        socket.on('error', () => undefined);
        servernames.push(socket.servername || false);
        for (const waiter of waiters.filter((w) => w.count <= servernames.length)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve();
        }
        if (options.greeting !== undefined)
            socket.write(options.greeting);
    });
    const bound = await loopback_listenOnLoopback(server, options.host ?? '127.0.0.1');
    return {
        ...bound,
        get handshakes() {
            return servernames.length;
        },
        servernames,
        handshakesReached: (count) => count <= servernames.length ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
        close: () => loopback_closeDestroyingAll(server, sockets),
    };
}
/** Accepts TCP connections and never sends a byte. */
async function startTarpit(host = '127.0.0.1') {
    const sockets = new Set();
    const server = net.createServer();
    track(server, sockets);
    return { ...(await listenOnLoopback(server, host)), close: () => closeDestroyingAll(server, sockets) };
}
/** Accepts, reads the ClientHello (and anything after it), never answers. */
async function startStallingTls(host = '127.0.0.1') {
    const sockets = new Set();
    let bytesReceived = 0;
    const server = net.createServer((socket) => {
        socket.on('data', (chunk) => {
            bytesReceived += chunk.length;
        });
    });
    track(server, sockets);
    return {
        ...(await listenOnLoopback(server, host)),
        get bytesReceived() {
            return bytesReceived;
        },
        close: () => closeDestroyingAll(server, sockets),
    };
}

;// CONCATENATED MODULE: ./src/demo/demo.ts
// `mail-tls-gate demo`: the whole job on built-in loopback servers. A well-run host and a badly
// run one, an embedded policy naming both, a real check over the network, and the findings as a
// user sees them. It exits 0 when the check found exactly what the demo was built to show.











const GOOD_HOST = 'mail.good.demo.test';
const BAD_HOST = 'mail.bad.demo.test';
/** A port nothing listens on: bound, noted, released. */
async function closedPort() {
    const server = external_node_net_default().createServer();
    const { port } = await loopback_listenOnLoopback(server);
    await loopback_closeDestroyingAll(server, []);
    return port;
}
async function startDemoWorld() {
    const certs = await createFixtureCertificates();
    const good = await certs.good([GOOD_HOST]);
    const servers = [];
    const keep = (s) => (servers.push(s), s);
    try {
        const g = {
            smtp: keep(await startMailFixture('smtp', 'good', good)),
            submission: keep(await startMailFixture('smtp', 'good', good)),
            submissions: keep(await startMailFixture('smtp', 'implicit-tls', good)),
            imaps: keep(await startMailFixture('imap', 'implicit-tls', good)),
            pop3s: keep(await startMailFixture('pop3', 'implicit-tls', good)),
            managesieve: keep(await startMailFixture('managesieve', 'good', good)),
            https: keep(await startTlsServer({ pem: good })),
            http: keep(await startHttpServer('redirect-https')),
            imap: await closedPort(),
            pop3: await closedPort(),
        };
        const b = {
            smtp: keep(await startMailFixture('smtp', 'plaintext', good)),
            submission: keep(await startMailServer({ protocol: 'smtp', pem: await certs.good([BAD_HOST]), authBeforeTls: true, injection: 'vulnerable' })),
            submissions: keep(await startMailServer({ protocol: 'smtp', pem: await certs.good([BAD_HOST]), implicitTls: true, minVersion: 'TLSv1' })),
            imaps: keep(await startMailServer({ protocol: 'imap', pem: await certs.expired([BAD_HOST]), implicitTls: true })),
            pop3s: keep(await startMailServer({ protocol: 'pop3', pem: await certs.selfSigned([BAD_HOST]), implicitTls: true })),
            https: keep(await startTlsServer({ pem: await certs.good(['webmail.elsewhere.demo.test']) })),
            http: keep(await startHttpServer('ok')),
            imap: keep(await startMailFixture('imap', 'plaintext', good)),
            pop3: keep(await startMailFixture('pop3', 'plaintext', good)),
            managesieve: keep(await startMailFixture('managesieve', 'starttls-refused', good)),
        };
        const policyText = `# The demo policy: one well-run mail host and one that breaks most rules.
version: 1
defaults:
  tls: { min-version: "1.2" }
  certificate: { verify: true, min-days-left: 21 }
  timeout: 5s
hosts:
  - host: ${GOOD_HOST}
    require:
      - { service: smtp, port: ${g.smtp.port} }
      - { service: submission, port: ${g.submission.port} }
      - { service: submissions, port: ${g.submissions.port} }
      - { service: imaps, port: ${g.imaps.port} }
      - { service: pop3s, port: ${g.pop3s.port} }
      - { service: managesieve, port: ${g.managesieve.port} }
      - { service: https, port: ${g.https.port} }
      - { service: http, port: ${g.http.port} }
    forbid:
      - { service: imap, port: ${g.imap} }
      - { service: pop3, port: ${g.pop3} }
  - host: ${BAD_HOST}
    require:
      - { service: smtp, port: ${b.smtp.port} }
      - { service: submission, port: ${b.submission.port} }
      - { service: submissions, port: ${b.submissions.port} }
      - { service: imaps, port: ${b.imaps.port} }
      - { service: pop3s, port: ${b.pop3s.port} }
      - { service: https, port: ${b.https.port} }
      - { service: http, port: ${b.http.port} }
      - { service: pop3, port: ${b.pop3.port} }
      - { service: managesieve, port: ${b.managesieve.port} }
    forbid:
      - { service: imap, port: ${b.imap.port} }
`;
        return {
            policyText,
            caPem: certs.ca.cert,
            resolveAll: async (name) => {
                if (name === GOOD_HOST || name === BAD_HOST)
                    return ['127.0.0.1'];
                throw Object.assign(new Error(`${name} is not a demo host`), { code: 'ENOTFOUND' });
            },
            expected: {
                [GOOD_HOST]: [],
                [BAD_HOST]: [
                    'certificate-expired',
                    'certificate-name-mismatch',
                    'certificate-untrusted',
                    'forbidden-service-reachable',
                    'http-not-redirected',
                    'plaintext-auth-offered',
                    'starttls-command-injection',
                    'starttls-failed',
                    'starttls-not-offered',
                    'tls-version-legacy',
                ],
            },
            close: () => Promise.all(servers.map((s) => s.close())).then(() => undefined),
        };
    }
    catch (err) {
        await Promise.all(servers.map((s) => s.close()));
        throw err;
    }
}
/** Rule ids found per host, unwaived, sorted and unique. */
function rulesByHost(findings) {
    const out = {};
    for (const f of findings)
        if (!f.waived)
            (out[f.host] ??= new Set()).add(f.rule);
    return Object.fromEntries(Object.entries(out).map(([h, s]) => [h, [...s].sort()]));
}
async function runDemo() {
    process.stderr.write('Starting demo mail servers on 127.0.0.1 (certificates made for this run)…\n');
    const world = await startDemoWorld();
    try {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'mail-tls-gate-demo-'));
        const policyPath = (0,external_node_path_.join)(dir, 'demo-policy.yml');
        const caFile = (0,external_node_path_.join)(dir, 'demo-ca.pem');
        const reportPath = (0,external_node_path_.join)(dir, 'report.json');
        const sarifPath = (0,external_node_path_.join)(dir, 'report.sarif');
        await (0,promises_.writeFile)(policyPath, world.policyText);
        await (0,promises_.writeFile)(caFile, world.caPem);
        const outcome = await check({
            policyPath,
            policyName: 'demo-policy.yml',
            failOn: 'error',
            concurrency: 32,
            // Every demo host lives on 127.0.0.1, so the per-address politeness cap would serialise them.
            perHost: 32,
            caFile,
            reportPath,
            sarifPath,
            resolveAll: world.resolveAll,
        });
        if (outcome.kind === 'invalid') {
            process.stderr.write(`the demo policy is invalid (a bug): ${outcome.problems.map((p) => p.message).join('; ')}\n`);
            return 1;
        }
        process.stdout.write(formatText(outcome.report, { color: shouldUseColor(process.stdout, process.env) }));
        process.stdout.write(`\nPolicy:      ${policyPath}\nJSON report: ${reportPath}\nSARIF:       ${sarifPath}\n`);
        const found = rulesByHost(outcome.report.findings);
        const mismatches = Object.entries(world.expected).filter(([host, rules]) => JSON.stringify(found[host] ?? []) !== JSON.stringify(rules));
        if (mismatches.length > 0) {
            for (const [host, rules] of mismatches) {
                process.stderr.write(`demo: ${host}: expected [${rules.join(', ')}], found [${(found[host] ?? []).join(', ')}]\n`);
            }
            process.stderr.write('The demo did not run as designed.\n');
            return 1;
        }
        process.stdout.write(`\nThe demo ran as designed: ${GOOD_HOST} passes, and every finding on ${BAD_HOST} is one the demo was built to show.\n` +
            'On your own policy, this result would exit 1 and fail the workflow.\n');
        return 0;
    }
    finally {
        await world.close();
    }
}

;// CONCATENATED MODULE: ./src/report/plan.ts
function formatPlan(policy, plan) {
    const rows = plan.endpoints.map((e) => [
        e.host,
        e.address ?? '(resolved at check time)',
        String(e.port),
        e.service,
        e.expectation,
        `${e.location.file}:${e.location.line}:${e.location.column}`,
    ]);
    const header = ['host', 'address', 'port', 'service', 'expect', 'asked at'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    const hosts = policy.hosts.length;
    return [
        `${policy.file}: valid policy, ${hosts} host${hosts === 1 ? '' : 's'}, ${plan.endpoints.length} endpoint${plan.endpoints.length === 1 ? '' : 's'} planned`,
        '',
        line(header),
        ...rows.map(line),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/options.ts
// The settings both entry points take (CLI flags, action inputs), checked with one wording.


const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'inconclusive', 'never'];
function parseFailOn(name, text) {
    return FAIL_ON_VALUES.includes(text)
        ? { ok: true, value: text }
        : { ok: false, message: `${name}: '${text}' is not one of ${FAIL_ON_VALUES.join(', ')}` };
}
function parseWholeNumber(name, text, max) {
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    return Number.isInteger(n) && n >= 1 && n <= max
        ? { ok: true, value: n }
        : { ok: false, message: `${name}: '${text}' is not a whole number from 1 to ${max}` };
}
function parseTimeout(name, text) {
    const ms = parseDuration(text);
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
    const resolverText = given(raw.resolver);
    const resolverParsed = resolverText === undefined ? undefined : (0,dns/* parseResolverAddress */.EM)(resolverText);
    const resolver = resolverParsed === undefined ? undefined : 'error' in resolverParsed ? { ok: false, message: `${label('resolver')}: ${resolverParsed.error}` } : { ok: true, value: resolverParsed };
    const messages = [failOn, concurrency, perHost, timeout, retryAfter, resolver].flatMap((p) => (p && !p.ok ? [p.message] : []));
    if (!failOn.ok || !concurrency.ok || !perHost.ok || (timeout && !timeout.ok) || !retryAfter.ok || (resolver && !resolver.ok)) {
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
        },
    };
}

;// CONCATENATED MODULE: ./src/cli.ts
// The command line: a thin shell over run.ts. Prints results, sets the exit code, nothing else.










const USAGE = `usage:
  mail-tls-gate check POLICY [--format text|json|sarif]
                      [--fail-on error|warning|notice|inconclusive|never]
                      [--concurrency N] [--per-host N] [--timeout 10s] [--retry-after 5s]
                      [--ca-file PEM] [--report FILE] [--sarif FILE] [--helo-name NAME]
                      [--shard i/n] [--resolver ADDR[:PORT]]
  mail-tls-gate merge REPORT... [--format text|json|sarif] [--fail-on ...]
                      [--report FILE] [--sarif FILE]
  mail-tls-gate validate POLICY [--format text|json]
  mail-tls-gate demo
  mail-tls-gate --version

exit codes: 0 pass; 1 findings at or above --fail-on (with --fail-on inconclusive, also checks
  that could not be concluded); 2 invalid policy or usage; 3 no such finding, but some required
  checks could not be concluded (a busy service, or no required endpoint reachable); with
  --fail-on never, 0 whatever was found`;
const EXIT_USAGE = 2;
function usageError(message) {
    process.stderr.write(`mail-tls-gate: ${message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
}
async function main(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                'fail-on': { type: 'string' },
                concurrency: { type: 'string' },
                timeout: { type: 'string' },
                'per-host': { type: 'string' },
                'retry-after': { type: 'string' },
                'ca-file': { type: 'string' },
                report: { type: 'string' },
                sarif: { type: 'string' },
                'helo-name': { type: 'string' },
                shard: { type: 'string' },
                resolver: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
    }
    catch (err) {
        return usageError(err.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(USAGE + '\n');
        return 0;
    }
    if (values.version) {
        process.stdout.write(TOOL_VERSION + '\n');
        return 0;
    }
    const [command, ...rest] = positionals;
    switch (command) {
        case 'check':
            return runCheck(rest, values);
        case 'merge':
            return runMerge(rest, values);
        case 'validate':
            return runValidate(rest, values.format ?? 'text');
        case 'demo':
            if (rest.length > 0)
                return usageError('demo takes no arguments');
            return runDemo();
        case undefined:
            return usageError('no command given');
        default:
            return usageError(`unknown command '${command}'`);
    }
}
function printProblems(problems) {
    for (const p of problems)
        process.stderr.write(formatProblem(p) + '\n');
    process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy; nothing was probed.\n`);
}
async function runValidate(args, format) {
    if (args.length !== 1)
        return usageError('validate takes exactly one POLICY');
    if (format !== 'text' && format !== 'json')
        return usageError(`--format: '${format}' is not text or json`);
    const outcome = await run_validate(args[0]);
    if (outcome.kind === 'invalid') {
        printProblems(outcome.problems);
        return outcome.exitCode;
    }
    process.stdout.write(format === 'json' ? JSON.stringify(outcome.plan.endpoints, null, 2) + '\n' : formatPlan(outcome.policy, outcome.plan));
    return 0;
}
async function runCheck(args, values) {
    if (args.length !== 1)
        return usageError('check takes exactly one POLICY');
    const format = values.format ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format))
        return usageError(`--format: '${format}' is not text, json or sarif`);
    const settings = parseCheckSettings({
        failOn: values['fail-on'],
        concurrency: values.concurrency,
        perHost: values['per-host'],
        timeout: values.timeout,
        retryAfter: values['retry-after'],
        resolver: values.resolver,
    }, (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'));
    const shard = values.shard === undefined ? undefined : parseShard('--shard', values.shard);
    if (shard && !shard.ok)
        return usageError(shard.message);
    const progress = startProgress();
    const outcome = await check({
        policyPath: args[0],
        ...settings.value,
        caFile: values['ca-file'],
        reportPath: values.report,
        sarifPath: values.sarif,
        heloName: values['helo-name'],
        shard: shard?.value,
        onPlanned: (plan) => progress.planned(plan.endpoints.length),
        onEndpointDone: progress.tick,
    }).finally(progress.stop);
    if (outcome.kind === 'invalid') {
        printProblems(outcome.problems);
        return outcome.exitCode;
    }
    if (format === 'json')
        process.stdout.write((0,json/* reportToJson */.qW)(outcome.report));
    else if (format === 'sarif')
        process.stdout.write(JSON.stringify(outcome.sarif, null, 2) + '\n');
    else
        process.stdout.write(formatText(outcome.report, { color: shouldUseColor(process.stdout, process.env) }));
    return outcome.exitCode;
}
/** Shard reports combined: the same outputs and exit codes as `check`, without probing. */
async function runMerge(args, values) {
    if (args.length === 0)
        return usageError('merge takes one or more REPORT files (the JSON reports of shard runs)');
    const format = values.format ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format))
        return usageError(`--format: '${format}' is not text, json or sarif`);
    const probingOnly = ['concurrency', 'per-host', 'timeout', 'retry-after', 'ca-file', 'helo-name', 'shard', 'resolver'].filter((k) => values[k] !== undefined);
    if (probingOnly.length > 0)
        return usageError(`merge probes nothing: ${probingOnly.map((k) => `--${k}`).join(', ')} does not apply`);
    const settings = parseCheckSettings({ failOn: values['fail-on'] }, (name) => `--${name}`);
    if (!settings.ok)
        return usageError(settings.messages.join('\n'));
    const outcome = await merge({
        reportPaths: args,
        failOn: settings.value.failOn,
        reportPath: values.report,
        sarifPath: values.sarif,
    });
    if (outcome.kind === 'refused') {
        for (const p of outcome.problems)
            process.stderr.write(`mail-tls-gate: merge: ${p}\n`);
        process.stderr.write('nothing was merged.\n');
        return outcome.exitCode;
    }
    if (format === 'json')
        process.stdout.write((0,json/* reportToJson */.qW)(outcome.report));
    else if (format === 'sarif')
        process.stdout.write(JSON.stringify(outcome.sarif, null, 2) + '\n');
    else
        process.stdout.write(formatText(outcome.report, { color: shouldUseColor(process.stdout, process.env) }));
    return outcome.exitCode;
}
/** A one-line counter on stderr, only on a terminal and only once a run has taken over 2 s. */
function startProgress() {
    let done = 0;
    let total = 0;
    let shown = false;
    const tty = process.stderr.isTTY === true;
    const startedAt = Date.now();
    const tick = () => {
        done += 1;
        if (!tty || Date.now() - startedAt < 2000)
            return;
        shown = true;
        process.stderr.write(`\r\x1b[Kprobing: ${done}/${total} endpoints done`);
    };
    const planned = (n) => {
        total = n;
    };
    const stop = () => {
        if (shown)
            process.stderr.write('\r\x1b[K');
    };
    return { planned, tick, stop };
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    // A bug, not a user error: say so plainly, without a stack trace unless asked.
    process.stderr.write(`mail-tls-gate: internal error: ${err?.message ?? err}\n`);
    if (process.env.MAIL_TLS_GATE_DEBUG)
        process.stderr.write(`${err?.stack}\n`);
    process.exitCode = 2;
});

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
