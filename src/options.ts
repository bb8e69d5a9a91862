// Checks of the settings both entry points take (CLI flags, action inputs), with one wording.
import { FAIL_ON_VALUES } from './run.js';
import type { FailOn } from './rules/judge.js';
import { parseDuration } from './policy/duration.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseFailOn(name: string, text: string): Parsed<FailOn> {
  return (FAIL_ON_VALUES as readonly string[]).includes(text)
    ? { ok: true, value: text as FailOn }
    : { ok: false, message: `${name}: '${text}' is not one of ${FAIL_ON_VALUES.join(', ')}` };
}

export function parseConcurrency(name: string, text: string): Parsed<number> {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 1024
    ? { ok: true, value: n }
    : { ok: false, message: `${name}: '${text}' is not a whole number from 1 to 1024` };
}

export function parseTimeout(name: string, text: string): Parsed<number> {
  const ms = parseDuration(text);
  return typeof ms === 'number'
    ? { ok: true, value: ms }
    : { ok: false, message: `${name}: '${text}' is not a duration like 500ms, 10s or 2m (${ms.error})` };
}

/** YAML 1.2 core booleans, as the runner's own inputs accept them. */
export function parseBoolean(name: string, text: string): Parsed<boolean> {
  if (/^(true|True|TRUE)$/.test(text)) return { ok: true, value: true };
  if (/^(false|False|FALSE)$/.test(text)) return { ok: true, value: false };
  return { ok: false, message: `${name}: '${text}' is not true or false` };
}
