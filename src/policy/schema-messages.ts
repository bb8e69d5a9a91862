// ajv's errors, turned into one plain sentence per place. ajv reports every failed keyword
// of every oneOf branch; a person needs the one that matches what they wrote.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { describeDomainMistake, describeHostMistake } from './host-mistakes.js';
import { isRuleId, misplacedKeyHint } from './key-mistakes.js';
import type { PathSegment, PolicyLocator } from './locate.js';
import { clip, describeValue, pointerToPath, subjectOf } from './paths.js';
import type { SchemaObject } from './schema-source.js';
import { definitionNameOf } from './schema-validate.js';
import { closestMatch, didYouMean } from './suggest.js';
import type { PolicyProblem } from './types.js';

/** What an enum definition's values are called in messages ("not a known service"). */
const ENUM_NOUNS: Readonly<Record<string, string>> = {
  serviceName: 'service',
  ruleId: 'rule',
  severity: 'severity',
  tlsVersion: 'TLS version',
  addresses: 'address selection',
};

type Category = 'unknown-key' | 'missing-key' | 'value';

interface Issue {
  category: Category;
  path: PathSegment[];
  /** For unknown keys: the key; for missing keys: the keys. */
  keys: string[];
  /** Lower is more useful, when several issues describe the same value. */
  rank: number;
  message: string;
  /** For unknown keys: the key it is probably a typo of. */
  suggestion?: string;
}

export function schemaProblems(errors: ErrorObject[], root: unknown, locator: PolicyLocator): PolicyProblem[] {
  const issues = collapseAlternatives(errors).map((error) => toIssue(error, root));

  // One issue per value: the most useful of those ajv found for it.
  const byPlace = new Map<string, Issue>();
  const missing = new Map<string, Issue>();
  for (const issue of issues) {
    const place = JSON.stringify(issue.path);
    if (issue.category === 'missing-key') {
      const seen = missing.get(place);
      if (seen === undefined) missing.set(place, issue);
      else seen.keys.push(...issue.keys.filter((k) => !seen.keys.includes(k)));
      continue;
    }
    const id = `${issue.category}:${place}:${issue.keys.join('/')}`;
    const seen = byPlace.get(id);
    if (seen === undefined || issue.rank < seen.rank) byPlace.set(id, issue);
  }

  const problems: PolicyProblem[] = [];
  for (const issue of byPlace.values()) {
    const location = issue.category === 'unknown-key' ? locator.key([...issue.path, issue.keys[0]!]) : locator.value(issue.path);
    problems.push({ location, message: issue.message });
  }
  // A missing key that a misspelt key next to it explains ("hots" for "host") is said once.
  const typos = new Map<string, Set<string>>(); // place → keys the misspelt keys there suggest
  for (const other of byPlace.values()) {
    if (other.category !== 'unknown-key' || other.suggestion === undefined) continue;
    const place = JSON.stringify(other.path);
    const set = typos.get(place) ?? new Set<string>();
    set.add(other.suggestion);
    typos.set(place, set);
  }
  for (const [place, issue] of missing) {
    const explained = typos.get(place);
    const keys = issue.keys.filter((key) => explained === undefined || !explained.has(key));
    if (keys.length === 0) continue;
    const list = keys.map((k) => `'${k}'`).join(' and ');
    problems.push({
      location: locator.value(issue.path),
      message: `${subjectOf(issue.path)} is missing required key${keys.length > 1 ? 's' : ''} ${list}`,
    });
  }
  return problems;
}

/**
 * For each failed oneOf/anyOf (outermost first), keep only the errors of the branch whose
 * type fits the value written; when none fits, one error saying what was expected.
 *
 * Errors are indexed once by every instance path they sit at or under, so each alternative
 * looks only at the errors about its own value: linear in the number of errors, not square.
 */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  // Where each surviving error stands in the result; kept errors move to the end, in order.
  const order = new Map<ErrorObject, number>();
  let next = 0;
  for (const error of errors) order.set(error, next++);
  const alternatives = errors
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  if (alternatives.length === 0) return errors;
  // Instance path of an alternative → the errors at or inside it.
  const under = new Map<string, ErrorObject[]>(alternatives.map((a) => [a.instancePath, []]));
  for (const error of errors) {
    const pointer = error.instancePath;
    for (let cut = pointer.length; cut >= 0; cut = cut === 0 ? -1 : pointer.lastIndexOf('/', cut - 1)) {
      under.get(cut === pointer.length ? pointer : pointer.slice(0, cut))?.push(error);
    }
  }
  for (const alternative of alternatives) {
    if (!order.has(alternative)) continue; // part of an outer branch already dropped
    const prefix = `${alternative.schemaPath}/`;
    const branches = (Array.isArray(alternative.schema) ? alternative.schema : []) as SchemaObject[];
    // The same schema checks every item of a list: a branch error belongs to this
    // alternative only if it is also about this value or something inside it.
    const within = (under.get(alternative.instancePath) ?? []).filter((e) => order.has(e) && e.schemaPath.startsWith(prefix));
    const byBranch = new Map<number, ErrorObject[]>();
    for (const error of within) {
      const rest = error.schemaPath.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash <= 0) continue;
      const index = Number(rest.slice(0, slash));
      const list = byBranch.get(index);
      if (list === undefined) byBranch.set(index, [error]);
      else list.push(error);
    }
    const inBranch = (index: number) => byBranch.get(index) ?? [];
    const fitting = branches.map((_, i) => i).filter((i) => typeFits(branches[i]!, alternative.data));
    const parent = (alternative.parentSchema ?? {}) as SchemaObject;
    let kept: ErrorObject[];
    if (fitting.length === 1) {
      kept = inBranch(fitting[0]!);
    } else if (fitting.length > 1 && typeof parent['errorMessage'] !== 'string') {
      const counts = fitting.map((i) => inBranch(i).length);
      const best = fitting[counts.indexOf(Math.min(...counts))]!;
      kept = inBranch(best);
    } else {
      kept = [];
    }
    if (kept.length === 0) {
      // No branch fits the kind of value written (or each fails for its own reason): say
      // what the place takes, as a whole.
      kept = [{ ...alternative, keyword: 'alternatives', params: { branches } }];
    }
    order.delete(alternative);
    for (const error of within) order.delete(error);
    for (const error of kept) order.set(error, next++);
  }
  return [...order].sort((a, b) => a[1] - b[1]).map(([error]) => error);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeFits(schema: SchemaObject, value: unknown): boolean {
  const actual = jsonType(value);
  const fits = (t: string) => t === actual || (t === 'number' && actual === 'integer');
  const type = schema['type'];
  if (typeof type === 'string') return fits(type);
  if (Array.isArray(type)) return type.some((t) => fits(String(t)));
  const values = Array.isArray(schema['enum']) ? (schema['enum'] as unknown[]) : 'const' in schema ? [schema['const']] : undefined;
  if (values !== undefined) return values.some((v) => fits(jsonType(v)));
  return true;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'empty',
};

function toIssue(error: ErrorObject, root: unknown): Issue {
  const path = pointerToPath(error.instancePath, root);
  const subject = subjectOf(path);
  const schema = (error.parentSchema ?? {}) as SchemaObject;
  const custom = typeof schema['errorMessage'] === 'string' ? (schema['errorMessage'] as string) : undefined;
  const found = `; found ${describeValue(error.data)}`;
  const value = (rank: number, message: string): Issue => ({ category: 'value', path, keys: [], rank, message });

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((schema['properties'] ?? {}) as SchemaObject);
      const definition = definitionNameOf(schema);
      if (definition === 'hostRuleSeverities' && isRuleId(key)) {
        const message = `rule '${key}' in ${subject} judges a domain or the policy itself, not this host's endpoints; set its severity in the top-level rules`;
        return { category: 'unknown-key', path, keys: [key], rank: 0, message };
      }
      const misplaced = misplacedKeyHint(key, definition, known);
      const suggestion = misplaced === undefined ? closestMatch(key, known) : undefined;
      const hint = misplaced ?? didYouMean(suggestion);
      const message =
        definition === 'ruleSeverities' || definition === 'hostRuleSeverities'
          ? `unknown rule '${clip(key)}' in ${subject}${hint}`
          : `unknown key '${clip(key)}' in ${subject}${hint}`;
      return { category: 'unknown-key', path, keys: [key], rank: 0, message, ...(suggestion ? { suggestion } : {}) };
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      return { category: 'missing-key', path, keys: [key], rank: 0, message: '' };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ');
      return value(1, `${subject} ${custom ?? `must be ${expected}`}${found}`);
    }
    case 'alternatives': {
      const branches = (error.params as { branches: SchemaObject[] }).branches;
      const expected = branches.map((b) => String(b['title'] ?? TYPE_WORDS[String(b['type'])] ?? 'something else'));
      return value(1, `${subject} ${custom ?? `must be ${expected.join(' or ')}`}${found}`);
    }
    case 'const':
      return value(2, `${subject} ${custom ?? `must be ${JSON.stringify(schema['const'])}`}${found}`);
    case 'enum': {
      const allowed = [...new Set((error.params as { allowedValues: unknown[] }).allowedValues.map(formatAllowed))];
      const name = definitionNameOf(schema);
      const noun = (name !== undefined ? ENUM_NOUNS[name] : undefined) ?? String(schema['title'] ?? 'value');
      const written = typeof error.data === 'string' ? `'${clip(error.data)}'` : describeValue(error.data);
      // A version number is not a typo of its neighbours ("1.4" is one edit from each of them).
      const hint = name === 'tlsVersion' ? newestVersionHint(error.data, allowed) : typeof error.data === 'string' ? didYouMean(closestMatch(error.data, allowed)) : '';
      return value(2, `${written} is not a known ${noun}; expected one of ${allowed.join(', ')}${hint}`);
    }
    case 'pattern': {
      const name = definitionNameOf(schema);
      const text = String(error.data);
      if (name === 'hostName') return value(3, `${subject} '${clip(text)}' ${describeHostMistake(text)}`);
      if (name === 'domainName') return value(3, `${subject} '${clip(text)}' ${describeDomainMistake(text)}`);
      const explained = typeof schema['patternErrorMessage'] === 'string' ? (schema['patternErrorMessage'] as string) : custom;
      return value(3, `${subject} ${explained ?? 'is not in the expected form'}${found}`);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = error.params as { comparison: string; limit: number };
      const words = comparison === '>=' ? 'at least' : comparison === '<=' ? 'at most' : comparison === '>' ? 'more than' : 'less than';
      return value(4, `${subject} ${custom ?? `must be ${words} ${limit}`}${found}`);
    }
    case 'minLength':
      return value(
        4,
        (error.params as { limit: number }).limit === 1
          ? `${subject} must not be empty`
          : `${subject} must be at least ${(error.params as { limit: number }).limit} characters long`,
      );
    case 'maxLength':
      return value(4, `${subject} must be at most ${(error.params as { limit: number }).limit} characters long`);
    default:
      return value(5, `${subject} ${error.message ?? 'is not valid'}`);
  }
}

function formatAllowed(value: unknown): string {
  // TLS versions are also accepted as YAML numbers (1.2); list each once, as text.
  return typeof value === 'number' ? value.toFixed(Number.isInteger(value) ? 1 : String(value).split('.')[1]!.length) : String(value);
}

/** "; 1.3 is the newest" for a TLS version above every known one ("1.4", 2), else nothing. */
function newestVersionHint(data: unknown, allowed: readonly string[]): string {
  const written = typeof data === 'number' ? data : typeof data === 'string' ? Number(data) : Number.NaN;
  const newest = allowed[allowed.length - 1]!;
  return Number.isFinite(written) && written > Number(newest) ? `; ${newest} is the newest` : '';
}
