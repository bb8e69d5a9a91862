// Which checks run on an endpoint: each rule module's check for what the policy expects of the
// service (require or forbid), in registry order. A forbidden service is judged on reachability
// alone; a required one on everything its facts can show.
import type { SeverityOverrides } from '../policy/types.js';
import type { Endpoint } from '../plan/types.js';
import type { EndpointFacts } from '../facts/endpoint.js';
import type { Draft, EndpointCheck } from './draft.js';
import { RULE_REGISTRY } from './registry.js';

function checksFor(expectation: 'require' | 'forbid'): readonly EndpointCheck[] {
  return RULE_REGISTRY.flatMap((rule) => {
    const check = 'checks' in rule ? rule.checks[expectation] : undefined;
    return check === undefined ? [] : [check];
  });
}

export const REQUIRED_CHECKS: readonly EndpointCheck[] = checksFor('require');

export const FORBIDDEN_CHECKS: readonly EndpointCheck[] = checksFor('forbid');

/** Every draft for one endpoint, at most one per rule (the first check to speak wins). */
export function draftEndpoint(endpoint: Endpoint, facts: EndpointFacts, now: Date, policyRules: SeverityOverrides = {}): Draft[] {
  const checks = endpoint.expectation === 'forbid' ? FORBIDDEN_CHECKS : REQUIRED_CHECKS;
  const byRule = new Map<string, Draft>();
  for (const check of checks) {
    for (const draft of check(endpoint, facts, now, policyRules)) {
      if (!byRule.has(draft.rule)) byRule.set(draft.rule, draft);
    }
  }
  return [...byRule.values()];
}
