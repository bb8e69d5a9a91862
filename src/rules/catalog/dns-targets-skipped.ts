import type { DomainFacts } from '../../facts/domains.js';
import { EVIDENCE_ITEMS, list, skippedWords, type DomainCheck, type DomainDraft } from '../domains.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'dns-targets-skipped',
  defaultSeverity: 'warning',
  scope: 'domain',
  fixedBy: 'no-server',
  inconclusive: true,
  title: 'DNS targets left unprobed, checks inconclusive',
  summary: 'DNS gave a policy domain MX or CNAME names that are not host names, more MX hosts or addresses than are probed, or loopback/link-local addresses (without allow-loopback): those targets were not probed, so their checks are inconclusive.',
  what: 'DNS answered for a policy domain with targets the run does not probe: an MX or CNAME name that is not a letters-digits-hyphens host name, more than 10 MX hosts, more than 8 addresses for an MX host, or an address of an MX or MTA-STS policy host in a loopback, link-local, unspecified or multicast range (without allow-loopback).',
  why: "Names and addresses in a DNS answer are chosen by whoever answers, or spoofs, the query: a hostile answer could aim probes at the runner itself (127.0.0.1, ::1), at a cloud metadata service (169.254.169.254), or at hundreds of hosts. RFC 5321 §2.3.5 and RFC 1123 §2.1 restrict mail host names to letters, digits and hyphens. What was left out is not checked, so the domain's required checks are inconclusive.",
  fix: 'Publish MX records whose names are host names with public addresses (dig MX example.com, then dig A and AAAA of each MX host), keep the MX set to a few hosts, and check the answer is not spoofed (DNSSEC). For a test setup whose mail hosts live on loopback, run with allow-loopback (--allow-loopback).',
  references: ['RFC 5321 §2.3.5', 'RFC 1123 §2.1', 'RFC 6890', 'RFC 4291 §2.5'],
  // Probes aimed by remote data at the runner's own or internal addresses: the SSRF class.
  cwe: '918',
  securitySeverity: '3.7',
  servers: {},
});

/**
 * What DNS supplied and the run did not probe. One draft per domain, naming every part left out;
 * inconclusive, since nothing is known of what was not probed.
 */
function checkSkipped(_policy: unknown, facts: DomainFacts): DomainDraft[] {
  if (facts.skipped.length === 0) return [];
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

export const checkDomain: DomainCheck = checkSkipped;
