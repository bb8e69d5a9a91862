// DANE judged end to end, as a user runs it: `check --resolver` naming a validating resolver on
// loopback (unbound over Knot DNS, __tests__/support/dnssec-zone.ts), STARTTLS SMTP fixtures whose
// certificates match, or deliberately do not match, the TLSA records their zones publish, and no
// root trusted for them: only DANE can vouch for these chains. Each fixture zone gives exactly its
// findings, and the JSON report says which record matched which certificate.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { describeWithDnssec, startDnssecWorld, tlsaData, tlsaLine, type DnssecWorld } from '../support/dnssec-zone.js';
import { assertBundleFresh, makeTempDir, reportSchemaErrors, runCli } from './built.js';

interface Finding {
  rule: string;
  severity: string;
  host: string;
  message: string;
  evidence: string | null;
  inconclusive?: boolean;
}

interface DaneOutcome {
  domain: string;
  host: string;
  outcome: string;
  applies: boolean;
  record: { usage: number; selector: number; matchingType: number; data: string } | null;
  certificate: { depth: number; subject: string } | null;
}

describeWithDnssec()('DANE judged through the built CLI against a real signed zone', () => {
  let world: DnssecWorld;
  const servers: MailServer[] = [];
  let dir: { path: string; remove: () => Promise<void> };
  let policy: string;
  /** Self-signed, naming every MX host below but mx.ee.test: under DANE-EE the name is not checked. */
  let selfSigned: Pem;
  /** Self-signed, naming some other host only. */
  let misnamed: Pem;
  let issued: Pem;
  let caCert: string;
  let report: { findings: Finding[]; dane?: DaneOutcome[] };
  let code: number | null;

  /** One zone per case, named after it: `@ MX 10 mx`, `mx A 127.0.0.1`, and its TLSA lines. */
  const zone = (name: string, signing: 'signed' | 'unsigned' | 'expired', tlsa: string[]) => ({
    name: `${name}.test`,
    signing,
    records: [`@ MX 10 mx.${name}.test.`, 'mx A 127.0.0.1', ...tlsa],
  });

  beforeAll(async () => {
    await assertBundleFresh();
    const certs = await createFixtureCertificates();
    caCert = certs.ca.cert;
    selfSigned = await certs.selfSigned(['mx.full.test', 'mx.wrong.test', 'mx.pkix.test', 'mx.none.test', 'mx.unsigned.test', 'mx.expired.test']);
    misnamed = await certs.selfSigned(['other.example.test']);
    // Issued by the fixture CA, which the probe is not told to trust; the chain carries the CA.
    const leaf = await certs.good(['mx.ta.test']);
    issued = { cert: `${leaf.cert}${certs.ca.cert}`, key: leaf.key };
    const wrong = `_25._tcp.mx TLSA 3 1 1 ${tlsaData(selfSigned.cert, 1, 1).replace(/.$/, (c) => (c === '0' ? '1' : '0'))}`;
    world = await startDnssecWorld([
      zone('ee', 'signed', [tlsaLine('mx', 3, 1, 1, misnamed.cert)]),
      zone('ta', 'signed', [tlsaLine('mx', 2, 1, 1, certs.ca.cert)]),
      zone('full', 'signed', [tlsaLine('mx', 3, 0, 1, selfSigned.cert)]),
      zone('wrong', 'signed', [wrong]),
      zone('pkix', 'signed', [tlsaLine('mx', 0, 0, 1, certs.ca.cert)]),
      zone('none', 'signed', []),
      zone('unsigned', 'unsigned', [tlsaLine('mx', 3, 1, 1, selfSigned.cert)]),
      zone('expired', 'expired', [tlsaLine('mx', 3, 1, 1, selfSigned.cert), 'mx2 A 127.0.0.1', tlsaLine('mx2', 3, 1, 1, selfSigned.cert)]),
      { name: 'mxexp.test', signing: 'signed', records: ['@ MX 10 mx2.expired.test.'] },
    ]);
    const serve = async (pem: Pem) => {
      const server = await startMailFixture('smtp', 'good', pem);
      servers.push(server);
      return server.port;
    };
    const [selfPort, misnamedPort, issuedPort] = await Promise.all([serve(selfSigned), serve(misnamed), serve(issued)]);
    dir = await makeTempDir('mail-tls-gate-cli-dane-judging-');
    policy = join(dir.path, 'policy.yml');
    const domain = (name: string, port: number, dane: string) => [`  - domain: ${name}.test`, `    mx: { require: [{ service: smtp, port: ${port} }] }`, `    dane: ${dane}`];
    await writeFile(
      policy,
      [
        'version: 1',
        'domains:',
        ...domain('ee', misnamedPort, 'required'),
        ...domain('ta', issuedPort, 'required'),
        ...domain('full', selfPort, 'required'),
        ...domain('wrong', selfPort, 'required'),
        ...domain('pkix', selfPort, 'required'),
        ...domain('none', selfPort, 'required'),
        ...domain('unsigned', selfPort, 'optional'),
        ...domain('expired', selfPort, 'required'),
        ...domain('mxexp', selfPort, 'required'),
        '',
      ].join('\n'),
    );
    const r = await runCli(
      ['check', policy, '--resolver', `${world.resolver.address}:${world.resolver.port}`, '--allow-loopback', '--timeout', '5s', '--format', 'json'],
      { timeoutMs: 60_000 },
    );
    code = r.code;
    expect(r.stderr).toBe('');
    report = JSON.parse(r.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await world?.close();
    await dir?.remove();
  });

  /** "rule severity" for each finding about a domain or its MX host, sorted. */
  const findingsOf = (name: string): string[] =>
    report.findings
      .filter((f) => f.host === `${name}.test` || f.host === `mx.${name}.test`)
      .map((f) => `${f.rule} ${f.severity}${f.inconclusive ? ' inconclusive' : ''}`)
      .sort();

  test('3 1 1 of a self-signed MX that names another host: no finding at all, and the report says which record matched the leaf', () => {
    expect(findingsOf('ee')).toEqual([]);
    expect(report.dane?.find((d) => d.domain === 'ee.test')).toMatchObject({
      host: 'mx.ee.test',
      applies: true,
      outcome: 'dane-ee',
      record: { usage: 3, selector: 1, matchingType: 1, data: tlsaData(misnamed.cert, 1, 1) },
      certificate: { depth: 0, subject: 'CN=other.example.test' },
    });
  });

  test('2 1 1 of the issuing CA, sent in the chain: the chain is trusted up to it', () => {
    expect(findingsOf('ta')).toEqual([]);
    expect(report.dane?.find((d) => d.domain === 'ta.test')).toMatchObject({ outcome: 'dane-ta', certificate: { depth: 1 } });
    expect(report.dane?.find((d) => d.domain === 'ta.test')?.record?.data).toBe(tlsaData(caCert, 1, 1));
  });

  test('3 0 1 of the certificate itself: no finding', () => {
    expect(findingsOf('full')).toEqual([]);
  });

  test('a wrong hash: dane-mismatch, and the certificate is judged by WebPKI as before', () => {
    expect(findingsOf('wrong')).toEqual(['certificate-untrusted error', 'dane-mismatch error']);
  });

  test('0 0 1 only: dane-unusable', () => {
    expect(findingsOf('pkix')).toEqual(['certificate-untrusted error', 'dane-unusable warning']);
  });

  test('no TLSA record, authenticated: dane-missing', () => {
    expect(findingsOf('none')).toEqual(['certificate-untrusted error', 'dane-missing error']);
  });

  test('an unsigned zone with dane: optional: dnssec-insecure, a warning, and no trust from its record', () => {
    expect(findingsOf('unsigned')).toEqual(['certificate-untrusted error', 'dnssec-insecure warning']);
  });

  test('expired signatures: the resolver answers SERVFAIL, a clear finding and no crash', () => {
    const findings = report.findings.filter((f) => f.host === 'expired.test' || f.host === 'mx.expired.test');
    // The domain's own MX answer fails validation: nothing to probe, and nothing called insecure or missing.
    expect(findingsOf('expired')).toEqual(['mx-lookup-failed error']);
    expect(findings[0]!.message).toMatch(/SERVFAIL/);
    // A signed domain whose MX host lives in the expired zone: the look-up of the host's address got
    // no answer (SERVFAIL) and neither did its TLSA question: inconclusive, never unreachable,
    // insecure or missing.
    const mx2 = report.findings.filter((f) => f.host === 'mxexp.test' || f.host === 'mx2.expired.test');
    expect(mx2.map((f) => `${f.rule} ${f.severity}${f.inconclusive ? ' inconclusive' : ''}`).sort()).toEqual([
      'check-inconclusive warning inconclusive',
    ]);
    expect(mx2.find((f) => f.rule === 'check-inconclusive')!.evidence).toBe('ESERVFAIL; _25._tcp.mx2.expired.test: the resolver answered SERVFAIL');
    expect(report.dane?.find((d) => d.domain === 'mxexp.test')).toMatchObject({ host: 'mx2.expired.test', applies: false, outcome: 'unanswered' });
  });

  test('the run fails on the errors it found', () => {
    expect(code).toBe(1);
  });
});
