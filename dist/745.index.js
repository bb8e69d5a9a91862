export const id = 745;
export const ids = [745];
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

/***/ 83150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ mxHostNames)
/* harmony export */ });
/**
 * The mail hosts an MX answer names: none for a null MX or a failed look-up, the domain itself
 * for an implicit MX (RFC 5321 §5.1), else each MX host once, in MX order.
 */
function mxHostNames(domain, mx) {
    if (mx.nullMx || mx.error !== null)
        return [];
    return mx.implicit ? [domain] : [...new Set(mx.records.map((r) => r.host))];
}


/***/ })

};
