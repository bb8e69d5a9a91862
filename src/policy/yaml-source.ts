// Policy text → one YAML document and its plain value, with every syntax problem located.
// Guards run before the expensive or recursive steps they protect: nesting depth before the
// composer (which recurses per level), alias expansion before anything walks the value.
import { Composer, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { CST, Document, Node, Pair, YAMLError } from 'yaml';
import { MAX_EXPANDED_VALUES, MAX_NESTING_DEPTH, YAML_MAX_ALIAS_COUNT } from './limits.js';
import { AliasResolver, allNodes } from './anchors.js';
import { PolicyLocator } from './locate.js';
import { clip } from './paths.js';
import { roughNestingOverflow } from './nesting-scan.js';
import { charOffsetToPosition } from './decode-text.js';
import type { PolicyProblem } from './types.js';

export type YamlResult =
  | { ok: true; value: unknown; locator: PolicyLocator }
  | { ok: false; problems: PolicyProblem[] };

export function readYaml(text: string, file: string): YamlResult {
  const lines = new LineCounter();
  const where = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };

  const blatant = roughNestingOverflow(text, 2 * MAX_NESTING_DEPTH);
  if (blatant !== undefined) {
    // The parser's line counter has seen nothing yet; count lines here instead.
    return fail({ file, ...charOffsetToPosition(text, blatant) }, `the policy nests deeper than ${MAX_NESTING_DEPTH} levels`);
  }

  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== undefined) {
    return fail(where(tooDeep), `the policy nests deeper than ${MAX_NESTING_DEPTH} levels`);
  }

  const composer = new Composer({ uniqueKeys: true, merge: true, prettyErrors: false, strict: true });
  const docs = Array.from(composer.compose(tokens, true, text.length));
  const doc = docs[0];
  if (doc === undefined) return fail(where(0), 'the policy is empty; it must start with version: 1');
  const aliases = new AliasResolver(doc.contents as Node | null);
  const locator = new PolicyLocator(doc, lines, aliases, file);

  const problems: PolicyProblem[] = [];
  let yamlErrors = [...doc.errors, ...doc.warnings];
  // An unclosed quote or bracket is noticed only at the end of the file (often twice, for
  // nested brackets): report it once, where it was opened.
  const unclosed = yamlErrors.filter(isUnclosedError);
  const opener = unclosed.length > 0 ? firstUnclosed(tokens) : undefined;
  if (opener !== undefined) {
    yamlErrors = yamlErrors.filter((error) => !isUnclosedError(error));
    problems.push({ location: where(opener.offset), message: opener.message });
  }
  // An over-indented key makes yaml report the key above it twice; say what is wrong, once,
  // at the over-indented key.
  for (const error of yamlErrors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY')) {
    const twin = yamlErrors.find((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY' && e.pos[0] === error.pos[0]);
    if (twin === undefined) continue;
    yamlErrors = yamlErrors.filter((e) => e !== error && e !== twin);
    problems.push({
      location: where(nextContentLine(text, error.pos[0])),
      message: 'this key is indented further than the key above it; keys of one mapping must start at the same column',
    });
  }
  for (const error of yamlErrors) {
    problems.push({ location: where(error.pos[0]), message: describeYamlError(error, text, doc, lines) });
  }
  if (docs.length > 1) {
    const second = docs[1]!;
    const start = second.range?.[0] ?? 0;
    problems.push({
      location: where(startOfSecondDocument(text, start)),
      message: 'a policy file holds one YAML document; found another one here',
    });
    // Problems in later documents would only distract: the file is wrong as a whole.
  }
  if (problems.length > 0) return { ok: false, problems };

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.source === '')) {
    return fail(where(0), 'the policy is empty; it must start with version: 1');
  }

  const dangling = aliases.firstUnresolved();
  if (dangling !== undefined) {
    return fail(
      where(dangling.range?.[0] ?? 0),
      `alias *${clip(dangling.source)} refers to no anchor &${clip(dangling.source)} written before it`,
    );
  }

  const bomb = aliases.hasAliases ? firstOverExpansion(doc, aliases) : undefined;
  if (bomb !== undefined) return fail(where(bomb.offset), bomb.message);

  // yaml would stringify a mapping or list used as a key (and print a warning doing so): no
  // policy key is anything but a plain word, so say so at the key instead.
  const collectionKey = firstCollectionKey(doc);
  if (collectionKey !== undefined) return fail(where(collectionKey), 'a key must be a plain word, not a list or mapping');

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch (error) {
    // Only reachable if the expansion guard above misjudged; report, never crash.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(locator.rootLocation(), `the policy could not be read: ${lowerFirst(detail)}`);
  }
  return { ok: true, value, locator };
}

/** Offset of the first mapping key that is itself a collection (walked without recursion). */
function firstCollectionKey(doc: Document): number | undefined {
  let first: number | undefined;
  for (const node of allNodes(doc.contents as Node | null)) {
    if (!isMap(node)) continue;
    for (const pair of node.items) {
      if (!isMap(pair.key) && !isSeq(pair.key)) continue;
      const offset = (pair.key as Node).range?.[0] ?? 0;
      if (first === undefined || offset < first) first = offset;
    }
  }
  return first;
}

function fail(location: PolicyProblem['location'], message: string): YamlResult {
  return { ok: false, problems: [{ location, message }] };
}

/**
 * Offset of the first collection nested deeper than the limit, walking the concrete syntax
 * tree with an explicit stack (the parser builds it without recursion; we must not recurse
 * either).
 */
function firstTooDeep(tokens: CST.Token[]): number | undefined {
  const stack: Array<{ token: CST.Token; depth: number }> = [];
  for (const token of tokens) {
    if (token.type === 'document' && token.value !== undefined) stack.push({ token: token.value, depth: 0 });
  }
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > MAX_NESTING_DEPTH) return token.offset;
    for (const item of token.items as CST.CollectionItem[]) {
      if (item.key != null) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value !== undefined) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Walks the document as a tree, aliases followed, counting values and depth. Aliases can
 * make a tiny file into billions of values (or an endless loop, when an anchor refers to
 * itself); this stops at a fixed budget and names the alias that blew it.
 */
function firstOverExpansion(doc: Document, aliases: AliasResolver): { offset: number; message: string } | undefined {
  const stack: Array<{ node: Node | null; depth: number; via: Node | null }> = [
    { node: doc.contents as Node | null, depth: 0, via: null },
  ];
  let count = 0;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    let node = entry.node;
    let via = entry.via;
    if (node === null) continue;
    if (isAlias(node)) {
      via ??= node;
      node = aliases.resolve(node) ?? null;
      if (node === null) continue;
    }
    count += 1;
    const offset = via?.range?.[0] ?? node.range?.[0] ?? 0;
    if (count > MAX_EXPANDED_VALUES) {
      return {
        offset,
        message: `aliases expand the policy to more than ${MAX_EXPANDED_VALUES} values; refusing a likely alias bomb`,
      };
    }
    if (entry.depth > MAX_NESTING_DEPTH) {
      return { offset, message: `aliases nest the policy deeper than ${MAX_NESTING_DEPTH} levels` };
    }
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          stack.push({ node: (item as Pair).key as Node | null, depth: entry.depth + 1, via });
          stack.push({ node: (item as Pair).value as Node | null, depth: entry.depth + 1, via });
        } else {
          stack.push({ node: item as Node | null, depth: entry.depth + 1, via });
        }
      }
    }
  }
  return undefined;
}

function isUnclosedError(error: YAMLError): boolean {
  if (error.code !== 'MISSING_CHAR' && error.code !== 'BAD_INDENT' && error.code !== 'UNEXPECTED_TOKEN') return false;
  return /closing .?quote|end with [\]}]|flow (sequence|map|collection)/i.test(error.message);
}

/**
 * The quote or bracket left open: the first unclosed quoted value (which swallows whatever
 * follows it, brackets included), else the innermost unclosed flow collection.
 */
function firstUnclosed(tokens: CST.Token[]): { offset: number; message: string } | undefined {
  const stack: CST.Token[] = [];
  for (const token of tokens) if (token.type === 'document' && token.value !== undefined) stack.push(token.value);
  let quote: number | undefined;
  let flow: { offset: number; message: string } | undefined;
  while (stack.length > 0) {
    const token = stack.pop()!;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      if (!isClosedQuote(token.source) && (quote === undefined || token.offset < quote)) quote = token.offset;
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (token.type === 'flow-collection') {
      const closed = token.end.some((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
      if (!closed && (flow === undefined || token.offset > flow.offset)) {
        flow = { offset: token.offset, message: `this ${token.start.source} is never closed` };
      }
    }
    for (const item of token.items as CST.CollectionItem[]) {
      if (item.key != null) stack.push(item.key);
      if (item.value !== undefined) stack.push(item.value);
    }
  }
  if (quote !== undefined) return { offset: quote, message: 'this quoted string is never closed' };
  return flow;
}

function isClosedQuote(source: string): boolean {
  const mark = source[0];
  if (source.length < 2) return false;
  if (mark === "'") {
    // '' inside single quotes is an escaped quote; the string closes on a lone one.
    let i = 1;
    while (i < source.length) {
      if (source[i] === "'") {
        if (source[i + 1] === "'") i += 2;
        else return i === source.length - 1;
      } else i += 1;
    }
    return false;
  }
  let i = 1;
  while (i < source.length) {
    if (source[i] === '\\') i += 2;
    else if (source[i] === '"') return i === source.length - 1;
    else i += 1;
  }
  return false;
}

/** Offset of the first non-space character on the first non-blank line after `offset`'s. */
function nextContentLine(text: string, offset: number): number {
  let at = text.indexOf('\n', offset);
  while (at >= 0 && at + 1 < text.length) {
    const start = at + 1;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (indent < line.length && line[indent] !== '#' && line[indent] !== '\r') return start + indent;
    at = end;
  }
  return offset;
}

/** Where the second document begins: its `---` marker if it has one. */
function startOfSecondDocument(text: string, contentStart: number): number {
  const marker = text.lastIndexOf('---', contentStart);
  return marker >= 0 && (marker === 0 || text[marker - 1] === '\n') ? marker : contentStart;
}

function describeYamlError(error: YAMLError, text: string, doc: Document, lines: LineCounter): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return describeDuplicateKey(error.pos[0], text, doc, lines);
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation; indent with spaces';
    case 'TAG_RESOLVE_FAILED':
      return `${clip(lowerFirst(error.message))}; a policy uses plain YAML values only`;
    case 'MULTILINE_IMPLICIT_KEY':
      return "a key must be followed by ':' on the same line (is a ':' missing?)";
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a mapping cannot start on the same line as its key; put nested keys on their own, indented lines';
    case 'BAD_SCALAR_START':
      return `${clip(lowerFirst(error.message))}; quote the value`;
    case 'RESOURCE_EXHAUSTION':
      return 'the policy is too large or nests too deeply to read';
    default:
      // yaml's messages are plain English; keep them, on one bounded line.
      return clip(lowerFirst(error.message.replace(/\s+/g, ' ').trim()), 200);
  }
}

/** "duplicate key 'host' (first at line 3)", finding the first occurrence in the same map. */
function describeDuplicateKey(offset: number, text: string, doc: Document, lines: LineCounter): string {
  for (const node of allNodes(doc.contents as Node | null)) {
    if (!isMap(node)) continue;
    const pairs = node.items as Pair[];
    const duplicate = pairs.find((p) => (p.key as Node | null)?.range?.[0] === offset);
    if (duplicate === undefined || !isScalar(duplicate.key)) continue;
    const name = String(duplicate.key.value);
    const first = pairs.find((p) => p !== duplicate && isScalar(p.key) && String(p.key.value) === name);
    const firstStart = (first?.key as Node | undefined)?.range?.[0];
    const seen = firstStart === undefined ? '' : ` (first set at line ${lines.linePos(firstStart).line})`;
    return `duplicate key '${clip(name)}'${seen}`;
  }
  const snippet = /^[^\s:]*/.exec(text.slice(offset, offset + 80))?.[0] ?? '';
  return snippet === '' ? 'duplicate key in this mapping' : `duplicate key '${clip(snippet)}'`;
}

function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
}
