// Targets that DNS supplies (MX hosts, CNAME targets, the MTA-STS policy host, their addresses):
// host-name syntax, the caps, and the loopback/link-local filter. The pure parts as tables; the
// rest through check() with the `resolver` setting pointed at a DNS responder on loopback that
// serves what no well-behaved server would (names with ':', '#', '[' and spaces, a dozen MX hosts,
// loopback addresses). Every address in the zone is a loopback one: nothing leaves the machine.
import net from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { admitAddresses, isHostName } from '../../src/probe/dns-targets.js';
import { MAX_ADDRESSES_PER_NAME } from '../../src/facts/vocabulary.js';
import { formatText } from '../../src/report/text.js';
import { check, type CheckOutcome } from '../../src/run.js';
import { commandInjections } from '../action/runner.js';
import { startDnsResponder, type DnsResponder, type Zone } from '../support/dns-responder.js';

describe('host names (LDH)', () => {
  test.each(['mx1.example.com', 'MX1.Example.COM.', 'a', 'xn--bcher-kva.example', 'a-b.c-d.example', `${'a'.repeat(63)}.example`, '1.2.3.example'])('%j is one', (name) => {
    expect(isHostName(name)).toBe(true);
  });
  test.each([
    '',
    '.',
    '::stop-commands::pwned',
    '##[error]pwned.example',
    'mx with space.example',
    '[mx].example',
    'mx\\.example',
    'mx_1.example',
    '-mx.example',
    'mx-.example',
    'a..example',
    'mx.example..',
    `${'a'.repeat(64)}.example`,
    `${'a.'.repeat(127)}example`,
    '192.0.2.1',
    'mx.example.123',
    'mx.exämple.com',
  ])('%j is not one', (name) => {
    expect(isHostName(name)).toBe(false);
  });
});

describe('DNS-supplied addresses admitted', () => {
  test('admitted: restricted ones out unless allowed, then at most 8, in the answer order, once each', () => {
    const many = Array.from({ length: 11 }, (_, i) => `192.0.2.${i + 1}`);
    const admitted = admitAddresses(['127.0.0.1', ...many, '192.0.2.1', '::1'], false);
    expect(admitted.kept).toEqual(many.slice(0, MAX_ADDRESSES_PER_NAME));
    expect(admitted.overCap).toEqual(many.slice(MAX_ADDRESSES_PER_NAME));
    expect(admitted.restricted).toEqual([
      { address: '127.0.0.1', range: 'loopback' },
      { address: '::1', range: 'loopback' },
    ]);
    expect(admitAddresses(['127.0.0.1', '::1'], true)).toEqual({ kept: ['127.0.0.1', '::1'], restricted: [], overCap: [] });
  });
});

describe('DNS-supplied targets through check(), against a DNS responder on loopback', () => {
  let dir: string;
  let certs: FixtureCertificates;
  let dns: DnsResponder;
  let smtp: MailServer;
  /** Where every mta-sts.<domain> is fetched: counts the connections that reach it. */
  let policyHost: net.Server;
  let policyHostConnections = 0;
  /** A port nothing listens on: probes there are refused at once. */
  let closedPort: number;

  const zone: Zone = {
    // An MX host on loopback, one reached through a CNAME, and one the policy names itself.
    'loop.test': {
      mx: [
        { preference: 10, exchange: 'mx.loop.test' },
        { preference: 20, exchange: 'alias.loop.test' },
        { preference: 30, exchange: 'localhost' },
      ],
    },
    'mx.loop.test': { a: ['127.0.0.1'], aaaa: ['::1'] },
    'alias.loop.test': { cname: 'mx2.loop.test' },
    'mx2.loop.test': { a: ['127.3.4.5'], aaaa: ['::ffff:127.0.0.1'] },
    localhost: { a: ['127.0.0.1'] },
    '_mta-sts.loop.test': { txt: [['v=STSv1; id=1']] },
    'mta-sts.loop.test': { a: ['127.0.0.1'] },
    // Names no host name may have; each resolves, so only the name check keeps them out.
    'names.test': {
      mx: [
        { preference: 10, exchange: '::stop-commands::pwned' },
        { preference: 20, exchange: '##[error]pwned.names.test' },
        { preference: 30, exchange: 'mx with space.names.test' },
        { preference: 40, exchange: '[mx].names.test' },
        { preference: 50, exchange: 'cname.names.test' },
        { preference: 60, exchange: 'mx.names.test' },
      ],
    },
    '::stop-commands::pwned': { a: ['127.0.0.1'] },
    '##[error]pwned.names.test': { a: ['127.0.0.1'] },
    'mx with space.names.test': { a: ['127.0.0.1'] },
    '[mx].names.test': { a: ['127.0.0.1'] },
    'cname.names.test': { cname: '::error::cname pwned.names.test' },
    '::error::cname pwned.names.test': { a: ['127.0.0.1'] },
    'mx.names.test': { a: ['127.0.0.1'] },
    '_mta-sts.names.test': { txt: [['v=STSv1; id=1']] },
    'mta-sts.names.test': { cname: '##[warning]sts pwned.names.test' },
    '##[warning]sts pwned.names.test': { a: ['127.0.0.1'] },
    // Thirteen MX hosts, the first with eleven addresses.
    'many.test': { mx: Array.from({ length: 13 }, (_, i) => ({ preference: (i + 1) * 10, exchange: `mx${String(i + 1).padStart(2, '0')}.many.test` })) },
    ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`mx${String(i + 2).padStart(2, '0')}.many.test`, { a: ['127.0.0.1'] }])),
    'mx01.many.test': { a: Array.from({ length: 11 }, (_, i) => `127.0.1.${i + 1}`) },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mail-tls-gate-targets-'));
    certs = await createFixtureCertificates();
    await writeFile(join(dir, 'ca.pem'), certs.ca.cert);
    dns = await startDnsResponder(zone);
    smtp = await startMailFixture('smtp', 'good', await certs.good(['localhost', 'mx.loop.test', 'mx2.loop.test', 'alias.loop.test']));
    policyHost = net.createServer((socket) => {
      policyHostConnections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => policyHost.listen(0, '127.0.0.1', resolve));
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    closedPort = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
  });

  afterAll(async () => {
    await dns?.close();
    await smtp?.close();
    await new Promise<void>((resolve) => (policyHost ? policyHost.close(() => resolve()) : resolve()));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function run(policy: string, allowLoopback: boolean): Promise<Extract<CheckOutcome, { kind: 'checked' }>> {
    const policyPath = join(dir, `policy-${Math.random().toString(36).slice(2)}.yml`);
    await writeFile(policyPath, policy);
    const outcome = await check({
      policyPath,
      policyName: 'policy.yml',
      failOn: 'error',
      concurrency: 8,
      retryAfterMs: 100,
      caFile: join(dir, 'ca.pem'),
      heloName: 'gate.test',
      resolver: { address: dns.address, port: dns.port },
      mtaStsPort: (policyHost.address() as net.AddressInfo).port,
      allowLoopback,
      // The policy's own hosts, without the system resolver: localhost is 127.0.0.1 on every machine here.
      resolveAll: async (name) => {
        if (name === 'localhost') return ['127.0.0.1'];
        throw Object.assign(new Error(`${name} is not in this test`), { code: 'ENOTFOUND' });
      },
    });
    if (outcome.kind !== 'checked') throw new Error(JSON.stringify(outcome));
    return outcome;
  }

  const loopPolicy = () => `version: 1
defaults:
  timeout: 2s
hosts:
  - host: localhost
    require: [{ service: smtp, port: ${smtp.port} }]
domains:
  - domain: loop.test
    mx: { require: [{ service: smtp, port: ${smtp.port} }] }
    mta-sts: enforce
    tls-rpt: off
`;

  test('without allow-loopback: no loopback address DNS gave an MX or MTA-STS host is contacted; the policy\'s own host is', async () => {
    const before = policyHostConnections;
    const { plan, report, exitCode } = await run(loopPolicy(), false);
    // The MX host the policy names itself (localhost) is its own choice; the others are DNS's.
    expect([...new Set(plan.endpoints.map((e) => e.host))]).toEqual(['localhost']);
    expect(policyHostConnections).toBe(before);
    const domain = report.domains!.find((d) => d.domain === 'loop.test')!;
    expect(domain.skipped).toEqual([
      { role: 'mx', reason: 'restricted-address', host: 'mx.loop.test', left: ['127.0.0.1', '::1'] },
      { role: 'mx', reason: 'restricted-address', host: 'alias.loop.test', left: ['127.3.4.5', '::ffff:127.0.0.1'] },
      { role: 'mta-sts', reason: 'restricted-address', host: 'mta-sts.loop.test', left: ['127.0.0.1'] },
    ]);
    expect(domain.mtaSts!.fetch).toMatchObject({ address: null, errorKind: 'skipped' });
    expect(report.findings.map((f) => [f.rule, f.host, f.inconclusive ?? false])).toEqual([['dns-targets-skipped', 'loop.test', true]]);
    expect(report.findings[0]!.message).toMatch(/MX host mx\.loop\.test .*127\.0\.0\.1 \(loopback\), ::1 \(loopback\)/);
    expect(report.findings[0]!.message).toMatch(/MTA-STS policy host mta-sts\.loop\.test .*127\.0\.0\.1 \(loopback\)/);
    // The policy's own host passed; what DNS supplied was not concluded.
    expect(report.endpoints.every((e) => e.reachable)).toBe(true);
    expect([report.summary.result, exitCode]).toEqual(['inconclusive', 3]);
  }, 30_000);

  test('with allow-loopback: the same MX hosts are probed and the policy file is fetched', async () => {
    const before = policyHostConnections;
    const { plan, report } = await run(loopPolicy(), true);
    const planned = [...new Set(plan.endpoints.map((e) => `${e.host} ${e.address}`))];
    expect(planned).toEqual(expect.arrayContaining(['mx.loop.test 127.0.0.1', 'mx.loop.test ::1', 'alias.loop.test 127.3.4.5', 'alias.loop.test ::ffff:127.0.0.1']));
    expect(policyHostConnections).toBeGreaterThan(before);
    expect(report.findings.map((f) => f.rule)).not.toContain('dns-targets-skipped');
  }, 30_000);

  test('MX and CNAME names that are not host names are never planned; the finding names them and the text output stays inert', async () => {
    const { plan, report, exitCode } = await run(
      `version: 1
defaults:
  timeout: 2s
domains:
  - domain: names.test
    mx: { require: [{ service: smtp, port: ${closedPort} }] }
    mta-sts: enforce
    tls-rpt: off
`,
      true,
    );
    expect([...new Set(plan.endpoints.map((e) => e.host))]).toEqual(['mx.names.test']);
    const domain = report.domains!.find((d) => d.domain === 'names.test')!;
    expect(domain.mx.records.map((r) => r.host)).toEqual(['cname.names.test', 'mx.names.test']);
    expect(domain.skipped).toEqual([
      { role: 'mx', reason: 'not-a-host-name', host: null, left: ['::stop-commands::pwned', '##[error]pwned.names.test', 'mx with space.names.test', '[mx].names.test'] },
      { role: 'mx', reason: 'not-a-host-name', host: 'cname.names.test', left: ['::error::cname pwned.names.test'] },
      { role: 'mta-sts', reason: 'not-a-host-name', host: 'mta-sts.names.test', left: ['##[warning]sts pwned.names.test'] },
    ]);
    const skipped = report.findings.find((f) => f.rule === 'dns-targets-skipped')!;
    expect(skipped).toMatchObject({ host: 'names.test', severity: 'warning', inconclusive: true });
    for (const name of ['::stop-commands::pwned', '##[error]pwned.names.test', 'mx with space.names.test', '::error::cname pwned.names.test', '##[warning]sts pwned.names.test']) {
      expect(skipped.message).toContain(name);
    }
    // Not a failed look-up: the MX answer came, and the fault may be a spoofer's, not the domain's.
    expect(report.findings.map((f) => f.rule)).not.toContain('mx-lookup-failed');
    expect(report.findings.map((f) => f.rule)).not.toContain('mta-sts-invalid');
    expect(exitCode).toBe(1); // mx.names.test refuses the connection
    const text = formatText(report, { color: false });
    expect(text).toContain('pwned');
    expect(commandInjections(text, new Set())).toEqual([]);
  }, 30_000);

  test('at most 10 MX hosts and 8 addresses each; the finding names the hosts and addresses left out', async () => {
    const { plan, report } = await run(
      `version: 1
defaults:
  timeout: 2s
domains:
  - domain: many.test
    mx: { require: [{ service: smtp, port: ${closedPort} }] }
    mta-sts: off
    tls-rpt: off
`,
      true,
    );
    const hosts = [...new Set(plan.endpoints.map((e) => e.host))].sort();
    expect(hosts).toEqual(Array.from({ length: 10 }, (_, i) => `mx${String(i + 1).padStart(2, '0')}.many.test`));
    expect(plan.endpoints.filter((e) => e.host === 'mx01.many.test').map((e) => e.address)).toEqual(Array.from({ length: 8 }, (_, i) => `127.0.1.${i + 1}`));
    const domain = report.domains!.find((d) => d.domain === 'many.test')!;
    expect(domain.mx.records).toHaveLength(10);
    expect(domain.skipped).toEqual([
      { role: 'mx', reason: 'too-many-mx-hosts', host: null, left: ['mx11.many.test', 'mx12.many.test', 'mx13.many.test'] },
      { role: 'mx', reason: 'too-many-addresses', host: 'mx01.many.test', left: ['127.0.1.9', '127.0.1.10', '127.0.1.11'] },
    ]);
    const skipped = report.findings.find((f) => f.rule === 'dns-targets-skipped')!;
    expect(skipped.message).toContain('3 MX host(s) past the first 10: mx11.many.test, mx12.many.test, mx13.many.test');
    expect(skipped.message).toContain('3 address(es) of MX host mx01.many.test past the first 8: 127.0.1.9, 127.0.1.10, 127.0.1.11');
  }, 60_000);
});
