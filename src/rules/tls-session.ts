// What the TLS session rules share (tls-handshake-failed, tls-version-legacy, tls13-not-supported;
// their checks are in src/rules/catalog/): the order of TLS versions and the versions seen.
// Version rules judge every session that was reached, implicit or upgraded.
import type { TlsVersion } from '../policy/types.js';
import type { EndpointFacts, TlsVersionName } from '../probe/facts.js';

const VERSION_RANK: Readonly<Record<TlsVersionName, number>> = {
  TLSv1: 10,
  'TLSv1.1': 11,
  'TLSv1.2': 12,
  'TLSv1.3': 13,
};

const POLICY_VERSION_RANK: Readonly<Record<TlsVersion, number>> = {
  '1.0': 10,
  '1.1': 11,
  '1.2': 12,
  '1.3': 13,
};

/** A version the policy's min-version does not allow. */
export function belowMinimum(version: TlsVersionName, minimum: TlsVersion): boolean {
  return VERSION_RANK[version] < POLICY_VERSION_RANK[minimum];
}

/** Every version seen to work: the sweep's list plus the one negotiated with the best settings. */
export function versionsSeen(facts: EndpointFacts): TlsVersionName[] {
  const tls = facts.tls;
  if (tls === null) return [];
  const seen = new Set<TlsVersionName>(tls.versionsAccepted);
  if (tls.version !== null) seen.add(tls.version);
  return [...seen].sort((a, b) => VERSION_RANK[a] - VERSION_RANK[b]);
}

