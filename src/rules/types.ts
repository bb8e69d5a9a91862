// Findings: what the policy says of the facts. Produced by pure rules, consumed by the outputs.
import type { ServiceName } from '../policy/services.js';
import type { Severity, SourceLocation } from '../policy/types.js';
import type { RuleId } from './registry.js';

export { RULE_IDS, type RuleId } from './registry.js';
export { SERVER_NAMES, type DocLink, type RuleMeta, type ServerFix, type ServerFixes, type ServerName } from './rule.js';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  host: string;
  address: string | null;
  port: number | null;
  service: ServiceName | null;
  /** One sentence in our own words. */
  message: string;
  /** What was seen (may quote remote text: neutralise before printing). */
  evidence: string | null;
  /** The policy line that asked for the thing that failed. */
  location: SourceLocation;
  waived: boolean;
  /** A check could not be concluded (see Draft.inconclusive); absent when the finding is a verdict. */
  inconclusive?: true;
  /** The waiver's reason, when waived. */
  waiverReason?: string;
}

/**
 * The one test of whether a finding leaves a check standing open: it says the check could not be
 * concluded, and no waiver covers it. Verdicts (judge.ts, shard/merge.ts) and the outputs'
 * "not concluded" lists (report/words.ts) all count by it.
 */
export function standsInconclusive(finding: Finding): boolean {
  return finding.inconclusive === true && !finding.waived;
}
