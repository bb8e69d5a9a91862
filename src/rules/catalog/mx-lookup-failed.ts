import type { DomainPolicy } from '../../policy/types.js';
import { describeDnsCode } from '../../resolve/dns.js';
import type { DomainFacts } from '../../facts/domains.js';
import type { DomainCheck, DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';
import { lookupGotNoReply } from '../../facts/vocabulary.js';

export const meta = defineRule({
  id: 'mx-lookup-failed',
  defaultSeverity: 'error',
  scope: 'domain',
  fixedBy: 'no-server',
  inconclusive: false,
  title: 'MX look-up failed',
  summary: "A domain's MX records cannot be resolved.",
  what: "A policy domain's MX records could not be resolved: no such domain, or the name server failed or refused (SERVFAIL, REFUSED, as a validating resolver answers for bogus DNSSEC data). A look-up that got no reply at all (a time-out) is not a finding of this rule: silence may be the runner's own network, so the check is left open.",
  why: 'Senders cannot find the mail servers, so mail is delayed or bounced (RFC 5321 §5.1), and none of the MX hosts can be checked for STARTTLS (RFC 3207) or DANE (RFC 7672).',
  fix: "Check the domain's delegation and the MX records on its authoritative servers (dig MX example.com @ns1.example.net), and its DNSSEC signatures if the zone is signed.",
  references: ['RFC 5321 §5.1', 'RFC 7672'],
  securitySeverity: '5.3',
  servers: {},
});

function checkMx(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  // No reply at all (a time-out) may be the runner's own network: the domain's MX was not seen,
  // so nothing is concluded of it (check-inconclusive), never "cannot be resolved".
  if (facts.mx.error !== null && lookupGotNoReply(facts.mx.error)) {
    return [
      {
        rule: 'check-inconclusive',
        at: 'domain',
        message: `The MX records of ${facts.domain} could not be checked: the look-up got no reply (${describeDnsCode(facts.mx.error)}), so none of its mail hosts was checked.`,
        evidence: `MX ${facts.domain}: ${facts.mx.error}`,
        inconclusive: true,
      },
    ];
  }
  if (facts.mx.error !== null) {
    return [
      {
        rule: 'mx-lookup-failed',
        at: 'domain',
        message: `The MX records of ${facts.domain} could not be resolved: ${describeDnsCode(facts.mx.error)}.`,
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

export const checkDomain: DomainCheck = checkMx;
