export const id = 361;
export const ids = [361,801];
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


/***/ }),

/***/ 83361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeReports: () => (/* binding */ mergeReports)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./policies/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"mail-tls-gate report","description":"The JSON report of one mail-tls-gate run (reportVersion 1). Endpoints are what was seen; findings are what the policy says of them.","type":"object","additionalProperties":false,"required":["reportVersion","tool","policy","startedAt","durationMs","summary","endpoints","findings"],"properties":{"reportVersion":{"const":1},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mail-tls-gate"},"version":{"type":"string","minLength":1}}},"policy":{"type":"string","description":"The policy file the run checked."},"startedAt":{"$ref":"#/definitions/isoTime"},"durationMs":{"$ref":"#/definitions/count"},"summary":{"type":"object","additionalProperties":false,"required":["errors","warnings","notices","endpoints","result"],"description":"Counts of findings that are not waived.","properties":{"errors":{"$ref":"#/definitions/count"},"warnings":{"$ref":"#/definitions/count"},"notices":{"$ref":"#/definitions/count"},"endpoints":{"$ref":"#/definitions/count"},"result":{"enum":["pass","fail","inconclusive"],"description":"fail: findings at or above fail-on; inconclusive: none, but some required check could not be concluded (exit code 3)."}}},"shard":{"type":"object","additionalProperties":false,"required":["index","count","policySha256","requiredEndpoints","concludedEndpoints"],"description":"Present when the run probed one shard of the plan (shard: i/n); absent for a whole or merged run.","properties":{"index":{"type":"integer","minimum":1,"maximum":256,"description":"This shard, 1-based."},"count":{"type":"integer","minimum":1,"maximum":256,"description":"How many shards the plan was split into."},"policySha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the policy file: shards of different policies are never merged."},"requiredEndpoints":{"$ref":"#/definitions/count","description":"Required endpoints in this shard."},"concludedEndpoints":{"$ref":"#/definitions/count","description":"Required endpoints in this shard that got through (neither unreachable nor busy)."}}},"endpoints":{"type":"array","items":{"$ref":"#/definitions/endpoint"}},"domains":{"type":"array","items":{"$ref":"#/definitions/domain"},"description":"What DNS and the MTA-STS policy hosts showed for the policy\'s domains (facts, not judgements); absent when the policy lists no domains."},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}}},"definitions":{"count":{"type":"integer","minimum":0},"port":{"type":"integer","minimum":1,"maximum":65535},"isoTime":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},"service":{"enum":["smtp","submission","submissions","imap","imaps","pop3","pop3s","managesieve","https","http"]},"tlsVersion":{"enum":["TLSv1","TLSv1.1","TLSv1.2","TLSv1.3"]},"stringList":{"type":"array","items":{"type":"string"}},"nullableString":{"type":["string","null"]},"endpoint":{"type":"object","additionalProperties":false,"required":["host","address","port","service","reachable","durationMs","connections","error","plaintext","tls","http"],"properties":{"host":{"type":"string","minLength":1},"address":{"$ref":"#/definitions/nullableString","description":"Null when the host name did not resolve."},"port":{"$ref":"#/definitions/port"},"service":{"$ref":"#/definitions/service"},"reachable":{"type":"boolean"},"durationMs":{"$ref":"#/definitions/count"},"connections":{"$ref":"#/definitions/count"},"error":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/probeError"}]},"plaintext":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/plaintext"}]},"tls":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/tls"}]},"http":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/http"}]}}},"probeError":{"type":"object","additionalProperties":false,"required":["kind","step","message"],"properties":{"kind":{"enum":["unresolved","refused","reset","timeout","unreachable","closed","misbehaving","starttls-refused","tls-handshake","other"]},"step":{"enum":["resolve","connect","greeting","capabilities","starttls","handshake","after-tls","http"]},"message":{"type":"string"},"busy":{"const":true,"description":"The server turned the session away (4xx greeting, BYE, -ERR, close before greeting), also after one retry."}}},"plaintext":{"type":"object","additionalProperties":false,"required":["greeting","capabilities","starttls","authBeforeTls","loginDisabled","starttlsReply","capabilitiesAfterTls","commandInjection"],"properties":{"greeting":{"type":"string"},"capabilities":{"$ref":"#/definitions/stringList"},"starttls":{"type":"boolean"},"authBeforeTls":{"$ref":"#/definitions/stringList"},"loginDisabled":{"type":["boolean","null"]},"starttlsReply":{"$ref":"#/definitions/nullableString"},"capabilitiesAfterTls":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/stringList"}]},"commandInjection":{"type":["boolean","null"]},"commandInjectionUntested":{"type":"string","description":"Why the injection test could not be made (its connection was turned away or failed): inconclusive."}}},"tls":{"type":"object","additionalProperties":false,"required":["mode","version","cipher","versionsAccepted","certificate","error"],"properties":{"mode":{"enum":["implicit","starttls"]},"version":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/tlsVersion"}]},"cipher":{"$ref":"#/definitions/nullableString"},"versionsAccepted":{"type":"array","items":{"$ref":"#/definitions/tlsVersion"},"uniqueItems":true},"versionsUntested":{"type":"array","items":{"$ref":"#/definitions/tlsVersion"},"uniqueItems":true,"minItems":1,"description":"Versions the sweep could not test (connection turned away or failed): unknown, not rejected."},"versionsUntestedReason":{"type":"string","description":"Why the versions in versionsUntested were not tested."},"versionsOverBudget":{"type":"array","items":{"$ref":"#/definitions/tlsVersion"},"uniqueItems":true,"minItems":1,"description":"The part of versionsUntested left untested only because the probe\'s own connection budget (6 per endpoint) was spent: no sign of a busy service."},"certificate":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/certificate"}]},"error":{"$ref":"#/definitions/nullableString"}}},"certificate":{"type":"object","additionalProperties":false,"required":["subject","issuer","san","notBefore","notAfter","daysLeft","trusted","nameMatch","keyType","keyBits","signature","error","fingerprint256","chain"],"properties":{"subject":{"type":"string"},"issuer":{"type":"string"},"san":{"$ref":"#/definitions/stringList"},"notBefore":{"$ref":"#/definitions/isoTime"},"notAfter":{"$ref":"#/definitions/isoTime"},"daysLeft":{"type":"integer","description":"Negative once expired."},"trusted":{"type":"boolean"},"nameMatch":{"type":"boolean"},"keyType":{"type":"string"},"keyBits":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/count"}]},"signature":{"type":"string"},"error":{"$ref":"#/definitions/nullableString"},"fingerprint256":{"type":"string","pattern":"^([0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){31})?$"},"chain":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["subject","issuer"],"properties":{"subject":{"type":"string"},"issuer":{"type":"string"}}}}}},"http":{"type":"object","additionalProperties":false,"required":["status","location","error"],"properties":{"status":{"oneOf":[{"type":"null"},{"type":"integer","minimum":100,"maximum":999}]},"location":{"$ref":"#/definitions/nullableString"},"error":{"$ref":"#/definitions/nullableString"}}},"nullableCount":{"type":["integer","null"],"minimum":0},"domain":{"type":"object","additionalProperties":false,"required":["domain","mx","mtaSts","tlsRpt","durationMs"],"properties":{"domain":{"type":"string","minLength":1},"mx":{"type":"object","additionalProperties":false,"required":["records","nullMx","implicit","error"],"properties":{"records":{"type":"array","description":"By preference, then name; names lower case without the final dot.","items":{"type":"object","additionalProperties":false,"required":["host","preference"],"properties":{"host":{"type":"string"},"preference":{"$ref":"#/definitions/count"}}}},"nullMx":{"type":"boolean","description":"RFC 7505: a single MX of preference 0 and name \'.\': the domain accepts no mail."},"implicit":{"type":"boolean","description":"No MX records, so mail goes to the domain\'s own address (RFC 5321 §5.1)."},"error":{"$ref":"#/definitions/nullableString","description":"The look-up\'s error code: ENOTFOUND (NXDOMAIN), ESERVFAIL, ETIMEOUT, …"}}},"mtaSts":{"description":"Null when the policy does not ask about MTA-STS.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["record","fetch","policy"],"properties":{"record":{"type":"object","additionalProperties":false,"required":["records","id","problem","lookupError"],"properties":{"records":{"$ref":"#/definitions/stringList"},"id":{"$ref":"#/definitions/nullableString"},"problem":{"$ref":"#/definitions/nullableString"},"lookupError":{"$ref":"#/definitions/nullableString"}}},"fetch":{"type":"object","additionalProperties":false,"required":["url","address","status","contentType","redirect","bytes","tooLarge","error","errorKind"],"properties":{"url":{"type":"string"},"address":{"$ref":"#/definitions/nullableString"},"status":{"$ref":"#/definitions/nullableCount"},"contentType":{"$ref":"#/definitions/nullableString"},"redirect":{"$ref":"#/definitions/nullableString","description":"The Location of a 3xx answer: reported, never followed."},"bytes":{"$ref":"#/definitions/count"},"tooLarge":{"type":"boolean"},"error":{"$ref":"#/definitions/nullableString"},"errorKind":{"enum":["unresolved","certificate","timeout","connection",null]}}},"policy":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["version","mode","mx","maxAge","problems"],"properties":{"version":{"$ref":"#/definitions/nullableString"},"mode":{"$ref":"#/definitions/nullableString"},"mx":{"$ref":"#/definitions/stringList"},"maxAge":{"$ref":"#/definitions/nullableCount"},"problems":{"$ref":"#/definitions/stringList"}}}]}}}]},"tlsRpt":{"description":"Null when the policy does not ask about TLS-RPT.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["records","rua","problem","lookupError"],"properties":{"records":{"$ref":"#/definitions/stringList"},"rua":{"$ref":"#/definitions/stringList"},"problem":{"$ref":"#/definitions/nullableString"},"lookupError":{"$ref":"#/definitions/nullableString"}}}]},"durationMs":{"$ref":"#/definitions/count"}}},"finding":{"type":"object","additionalProperties":false,"required":["rule","severity","host","address","port","service","message","evidence","location","waived"],"properties":{"rule":{"enum":["required-service-unreachable","forbidden-service-reachable","service-misbehaving","tls-handshake-failed","starttls-not-offered","starttls-failed","plaintext-auth-offered","starttls-command-injection","http-not-redirected","tls-version-legacy","tls13-not-supported","certificate-untrusted","certificate-name-mismatch","certificate-expired","certificate-expiring","certificate-weak","mx-lookup-failed","mta-sts-missing","mta-sts-invalid","mta-sts-not-enforcing","mta-sts-mx-not-covered","tls-rpt-missing","waiver-expired","service-busy"]},"severity":{"enum":["error","warning","notice"]},"host":{"type":"string","minLength":1,"description":"The host, or the domain for domain-wide rules."},"address":{"$ref":"#/definitions/nullableString"},"port":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/port"}]},"service":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/service"}]},"message":{"type":"string"},"evidence":{"$ref":"#/definitions/nullableString"},"location":{"type":"object","additionalProperties":false,"required":["file","line","column"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1}}},"waived":{"type":"boolean"},"inconclusive":{"const":true,"description":"Present when the finding says a required check could not be concluded (the server turned the probe away, a question went unanswered, the runner\'s network could not reach it): the run is then never a pass while the finding stands."},"waiverReason":{"type":"string","description":"The waiver\'s reason, present when waived."}}}}}');
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/rules/judge.ts + 10 modules
var judge = __webpack_require__(91801);
;// CONCATENATED MODULE: ./src/shard/merge.ts
// Merge: the reports of a matrix of shard jobs combined into the one report the whole plan would
// have produced. Every input is checked against policies/report.schema.json, and a set that cannot
// be one run is refused with every reason at once: reports of different policies, tool versions
// or shard counts, a shard missing or given twice, an endpoint seen by two shards.




let compiled;
function schemaErrors(value) {
    compiled ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(report_schema_namespaceObject);
    return compiled(value) ? [] : [...(compiled.errors ?? [])];
}
/** Reads one report: JSON, valid against the schema, from a shard run. */
function readShardReport(file) {
    let value;
    try {
        value = JSON.parse(file.text);
    }
    catch (err) {
        return { problem: `${file.name}: not JSON (${err.message})` };
    }
    const errors = schemaErrors(value);
    if (errors.length > 0) {
        const first = errors
            .slice(0, 3)
            .map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}`)
            .join('; ');
        return { problem: `${file.name}: not a mail-tls-gate report (reportVersion 1): ${first}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}` };
    }
    const report = value;
    if (report.shard === undefined) {
        return { problem: `${file.name}: not a shard report (no "shard"): merge combines the reports of runs made with shard: i/n` };
    }
    return { report: report };
}
/** Values that must be equal across the set, each with the files that hold each value. */
function mismatch(label, reports) {
    const byValue = new Map();
    for (const r of reports)
        byValue.set(r.value, [...(byValue.get(r.value) ?? []), r.name]);
    if (byValue.size <= 1)
        return null;
    const parts = [...byValue].map(([value, names]) => `${value} (${names.join(', ')})`);
    return `the reports are of different ${label}: ${parts.join(' vs ')}`;
}
function findingKey(f) {
    return JSON.stringify([f.rule, f.severity, f.host, f.address, f.port, f.service, f.message, f.evidence, f.location, f.waived, f.inconclusive ?? false, f.waiverReason ?? null]);
}
function mergeReports(files, failOn) {
    if (files.length === 0)
        return { ok: false, problems: ['no report to merge'] };
    const problems = [];
    const reports = [];
    for (const file of files) {
        const read = readShardReport(file);
        if ('problem' in read)
            problems.push(read.problem);
        else
            reports.push({ name: file.name, report: read.report });
    }
    if (problems.length > 0)
        return { ok: false, problems };
    const checks = [
        ['policies', (r) => r.policy],
        ['policy contents', (r) => `sha256 ${r.shard.policySha256.slice(0, 12)}`],
        ['tool versions', (r) => `${r.tool.name} ${r.tool.version}`],
        ['shard counts', (r) => `n = ${r.shard.count}`],
    ];
    for (const [label, value] of checks) {
        const m = mismatch(label, reports.map((r) => ({ name: r.name, value: value(r.report) })));
        if (m !== null)
            problems.push(m);
    }
    if (problems.length > 0)
        return { ok: false, problems };
    const count = reports[0].report.shard.count;
    const byIndex = new Map();
    for (const r of reports)
        byIndex.set(r.report.shard.index, [...(byIndex.get(r.report.shard.index) ?? []), r.name]);
    for (let i = 1; i <= count; i++) {
        const names = byIndex.get(i) ?? [];
        if (names.length === 0)
            problems.push(`shard ${i}/${count} is missing: every shard's report is needed`);
        if (names.length > 1)
            problems.push(`shard ${i}/${count} is given more than once: ${names.join(', ')}`);
    }
    if (problems.length > 0)
        return { ok: false, problems };
    const seen = new Map();
    for (const { name, report } of reports) {
        for (const e of report.endpoints) {
            const key = JSON.stringify([e.host, e.address, e.port, e.service]);
            const other = seen.get(key);
            if (other !== undefined && other !== name) {
                problems.push(`${e.host}${e.address ? ` (${e.address})` : ''} port ${e.port} ${e.service} is in both ${other} and ${name}: the shards were not split the same way`);
            }
            seen.set(key, name);
        }
    }
    if (problems.length > 0)
        return { ok: false, problems: problems.slice(0, 20) };
    const endpoints = reports.flatMap((r) => r.report.endpoints);
    // Findings not tied to an endpoint (an expired waiver) are made by every shard: keep one.
    const findings = new Map();
    for (const r of reports)
        for (const f of r.report.findings)
            if (!findings.has(findingKey(f)))
                findings.set(findingKey(f), f);
    const merged = [...findings.values()];
    const required = reports.reduce((n, r) => n + r.report.shard.requiredEndpoints, 0);
    const concluded = reports.reduce((n, r) => n + r.report.shard.concludedEndpoints, 0);
    const nothingConcluded = required > 0 && concluded === 0;
    const result = (0,judge.verdict)(merged, failOn, (0,judge/* hasInconclusive */.H6)(merged) || nothingConcluded);
    const starts = reports.map((r) => Date.parse(r.report.startedAt));
    const ends = reports.map((r) => Date.parse(r.report.startedAt) + r.report.durationMs);
    const first = reports[starts.indexOf(Math.min(...starts))].report;
    // Every shard looks at every domain of the policy (only hosts are split): take shard 1's view.
    const domainsOf = [...reports].sort((a, b) => a.report.shard.index - b.report.shard.index)[0].report.domains;
    const report = {
        reportVersion: 1,
        tool: first.tool,
        policy: first.policy,
        startedAt: first.startedAt,
        durationMs: Math.max(0, Math.max(...ends) - Math.min(...starts)),
        summary: (0,json/* summarise */.fS)(endpoints, merged, result),
        endpoints,
        ...(domainsOf !== undefined ? { domains: domainsOf } : {}),
        findings: merged,
    };
    return { ok: true, report: (0,json/* canonicalReport */.zm)(report) };
}


/***/ })

};
