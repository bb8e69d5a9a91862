import type { DomainPolicy } from '../../policy/types.js';
import type { DomainFacts } from '../../facts/domains.js';
import { certificateOf } from '../certificate.js';
import { type ObservedEndpoint, daneAsked, endpointMatch, endpointsWords, mxSmtpEndpoints, recordName, recordsWords, tlsaStanding } from '../dane.js';
import type { DomainCheck, DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'dane-mismatch',
  defaultSeverity: 'error',
  scope: 'domain',
  fixedBy: 'no-server',
  inconclusive: false,
  title: 'No TLSA record matches the presented chain',
  summary: 'An MX host has authenticated TLSA records, but none matches the certificate chain it presents after STARTTLS (RFC 7672, RFC 6698, RFC 7671).',
  what: "An MX host of the domain has authenticated, usable TLSA records (usage DANE-TA(2) or DANE-EE(3), selector 0 or 1, matching type 0, 1 or 2), but on one of its addresses none of them matches the chain port 25 presented after STARTTLS: a DANE-EE record must match the leaf certificate or its key, a DANE-TA record a certificate or key above the leaf, with every link below it issued and signed by the next. Checked with `dane: required` and `dane: optional`; one finding per such MX host.",
  why: 'Sending servers that use DANE (RFC 7672 §3) refuse to deliver to a host whose chain matches none of its TLSA records, and queue the mail until it does: a key rolled without its record published first, or a record for the wrong certificate, stops inbound mail from every DANE sender.',
  fix: 'Publish the TLSA record of the key the host serves now (3 1 1 of its SubjectPublicKeyInfo, see below), keep the old one until the TTL has passed, and roll keys so that the next key\'s record is in DNS before the key goes live. Compare with `openssl s_client -starttls smtp -connect mx1.example.com:25 -dane_tlsa_domain mx1.example.com -dane_tlsa_rrdata "3 1 1 …"`.',
  references: ['RFC 7672 §3.1', 'RFC 6698 §2.1', 'RFC 7671 §5', 'RFC 7671 §8.1'],
  cwe: '295',
  securitySeverity: '7.4',
  servers: {},
});

/**
 * One draft per MX host whose chain matched none of its records: the host is the unit a sharded
 * run splits by (all of a host's endpoints are probed by one shard, which alone can judge its
 * chains), so the findings of a merged run are those of one run (docs/sharding.md).
 */
function checkDaneMatches(policy: DomainPolicy, facts: DomainFacts, observed: readonly ObservedEndpoint[]): DomainDraft[] {
  const dane = daneAsked(policy, facts);
  if (dane === null) return [];
  return dane.hosts.flatMap((host): DomainDraft[] => {
    const standing = tlsaStanding(host);
    if (standing.kind !== 'usable') return [];
    const failed = mxSmtpEndpoints(host.host, observed).flatMap((o) => {
      const match = endpointMatch(standing.records, o);
      return match?.kind === 'none' ? [{ o, match }] : [];
    });
    if (failed.length === 0) return [];
    const leaf = certificateOf(failed[0]!.o.facts)!.presented[0]!;
    const brokenTa = failed.find((f) => f.match.brokenTa !== null)?.match.brokenTa ?? null;
    const evidence = [
      `${host.tlsaName}: ${recordsWords(standing.records)}`,
      `leaf ${leaf.subject}: SPKI SHA-256 ${leaf.spkiSha256 ?? '(unreadable key)'}, certificate SHA-256 ${leaf.sha256}`,
      ...(brokenTa === null ? [] : [`${recordName(brokenTa.record)} names the certificate ${brokenTa.depth} above the leaf, but the chain below it is not issued and signed link by link`]),
    ];
    return [
      {
        rule: 'dane-mismatch',
        at: 'dane',
        message: `No TLSA record of ${host.host} matches the chain presented by ${endpointsWords(failed.map((f) => f.o))}: senders that use DANE will not deliver mail for ${facts.domain} there.`,
        evidence: evidence.join('; '),
      },
    ];
  });
}

export const checkDomain: DomainCheck = checkDaneMatches;
