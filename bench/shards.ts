// (j) scale past one machine: the 1,000-endpoint fleet as 4 shard jobs at once, each a process of
// its own running `check --shard i/4` over its part of the policy (as a matrix of runners would),
// then the merge of their reports; and the merge of synthetic sets of 16 and 64 shard reports of
// 1,000 endpoints each, each merge in a fresh process so that its peak RSS is its own: per
// endpoint, time and memory must stay flat as the set grows (linear, not quadratic).
import { fork } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/report/types.js';
import type { FixtureTarget } from './fixtures.js';
import { milliseconds, type Row, seconds, within } from './rows.js';

const SHARDS = 4;
const SYNTHETIC_SETS = [16, 64];
const ENDPOINTS_PER_REPORT = 1000;
/** Peak memory a merged endpoint may add: its facts once, not its text, parse and copies as well. */
const RSS_PER_ENDPOINT_KB = 4;
const CONCURRENCY = 32;
/** Every bench host is 127.0.0.1: the per-address limit must not hold a shard to two at once. */
const PER_HOST = 32;

interface Done {
  ms: number;
  endpoints: number;
  result: string;
  /** CPU time of the whole job process, start-up included. */
  cpuMs: number;
  maxRssMb: number;
}

function job(message: object): Promise<Done> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./shard-worker.js', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m: { type: string; message?: string } & Done) => (m.type === 'done' ? resolve(m) : reject(new Error(m.message))));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`a shard job exited with ${code}`)));
    child.send(message);
  });
}

/** The fleet as a policy: every host name on every server's port (imaps and https). */
function fleetPolicy(names: string[], https: FixtureTarget[], imaps: FixtureTarget[]): string {
  const items = [...https.map((t) => `{ service: https, port: ${t.port} }`), ...imaps.map((t) => `{ service: imaps, port: ${t.port} }`)];
  const hosts = names.map((name) => `  - host: ${name}\n    require:\n${items.map((i) => `      - ${i}`).join('\n')}`).join('\n');
  return `version: 1\nhosts:\n${hosts}\n`;
}

/** `count` shard reports of ENDPOINTS_PER_REPORT endpoints each, made from a real one by renaming hosts. */
function syntheticSet(base: Report, count: number): Report[] {
  return Array.from({ length: count }, (_, k) => {
    const rename = (host: string, j: number) => `s${k + 1}r${j}.${host}`;
    const endpoints: Report['endpoints'] = [];
    const findings: Report['findings'] = [];
    for (let j = 0; endpoints.length < ENDPOINTS_PER_REPORT; j++) {
      for (const e of base.endpoints) if (endpoints.length < ENDPOINTS_PER_REPORT) endpoints.push({ ...e, host: rename(e.host, j) });
      for (const f of base.findings) if (f.host !== undefined) findings.push({ ...f, host: rename(f.host, j) });
    }
    return {
      ...base,
      summary: { ...base.summary, endpoints: endpoints.length },
      shard: { ...base.shard!, index: k + 1, count, requiredEndpoints: endpoints.length, concludedEndpoints: endpoints.length },
      endpoints,
      findings,
    };
  });
}

export async function shardRows(ready: { ca: string; hostNames: string[]; https: FixtureTarget[]; imaps: FixtureTarget[] }): Promise<Row[]> {
  const dir = await mkdtemp(join(os.tmpdir(), 'mtg-bench-shards-'));
  try {
    const policyPath = join(dir, 'policy.yml');
    const caFile = join(dir, 'ca.pem');
    await writeFile(policyPath, fleetPolicy(ready.hostNames, ready.https, ready.imaps));
    await writeFile(caFile, ready.ca);
    const reportPaths = Array.from({ length: SHARDS }, (_, i) => join(dir, `shard-${i + 1}.json`));
    const started = performance.now();
    const shards = await Promise.all(
      reportPaths.map((reportPath, i) => job({ type: 'check', policyPath, caFile, index: i + 1, count: SHARDS, reportPath, concurrency: CONCURRENCY, perHost: PER_HOST })),
    );
    const treeMs = performance.now() - started;
    const merged = await job({ type: 'merge', reportPaths, reportPath: join(dir, 'merged.json') });
    const slowest = Math.max(...shards.map((s) => s.ms));
    const total = shards.reduce((n, s) => n + s.endpoints, 0);

    const rows: Row[] = [
      { measure: `(j) ${total} endpoints as ${SHARDS} shard jobs at once (check --shard i/${SHARDS}, ${ready.hostNames.length} hosts)`, value: seconds(treeMs), target: '', verdict: '' },
      { measure: '    endpoints per shard', value: shards.map((s) => s.endpoints).join(' / '), target: '', verdict: '' },
      { measure: '    wall time per shard (slowest first)', value: shards.map((s) => s.ms).sort((a, b) => b - a).map((ms) => (ms / 1000).toFixed(2)).join(' / ') + ' s', target: '', verdict: '' },
      { measure: '    slowest shard', value: seconds(slowest), target: '', verdict: '' },
      { measure: '    CPU of the shard jobs together (start-up included)', value: seconds(shards.reduce((n, s) => n + s.cpuMs, 0)), target: '', verdict: '' },
      { measure: `    merge of the ${SHARDS} reports (${merged.endpoints} endpoints, ${merged.result})`, value: milliseconds(merged.ms), target: '', verdict: '' },
      { measure: '    merge peak RSS', value: `${merged.maxRssMb.toFixed(1)} MB`, target: '', verdict: '' },
    ];

    // The synthetic sets, from the first shard's real report.
    const base = JSON.parse(await readFile(reportPaths[0]!, 'utf8')) as Report;
    const perEndpoint: number[] = [];
    const rssPerEndpoint: number[] = [];
    for (const count of SYNTHETIC_SETS) {
      const set = syntheticSet(base, count);
      const paths = await Promise.all(
        set.map(async (report, k) => {
          const path = join(dir, `synthetic-${count}-${k + 1}.json`);
          await writeFile(path, JSON.stringify(report));
          return path;
        }),
      );
      const done = await job({ type: 'merge', reportPaths: paths, reportPath: join(dir, `synthetic-${count}-merged.json`) });
      const endpoints = count * ENDPOINTS_PER_REPORT;
      perEndpoint.push((done.ms * 1000) / endpoints);
      rssPerEndpoint.push(((done.maxRssMb - merged.maxRssMb) * 1024) / endpoints);
      rows.push(
        { measure: `    merge of ${count} synthetic reports (${done.endpoints} endpoints, ${done.result})`, value: milliseconds(done.ms), target: '', verdict: '' },
        { measure: '      per endpoint: time / peak RSS above a 4-report merge', value: `${perEndpoint.at(-1)!.toFixed(1)} µs / ${rssPerEndpoint.at(-1)!.toFixed(2)} KB`, target: '', verdict: '' },
        { measure: '      peak RSS', value: `${done.maxRssMb.toFixed(1)} MB`, target: '', verdict: '' },
      );
      await Promise.all(paths.map((path) => rm(path)));
    }
    // Slim: what each endpoint adds to the merge's peak memory. The merge keeps one copy of the
    // merged report in canonical form (equal certificate facts shared) and one shard's text.
    rows.push({
      measure: `    merge peak RSS per endpoint above a 4-report merge, ${SYNTHETIC_SETS.at(-1)} reports`,
      value: `${rssPerEndpoint.at(-1)!.toFixed(2)} KB`,
      target: `<= ${RSS_PER_ENDPOINT_KB} KB`,
      verdict: within(rssPerEndpoint.at(-1)! <= RSS_PER_ENDPOINT_KB),
    });
    // Linear: the per-endpoint time of the largest set within twice that of the smallest.
    const growth = perEndpoint.at(-1)! / perEndpoint[0]!;
    rows.push({
      measure: `    merge time per endpoint, ${SYNTHETIC_SETS.at(-1)} reports against ${SYNTHETIC_SETS[0]}`,
      value: `${growth.toFixed(2)}x`,
      target: '<= 2.0x (linear)',
      verdict: within(growth <= 2),
    });
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
