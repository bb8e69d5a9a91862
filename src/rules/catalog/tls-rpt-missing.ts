import type { DomainPolicy } from '../../policy/types.js';
import type { DomainFacts } from '../../facts/domains.js';
import { txtLookupUnanswered, type DomainCheck, type DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';
import { txtUnanswered } from './check-inconclusive.js';

export const meta = defineRule({
  id: 'tls-rpt-missing',
  defaultSeverity: 'warning',
  scope: 'domain',
  fixedBy: 'no-server',
  inconclusive: false,
  title: 'TLS-RPT not published',
  summary: 'No valid _smtp._tls TXT record (RFC 8460).',
  what: 'The domain has no valid _smtp._tls TXT record (v=TLSRPTv1 with a rua address).',
  why: 'TLS-RPT (RFC 8460) lets sending servers report TLS failures they meet at your MX hosts; without it, broken STARTTLS, MTA-STS (RFC 8461) or DANE (RFC 7672) goes unnoticed.',
  fix: 'Publish _smtp._tls.example.com TXT "v=TLSRPTv1; rua=mailto:tls-reports@example.com" and make sure that mailbox is read or processed.',
  references: ['RFC 8460 §3'],
  securitySeverity: '2.6',
  servers: {},
});

function checkTlsRpt(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  if (policy.tlsRpt !== 'required' || facts.tlsRpt === null || facts.tlsRpt.problem === null) return [];
  // No answer to the look-up is no verdict on the record: check-inconclusive says so instead.
  if (txtLookupUnanswered(facts.tlsRpt.records, facts.tlsRpt.lookupError)) {
    return [txtUnanswered('tls-rpt', `${facts.domain} publishes TLS-RPT`, `_smtp._tls.${facts.domain}`, facts.tlsRpt.lookupError!, ['tls-rpt-missing'])];
  }
  return [
    {
      rule: 'tls-rpt-missing',
      at: 'tls-rpt',
      message: `${facts.domain} publishes no valid TLS-RPT record at _smtp._tls.${facts.domain}: ${facts.tlsRpt.problem}.`,
      evidence: facts.tlsRpt.records.length > 0 ? `TXT: ${facts.tlsRpt.records.join(' | ')}` : `TXT: ${facts.tlsRpt.lookupError ?? 'none'}`,
    },
  ];
}

export const checkDomain: DomainCheck = checkTlsRpt;
