// Domain drafts → findings: the policy's severity, the domain as the host (no address, port or
// service), and the location of the key that asked (the domain entry, `mta-sts:` or `tls-rpt:`).
import { canonicalName } from '../common/host-names.js';
import type { DomainFacts } from '../facts/domains.js';
import type { DomainPolicy, Policy, SeverityOverride } from '../policy/types.js';
import type { DomainDraft } from './domains.js';
import { RULE_REGISTRY } from './registry.js';
import type { Finding, RuleId } from './types.js';

/** Every draft for one policy domain: each domain rule module's check, in registry order. */
export function draftDomain(policy: DomainPolicy, facts: DomainFacts): DomainDraft[] {
  return RULE_REGISTRY.flatMap((rule) => ('checkDomain' in rule ? rule.checkDomain(policy, facts) : []));
}

export function judgeDomains(
  policy: Policy,
  domains: readonly DomainFacts[],
  severityOf: (policy: Policy, rule: RuleId) => SeverityOverride,
): Finding[] {
  const findings: Finding[] = [];
  for (const entry of policy.domains) {
    const facts = domains.find((d) => d.domain === canonicalName(entry.domain));
    if (facts === undefined) continue;
    for (const draft of draftDomain(entry, facts)) {
      const severity = severityOf(policy, draft.rule);
      if (severity === 'off') continue;
      const location =
        (draft.at === 'mta-sts' ? entry.keyLocations?.mtaSts : draft.at === 'tls-rpt' ? entry.keyLocations?.tlsRpt : undefined) ??
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
        ...(draft.inconclusive ? { inconclusive: true as const } : {}),
      });
    }
  }
  return findings;
}
