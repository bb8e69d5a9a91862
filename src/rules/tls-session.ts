// What the TLS session rules share (tls-handshake-failed, tls-version-legacy, tls13-not-supported;
// their checks are in src/rules/catalog/): the order of TLS versions and the versions seen.
// Version rules judge every session that was reached, implicit or upgraded.
import { tlsVersionOfPolicy, tlsVersionRank } from '../common/tls-versions.js';
import type { TlsPolicy, TlsProfile, TlsVersion } from '../policy/types.js';
import type { EndpointFacts, TlsVersionName } from '../facts/endpoint.js';

/** A version the policy's min-version does not allow. */
export function belowMinimum(version: TlsVersionName, minimum: TlsVersion): boolean {
  return tlsVersionRank(version) < tlsVersionRank(tlsVersionOfPolicy(minimum));
}

/** Every version seen to work: the sweep's list plus the one negotiated with the best settings. */
export function versionsSeen(facts: EndpointFacts): TlsVersionName[] {
  const tls = facts.tls;
  if (tls === null) return [];
  const seen = new Set<TlsVersionName>(tls.versionsAccepted);
  if (tls.version !== null) seen.add(tls.version);
  return [...seen].sort((a, b) => tlsVersionRank(a) - tlsVersionRank(b));
}


/**
 * The lowest version each Mozilla profile allows (Server Side TLS 5.7): modern TLS 1.3 only,
 * intermediate TLS 1.2; old sets no floor of its own.
 */
const PROFILE_MINIMUM: Readonly<Record<TlsProfile, TlsVersion | null>> = { modern: '1.3', intermediate: '1.2', old: null };

/**
 * The lowest version the settings allow: `min-version`, raised by the profile's floor where that
 * is higher (`byProfile` then names the profile, for the message).
 */
export function minimumOf(tls: TlsPolicy): { version: TlsVersion; byProfile: TlsProfile | null } {
  const floor = tls.profile ? PROFILE_MINIMUM[tls.profile] : null;
  if (floor !== null && tlsVersionRank(tlsVersionOfPolicy(floor)) > tlsVersionRank(tlsVersionOfPolicy(tls.minVersion))) {
    return { version: floor, byProfile: tls.profile! };
  }
  return { version: tls.minVersion, byProfile: null };
}
