// Maps a path into the policy's value (as the schema validator and our checks see it) back to
// the place in the YAML text that wrote it, following aliases and merge keys.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Pair } from 'yaml';
import type { AliasResolver } from './anchors.js';
import type { SourceLocation } from './types.js';

export type PathSegment = string | number;

interface Step {
  /** The node holding the value (an alias where the file wrote one). */
  value: Node | null;
  /** The key node, when the step went through a mapping. */
  key: Node | null;
  /** The node as written where the value was found (value and key may point elsewhere). */
  written: Node | null;
}

export class PolicyLocator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly aliases: AliasResolver,
    readonly file: string,
  ) {}

  /** The location of a character offset into the text. */
  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  /** Where the value at `path` is written; the nearest written ancestor if it is not. */
  value(path: readonly PathSegment[]): SourceLocation {
    const steps = this.walk(path);
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i]!;
      const node = step.value !== null && hasRange(step.value) ? step.value : step.key;
      if (node !== null && hasRange(node)) return this.at(node.range[0]);
    }
    return this.at(0);
  }

  /** Where the key naming the last segment of `path` is written (the value for list items). */
  key(path: readonly PathSegment[]): SourceLocation {
    const steps = this.walk(path);
    const last = steps.length === path.length ? steps[steps.length - 1] : undefined;
    if (last?.key != null && hasRange(last.key)) return this.at(last.key.range[0]);
    return this.value(path);
  }

  /** The text a scalar at `path` was written as (aliases followed); undefined for others. */
  scalarSource(path: readonly PathSegment[]): string | undefined {
    const steps = this.walk(path);
    if (steps.length !== path.length) return undefined;
    const node = this.resolve(steps[steps.length - 1]?.written ?? null);
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  }

  /** The root, as the walk starts from it. */
  rootLocation(): SourceLocation {
    const root = this.doc.contents;
    return root !== null && hasRange(root) ? this.at(root.range[0]) : this.at(0);
  }

  /**
   * One step per segment reached; shorter than `path` when the text does not hold it. Once
   * the walk passes through an alias (or a `<<` merge), every later step is located at that
   * alias or merge key: the content belongs to the entry that used it, not to the anchor.
   */
  private walk(path: readonly PathSegment[]): Step[] {
    const steps: Step[] = [];
    let current: Node | null = this.doc.contents as Node | null;
    let via: Node | null = null;
    for (const segment of path) {
      if (via === null && current !== null && isAlias(current) && hasRange(current)) via = current;
      const container = this.resolve(current);
      let step: Step | undefined;
      const index = typeof segment === 'number' ? segment : /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : -1;
      if (isSeq(container)) {
        const item = index >= 0 ? container.items[index] : undefined;
        if (item !== undefined) step = { value: (item as Node | null) ?? null, key: null, written: (item as Node | null) ?? null };
      } else if (isMap(container)) {
        const found = this.findPair(container.items as Pair[], String(segment), 0);
        if (found !== undefined) {
          const value = (found.pair.value as Node | null) ?? null;
          step = { value, key: found.pair.key as Node, written: value };
          if (via === null && found.merge !== undefined && hasRange(found.merge)) via = found.merge;
        }
      }
      if (step === undefined) break;
      steps.push(via === null ? step : { value: via, key: via, written: step.written });
      current = step.written;
    }
    return steps;
  }

  private resolve(node: Node | null): Node | null {
    if (node !== null && isAlias(node)) return this.aliases.resolve(node) ?? null;
    return node;
  }

  /**
   * The pair that supplies `key`: written directly (which wins, as in the loaded value), or
   * else through a `<<` merge, with the `<<` key of `items` it came through. `depth` bounds
   * merge chains that merge further merges.
   */
  private findPair(items: Pair[], key: string, depth: number): { pair: Pair; merge?: Node } | undefined {
    for (const pair of items) {
      if (isPair(pair) && isScalar(pair.key) && typeof pair.key.value !== 'symbol' && String(pair.key.value) === key) {
        return { pair };
      }
    }
    if (depth > 8) return undefined;
    for (const pair of items) {
      if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'symbol') continue;
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const source of sources) {
        const merged = this.resolve(source as Node | null);
        if (isMap(merged)) {
          const found = this.findPair(merged.items as Pair[], key, depth + 1);
          if (found !== undefined) return { pair: found.pair, merge: pair.key as Node };
        }
      }
    }
    return undefined;
  }
}

function hasRange(node: Node): node is Node & { range: [number, number, number] } {
  return Array.isArray(node.range);
}
