// `--only HOST`: one host (or domain) of a large policy, checked as if the policy named only it.
import { canonicalName, normaliseHost } from '../common/host-names.js';
import { closestMatch, didYouMean } from './suggest.js';
import type { HostPolicy, Policy } from './types.js';

/**
 * The policy cut down to the host or domain `name`: its `hosts:` entry or its `domains:` entry
 * (with that domain's MX hosts, found later), and only the waivers that name it, so that other
 * entries' waivers are not reported as expired either. A domain's MX hosts are judged as the full
 * run judges them, by their `hosts:` entries and the waivers naming them: those are kept aside
 * (`mxHostSources`) until the MX hosts are known. Names are compared as buildPolicy wrote them
 * (normalised), and a waiver always names an entry of the policy (semantic-checks.ts).
 */
export function onlyHost(policy: Policy, name: string): { ok: true; policy: Policy } | { ok: false; message: string } {
  const wanted = normaliseHost(name.trim());
  const hosts = policy.hosts.filter((h) => h.host === wanted);
  const domains = policy.domains.filter((d) => d.domain === wanted);
  if (hosts.length === 0 && domains.length === 0) {
    const names = [...policy.hosts.map((h) => h.host), ...policy.domains.map((d) => d.domain)];
    return { ok: false, message: `'${name}' is neither a host nor a domain of ${policy.file}${didYouMean(closestMatch(wanted, names))}` };
  }
  const waivers = policy.waivers.filter((w) => w.host === wanted);
  const aside = domains.length > 0 ? { mxHostSources: { hosts: policy.hosts, waivers: policy.waivers } } : {};
  return { ok: true, policy: { ...policy, hosts, domains, waivers, ...aside } };
}

/** The `hosts:` entries a domain's MX hosts take their settings and `rules:` from: all the policy's, under `--only DOMAIN` too. */
export function mxHostEntries(policy: Policy): HostPolicy[] {
  return policy.mxHostSources?.hosts ?? policy.hosts;
}

/**
 * The policy as the run holds it once the domains stage has named the MX hosts (`mxHosts`, as
 * mxHostPolicies plans them). Under `--only DOMAIN`, what the full run holds of these hosts'
 * `hosts:` entries joins in: the waivers naming them (with the domain's own, in policy order; any
 * other host's waiver, expired or not, is not this run's), and those of an entry's required
 * services that the domain asks of the host too, which the full run plans from the `hosts:` item
 * (its settings, its line) and not from the `mx:` one. The entries' other services are not the
 * domain's. Any other run's policy is returned as it is.
 */
export function withMxHosts(policy: Policy, mxHosts: readonly HostPolicy[]): Policy {
  const sources = policy.mxHostSources;
  if (sources === undefined) return policy;
  const mxByName = new Map(mxHosts.map((h) => [canonicalName(h.host), h]));
  const planned = new Set(policy.hosts.map((h) => h.host));
  const shared = sources.hosts.flatMap((entry) => {
    const mx = mxByName.get(canonicalName(entry.host));
    if (mx === undefined || planned.has(entry.host)) return [];
    const require = entry.require.filter((r) => mx.require.some((m) => m.service === r.service && m.port === r.port));
    return require.length === 0 ? [] : [{ ...entry, require, forbid: [] }];
  });
  return {
    ...policy,
    hosts: [...policy.hosts, ...shared],
    waivers: sources.waivers.filter((w) => policy.waivers.includes(w) || mxByName.has(canonicalName(w.host))),
  };
}
