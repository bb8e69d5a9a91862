// Which checks run on an endpoint. A forbidden service is judged on reachability alone; a
// required one on everything its facts can show. Domain rules (mx-lookup-failed, mta-sts-*,
// tls-rpt-missing) have no endpoint facts to judge yet: they live in the catalog only until
// the domains stage produces their observations.
import type { Endpoint } from '../plan/types.js';
import type { EndpointFacts } from '../probe/facts.js';
import { checkExpiring, checkName, checkStrength, checkTrust, checkValidity } from './certificate.js';
import type { Draft, EndpointCheck } from './draft.js';
import { checkHttpRedirect } from './http.js';
import { checkCommandInjection, checkPlaintextAuth, checkStarttlsOffered, checkStarttlsUpgrade } from './plaintext.js';
import { checkForbidden, checkRequiredReachable, checkUntested } from './reachability.js';
import { checkImplicitHandshake, checkLegacyVersions, checkTls13 } from './tls-session.js';

export const REQUIRED_CHECKS: readonly EndpointCheck[] = [
  checkRequiredReachable,
  checkUntested,
  checkStarttlsOffered,
  checkStarttlsUpgrade,
  checkImplicitHandshake,
  checkPlaintextAuth,
  checkCommandInjection,
  checkHttpRedirect,
  checkLegacyVersions,
  checkTls13,
  checkTrust,
  checkName,
  checkValidity,
  checkExpiring,
  checkStrength,
];

export const FORBIDDEN_CHECKS: readonly EndpointCheck[] = [checkForbidden];

/** Every draft for one endpoint, at most one per rule (the first check to speak wins). */
export function draftEndpoint(endpoint: Endpoint, facts: EndpointFacts, now: Date): Draft[] {
  const checks = endpoint.expectation === 'forbid' ? FORBIDDEN_CHECKS : REQUIRED_CHECKS;
  const byRule = new Map<string, Draft>();
  for (const check of checks) {
    for (const draft of check(endpoint, facts, now)) {
      if (!byRule.has(draft.rule)) byRule.set(draft.rule, draft);
    }
  }
  return [...byRule.values()];
}
