// Is the service there, and does it speak its protocol? forbidden-service-reachable,
// required-service-unreachable, service-busy, service-misbehaving.
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import type { EndpointFacts, ProbeError, TlsVersionName } from '../probe/facts.js';
import type { Draft } from './draft.js';
import { describeEndpoint, errorEvidence, listOf } from './describe.js';
import { failureRule } from './probe-outcome.js';
import { belowMinimum } from './tls-session.js';
import { CONNECTION_BUDGET_REACHED } from '../probe/connect.js';

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
        message: `${describeEndpoint(endpoint)} turned the connection away as busy, also after a retry, so none of its checks could be concluded (${checksOf(endpoint)}).`,
        evidence: busyEvidence(facts),
        inconclusive: true,
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

/** What a required endpoint's probe would have shown, had the server talked. */
function checksOf(endpoint: Endpoint): string {
  switch (SERVICES[endpoint.service].transport) {
    case 'starttls':
      return 'STARTTLS, authentication before TLS, command injection, TLS versions and the certificate';
    case 'implicit-tls':
      return 'the TLS handshake, TLS versions and the certificate';
    case 'http':
      return 'the redirect to https';
  }
}

const VERSION_WORDS: Readonly<Record<TlsVersionName, string>> = { TLSv1: 'TLS 1.0', 'TLSv1.1': 'TLS 1.1', 'TLSv1.2': 'TLS 1.2', 'TLSv1.3': 'TLS 1.3' };

/**
 * The service talked, but a check that needs a connection of its own (the version sweep, the
 * injection test) met a server that turned that connection away: that check is inconclusive,
 * which service-busy says, naming it. Only checks a rule would judge count: a version the
 * policy allows anyway changes nothing.
 */
export function checkUntested(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (failureRule(endpoint, facts) !== null) return [];
  const minimum = endpoint.settings.tls.minVersion;
  // What the probe's own connection budget left untested was not turned away by the server.
  const overBudget = new Set(facts.tls?.versionsOverBudget ?? []);
  const versions = (facts.tls?.versionsUntested ?? []).filter((v) => belowMinimum(v, minimum) && !overBudget.has(v));
  const untestedInjection = facts.plaintext?.commandInjectionUntested;
  const injection = untestedInjection?.startsWith(CONNECTION_BUDGET_REACHED) ? undefined : untestedInjection;
  const open: string[] = [];
  const evidence: string[] = [];
  if (versions.length > 0) {
    open.push(`whether ${versions.map((v) => VERSION_WORDS[v]).join(' and ')} ${versions.length === 1 ? 'is' : 'are'} accepted (tls-version-legacy)`);
    evidence.push(`versions untested: ${listOf(versions)}`);
  }
  if (injection !== undefined && SERVICES[endpoint.service].transport === 'starttls') {
    open.push('whether commands pipelined with STARTTLS run inside TLS (starttls-command-injection)');
    evidence.push(`injection test: ${injection}`);
  }
  if (open.length === 0) return [];
  return [
    {
      rule: 'service-busy',
      message: `${describeEndpoint(endpoint)} turned away the extra connections some checks need, so these could not be concluded: ${open.join('; ')}.`,
      evidence: evidence.join('; '),
      inconclusive: true,
    },
  ];
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
