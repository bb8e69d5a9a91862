// MX hosts as planned hosts: each domain's mail hosts (from the domains stage's facts) get the
// services its `mx: { require: … }` asks for, each request located at its own item under `mx:`.
// A host that is also in `hosts:` keeps that entry's settings; its own requests stay as they are
// and identical endpoints are probed once (buildPlan removes the duplicates).
import { hostSettingsOf } from '../policy/settings.js';
import type { HostPolicy, Policy } from '../policy/types.js';
import { canonicalName } from '../probe/dns.js';
import { mailHosts, type DomainFacts } from '../probe/domains.js';

export function mxHostPolicies(policy: Policy, facts: readonly DomainFacts[]): HostPolicy[] {
  const byName = new Map(policy.hosts.map((h) => [canonicalName(h.host), h]));
  const out = new Map<string, HostPolicy>();
  for (const domain of policy.domains) {
    if (domain.mx === null || domain.mx.require.length === 0) continue;
    const seen = facts.find((f) => f.domain === canonicalName(domain.domain));
    if (seen === undefined) continue;
    for (const host of mailHosts(seen)) {
      const entry = out.get(host) ?? {
        host,
        ...hostSettingsOf(byName.get(host) ?? policy.defaults),
        require: [],
        forbid: [],
        location: domain.location,
      };
      entry.require.push(...domain.mx.require);
      out.set(host, entry);
    }
  }
  return [...out.values()];
}
