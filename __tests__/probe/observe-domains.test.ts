// The domains stage against a real DNS server (dnsmasq) on a high loopback port, serving a test
// zone whose every address is a loopback one, and a loopback HTTPS server for the MTA-STS policy
// hosts. The probe resolves everything, mta-sts.<domain> included, through that server only.
// Without dnsmasq the suite skips with the reason, except in CI, where .ci/run installs it and a
// missing binary is a failure.
import { spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { createDomainResolver, type DomainResolver } from '../../src/resolve/dns.js';
import { observeDomains } from '../../src/probe/observe-domains.js';
import type { DomainFacts } from '../../src/facts/domains.js';
import type { DomainPolicy } from '../../src/policy/types.js';
import { MAX_MTA_STS_POLICY_BYTES } from '../../src/facts/vocabulary.js';
import { check } from '../../src/run.js';
import { reportToJson } from '../../src/report/json.js';
import { formatText } from '../../src/report/text.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { Ajv } from 'ajv';
import { describeWithProgram, findProgram } from '../support/system-tool.js';
import { readFileSync } from 'node:fs';

const reportSchema = JSON.parse(readFileSync(new URL('../../policies/report.schema.json', import.meta.url), 'utf8'));

const DNSMASQ = findProgram('dnsmasq');
const run = describeWithProgram(DNSMASQ, 'domains against a real DNS server: skipped, dnsmasq is not installed (apt-get install dnsmasq-base)');

/** Where every mta-sts.<domain> of the zone points: one HTTPS server that answers by Host. */
const POLICY_HOST_ADDRESS = '127.0.0.10';

const POLICY = (mode: string, mx: string[]) => ['version: STSv1', `mode: ${mode}`, ...mx.map((m) => `mx: ${m}`), 'max_age: 604800', ''].join('\r\n');

/** What each policy host serves, by its name. */
const POLICY_FILES: Record<string, { status: number; body: string; headers?: Record<string, string> }> = {
  'mta-sts.good.test': { status: 200, body: POLICY('enforce', ['mx1.good.test', '*.good.test']) },
  'mta-sts.testing.test': { status: 200, body: POLICY('testing', ['mx.testing.test']) },
  'mta-sts.uncovered.test': { status: 200, body: POLICY('enforce', ['mx.uncovered.test', '*.uncovered.test']) },
  'mta-sts.malformed.test': { status: 200, body: '<html><body>Welcome to nginx!</body></html>\n' },
  'mta-sts.bigpolicy.test': { status: 200, body: POLICY('enforce', ['mx.bigpolicy.test']) + `# ${'x'.repeat(MAX_MTA_STS_POLICY_BYTES)}\n` },
  'mta-sts.redirect.test': { status: 301, body: '', headers: { location: 'https://policies.elsewhere.test/mta-sts.txt' } },
  'mta-sts.gone.test': { status: 404, body: 'not found\n' },
  'mta-sts.badcert.test': { status: 200, body: POLICY('enforce', ['mx.badcert.test']) },
};

function zone(servfailPort: number): string {
  const lines = [
    'local=/test/',
    `server=/servfail.test/127.0.0.1#${servfailPort}`,
    'mx-host=good.test,mx1.good.test,10',
    'mx-host=good.test,mx2.good.test,20',
    'host-record=mx1.good.test,127.0.0.1',
    'host-record=mx2.good.test,127.0.0.1',
    'txt-record=_smtp._tls.good.test,"v=TLSRPTv1; rua=mailto:tls-reports@good.test"',
    'mx-host=testing.test,mx.testing.test,10',
    'mx-host=uncovered.test,mx.uncovered.test,10',
    'mx-host=uncovered.test,mx.deep.uncovered.test,20',
    'mx-host=uncovered.test,mail.elsewhere.test,30',
    'mx-host=missing.test,mx.missing.test,10',
    'mx-host=malformed.test,mx.malformed.test,10',
    'txt-record=_smtp._tls.malformed.test,"v=TLSRPTv1; rua=ftp://reports.malformed.test/"',
    'mx-host=bigpolicy.test,mx.bigpolicy.test,10',
    'mx-host=redirect.test,mx.redirect.test,10',
    'mx-host=gone.test,mx.gone.test,10',
    'mx-host=badcert.test,mx.badcert.test,10',
    'mx-host=nullmx.test,,0',
    'txt-record=_mta-sts.malformed.test,"v=STSv1; id=1"',
    'txt-record=_mta-sts.malformed.test,"v=STSv1; id=2"',
  ];
  for (const name of Object.keys(POLICY_FILES)) {
    const domain = name.slice('mta-sts.'.length);
    lines.push(`host-record=${name},${POLICY_HOST_ADDRESS}`);
    if (domain !== 'malformed.test') lines.push(`txt-record=_mta-sts.${domain},"v=STSv1; id=20240101"`);
  }
  return lines.join('\n') + '\n';
}

async function freeUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/** An upstream that answers every query with SERVFAIL: where dnsmasq forwards servfail.test. */
async function startServfailServer(): Promise<dgram.Socket> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (query, peer) => {
    if (query.length < 12) return;
    const reply = Buffer.from(query);
    reply[2] = 0x80 | (query[2]! & 0x79); // QR, the query's opcode and RD
    reply[3] = 0x80 | 2; // RA, RCODE 2 (SERVFAIL)
    reply.writeUInt16BE(0, 6); // no answers
    reply.writeUInt16BE(0, 8);
    reply.writeUInt16BE(0, 10);
    socket.send(reply.subarray(0, questionEnd(query)), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return socket;
}

/** The end of the first question (header + QNAME + QTYPE + QCLASS): the reply drops any EDNS record. */
function questionEnd(query: Buffer): number {
  let i = 12;
  while (i < query.length && query[i] !== 0) i += query[i]! + 1;
  return Math.min(query.length, i + 5);
}

interface Dns {
  port: number;
  process: ChildProcess;
  stderr: () => string;
}

async function startDnsmasq(dir: string, servfailPort: number): Promise<Dns> {
  if (DNSMASQ === null) throw new Error('dnsmasq is not installed: CI must install dnsmasq-base (.ci/run)');
  const conf = join(dir, 'zone.conf');
  await writeFile(conf, zone(servfailPort));
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freeUdpPort();
    const child = spawn(
      DNSMASQ,
      ['--keep-in-foreground', '--port', String(port), '--listen-address=127.0.0.1', '--bind-interfaces', '--no-resolv', '--no-hosts',
        '--no-poll', '--cache-size=0', '--pid-file=', '--log-facility=-', `--conf-file=${conf}`, '--user=', '--group='],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const resolver = createDomainResolver({ server: { address: '127.0.0.1', port }, timeoutMs: 300 });
    for (let wait = 0; wait < 40 && child.exitCode === null; wait++) {
      const answer = await resolver.mx('good.test');
      if (answer.ok) return { port, process: child, stderr: () => stderr };
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill();
    if (attempt === 4) throw new Error(`dnsmasq did not come up: ${stderr}`);
  }
  throw new Error('unreachable');
}

run('domains against a real DNS server on loopback', () => {
  let dir: string;
  let certs: FixtureCertificates;
  let dns: Dns;
  let servfail: dgram.Socket;
  let policyServer: https.Server;
  let policyPort: number;
  let smtp: MailServer;
  let resolver: DomainResolver;
  const hostsSeen: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mail-tls-gate-dns-'));
    certs = await createFixtureCertificates();
    servfail = await startServfailServer();
    dns = await startDnsmasq(dir, (servfail.address() as AddressInfo).port);
    resolver = createDomainResolver({ server: { address: '127.0.0.1', port: dns.port }, timeoutMs: 2000 });
    // One certificate for every policy host except mta-sts.badcert.test, which gets it all the same.
    const pem = await certs.good(Object.keys(POLICY_FILES).filter((n) => n !== 'mta-sts.badcert.test'));
    policyServer = https.createServer({ cert: pem.cert, key: pem.key }, (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      hostsSeen.push(host);
      const file = POLICY_FILES[host];
      if (!file || req.url !== '/.well-known/mta-sts.txt') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(file.status, { 'content-type': 'text/plain', ...file.headers });
      res.end(file.body);
    });
    await new Promise<void>((resolve) => policyServer.listen(0, POLICY_HOST_ADDRESS, resolve));
    policyPort = (policyServer.address() as AddressInfo).port;
    smtp = await startMailFixture('smtp', 'good', await certs.good(['mx1.good.test', 'mx2.good.test']));
  });

  afterAll(async () => {
    dns?.process.kill();
    servfail?.close();
    await new Promise<void>((resolve) => (policyServer ? policyServer.close(() => resolve()) : resolve()));
    await smtp?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const domainPolicy = (domain: string, overrides: Partial<DomainPolicy> = {}): DomainPolicy => ({
    domain,
    mx: null,
    mtaSts: 'enforce',
    tlsRpt: 'required',
    dane: 'off',
    location: { file: 'p.yml', line: 1, column: 1 },
    ...overrides,
  });

  async function observe(domain: string, overrides: Partial<DomainPolicy> = {}): Promise<DomainFacts> {
    const [facts] = await observeDomains([domainPolicy(domain, overrides)], {
      resolver,
      extraCa: [certs.ca.cert],
      timeoutMs: 3000,
      mtaStsPort: policyPort,
      // Every address of the test zone is a loopback one.
      allowLoopback: true,
    });
    return facts!;
  }

  test('a valid domain: MX by preference, the MTA-STS record and policy, TLS-RPT', async () => {
    const facts = await observe('good.test');
    expect(facts.mx).toEqual({
      records: [
        { host: 'mx1.good.test', preference: 10 },
        { host: 'mx2.good.test', preference: 20 },
      ],
      nullMx: false,
      implicit: false,
      error: null,
    });
    expect(facts.mtaSts!.record).toMatchObject({ id: '20240101', problem: null });
    expect(facts.mtaSts!.fetch).toMatchObject({ address: POLICY_HOST_ADDRESS, status: 200, redirect: null, tooLarge: false, error: null });
    expect(facts.mtaSts!.policy).toEqual({ version: 'STSv1', mode: 'enforce', mx: ['mx1.good.test', '*.good.test'], maxAge: 604800, problems: [] });
    expect(facts.tlsRpt).toMatchObject({ rua: ['mailto:tls-reports@good.test'], problem: null });
  });

  test('MTA-STS and TLS-RPT missing', async () => {
    const facts = await observe('missing.test');
    expect(facts.mtaSts!.record).toMatchObject({ records: [], id: null, problem: null });
    // NXDOMAIN for the policy host: an answer (no such name), kept as its code.
    expect(facts.mtaSts!.fetch).toMatchObject({ address: null, errorKind: 'unresolved', lookupCode: 'ENOTFOUND' });
    expect(facts.tlsRpt!.problem).toMatch(/no v=TLSRPTv1 record/);
  });

  test('a malformed policy, two STS records and a malformed TLS-RPT record', async () => {
    const facts = await observe('malformed.test');
    expect(facts.mtaSts!.record.problem).toMatch(/2 v=STSv1 records/);
    expect(facts.mtaSts!.policy!.problems.join('; ')).toMatch(/not key: value/);
    expect(facts.tlsRpt!.problem).toMatch(/ftp:/);
  });

  test('an oversized policy is cut off at the cap', async () => {
    const facts = await observe('bigpolicy.test');
    expect(facts.mtaSts!.fetch.tooLarge).toBe(true);
    expect(facts.mtaSts!.fetch.bytes).toBeLessThan(MAX_MTA_STS_POLICY_BYTES * 2);
    expect(facts.mtaSts!.policy).toBeNull();
  });

  test('a redirect is reported and not followed', async () => {
    const before = hostsSeen.length;
    const facts = await observe('redirect.test');
    expect(facts.mtaSts!.fetch).toMatchObject({ status: 301, redirect: 'https://policies.elsewhere.test/mta-sts.txt' });
    expect(hostsSeen.slice(before)).toEqual(['mta-sts.redirect.test']);
  });

  test('a certificate not made for the policy host fails the fetch', async () => {
    const facts = await observe('badcert.test');
    expect(facts.mtaSts!.fetch).toMatchObject({ status: null, errorKind: 'certificate' });
  });

  test('null MX, NXDOMAIN and SERVFAIL', async () => {
    expect((await observe('nullmx.test', { mtaSts: 'off', tlsRpt: 'off' })).mx).toMatchObject({ nullMx: true, error: null });
    expect((await observe('nx.test', { mtaSts: 'off', tlsRpt: 'off' })).mx).toMatchObject({ records: [], error: 'ENOTFOUND' });
    expect((await observe('servfail.test', { mtaSts: 'off', tlsRpt: 'off' })).mx).toMatchObject({ records: [], error: 'ESERVFAIL' });
  });

  test('check(): MX hosts probed from the policy line, domain findings at their keys, domains in the report', async () => {
    const policyPath = join(dir, 'policy.yml');
    const caFile = join(dir, 'ca.pem');
    await writeFile(caFile, certs.ca.cert);
    const domains = ['testing', 'uncovered', 'missing', 'malformed', 'bigpolicy', 'redirect', 'gone', 'badcert', 'nullmx', 'nx', 'servfail'];
    const text = [
      'version: 1',
      'defaults:',
      '  timeout: 3s',
      'domains:',
      '  - domain: good.test',
      `    mx: { require: [{ service: smtp, port: ${smtp.port} }] }`,
      '    mta-sts: enforce',
      '    tls-rpt: required',
      ...domains.flatMap((d) => [
        `  - domain: ${d}.test`,
        d === 'nullmx' ? '    mx: { require: [smtp] }' : null,
        '    mta-sts: enforce',
        '    tls-rpt: required',
      ]).filter((l): l is string => l !== null),
      '',
    ].join('\n');
    await writeFile(policyPath, text);
    const lineOf = (needle: string, after = 0): number => text.split('\n').findIndex((l, i) => i >= after && l.includes(needle)) + 1;

    const outcome = await check({
      policyPath,
      policyName: 'policy.yml',
      failOn: 'error',
      concurrency: 8,
      retryAfterMs: 100,
      caFile,
      heloName: 'gate.test',
      resolver: { address: '127.0.0.1', port: dns.port },
      mtaStsPort: policyPort,
      allowLoopback: true,
    });
    if (outcome.kind !== 'checked') throw new Error(JSON.stringify(outcome));
    const { report } = outcome;

    // Both MX hosts of good.test, from the DNS server, located at the mx require item.
    expect(outcome.plan.endpoints.map((e) => [e.host, e.address, e.port, e.service, e.location.line])).toEqual([
      ['mx1.good.test', '127.0.0.1', smtp.port, 'smtp', lineOf('mx: {')],
      ['mx2.good.test', '127.0.0.1', smtp.port, 'smtp', lineOf('mx: {')],
    ]);
    expect(report.endpoints.every((e) => e.reachable && e.tls?.version !== null)).toBe(true);

    const found = report.findings.map((f) => `${f.host} ${f.rule}`);
    expect(found).toEqual([
      'badcert.test mta-sts-invalid',
      'badcert.test tls-rpt-missing',
      'bigpolicy.test mta-sts-invalid',
      'bigpolicy.test tls-rpt-missing',
      'gone.test mta-sts-missing',
      'gone.test tls-rpt-missing',
      'malformed.test mta-sts-invalid',
      'malformed.test tls-rpt-missing',
      'missing.test mta-sts-missing',
      'missing.test tls-rpt-missing',
      'nullmx.test mta-sts-missing',
      'nullmx.test mx-lookup-failed',
      'nullmx.test tls-rpt-missing',
      'nx.test mta-sts-missing',
      'nx.test mx-lookup-failed',
      'nx.test tls-rpt-missing',
      'redirect.test mta-sts-invalid',
      'redirect.test tls-rpt-missing',
      // SERVFAIL on the TXT look-ups too: whether MTA-STS and TLS-RPT are published was not seen.
      'servfail.test check-inconclusive',
      'servfail.test check-inconclusive',
      'servfail.test mx-lookup-failed',
      'testing.test mta-sts-not-enforcing',
      'testing.test tls-rpt-missing',
      'uncovered.test mta-sts-mx-not-covered',
      'uncovered.test tls-rpt-missing',
    ]);

    const uncovered = report.findings.find((f) => f.rule === 'mta-sts-mx-not-covered')!;
    expect(uncovered.message).toMatch(/mx\.deep\.uncovered\.test, mail\.elsewhere\.test/);
    expect(uncovered).toMatchObject({ address: null, port: null, service: null });
    const testingAt = lineOf('domain: testing.test');
    expect(report.findings.find((f) => f.rule === 'mta-sts-not-enforcing')!.location.line).toBe(testingAt + 1);
    expect(report.findings.find((f) => f.host === 'testing.test' && f.rule === 'tls-rpt-missing')!.location.line).toBe(testingAt + 2);
    expect(report.findings.find((f) => f.host === 'nx.test' && f.rule === 'mx-lookup-failed')!.location.line).toBe(lineOf('domain: nx.test'));
    expect(report.findings.find((f) => f.rule === 'mta-sts-invalid' && f.host === 'redirect.test')!.message).toMatch(/must not follow redirects/);

    expect(report.domains!.map((d) => d.domain)).toEqual([
      'badcert.test', 'bigpolicy.test', 'gone.test', 'good.test', 'malformed.test', 'missing.test', 'nullmx.test', 'nx.test', 'redirect.test', 'servfail.test', 'testing.test', 'uncovered.test',
    ]);
    expect(outcome.exitCode).toBe(1);
    const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);
    expect(validate(JSON.parse(reportToJson(report))) ? [] : validate.errors).toEqual([]);
    const textOut = formatText(report, { color: false });
    expect(textOut).toMatch(/^Domains$/m);
    expect(textOut).toMatch(/good\.test  MX: mx1\.good\.test \(10\), mx2\.good\.test \(20\) · MTA-STS: id 20240101; mode enforce/);
    expect(textOut).toMatch(/nullmx\.test  MX: null MX \(accepts no mail\)/);
    expect(summaryMarkdown(report)).toMatch(/### Domains/);
    // Nothing but the policy hosts of the zone was ever asked for.
    expect(new Set(hostsSeen).size).toBeGreaterThan(0);
    expect([...new Set(hostsSeen)].every((h) => h in POLICY_FILES)).toBe(true);
  }, 60_000);
});
