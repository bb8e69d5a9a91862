// The settings every host gets, and how `defaults:` and a host's own entry layer over them.
import { parseDuration } from './duration.js';
import type { AddressSelection, HostSettings, TlsProfile, TlsVersion } from './types.js';

/** What a policy gets for anything its `defaults:` leaves out. */
export const BUILT_IN_SETTINGS: Readonly<HostSettings> = Object.freeze({
  tls: Object.freeze({ minVersion: '1.2' as TlsVersion }),
  certificate: Object.freeze({ verify: true, minDaysLeft: 21 }),
  timeoutMs: 10_000,
  addresses: 'all' as const,
});

/** Settings as written (already checked against the schema): every key optional. */
export interface WrittenSettings {
  tls?: { 'min-version'?: string | number; profile?: TlsProfile };
  certificate?: { verify?: boolean; 'min-days-left'?: number };
  timeout?: string;
  addresses?: AddressSelection;
}

/** `written` over `base`, key by key: a host that sets only `certificate.verify` keeps the rest. */
export function layerSettings(base: Readonly<HostSettings>, written: WrittenSettings): HostSettings {
  const minVersion = written.tls?.['min-version'];
  const profile = written.tls?.profile ?? base.tls.profile;
  const timeout = written.timeout === undefined ? undefined : parseDuration(written.timeout);
  return {
    tls: {
      minVersion: minVersion === undefined ? base.tls.minVersion : tlsVersionOf(minVersion),
      ...(profile === undefined ? {} : { profile }),
    },
    certificate: {
      verify: written.certificate?.verify ?? base.certificate.verify,
      minDaysLeft: written.certificate?.['min-days-left'] ?? base.certificate.minDaysLeft,
    },
    timeoutMs: typeof timeout === 'number' ? timeout : base.timeoutMs,
    addresses: written.addresses ?? base.addresses,
  };
}

/** Only the settings of a host entry (or of `defaults`), without its name and requests. */
export function hostSettingsOf({ tls, certificate, timeoutMs, addresses }: HostSettings): HostSettings {
  return { tls, certificate, timeoutMs, addresses };
}

/** "1.2", or the YAML number 1.2 someone wrote unquoted (1.0 arrives as the number 1). */
export function tlsVersionOf(written: string | number): TlsVersion {
  return (typeof written === 'number' ? written.toFixed(1) : written) as TlsVersion;
}
