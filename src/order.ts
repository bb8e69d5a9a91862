// Deterministic ordering, one for every stage (plan, rules, outputs): two runs that saw the same
// things produce byte-identical reports, whatever order the probes finished in.
import { isIPv4 } from 'node:net';
import { parseIpv6 } from './common/ip-literals.js';
import type { Severity } from './policy/types.js';

/** Most severe first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

/** Code-unit order, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Absent values first. */
function compareNullable<T>(a: T | null | undefined, b: T | null | undefined, compare: (x: T, y: T) => number): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? -1 : 1;
  return compare(a, b);
}

function addressKey(address: string): { family: number; parts: number[] } {
  if (isIPv4(address)) return { family: 4, parts: address.split('.').map(Number) };
  // A zone (fe80::1%eth0) names the interface, not the address: it does not change the order.
  const groups = parseIpv6(address.split('%')[0]!);
  return groups === undefined ? { family: 99, parts: [] } : { family: 6, parts: groups };
}

/** IPv4 before IPv6, each in numeric order; anything else after, in text order. */
export function compareAddress(a: string, b: string): number {
  const ka = addressKey(a);
  const kb = addressKey(b);
  if (ka.family !== kb.family) return ka.family - kb.family;
  for (let i = 0; i < Math.min(ka.parts.length, kb.parts.length); i++) {
    if (ka.parts[i] !== kb.parts[i]) return ka.parts[i]! - kb.parts[i]!;
  }
  return ka.parts.length - kb.parts.length || compareText(a, b);
}

const compareNumber = (a: number, b: number): number => a - b;

// The orders name the fields they compare, not the stages' types: the plan orders its endpoints
// here too, and must not import the probe's facts or the rules' findings to do so.
interface Place {
  host: string;
  address: string | null;
  port: number | null;
  service: string | null;
}

interface OrderedFinding extends Place {
  rule: string;
  location: { file: string; line: number; column: number };
  message: string;
  waived: boolean;
}

export function comparePlace(a: Place, b: Place): number {
  return (
    compareText(a.host.toLowerCase(), b.host.toLowerCase()) ||
    compareText(a.host, b.host) ||
    compareNullable(a.address, b.address, compareAddress) ||
    compareNullable(a.port, b.port, compareNumber) ||
    compareNullable(a.service, b.service, compareText)
  );
}

export function compareEndpoints(a: Place, b: Place): number {
  return comparePlace(a, b);
}

export function compareFindings(a: OrderedFinding, b: OrderedFinding): number {
  return (
    comparePlace(a, b) ||
    compareText(a.rule, b.rule) ||
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.message, b.message) ||
    Number(a.waived) - Number(b.waived)
  );
}
