// Which node each alias stands for. yaml's own Alias.resolve searches the whole document on
// every call; an alias bomb makes hundreds of thousands of calls, so this indexes the
// anchors once and answers each alias from the index.
import { isAlias, isMap, isPair, isSeq } from 'yaml';
import type { Alias, Node, Pair } from 'yaml';

export class AliasResolver {
  private readonly anchors = new Map<string, Array<{ offset: number; node: Node }>>();
  private readonly aliases: Alias[] = [];

  constructor(root: Node | null) {
    for (const node of allNodes(root)) {
      if (isAlias(node)) {
        this.aliases.push(node);
        continue;
      }
      const name = (node as { anchor?: string }).anchor;
      if (name === undefined || node.range == null) continue;
      const list = this.anchors.get(name) ?? [];
      list.push({ offset: node.range[0], node });
      this.anchors.set(name, list);
    }
    for (const list of this.anchors.values()) list.sort((a, b) => a.offset - b.offset);
  }

  /** The node of the last anchor of that name before the alias, as YAML defines it. */
  resolve(alias: Alias): Node | undefined {
    const list = this.anchors.get(alias.source);
    const at = alias.range?.[0] ?? Number.POSITIVE_INFINITY;
    if (list === undefined) return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.offset < at) return list[i]!.node;
    }
    return undefined;
  }

  /** The first alias (in file order) that names no earlier anchor. */
  firstUnresolved(): Alias | undefined {
    return this.aliases
      .filter((alias) => this.resolve(alias) === undefined)
      .sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0))[0];
  }

  get hasAliases(): boolean {
    return this.aliases.length > 0;
  }
}

/** Every node as written (aliases not followed), without recursion. */
export function* allNodes(root: Node | null): Generator<Node> {
  const stack: Array<Node | null> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null || node === undefined) continue;
    yield node;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        if (isPair(item)) stack.push((item as Pair).key as Node | null, (item as Pair).value as Node | null);
        else stack.push(item as Node | null);
      }
    }
  }
}
