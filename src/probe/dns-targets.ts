// Targets that DNS supplies (MX hosts, the MTA-STS policy host, the CNAME chains of those, and
// their addresses) are remote text and remote choices: whoever answers the query, or spoofs the
// answer, picks them. Before anything is probed there they are held to host-name syntax, to a
// bounded number, and away from the runner's own loopback, link-local, unspecified and multicast
// ranges (unless the run allows loopback). Private ranges (RFC 1918, ULA) stay allowed: internal
// mail on a self-hosted runner is a real use.
import { isIP } from 'node:net';
import { isIpv4, parseIpv6 } from '../common/ip-literals.js';

/** MX hosts probed per domain, in preference order; the rest are reported, never silently dropped. */
export const MAX_MX_HOSTS = 10;
/** Addresses probed per DNS-supplied name. */
export const MAX_ADDRESSES_PER_NAME = 8;
/** CNAME records followed from one name before the chain counts as a loop. */
export const MAX_CNAME_HOPS = 8;

const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A letters-digits-hyphens host name (RFC 952, RFC 1123 §2.1), any case, at most one final dot:
 * labels of 1 to 63 characters not starting or ending with '-', at most 253 characters, and a
 * last label that is not all digits (so an IPv4 address written as an MX name is not one).
 * Everything c-ares lets through besides (`:`, `#`, `[`, `]`, spaces, `\`, escapes) fails.
 */
export function isHostName(name: string): boolean {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare.length === 0 || bare.length > 253) return false;
  const labels = bare.toLowerCase().split('.');
  return labels.every((label) => LDH_LABEL.test(label)) && !/^[0-9]+$/.test(labels[labels.length - 1]!);
}

/** The ranges a DNS-supplied address may not lie in without `allow-loopback`. */
export type RestrictedRange = 'loopback' | 'link-local' | 'unspecified' | 'multicast';

function ipv4Range(text: string): RestrictedRange | null {
  const [a, b] = text.split('.').map(Number) as [number, number];
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 0) return 'unspecified';
  if (a >= 224 && a <= 239) return 'multicast';
  return null;
}

/**
 * Which restricted range an address lies in, or null: 127/8, 169.254/16, 0/8 and 224/4 for IPv4;
 * ::1, fe80::/10, :: and ff00::/8 for IPv6, and an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible
 * (::a.b.c.d) address by its IPv4 part. Text that is no IP address counts as unspecified.
 */
export function restrictedRange(address: string): RestrictedRange | null {
  const family = isIP(address);
  if (family === 4 && isIpv4(address)) return ipv4Range(address);
  const zone = address.indexOf('%');
  const groups = family === 6 ? parseIpv6(zone === -1 ? address : address.slice(0, zone)) : undefined;
  if (groups === undefined) return 'unspecified';
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const zeroPrefix = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 0) return 'unspecified';
  if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 1) return 'loopback';
  if (zeroPrefix && (g5 === 0xffff || g5 === 0)) return ipv4Range(`${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}`);
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/** A DNS-supplied name's addresses, split into those to probe and those left out (and why). */
export interface AdmittedAddresses {
  kept: string[];
  /** In a restricted range, with `allow-loopback` off. */
  restricted: { address: string; range: RestrictedRange }[];
  /** Past MAX_ADDRESSES_PER_NAME (counted among the addresses not restricted). */
  overCap: string[];
}

export function admitAddresses(addresses: readonly string[], allowLoopback: boolean): AdmittedAddresses {
  const out: AdmittedAddresses = { kept: [], restricted: [], overCap: [] };
  for (const address of new Set(addresses)) {
    const range = allowLoopback ? null : restrictedRange(address);
    if (range !== null) out.restricted.push({ address, range });
    else if (out.kept.length < MAX_ADDRESSES_PER_NAME) out.kept.push(address);
    else out.overCap.push(address);
  }
  return out;
}
