// Which cipher classes some rule judges on an endpoint, so that the probe asks only those
// (docs/ciphers.md, "What is asked when"). The probe knows no rules (docs/architecture.md), and
// the plan cannot know a rule's default severity without importing the rules, so the entry point
// (src/run.ts) asks this module and hands the answer to the probe as a function of the endpoint.
// It imports the four cipher rules' metadata only, not the registry: it runs before the first
// connection, where loading every rule would cost start-up time.
import type { Endpoint } from '../plan/types.js';
import type { Severity, SeverityOverride, SeverityOverrides } from '../policy/types.js';
import type { CipherClass } from '../facts/endpoint.js';
import type { RuleId } from './types.js';
import { endpointSeverity } from './draft.js';
import { judgesNonAead } from '../common/profiles.js';
import { meta as weakMeta } from './catalog/tls-cipher-weak.js';
import { meta as anonymousMeta } from './catalog/tls-cipher-anonymous.js';
import { meta as forwardSecrecyMeta, severityByProfile } from './catalog/tls-forward-secrecy-missing.js';
import { meta as dhWeakMeta } from './catalog/tls-dh-weak.js';

/**
 * The rules that read each class's answer: an anonymous DH suite's group is one tls-dh-weak
 * judges too, and the non-AEAD class is tls-cipher-weak's under the profiles intermediate and
 * modern only. Keyed in the order the classes are asked.
 */
const CLASS_JUDGES: Readonly<Record<CipherClass, readonly RuleId[]>> = {
  weak: ['tls-cipher-weak'],
  anonymous: ['tls-cipher-anonymous', 'tls-dh-weak'],
  'no-forward-secrecy': ['tls-forward-secrecy-missing'],
  'non-aead': ['tls-cipher-weak'],
  dhe: ['tls-dh-weak'],
};

const DEFAULT_SEVERITY: Readonly<Partial<Record<RuleId, SeverityOverride>>> = {
  [weakMeta.id]: weakMeta.defaultSeverity,
  [anonymousMeta.id]: anonymousMeta.defaultSeverity,
  [forwardSecrecyMeta.id]: forwardSecrecyMeta.defaultSeverity,
  [dhWeakMeta.id]: dhWeakMeta.defaultSeverity,
};

/**
 * The severity a cipher rule's finding on `endpoint` would get, by judge()'s own order, with the
 * default tls-forward-secrecy-missing's check gives its drafts under a profile.
 */
function severityOn(endpoint: Endpoint, policyRules: SeverityOverrides, rule: RuleId): SeverityOverride {
  const draftSeverity: Severity | undefined = rule === forwardSecrecyMeta.id ? severityByProfile(endpoint.settings.tls.profile) : undefined;
  return endpointSeverity(endpoint, policyRules, rule, draftSeverity, DEFAULT_SEVERITY[rule] ?? 'off');
}

/**
 * The rules that would judge the answer about `cls` on `endpoint` under `policyRules` (the
 * policy's top-level `rules:`): those a severity leaves on. None for a forbidden service (the
 * cipher rules judge required services only), nor for non-AEAD suites without a profile that
 * makes them a tls-cipher-weak finding.
 */
export function rulesJudging(endpoint: Endpoint, policyRules: SeverityOverrides, cls: CipherClass): RuleId[] {
  if (endpoint.expectation !== 'require') return [];
  if (cls === 'non-aead' && !judgesNonAead(endpoint.settings.tls.profile)) return [];
  return CLASS_JUDGES[cls].filter((rule) => severityOn(endpoint, policyRules, rule) !== 'off');
}

/**
 * The classes whose answer some rule will judge on `endpoint` under `policyRules`. Never leaves
 * out a class a rule judges: a class is left out only where every rule that reads it is off for
 * the endpoint.
 */
export function judgedCipherClasses(endpoint: Endpoint, policyRules: SeverityOverrides): ReadonlySet<CipherClass> {
  const classes = Object.keys(CLASS_JUDGES) as CipherClass[];
  return new Set(classes.filter((cls) => rulesJudging(endpoint, policyRules, cls).length > 0));
}
