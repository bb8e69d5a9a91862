// The policy as the rest of the program sees it: validated, defaults applied, aliases
// normalised, and every item carrying the place in the file that asked for it.
import type { ServiceName } from './services.js';
import type { ServiceSettingsWritten } from './settings.js';

export interface SourceLocation {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type Severity = 'error' | 'warning' | 'notice';
export type SeverityOverride = Severity | 'off';
export type TlsVersion = '1.0' | '1.1' | '1.2' | '1.3';
/** Which of a host's addresses are probed: every one, the first, or those of one address family. */
export type AddressSelection = 'all' | 'first' | 'ipv4' | 'ipv6';

/** Mozilla's Server Side TLS configurations (version 5.7), as `tls.profile` names them. */
export type TlsProfile = 'modern' | 'intermediate' | 'old';

export interface TlsPolicy {
  minVersion: TlsVersion;
  /** The Mozilla profile the service is held to; absent: none, only the default checks. */
  profile?: TlsProfile;
}

export interface CertificatePolicy {
  verify: boolean;
  minDaysLeft: number;
}

/** Settings that `defaults:` gives every host and a host entry may override. */
export interface HostSettings {
  tls: TlsPolicy;
  certificate: CertificatePolicy;
  timeoutMs: number;
  addresses: AddressSelection;
}

/**
 * A setting's name as written, its keys joined by dots: `tls.min-version`, `certificate.verify`,
 * `timeout`. Rules name the setting they judged by, and the plan says where an item set it.
 */
export type SettingName = string;

export interface ServiceRequest {
  service: ServiceName;
  port: number;
  /** The list item in `require:` / `forbid:` that asked for it. */
  location: SourceLocation;
  /** The item's own settings; absent when it sets none. */
  settings?: ServiceSettingsWritten;
  /** Where the item writes each of its own settings, by setting name; absent when it sets none. */
  settingLocations?: Record<SettingName, SourceLocation>;
}

/** Severity overrides by rule id, each with where it was set. */
export type SeverityOverrides = Record<string, { severity: SeverityOverride; location: SourceLocation }>;

export interface HostPolicy extends HostSettings {
  host: string;
  require: ServiceRequest[];
  forbid: ServiceRequest[];
  location: SourceLocation;
  /**
   * The host entry's own severity overrides, over the top-level `rules:` for the findings on
   * this host's endpoints only (its MX endpoints included); absent when it sets none.
   */
  rules?: SeverityOverrides;
}

export type MtaStsExpectation = 'enforce' | 'testing' | 'off';

export interface DomainPolicy {
  domain: string;
  mx: { require: ServiceRequest[] } | null;
  mtaSts: MtaStsExpectation;
  tlsRpt: 'required' | 'off';
  dane: 'required' | 'optional' | 'off';
  location: SourceLocation;
  /** Where the `mta-sts:`, `tls-rpt:` and `dane:` keys are written, when they are. */
  keyLocations?: { mtaSts?: SourceLocation; tlsRpt?: SourceLocation; dane?: SourceLocation };
}

export interface Waiver {
  rule: string;
  host: string;
  port: number | null;
  reason: string;
  /** YYYY-MM-DD; the waiver holds through the end of this day (UTC). */
  expires: string;
  location: SourceLocation;
}

export interface Policy {
  file: string;
  version: 1;
  defaults: HostSettings;
  hosts: HostPolicy[];
  domains: DomainPolicy[];
  /** Severity overrides by rule id, each with where it was set. */
  rules: SeverityOverrides;
  waivers: Waiver[];
  /**
   * `--only DOMAIN` (only.ts): the whole policy's `hosts:` entries and waivers, which the full run
   * judges the domain's MX hosts by (an entry's settings and `rules:`, the waivers naming the
   * host). Kept aside: an entry's own services are not the domain's and are not planned (save
   * those the domain asks of the host too), and a waiver joins `waivers` only once its host is
   * known to be one of the domain's MX hosts. Absent in every other run.
   */
  mxHostSources?: { hosts: HostPolicy[]; waivers: Waiver[] };
}

/** One problem found in a policy file. */
export interface PolicyProblem {
  location: SourceLocation;
  message: string;
}
