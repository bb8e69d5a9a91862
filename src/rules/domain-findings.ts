// Domain drafts → findings: the policy's severity, the domain as the host (no address, port or
// service), and the location of the key that asked (the domain entry, `mta-sts:` or `tls-rpt:`).
import { canonicalName } from '../common/host-names.js';
import type { DomainFacts } from '../probe/observe-domains.js';
import type { Policy, SeverityOverride } from '../policy/types.js';
import { draftDomain } from './domains.js';
import type { Finding, RuleId } from './types.js';

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
