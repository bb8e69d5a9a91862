// Expand the policy into endpoints: hosts × services × addresses. Name resolution is the only
// outside contact, and it is injectable so tests need no DNS.
import { isIP } from 'node:net';
import { comparePlace } from '../order.js';
import { hostSettingsOf, layerSettings } from '../policy/settings.js';
import type { AddressSelection, HostPolicy, HostSettings, Policy, ServiceRequest } from '../policy/types.js';
import { systemResolveAll, type ResolveAll } from '../resolve/addresses.js';
import type { Endpoint, Expectation, Plan } from './types.js';

type Resolution = { addresses: string[]; error?: undefined } | { addresses: []; error: string };

// Two host entries may name the same host: resolve each name once, a bounded number at a time.
const RESOLVE_CONCURRENCY = 16;

async function resolveNames(names: string[], resolveAll: ResolveAll): Promise<Map<string, Resolution>> {
  const results = new Map<string, Resolution>();
  const queue = [...new Set(names)];
  async function worker(): Promise<void> {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      results.set(name, await resolveOne(name, resolveAll));
    }
  }
  await Promise.all(Array.from({ length: Math.min(RESOLVE_CONCURRENCY, queue.length) }, worker));
  return results;
}

async function resolveOne(name: string, resolveAll: ResolveAll): Promise<Resolution> {
  if (isIP(name)) return { addresses: [name] };
  try {
    const addresses = [...new Set(await resolveAll(name))];
    if (addresses.length === 0) return { addresses: [], error: 'no A or AAAA records' };
    return { addresses };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { addresses: [], error: code ? `${code}` : String(err) };
  }
}

/** Every endpoint of these hosts, each name resolved once. */
async function endpointsOf(hosts: HostPolicy[], resolveAll: ResolveAll): Promise<Endpoint[]> {
  const resolutions = await resolveNames(hosts.map((h) => h.host), resolveAll);
  return hosts.flatMap((host) => endpointsFor(host, resolutions.get(host.host)!));
}

/** The addresses `addresses:` selects, or why none is left (a host with no address of the family asked for). */
function selectAddresses(found: string[], selection: AddressSelection): { addresses: string[]; error?: undefined } | { addresses: []; error: string } {
  switch (selection) {
    case 'all':
      return { addresses: found };
    case 'first':
      return { addresses: found.slice(0, 1) };
    case 'ipv4':
    case 'ipv6': {
      const family = selection === 'ipv4' ? 4 : 6;
      const kept = found.filter((address) => isIP(address) === family);
      if (kept.length > 0) return { addresses: kept };
      return { addresses: [], error: `no ${selection === 'ipv4' ? 'IPv4 (A)' : 'IPv6 (AAAA)'} address, and addresses: ${selection} leaves out ${listOfAddresses(found)}` };
    }
  }
}

function listOfAddresses(found: string[]): string {
  return found.length <= 4 ? found.join(', ') : `${found.slice(0, 4).join(', ')} and ${found.length - 4} more`;
}

function endpointsFor(host: HostPolicy, resolution: Resolution): Endpoint[] {
  const hostSettings = hostSettingsOf(host);
  const selected = resolution.error !== undefined ? resolution : selectAddresses(resolution.addresses, host.addresses);
  const addresses: (string | null)[] = selected.error !== undefined ? [null] : selected.addresses;
  // Each request's settings are layered once, and shared by its endpoints at every address.
  const settingsOf = (request: ServiceRequest) => (request.settings === undefined ? hostSettings : layerSettings(hostSettings, request.settings));
  const asked: [ServiceRequest, Expectation, HostSettings][] = [
    ...host.require.map((r): [ServiceRequest, Expectation, HostSettings] => [r, 'require', settingsOf(r)]),
    ...host.forbid.map((r): [ServiceRequest, Expectation, HostSettings] => [r, 'forbid', settingsOf(r)]),
  ];
  const out: Endpoint[] = [];
  for (const address of addresses) {
    for (const [request, expectation, settings] of asked) {
      const endpoint: Endpoint = {
        host: host.host,
        address,
        port: request.port,
        service: request.service,
        expectation,
        location: request.location,
        settings,
      };
      if (request.settingLocations !== undefined) endpoint.settingLocations = request.settingLocations;
      if (host.rules !== undefined) endpoint.rules = host.rules;
      if (address === null) endpoint.resolveError = selected.error;
      out.push(endpoint);
    }
  }
  return out;
}

/** Hosts the plan takes from outside `hosts:` (a domain's MX hosts), with their own resolver. */
export interface ExtraHosts {
  hosts: HostPolicy[];
  resolveAll: ResolveAll;
}

export async function buildPlan(policy: Policy, resolveAll: ResolveAll = systemResolveAll, extra?: ExtraHosts): Promise<Plan> {
  const endpoints = await endpointsOf(policy.hosts, resolveAll);
  if (extra !== undefined && extra.hosts.length > 0) {
    // A host both in hosts: and among the MX hosts keeps both requests; the same endpoint and
    // service asked for twice is planned once (the hosts: entry, written first, keeps its place).
    const planned = new Set(endpoints.map(endpointKey));
    for (const endpoint of await endpointsOf(extra.hosts, extra.resolveAll)) {
      const key = endpointKey(endpoint);
      if (planned.has(key)) continue;
      planned.add(key);
      endpoints.push(endpoint);
    }
  }
  endpoints.sort(comparePlace);
  return { endpoints };
}

function endpointKey(e: Endpoint): string {
  return JSON.stringify([e.host, e.address, e.port, e.service, e.expectation]);
}
