export const id = 311;
export const ids = [311];
export const modules = {

/***/ 56174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   On: () => (/* binding */ MAX_ANSWER_CNAME_HOPS),
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
    /** The answer's CNAME chain from the name asked did not end within MAX_ANSWER_CNAME_HOPS aliases (or looped): its records are not known. */
    aliasChain: 'cname-chain-unended',
};
/** CNAME hops followed inside one answer (RFC 6698 §2.2, RFC 7672 §2.2.2: a TLSA name may be an alias). */
const MAX_ANSWER_CNAME_HOPS = 8;
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
        case DNSSEC_ERRORS.aliasChain:
            return `the answer's CNAME chain did not end within ${MAX_ANSWER_CNAME_HOPS} aliases, so its records are not known`;
        default:
            return error;
    }
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
