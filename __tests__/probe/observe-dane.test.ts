// The domains stage's DANE look-ups against real DNSSEC (Knot DNS and a validating unbound on
// loopback, __tests__/support/dnssec-zone.ts): with `dane` on, the MX answer's DNSSEC status and
// each MX host's TLSA records at _25._tcp.<host>, in MX order; with `dane: off`, no DANE facts and
// no TLSA query. Then a whole check() whose JSON report carries domains[].dane, valid against the
// report schema. The TLSA records are computed from the certificates the SMTP fixture serves.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { createFixtureCertificates, type FixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import type { DaneFacts } from '../../src/facts/dane.js';
import type { DomainFacts } from '../../src/facts/domains.js';
import type { DomainPolicy } from '../../src/policy/types.js';
import { observeDomains } from '../../src/probe/observe-domains.js';
import { reportToJson } from '../../src/report/json.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';
import { createDomainResolver } from '../../src/resolve/dns.js';
import { createDaneResolver, type DaneResolver } from '../../src/resolve/dnssec-query.js';
import { check } from '../../src/run.js';
import { describeWithDnssec, startDnssecWorld, tlsaData, tlsaLine, type DnssecWorld } from '../support/dnssec-zone.js';

const reportSchema = JSON.parse(readFileSync(new URL('../../policies/report.schema.json', import.meta.url), 'utf8'));

describeWithDnssec()('DANE facts of the domains stage, from real DNSSEC', () => {
  let world: DnssecWorld;
  let certs: FixtureCertificates;
  let leaf: Pem;
  let dir: string;
  let smtp: MailServer;

  beforeAll(async () => {
    certs = await createFixtureCertificates();
    leaf = await certs.good(['mx1.signed.test', 'mx2.signed.test', 'mx1.unsigned.test', 'mx1.expired.test']);
    const records = (zone: string, tlsa: string[]) => [`@ MX 10 mx1.${zone}.`, `@ MX 20 mx2.${zone}.`, 'mx1 A 127.0.0.1', 'mx2 A 127.0.0.1', ...tlsa];
    world = await startDnssecWorld([
      // mx1: DANE-EE and DANE-TA records; mx2: none at all.
      { name: 'signed.test', signing: 'signed', records: records('signed.test', [tlsaLine('mx1', 3, 1, 1, leaf.cert), tlsaLine('mx1', 2, 1, 1, certs.ca.cert)]) },
      { name: 'unsigned.test', signing: 'unsigned', records: records('unsigned.test', [tlsaLine('mx1', 3, 1, 1, leaf.cert)]) },
      { name: 'expired.test', signing: 'expired', records: records('expired.test', [tlsaLine('mx1', 3, 1, 1, leaf.cert)]) },
      // An implicit MX: the domain itself receives mail, and its own TLSA name is asked.
      { name: 'implicit.test', signing: 'signed', records: ['@ A 127.0.0.1', `_25._tcp TLSA 3 1 1 ${tlsaData(leaf.cert, 1, 1)}`] },
    ]);
    dir = await mkdtemp(join(tmpdir(), 'mail-tls-gate-dane-'));
    smtp = await startMailFixture('smtp', 'good', leaf);
  }, 60_000);

  afterAll(async () => {
    await smtp?.close();
    await world?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Counts the TLSA look-ups made through it. */
  function countingDane(): { dane: DaneResolver; tlsaAsked: string[] } {
    const inner = createDaneResolver({ server: world.resolver, timeoutMs: 5000 });
    const tlsaAsked: string[] = [];
    return {
      tlsaAsked,
      dane: {
        mx: (domain) => inner.mx(domain),
        tlsa: (name) => {
          tlsaAsked.push(name);
          return inner.tlsa(name);
        },
      },
    };
  }

  async function observe(domain: string, policy: Partial<DomainPolicy>, dane: DaneResolver = countingDane().dane): Promise<DomainFacts> {
    const [facts] = await observeDomains(
      [{ domain, mx: { require: [{ service: 'smtp', port: smtp.port, location: { file: 'p.yml', line: 3, column: 5 } }] }, mtaSts: 'off', tlsRpt: 'off', dane: 'required', location: { file: 'p.yml', line: 2, column: 5 }, ...policy }],
      { resolver: createDomainResolver({ server: world.resolver, timeoutMs: 5000 }), dane, extraCa: [], timeoutMs: 5000, allowLoopback: true },
    );
    return facts!;
  }

  const authenticated = { rcode: 'NOERROR', authenticated: true, error: null };

  test('signed zone: the MX and every TLSA answer authenticated; the records of each MX host, in MX order', async () => {
    const facts = await observe('signed.test', { dane: 'required' });
    expect(facts.dane).toEqual<DaneFacts>({
      mx: authenticated,
      hosts: [
        {
          host: 'mx1.signed.test',
          tlsaName: '_25._tcp.mx1.signed.test',
          tlsa: authenticated,
          records: expect.arrayContaining([
            { usage: 3, selector: 1, matchingType: 1, data: tlsaData(leaf.cert, 1, 1) },
            { usage: 2, selector: 1, matchingType: 1, data: tlsaData(certs.ca.cert, 1, 1) },
          ]) as DaneFacts['hosts'][number]['records'],
        },
        // No TLSA record: the name does not exist, and that is proven.
        { host: 'mx2.signed.test', tlsaName: '_25._tcp.mx2.signed.test', tlsa: { rcode: 'NXDOMAIN', authenticated: true, error: null }, records: [] },
      ],
    });
    expect(facts.dane!.hosts[0]!.records).toHaveLength(2);
  });

  test('unsigned zone: nothing authenticated, the records still read', async () => {
    const facts = await observe('unsigned.test', { dane: 'optional' });
    const insecure = { rcode: 'NOERROR', authenticated: false, error: null };
    expect(facts.dane!.mx).toEqual(insecure);
    expect(facts.dane!.hosts.map((h) => [h.host, h.tlsa, h.records.length])).toEqual([
      ['mx1.unsigned.test', insecure, 1],
      ['mx2.unsigned.test', { rcode: 'NXDOMAIN', authenticated: false, error: null }, 0],
    ]);
  });

  test('expired signatures: SERVFAIL for the MX, and no MX host to look at; no throw', async () => {
    const facts = await observe('expired.test', { dane: 'required' });
    // The ordinary MX look-up fails the same way: the validating resolver gives no bogus data.
    expect(facts.mx.error).toBe('ESERVFAIL');
    expect(facts.dane).toEqual({ mx: { rcode: 'SERVFAIL', authenticated: false, error: null }, hosts: [] });
  });

  test('an implicit MX: the TLSA records at _25._tcp.<domain>', async () => {
    const facts = await observe('implicit.test', { dane: 'required' });
    expect(facts.mx.implicit).toBe(true);
    expect(facts.dane!.mx).toEqual({ rcode: 'NOERROR', authenticated: true, error: null });
    expect(facts.dane!.hosts).toEqual([
      { host: 'implicit.test', tlsaName: '_25._tcp.implicit.test', tlsa: authenticated, records: [{ usage: 3, selector: 1, matchingType: 1, data: tlsaData(leaf.cert, 1, 1) }] },
    ]);
  });

  test('no services asked of the MX hosts: their TLSA records are looked up all the same', async () => {
    const facts = await observe('signed.test', { mx: null });
    expect(facts.mxHosts).toBeNull();
    expect(facts.dane!.hosts.map((h) => h.host)).toEqual(['mx1.signed.test', 'mx2.signed.test']);
  });

  test('dane: off: no DANE facts, and no TLSA query made', async () => {
    const counting = countingDane();
    const facts = await observe('signed.test', { dane: 'off' }, counting.dane);
    expect(facts.dane).toBeNull();
    expect(counting.tlsaAsked).toEqual([]);
  });

  test('check(): the JSON report carries domains[].dane, valid against the report schema', async () => {
    const policyPath = join(dir, 'policy.yml');
    const caFile = join(dir, 'ca.pem');
    await writeFile(caFile, certs.ca.cert);
    const domain = (name: string, dane: string) => [`  - domain: ${name}`, `    mx: { require: [{ service: smtp, port: ${smtp.port} }] }`, `    dane: ${dane}`];
    await writeFile(
      policyPath,
      ['version: 1', 'defaults:', '  timeout: 5s', 'domains:', ...domain('signed.test', 'required'), ...domain('unsigned.test', 'optional'), ...domain('expired.test', 'required'), ''].join('\n'),
    );
    const outcome = await check({
      policyPath,
      policyName: 'policy.yml',
      failOn: 'error',
      concurrency: 4,
      retryAfterMs: 100,
      caFile,
      heloName: 'gate.test',
      resolver: world.resolver,
      allowLoopback: true,
    });
    if (outcome.kind !== 'checked') throw new Error(JSON.stringify(outcome));
    const json = JSON.parse(reportToJson(outcome.report)) as { domains: { domain: string; dane: DaneFacts | null }[] };
    const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    const byDomain = Object.fromEntries(json.domains.map((d) => [d.domain, d.dane]));
    expect(byDomain['signed.test']!.mx.authenticated).toBe(true);
    expect(byDomain['signed.test']!.hosts.map((h) => [h.host, h.tlsa.authenticated, h.records.map((r) => `${r.usage} ${r.selector} ${r.matchingType}`).sort()])).toEqual([
      ['mx1.signed.test', true, ['2 1 1', '3 1 1']],
      ['mx2.signed.test', true, []],
    ]);
    expect(byDomain['unsigned.test']!.mx.authenticated).toBe(false);
    expect(byDomain['expired.test']!.mx.rcode).toBe('SERVFAIL');
    // The keys in the report's own order.
    expect(Object.keys(json.domains[0]!)).toEqual(['domain', 'mx', 'mxHosts', 'skipped', 'mtaSts', 'tlsRpt', 'dane', 'durationMs']);
    // The text output and the job summary say it in words.
    const text = formatText(outcome.report, { color: false });
    // With the facts, which record matched the chain mx1.signed.test presented.
    expect(text).toMatch(/signed\.test .* · DANE: MX DNSSEC-validated; mx1\.signed\.test 2 TLSA \(DNSSEC-validated\): DANE-EE 3 1 1 matched the leaf, mx2\.signed\.test no TLSA \(DNSSEC-validated\)$/m);
    expect(text).toMatch(/expired\.test .* · DANE: MX SERVFAIL$/m);
    expect(summaryMarkdown(outcome.report)).toMatch(/\| Domain \| MX \| MTA-STS \| TLS-RPT \| DANE \|/);
  }, 60_000);
});
