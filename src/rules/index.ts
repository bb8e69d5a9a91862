// The rules stage's public face.
export { RULES, ruleMeta } from './catalog.js';
export { judge, verdict, exitCodeOf, countBySeverity, hasInconclusive, isInconclusive, nothingConcluded, effectiveSeverity } from './judge.js';
export { compareFindings } from '../order.js';
export type { Observation, FailOn, Verdict } from './judge.js';
export { draftEndpoint } from './checks.js';
export type { Draft, EndpointCheck } from './draft.js';
export { RULE_IDS } from './types.js';
export type { Finding, RuleId, RuleMeta } from './types.js';
