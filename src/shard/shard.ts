// Sharding: a large fleet's plan split over a matrix of jobs. Every host goes to one shard, by a
// stable hash of its name alone, so the split never depends on name resolution, on the machine or
// on what other hosts the policy names: adding a host never moves another one to a new shard, and
// one host's endpoints (all its addresses and ports) are always probed by the same job, which
// keeps the per-host connection cap meaningful.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as the user writes it (`2/4`). */
  index: number;
  count: number;
}

export const MAX_SHARDS = 256;

/** `i/n` with 1 ≤ i ≤ n ≤ 256. */
export function parseShard(name: string, text: string): { ok: true; value: Shard } | { ok: false; message: string } {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    return { ok: false, message: `${name}: '${text}' is not i/n with 1 <= i <= n <= ${MAX_SHARDS}, e.g. 2/4` };
  }
  return { ok: true, value: { index, count } };
}

/** The 1-based shard a host belongs to: SHA-256 of its lower-cased name, modulo the count. */
export function shardOfHost(host: string, count: number): number {
  const digest = createHash('sha256').update(host.toLowerCase(), 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The items (endpoints, facts) whose host falls in `shard`, in their order. */
export function inShard<T extends { host: string }>(items: readonly T[], shard: Shard): T[] {
  return items.filter((item) => shardOfHost(item.host, shard.count) === shard.index);
}
