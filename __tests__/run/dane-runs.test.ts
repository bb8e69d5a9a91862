// DANE over whole runs against a real signed zone (Knot DNS behind a validating unbound on
// loopback, __tests__/support/dnssec-zone.ts) and STARTTLS SMTP fixtures whose chains match, or
// deliberately do not match, their TLSA records:
// - the same zones give the same findings and the same `dane[]` on every run;
// - a policy split over two shards and merged finds exactly what one unsharded run finds: one
//   finding per (domain, MX host, rule), although each shard looks up every domain and judges
//   the chains of its own MX hosts only.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import type { Report } from '../../src/report/types.js';
import { check, merge } from '../../src/run.js';
import { shardOfHost } from '../../src/shard/shard.js';
import { describeWithDnssec, startDnssecWorld, tlsaData, tlsaLine, type DnssecWorld } from '../support/dnssec-zone.js';

/** Repeated runs: each is a full run against unbound and the fixtures, so three are enough. */
const RUNS = 3;

describeWithDnssec()('DANE over whole runs against a real signed zone', () => {
  let world: DnssecWorld;
  const servers: MailServer[] = [];
  let dir: string;
  let policyPath: string;

  /** A zone `<name>.test` with its MX hosts (all on 127.0.0.1) and their TLSA lines. */
  const zone = (name: string, signing: 'signed' | 'unsigned' | 'expired', hosts: Record<string, string[]>) => ({
    name: `${name}.test`,
    signing,
    records: Object.entries(hosts).flatMap(([host, tlsa], i) => [`@ MX ${10 * (i + 1)} ${host}.${name}.test.`, `${host} A 127.0.0.1`, ...tlsa]),
  });

  beforeAll(async () => {
    const certs = await createFixtureCertificates();
    const selfSigned = await certs.selfSigned(['mx.self.test']);
    const misnamed = await certs.selfSigned(['other.example.test']);
    const leaf = await certs.good(['mx.ta.test']);
    const issued = { cert: `${leaf.cert}${certs.ca.cert}`, key: leaf.key };
    const good = (host: string) => tlsaLine(host, 3, 1, 1, selfSigned.cert);
    const wrong = (host: string) => `_25._tcp.${host} TLSA 3 1 1 ${tlsaData(selfSigned.cert, 1, 1).replace(/.$/, (c) => (c === '0' ? '1' : '0'))}`;
    world = await startDnssecWorld([
      zone('ee', 'signed', { mx: [tlsaLine('mx', 3, 1, 1, misnamed.cert)] }),
      zone('ta', 'signed', { mx: [tlsaLine('mx', 2, 1, 1, certs.ca.cert)] }),
      zone('wrong', 'signed', { mx: [wrong('mx')] }),
      zone('pkix', 'signed', { mx: [tlsaLine('mx', 0, 0, 1, certs.ca.cert)] }),
      zone('none', 'signed', { mx1: [], mx2: [] }),
      zone('unsigned', 'unsigned', { mx1: [good('mx1')], mx2: [good('mx2')] }),
      zone('expired', 'expired', { mx: [good('mx')] }),
      // A signed domain whose MX host lives in the expired zone: its TLSA question gets SERVFAIL.
      { name: 'mxexp.test', signing: 'signed', records: ['@ MX 10 mx.expired.test.'] },
      // Four MX hosts over both shards: two that match none of their records, one that matches, one without any.
      zone('multi', 'signed', { mx1: [wrong('mx1')], mx2: [wrong('mx2')], mx3: [good('mx3')], mx4: [] }),
    ]);
    const serve = async (pem: { cert: string; key: string }) => {
      const server = await startMailFixture('smtp', 'good', pem);
      servers.push(server);
      return server.port;
    };
    const [selfPort, misnamedPort, issuedPort] = await Promise.all([serve(selfSigned), serve(misnamed), serve(issued)]);
    dir = await mkdtemp(join(tmpdir(), 'mtg-dane-runs-'));
    policyPath = join(dir, 'policy.yml');
    const domain = (name: string, port: number, dane = 'required') => [`  - domain: ${name}.test`, `    mx: { require: [{ service: smtp, port: ${port} }] }`, `    dane: ${dane}`];
    await writeFile(
      policyPath,
      [
        'version: 1',
        'defaults:',
        '  timeout: 5s',
        'domains:',
        ...domain('ee', misnamedPort),
        ...domain('ta', issuedPort),
        ...domain('wrong', selfPort),
        ...domain('pkix', selfPort),
        ...domain('none', selfPort),
        ...domain('unsigned', selfPort, 'optional'),
        ...domain('expired', selfPort),
        ...domain('mxexp', selfPort),
        ...domain('multi', selfPort),
        '',
      ].join('\n'),
    );
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await world?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const run = async (shard?: { index: number; count: number }, reportPath?: string): Promise<Report> => {
    const outcome = await check({
      policyPath,
      policyName: 'policy.yml',
      failOn: 'error',
      concurrency: 8,
      retryAfterMs: 100,
      heloName: 'gate.test',
      resolver: world.resolver,
      allowLoopback: true,
      shard,
      reportPath,
    });
    if (outcome.kind !== 'checked') throw new Error(JSON.stringify(outcome.problems));
    return outcome.report;
  };

  /** "host rule severity" of the DANE findings, the MX host a dane-mismatch names in place of the domain. */
  const daneFindings = (report: Report): string[] =>
    report.findings
      .filter((f) => f.rule.startsWith('dane-') || f.rule === 'dnssec-insecure' || (f.rule === 'check-inconclusive' && /_25\._tcp\./.test(f.evidence ?? '')))
      .map((f) => `${f.rule === 'dane-mismatch' ? /^No TLSA record of (\S+) /.exec(f.message)?.[1] : f.host} ${f.rule} ${f.severity}`);

  test(`${RUNS} runs of the same zones give the same findings and the same DANE outcomes, each zone its own`, async () => {
    const runs: Report[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run());
    const first = runs[0]!;
    // Compared one by one, so that a failure names the run that differed.
    runs.forEach((r, i) => expect([i, r.findings]).toEqual([i, first.findings]));
    runs.forEach((r, i) => expect([i, r.dane]).toEqual([i, first.dane]));
    runs.forEach((r, i) => expect([i, r.domains?.map(({ durationMs: _, ...facts }) => facts)]).toEqual([i, first.domains?.map(({ durationMs: _, ...facts }) => facts)]));
    // And what they agree on is each zone's verdict, not an empty list.
    expect(daneFindings(first).sort()).toEqual(
      [
        'mx.expired.test check-inconclusive warning',
        'mx.wrong.test dane-mismatch error',
        'mx1.multi.test dane-mismatch error',
        'mx2.multi.test dane-mismatch error',
        'multi.test dane-missing error',
        'none.test dane-missing error',
        'pkix.test dane-unusable warning',
        'unsigned.test dnssec-insecure warning',
      ].sort(),
    );
    expect(first.findings.filter((f) => f.host === 'ee.test' || f.host === 'mx.ee.test' || f.host === 'ta.test' || f.host === 'mx.ta.test')).toEqual([]);
    expect(first.dane?.filter((d) => d.applies && (d.outcome === 'dane-ee' || d.outcome === 'dane-ta')).map((d) => `${d.host} ${d.outcome}`)).toEqual([
      'mx.ee.test dane-ee',
      'mx3.multi.test dane-ee',
      'mx.ta.test dane-ta',
    ]);
  }, 120_000);

  test('two shards merged find exactly what one run finds: one finding per (domain, MX host, rule)', async () => {
    const whole = await run();
    const paths: string[] = [];
    const shards: Report[] = [];
    for (const index of [1, 2]) {
      const path = join(dir, `shard-${index}.json`);
      shards.push(await run({ index, count: 2 }, path));
      paths.push(path);
    }
    // The test means something only if each shard judged chains of MX hosts of its own, and both
    // drafted the domain findings that merge must not double.
    const mismatchedIn = (r: Report) => daneFindings(r).filter((f) => f.includes('dane-mismatch')).map((f) => f.split(' ')[0]!);
    expect(mismatchedIn(shards[0]!).length).toBeGreaterThan(0);
    expect(mismatchedIn(shards[1]!).length).toBeGreaterThan(0);
    for (const host of [...mismatchedIn(shards[0]!), ...mismatchedIn(shards[1]!)]) {
      expect([host, shardOfHost(host, 2)]).toEqual([host, mismatchedIn(shards[0]!).includes(host) ? 1 : 2]);
    }
    for (const shard of shards) expect(daneFindings(shard)).toEqual(expect.arrayContaining(['none.test dane-missing error', 'unsigned.test dnssec-insecure warning']));

    const merged = await merge({ reportPaths: [paths[1]!, paths[0]!], failOn: 'error' });
    if (merged.kind !== 'merged') throw new Error(merged.problems.join('\n'));
    expect(merged.report.findings).toEqual(whole.findings);
    expect(merged.report.dane).toEqual(whole.dane);
    expect(merged.report.summary).toEqual(whole.summary);
    expect(merged.exitCode).toBe(1);
    // One finding per (domain, MX host, rule).
    const keys = daneFindings(merged.report);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.includes('dane-mismatch')).sort()).toEqual(['mx.wrong.test dane-mismatch error', 'mx1.multi.test dane-mismatch error', 'mx2.multi.test dane-mismatch error']);
  }, 120_000);
});
