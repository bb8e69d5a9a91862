// A host's addresses as the plan probes them: the system's own resolution (getaddrinfo, so
// /etc/hosts and the runner's resolver settings count, as they would for a mail client), or the
// addresses the domains stage admitted for the MX hosts. Injectable, so tests need no DNS.
import { lookup } from 'node:dns/promises';
import type { MxHostFacts } from '../facts/domains.js';

/** Every address of a name, in the resolver's order. Rejects when the name does not resolve. */
export type ResolveAll = (host: string) => Promise<string[]>;

export const systemResolveAll: ResolveAll = async (host) => {
  const found = await lookup(host, { all: true, verbatim: true });
  return found.map((a) => a.address);
};

/** What the plan needs of a domain's facts: its name and the MX hosts it resolved. */
export interface DomainMxHosts {
  domain: string;
  /** The mail hosts to probe, with their addresses; null when the policy asks no services of them. */
  mxHosts: MxHostFacts[] | null;
}
