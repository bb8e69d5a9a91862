export const id = 362;
export const ids = [362,745];
export const modules = {

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


/***/ }),

/***/ 49264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checks: () => (/* binding */ checks),
/* harmony export */   daneTaUnverified: () => (/* binding */ daneTaUnverified),
/* harmony export */   daneUnanswered: () => (/* binding */ daneUnanswered),
/* harmony export */   meta: () => (/* binding */ meta),
/* harmony export */   policyHostUnanswered: () => (/* binding */ policyHostUnanswered),
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
    summary: "A check could not be made: a question went unanswered before its deadline, a forbidden service's host name did not resolve, a required one's look-up got no answer, a domain's MTA-STS or TLS-RPT record look-up, or the address look-up of its MTA-STS policy host, got no answer, or the resolver gave no verdict on an MX host's DANE records. Inconclusive, never a pass.",
    what: 'A check the policy asks for could not be made: a question to the server (such as the TLS 1.0/1.1 ClientHello of the version sweep, or a cipher question offering only the suites of one class) got no answer before its deadline, or the host name of a forbidden service did not resolve, so whether that service is reachable is unknown, or the look-up of a required service\'s host name got no answer at all (a time-out, SERVFAIL, a refusal; NXDOMAIN is an answer and stays required-service-unreachable), or the TXT look-up of a domain\'s MTA-STS or TLS-RPT record got no answer, so whether it is published is unknown (NXDOMAIN and no records stay mta-sts-missing and tls-rpt-missing), or the domain publishes an MTA-STS record but the address look-up of its policy host (mta-sts.example.com for example.com) got no answer, so whether the policy file is served is unknown (NXDOMAIN or a name without addresses stays mta-sts-missing), or (with `dane:` required or optional) the validating resolver gave no verdict on the MX records of a domain or the TLSA records of an MX host (SERVFAIL, as for expired signatures, or a time-out), so whether DANE applies to that host on port 25 is unknown. Always inconclusive: the run is not a pass while it stands.',
    why: 'Silence is not a refusal: a slow, rate-limiting or filtering server that never answers a TLS 1.0 ClientHello has not shown that it refuses TLS 1.0 (RFC 8996), a forbidden plaintext service (RFC 8314) on a name that did not resolve was never looked for, and a SERVFAIL on a TLSA look-up says neither that the host has no DANE records nor that they are insecure (RFC 7672 §2.2). Reporting any of these as a pass would pass a check that was not made.',
    fix: "Make the server answer every ClientHello, with a ServerHello or an alert (look for a firewall, IPS or rate limit that drops old TLS versions silently), or give it a longer timeout; for a forbidden service, fix the host name in the policy or its DNS records; for a domain's MTA-STS or TLS-RPT, make its name servers answer (`dig TXT _mta-sts.example.com`, `dig A mta-sts.example.com`, `dig TXT _smtp._tls.example.com`); for DANE, check the zone's signatures (`dig +dnssec TLSA _25._tcp.mx1.example.com` through a validating resolver; re-sign a zone whose signatures expired) and that the resolver can reach its name servers. Then run the check again.",
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
 * in its place; `openFor`, the rules the answer would have decided, keeps it only while one of
 * them is on.
 */
function txtUnanswered(at, what, name, code, openFor) {
    return {
        rule: 'check-inconclusive',
        at,
        message: `Whether ${what} could not be checked: the look-up of the TXT records at ${name} got no answer (${(0,_resolve_dns_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDnsCode */ .Op)(code)}).`,
        evidence: `TXT: ${code}`,
        inconclusive: true,
        openFor,
    };
}
/**
 * A domain that publishes a sound MTA-STS record, but whose policy host's address look-up got no
 * answer (a time-out, SERVFAIL, a refusal): whether the policy file is served was not seen, so the
 * check was not made. Drafted by mta-sts-missing, which would otherwise have said "no policy
 * file", in its place.
 */
function policyHostUnanswered(domain, host, url, code, openFor) {
    return {
        rule: 'check-inconclusive',
        at: 'mta-sts',
        message: `Whether ${domain} serves its MTA-STS policy could not be checked: it publishes an MTA-STS record, but the look-up of the address of ${host} got no answer (${(0,_resolve_dns_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDnsCode */ .Op)(code)}), so ${url} was not fetched.`,
        evidence: `A/AAAA ${host}: ${code}`,
        inconclusive: true,
        openFor,
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

/***/ 19834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gy: () => (/* binding */ answerWords),
  FI: () => (/* binding */ daneAsked),
  hU: () => (/* binding */ daneReport),
  Ue: () => (/* binding */ daneView),
  t0: () => (/* binding */ dnssecStanding),
  HL: () => (/* binding */ endpointMatch),
  Um: () => (/* binding */ endpointsWords),
  kG: () => (/* binding */ mxSmtpEndpoints),
  xD: () => (/* binding */ recordName),
  iT: () => (/* binding */ recordsWords),
  X3: () => (/* binding */ tlsaStanding),
  k6: () => (/* binding */ unansweredWords),
  N1: () => (/* binding */ withDaneTrust)
});

// UNUSED EXPORTS: daneTrustWords, recordWords

// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
// EXTERNAL MODULE: ./src/facts/dane-vocabulary.ts
var dane_vocabulary = __webpack_require__(56174);
// EXTERNAL MODULE: ./src/facts/domains.ts
var domains = __webpack_require__(83150);
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
// EXTERNAL MODULE: ./src/rules/domains.ts
var rules_domains = __webpack_require__(54138);
// EXTERNAL MODULE: ./src/rules/certificate.ts
var rules_certificate = __webpack_require__(3968);
// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
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
    return smtpEndpointsByHost(observed).get(host) ?? [];
}
/**
 * The required SMTP endpoints of a run, by canonical host name: built once per list of endpoints
 * (the judgement, the report and dane-mismatch all ask per MX host), so a fleet with many DANE
 * domains is not scanned whole for each of their hosts. The list is the run's finished
 * observations, which nothing changes once they are judged.
 */
const smtpIndex = new WeakMap();
function smtpEndpointsByHost(observed) {
    let index = smtpIndex.get(observed);
    if (index === undefined) {
        index = new Map();
        for (const o of observed) {
            if (o.endpoint.expectation !== 'require' || o.endpoint.service !== 'smtp')
                continue;
            const host = (0,host_names/* canonicalName */.Ew)(o.endpoint.host);
            const list = index.get(host);
            if (list === undefined)
                index.set(host, [o]);
            else
                list.push(o);
        }
        smtpIndex.set(observed, index);
    }
    return index;
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
/** Each DANE-asked domain's MX hosts' port-25 endpoints, with how DANE stands there, in the policy's order. */
function daneOutcomes(policies, byName, observed) {
    const out = [];
    for (const policy of policies) {
        const facts = byName.get((0,host_names/* canonicalName */.Ew)(policy.domain));
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
                    // An MX answer that is not authenticated keeps DANE from applying whatever the TLSA
                    // answer would have been (RFC 7672 §2.2.1): the silence leaves nothing unknown there.
                    const unknown = mx === 'insecure' ? null : { name: host.tlsaName, answer: host.tlsa };
                    out.push({ o, outcome: { ...base, outcome: 'unanswered' }, unanswered: unknown });
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
/** One domain's verdict on an endpoint; null when DANE sets nothing aside for that domain's mail. */
function domainVerdict({ outcome, unanswered }) {
    if (unanswered !== null)
        return { kind: 'unanswered', ...unanswered };
    if (!outcome.applies)
        return null;
    if (outcome.outcome === 'dane-ee')
        return { kind: 'dane-ee', record: outcome.record };
    if (outcome.outcome === 'dane-ta')
        return { kind: 'dane-ta', record: outcome.record, depth: outcome.certificate.depth };
    if (outcome.outcome === 'ta-unverified')
        return { kind: 'ta-unverified', record: outcome.record, subject: outcome.certificate.subject };
    return null;
}
const recordKey = (record) => `${tlsaParameters(record)} ${record.data.toLowerCase()}`;
function questionKey(question) {
    return question.kind === 'unanswered' ? `0 ${question.name}` : `1 ${recordKey(question.record)} ${question.subject}`;
}
/**
 * The match that sets the least aside: DANE-TA (the chain's trust alone) under DANE-EE (trust,
 * name and dates), as SET_ASIDE_BY_TA is a part of SET_ASIDE_BY_EE; among equals, a fixed order
 * of the records, so that neither the policy's order nor the look-ups' decide the evidence.
 */
function leastLenient(matches) {
    const key = (m) => (m.kind === 'dane-ta' ? `0 ${String(m.depth).padStart(3, '0')} ${recordKey(m.record)}` : `1 ${recordKey(m.record)}`);
    return [...matches].sort((a, b) => (0,order/* compareText */.n6)(key(a), key(b)))[0];
}
/**
 * How DANE decides one endpoint's certificate judgement, from each sharing domain's verdict.
 * The same MX host answers mail for every domain that names it, and a sender decides whether DANE
 * applies per destination domain, from that domain's MX answer and the host's TLSA answer (RFC
 * 7672 §2.2): a sender of mail to a domain DANE does not cover holds the certificate to whatever
 * it checks without DANE. So the endpoint is judged as strictly as the strictest of its domains:
 * 1. any domain's question left open (an MX or TLSA question unanswered, a DANE-TA match that
 *    cannot be verified) keeps the endpoint's DANE check inconclusive, each open question said once;
 * 2. else any domain for which DANE sets nothing aside (its MX answer is not authenticated, its
 *    host has no usable record, none matched) leaves every certificate judgement standing;
 * 3. else every domain's record matched: a judgement is set aside only when each match sets it
 *    aside, which is the DANE-TA match's if there is one, else the DANE-EE match's.
 * A domain whose policy does not ask about DANE (`dane: off`) but whose MX records name the host
 * counts as one for which DANE sets nothing aside (`unasked`): the run asked nothing of its
 * DNSSEC, so its mail is held to WebPKI. Undefined: judged as without DANE.
 */
function endpointTrust(entries, unasked) {
    const verdicts = [...entries.map((entry) => ({ domain: entry.outcome.domain, verdict: domainVerdict(entry) })), ...unasked.map((domain) => ({ domain, verdict: null }))];
    const open = new Map();
    for (const { verdict } of verdicts) {
        if (verdict?.kind === 'unanswered' || verdict?.kind === 'ta-unverified')
            open.set(questionKey(verdict), verdict);
    }
    if (open.size > 0)
        return { kind: 'open', questions: [...open.entries()].sort(([a], [b]) => (0,order/* compareText */.n6)(a, b)).map(([, q]) => q) };
    const matches = verdicts.flatMap(({ verdict }) => (verdict?.kind === 'dane-ee' || verdict?.kind === 'dane-ta' ? [verdict] : []));
    if (matches.length === 0)
        return undefined;
    const match = leastLenient(matches);
    const domainsWhere = (matched) => [...new Set(verdicts.filter((v) => (v.verdict !== null) === matched).map((v) => v.domain))].sort(order/* compareText */.n6);
    const notFor = domainsWhere(false);
    return notFor.length === 0 ? match : { kind: 'partial', match, matchedFor: domainsWhere(true), notFor };
}
function daneView(policies, domains, observed) {
    const byName = factsByName(domains);
    const entries = daneOutcomes(policies, byName, observed);
    const byEndpoint = new Map();
    for (const entry of entries) {
        const list = byEndpoint.get(entry.o);
        if (list === undefined)
            byEndpoint.set(entry.o, [entry]);
        else
            list.push(entry);
    }
    const unasked = unaskedDomains(policies, byName, observed, byEndpoint);
    const trust = new Map();
    for (const [o, list] of byEndpoint) {
        const decided = endpointTrust(list, unasked.get(o) ?? []);
        if (decided !== undefined)
            trust.set(o, decided);
    }
    return { trust, outcomes: entries.map((entry) => entry.outcome) };
}
/**
 * For each port-25 endpoint of an MX host of a domain that asks about DANE (`asked`), the policy's
 * `dane: off` domains whose MX records name that host, or whose own name is the host where they
 * have no MX records (RFC 5321 §5.1): mail to them reaches the same endpoint, and nothing was
 * asked about DANE for it. `dane: off` is the default, so where no domain asks about DANE (most
 * policies) nothing is looked at.
 */
function unaskedDomains(policies, byName, observed, asked) {
    const out = new Map();
    if (asked.size === 0)
        return out;
    for (const policy of policies) {
        if (policy.dane !== 'off')
            continue;
        const facts = byName.get((0,host_names/* canonicalName */.Ew)(policy.domain));
        if (facts === undefined)
            continue;
        for (const host of (0,domains/* mxHostNames */.M)(facts.domain, facts.mx)) {
            for (const o of mxSmtpEndpoints(host, observed)) {
                if (!asked.has(o))
                    continue;
                const list = out.get(o);
                if (list === undefined)
                    out.set(o, [facts.domain]);
                else
                    list.push(facts.domain);
            }
        }
    }
    return out;
}
/**
 * The domains stage's facts by domain name (canonical, as that stage writes it): one look-up per
 * policy domain, not a search of every domain's facts. The first of a name, as a search would find.
 */
function factsByName(domains) {
    const index = new Map();
    for (const d of domains)
        if (!index.has(d.domain))
            index.set(d.domain, d);
    return index;
}
/** The report's DANE section alone (for `init`, which judges nothing). */
function daneReport(policies, domains, observed) {
    return daneOutcomes(policies, factsByName(domains), observed).map((entry) => entry.outcome);
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
 * Why a record that matched sets nothing aside: DANE does not vouch for the certificate for mail
 * to some domain that shares the host, whose senders judge it without DANE (RFC 7672 §2.2). The
 * domains are named a few at a time: a provider's MX host takes mail for many `dane: off` domains,
 * and this goes on each certificate judgement of each of its addresses.
 */
function partialWords(trust) {
    return `${recordName(trust.match.record)} matched, but DANE vouches for this host's certificate for mail to ${(0,rules_domains/* list */.p_)(trust.matchedFor)} only, not for mail to ${(0,rules_domains/* list */.p_)(trust.notFor)}, whose senders judge it without DANE: WebPKI trust, name and expiry are checked, RFC 7672 §2.2`;
}
/** An open DANE question as a check-inconclusive draft. */
function openDraft(endpoint, question) {
    return question.kind === 'unanswered'
        ? (0,check_inconclusive.daneUnanswered)(endpoint, question.name, `${question.name}: ${unansweredWords(question.answer)}`)
        : (0,check_inconclusive.daneTaUnverified)(endpoint, recordName(question.record), question.subject);
}
/** The endpoint's one check-inconclusive draft, with `draft` said in it (added when there is none yet). */
function withInconclusive(drafts, draft) {
    const open = drafts.find((d) => d.rule === 'check-inconclusive');
    if (open === undefined)
        return [...drafts, draft];
    return drafts.map((d) => (d === open ? { ...d, message: `${d.message} ${draft.message}`, evidence: [d.evidence, draft.evidence].filter((e) => e !== null).join('; ') } : d));
}
/** `drafts` with `words` added to the evidence of those `about` picks. */
const withEvidence = (drafts, words, about) => drafts.map((d) => (about(d.rule) ? { ...d, evidence: d.evidence === null ? words : `${d.evidence}; ${words}` } : d));
const setAsideBy = (match) => (match.kind === 'dane-ee' ? SET_ASIDE_BY_EE : SET_ASIDE_BY_TA);
/**
 * How DANE recasts one port-25 endpoint's drafts, a judgement over facts (the facts stay as the
 * probe recorded them). A matching DANE-EE record takes the certificate's WebPKI trust, name and
 * dates out of the judgement; a matching DANE-TA record takes the chain's trust (judged up to
 * that trust anchor, link by link) and leaves name and dates. The certificate judgements left
 * standing say in their evidence which record matched and what it set aside, or, when the match
 * held for some of the host's domains only, for which it did not. When a DANE question is open,
 * the certificate judgements stand and the endpoint's DANE check is inconclusive.
 */
function withDaneTrust(drafts, endpoint, trust) {
    if (trust === undefined)
        return drafts;
    if (trust.kind === 'open')
        return trust.questions.reduce((out, question) => withInconclusive(out, openDraft(endpoint, question)), drafts);
    // The judgements the match would have set aside say why they stand.
    if (trust.kind === 'partial')
        return withEvidence(drafts, partialWords(trust), (rule) => setAsideBy(trust.match).has(rule));
    const setAside = setAsideBy(trust);
    return withEvidence(drafts.filter((d) => !setAside.has(d.rule)), daneTrustWords(trust, endpoint), (rule) => rule.startsWith('certificate-'));
}


/***/ }),

/***/ 54138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ EVIDENCE_ITEMS),
/* harmony export */   $n: () => (/* binding */ mtaStsStanding),
/* harmony export */   MB: () => (/* binding */ skippedWords),
/* harmony export */   Vs: () => (/* binding */ txtLookupUnanswered),
/* harmony export */   fh: () => (/* binding */ MODE_RANK),
/* harmony export */   iO: () => (/* binding */ unansweredPolicyHostCode),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* unused harmony export MTA_STS_RULES */
/* harmony import */ var _facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25123);
/* harmony import */ var _common_ip_literals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49797);
/* harmony import */ var _catalog_check_inconclusive_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49264);



/** The rules that judge a domain's MTA-STS (mtaStsStanding): what an unanswered look-up on the way leaves open. */
const MTA_STS_RULES = ['mta-sts-missing', 'mta-sts-invalid', 'mta-sts-not-enforcing', 'mta-sts-mx-not-covered'];
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
                draft: (0,_catalog_check_inconclusive_js__WEBPACK_IMPORTED_MODULE_2__.txtUnanswered)('mta-sts', `${domain} publishes MTA-STS`, `_mta-sts.${domain}`, record.lookupError, MTA_STS_RULES),
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
    // The policy host's address look-up got no answer (a time-out, SERVFAIL): whether a policy
    // file is served was not seen, so the check was not made. NXDOMAIN or a name without addresses
    // is an answer: no policy host, so no policy file (below). A bad record stands on its own.
    const silentHostCode = unansweredPolicyHostCode(fetch);
    const hostUnanswered = silentHostCode !== null;
    if (hostUnanswered && record.problem === null) {
        return { kind: 'unanswered', draft: (0,_catalog_check_inconclusive_js__WEBPACK_IMPORTED_MODULE_2__.policyHostUnanswered)(domain, `mta-sts.${domain}`, fetch.url, silentHostCode, MTA_STS_RULES) };
    }
    if ((fetch.errorKind === 'unresolved' && !hostUnanswered) || fetch.status === 404) {
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
    if (fetch.errorKind === 'skipped' || hostUnanswered) {
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
        problems.push(`the policy file is larger than ${_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MTA_STS_POLICY_BYTES */ .kB / 1024} KiB`);
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
/**
 * The code of the policy host's address look-up when it got no answer (a time-out, SERVFAIL, a
 * refusal): whether a policy file is served was not seen. Null when DNS answered (NXDOMAIN, no
 * addresses) or the fetch failed otherwise. The rules and the domain line both ask it.
 */
function unansweredPolicyHostCode(fetch) {
    return fetch.errorKind === 'unresolved' && fetch.lookupCode !== null && (0,_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupGotNoAnswer */ .u9)(fetch.lookupCode) ? fetch.lookupCode : null;
}
/** A TXT look-up that returned nothing and failed other than "no such records": silence, not "none". */
function txtLookupUnanswered(records, lookupError) {
    return records.length === 0 && lookupError !== null && !(0,_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupSaidNone */ .Yt)(lookupError);
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
            return `${s.left.length} MX host(s) past the first ${_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MX_HOSTS */ .rK}: ${list(s.left)}`;
        case 'restricted-address':
            return `addresses of ${whose} that allow-loopback would have to allow: ${list(s.left.map((a) => `${a} (${(0,_common_ip_literals_js__WEBPACK_IMPORTED_MODULE_1__/* .restrictedRange */ .jF)(a) ?? 'restricted'})`))}`;
        case 'too-many-addresses':
            return `${s.left.length} address(es) of ${whose} past the first ${_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ADDRESSES_PER_NAME */ .ox}: ${list(s.left)}`;
    }
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
/* harmony import */ var _common_tls_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97572);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54974);
/* harmony import */ var _probe_outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81588);
/* harmony import */ var _tls_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46963);
/* harmony import */ var _ciphers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97083);
/* harmony import */ var _facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25123);
/* harmony import */ var _cipher_classes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81701);








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
 * names the checks. Only checks a rule would judge count: a version the policy allows is no
 * version question, though its cipher suites are (the cipher questions go only to versions seen
 * accepted), and what the probe's own connection budget left untested changes nothing.
 */
function openChecks(endpoint, facts, policyRules = {}) {
    const busy = new OpenChecks();
    const unanswered = new OpenChecks();
    if ((0,_probe_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .failureRule */ .d)(endpoint, facts) !== null)
        return { busy, unanswered };
    const minimum = (0,_tls_session_js__WEBPACK_IMPORTED_MODULE_3__/* .minimumOf */ .o)(endpoint.settings.tls).version;
    const overBudget = new Set(facts.tls?.versionsOverBudget ?? []);
    const turnedAway = new Set(facts.tls?.versionsTurnedAway ?? []);
    const versions = (facts.tls?.versionsUntested ?? []).filter((v) => (0,_tls_session_js__WEBPACK_IMPORTED_MODULE_3__/* .belowMinimum */ .GR)(v, minimum) && !overBudget.has(v));
    const untestedInjection = _policy_services_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg[endpoint.service].transport === 'starttls' ? facts.plaintext?.commandInjectionUntested : undefined;
    const injection = untestedInjection?.startsWith(_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .CONNECTION_BUDGET_REACHED */ .Y8) ? undefined : untestedInjection;
    const busyVersions = versions.filter((v) => turnedAway.has(v));
    const otherVersions = versions.filter((v) => !turnedAway.has(v));
    if (busyVersions.length > 0)
        busy.add(versionQuestion(busyVersions), `versions untested: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_7__/* .listOf */ .c3)(busyVersions)}`);
    if (otherVersions.length > 0) {
        const reason = facts.tls?.versionsUntestedReason;
        unanswered.add(versionQuestion(otherVersions), `versions untested: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_7__/* .listOf */ .c3)(otherVersions)}${reason ? ` (${reason})` : ''}`);
    }
    // A version the policy allows whose own question went unanswered had no cipher questions
    // either (they go to the versions seen accepted): whether it takes the suites a rule judges is
    // as open as whether it is accepted at all.
    const allowedUntested = (facts.tls?.versionsUntested ?? []).filter((v) => v !== 'TLSv1.3' && !(0,_tls_session_js__WEBPACK_IMPORTED_MODULE_3__/* .belowMinimum */ .GR)(v, minimum) && !overBudget.has(v));
    const acceptedRanks = (facts.tls?.versionsAccepted ?? []).filter((v) => v !== 'TLSv1.3').map(_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .tlsVersionRank */ .ie);
    for (const version of allowedUntested) {
        // The DH group is asked at the newest version accepted, which this one could have been only
        // with no accepted version above it; the non-AEAD class is left to rulesJudging, which keeps
        // it only under a profile that judges it.
        const newest = acceptedRanks.every((rank) => rank < (0,_common_tls_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .tlsVersionRank */ .ie)(version));
        const { classes, rules } = judgedAmong(endpoint, policyRules, (0,_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .classesAt */ .I2)(version, newest, { nonAead: true }));
        if (classes.length === 0)
            continue;
        const away = turnedAway.has(version);
        const reason = away ? undefined : facts.tls?.versionsUntestedReason;
        (away ? busy : unanswered).add(`whether ${(0,_ciphers_js__WEBPACK_IMPORTED_MODULE_4__/* .versionWords */ .WS)(version)} is accepted, and with ${suiteWords(classes)} suites (${rules.join(', ')})`, `version untested: ${(0,_ciphers_js__WEBPACK_IMPORTED_MODULE_4__/* .versionWords */ .WS)(version)}${reason ? ` (${reason})` : ''}`);
    }
    for (const { version, classes, rules, reason } of untestedCipherClasses(endpoint, facts, policyRules)) {
        const target = reason.startsWith(_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .TURNED_AWAY */ .il) ? busy : unanswered;
        target.add(`whether ${(0,_ciphers_js__WEBPACK_IMPORTED_MODULE_4__/* .versionWords */ .WS)(version)} accepts ${suiteWords(classes)} suites (${rules.join(', ')})`, `cipher classes untested at ${(0,_ciphers_js__WEBPACK_IMPORTED_MODULE_4__/* .versionWords */ .WS)(version)}: ${classes.join(', ')} (${reason})`);
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
function suiteWords(classes) {
    return classes.map((c) => CLASS_WORDS[c]).join(', ');
}
/** Which of `classes` a rule would judge on this endpoint, and those rules (cipher-classes.ts). */
function judgedAmong(endpoint, policyRules, classes) {
    const judging = classes.map((c) => [c, (0,_cipher_classes_js__WEBPACK_IMPORTED_MODULE_6__/* .rulesJudging */ .G)(endpoint, policyRules, c)]).filter(([, rules]) => rules.length > 0);
    return { classes: judging.map(([c]) => c), rules: [...new Set(judging.flatMap(([, rules]) => rules))] };
}
/**
 * The cipher classes a question left untested that a rule would judge on this endpoint (the same
 * rules the run asks for, cipher-classes.ts: forward secrecy only where a profile or the policy
 * turns its rule on), with those rules; nothing the probe's own budget left unasked.
 */
function untestedCipherClasses(endpoint, facts, policyRules) {
    return (0,_ciphers_js__WEBPACK_IMPORTED_MODULE_4__/* .cipherVersions */ .hr)(facts).flatMap(([version, answers]) => {
        const reason = answers.untestedReason ?? '';
        if (reason.startsWith(_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .CONNECTION_BUDGET_REACHED */ .Y8))
            return [];
        const { classes, rules } = judgedAmong(endpoint, policyRules, answers.untested);
        return classes.length === 0 ? [] : [{ version, classes, rules, reason }];
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
                message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_7__/* .describeEndpoint */ .N2)(endpoint)} ${what}, so these could not be concluded: ${this.checks.join('; ')}.`,
                evidence: this.evidence.join('; '),
                inconclusive: true,
            },
        ];
    }
}
function versionQuestion(versions) {
    return `whether ${versions.map(_ciphers_js__WEBPACK_IMPORTED_MODULE_4__/* .versionWords */ .WS).join(' and ')} ${versions.length === 1 ? 'is' : 'are'} accepted (tls-version-legacy)`;
}
/**
 * The host name's look-up got no answer at all: silence, so nothing was tested (check-inconclusive),
 * never "unreachable". NXDOMAIN or a name without A/AAAA records is an answer, and stays one.
 */
function lookupUnanswered(endpoint, error) {
    const code = endpoint.resolveError ?? (error?.kind === 'unresolved' ? error.message : undefined);
    return code !== undefined && (0,_facts_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .lookupGotNoAnswer */ .u9)(code);
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
    return facts.error ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_7__/* .errorEvidence */ .OK)(facts.error) : null;
}


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


/***/ })

};
