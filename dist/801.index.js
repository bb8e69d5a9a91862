export const id = 801;
export const ids = [801];
export const modules = {

/***/ 91801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exitCodeOf: () => (/* binding */ exitCodeOf),
  H6: () => (/* binding */ hasInconclusive),
  isInconclusive: () => (/* binding */ isInconclusive),
  judge: () => (/* binding */ judge),
  verdict: () => (/* binding */ verdict)
});

// UNUSED EXPORTS: effectiveSeverity, nothingConcluded

// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
// EXTERNAL MODULE: ./src/rules/catalog.ts + 1 modules
var catalog = __webpack_require__(32777);
;// CONCATENATED MODULE: ./src/rules/describe.ts
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

;// CONCATENATED MODULE: ./src/rules/certificate.ts

const DAY_MS = 24 * 60 * 60 * 1000;
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
                ? `${describeEndpoint(endpoint)} presents a self-signed certificate.`
                : `${describeEndpoint(endpoint)} presents a certificate that does not chain to a trusted root.`,
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
            message: `${describeEndpoint(endpoint)} presents a certificate that does not name ${endpoint.host}.`,
            evidence: `subject: ${certificate.subject}; SAN: ${certificate.san.length > 0 ? listOf(certificate.san) : '(none)'}`,
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
                ? `${describeEndpoint(endpoint)} presents a certificate that is not valid yet.`
                : `${describeEndpoint(endpoint)} presents an expired certificate.`,
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
    if (msLeft >= minDaysLeft * DAY_MS)
        return [];
    const daysLeft = Math.floor(msLeft / DAY_MS);
    return [
        {
            rule: 'certificate-expiring',
            message: `${describeEndpoint(endpoint)} presents a certificate that expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'}, fewer than the policy's ${minDaysLeft}.`,
            evidence: validityEvidence(certificate),
        },
    ];
}
const MIN_KEY_BITS = { rsa: 2048, dsa: 2048, ec: 256 };
/** SHA-1, MD5 and MD2 signatures, however the library spells them (sha1WithRSAEncryption, ecdsa-with-SHA1, RSA-MD5). */
const WEAK_SIGNATURE = /sha-?1(?!\d)|md[25](?!\d)/i;
function weaknesses(certificate) {
    const found = [];
    const keyType = certificate.keyType.toLowerCase();
    const minimum = MIN_KEY_BITS[keyType];
    if (minimum !== undefined && certificate.keyBits !== null && certificate.keyBits < minimum) {
        found.push(`${keyType.toUpperCase()} key of ${certificate.keyBits} bits (at least ${minimum} needed)`);
    }
    if (WEAK_SIGNATURE.test(certificate.signature))
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
            message: `${describeEndpoint(endpoint)} presents a weak certificate: ${listOf(found)}.`,
            evidence: `key: ${certificate.keyType} ${certificate.keyBits ?? '?'} bits; signature: ${certificate.signature}`,
        },
    ];
}

// EXTERNAL MODULE: ./src/probe/dns.ts
var dns = __webpack_require__(57817);
// EXTERNAL MODULE: ./src/rules/probe-outcome.ts
var probe_outcome = __webpack_require__(81588);
;// CONCATENATED MODULE: ./src/rules/http.ts



const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Host names compare without case and without a final root dot; IPv6 literals without brackets. */
function normaliseHost(host) {
    const name = host.trim();
    return (0,dns/* canonicalName */.Ew)(name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name);
}
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
    if (normaliseHost(target.hostname) !== normaliseHost(host))
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
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) !== null)
        return [];
    const { status, location } = facts.http;
    const problem = redirectProblem(endpoint.host, status, location);
    if (problem === null)
        return [];
    return [
        {
            rule: 'http-not-redirected',
            message: `${describeEndpoint(endpoint)} does not redirect to https://${endpoint.host}/: ${problem}.`,
            evidence: `status: ${status ?? '(none)'}; Location: ${location ?? '(none)'}${facts.http.error ? `; error: ${facts.http.error}` : ''}`,
        },
    ];
}

// EXTERNAL MODULE: ./src/policy/services.ts
var services = __webpack_require__(75680);
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
            message: `${describeEndpoint(endpoint)} does not advertise ${upgradeCommand(endpoint)}, so clients must talk in cleartext.`,
            evidence: `capabilities: ${plaintext.capabilities.length > 0 ? listOf(plaintext.capabilities) : '(none)'}`,
        },
    ];
}
function checkStarttlsUpgrade(endpoint, facts) {
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) !== 'starttls-failed')
        return [];
    const refused = facts.error?.kind === 'starttls-refused';
    const evidence = [
        facts.plaintext?.starttlsReply ? `reply: ${facts.plaintext.starttlsReply}` : null,
        facts.error ? errorEvidence(facts.error) : null,
        facts.tls?.error ? `TLS: ${facts.tls.error}` : null,
    ].filter((part) => part !== null);
    return [
        {
            rule: 'starttls-failed',
            message: refused
                ? `${describeEndpoint(endpoint)} advertises ${upgradeCommand(endpoint)} but refused it.`
                : `${describeEndpoint(endpoint)} accepted ${upgradeCommand(endpoint)} but the TLS handshake did not complete.`,
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
            message: `${describeEndpoint(endpoint)} offers authentication before TLS (${listOf(offered)}), so passwords can cross the network in cleartext.`,
            evidence: `before TLS: ${listOf(offered)}`,
        },
    ];
}
function checkCommandInjection(endpoint, facts) {
    if (services/* SERVICES */.Bg[endpoint.service].transport !== 'starttls' || facts.plaintext?.commandInjection !== true)
        return [];
    return [
        {
            rule: 'starttls-command-injection',
            message: `${describeEndpoint(endpoint)} executed a command pipelined after ${upgradeCommand(endpoint)} inside the TLS session.`,
            evidence: [
                'a command sent in the same packet as the upgrade was answered after the handshake',
                facts.plaintext.starttlsReply ? `reply to ${upgradeCommand(endpoint)}: ${facts.plaintext.starttlsReply}` : null,
            ]
                .filter((part) => part !== null)
                .join('; '),
        },
    ];
}

;// CONCATENATED MODULE: ./src/rules/tls-session.ts


const VERSION_RANK = {
    TLSv1: 10,
    'TLSv1.1': 11,
    'TLSv1.2': 12,
    'TLSv1.3': 13,
};
const POLICY_VERSION_RANK = {
    '1.0': 10,
    '1.1': 11,
    '1.2': 12,
    '1.3': 13,
};
/** A version the policy's min-version does not allow. */
function belowMinimum(version, minimum) {
    return VERSION_RANK[version] < POLICY_VERSION_RANK[minimum];
}
function checkImplicitHandshake(endpoint, facts) {
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) !== 'tls-handshake-failed')
        return [];
    const evidence = [
        facts.error ? errorEvidence(facts.error) : null,
        facts.tls?.error ? `TLS: ${facts.tls.error}` : null,
    ].filter((part) => part !== null);
    return [
        {
            rule: 'tls-handshake-failed',
            message: `${describeEndpoint(endpoint)} accepted a connection but the TLS handshake did not complete.`,
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
    return [...seen].sort((a, b) => VERSION_RANK[a] - VERSION_RANK[b]);
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
            message: `${describeEndpoint(endpoint)} accepts ${listOf(legacy)}, below the policy's minimum of TLS ${minimum}.`,
            evidence: `accepted: ${listOf(seen)}`,
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
            message: `${describeEndpoint(endpoint)} does not accept TLS 1.3.`,
            evidence: `accepted: ${listOf(seen)}`,
        },
    ];
}

// EXTERNAL MODULE: ./src/probe/connect.ts
var connect = __webpack_require__(12788);
;// CONCATENATED MODULE: ./src/rules/reachability.ts





/** Forbidden services: reaching them at all is the finding. */
function checkForbidden(endpoint, facts) {
    if (!facts.reachable)
        return [];
    return [
        {
            rule: 'forbidden-service-reachable',
            message: `${describeEndpoint(endpoint)} accepted a connection, but the policy forbids this service.`,
            evidence: facts.plaintext?.greeting ? `greeting: ${facts.plaintext.greeting}` : 'TCP connection accepted',
        },
    ];
}
function checkRequiredReachable(endpoint, facts) {
    const rule = (0,probe_outcome/* failureRule */.d)(endpoint, facts);
    if (rule === 'required-service-unreachable') {
        return [
            {
                rule,
                message: `${describeEndpoint(endpoint)} is required but ${unreachableReason(endpoint, facts.error)}.`,
                evidence: facts.error ? errorEvidence(facts.error) : (endpoint.resolveError ?? null),
            },
        ];
    }
    if (rule === 'service-busy') {
        return [
            {
                rule,
                message: `${describeEndpoint(endpoint)} turned the connection away as busy, also after a retry, so none of its checks could be concluded (${checksOf(endpoint)}).`,
                evidence: busyEvidence(facts),
                inconclusive: true,
            },
        ];
    }
    if (rule === 'service-misbehaving') {
        return [
            {
                rule,
                message: `${describeEndpoint(endpoint)} ${misbehaviourReason(facts.error)}.`,
                evidence: facts.error ? errorEvidence(facts.error) : null,
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
 * injection test) met a server that turned that connection away: that check is inconclusive,
 * which service-busy says, naming it. Only checks a rule would judge count: a version the
 * policy allows anyway changes nothing.
 */
function checkUntested(endpoint, facts) {
    if ((0,probe_outcome/* failureRule */.d)(endpoint, facts) !== null)
        return [];
    const minimum = endpoint.settings.tls.minVersion;
    // What the probe's own connection budget left untested was not turned away by the server.
    const overBudget = new Set(facts.tls?.versionsOverBudget ?? []);
    const versions = (facts.tls?.versionsUntested ?? []).filter((v) => belowMinimum(v, minimum) && !overBudget.has(v));
    const untestedInjection = facts.plaintext?.commandInjectionUntested;
    const injection = untestedInjection?.startsWith(connect/* CONNECTION_BUDGET_REACHED */.Y8) ? undefined : untestedInjection;
    const open = [];
    const evidence = [];
    if (versions.length > 0) {
        open.push(`whether ${versions.map((v) => VERSION_WORDS[v]).join(' and ')} ${versions.length === 1 ? 'is' : 'are'} accepted (tls-version-legacy)`);
        evidence.push(`versions untested: ${listOf(versions)}`);
    }
    if (injection !== undefined && services/* SERVICES */.Bg[endpoint.service].transport === 'starttls') {
        open.push('whether commands pipelined with STARTTLS run inside TLS (starttls-command-injection)');
        evidence.push(`injection test: ${injection}`);
    }
    if (open.length === 0)
        return [];
    return [
        {
            rule: 'service-busy',
            message: `${describeEndpoint(endpoint)} turned away the extra connections some checks need, so these could not be concluded: ${open.join('; ')}.`,
            evidence: evidence.join('; '),
            inconclusive: true,
        },
    ];
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
    return facts.error ? errorEvidence(facts.error) : null;
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
    checkHttpRedirect,
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

;// CONCATENATED MODULE: ./src/rules/waivers.ts

const waivers_DAY_MS = 24 * 60 * 60 * 1000;
/** The last millisecond the waiver holds, or NaN when the date does not parse. */
function waiverEnd(waiver) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waiver.expires.trim());
    if (match === null)
        return Number.NaN;
    const [, year, month, day] = match;
    return Date.UTC(Number(year), Number(month) - 1, Number(day)) + waivers_DAY_MS - 1;
}
/** An unparseable date never waives: failing safe beats hiding findings forever. */
function isWaiverActive(waiver, now) {
    const end = waiverEnd(waiver);
    return !Number.isNaN(end) && now.getTime() <= end;
}
function waiverCovers(waiver, finding) {
    if (waiver.rule !== finding.rule)
        return false;
    if ((0,dns/* canonicalName */.Ew)(waiver.host) !== (0,dns/* canonicalName */.Ew)(finding.host))
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

// EXTERNAL MODULE: ./src/probe/mta-sts.ts
var mta_sts = __webpack_require__(76123);
;// CONCATENATED MODULE: ./src/rules/domains.ts


const MODE_RANK = { none: 0, testing: 1, enforce: 2 };
function list(items, max = 5) {
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
function draftDomain(policy, facts) {
    const drafts = [...mxDrafts(policy, facts)];
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
    if (fetch.error !== null)
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
        const facts = domains.find((d) => d.domain === (0,dns/* canonicalName */.Ew)(entry.domain));
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
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/rules/judge.ts






/** The severity the policy gives a rule: its override if any, else the catalog default. */
function effectiveSeverity(policy, rule) {
    return policy.rules[rule]?.severity ?? catalog/* RULES */.y[rule].defaultSeverity;
}
function judge(policy, observations, now, domains = []) {
    const findings = [];
    const seen = new Set();
    for (const { endpoint, facts } of observations) {
        for (const draft of draftEndpoint(endpoint, facts, now)) {
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
    const severity = effectiveSeverity(policy, draft.rule);
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
/**
 * Nothing could be concluded: the plan has required endpoints and not one of them got through
 * (each unreachable, unresolved or busy). Such a run is never a pass, even when the findings that
 * say so are waived or turned off.
 */
function nothingConcluded(observations) {
    const required = observations.filter((o) => o.endpoint.expectation === 'require');
    return (required.length > 0 &&
        required.every((o) => {
            const rule = (0,probe_outcome/* failureRule */.d)(o.endpoint, o.facts);
            return rule === 'required-service-unreachable' || rule === 'service-busy';
        }));
}
/** Exit code 3 territory: an unwaived inconclusive finding, or a run where nothing was concluded. */
function isInconclusive(findings, observations) {
    return hasInconclusive(findings) || nothingConcluded(observations);
}


/***/ })

};
