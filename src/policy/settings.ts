// The settings every endpoint gets, and how they layer, key by key: a `require:` item's own over
// its host entry's, over `defaults:`, over the built-in ones (docs/policy.md, "Settings per service").
import { parseDuration } from './duration.js';
import type { AddressSelection, HostSettings, ServiceRequest, SettingName, TlsProfile, TlsVersion } from './types.js';

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

/**
 * What a `require:` item may set for its own service, over its host's settings (a `forbid:` item:
 * only `timeout`). Not `addresses`: which addresses are probed is decided for the host as a whole.
 * Kept as written, so that the plan layers it over whichever host the item serves (an item under
 * a domain's `mx:` serves every MX host of the domain, each with its own settings).
 */
export type ServiceSettingsWritten = Omit<WrittenSettings, 'addresses'>;

/**
 * `written` over `base`, key by key: a host that sets only `certificate.verify` keeps the rest.
 * The one layering for every level (defaults, host entry, service item), so a new setting is
 * one more line here.
 */
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

/**
 * Every setting `written` sets, by name (`tls.min-version`), with its path under the entry that
 * wrote it: the places findings judged by a service item's own setting point at.
 */
export function writtenSettingPaths(written: ServiceSettingsWritten): Array<[SettingName, string[]]> {
  const out: Array<[SettingName, string[]]> = [];
  for (const [key, value] of Object.entries(written)) {
    if (value === undefined) continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const inner of Object.keys(value)) out.push([`${key}.${inner}`, [key, inner]]);
    } else {
      out.push([key, [key]]);
    }
  }
  return out;
}

/** A request without a timeout of its own, as when the run's timeout overrides the policy's. */
export function withoutOwnTimeout(request: ServiceRequest): ServiceRequest {
  if (request.settings?.timeout === undefined) return request;
  const { timeout: _setting, ...settings } = request.settings;
  const { timeout: _location, ...settingLocations } = request.settingLocations ?? {};
  const { settings: _old, settingLocations: _oldLocations, ...rest } = request;
  return Object.keys(settingLocations).length === 0 ? rest : { ...rest, settings, settingLocations };
}
