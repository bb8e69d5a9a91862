import type { DomainPolicy } from '../../policy/types.js';
import { describeDnsCode } from '../../resolve/dns.js';
import type { DomainFacts } from '../../facts/domains.js';
import type { DomainCheck, DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
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

function checkMx(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
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
