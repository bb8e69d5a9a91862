// The bench's table: one row per measure, its value, its target and whether it is within.

export type Verdict = 'within' | 'over' | '';

export interface Row {
  measure: string;
  value: string;
  target: string;
  verdict: Verdict;
}

export function table(rows: Row[]): string {
  const head: Row = { measure: 'measure', value: 'value', target: 'target', verdict: 'verdict' as Verdict };
  const all = [head, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const w = { measure: width('measure'), value: width('value'), target: width('target'), verdict: width('verdict') };
  const line = (r: Row) =>
    `${r.measure.padEnd(w.measure)}  ${r.value.padStart(w.value)}  ${r.target.padEnd(w.target)}  ${r.verdict}`.trimEnd();
  const rule = `${'-'.repeat(w.measure)}  ${'-'.repeat(w.value)}  ${'-'.repeat(w.target)}  ${'-'.repeat(w.verdict)}`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const milliseconds = (ms: number) => (Number.isNaN(ms) ? 'none' : `${Math.round(ms)} ms`);
export const within = (ok: boolean): Verdict => (ok ? 'within' : 'over');

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
