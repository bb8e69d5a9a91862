import type { DomainPolicy } from '../../policy/types.js';
import type { DomainFacts } from '../../facts/domains.js';
import { answerWords, daneAsked, tlsaStanding } from '../dane.js';
import { list, type DomainCheck, type DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'dane-missing',
  defaultSeverity: 'error',
  scope: 'domain',
  fixedBy: 'no-server',
  inconclusive: false,
  title: 'No TLSA record for an MX host',
  summary: 'With dane: required, an MX host has no TLSA record at _25._tcp.<host>, as an authenticated answer shows (RFC 7672).',
  what: "With `dane: required`, an MX host of the domain has no TLSA record at _25._tcp.<host>, and the validating resolver authenticated that there is none (NXDOMAIN or no data, with the AD bit). With `dane: optional` a host may go without TLSA records, and this rule says nothing. An answer that was not authenticated is dnssec-insecure's; one that never came is reported on the host's port-25 endpoints as a check that could not be made.",
  why: 'Without a TLSA record, sending servers that use DANE (RFC 7672 §2.2) fall back to unauthenticated opportunistic TLS for that host, which an active attacker can strip or intercept, although the domain\'s policy asks for DANE.',
  fix: 'Publish a TLSA record for the host in its signed zone, 3 1 1 (DANE-EE, SubjectPublicKeyInfo, SHA-256) of the key the host serves on port 25, together with one for the next key (see below), and make sure the zone is signed and its DS record is at the parent.',
  references: ['RFC 7672 §2.2', 'RFC 6698 §2', 'RFC 7671 §8.1'],
  securitySeverity: '5.9',
  servers: {},
});

function checkDaneMissing(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  const dane = daneAsked(policy, facts);
  if (dane === null || policy.dane !== 'required') return [];
  const missing = dane.hosts.filter((host) => tlsaStanding(host).kind === 'none');
  if (missing.length === 0) return [];
  const hosts = missing.map((h) => h.host);
  return [
    {
      rule: 'dane-missing',
      at: 'dane',
      message: `${missing.length === 1 ? 'The MX host' : `${missing.length} MX hosts`} of ${facts.domain} ${list(hosts)} ${missing.length === 1 ? 'has' : 'have'} no TLSA record, so DANE does not protect mail to ${missing.length === 1 ? 'it' : 'them'}.`,
      evidence: missing.map((h) => `${h.tlsaName}: ${answerWords(h.tlsa)}, no TLSA records`).join('; '),
    },
  ];
}

export const checkDomain: DomainCheck = checkDaneMissing;
