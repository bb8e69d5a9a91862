// `--only HOST`: one host (or domain) of a large policy, checked as if the policy named only it.
import { normaliseHost } from '../common/host-names.js';
import { closestMatch, didYouMean } from './suggest.js';
import type { Policy } from './types.js';

/**
 * The policy cut down to the host or domain `name`: its `hosts:` entry or its `domains:` entry
 * (with that domain's MX hosts, found later), and only the waivers that concern it. Waivers
 * naming another entry of the policy go, so that their expiry is not reported either; a waiver
 * naming an MX host (not written in the policy) stays, since it may belong to the chosen domain.
 */
export function onlyHost(policy: Policy, name: string): { ok: true; policy: Policy } | { ok: false; message: string } {
  const wanted = normaliseHost(name.trim());
  const hosts = policy.hosts.filter((h) => h.host === wanted);
  const domains = policy.domains.filter((d) => normaliseHost(d.domain) === wanted);
  if (hosts.length === 0 && domains.length === 0) {
    const names = [...policy.hosts.map((h) => h.host), ...policy.domains.map((d) => normaliseHost(d.domain))];
    return { ok: false, message: `'${name}' is neither a host nor a domain of ${policy.file}${didYouMean(closestMatch(wanted, names))}` };
  }
  const others = new Set(
    [...policy.hosts.map((h) => h.host), ...policy.domains.map((d) => normaliseHost(d.domain))].filter((n) => n !== wanted),
  );
  const waivers = policy.waivers.filter((w) => !others.has(normaliseHost(w.host)));
  return { ok: true, policy: { ...policy, hosts, domains, waivers } };
}
