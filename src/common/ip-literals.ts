// IP literals: the one parser and formatter of IPv4 and IPv6 text, as 16-bit groups (comparing,
// ordering, range checks) or as octets (a certificate's iPAddress entries).
import { isIP } from 'node:net';

export function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return (
    parts.length === 4 &&
    parts.every((part) => /^(0|[1-9][0-9]{0,2})$/.test(part) && Number(part) <= 255)
  );
}

/** The eight 16-bit groups of an IPv6 address (embedded IPv4 tail allowed), or undefined. */
export function parseIpv6(text: string): number[] | undefined {
  let body = text;
  const tail: number[] = [];
  const lastColon = body.lastIndexOf(':');
  if (body.slice(lastColon + 1).includes('.')) {
    const v4 = body.slice(lastColon + 1);
    if (!isIpv4(v4)) return undefined;
    const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    body = body.slice(0, lastColon + 1) + '0'; // placeholder group, dropped below
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups = part.split(':');
    if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parseGroups(halves[0]!);
  const rest = halves.length === 2 ? parseGroups(halves[1]!) : [];
  if (head === undefined || rest === undefined) return undefined;
  let groups: number[];
  if (tail.length > 0) {
    // Replace the placeholder group with the two groups the IPv4 tail stands for.
    if (halves.length === 2) rest.pop();
    else head.pop();
  }
  const written = head.length + rest.length + tail.length;
  if (halves.length === 2) {
    if (written > 7) return undefined; // '::' stands for at least one zero group
    groups = [...head, ...new Array<number>(8 - written).fill(0), ...rest, ...tail];
  } else {
    if (written !== 8) return undefined;
    groups = [...head, ...tail];
  }
  return groups;
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of zero groups as '::'. */
export function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1; // RFC 5952 §4.2.2: a single zero group is never compressed
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j += 1;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Octets of an IPv4 or IPv6 literal (brackets allowed), or null if it is not one. */
export function ipOctets(text: string): Uint8Array | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const family = isIP(bare);
  if (family === 4) return Uint8Array.from(bare.split('.').map((part) => Number(part)));
  // A zone index (fe80::1%eth0) names a link, not an address a certificate could carry.
  if (family !== 6 || bare.includes('%')) return null;
  const groups = parseIpv6(bare);
  if (groups === undefined) return null;
  const out = new Uint8Array(16);
  groups.forEach((group, i) => {
    out[i * 2] = group >> 8;
    out[i * 2 + 1] = group & 0xff;
  });
  return out;
}

/** Dotted quad, or RFC 5952 text; any other length as `invalid(hex)`. */
export function formatIpOctets(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length !== 16) return `invalid(${Buffer.from(bytes).toString('hex')})`;
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  return formatIpv6(groups);
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
