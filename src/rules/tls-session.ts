// The TLS session itself: tls-handshake-failed (implicit TLS), tls-version-legacy,
// tls13-not-supported. Version rules judge every session that was reached, implicit or upgraded.
import { tlsVersionOfPolicy, tlsVersionRank } from '../common/tls-versions.js';
import type { Endpoint } from '../plan/types.js';
import type { TlsVersion } from '../policy/types.js';
import type { EndpointFacts, TlsVersionName } from '../probe/facts.js';
import type { Draft } from './draft.js';
import { describeEndpoint, errorEvidence, listOf } from './describe.js';
import { failureRule } from './probe-outcome.js';

/** A version the policy's min-version does not allow. */
export function belowMinimum(version: TlsVersionName, minimum: TlsVersion): boolean {
  return tlsVersionRank(version) < tlsVersionRank(tlsVersionOfPolicy(minimum));
}

export function checkImplicitHandshake(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (failureRule(endpoint, facts) !== 'tls-handshake-failed') return [];
  const evidence = [
    facts.error ? errorEvidence(facts.error) : null,
    facts.tls?.error ? `TLS: ${facts.tls.error}` : null,
  ].filter((part): part is string => part !== null);
  return [
    {
      rule: 'tls-handshake-failed',
      message: `${describeEndpoint(endpoint)} accepted a connection but the TLS handshake did not complete.`,
      evidence: evidence.length > 0 ? evidence.join('; ') : null,
    },
  ];
}

/** Every version seen to work: the sweep's list plus the one negotiated with the best settings. */
function versionsSeen(facts: EndpointFacts): TlsVersionName[] {
  const tls = facts.tls;
  if (tls === null) return [];
  const seen = new Set<TlsVersionName>(tls.versionsAccepted);
  if (tls.version !== null) seen.add(tls.version);
  return [...seen].sort((a, b) => tlsVersionRank(a) - tlsVersionRank(b));
}

export function checkLegacyVersions(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (facts.tls?.version == null) return [];
  const minimum = endpoint.settings.tls.minVersion;
  const seen = versionsSeen(facts);
  const legacy = seen.filter((version) => belowMinimum(version, minimum));
  if (legacy.length === 0) return [];
  return [
    {
      rule: 'tls-version-legacy',
      message: `${describeEndpoint(endpoint)} accepts ${listOf(legacy)}, below the policy's minimum of TLS ${minimum}.`,
      evidence: `accepted: ${listOf(seen)}`,
    },
  ];
}

export function checkTls13(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (facts.tls?.version == null) return [];
  const seen = versionsSeen(facts);
  if (seen.includes('TLSv1.3')) return [];
  return [
    {
      rule: 'tls13-not-supported',
      message: `${describeEndpoint(endpoint)} does not accept TLS 1.3.`,
      evidence: `accepted: ${listOf(seen)}`,
    },
  ];
}
