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
