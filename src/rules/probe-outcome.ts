// Which one rule a probe's failure belongs to. Several rule modules ask the same question
// ("was this the server's TLS that failed, or its plaintext dialogue?"); answering it in one
// place keeps a single failure from being reported twice under different names.
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import type { EndpointFacts, ProbeError } from '../probe/facts.js';
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
 * A failed TLS handshake recorded only in `facts.tls.error` counts too.
 */
export function failureRule(endpoint: Endpoint, facts: EndpointFacts): FailureRule | null {
  if (!facts.reachable) return 'required-service-unreachable';
  if (isBusyGreeting(endpoint, facts.plaintext?.greeting ?? null)) return 'service-busy';
  const error = facts.error;
  if (error !== null) return ruleForError(endpoint, error);
  if (facts.tls !== null && facts.tls.error !== null) return tlsFailureRule(endpoint);
  return null;
}

function ruleForError(endpoint: Endpoint, error: ProbeError): FailureRule {
  const atTls = TLS_STEPS.has(error.step);
  switch (error.kind) {
    case 'unresolved':
    case 'refused':
    case 'unreachable':
      return 'required-service-unreachable';
    case 'reset':
      // A reset before the service said anything is how many firewalls and tarpits refuse:
      // right after accepting, in answer to an implicit-TLS ClientHello (the probe marks a
      // reset as such only when no TLS record came back), or in answer to an HTTP request.
      if (error.step === 'connect' || error.step === 'greeting' || error.step === 'http') return 'required-service-unreachable';
      if (error.step === 'handshake' && SERVICES[endpoint.service].transport === 'implicit-tls') return 'required-service-unreachable';
      return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
    case 'timeout':
      if (error.step === 'connect' || error.step === 'resolve') return 'required-service-unreachable';
      return atTls ? tlsFailureRule(endpoint) : 'service-misbehaving';
    case 'closed':
      // Closing before the greeting is what overloaded or rate-limiting servers do: the
      // checks are inconclusive rather than failed (DESIGN.md, service-busy).
      // An implicit-TLS close before any TLS record is marked busy by the probe: the same thing.
      if (error.busy || error.step === 'greeting' || error.step === 'connect') return 'service-busy';
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

/** A greeting that says "come back later": 4xx in SMTP, `* BYE` in IMAP, `-ERR` in POP3, `BYE` in ManageSieve. */
export function isBusyGreeting(endpoint: Endpoint, greeting: string | null): boolean {
  if (greeting === null || greeting === '') return false;
  const first = greeting.split('\n', 1)[0]!.trimStart();
  switch (SERVICES[endpoint.service].dialogue) {
    case 'smtp':
      return /^4\d\d(?:[ -]|$)/.test(first);
    case 'imap':
      return /^\* BYE\b/i.test(first);
    case 'pop3':
      return /^-ERR\b/i.test(first);
    case 'managesieve':
      // ManageSieve greets with capability lines; a refusal is a BYE on any of them.
      return greeting.split('\n').some((line) => /^BYE\b/i.test(line.trimStart()));
    case 'http':
    case 'none':
      return false;
  }
}
