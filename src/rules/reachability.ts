// What the reachability rules share (forbidden-service-reachable, required-service-unreachable,
// service-busy, service-misbehaving, and check-inconclusive for what could not be looked at; their
// checks are in src/rules/catalog/): the wording of why a service could not be used, and which
// checks were left open.
import type { SeverityOverrides } from '../policy/types.js';
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import { tlsVersionRank } from '../common/tls-versions.js';
import type { CipherClass, EndpointFacts, ProbeError, TlsVersionName } from '../facts/endpoint.js';
import type { Draft } from './draft.js';
import { describeEndpoint, errorEvidence, listOf } from './describe.js';
import type { RuleId } from './types.js';
import { failureRule } from './probe-outcome.js';
import { belowMinimum, minimumOf } from './tls-session.js';
import { cipherVersions, versionWords } from './ciphers.js';
import { CONNECTION_BUDGET_REACHED, type CipherVersion, classesAt, lookupGotNoAnswer, TURNED_AWAY } from '../facts/vocabulary.js';
import { rulesJudging } from './cipher-classes.js';

/** What a required endpoint's probe would have shown, had the server talked. */
export function checksOf(endpoint: Endpoint): string {
  switch (SERVICES[endpoint.service].transport) {
    case 'starttls':
      return 'STARTTLS, authentication before TLS, command injection, TLS versions, cipher suites and the certificate';
    case 'implicit-tls':
      return 'the TLS handshake, TLS versions, cipher suites and the certificate';
    case 'http':
      return 'the redirect to https';
  }
}

/**
 * The service talked, but a check that needs a connection of its own (the version sweep, the
 * injection test) was left open. When the server turned that connection away (busy, also on the
 * retry) service-busy says so; when the question got no answer before its deadline, or the
 * connection for it failed otherwise, check-inconclusive does: silence is not a refusal. Each
 * names the checks. Only checks a rule would judge count: a version the policy allows is no
 * version question, though its cipher suites are (the cipher questions go only to versions seen
 * accepted), and what the probe's own connection budget left untested changes nothing.
 */
export function openChecks(endpoint: Endpoint, facts: EndpointFacts, policyRules: SeverityOverrides = {}): { busy: OpenChecks; unanswered: OpenChecks } {
  const busy = new OpenChecks();
  const unanswered = new OpenChecks();
  if (failureRule(endpoint, facts) !== null) return { busy, unanswered };
  const minimum = minimumOf(endpoint.settings.tls).version;
  const overBudget = new Set(facts.tls?.versionsOverBudget ?? []);
  const turnedAway = new Set(facts.tls?.versionsTurnedAway ?? []);
  const versions = (facts.tls?.versionsUntested ?? []).filter((v) => belowMinimum(v, minimum) && !overBudget.has(v));
  const untestedInjection = SERVICES[endpoint.service].transport === 'starttls' ? facts.plaintext?.commandInjectionUntested : undefined;
  const injection = untestedInjection?.startsWith(CONNECTION_BUDGET_REACHED) ? undefined : untestedInjection;
  const busyVersions = versions.filter((v) => turnedAway.has(v));
  const otherVersions = versions.filter((v) => !turnedAway.has(v));
  if (busyVersions.length > 0) busy.add(versionQuestion(busyVersions), `versions untested: ${listOf(busyVersions)}`);
  if (otherVersions.length > 0) {
    const reason = facts.tls?.versionsUntestedReason;
    unanswered.add(versionQuestion(otherVersions), `versions untested: ${listOf(otherVersions)}${reason ? ` (${reason})` : ''}`);
  }
  // A version the policy allows whose own question went unanswered had no cipher questions
  // either (they go to the versions seen accepted): whether it takes the suites a rule judges is
  // as open as whether it is accepted at all.
  const allowedUntested = (facts.tls?.versionsUntested ?? []).filter((v): v is CipherVersion => v !== 'TLSv1.3' && !belowMinimum(v, minimum) && !overBudget.has(v));
  const acceptedRanks = (facts.tls?.versionsAccepted ?? []).filter((v) => v !== 'TLSv1.3').map(tlsVersionRank);
  for (const version of allowedUntested) {
    // The DH group is asked at the newest version accepted, which this one could have been only
    // with no accepted version above it; the non-AEAD class is left to rulesJudging, which keeps
    // it only under a profile that judges it.
    const newest = acceptedRanks.every((rank) => rank < tlsVersionRank(version));
    const { classes, rules } = judgedAmong(endpoint, policyRules, classesAt(version, newest, { nonAead: true }));
    if (classes.length === 0) continue;
    const away = turnedAway.has(version);
    const reason = away ? undefined : facts.tls?.versionsUntestedReason;
    (away ? busy : unanswered).add(
      `whether ${versionWords(version)} is accepted, and with ${suiteWords(classes)} suites (${rules.join(', ')})`,
      `version untested: ${versionWords(version)}${reason ? ` (${reason})` : ''}`,
    );
  }
  for (const { version, classes, rules, reason } of untestedCipherClasses(endpoint, facts, policyRules)) {
    const target = reason.startsWith(TURNED_AWAY) ? busy : unanswered;
    target.add(`whether ${versionWords(version)} accepts ${suiteWords(classes)} suites (${rules.join(', ')})`, `cipher classes untested at ${versionWords(version)}: ${classes.join(', ')} (${reason})`);
  }
  if (injection !== undefined) {
    const target = injection.startsWith(TURNED_AWAY) ? busy : unanswered;
    target.add('whether commands pipelined with STARTTLS run inside TLS (starttls-command-injection)', `injection test: ${injection}`);
  }
  return { busy, unanswered };
}

const CLASS_WORDS: Readonly<Record<CipherClass, string>> = {
  weak: 'weak',
  anonymous: 'anonymous',
  'no-forward-secrecy': 'RSA key transport',
  'non-aead': 'non-AEAD',
  dhe: 'DHE (and its group size)',
};

function suiteWords(classes: readonly CipherClass[]): string {
  return classes.map((c) => CLASS_WORDS[c]).join(', ');
}

/** Which of `classes` a rule would judge on this endpoint, and those rules (cipher-classes.ts). */
function judgedAmong(endpoint: Endpoint, policyRules: SeverityOverrides, classes: readonly CipherClass[]): { classes: CipherClass[]; rules: RuleId[] } {
  const judging = classes.map((c) => [c, rulesJudging(endpoint, policyRules, c)] as const).filter(([, rules]) => rules.length > 0);
  return { classes: judging.map(([c]) => c), rules: [...new Set(judging.flatMap(([, rules]) => rules))] };
}

/**
 * The cipher classes a question left untested that a rule would judge on this endpoint (the same
 * rules the run asks for, cipher-classes.ts: forward secrecy only where a profile or the policy
 * turns its rule on), with those rules; nothing the probe's own budget left unasked.
 */
function untestedCipherClasses(endpoint: Endpoint, facts: EndpointFacts, policyRules: SeverityOverrides): { version: TlsVersionName; classes: CipherClass[]; rules: RuleId[]; reason: string }[] {
  return cipherVersions(facts).flatMap(([version, answers]) => {
    const reason = answers.untestedReason ?? '';
    if (reason.startsWith(CONNECTION_BUDGET_REACHED)) return [];
    const { classes, rules } = judgedAmong(endpoint, policyRules, answers.untested);
    return classes.length === 0 ? [] : [{ version, classes, rules, reason }];
  });
}

/** Checks left open for one reason, each with what shows it. */
export class OpenChecks {
  readonly checks: string[] = [];
  readonly evidence: string[] = [];

  add(check: string, evidence: string): void {
    this.checks.push(check);
    this.evidence.push(evidence);
  }

  /**
   * The one inconclusive draft of `rule` that names these checks, or none when none is open.
   * `what` says what the endpoint did that left them open.
   */
  draft(rule: RuleId, endpoint: Endpoint, what: string): Draft[] {
    if (this.checks.length === 0) return [];
    return [
      {
        rule,
        message: `${describeEndpoint(endpoint)} ${what}, so these could not be concluded: ${this.checks.join('; ')}.`,
        evidence: this.evidence.join('; '),
        inconclusive: true,
      },
    ];
  }
}

function versionQuestion(versions: TlsVersionName[]): string {
  return `whether ${versions.map(versionWords).join(' and ')} ${versions.length === 1 ? 'is' : 'are'} accepted (tls-version-legacy)`;
}

/**
 * The host name's look-up got no answer at all: silence, so nothing was tested (check-inconclusive),
 * never "unreachable". NXDOMAIN or a name without A/AAAA records is an answer, and stays one.
 */
export function lookupUnanswered(endpoint: Endpoint, error: ProbeError | null): boolean {
  const code = endpoint.resolveError ?? (error?.kind === 'unresolved' ? error.message : undefined);
  return code !== undefined && lookupGotNoAnswer(code);
}

export function unreachableReason(endpoint: Endpoint, error: ProbeError | null): string {
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

export function misbehaviourReason(error: ProbeError | null): string {
  if (error === null) return 'did not speak its protocol';
  if (error.kind === 'timeout' && error.step === 'greeting') return 'sent no greeting in time';
  if (error.kind === 'timeout') return `stopped answering (timed out at the ${error.step} step)`;
  if (error.kind === 'closed') return `closed the connection at the ${error.step} step`;
  if (error.kind === 'misbehaving') return `did not speak its protocol at the ${error.step} step`;
  return `failed at the ${error.step} step`;
}

export function busyEvidence(facts: EndpointFacts): string | null {
  const greeting = facts.plaintext?.greeting;
  if (greeting) return `greeting: ${greeting}`;
  return facts.error ? errorEvidence(facts.error) : null;
}
