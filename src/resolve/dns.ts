// DNS look-ups for the domains stage (MX, TXT, CNAME, A/AAAA), through node's own resolver: the
// system's name servers by default, or the one server the `resolver` setting names. Every answer is a fact;
// every failure is kept as its code (ENOTFOUND, ESERVFAIL, ETIMEOUT, …), never thrown further.
import { Resolver } from 'node:dns/promises';
import { isIP, isIPv6 } from 'node:net';

/** A name server as `resolver` gives it: an IP address and a port. */
export interface ResolverAddress {
  address: string;
  port: number;
}

/**
 * `ADDR`, `ADDR:PORT`, `[IPv6]` or `[IPv6]:PORT` (a bare IPv6 address takes the default port 53).
 * Only IP addresses: a server given by name would need a resolver to find the resolver.
 */
export function parseResolverAddress(text: string): ResolverAddress | { error: string } {
  const trimmed = text.trim();
  let address: string;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(trimmed);
  if (bracketed) {
    address = bracketed[1]!;
    portText = bracketed[2];
    if (!isIPv6(address)) return { error: `'${text}': ${address} in brackets is not an IPv6 address` };
  } else if (isIPv6(trimmed)) {
    address = trimmed;
  } else {
    const parts = /^([^:]+)(?::(\d+))?$/.exec(trimmed);
    if (!parts || isIP(parts[1]!) !== 4) {
      return { error: `'${text}' is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)` };
    }
    address = parts[1]!;
    portText = parts[2];
  }
  const port = portText === undefined ? 53 : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: `'${text}': port ${portText} is not from 1 to 65535` };
  return { address, port };
}

/** `ADDR:PORT` in the form Resolver.setServers takes (IPv6 in brackets). */
function serverText(server: ResolverAddress): string {
  return isIPv6(server.address) ? `[${server.address}]:${server.port}` : `${server.address}:${server.port}`;
}

export interface MxRecord {
  exchange: string;
  priority: number;
}

export type Answer<T> = { ok: true; value: T } | { ok: false; code: string };

/** What the domains stage asks of DNS. Injectable, so the rules and plan tests need no server. */
export interface DomainResolver {
  mx(domain: string): Promise<Answer<MxRecord[]>>;
  /** Each record's strings joined, as RFC 7208 §3.3 and RFC 8461 §3.1 read multi-string TXT. */
  txt(name: string): Promise<Answer<string[]>>;
  /** A then AAAA records; rejects (with a code) when the name has neither. */
  addresses(name: string): Promise<string[]>;
  /** The target of the name's CNAME record (as served: remote text); ENODATA when it has none. */
  cname(name: string): Promise<Answer<string[]>>;
}

export interface DnsOptions {
  /** The name server to ask; the system's when absent. */
  server?: ResolverAddress;
  /** Per query attempt. */
  timeoutMs: number;
}

/** A resolver error's code (ENOTFOUND, ESERVFAIL, …), or the error itself as text when it has none. */
export function errorCodeOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : String(err);
}

async function answer<T>(query: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { ok: true, value: await query() };
  } catch (err) {
    return { ok: false, code: errorCodeOf(err) };
  }
}

export function createDomainResolver(options: DnsOptions): DomainResolver {
  const resolver = new Resolver({ timeout: Math.max(1, options.timeoutMs), tries: 2 });
  if (options.server) resolver.setServers([serverText(options.server)]);
  return {
    mx: (domain) => answer(() => resolver.resolveMx(domain)),
    cname: (name) => answer(() => resolver.resolveCname(name)),
    txt: async (name) => {
      const found = await answer(() => resolver.resolveTxt(name));
      return found.ok ? { ok: true, value: found.value.map((chunks) => chunks.join('')) } : found;
    },
    addresses: async (name) => {
      const [v4, v6] = await Promise.all([answer(() => resolver.resolve4(name)), answer(() => resolver.resolve6(name))]);
      const all = [...(v4.ok ? v4.value : []), ...(v6.ok ? v6.value : [])];
      if (all.length > 0) return all;
      // The more telling of the two failures: NXDOMAIN or a server failure over "no AAAA".
      const failure = [v4, v6].find((a) => !a.ok && a.code !== 'ENODATA') ?? v4;
      throw Object.assign(new Error(`no address for ${name}`), { code: failure.ok ? 'ENODATA' : failure.code });
    },
  };
}

/** Our words for a resolver's error code. */
export function describeDnsCode(code: string): string {
  switch (code) {
    case 'ENOTFOUND':
      return 'no such domain (NXDOMAIN)';
    case 'ENODATA':
      return 'no records of that type';
    case 'ESERVFAIL':
      return 'the name server failed (SERVFAIL)';
    case 'EREFUSED':
      return 'the name server refused the query (REFUSED)';
    case 'ETIMEOUT':
      return 'no answer in time';
    case 'ECONNREFUSED':
      return 'the name server refused the connection';
    default:
      return code;
  }
}
