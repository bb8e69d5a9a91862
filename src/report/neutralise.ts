// Remote text (greetings, replies, certificate names) is written by whoever runs the server we
// probe. Printed raw into a workflow log it could issue workflow commands (`::add-mask::`,
// `::error::`), fake log markers (`##[error]`), smuggle line breaks through the runner's `%0A`
// decoding, or repaint the log with ANSI escapes. Everything here makes such text inert while
// keeping it readable.

import { isIPv6 } from 'node:net';

/** Characters that never print as themselves: controls, format characters, line/paragraph separators, lone surrogates. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u;

const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\\': '\\\\',
};

const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

interface TokenOptions {
  /** Break `::` (workflow commands) and `%XX` (the runner's command-data decoding). */
  breakCommands: boolean;
}

function escapeInvisible(ch: string): string {
  const named = NAMED_ESCAPES[ch];
  if (named !== undefined) return named;
  const code = ch.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

/**
 * Turns text into atomic output pieces, one per input code point, so that truncation can never
 * cut an escape sequence in half.
 */
function tokens(text: string, options: TokenOptions): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    if (ch === '\\' || INVISIBLE.test(ch)) {
      out.push(escapeInvisible(ch));
    } else if (ch === '#' && next === '#' && startsLogMarker(chars, i + 1)) {
      // `##[error]` and the older `##vso[` are recognised anywhere in a line, not only at its start.
      out.push('# ');
    } else if (options.breakCommands && ch === ':' && next === ':' && !insideIpv6Literal(chars, i)) {
      out.push(': ');
    } else if (options.breakCommands && ch === '%' && HEX_PAIR.test((next ?? '') + (chars[i + 2] ?? ''))) {
      // Shown as `%25XX`: if anything ever decodes it, the result is the harmless literal `%XX`.
      out.push('%25');
    } else {
      out.push(ch);
    }
  }
  return out;
}

/** The longest IPv6 address text: 0000:0000:0000:0000:0000:ffff:255.255.255.255. */
const MAX_IPV6_TEXT = 45;

/**
 * Is the `::` at `at` part of an IPv6 address written on its own (`::1`, `fe80::1`, `[::1]:25`)?
 * Then it stays readable. Anything else (`::error::`, `file=x::y`) is broken: no workflow
 * command can hide inside an address, since every command name is a word that is not hex.
 */
function insideIpv6Literal(chars: string[], at: number): boolean {
  const inAddress = (c: string | undefined) => c !== undefined && /[0-9A-Fa-f:.]/.test(c);
  const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
  // No address is longer than MAX_IPV6_TEXT: a longer run is none, and stopping there keeps a
  // line of thousands of colons linear instead of rescanning the run from every '::' in it.
  let start = at;
  while (inAddress(chars[start - 1])) if (at - --start > MAX_IPV6_TEXT) return false;
  let end = at + 2;
  while (inAddress(chars[end])) if (++end - at > MAX_IPV6_TEXT) return false;
  if (isWordChar(chars[start - 1]) || isWordChar(chars[end])) return false;
  return isIPv6(chars.slice(start, end).join(''));
}

/** After the first `#` at `from`: does `#[` or `#vso[` follow? */
function startsLogMarker(chars: string[], from: number): boolean {
  const rest = chars.slice(from, from + 5).join('').toLowerCase();
  return rest.startsWith('#[') || rest.startsWith('#vso[');
}

function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Joins pieces, cutting at a piece boundary with an ellipsis when the result would exceed `max` code points. */
function joinWithin(pieces: string[], max: number): string {
  const lengths = pieces.map(codePointLength);
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total <= max) return pieces.join('');
  if (max < 1) return '';
  let used = 0;
  let kept = '';
  for (let i = 0; i < pieces.length; i++) {
    if (used + lengths[i]! > max - 1) break;
    used += lengths[i]!;
    kept += pieces[i];
  }
  return kept + '…';
}

/**
 * Makes peer text safe to print as (part of) one log line: no line breaks or control characters
 * (shown as `\n`, `\r`, `\x1b`, `\u2028`, …), no workflow command syntax (`::` becomes `: :`
 * unless it is part of an IPv6 address,
 * `##[` becomes `# #[`), no `%XX` the runner could decode (the `%` becomes `%25`), and at most
 * `max` characters, the last being `…` when something was cut.
 */
export function neutralise(remote: string, max = 200): string {
  return joinWithin(tokens(remote, { breakCommands: true }), max);
}

/**
 * For outputs that no runner parses but a person reads (the job summary): one line, controls
 * made visible, log markers broken, and otherwise as received.
 */
export function visibleText(remote: string, max = 200): string {
  return joinWithin(tokens(remote, { breakCommands: false }), max);
}
