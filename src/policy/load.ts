// Reading a policy file: every problem found, each at its line and column, or a Policy that
// passed them all. Never throws; never returns a policy that had any problem.
import { open } from 'node:fs/promises';
import { buildPolicy } from './build.js';
import { checkBeyondSchema } from './semantic-checks.js';
import { MAX_POLICY_BYTES } from './limits.js';
import { schemaProblems } from './schema-messages.js';
import { validateAgainstSchema } from './schema-validate.js';
import { decodePolicyText } from './decode-text.js';
import type { Policy, PolicyProblem, SourceLocation } from './types.js';
import { readYaml } from './yaml-source.js';

export type PolicyLoadResult =
  /** `source`: the text the policy was read from, for whoever must name exactly that text (shards hash it). */
  | { ok: true; policy: Policy; source: string | Uint8Array }
  /** `unreadable`: why the file could not be read at all ("no such file"), when that is the problem. */
  | { ok: false; problems: PolicyProblem[]; unreadable?: string };

export function parsePolicy(source: string | Uint8Array, file: string): PolicyLoadResult {
  try {
    return parseUnguarded(source, file);
  } catch (error) {
    // Last resort: the guards should stop hostile input before anything recurses or throws,
    // but a policy loader must answer with a problem, never a stack trace.
    const reason = error instanceof RangeError ? 'it is too large or nests too deeply' : 'of an internal error';
    return refuse(file, `the policy could not be read because ${reason}`);
  }
}

function parseUnguarded(source: string | Uint8Array, file: string): PolicyLoadResult {
  const decoded = decodePolicyText(source);
  if (!decoded.ok) {
    return { ok: false, problems: [{ location: { file, line: decoded.line, column: decoded.column }, message: decoded.message }] };
  }
  const yaml = readYaml(decoded.text, file);
  if (!yaml.ok) return { ok: false, problems: sortProblems(yaml.problems) };
  const { value, locator } = yaml;

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'a list' : value === null ? 'an empty value' : `a single value`;
    return {
      ok: false,
      problems: [{ location: locator.rootLocation(), message: `the policy must be a mapping of keys such as version and hosts; found ${found}` }],
    };
  }

  const problems = [
    ...schemaProblems(validateAgainstSchema(value), value, locator),
    ...checkBeyondSchema(value as Record<string, unknown>, locator),
  ];
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, policy: buildPolicy(value, locator), source };
}

export async function loadPolicyFile(path: string, displayFile: string = path): Promise<PolicyLoadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(path, MAX_POLICY_BYTES + 1);
  } catch (error) {
    const reason = describeFsError(error);
    return { ...refuse(displayFile, `cannot read the policy file: ${reason}`), unreadable: reason } as PolicyLoadResult;
  }
  return parsePolicy(bytes, displayFile);
}

/** "file:line:col: message" — the form editors and CI logs link to the place. */
export function formatProblem(p: PolicyProblem): string {
  const { file, line, column } = p.location;
  return `${file}:${line}:${column}: ${p.message}`;
}

/**
 * Reads up to `limit` bytes. Stopping there (rather than trusting the size the file system
 * reports) keeps a huge file or an endless device from being read in full before refusal.
 */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let filled = 0;
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return typeof code === 'string' ? code : 'unknown error';
  }
}

function refuse(file: string, message: string): PolicyLoadResult {
  const location: SourceLocation = { file, line: 1, column: 1 };
  return { ok: false, problems: [{ location, message }] };
}

/** Most problems reported one by one; the rest are counted in one final problem. */
export const MAX_REPORTED_PROBLEMS = 100;

function sortProblems(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  const sorted = problems
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  if (sorted.length <= MAX_REPORTED_PROBLEMS) return sorted;
  // Thousands of lines of problems help nobody; the first ones (by line) show the pattern.
  const rest = sorted.length - MAX_REPORTED_PROBLEMS;
  return [
    ...sorted.slice(0, MAX_REPORTED_PROBLEMS),
    { location: sorted[MAX_REPORTED_PROBLEMS]!.location, message: `… and ${rest} more problem${rest === 1 ? '' : 's'}` },
  ];
}
