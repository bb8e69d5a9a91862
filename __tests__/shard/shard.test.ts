// Shards and merge, in process: the split is deterministic and keeps a host whole, and the merge
// of n = 3 shard runs over the loopback demo world finds exactly what one unsharded run finds.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startDemoWorld, type DemoWorld } from '../../src/demo/demo.js';
import { reportToJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/types.js';
import { check, merge, writeReportJson } from '../../src/run.js';
import { mergeReports } from '../../src/shard/merge.js';
import { inShard, parseShard, shardOfHost } from '../../src/shard/shard.js';

describe('parseShard', () => {
  test.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('%s', (text, value) => {
    expect(parseShard('shard', text)).toEqual({ ok: true, value });
  });
  test.each(['0/3', '4/3', '1/0', '1/257', 'a/b', '1', '1/2/3', '-1/2', ''])('refuses %j', (text) => {
    const parsed = parseShard('--shard', text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^--shard: .* is not i\/n/);
  });
});

describe('shardOfHost', () => {
  test('depends on the host name alone (case-insensitive), the same on every machine', () => {
    // Fixed values: a change to the split would send hosts to other jobs than their reports say.
    expect([1, 2, 3].map(() => shardOfHost('mail.example.com', 3))).toEqual([1, 1, 1]);
    expect(shardOfHost('MAIL.Example.COM', 3)).toBe(shardOfHost('mail.example.com', 3));
    expect(['a.example', 'b.example', 'c.example', 'd.example'].map((h) => shardOfHost(h, 4))).toEqual([4, 3, 3, 3]);
  });

  test('partitions a fleet: every endpoint in exactly one shard, a host never split', () => {
    const endpoints = Array.from({ length: 600 }, (_, i) => ({ host: `mx${i % 200}.fleet.example`, port: 25 + (i % 3) }));
    for (const count of [1, 2, 3, 7]) {
      const parts = Array.from({ length: count }, (_, i) => inShard(endpoints, { index: i + 1, count }));
      expect(parts.flat()).toHaveLength(endpoints.length);
      const hostShard = new Map<string, number>();
      parts.forEach((part, i) => {
        for (const e of part) {
          expect(hostShard.get(e.host) ?? i).toBe(i);
          hostShard.set(e.host, i);
        }
      });
      // 200 hosts spread over the shards: none empty, none with more than twice its share.
      for (const part of parts) {
        expect(part.length).toBeGreaterThan(0);
        expect(part.length).toBeLessThanOrEqual((2 * endpoints.length) / count);
      }
    }
  });
});

describe('merge of shard runs on the loopback demo world', () => {
  let world: DemoWorld;
  let dir: string;
  const policyPath = (): string => join(dir, 'policy.yml');

  beforeAll(async () => {
    world = await startDemoWorld();
    dir = await mkdtemp(join(tmpdir(), 'mtg-shard-test-'));
    const port = (service: string): string => new RegExp(`service: ${service}, port: (\\d+)`).exec(world.policyText)![1]!;
    // More hosts, all on the demo's servers: one name the certificate does not carry, one on a
    // port nobody listens on, and an expired waiver (a finding every shard makes on its own).
    const extra = Array.from(
      { length: 6 },
      (_, i) => `  - host: extra-${i}.demo.test
    require:
      - { service: imaps, port: ${port('imaps')} }
${i % 2 === 0 ? `      - { service: smtp, port: ${port('smtp')} }\n` : ''}`,
    ).join('');
    const text = `${world.policyText}${extra}waivers:
  - rule: certificate-name-mismatch
    host: extra-1.demo.test
    reason: "renamed host, certificate follows in OPS-1"
    expires: 2020-01-31
  - rule: certificate-name-mismatch
    host: extra-2.demo.test
    reason: "renamed host, certificate follows in OPS-2"
    expires: 2999-01-31
`;
    await writeFile(policyPath(), text);
    await writeFile(join(dir, 'ca.pem'), world.caPem);
  });
  afterAll(async () => {
    await world?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const run = (shard?: { index: number; count: number }, reportPath?: string) =>
    check({
      policyPath: policyPath(),
      policyName: 'policy.yml',
      failOn: 'error',
      concurrency: 16,
      perHost: 8,
      caFile: join(dir, 'ca.pem'),
      resolveAll: async (name) => {
        if (name.endsWith('.demo.test')) return ['127.0.0.1'];
        throw Object.assign(new Error('not a demo host'), { code: 'ENOTFOUND' });
      },
      shard,
      reportPath,
    });

  const place = (r: Report): string[] => r.endpoints.map((e) => `${e.host} ${e.address} ${e.port} ${e.service}`);

  test('n = 3: every host probed by exactly one shard, and the merge finds what one run finds', async () => {
    const whole = await run();
    if (whole.kind !== 'checked') throw new Error(JSON.stringify(whole.problems));
    expect(whole.report.shard).toBeUndefined();

    const paths: string[] = [];
    const shards: Report[] = [];
    for (const index of [1, 2, 3]) {
      const path = join(dir, `shard-${index}.json`);
      const outcome = await run({ index, count: 3 }, path);
      if (outcome.kind !== 'checked') throw new Error(JSON.stringify(outcome.problems));
      expect(outcome.report.shard).toMatchObject({ index, count: 3 });
      expect(outcome.report.shard!.policySha256).toMatch(/^[0-9a-f]{64}$/);
      const hosts = new Set(outcome.report.endpoints.map((e) => e.host));
      for (const host of hosts) expect(shardOfHost(host, 3)).toBe(index);
      shards.push(outcome.report);
      paths.push(path);
    }
    // The test means something only if the hosts are spread.
    expect(shards.filter((s) => s.endpoints.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(shards.flatMap(place).sort()).toEqual(place(whole.report).sort());

    const mergedPath = join(dir, 'merged.json');
    const sarifPath = join(dir, 'merged.sarif');
    // Given in any order.
    const merged = await merge({ reportPaths: [paths[2]!, paths[0]!, paths[1]!], failOn: 'error', reportPath: mergedPath, sarifPath });
    if (merged.kind !== 'merged') throw new Error(merged.problems.join('\n'));
    expect(merged.report.findings).toEqual(whole.report.findings);
    expect(merged.report.findings.filter((f) => f.rule === 'waiver-expired')).toHaveLength(1);
    expect(merged.report.summary).toEqual(whole.report.summary);
    expect(merged.exitCode).toBe(whole.exitCode);
    expect(place(merged.report)).toEqual(place(whole.report));
    expect(merged.report.shard).toBeUndefined();
    expect(JSON.parse(await readFile(mergedPath, 'utf8'))).toEqual(JSON.parse(reportToJson(merged.report)));
    // What the CLI writes to stdout for --format json: the file's bytes, in pieces, into a slow
    // pipe-like sink that takes one small write at a time, which is left open as stdout must be.
    const pieces: Buffer[] = [];
    const sink = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, done) {
        pieces.push(Buffer.from(chunk));
        setImmediate(done);
      },
    });
    await writeReportJson(merged.report, sink, { end: false });
    expect(Buffer.concat(pieces).equals(await readFile(mergedPath))).toBe(true);
    expect(pieces.length).toBe(merged.report.endpoints.length + 2);
    expect(sink.writableEnded).toBe(false);

    // Backpressure: while the sink takes nothing, only a few endpoints are put in writing, not
    // all of a large report; once it takes again, the rest follows, byte for byte.
    const template = merged.report.endpoints[0]!;
    const written = new Set<number>();
    const large: Report = {
      ...merged.report,
      endpoints: Array.from({ length: 500 }, (_, i) => {
        const endpoint = { ...template, address: `127.0.${i >> 8}.${i & 255}` };
        // `tls` is read when an endpoint is put in writing, never when the endpoints are sorted.
        return new Proxy(endpoint, { get: (target, key, receiver) => (key === 'tls' && written.add(i), Reflect.get(target, key, receiver)) });
      }),
    };
    const held: (() => void)[] = [];
    const slow: Buffer[] = [];
    const stalled = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, done) {
        slow.push(Buffer.from(chunk));
        held.push(done);
      },
    });
    const streaming = writeReportJson(large, stalled, { end: false });
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(written.size).toBeGreaterThan(0);
    expect(written.size).toBeLessThan(50);
    const release = setInterval(() => held.splice(0).forEach((done) => done()), 1);
    await streaming;
    clearInterval(release);
    expect(written.size).toBe(500);
    expect(Buffer.concat(slow).toString('utf8')).toBe(reportToJson(large));
    const sarif = JSON.parse(await readFile(sarifPath, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(merged.report.findings.length);

    // With another fail-on, the verdict is the merge's own.
    const lenient = await merge({ reportPaths: paths, failOn: 'never' });
    expect(lenient.kind === 'merged' && lenient.exitCode).toBe(0);

    // Refusals, every one with its reason.
    const texts = await Promise.all(paths.map((p) => readFile(p, 'utf8')));
    const files = texts.map((text, i) => ({ name: `shard-${i + 1}.json`, text }));
    const refused = (fs: { name: string; text: string }[]): string => {
      const r = mergeReports(fs, 'error');
      if (r.ok) throw new Error('merged what it should refuse');
      return r.problems.join('\n');
    };
    expect(refused(files.slice(0, 2))).toMatch(/shard 3\/3 is missing/);
    expect(refused([...files, { ...files[0]!, name: 'again.json' }])).toMatch(/shard 1\/3 is given more than once: shard-1\.json, again\.json/);
    const edit = (i: number, change: (r: Report) => void) => {
      const r = JSON.parse(texts[i]!) as Report;
      change(r);
      return { name: `edited-${i + 1}.json`, text: JSON.stringify(r) };
    };
    expect(refused([edit(0, (r) => (r.shard!.count = 4)), files[1]!, files[2]!])).toMatch(/different shard counts: n = 4 \(edited-1\.json\) vs n = 3/);
    expect(refused([edit(0, (r) => (r.policy = 'other.yml')), files[1]!, files[2]!])).toMatch(/different policies/);
    expect(refused([edit(0, (r) => (r.shard!.policySha256 = 'f'.repeat(64))), files[1]!, files[2]!])).toMatch(/different policy contents/);
    expect(refused([edit(0, (r) => (r.tool.version = '9.9.9')), files[1]!, files[2]!])).toMatch(/different tool versions/);
    expect(refused([edit(0, (r) => delete r.shard), files[1]!, files[2]!])).toMatch(/edited-1\.json: not a shard report/);
    expect(refused([edit(0, (r) => ((r as unknown as { reportVersion: number }).reportVersion = 2)), files[1]!, files[2]!])).toMatch(
      /edited-1\.json: not a mail-tls-gate report \(reportVersion 1\): \/reportVersion/,
    );
    expect(refused([{ name: 'broken.json', text: '{"reportVersion": 1,' }])).toMatch(/broken\.json: not JSON/);
    expect(refused([])).toMatch(/no report to merge/);
    const withEndpoint = shards.findIndex((s) => s.endpoints.length > 0);
    const other = (withEndpoint + 1) % 3;
    expect(
      refused(files.map((f, i) => (i === other ? edit(i, (r) => r.endpoints.push(shards[withEndpoint]!.endpoints[0]!)) : f))),
    ).toMatch(/is in both .* the shards were not split the same way/);
  }, 60_000);

  test('a merge where no required endpoint got through is inconclusive, never a pass', () => {
    const base = (index: number, required: number): Report => ({
      reportVersion: 1,
      tool: { name: 'mail-tls-gate', version: '1.0.0' },
      policy: 'p.yml',
      startedAt: `2030-01-01T00:00:0${index}.000Z`,
      durationMs: 10,
      summary: { errors: 0, warnings: 0, notices: 0, endpoints: 0, result: required > 0 ? 'inconclusive' : 'pass' },
      shard: { index, count: 2, policySha256: 'a'.repeat(64), requiredEndpoints: required, concludedEndpoints: 0 },
      endpoints: [],
      findings: [],
    });
    const files = [base(1, 2), base(2, 0)].map((r, i) => ({ name: `${i}`, text: JSON.stringify(r) }));
    const merged = mergeReports(files, 'error');
    expect(merged.ok && merged.report.summary.result).toBe('inconclusive');
    expect(merged.ok && merged.report.startedAt).toBe('2030-01-01T00:00:01.000Z');
    expect(merged.ok && merged.report.durationMs).toBe(1010);
  });

  test('forbidden services only, no host name resolved in any shard: inconclusive; one resolved: a pass; older shards without the counts still merge', () => {
    const base = (index: number, shard: Partial<Report['shard'] & object>): Report => ({
      reportVersion: 1,
      tool: { name: 'mail-tls-gate', version: '1.0.0' },
      policy: 'p.yml',
      startedAt: `2030-01-01T00:00:0${index}.000Z`,
      durationMs: 10,
      summary: { errors: 0, warnings: 0, notices: 0, endpoints: 0, result: 'pass' },
      shard: { index, count: 2, policySha256: 'a'.repeat(64), requiredEndpoints: 0, concludedEndpoints: 0, ...shard },
      endpoints: [],
      findings: [],
    });
    const merge = (a: Report, b: Report) => {
      const merged = mergeReports([a, b].map((r, i) => ({ name: `${i}`, text: JSON.stringify(r) })), 'error');
      return merged.ok ? merged.report.summary.result : merged.problems.join('; ');
    };
    expect(merge(base(1, { forbiddenEndpoints: 2, forbiddenResolved: 0 }), base(2, { forbiddenEndpoints: 1, forbiddenResolved: 0 }))).toBe('inconclusive');
    expect(merge(base(1, { forbiddenEndpoints: 2, forbiddenResolved: 0 }), base(2, { forbiddenEndpoints: 1, forbiddenResolved: 1 }))).toBe('pass');
    expect(merge(base(1, {}), base(2, {}))).toBe('pass');
  });

  test("each shard's DANE outcomes (its own MX endpoints) are kept, in the report's order", () => {
    const outcome = (host: string): NonNullable<Report['dane']>[number] => ({
      domain: 'example.com',
      host,
      address: '192.0.2.1',
      port: 25,
      applies: true,
      outcome: 'dane-ee',
      record: { usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) },
      certificate: { depth: 0, subject: `CN=${host}` },
    });
    const base = (index: number, dane: Report['dane']): Report => ({
      reportVersion: 1,
      tool: { name: 'mail-tls-gate', version: '1.0.0' },
      policy: 'p.yml',
      startedAt: `2030-01-01T00:00:0${index}.000Z`,
      durationMs: 10,
      summary: { errors: 0, warnings: 0, notices: 0, endpoints: 0, result: 'pass' },
      shard: { index, count: 2, policySha256: 'a'.repeat(64), requiredEndpoints: 0, concludedEndpoints: 0 },
      endpoints: [],
      ...(dane ? { dane } : {}),
      findings: [],
    });
    const merged = mergeReports([base(1, [outcome('mx2.example.com')]), base(2, [outcome('mx1.example.com')])].map((r, i) => ({ name: `${i}`, text: JSON.stringify(r) })), 'error');
    expect(merged.ok && merged.report.dane?.map((d) => d.host)).toEqual(['mx1.example.com', 'mx2.example.com']);
    // In its place among the keys, as a report of one run has it.
    expect(merged.ok && Object.keys(merged.report)).toEqual(['reportVersion', 'tool', 'policy', 'startedAt', 'durationMs', 'summary', 'endpoints', 'dane', 'findings']);
    const none = mergeReports([base(1, undefined), base(2, undefined)].map((r, i) => ({ name: `${i}`, text: JSON.stringify(r) })), 'error');
    expect(none.ok && none.report.dane).toBeUndefined();
  });
});
