// A draft is what a rule says of one endpoint before the policy has its say: no severity yet,
// no location, no waiver. judge() turns drafts into findings.
import type { Endpoint } from '../plan/types.js';
import type { EndpointFacts } from '../facts/endpoint.js';
import type { Policy, SettingName, Severity, SeverityOverride, SeverityOverrides, SourceLocation } from '../policy/types.js';
import type { RuleId } from './types.js';

export interface Draft {
  rule: RuleId;
  /** One sentence in our own words. */
  message: string;
  /** What was seen; may quote remote text, so outputs must neutralise it. */
  evidence: string | null;
  /**
   * The finding says that a check the policy asks for could not be concluded (the server turned
   * us away, a question went unanswered, the runner's network could not reach it): such a run is
   * never a pass while the finding stands (exit code 3 when nothing worse).
   */
  inconclusive?: true;
  /**
   * This finding's own default severity, where the rule's depends on the evidence
   * (runner-network-limited: notice or warning); a severity the policy sets for the rule wins.
   */
  severity?: Severity;
  /**
   * The setting the finding was judged by (`tls.min-version` for a version below it), when one
   * was: where the endpoint's own service item set it, the finding points there, at the line
   * that set the value that failed (docs/policy.md, "Where a finding points").
   */
  setting?: SettingName;
}

/**
 * The severity of a finding of `rule` on `endpoint`: its host entry's override, else the
 * top-level one (`policyRules`), else the draft's own default, else the rule's. judge() weighs
 * findings by it, and cipher-classes.ts by it decides which cipher questions the probe asks.
 */
export function endpointSeverity(
  endpoint: Endpoint,
  policyRules: SeverityOverrides,
  rule: RuleId,
  draftSeverity: Severity | undefined,
  ruleDefault: SeverityOverride,
): SeverityOverride {
  return endpoint.rules?.[rule]?.severity ?? policyRules[rule]?.severity ?? draftSeverity ?? ruleDefault;
}

/**
 * One check over one endpoint. Pure: the only clock is the injected `now`. `policyRules` is the
 * policy's top-level `rules:` (the host's own are on the endpoint), for the checks that must know
 * which rules will judge (what an unanswered question leaves open).
 */
export type EndpointCheck = (endpoint: Endpoint, facts: EndpointFacts, now: Date, policyRules?: SeverityOverrides) => Draft[];

/**
 * A rule's checks over one endpoint, by what the policy expects of the service: a required
 * service is judged on everything its facts can show, a forbidden one on reachability alone.
 */
export interface EndpointChecks {
  require?: EndpointCheck;
  forbid?: EndpointCheck;
}

/** A finding about the policy itself, placed where the policy says it (a waiver's own line). */
export interface PolicyDraft extends Draft {
  host: string;
  port: number | null;
  location: SourceLocation;
}

/** One check over the policy itself. Pure: the only clock is the injected `now`. */
export type PolicyCheck = (policy: Policy, now: Date) => PolicyDraft[];
