// Is the service there, and does it speak its protocol? forbidden-service-reachable,
// required-service-unreachable, service-busy, service-misbehaving.
import type { Endpoint } from '../plan/types.js';
import type { EndpointFacts, ProbeError } from '../probe/facts.js';
import type { Draft } from './draft.js';
import { describeEndpoint, errorEvidence } from './describe.js';
import { failureRule } from './probe-outcome.js';

/** Forbidden services: reaching them at all is the finding. */
export function checkForbidden(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (!facts.reachable) return [];
  return [
    {
      rule: 'forbidden-service-reachable',
      message: `${describeEndpoint(endpoint)} accepted a connection, but the policy forbids this service.`,
      evidence: facts.plaintext?.greeting ? `greeting: ${facts.plaintext.greeting}` : 'TCP connection accepted',
    },
  ];
}

export function checkRequiredReachable(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const rule = failureRule(endpoint, facts);
  if (rule === 'required-service-unreachable') {
    return [
      {
        rule,
        message: `${describeEndpoint(endpoint)} is required but ${unreachableReason(endpoint, facts.error)}.`,
        evidence: facts.error ? errorEvidence(facts.error) : (endpoint.resolveError ?? null),
      },
    ];
  }
  if (rule === 'service-busy') {
    return [
      {
        rule,
        message: `${describeEndpoint(endpoint)} turned the connection away as busy, so its checks are inconclusive.`,
        evidence: busyEvidence(facts),
      },
    ];
  }
  if (rule === 'service-misbehaving') {
    return [
      {
        rule,
        message: `${describeEndpoint(endpoint)} ${misbehaviourReason(facts.error)}.`,
        evidence: facts.error ? errorEvidence(facts.error) : null,
      },
    ];
  }
  return [];
}

function unreachableReason(endpoint: Endpoint, error: ProbeError | null): string {
  if (endpoint.address === null || error?.kind === 'unresolved') return 'the host name has no address';
  switch (error?.kind) {
    case 'refused':
      return 'the connection was refused';
    case 'reset':
      return 'the connection was reset';
    case 'timeout':
      return 'the connection timed out';
    case 'unreachable':
      return 'the address is unreachable';
    default:
      return 'no connection could be made';
  }
}

function misbehaviourReason(error: ProbeError | null): string {
  if (error === null) return 'did not speak its protocol';
  if (error.kind === 'timeout' && error.step === 'greeting') return 'sent no greeting in time';
  if (error.kind === 'timeout') return `stopped answering (timed out at the ${error.step} step)`;
  if (error.kind === 'closed') return `closed the connection at the ${error.step} step`;
  if (error.kind === 'misbehaving') return `did not speak its protocol at the ${error.step} step`;
  return `failed at the ${error.step} step`;
}

function busyEvidence(facts: EndpointFacts): string | null {
  const greeting = facts.plaintext?.greeting;
  if (greeting) return `greeting: ${greeting}`;
  return facts.error ? errorEvidence(facts.error) : null;
}
