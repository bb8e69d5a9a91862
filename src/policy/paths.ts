// How messages name a place in the policy: hosts[0].require[1], defaults.tls.min-version.
import type { PathSegment } from './locate.js';

export function renderPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment.length > 40 ? `${segment.slice(0, 39)}…` : segment)}]`;
  }
  return out;
}

/** The path as the subject of a sentence; the root reads as "the policy". */
export function subjectOf(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'the policy' : renderPath(path);
}

/**
 * A JSON pointer (as ajv reports places) as path segments, array indexes as numbers. The
 * value tells indexes from keys that merely look like numbers.
 */
export function pointerToPath(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(key);
      path.push(index);
      current = current[index];
    } else {
      path.push(key);
      current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
    }
  }
  return path;
}

/** How a value reads in a message: 'text' quoted, lists and mappings by kind. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `'${clip(value)}'`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (value instanceof Date) return 'a timestamp';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

export function clip(text: string, max = 60): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
