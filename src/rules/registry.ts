// The rule registry: every rule module, in SARIF's ruleIndex order (new rules go at the end, so
// that code scanning keeps matching earlier results). Everything that lists rules is derived
// from this array: RuleId, RULE_IDS, the catalog by id, the schemas' rule lists, the rule pages,
// SARIF's rules. See docs/architecture.md, "Adding a rule".
import type { RuleMeta } from './rule.js';
import * as requiredServiceUnreachable from './catalog/required-service-unreachable.js';
import * as forbiddenServiceReachable from './catalog/forbidden-service-reachable.js';
import * as serviceMisbehaving from './catalog/service-misbehaving.js';
import * as tlsHandshakeFailed from './catalog/tls-handshake-failed.js';
import * as starttlsNotOffered from './catalog/starttls-not-offered.js';
import * as starttlsFailed from './catalog/starttls-failed.js';
import * as plaintextAuthOffered from './catalog/plaintext-auth-offered.js';
import * as starttlsCommandInjection from './catalog/starttls-command-injection.js';
import * as httpNotRedirected from './catalog/http-not-redirected.js';
import * as tlsVersionLegacy from './catalog/tls-version-legacy.js';
import * as tls13NotSupported from './catalog/tls13-not-supported.js';
import * as certificateUntrusted from './catalog/certificate-untrusted.js';
import * as certificateNameMismatch from './catalog/certificate-name-mismatch.js';
import * as certificateExpired from './catalog/certificate-expired.js';
import * as certificateExpiring from './catalog/certificate-expiring.js';
import * as certificateWeak from './catalog/certificate-weak.js';
import * as mxLookupFailed from './catalog/mx-lookup-failed.js';
import * as mtaStsMissing from './catalog/mta-sts-missing.js';
import * as mtaStsInvalid from './catalog/mta-sts-invalid.js';
import * as mtaStsNotEnforcing from './catalog/mta-sts-not-enforcing.js';
import * as mtaStsMxNotCovered from './catalog/mta-sts-mx-not-covered.js';
import * as tlsRptMissing from './catalog/tls-rpt-missing.js';
import * as waiverExpired from './catalog/waiver-expired.js';
import * as serviceBusy from './catalog/service-busy.js';
import * as dnsTargetsSkipped from './catalog/dns-targets-skipped.js';
import * as runnerNetworkLimited from './catalog/runner-network-limited.js';
import * as checkInconclusive from './catalog/check-inconclusive.js';
import * as tlsCipherWeak from './catalog/tls-cipher-weak.js';
import * as tlsCipherAnonymous from './catalog/tls-cipher-anonymous.js';
import * as tlsForwardSecrecyMissing from './catalog/tls-forward-secrecy-missing.js';
import * as tlsDhWeak from './catalog/tls-dh-weak.js';
import * as daneMissing from './catalog/dane-missing.js';
import * as daneMismatch from './catalog/dane-mismatch.js';
import * as dnssecInsecure from './catalog/dnssec-insecure.js';
import * as daneUnusable from './catalog/dane-unusable.js';

export const RULE_REGISTRY = [
  requiredServiceUnreachable,
  forbiddenServiceReachable,
  serviceMisbehaving,
  tlsHandshakeFailed,
  starttlsNotOffered,
  starttlsFailed,
  plaintextAuthOffered,
  starttlsCommandInjection,
  httpNotRedirected,
  tlsVersionLegacy,
  tls13NotSupported,
  certificateUntrusted,
  certificateNameMismatch,
  certificateExpired,
  certificateExpiring,
  certificateWeak,
  mxLookupFailed,
  mtaStsMissing,
  mtaStsInvalid,
  mtaStsNotEnforcing,
  mtaStsMxNotCovered,
  tlsRptMissing,
  waiverExpired,
  serviceBusy,
  dnsTargetsSkipped,
  runnerNetworkLimited,
  checkInconclusive,
  tlsCipherWeak,
  tlsCipherAnonymous,
  tlsForwardSecrecyMissing,
  tlsDhWeak,
  daneMissing,
  daneMismatch,
  dnssecInsecure,
  daneUnusable,
] as const;

/** A rule id, as in reports and SARIF: derived from the registry, so a rule module is all it takes. */
export type RuleId = (typeof RULE_REGISTRY)[number]['meta']['id'];

/** The rule ids in registry order (SARIF's ruleIndex). */
export const RULE_IDS: readonly RuleId[] = Object.freeze(RULE_REGISTRY.map((rule) => rule.meta.id));

/** Each rule's metadata by id. */
export const RULES: Readonly<Record<RuleId, RuleMeta>> = Object.freeze(
  Object.fromEntries(RULE_REGISTRY.map((rule) => [rule.meta.id, rule.meta])) as Record<RuleId, RuleMeta>,
);

export function ruleMeta(id: RuleId): RuleMeta {
  return RULES[id];
}
