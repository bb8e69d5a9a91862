// A count and its noun. On its own so that the plan listing (validate's text) can say "3 hosts"
// without loading words.ts, whose runner-limit phrases come from the rule catalog.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
