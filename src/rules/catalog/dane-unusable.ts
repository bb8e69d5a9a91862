import type { DomainPolicy } from '../../policy/types.js';
import type { DomainFacts } from '../../facts/domains.js';
import { daneAsked, recordsWords, tlsaStanding } from '../dane.js';
import { list, type DomainCheck, type DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'dane-unusable',
  defaultSeverity: 'warning',
  scope: 'domain',
  fixedBy: 'no-server',
  inconclusive: false,
  title: 'Only unusable TLSA records',
  summary: 'An MX host publishes TLSA records, but only ones SMTP clients must ignore: PKIX-TA(0) or PKIX-EE(1), or unknown parameters (RFC 7672 §3.1.3).',
  what: 'An MX host of the domain has authenticated TLSA records, but none an SMTP client may use: every one is of usage PKIX-TA(0) or PKIX-EE(1), or has a usage, selector or matching type no standard defines. Checked when the domain entry says `dane: required` or `dane: optional`.',
  why: 'RFC 7672 §3.1.3 tells SMTP clients to treat PKIX-TA and PKIX-EE records as unusable, and RFC 7671 §4 to ignore records with unknown parameters: senders then deliver with mandatory but unauthenticated TLS, and the records protect nothing.',
  fix: 'Replace them with DANE-EE(3) records, 3 1 1 of the key the host serves on port 25, plus one for the next key (see below); or DANE-TA(2) records, 2 1 1, of the issuing CA\'s key, with that CA\'s certificate in the chain the host sends.',
  references: ['RFC 7672 §3.1.3', 'RFC 7671 §4', 'RFC 7218'],
  securitySeverity: '3.7',
  servers: {},
});

function checkDaneUnusable(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  const dane = daneAsked(policy, facts);
  if (dane === null) return [];
  const unusable = dane.hosts.flatMap((host) => {
    const standing = tlsaStanding(host);
    return standing.kind === 'unusable' ? [{ host, records: standing.records }] : [];
  });
  if (unusable.length === 0) return [];
  return [
    {
      rule: 'dane-unusable',
      at: 'dane',
      message: `${unusable.length === 1 ? 'The MX host' : `${unusable.length} MX hosts`} of ${facts.domain} ${list(unusable.map((u) => u.host.host))} ${unusable.length === 1 ? 'publishes' : 'publish'} only TLSA records SMTP clients must ignore, so DANE does not apply.`,
      evidence: unusable.map((u) => `${u.host.tlsaName}: ${recordsWords(u.records)}`).join('; '),
    },
  ];
}

export const checkDomain: DomainCheck = checkDaneUnusable;
