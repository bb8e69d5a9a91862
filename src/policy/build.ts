// The checked value → the Policy the rest of the program uses: defaults applied, aliases and
// spellings normalised, each item carrying where it was written. Runs only on a value that
// passed the schema and every other check, so it can rely on the shape.
import { normaliseHost } from '../common/host-names.js';
import type { PolicyLocator } from './locate.js';
import { readServiceItem } from './service-items.js';
import { BUILT_IN_SETTINGS, layerSettings } from './settings.js';
import type { WrittenSettings } from './settings.js';
import type {
  DomainPolicy,
  HostPolicy,
  MtaStsExpectation,
  Policy,
  ServiceRequest,
  SeverityOverride,
  Waiver,
} from './types.js';

interface WrittenHost extends WrittenSettings {
  host: string;
  require?: unknown[];
  forbid?: unknown[];
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

  const requests = (items: unknown[] | undefined, path: Array<string | number>): ServiceRequest[] =>
    (items ?? []).map((item, j) => {
      const { service, port } = readServiceItem(item)!;
      return { service, port, location: locator.value([...path, j]) };
    });

  const hosts = (written.hosts ?? []).map((entry, i): HostPolicy => {
    const { host, require, forbid, ...overrides } = entry;
    return {
      host: normaliseHost(host),
      ...layerSettings(defaults, overrides),
      require: requests(require, ['hosts', i, 'require']),
      forbid: requests(forbid, ['hosts', i, 'forbid']),
      location: locator.value(['hosts', i]),
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

  const rules: Policy['rules'] = {};
  for (const [rule, severity] of Object.entries(written.rules ?? {})) {
    rules[rule] = { severity, location: locator.key(['rules', rule]) };
  }

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
