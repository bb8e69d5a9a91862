// Waivers: a waiver hides matching findings until the end of its expires day (UTC); after
// that it waives nothing and becomes a finding of its own, at its own line.
import { DAY_MS } from '../common/time.js';
import type { Waiver } from '../policy/types.js';
import { canonicalName } from '../common/host-names.js';
import type { Finding } from './types.js';

/** The last millisecond the waiver holds, or NaN when the date does not parse. */
export function waiverEnd(waiver: Waiver): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waiver.expires.trim());
  if (match === null) return Number.NaN;
  const [, year, month, day] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) + DAY_MS - 1;
}

/** An unparseable date never waives: failing safe beats hiding findings forever. */
export function isWaiverActive(waiver: Waiver, now: Date): boolean {
  const end = waiverEnd(waiver);
  return !Number.isNaN(end) && now.getTime() <= end;
}

export function waiverCovers(waiver: Waiver, finding: Finding): boolean {
  if (waiver.rule !== finding.rule) return false;
  if (canonicalName(waiver.host) !== canonicalName(finding.host)) return false;
  return waiver.port === null || waiver.port === finding.port;
}

/** Marks findings covered by an active waiver (the first in policy order gives the reason). */
export function applyWaivers(findings: Finding[], waivers: readonly Waiver[], now: Date): Finding[] {
  const active = waivers.filter((waiver) => isWaiverActive(waiver, now));
  return findings.map((finding) => {
    const waiver = active.find((candidate) => waiverCovers(candidate, finding));
    return waiver === undefined ? finding : { ...finding, waived: true, waiverReason: waiver.reason };
  });
}

export function expiredWaivers(waivers: readonly Waiver[], now: Date): Waiver[] {
  return waivers.filter((waiver) => !isWaiverActive(waiver, now));
}
