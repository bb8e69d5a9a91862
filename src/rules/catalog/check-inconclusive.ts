import type { SeverityOverrides } from '../../policy/types.js';
import { describeDnsCode } from '../../resolve/dns.js';
import type { DomainDraft } from '../domains.js';
import type { RuleId } from '../types.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import type { Draft, EndpointChecks } from '../draft.js';
import { describeEndpoint, errorEvidence } from '../describe.js';
import { lookupUnanswered, openChecks } from '../reachability.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
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
function checkUnanswered(endpoint: Endpoint, facts: EndpointFacts, _now: Date, policyRules: SeverityOverrides = {}): Draft[] {
  if (lookupUnanswered(endpoint, facts.error)) {
    return [
      {
        rule: 'check-inconclusive',
        message: `${describeEndpoint(endpoint)} is required, but the look-up of the host name got no answer, so whether the service is there could not be checked.`,
        evidence: endpoint.resolveError ?? (facts.error ? errorEvidence(facts.error) : null),
        inconclusive: true,
      },
    ];
  }
  return openChecks(endpoint, facts, policyRules).unanswered.draft('check-inconclusive', endpoint, 'left questions some checks need without an answer');
}

/**
 * A forbidden service whose host name did not resolve shows nothing either way (a typo, a DNS
 * outage, a resolver that cannot see the name): the check was not made, which is said once per
 * forbidden service, on the policy line that forbade it, so that each can be waived or fixed on
 * its own.
 */
function checkForbiddenResolved(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (endpoint.address !== null && facts.error?.kind !== 'unresolved') return [];
  return [
    {
      rule: 'check-inconclusive',
      message: `${describeEndpoint(endpoint)} is forbidden, but the host name did not resolve, so whether the service is reachable could not be checked.`,
      evidence: endpoint.resolveError ?? (facts.error ? errorEvidence(facts.error) : null),
      inconclusive: true,
    },
  ];
}

export const checks: EndpointChecks = { require: checkUnanswered, forbid: checkForbiddenResolved };

/**
 * A domain's MTA-STS or TLS-RPT record whose TXT look-up got no answer (a time-out, SERVFAIL):
 * whether it is published was not seen, so the check the policy asks for was not made. Drafted
 * by the rule that would otherwise have judged the record (mta-sts-missing, tls-rpt-missing),
 * in its place; `openFor`, the rules the answer would have decided, keeps it only while one of
 * them is on.
 */
export function txtUnanswered(at: 'mta-sts' | 'tls-rpt', what: string, name: string, code: string, openFor: readonly RuleId[]): DomainDraft {
  return {
    rule: 'check-inconclusive',
    at,
    message: `Whether ${what} could not be checked: the look-up of the TXT records at ${name} got no answer (${describeDnsCode(code)}).`,
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
export function policyHostUnanswered(domain: string, host: string, url: string, code: string, openFor: readonly RuleId[]): DomainDraft {
  return {
    rule: 'check-inconclusive',
    at: 'mta-sts',
    message: `Whether ${domain} serves its MTA-STS policy could not be checked: it publishes an MTA-STS record, but the look-up of the address of ${host} got no answer (${describeDnsCode(code)}), so ${url} was not fetched.`,
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
export function daneUnanswered(endpoint: Endpoint, name: string, why: string): Draft {
  return {
    rule: 'check-inconclusive',
    message: `DANE could not be checked for ${describeEndpoint(endpoint)}: the look-up of ${name} got no answer from the resolver, so whether its TLSA records apply is unknown (senders that use DANE defer mail to it while this lasts).`,
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
export function daneTaUnverified(endpoint: Endpoint, record: string, subject: string): Draft {
  return {
    rule: 'check-inconclusive',
    message: `DANE could not be checked for ${describeEndpoint(endpoint)}: its only matching TLSA record, ${record}, names a root the probe itself trusts, which may have come from the local store rather than from the server, and senders that use DANE match only what the server sends.`,
    evidence: `${record} names ${subject}; send that certificate in the chain, or publish 3 1 1 of the host's key or 2 1 1 of its intermediate`,
    inconclusive: true,
  };
}
