// From bytes (or a string) to policy text: size limit, strict UTF-8, and no control
// characters. A problem here stops loading; nothing after it could be trusted to locate.
import { MAX_POLICY_BYTES } from './limits.js';

export type TextResult =
  | { ok: true; text: string }
  | { ok: false; line: number; column: number; message: string };

export function decodePolicyText(source: string | Uint8Array): TextResult {
  const size = typeof source === 'string' ? Buffer.byteLength(source, 'utf8') : source.byteLength;
  if (size > MAX_POLICY_BYTES) {
    return {
      ok: false,
      line: 1,
      column: 1,
      // The caller may have stopped reading just past the limit, so `size` is a lower bound
      // at best: name the limit, not a size the file may not have.
      message: `the policy file is larger than 1 MiB (the limit)`,
    };
  }
  let text: string;
  if (typeof source === 'string') {
    text = source;
  } else {
    const bad = firstInvalidUtf8(source);
    if (bad !== undefined) {
      const { line, column } = byteOffsetToPosition(source, bad);
      const hex = source[bad]!.toString(16).toUpperCase().padStart(2, '0');
      return { ok: false, line, column, message: `the policy is not valid UTF-8 (byte 0x${hex}); save it as UTF-8` };
    }
    // fatal: the scan above should have caught every bad byte; if it ever misses one, the
    // decoder throws and the caller's last-resort handler reports it rather than guessing.
    text = new TextDecoder('utf-8', { fatal: true }).decode(source);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM is harmless; drop it
  const control = firstForbiddenCharacter(text);
  if (control !== undefined) {
    const { line, column } = charOffsetToPosition(text, control.offset);
    return { ok: false, line, column, message: `${control.name} is not allowed in a policy file` };
  }
  return { ok: true, text };
}

/**
 * Offset of the first byte of the first ill-formed sequence (Unicode's table of well-formed
 * UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF), or undefined.
 * TextDecoder's fatal mode says only that something is wrong, not where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= bytes.length) return i; // truncated at the end of the file
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return undefined;
}

/** Line and column (in UTF-16 units, as editors and the YAML parser count) of a byte offset. */
function byteOffsetToPosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  // Everything before `offset` is valid UTF-8, so it decodes exactly.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  // A BOM on the first line is not counted by editors, nor by us once decoded.
  const prefix = line === 1 && before.charCodeAt(0) === 0xfeff ? before.slice(1) : before;
  return { line, column: prefix.length + 1 };
}

/** Line and column (both 1-based) of a character offset into text. */
export function charOffsetToPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * YAML allows tab, LF, CR and printable characters only. NUL and other controls usually mean
 * a binary or mis-encoded file, and they would end up in messages and logs.
 */
function firstForbiddenCharacter(text: string): { offset: number; name: string } | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x85) continue;
    if (c >= 0xa0 && c < 0xd800) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      return { offset: i, name: 'an unpaired surrogate' };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { offset: i, name: 'an unpaired surrogate' };
    if (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff) continue;
    if (c === 0) return { offset: i, name: 'a NUL byte' };
    const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    if (c === 0xfeff) return { offset: i, name: `a byte order mark (${code}) after the start of the file` };
    return { offset: i, name: `the control character ${code}` };
  }
  return undefined;
}
