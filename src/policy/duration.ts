// Durations as policies and command-line flags write them: a whole number and a unit.

export const MIN_DURATION_MS = 100;
export const MAX_DURATION_MS = 10 * 60 * 1000;

const UNIT_MS = { ms: 1, s: 1000, m: 60_000 } as const;

/**
 * `500ms`, `10s`, `2m` → milliseconds. Anything else, or a value outside 100ms–10m, yields
 * the reason in words (no value echoed back: callers quote it themselves).
 */
export function parseDuration(text: string): number | { error: string } {
  const match = /^([0-9]+)(ms|s|m)$/.exec(text);
  if (match === null) return { error: 'write a whole number followed by ms, s or m' };
  const [, digits, unit] = match as unknown as [string, string, keyof typeof UNIT_MS];
  // Long digit strings become huge or Infinity; both fall through to the maximum check.
  const ms = Number(digits) * UNIT_MS[unit];
  if (ms < MIN_DURATION_MS) return { error: 'the shortest allowed is 100ms' };
  if (ms > MAX_DURATION_MS) return { error: 'the longest allowed is 10m' };
  return ms;
}
