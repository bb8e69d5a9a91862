// The plan: every (host, address, port, service) the run will look at, and what the policy
// expects of it. Built from the policy alone (plus name resolution, resolve/); no probing here.
// Endpoint lives here because the plan makes it: the probe, the rules and the reports import it
// from the plan, and the plan imports nothing of theirs (policy -> plan -> probe -> rules -> report).
import type { ServiceName } from '../policy/services.js';
import type { HostSettings, SettingName, SeverityOverrides, SourceLocation } from '../policy/types.js';

export type Expectation = 'require' | 'forbid';

export interface Endpoint {
  /** The host name (or IP literal) as the policy wrote it: used for SNI, Host and name checks. */
  host: string;
  /** The address to connect to; null when the host name did not resolve. */
  address: string | null;
  port: number;
  service: ServiceName;
  expectation: Expectation;
  /** The `require:` / `forbid:` list item that asked for this endpoint. */
  location: SourceLocation;
  /**
   * The endpoint's effective settings, key by key: its service item's own, over its host entry's,
   * over `defaults`, over the built-in ones.
   */
  settings: HostSettings;
  /**
   * Where the service item set each of its own settings (`tls.min-version`, …): a finding judged
   * by one of them points there. Absent when the item set none.
   */
  settingLocations?: Record<SettingName, SourceLocation>;
  /** The host entry's own severity overrides, over the top-level `rules:`; absent when it has none. */
  rules?: SeverityOverrides;
  /** Why the host name did not resolve (set only when address is null). */
  resolveError?: string;
}

export interface Plan {
  endpoints: Endpoint[];
}
