// Which one rule a probe's failure belongs to. Several rule modules ask the same question
// ("was this the server's TLS that failed, or its plaintext dialogue?"); answering it in one
// place keeps a single failure from being reported twice under different names.
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import type { EndpointFacts, ProbeError } from '../facts/endpoint.js';
import type { RuleId } from './types.js';

export type FailureRule = Extract<
  RuleId,
  | 'required-service-unreachable'
  | 'service-busy'
  | 'service-misbehaving'
  | 'starttls-failed'
  | 'tls-handshake-failed'
>;

const TLS_STEPS: ReadonlySet<string> = new Set(['starttls', 'handshake']);

/**
 * The rule a required endpoint's failure falls under, or null when the probe got through.
 * A failed TLS handshake recorded only in `facts.tls.error` counts too. Busy is the probe's mark
 * (`error.busy`): set only on a signal from the server (its protocol module's greetingSaysBusy) or on a
 * connection turned away after earlier ones were served, never on a close or reset alone.
 */
export function failureRule(endpoint: Endpoint, facts: EndpointFacts): FailureRule | null {
  if (!facts.reachable) return 'required-service-unreachable';
  const error = facts.error;
  if (error !== null) return ruleForError(endpoint, error);
  if (facts.tls !== null && facts.tls.error !== null) return tlsFailureRule(endpoint);
  return null;
}

function ruleForError(endpoint: Endpoint, error: ProbeError): FailureRule {
  if (error.busy === true) return 'service-busy';
  const atTls = TLS_STEPS.has(error.step);
  switch (error.kind) {
    case 'unresolved':
    case 'refused':
    case 'unreachable':
      return 'required-service-unreachable';
    case 'reset':
    case 'closed':
      if (hungUpAtFirstContact(endpoint, error)) return 'required-service-unreachable';
      return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
    case 'timeout':
      if (error.step === 'connect' || error.step === 'resolve') return 'required-service-unreachable';
      return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
    case 'starttls-refused':
      return SERVICES[endpoint.service].transport === 'starttls' ? 'starttls-failed' : 'service-misbehaving';
    case 'tls-handshake':
      return tlsFailureRule(endpoint);
    case 'misbehaving':
      return 'service-misbehaving';
    case 'other':
      return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
  }
}

/**
 * The server hung up before the service said anything: as the connection was made, before the
 * greeting, before any TLS record in answer to an implicit-TLS ClientHello (the probe records
 * a close or reset at the handshake step only then), or before a whole answer to our HTTP request
 * (HTTP's first word is the client's). A reset and a close are one thing here:
 * which of the two the client sees depends on packet timing (a close that crosses our first
 * bytes comes back as a reset), and so does the step it lands on (before the connect completes,
 * or during the handshake). Not busy unless the probe marked it so (see failureRule).
 */
export function hungUpAtFirstContact(endpoint: Endpoint, error: ProbeError): boolean {
  if (error.kind !== 'reset' && error.kind !== 'closed') return false;
  if (error.step === 'connect' || error.step === 'greeting' || error.step === 'http') return true;
  return error.step === 'handshake' && SERVICES[endpoint.service].transport === 'implicit-tls';
}

function tlsFailureRule(endpoint: Endpoint): FailureRule {
  switch (SERVICES[endpoint.service].transport) {
    case 'starttls':
      return 'starttls-failed';
    case 'implicit-tls':
      return 'tls-handshake-failed';
    case 'http':
      return 'service-misbehaving';
  }
}
