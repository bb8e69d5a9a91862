// Is the service there, and does it speak its protocol? forbidden-service-reachable,
// required-service-unreachable, service-busy, service-misbehaving; and check-inconclusive for
// what could not be looked at: a question left unanswered, a forbidden service's name unresolved.
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import type { EndpointFacts, ProbeError, TlsVersionName } from '../probe/facts.js';
import type { Draft } from './draft.js';
import { describeEndpoint, errorEvidence, listOf } from './describe.js';
import { failureRule, hungUpAtFirstContact } from './probe-outcome.js';
import { belowMinimum } from './tls-session.js';
import { CONNECTION_BUDGET_REACHED } from '../probe/connect.js';
import { TURNED_AWAY } from '../probe/failure.js';

/**
 * Forbidden services: reaching them at all is the finding. A host name that did not resolve
 * shows nothing either way (a typo, a DNS outage, a resolver that cannot see the name): the
 * check was not made, which is said once per forbidden service, on the policy line that forbade
 * it, so that each can be waived or fixed on its own.
 */
export function checkForbidden(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (endpoint.address === null || facts.error?.kind === 'unresolved') {
    return [
      {
        rule: 'check-inconclusive',
        message: `${describeEndpoint(endpoint)} is forbidden, but the host name did not resolve, so whether the service is reachable could not be checked.`,
        evidence: endpoint.resolveError ?? (facts.error ? errorEvidence(facts.error) : null),
        inconclusive: true,
      },
    ];
  }
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
  if (rule === 'required-service-unreachable' && facts.error !== null && hungUpAtFirstContact(endpoint, facts.error)) {
    // One wording whatever the client happened to see (a close or a reset, before or after the
    // connect completed): the same server gets the same finding on every run. The facts keep
    // what was seen this time.
    const retried = SERVICES[endpoint.service].transport === 'http' ? '' : ', also on the retry';
    const received = facts.plaintext?.greeting;
    return [
      {
        rule,
        message: `${describeEndpoint(endpoint)} is required but the server hung up (closed or reset the connection) before the service said anything${retried}.`,
        evidence: received ? `received before the hang-up: ${received}` : 'nothing received before the hang-up',
      },
    ];
  }
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
 * injection test) was left open. When the server turned that connection away (busy, also on the
 * retry) service-busy says so; when the question got no answer before its deadline, or the
 * connection for it failed otherwise, check-inconclusive does: silence is not a refusal. Each
 * names the checks. Only checks a rule would judge count: a version the policy allows anyway
 * changes nothing, and neither does what the probe's own connection budget left untested.
 */
export function checkUntested(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (failureRule(endpoint, facts) !== null) return [];
  const minimum = endpoint.settings.tls.minVersion;
  const overBudget = new Set(facts.tls?.versionsOverBudget ?? []);
  const turnedAway = new Set(facts.tls?.versionsTurnedAway ?? []);
  const versions = (facts.tls?.versionsUntested ?? []).filter((v) => belowMinimum(v, minimum) && !overBudget.has(v));
  const untestedInjection = SERVICES[endpoint.service].transport === 'starttls' ? facts.plaintext?.commandInjectionUntested : undefined;
  const injection = untestedInjection?.startsWith(CONNECTION_BUDGET_REACHED) ? undefined : untestedInjection;
  const busy = new OpenChecks();
  const unanswered = new OpenChecks();
  const busyVersions = versions.filter((v) => turnedAway.has(v));
  const otherVersions = versions.filter((v) => !turnedAway.has(v));
  if (busyVersions.length > 0) busy.add(versionQuestion(busyVersions), `versions untested: ${listOf(busyVersions)}`);
  if (otherVersions.length > 0) {
    const reason = facts.tls?.versionsUntestedReason;
    unanswered.add(versionQuestion(otherVersions), `versions untested: ${listOf(otherVersions)}${reason ? ` (${reason})` : ''}`);
  }
  if (injection !== undefined) {
    const target = injection.startsWith(TURNED_AWAY) ? busy : unanswered;
    target.add('whether commands pipelined with STARTTLS run inside TLS (starttls-command-injection)', `injection test: ${injection}`);
  }
  const drafts: Draft[] = [];
  if (busy.checks.length > 0) {
    drafts.push({
      rule: 'service-busy',
      message: `${describeEndpoint(endpoint)} turned away the extra connections some checks need, so these could not be concluded: ${busy.checks.join('; ')}.`,
      evidence: busy.evidence.join('; '),
      inconclusive: true,
    });
  }
  if (unanswered.checks.length > 0) {
    drafts.push({
      rule: 'check-inconclusive',
      message: `${describeEndpoint(endpoint)} left questions some checks need without an answer, so these could not be concluded: ${unanswered.checks.join('; ')}.`,
      evidence: unanswered.evidence.join('; '),
      inconclusive: true,
    });
  }
  return drafts;
}

/** Checks left open for one reason, each with what shows it. */
class OpenChecks {
  readonly checks: string[] = [];
  readonly evidence: string[] = [];

  add(check: string, evidence: string): void {
    this.checks.push(check);
    this.evidence.push(evidence);
  }
}

function versionQuestion(versions: TlsVersionName[]): string {
  return `whether ${versions.map((v) => VERSION_WORDS[v]).join(' and ')} ${versions.length === 1 ? 'is' : 'are'} accepted (tls-version-legacy)`;
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
