// Targets that DNS supplies (MX hosts, the MTA-STS policy host, the CNAME chains of those, and
// their addresses) are remote text and remote choices: whoever answers the query, or spoofs the
// answer, picks them. Before anything is probed there they are held to host-name syntax, to a
// bounded number, and away from the runner's own loopback, link-local, unspecified and multicast
// ranges (unless the run allows loopback). Private ranges (RFC 1918, ULA) stay allowed: internal
// mail on a self-hosted runner is a real use.
import { restrictedRange, type RestrictedRange } from '../common/ip-literals.js';
import { MAX_ADDRESSES_PER_NAME } from '../facts/vocabulary.js';

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
