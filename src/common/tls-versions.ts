// TLS protocol versions in their one order, oldest first, as node names them (the facts) and as
// the policy writes them (`min-version: "1.2"`).
import type { TlsVersion } from '../policy/types.js';
import type { TlsVersionName } from '../facts/endpoint.js';

/** Every version the tool knows, oldest first. */
export const TLS_VERSION_ORDER: readonly TlsVersionName[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

const POLICY_VERSION_NAMES: Readonly<Record<TlsVersion, TlsVersionName>> = {
  '1.0': 'TLSv1',
  '1.1': 'TLSv1.1',
  '1.2': 'TLSv1.2',
  '1.3': 'TLSv1.3',
};

/** Position in TLS_VERSION_ORDER: a higher number is a newer version. */
export function tlsVersionRank(version: TlsVersionName): number {
  return TLS_VERSION_ORDER.indexOf(version);
}

/** The version node names for the policy's `"1.2"`. */
export function tlsVersionOfPolicy(version: TlsVersion): TlsVersionName {
  return POLICY_VERSION_NAMES[version];
}

/** The value itself when it is a version the tool knows (node reports others, such as 'unknown'). */
export function asTlsVersionName(value: string | null): TlsVersionName | null {
  return (TLS_VERSION_ORDER as readonly string[]).includes(value ?? '') ? (value as TlsVersionName) : null;
}
