// Domain drafts → findings: the policy's severity, the domain as the host (no address, port or
// service), and the location of the key that asked (the domain entry, `mta-sts:`, `tls-rpt:` or
// `dane:`).
import { canonicalName } from '../common/host-names.js';
import type { DomainFacts } from '../facts/domains.js';
import type { DomainPolicy, Policy, SeverityOverride } from '../policy/types.js';
import type { DomainDraft } from './domains.js';
import type { ObservedEndpoint } from './dane.js';
import { RULE_REGISTRY } from './registry.js';
import type { Finding, RuleId } from './types.js';

/** Every draft for one policy domain: each domain rule module's check, in registry order. */
export function draftDomain(policy: DomainPolicy, facts: DomainFacts, observed: readonly ObservedEndpoint[] = []): DomainDraft[] {
  return RULE_REGISTRY.flatMap((rule) => ('checkDomain' in rule ? rule.checkDomain(policy, facts, observed) : []));
}

const KEY_OF: Readonly<Record<DomainDraft['at'], keyof NonNullable<DomainPolicy['keyLocations']> | null>> = {
  domain: null,
  'mta-sts': 'mtaSts',
  'tls-rpt': 'tlsRpt',
  dane: 'dane',
};

/**
 * A draft's severity: the policy's override of the rule, else the draft's own (a rule whose
 * severity follows the policy, as dnssec-insecure follows `dane:`), else the rule's default.
 */
export function judgeDomains(
  policy: Policy,
  domains: readonly DomainFacts[],
  severityOf: (policy: Policy, rule: RuleId) => SeverityOverride,
  observed: readonly ObservedEndpoint[] = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const entry of policy.domains) {
    const facts = domains.find((d) => d.domain === canonicalName(entry.domain));
    if (facts === undefined) continue;
    for (const draft of draftDomain(entry, facts, observed)) {
      const severity = policy.rules[draft.rule] === undefined && draft.severity !== undefined ? draft.severity : severityOf(policy, draft.rule);
      if (severity === 'off') continue;
      // An unanswered question no rule still on would read leaves nothing open.
      if (draft.openFor !== undefined && draft.openFor.every((rule) => severityOf(policy, rule) === 'off')) continue;
      const key = KEY_OF[draft.at];
      const location = (key === null ? undefined : entry.keyLocations?.[key]) ?? entry.location;
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
