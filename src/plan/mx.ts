// MX hosts as planned hosts: each domain's mail hosts (from the domains stage's facts) get the
// services its `mx: { require: … }` asks for, each request located at its own item under `mx:`.
// A host that is also in `hosts:` keeps that entry's settings and severity overrides (`rules:`),
// under what an `mx:` item sets of its own, under `--only DOMAIN` too (only.ts); its own requests
// stay as they are and identical endpoints are probed once (buildPlan removes the duplicates,
// keeping the `hosts:` one). Their addresses are the ones the domains stage admitted
// (dns-targets.ts), never looked up again.
import { mxHostEntries } from '../policy/only.js';
import { hostSettingsOf } from '../policy/settings.js';
import type { HostPolicy, Policy } from '../policy/types.js';
import { canonicalName } from '../common/host-names.js';
import type { DomainMxHosts, ResolveAll } from '../resolve/addresses.js';
import type { MxHostFacts } from '../facts/domains.js';

export function mxHostPolicies(policy: Policy, facts: readonly DomainMxHosts[]): HostPolicy[] {
  const byName = new Map(mxHostEntries(policy).map((h) => [canonicalName(h.host), h]));
  const out = new Map<string, HostPolicy>();
  for (const domain of policy.domains) {
    if (domain.mx === null || domain.mx.require.length === 0) continue;
    const seen = facts.find((f) => f.domain === canonicalName(domain.domain));
    if (seen === undefined) continue;
    for (const { host } of seen.mxHosts ?? []) {
      const named = byName.get(host);
      const entry = out.get(host) ?? {
        host,
        ...hostSettingsOf(named ?? policy.defaults),
        require: [],
        forbid: [],
        location: domain.location,
        ...(named?.rules === undefined ? {} : { rules: named.rules }),
      };
      entry.require.push(...domain.mx.require);
      out.set(host, entry);
    }
  }
  return [...out.values()];
}

/** The MX hosts' admitted addresses as a resolver for the plan; a failed look-up keeps its code. */
export function mxAddresses(facts: readonly DomainMxHosts[]): ResolveAll {
  const byHost = new Map<string, MxHostFacts>();
  for (const domain of facts) for (const host of domain.mxHosts ?? []) if (!byHost.has(host.host)) byHost.set(host.host, host);
  return async (name) => {
    const found = byHost.get(name);
    if (found === undefined || found.error !== null || found.addresses.length === 0) {
      throw Object.assign(new Error(`no address for ${name}`), { code: found?.error ?? 'ENOTFOUND' });
    }
    return found.addresses;
  };
}
