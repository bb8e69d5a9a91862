// `--only HOST`: one host (or domain) of a large policy, checked as if the policy named only it.
import { normaliseHost } from '../common/host-names.js';
import { closestMatch, didYouMean } from './suggest.js';
import type { Policy } from './types.js';

/**
 * The policy cut down to the host or domain `name`: its `hosts:` entry or its `domains:` entry
 * (with that domain's MX hosts, found later), and only the waivers that name it, so that other
 * entries' waivers are not reported as expired either. Names are compared as buildPolicy wrote
 * them (normalised), and a waiver always names an entry of the policy (semantic-checks.ts).
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
  return { ok: true, policy: { ...policy, hosts, domains, waivers } };
}
