// The rules stage: observations in, findings out. Pure: the only clock is `now`, passed in so
// a report judged twice (or in a test) says the same thing.
import type { Endpoint } from '../plan/types.js';
import type { Policy, Severity, SeverityOverride, SourceLocation } from '../policy/types.js';
import type { EndpointFacts } from '../facts/endpoint.js';
import { compareFindings } from '../order.js';
import { RULE_REGISTRY, RULES } from './registry.js';
import { draftEndpoint } from './endpoint-drafts.js';
import { endpointSeverity, type Draft, type PolicyDraft } from './draft.js';
import { type Finding, type RuleId, standsInconclusive } from './types.js';
import { failureRule } from './probe-outcome.js';
import { applyWaivers } from './waivers.js';
import type { DomainFacts } from '../facts/domains.js';
import { judgeDomains } from './domain-findings.js';
import { runnerNetwork, withRunnerNetwork, type RunnerLimit } from './catalog/runner-network-limited.js';
import { daneView, withDaneTrust, type DaneOutcome } from './dane.js';

export interface Observation {
  endpoint: Endpoint;
  facts: EndpointFacts;
}

/**
 * What fails a run: findings at or above a severity (`error`, `warning`, `notice`); `inconclusive`
 * is `error` plus inconclusive checks counted as failures; `never` fails nothing.
 */
export type FailOn = 'error' | 'warning' | 'notice' | 'inconclusive' | 'never';

/**
 * `fail`: a finding at or above fail-on (or, with fail-on `inconclusive`, an inconclusive check);
 * `inconclusive`: no such finding, but some required check could not be concluded; `pass`: neither.
 */
export type Verdict = 'pass' | 'fail' | 'inconclusive';

/** The severity the policy gives a rule: its override if any, else the catalog default. */
export function effectiveSeverity(policy: Policy, rule: RuleId): SeverityOverride {
  return policy.rules[rule]?.severity ?? RULES[rule].defaultSeverity;
}

/**
 * What judging a run makes: its findings, and the two views over the whole run they were judged
 * with, which the report carries beside them. Each view is a pass over every observation, so it
 * is built once, here, and the report reads it rather than building it again.
 */
export interface Judged {
  findings: Finding[];
  /** What the runner's own network could not test: the report's `runnerNetwork`. */
  runnerNetwork: RunnerLimit[];
  /** How DANE stands at each DANE-asked domain's MX hosts' port-25 endpoints: the report's `dane[]`. */
  dane: DaneOutcome[];
}

export function judge(policy: Policy, observations: Observation[], now: Date, domains: readonly DomainFacts[] = []): Finding[] {
  return judgeRun(policy, observations, now, domains).findings;
}

export function judgeRun(policy: Policy, observations: Observation[], now: Date, domains: readonly DomainFacts[] = []): Judged {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // What the runner's own network kept from being tested is a judgement over the whole run.
  const runner = runnerNetwork(observations);
  // How DANE stands at each MX host's port-25 endpoints, from the domains' TLSA facts.
  const dane = daneView(policy.domains, domains, observations);
  for (const observation of observations) {
    const { endpoint, facts } = observation;
    const drafts = withRunnerNetwork(draftEndpoint(endpoint, facts, now, policy.rules), observation, runner, observations);
    for (const draft of withDaneTrust(drafts, endpoint, dane.trust.get(observation))) {
      const finding = endpointFinding(policy, endpoint, facts, draft);
      if (finding === null) continue;
      // One finding per rule per endpoint, even if the plan listed an endpoint twice.
      const key = JSON.stringify([finding.host, finding.address, finding.port, finding.service, finding.rule]);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  findings.push(...judgeDomains(policy, domains, effectiveSeverity, observations));
  for (const rule of RULE_REGISTRY) {
    if (!('checkPolicy' in rule)) continue;
    for (const draft of rule.checkPolicy(policy, now)) {
      const finding = policyFinding(policy, draft);
      if (finding !== null) findings.push(finding);
    }
  }
  return { findings: applyWaivers(findings, policy.waivers, now).sort(compareFindings), runnerNetwork: runner.limits, dane: dane.outcomes };
}

/**
 * Where a finding on an endpoint points (docs/policy.md, "Where a finding points"): at the
 * setting it was judged by when the endpoint's own service item set it (a step that ran out of
 * the item's own timeout counts as judged by `timeout`), else at the item that asked for the
 * endpoint. Settings a host entry or `defaults` set are shared by many endpoints, so their
 * findings stay on each endpoint's own item; severity overrides never move a finding.
 */
function endpointLocation(endpoint: Endpoint, facts: EndpointFacts, draft: Draft): SourceLocation {
  const timedOut = facts.error?.kind === 'timeout' && facts.error.busy !== true && draft.rule === failureRule(endpoint, facts);
  const setting = draft.setting ?? (timedOut ? 'timeout' : undefined);
  return (setting === undefined ? undefined : endpoint.settingLocations?.[setting]) ?? endpoint.location;
}

function endpointFinding(policy: Policy, endpoint: Endpoint, facts: EndpointFacts, draft: Draft): Finding | null {
  const severity = endpointSeverity(endpoint, policy.rules, draft.rule, draft.severity, RULES[draft.rule].defaultSeverity);
  if (severity === 'off') return null;
  return {
    rule: draft.rule,
    severity,
    host: endpoint.host,
    address: endpoint.address,
    port: endpoint.port,
    service: endpoint.service,
    message: draft.message,
    evidence: draft.evidence,
    location: endpointLocation(endpoint, facts, draft),
    waived: false,
    ...(draft.inconclusive ? { inconclusive: true as const } : {}),
  };
}

function policyFinding(policy: Policy, draft: PolicyDraft): Finding | null {
  const severity = effectiveSeverity(policy, draft.rule);
  if (severity === 'off') return null;
  return {
    rule: draft.rule,
    severity,
    host: draft.host,
    address: null,
    port: draft.port,
    service: null,
    message: draft.message,
    evidence: draft.evidence,
    location: draft.location,
    waived: false,
    ...(draft.inconclusive ? { inconclusive: true as const } : {}),
  };
}

const FAILING: Readonly<Record<FailOn, ReadonlySet<Severity>>> = {
  error: new Set<Severity>(['error']),
  inconclusive: new Set<Severity>(['error']),
  warning: new Set<Severity>(['error', 'warning']),
  notice: new Set<Severity>(['error', 'warning', 'notice']),
  never: new Set<Severity>(),
};

/**
 * Waived findings never fail a run. `inconclusive` says whether some required check could not be
 * concluded (see isInconclusive); by default, whether an unwaived inconclusive finding says so.
 * A run that is inconclusive is never a pass, whatever fail-on says (even `never`, which only
 * keeps it from failing).
 */
export function verdict(findings: Finding[], failOn: FailOn, inconclusive: boolean = hasInconclusive(findings)): Verdict {
  const failing = FAILING[failOn];
  if (findings.some((finding) => !finding.waived && failing.has(finding.severity))) return 'fail';
  if (inconclusive) return failOn === 'inconclusive' ? 'fail' : 'inconclusive';
  return 'pass';
}

/** The command line's exit code for a verdict: 0 pass, 1 fail, 3 inconclusive (0 with fail-on `never`). */
export function exitCodeOf(result: Verdict, failOn: FailOn): 0 | 1 | 3 {
  if (result === 'fail') return 1;
  if (result === 'inconclusive') return failOn === 'never' ? 0 : 3;
  return 0;
}

/** Some required check could not be concluded (an unwaived inconclusive finding): exit code 3 territory. */
export function hasInconclusive(findings: Finding[]): boolean {
  return findings.some(standsInconclusive);
}

/** What decides whether anything was concluded; a shard's report carries the same counts. */
export interface ConclusionCounts {
  /** Required endpoints, and how many of them got through (neither unreachable, unresolved nor busy). */
  required: number;
  concluded: number;
  /** Forbidden endpoints, and how many of them had an address to look at. */
  forbidden: number;
  forbiddenResolved: number;
}

export function conclusionCounts(observations: readonly Observation[]): ConclusionCounts {
  const required = observations.filter((o) => o.endpoint.expectation === 'require');
  const forbidden = observations.filter((o) => o.endpoint.expectation === 'forbid');
  return {
    required: required.length,
    concluded: required.filter((o) => {
      const rule = failureRule(o.endpoint, o.facts);
      return rule !== 'required-service-unreachable' && rule !== 'service-busy';
    }).length,
    forbidden: forbidden.length,
    forbiddenResolved: forbidden.filter((o) => o.endpoint.address !== null && o.facts.error?.kind !== 'unresolved').length,
  };
}

/**
 * Nothing could be concluded: the plan has required endpoints and not one of them got through
 * (each unreachable, unresolved or busy); or it has only forbidden ones, and not one of their
 * host names resolved, so nothing was looked at. Such a run is never a pass, even when the
 * findings that say so are waived or turned off.
 */
export function nothingConcludedOf(counts: ConclusionCounts): boolean {
  if (counts.required > 0) return counts.concluded === 0;
  return counts.forbidden > 0 && counts.forbiddenResolved === 0;
}

export function nothingConcluded(observations: readonly Observation[]): boolean {
  return nothingConcludedOf(conclusionCounts(observations));
}

/**
 * Exit code 3 territory: an unwaived inconclusive finding, or a run where nothing was concluded.
 * A single run counts its observations; a merge sums its shards' counts (shard/merge.ts).
 */
export function isInconclusive(findings: Finding[], observations: readonly Observation[]): boolean {
  return isInconclusiveOf(findings, conclusionCounts(observations));
}

export function isInconclusiveOf(findings: Finding[], counts: ConclusionCounts): boolean {
  return hasInconclusive(findings) || nothingConcludedOf(counts);
}
