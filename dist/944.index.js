export const id = 944;
export const ids = [944];
export const modules = {

/***/ 17911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ HOUR_MS),
/* harmony export */   s: () => (/* binding */ DAY_MS)
/* harmony export */ });
// Time constants, in milliseconds.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;


/***/ }),

/***/ 58751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ redirectProblem),
/* harmony export */   x: () => (/* binding */ checkHttpRedirect)
/* harmony export */ });
/* harmony import */ var _common_host_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14458);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54974);
/* harmony import */ var _probe_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81588);
// Port 80 must send browsers to https:// on the same host: http-not-redirected.



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
function checkHttpRedirect(endpoint, facts) {
    if (endpoint.service !== 'http' || facts.http === null)
        return [];
    // A dialogue that broke down is service-misbehaving; judging its redirect would say it twice.
    if ((0,_probe_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .failureRule */ .d)(endpoint, facts) !== null)
        return [];
    const { status, location } = facts.http;
    const problem = redirectProblem(endpoint.host, status, location);
    if (problem === null)
        return [];
    return [
        {
            rule: 'http-not-redirected',
            message: `${(0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeEndpoint */ .N2)(endpoint)} does not redirect to https://${endpoint.host}/: ${problem}.`,
            evidence: `status: ${status ?? '(none)'}; Location: ${location ?? '(none)'}${facts.http.error ? `; error: ${facts.http.error}` : ''}`,
        },
    ];
}


/***/ }),

/***/ 27944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  conclusionCounts: () => (/* binding */ conclusionCounts),
  exitCodeOf: () => (/* binding */ exitCodeOf),
  H6: () => (/* binding */ hasInconclusive),
  isInconclusive: () => (/* binding */ isInconclusive),
  judge: () => (/* binding */ judge),
  ue: () => (/* binding */ nothingConcludedOf),
  verdict: () => (/* binding */ verdict)
});

// UNUSED EXPORTS: effectiveSeverity, nothingConcluded

// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
// EXTERNAL MODULE: ./src/rules/catalog.ts + 1 modules
var catalog = __webpack_require__(32777);
// EXTERNAL MODULE: ./src/common/time.ts
var time = __webpack_require__(17911);
// EXTERNAL MODULE: ./src/rules/describe.ts
var describe = __webpack_require__(54974);
// EXTERNAL MODULE: ./src/rules/strength.ts
var strength = __webpack_require__(50510);
;// CONCATENATED MODULE: ./src/rules/certificate.ts
// The server's leaf certificate: certificate-untrusted, certificate-name-mismatch,
// certificate-expired, certificate-expiring, certificate-weak. Dates are judged against the
// injected `now`, never the probe's own daysLeft, so a saved report judges the same way twice.



function certificateOf(facts) {
    if (facts.tls?.version == null)
        return null;
    return facts.tls.certificate;
}
function checkTrust(endpoint, facts) {
    const certificate = certificateOf(facts);
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
            message: selfSigned
                ? `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a self-signed certificate.`
                : `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a certificate that does not chain to a trusted root.`,
            evidence: evidence.join('; '),
        },
    ];
}
function checkName(endpoint, facts) {
    const certificate = certificateOf(facts);
    if (certificate === null || !endpoint.settings.certificate.verify || certificate.nameMatch)
        return [];
    return [
        {
            rule: 'certificate-name-mismatch',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a certificate that does not name ${endpoint.host}.`,
            evidence: `subject: ${certificate.subject}; SAN: ${certificate.san.length > 0 ? (0,describe/* listOf */.c3)(certificate.san) : '(none)'}`,
        },
    ];
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
function checkValidity(endpoint, facts, now) {
    const certificate = certificateOf(facts);
    if (certificate === null)
        return [];
    const validity = validityOf(certificate);
    if (validity === null || !isExpired(validity, now))
        return [];
    const notYet = now.getTime() < validity.notBefore;
    return [
        {
            rule: 'certificate-expired',
            message: notYet
                ? `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a certificate that is not valid yet.`
                : `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents an expired certificate.`,
            evidence: validityEvidence(certificate),
        },
    ];
}
function checkExpiring(endpoint, facts, now) {
    const certificate = certificateOf(facts);
    if (certificate === null)
        return [];
    const validity = validityOf(certificate);
    if (validity === null || isExpired(validity, now))
        return [];
    const minDaysLeft = endpoint.settings.certificate.minDaysLeft;
    const msLeft = validity.notAfter - now.getTime();
    if (msLeft >= minDaysLeft * time/* DAY_MS */.s)
        return [];
    const daysLeft = Math.floor(msLeft / time/* DAY_MS */.s);
    return [
        {
            rule: 'certificate-expiring',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} presents a certificate that expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'}, fewer than the policy's ${minDaysLeft}.`,
            evidence: validityEvidence(certificate),
        },
    ];
}
function weaknesses(certificate) {
    const found = [];
    const key = (0,strength/* weakKey */._)(certificate.keyType, certificate.keyBits);
    if (key !== null)
        found.push(key);
    if ((0,strength/* isWeakSignature */.v)(certificate.signature))
        found.push(`signature ${certificate.signature}`);
    return found;
}
function checkStrength(endpoint, facts) {
    const certificate = certificateOf(facts);
    if (certificate === null)
        return [];
    const found = weaknesses(certificate);
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

// EXTERNAL MODULE: ./src/rules/http.ts
var http = __webpack_require__(58751);
// EXTERNAL MODULE: ./src/policy/services.ts
var services = __webpack_require__(75680);
// EXTERNAL MODULE: ./src/rules/probe-outcome.ts
var probe_outcome = __webpack_require__(81588);
;// CONCATENATED MODULE: ./src/rules/plaintext.ts



const UPGRADE_WORD = { pop3: 'STLS' };
function upgradeCommand(endpoint) {
    return UPGRADE_WORD[services/* SERVICES */.Bg[endpoint.service].dialogue] ?? 'STARTTLS';
}
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
/** Mechanisms (and IMAP LOGIN, POP3 USER) a client could send a password with before TLS. */
function authOfferedBeforeTls(endpoint, facts) {
    const plaintext = facts.plaintext;
    // On implicit-TLS ports everything the server says is already inside TLS.
    if (plaintext === null || services/* SERVICES */.Bg[endpoint.service].transport !== 'starttls')
        return [];
    const offered = new Set(plaintext.authBeforeTls.map((mechanism) => mechanism.toUpperCase()));
    const dialogue = services/* SERVICES */.Bg[endpoint.service].dialogue;
    // IMAP's LOGIN command exists unless LOGINDISABLED says otherwise (RFC 2595, RFC 9051).
    if (dialogue === 'imap' && plaintext.loginDisabled === false)
        offered.add('LOGIN');
    if (dialogue === 'pop3' && plaintext.capabilities.some((line) => /^USER\b/i.test(line.trim()))) {
        offered.add('USER');
    }
    return [...offered].sort();
}
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

// EXTERNAL MODULE: ./src/common/tls-versions.ts
var tls_versions = __webpack_require__(97572);
;// CONCATENATED MODULE: ./src/rules/tls-session.ts
// The TLS session itself: tls-handshake-failed (implicit TLS), tls-version-legacy,
// tls13-not-supported. Version rules judge every session that was reached, implicit or upgraded.



/** A version the policy's min-version does not allow. */
function belowMinimum(version, minimum) {
    return (0,tls_versions/* tlsVersionRank */.ie)(version) < (0,tls_versions/* tlsVersionRank */.ie)((0,tls_versions/* tlsVersionOfPolicy */.lW)(minimum));
}
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
/** Every version seen to work: the sweep's list plus the one negotiated with the best settings. */
function versionsSeen(facts) {
    const tls = facts.tls;
    if (tls === null)
        return [];
    const seen = new Set(tls.versionsAccepted);
    if (tls.version !== null)
        seen.add(tls.version);
    return [...seen].sort((a, b) => (0,tls_versions/* tlsVersionRank */.ie)(a) - (0,tls_versions/* tlsVersionRank */.ie)(b));
}
function checkLegacyVersions(endpoint, facts) {
    if (facts.tls?.version == null)
        return [];
    const minimum = endpoint.settings.tls.minVersion;
    const seen = versionsSeen(facts);
    const legacy = seen.filter((version) => belowMinimum(version, minimum));
    if (legacy.length === 0)
        return [];
    return [
        {
            rule: 'tls-version-legacy',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} accepts ${(0,describe/* listOf */.c3)(legacy)}, below the policy's minimum of TLS ${minimum}.`,
            evidence: `accepted: ${(0,describe/* listOf */.c3)(seen)}`,
        },
    ];
}
function checkTls13(endpoint, facts) {
    if (facts.tls?.version == null)
        return [];
    const seen = versionsSeen(facts);
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

// EXTERNAL MODULE: ./src/probe/connect.ts
var connect = __webpack_require__(12788);
// EXTERNAL MODULE: ./src/probe/failure.ts
var failure = __webpack_require__(40292);
;// CONCATENATED MODULE: ./src/rules/reachability.ts






/**
 * Forbidden services: reaching them at all is the finding. A host name that did not resolve
 * shows nothing either way (a typo, a DNS outage, a resolver that cannot see the name): the
 * check was not made, which is said once per forbidden service, on the policy line that forbade
 * it, so that each can be waived or fixed on its own.
 */
function checkForbidden(endpoint, facts) {
    if (endpoint.address === null || facts.error?.kind === 'unresolved') {
        return [
            {
                rule: 'check-inconclusive',
                message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} is forbidden, but the host name did not resolve, so whether the service is reachable could not be checked.`,
                evidence: endpoint.resolveError ?? (facts.error ? (0,describe/* errorEvidence */.OK)(facts.error) : null),
                inconclusive: true,
            },
        ];
    }
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
function checkRequiredReachable(endpoint, facts) {
    const rule = (0,probe_outcome/* failureRule */.d)(endpoint, facts);
    if (rule === 'required-service-unreachable' && facts.error !== null && (0,probe_outcome/* hungUpAtFirstContact */.L)(endpoint, facts.error)) {
        // One wording whatever the client happened to see (a close or a reset, before or after the
        // connect completed): the same server gets the same finding on every run. The facts keep
        // what was seen this time.
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
    if (rule === 'required-service-unreachable') {
        return [
            {
                rule,
                message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} is required but ${unreachableReason(endpoint, facts.error)}.`,
                evidence: facts.error ? (0,describe/* errorEvidence */.OK)(facts.error) : (endpoint.resolveError ?? null),
            },
        ];
    }
    if (rule === 'service-busy') {
        return [
            {
                rule,
                message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} turned the connection away as busy, also after a retry, so none of its checks could be concluded (${checksOf(endpoint)}).`,
                evidence: busyEvidence(facts),
                inconclusive: true,
            },
        ];
    }
    if (rule === 'service-misbehaving') {
        return [
            {
                rule,
                message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} ${misbehaviourReason(facts.error)}.`,
                evidence: facts.error ? (0,describe/* errorEvidence */.OK)(facts.error) : null,
            },
        ];
    }
    return [];
}
/** What a required endpoint's probe would have shown, had the server talked. */
function checksOf(endpoint) {
    switch (services/* SERVICES */.Bg[endpoint.service].transport) {
        case 'starttls':
            return 'STARTTLS, authentication before TLS, command injection, TLS versions and the certificate';
        case 'implicit-tls':
            return 'the TLS handshake, TLS versions and the certificate';
        case 'http':
            return 'the redirect to https';
    }
}
const VERSION_WORDS = { TLSv1: 'TLS 1.0', 'TLSv1.1': 'TLS 1.1', 'TLSv1.2': 'TLS 1.2', 'TLSv1.3': 'TLS 1.3' };
/**
 * The service talked, but a check that needs a connection of its own (the version sweep, the
 * injection test) was left open. When the server turned that connection away (busy, also on the
 * retry) service-busy says so; when the question got no answer before its deadline, or the
 * connection for it failed otherwise, check-inconclusive does: silence is not a refusal. Each
 * names the checks. Only checks a rule would judge count: a version the policy allows anyway
 * changes nothing, and neither does what the probe's own connection budget left untested.
 */
function checkUntested(endpoint, facts) {
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) !== null)
        return [];
    const minimum = endpoint.settings.tls.minVersion;
    const overBudget = new Set(facts.tls?.versionsOverBudget ?? []);
    const turnedAway = new Set(facts.tls?.versionsTurnedAway ?? []);
    const versions = (facts.tls?.versionsUntested ?? []).filter((v) => belowMinimum(v, minimum) && !overBudget.has(v));
    const untestedInjection = services/* SERVICES */.Bg[endpoint.service].transport === 'starttls' ? facts.plaintext?.commandInjectionUntested : undefined;
    const injection = untestedInjection?.startsWith(connect/* CONNECTION_BUDGET_REACHED */.Y8) ? undefined : untestedInjection;
    const busy = new OpenChecks();
    const unanswered = new OpenChecks();
    const busyVersions = versions.filter((v) => turnedAway.has(v));
    const otherVersions = versions.filter((v) => !turnedAway.has(v));
    if (busyVersions.length > 0)
        busy.add(versionQuestion(busyVersions), `versions untested: ${(0,describe/* listOf */.c3)(busyVersions)}`);
    if (otherVersions.length > 0) {
        const reason = facts.tls?.versionsUntestedReason;
        unanswered.add(versionQuestion(otherVersions), `versions untested: ${(0,describe/* listOf */.c3)(otherVersions)}${reason ? ` (${reason})` : ''}`);
    }
    if (injection !== undefined) {
        const target = injection.startsWith(failure/* TURNED_AWAY */.il) ? busy : unanswered;
        target.add('whether commands pipelined with STARTTLS run inside TLS (starttls-command-injection)', `injection test: ${injection}`);
    }
    const drafts = [];
    if (busy.checks.length > 0) {
        drafts.push({
            rule: 'service-busy',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} turned away the extra connections some checks need, so these could not be concluded: ${busy.checks.join('; ')}.`,
            evidence: busy.evidence.join('; '),
            inconclusive: true,
        });
    }
    if (unanswered.checks.length > 0) {
        drafts.push({
            rule: 'check-inconclusive',
            message: `${(0,describe/* describeEndpoint */.N2)(endpoint)} left questions some checks need without an answer, so these could not be concluded: ${unanswered.checks.join('; ')}.`,
            evidence: unanswered.evidence.join('; '),
            inconclusive: true,
        });
    }
    return drafts;
}
/** Checks left open for one reason, each with what shows it. */
class OpenChecks {
    checks = [];
    evidence = [];
    add(check, evidence) {
        this.checks.push(check);
        this.evidence.push(evidence);
    }
}
function versionQuestion(versions) {
    return `whether ${versions.map((v) => VERSION_WORDS[v]).join(' and ')} ${versions.length === 1 ? 'is' : 'are'} accepted (tls-version-legacy)`;
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
    return facts.error ? (0,describe/* errorEvidence */.OK)(facts.error) : null;
}

;// CONCATENATED MODULE: ./src/rules/checks.ts





const REQUIRED_CHECKS = [
    checkRequiredReachable,
    checkUntested,
    checkStarttlsOffered,
    checkStarttlsUpgrade,
    checkImplicitHandshake,
    checkPlaintextAuth,
    checkCommandInjection,
    http/* checkHttpRedirect */.x,
    checkLegacyVersions,
    checkTls13,
    checkTrust,
    checkName,
    checkValidity,
    checkExpiring,
    checkStrength,
];
const FORBIDDEN_CHECKS = [checkForbidden];
/** Every draft for one endpoint, at most one per rule (the first check to speak wins). */
function draftEndpoint(endpoint, facts, now) {
    const checks = endpoint.expectation === 'forbid' ? FORBIDDEN_CHECKS : REQUIRED_CHECKS;
    const byRule = new Map();
    for (const check of checks) {
        for (const draft of check(endpoint, facts, now)) {
            if (!byRule.has(draft.rule))
                byRule.set(draft.rule, draft);
        }
    }
    return [...byRule.values()];
}

// EXTERNAL MODULE: ./src/common/host-names.ts
var host_names = __webpack_require__(14458);
;// CONCATENATED MODULE: ./src/rules/waivers.ts
// Waivers: a waiver hides matching findings until the end of its expires day (UTC); after
// that it waives nothing and becomes a finding of its own, at its own line.


/** The last millisecond the waiver holds, or NaN when the date does not parse. */
function waiverEnd(waiver) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waiver.expires.trim());
    if (match === null)
        return Number.NaN;
    const [, year, month, day] = match;
    return Date.UTC(Number(year), Number(month) - 1, Number(day)) + time/* DAY_MS */.s - 1;
}
/** An unparseable date never waives: failing safe beats hiding findings forever. */
function isWaiverActive(waiver, now) {
    const end = waiverEnd(waiver);
    return !Number.isNaN(end) && now.getTime() <= end;
}
function waiverCovers(waiver, finding) {
    if (waiver.rule !== finding.rule)
        return false;
    if ((0,host_names/* canonicalName */.Ew)(waiver.host) !== (0,host_names/* canonicalName */.Ew)(finding.host))
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

// EXTERNAL MODULE: ./src/resolve/dns.ts
var dns = __webpack_require__(89227);
// EXTERNAL MODULE: ./src/probe/dns-targets.ts
var dns_targets = __webpack_require__(76586);
// EXTERNAL MODULE: ./src/probe/mta-sts.ts
var mta_sts = __webpack_require__(76123);
;// CONCATENATED MODULE: ./src/rules/domains.ts



const MODE_RANK = { none: 0, testing: 1, enforce: 2 };
function list(items, max = 5) {
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
function draftDomain(policy, facts) {
    const drafts = [...mxDrafts(policy, facts), ...skippedDrafts(facts)];
    if (policy.mtaSts !== 'off' && facts.mtaSts !== null)
        drafts.push(...mtaStsDrafts(policy, facts, facts.mtaSts));
    if (policy.tlsRpt === 'required' && facts.tlsRpt !== null && facts.tlsRpt.problem !== null) {
        drafts.push({
            rule: 'tls-rpt-missing',
            at: 'tls-rpt',
            message: `${facts.domain} publishes no valid TLS-RPT record at _smtp._tls.${facts.domain}: ${facts.tlsRpt.problem}.`,
            evidence: facts.tlsRpt.records.length > 0 ? `TXT: ${facts.tlsRpt.records.join(' | ')}` : `TXT: ${facts.tlsRpt.lookupError ?? 'none'}`,
        });
    }
    return drafts;
}
function mxDrafts(policy, facts) {
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
            return `${s.left.length} MX host(s) past the first ${dns_targets/* MAX_MX_HOSTS */.rK}: ${list(s.left)}`;
        case 'restricted-address':
            return `addresses of ${whose} that allow-loopback would have to allow: ${list(s.left.map((a) => `${a} (${(0,dns_targets/* restrictedRange */.jF)(a) ?? 'restricted'})`))}`;
        case 'too-many-addresses':
            return `${s.left.length} address(es) of ${whose} past the first ${dns_targets/* MAX_ADDRESSES_PER_NAME */.ox}: ${list(s.left)}`;
    }
}
/**
 * dns-targets-skipped: what DNS supplied and the run did not probe. One draft per domain, naming
 * every part left out; inconclusive, since nothing is known of what was not probed.
 */
function skippedDrafts(facts) {
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
function mtaStsDrafts(policy, facts, sts) {
    const { record, fetch } = sts;
    const domain = facts.domain;
    if (record.id === null && record.problem === null) {
        const file = fetch.status === 200 ? ` (a policy file is served at ${fetch.url}, but senders never look for it without the record)` : '';
        return [
            {
                rule: 'mta-sts-missing',
                at: 'mta-sts',
                message: `${domain} publishes no MTA-STS record: no TXT record at _mta-sts.${domain} begins with v=STSv1${file}.`,
                evidence: record.records.length > 0 ? `TXT: ${record.records.join(' | ')}` : `TXT: ${record.lookupError ?? 'none'}`,
            },
        ];
    }
    if (fetch.errorKind === 'unresolved' || fetch.status === 404) {
        return [
            {
                rule: 'mta-sts-missing',
                at: 'mta-sts',
                message: `${domain} has an MTA-STS record but no policy file at ${fetch.url}.`,
                evidence: fetch.status === 404 ? `HTTP 404` : fetch.error,
            },
        ];
    }
    const problems = [];
    if (record.problem !== null)
        problems.push(`the _mta-sts TXT record: ${record.problem}`);
    // A fetch not made (DNS aimed the policy host where the run does not go) says nothing of the
    // file: dns-targets-skipped reports it, and only the record can still be judged.
    if (fetch.errorKind === 'skipped') {
        if (problems.length === 0)
            return [];
    }
    else if (fetch.error !== null)
        problems.push(`the policy file could not be fetched: ${fetch.error}`);
    else if (fetch.redirect !== null || (fetch.status !== null && fetch.status >= 300 && fetch.status < 400)) {
        problems.push(`the policy server answered HTTP ${fetch.status} redirecting to ${fetch.redirect ?? '(no Location)'}; senders must not follow redirects (RFC 8461 §3.3)`);
    }
    else if (fetch.status !== 200)
        problems.push(`the policy server answered HTTP ${fetch.status}, not 200`);
    else if (fetch.tooLarge)
        problems.push(`the policy file is larger than ${mta_sts/* MAX_MTA_STS_POLICY_BYTES */.kB / 1024} KiB`);
    else {
        const mediaType = (fetch.contentType ?? '').split(';')[0].trim().toLowerCase();
        if (mediaType !== 'text/plain')
            problems.push(`the policy file is served as ${fetch.contentType ?? 'no Content-Type'}, not text/plain`);
        for (const p of sts.policy?.problems ?? [])
            problems.push(`the policy file: ${p}`);
    }
    if (problems.length > 0) {
        return [
            {
                rule: 'mta-sts-invalid',
                at: 'mta-sts',
                message: `The MTA-STS policy of ${domain} is not valid, so senders ignore it: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}.`,
                evidence: problems.join('; '),
            },
        ];
    }
    const policyFile = sts.policy;
    const drafts = [];
    const mode = policyFile.mode ?? 'none';
    if ((MODE_RANK[mode] ?? 0) < MODE_RANK[policy.mtaSts]) {
        drafts.push({
            rule: 'mta-sts-not-enforcing',
            at: 'mta-sts',
            message: `The MTA-STS policy of ${domain} is in mode ${mode}; the policy file asks for ${policy.mtaSts}.`,
            evidence: `mode: ${mode}`,
        });
    }
    if (mode !== 'none') {
        const hosts = facts.mx.nullMx || facts.mx.error !== null ? [] : facts.mx.implicit ? [domain] : facts.mx.records.map((r) => r.host);
        const uncovered = [...new Set(hosts)].filter((host) => !policyFile.mx.some((pattern) => (0,mta_sts/* mxPatternMatches */.zK)(pattern, host)));
        if (uncovered.length > 0) {
            drafts.push({
                rule: 'mta-sts-mx-not-covered',
                at: 'mta-sts',
                message: `${uncovered.length === 1 ? 'The MX host' : `${uncovered.length} MX hosts`} of ${domain} ${list(uncovered)} ${uncovered.length === 1 ? 'matches' : 'match'} no mx pattern of its MTA-STS policy.`,
                evidence: `mx: ${policyFile.mx.join(', ') || '(none)'}`,
            });
        }
    }
    return drafts;
}

;// CONCATENATED MODULE: ./src/rules/domain-findings.ts
// Domain drafts → findings: the policy's severity, the domain as the host (no address, port or
// service), and the location of the key that asked (the domain entry, `mta-sts:` or `tls-rpt:`).


function judgeDomains(policy, domains, severityOf) {
    const findings = [];
    for (const entry of policy.domains) {
        const facts = domains.find((d) => d.domain === (0,host_names/* canonicalName */.Ew)(entry.domain));
        if (facts === undefined)
            continue;
        for (const draft of draftDomain(entry, facts)) {
            const severity = severityOf(policy, draft.rule);
            if (severity === 'off')
                continue;
            const location = (draft.at === 'mta-sts' ? entry.keyLocations?.mtaSts : draft.at === 'tls-rpt' ? entry.keyLocations?.tlsRpt : undefined) ??
                entry.location;
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

// EXTERNAL MODULE: ./src/rules/runner-network.ts
var runner_network = __webpack_require__(26190);
;// CONCATENATED MODULE: ./src/rules/judge.ts







/** The severity the policy gives a rule: its override if any, else the catalog default. */
function effectiveSeverity(policy, rule) {
    return policy.rules[rule]?.severity ?? catalog/* RULES */.y[rule].defaultSeverity;
}
function judge(policy, observations, now, domains = []) {
    const findings = [];
    const seen = new Set();
    // What the runner's own network kept from being tested is a judgement over the whole run.
    const runner = (0,runner_network/* runnerNetwork */.TQ)(observations);
    for (const observation of observations) {
        const { endpoint, facts } = observation;
        for (const draft of (0,runner_network/* withRunnerNetwork */.pb)(draftEndpoint(endpoint, facts, now), observation, runner, observations)) {
            const finding = endpointFinding(policy, endpoint, draft);
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
    findings.push(...judgeDomains(policy, domains, effectiveSeverity));
    for (const waiver of expiredWaivers(policy.waivers, now)) {
        const finding = waiverExpiredFinding(policy, waiver);
        if (finding !== null)
            findings.push(finding);
    }
    return applyWaivers(findings, policy.waivers, now).sort(order/* compareFindings */.Eg);
}
function endpointFinding(policy, endpoint, draft) {
    const severity = policy.rules[draft.rule]?.severity ?? draft.severity ?? catalog/* RULES */.y[draft.rule].defaultSeverity;
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
        location: endpoint.location,
        waived: false,
        ...(draft.inconclusive ? { inconclusive: true } : {}),
    };
}
function waiverExpiredFinding(policy, waiver) {
    const severity = effectiveSeverity(policy, 'waiver-expired');
    if (severity === 'off')
        return null;
    const readable = !Number.isNaN(waiverEnd(waiver));
    const scope = waiver.port === null ? waiver.host : `${waiver.host} port ${waiver.port}`;
    return {
        rule: 'waiver-expired',
        severity,
        host: waiver.host,
        address: null,
        port: waiver.port,
        service: null,
        message: readable
            ? `The waiver of ${waiver.rule} for ${scope} expired on ${waiver.expires} and no longer applies.`
            : `The waiver of ${waiver.rule} for ${scope} has an unreadable expires date (${waiver.expires}) and does not apply.`,
        evidence: `reason: ${waiver.reason}; expires: ${waiver.expires}`,
        location: waiver.location,
        waived: false,
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
    return findings.some((finding) => !finding.waived && finding.inconclusive === true);
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
/** Exit code 3 territory: an unwaived inconclusive finding, or a run where nothing was concluded. */
function isInconclusive(findings, observations) {
    return hasInconclusive(findings) || nothingConcluded(observations);
}


/***/ }),

/***/ 81588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ hungUpAtFirstContact),
/* harmony export */   d: () => (/* binding */ failureRule)
/* harmony export */ });
/* harmony import */ var _policy_services_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75680);

const TLS_STEPS = new Set(['starttls', 'handshake']);
/**
 * The rule a required endpoint's failure falls under, or null when the probe got through.
 * A failed TLS handshake recorded only in `facts.tls.error` counts too. Busy is the probe's mark
 * (`error.busy`): set only on a signal from the server (src/probe/busy-greeting.ts) or on a
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

/***/ 50510:
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


/***/ })

};
