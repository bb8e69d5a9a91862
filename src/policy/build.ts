// The checked value → the Policy the rest of the program uses: defaults applied, aliases and
// spellings normalised, each item carrying where it was written. Runs only on a value that
// passed the schema and every other check, so it can rely on the shape.
import { normaliseHost } from '../common/host-names.js';
import type { PolicyLocator } from './locate.js';
import { readServiceItem } from './service-items.js';
import { BUILT_IN_SETTINGS, layerSettings, writtenSettingPaths } from './settings.js';
import type { ServiceSettingsWritten, WrittenSettings } from './settings.js';
import type {
  DomainPolicy,
  HostPolicy,
  MtaStsExpectation,
  Policy,
  ServiceRequest,
  SeverityOverride,
  SeverityOverrides,
  Waiver,
} from './types.js';

interface WrittenHost extends WrittenSettings {
  host: string;
  require?: unknown[];
  forbid?: unknown[];
  rules?: Record<string, SeverityOverride>;
}

interface WrittenDomain {
  domain: string;
  mx?: { require: unknown[] };
  'mta-sts'?: MtaStsExpectation;
  'tls-rpt'?: 'required' | 'off';
  dane?: 'required' | 'optional' | 'off';
}

interface WrittenWaiver {
  rule: string;
  host: string;
  port?: number;
  reason: string;
  expires: string;
}

interface WrittenPolicy {
  version: 1;
  defaults?: WrittenSettings;
  hosts?: WrittenHost[];
  domains?: WrittenDomain[];
  rules?: Record<string, SeverityOverride>;
  waivers?: WrittenWaiver[];
}

export function buildPolicy(value: unknown, locator: PolicyLocator): Policy {
  const written = value as WrittenPolicy;
  const defaults = layerSettings(BUILT_IN_SETTINGS, written.defaults ?? {});

  /** An item's own settings as written, and where it writes each; nothing for a bare name. */
  const ownSettings = (item: unknown, path: Array<string | number>): Pick<ServiceRequest, 'settings' | 'settingLocations'> => {
    if (typeof item !== 'object' || item === null) return {};
    const { tls, certificate, timeout } = item as ServiceSettingsWritten;
    const settings: ServiceSettingsWritten = {
      ...(tls === undefined ? {} : { tls }),
      ...(certificate === undefined ? {} : { certificate }),
      ...(timeout === undefined ? {} : { timeout }),
    };
    const names = writtenSettingPaths(settings);
    if (names.length === 0) return {};
    return { settings, settingLocations: Object.fromEntries(names.map(([name, keys]) => [name, locator.key([...path, ...keys])])) };
  };

  const requests = (items: unknown[] | undefined, path: Array<string | number>): ServiceRequest[] =>
    (items ?? []).map((item, j) => {
      const { service, port } = readServiceItem(item)!;
      return { service, port, location: locator.value([...path, j]), ...ownSettings(item, [...path, j]) };
    });

  const severities = (written: Record<string, SeverityOverride>, path: Array<string | number>): SeverityOverrides => {
    const out: SeverityOverrides = {};
    for (const [rule, severity] of Object.entries(written)) out[rule] = { severity, location: locator.key([...path, rule]) };
    return out;
  };

  const hosts = (written.hosts ?? []).map((entry, i): HostPolicy => {
    const { host, require, forbid, rules, ...overrides } = entry;
    return {
      host: normaliseHost(host),
      ...layerSettings(defaults, overrides),
      require: requests(require, ['hosts', i, 'require']),
      forbid: requests(forbid, ['hosts', i, 'forbid']),
      location: locator.value(['hosts', i]),
      ...(rules === undefined || Object.keys(rules).length === 0 ? {} : { rules: severities(rules, ['hosts', i, 'rules']) }),
    };
  });

  const domains = (written.domains ?? []).map(
    (entry, i): DomainPolicy => ({
      domain: normaliseHost(entry.domain),
      mx: entry.mx === undefined ? null : { require: requests(entry.mx.require, ['domains', i, 'mx', 'require']) },
      mtaSts: entry['mta-sts'] ?? 'off',
      tlsRpt: entry['tls-rpt'] ?? 'off',
      dane: entry.dane ?? 'off',
      location: locator.value(['domains', i]),
      keyLocations: {
        mtaSts: entry['mta-sts'] === undefined ? undefined : locator.key(['domains', i, 'mta-sts']),
        tlsRpt: entry['tls-rpt'] === undefined ? undefined : locator.key(['domains', i, 'tls-rpt']),
        dane: entry.dane === undefined ? undefined : locator.key(['domains', i, 'dane']),
      },
    }),
  );

  const rules = severities(written.rules ?? {}, ['rules']);

  const waivers = (written.waivers ?? []).map(
    (entry, i): Waiver => ({
      rule: entry.rule,
      host: normaliseHost(entry.host),
      port: entry.port ?? null,
      reason: entry.reason.trim(),
      expires: entry.expires,
      location: locator.value(['waivers', i]),
    }),
  );

  return { file: locator.file, version: 1, defaults, hosts, domains, rules, waivers };
}
