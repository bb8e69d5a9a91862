// DANE look-ups through the built command line, as a user runs it: `check --resolver` naming a
// validating resolver on loopback (unbound, over Knot DNS serving a signed, an unsigned and an
// expired zone: __tests__/support/dnssec-zone.ts). The JSON report carries each domain's DANE
// facts, valid against the report schema; the bundle speaks DNSSEC itself (dns-packet inside it).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFixtureCertificates, type FixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import type { DaneFacts } from '../../src/facts/dane.js';
import { describeWithDnssec, startDnssecWorld, tlsaData, tlsaLine, type DnssecWorld } from '../support/dnssec-zone.js';
import { assertBundleFresh, makeTempDir, reportSchemaErrors, runCli } from './built.js';

describeWithDnssec()('check --resolver with dane on, through the built CLI', () => {
  let world: DnssecWorld;
  let certs: FixtureCertificates;
  let leaf: Pem;
  let smtp: MailServer;
  let dir: { path: string; remove: () => Promise<void> };
  let policy: string;
  let caFile: string;

  beforeAll(async () => {
    await assertBundleFresh();
    certs = await createFixtureCertificates();
    leaf = await certs.good(['mx.signed.test', 'mx.unsigned.test']);
    const records = (zone: string) => [`@ MX 10 mx.${zone}.`, 'mx A 127.0.0.1', tlsaLine('mx', 3, 1, 1, leaf.cert)];
    world = await startDnssecWorld([
      { name: 'signed.test', signing: 'signed', records: records('signed.test') },
      { name: 'unsigned.test', signing: 'unsigned', records: records('unsigned.test') },
      { name: 'expired.test', signing: 'expired', records: records('expired.test') },
    ]);
    smtp = await startMailFixture('smtp', 'good', leaf);
    dir = await makeTempDir('mail-tls-gate-cli-dane-');
    caFile = join(dir.path, 'ca.pem');
    await writeFile(caFile, certs.ca.cert);
    policy = join(dir.path, 'policy.yml');
    const domain = (name: string, dane: string) => [`  - domain: ${name}`, `    mx: { require: [{ service: smtp, port: ${smtp.port} }] }`, `    dane: ${dane}`];
    await writeFile(policy, ['version: 1', 'domains:', ...domain('signed.test', 'required'), ...domain('unsigned.test', 'optional'), ...domain('expired.test', 'required'), ''].join('\n'));
  }, 60_000);

  afterAll(async () => {
    await smtp?.close();
    await world?.close();
    await dir?.remove();
  });

  test('the JSON report carries domains[].dane: authenticated for the signed zone, not for the unsigned one, SERVFAIL for the expired one', async () => {
    const r = await runCli(
      ['check', policy, '--resolver', `${world.resolver.address}:${world.resolver.port}`, '--allow-loopback', '--ca-file', caFile, '--timeout', '5s', '--fail-on', 'never', '--format', 'json'],
      { timeoutMs: 30_000 },
    );
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const json = JSON.parse(r.stdout) as { domains: { domain: string; dane: DaneFacts }[] };
    expect(reportSchemaErrors(json)).toEqual([]);
    const dane = Object.fromEntries(json.domains.map((d) => [d.domain, d.dane]));
    const record = { usage: 3, selector: 1, matchingType: 1, data: tlsaData(leaf.cert, 1, 1) };
    expect(dane['signed.test']).toEqual({
      mx: { rcode: 'NOERROR', authenticated: true, error: null },
      hosts: [{ host: 'mx.signed.test', tlsaName: '_25._tcp.mx.signed.test', tlsa: { rcode: 'NOERROR', authenticated: true, error: null }, records: [record] }],
    });
    expect(dane['unsigned.test']).toEqual({
      mx: { rcode: 'NOERROR', authenticated: false, error: null },
      hosts: [{ host: 'mx.unsigned.test', tlsaName: '_25._tcp.mx.unsigned.test', tlsa: { rcode: 'NOERROR', authenticated: false, error: null }, records: [record] }],
    });
    expect(dane['expired.test']).toEqual({ mx: { rcode: 'SERVFAIL', authenticated: false, error: null }, hosts: [] });
  }, 40_000);
});
