import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import type { Draft, EndpointChecks } from '../draft.js';
import { describeEndpoint, errorEvidence } from '../describe.js';
import { openChecks } from '../reachability.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'check-inconclusive',
  defaultSeverity: 'warning',
  scope: 'endpoint',
  fixedBy: 'no-server',
  inconclusive: true,
  title: 'Check inconclusive',
  summary: "A check could not be made: a question went unanswered before its deadline, or a forbidden service's host name did not resolve. Inconclusive, never a pass.",
  what: 'A check the policy asks for could not be made: a question to the server (such as the TLS 1.0/1.1 ClientHello of the version sweep, or a cipher question offering only the suites of one class) got no answer before its deadline, or the host name of a forbidden service did not resolve, so whether that service is reachable is unknown. Always inconclusive: the run is not a pass while it stands.',
  why: 'Silence is not a refusal: a slow, rate-limiting or filtering server that never answers a TLS 1.0 ClientHello has not shown that it refuses TLS 1.0 (RFC 8996), and a forbidden plaintext service (RFC 8314) on a name that did not resolve was never looked for. Reporting either as a pass would pass a check that was not made.',
  fix: 'Make the server answer every ClientHello, with a ServerHello or an alert (look for a firewall, IPS or rate limit that drops old TLS versions silently), or give it a longer timeout; for a forbidden service, fix the host name in the policy or its DNS records, then run the check again.',
  references: ['RFC 8996', 'RFC 8446 §6.2', 'RFC 8314 §4'],
  securitySeverity: '2.0',
  servers: {},
});

/** A required service's questions that got no answer (silence is not a refusal). */
function checkUnanswered(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  return openChecks(endpoint, facts).unanswered.draft('check-inconclusive', endpoint, 'left questions some checks need without an answer');
}

/**
 * A forbidden service whose host name did not resolve shows nothing either way (a typo, a DNS
 * outage, a resolver that cannot see the name): the check was not made, which is said once per
 * forbidden service, on the policy line that forbade it, so that each can be waived or fixed on
 * its own.
 */
function checkForbiddenResolved(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (endpoint.address !== null && facts.error?.kind !== 'unresolved') return [];
  return [
    {
      rule: 'check-inconclusive',
      message: `${describeEndpoint(endpoint)} is forbidden, but the host name did not resolve, so whether the service is reachable could not be checked.`,
      evidence: endpoint.resolveError ?? (facts.error ? errorEvidence(facts.error) : null),
      inconclusive: true,
    },
  ];
}

export const checks: EndpointChecks = { require: checkUnanswered, forbid: checkForbiddenResolved };
