// Host names as every stage compares them. Two spellings, on purpose: `canonicalName` for names
// that DNS or a remote peer supplied (trimmed, every final dot dropped), `withoutRootDot` where a
// second final dot must stay visible (a certificate's DNS-ID, a policy value being checked), and
// `normaliseHost` for the one spelling of a policy host, IPv6 literals included.
import { formatIpv6, parseIpv6 } from './ip-literals.js';

/** Lower case, no trailing dot: names as the plan and the rules compare them. */
export function canonicalName(name: string): string {
  const lower = name.trim().toLowerCase();
  // A backward scan, not /\.+$/: the regex retries from every dot of a long run (quadratic).
  let end = lower.length;
  while (end > 0 && lower.charCodeAt(end - 1) === 0x2e) end--;
  return lower.slice(0, end);
}

/** Lower case without the one final root dot; a name ending in two dots keeps one, and stays wrong. */
export function withoutRootDot(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** A URL's host as a name: brackets off an IPv6 literal, then `canonicalName`. */
export function urlHostName(host: string): string {
  const name = host.trim();
  return canonicalName(name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name);
}

/** The one spelling of a policy host: lower case, no trailing dot, IPv6 in RFC 5952 form. */
export function normaliseHost(value: string): string {
  if (value.includes(':')) {
    const groups = parseIpv6(value);
    return groups === undefined ? value.toLowerCase() : formatIpv6(groups);
  }
  return withoutRootDot(value);
}

/**
 * An MX host matches a pattern exactly, or `*.rest` when the host is one label followed by
 * `.rest` (RFC 8461 §4.1: the wildcard covers exactly one label).
 */
export function mxPatternMatches(pattern: string, host: string): boolean {
  const p = canonicalName(pattern);
  const h = canonicalName(host);
  if (!p.startsWith('*.')) return p === h;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === p.slice(2);
}
