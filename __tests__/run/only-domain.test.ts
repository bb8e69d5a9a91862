// `--only DOMAIN` judges the domain's MX endpoints as the full run does. A DNS server on loopback
// answers the domain's MX (three MX hosts, all 127.0.0.1), one SMTP server on loopback accepts
// TLS 1.0 to 1.3 with a certificate of a CA the run does not trust. Two MX hosts also have a
// `hosts:` entry, and the full run judges their MX endpoints by those: one entry's `certificate:`
// and `timeout:` settings, its `rules:` and the waivers naming it (one active, one expired); the
// other entry's own smtp item with a setting of its own, which the full run plans the endpoint
// from. Under `--only` the same endpoints must get the same findings; the first entry's own
// service and another host (with an expired waiver of its own) are not the domain's, and are
// neither probed nor reported.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailServer, type MailServer } from '../../src/demo/mail-servers.js';
import type { Plan } from '../../src/plan/types.js';
import type { Report } from '../../src/report/types.js';
import type { Finding } from '../../src/rules/types.js';
import { check } from '../../src/run.js';
import { startDnsResponder, type DnsResponder } from '../support/dns-responder.js';

const DOMAIN = 'only.test';
const NAMED_MX = 'mx1.only.test';
const PLAIN_MX = 'mx2.only.test';
const ITEM_MX = 'mx3.only.test';
const OTHER = 'other.only.test';

let server: MailServer;
let dns: DnsResponder;
let dir: string;
let policyPath: string;
const NOW = new Date();

beforeAll(async () => {
  const certs = await createFixtureCertificates();
  // Issued by the fixture CA, which is left out of the trusted roots: certificate-untrusted.
  server = await startMailServer({ protocol: 'smtp', pem: await certs.good([NAMED_MX, PLAIN_MX, ITEM_MX, OTHER]), minVersion: 'TLSv1', injection: 'clean' });
  dns = await startDnsResponder({
    [DOMAIN]: {
      mx: [
        { preference: 10, exchange: NAMED_MX },
        { preference: 20, exchange: PLAIN_MX },
        { preference: 30, exchange: ITEM_MX },
      ],
    },
    [NAMED_MX]: { a: ['127.0.0.1'] },
    [PLAIN_MX]: { a: ['127.0.0.1'] },
    [ITEM_MX]: { a: ['127.0.0.1'] },
  });
  dir = await mkdtemp(join(tmpdir(), 'mtg-only-domain-'));
  policyPath = join(dir, 'policy.yml');
  await writeFile(
    policyPath,
    [
      'version: 1',
      'defaults:',
      '  timeout: 5s',
      'hosts:',
      `  - host: ${NAMED_MX}`,
      // A setting: the certificate's ordinary validity is now too short (certificate-expiring).
      '    certificate: { min-days-left: 3650 }',
      // A severity: TLS 1.0 accepted is not a finding on this host.
      '    rules: { tls-version-legacy: off }',
      '    timeout: 7s',
      // Its own service, not the domain's.
      `    require: [{ service: submission, port: ${server.port} }]`,
      // The domain's own service, asked here with a setting of its own: the full run plans the
      // endpoint from this item, and so does `--only`.
      `  - host: ${ITEM_MX}`,
      `    require: [{ service: smtp, port: ${server.port}, tls: { min-version: "1.0" } }]`,
      `  - host: ${OTHER}`,
      `    require: [{ service: smtp, port: ${server.port} }]`,
      'domains:',
      `  - domain: ${DOMAIN}`,
      `    mx: { require: [{ service: smtp, port: ${server.port} }] }`,
      '    mta-sts: off',
      '    tls-rpt: off',
      'waivers:',
      `  - { rule: certificate-untrusted, host: ${NAMED_MX}, reason: private CA, expires: 2999-12-31 }`,
      `  - { rule: certificate-name-mismatch, host: ${NAMED_MX}, reason: renamed, expires: 2020-01-01 }`,
      `  - { rule: certificate-untrusted, host: ${OTHER}, reason: lab host, expires: 2020-01-01 }`,
      '',
    ].join('\n'),
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
  await dns?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A full run, or one cut down to `only`; policy hosts resolve to the server, the domain's MX through the DNS server. */
async function run(
  only?: string,
  { allowLoopback = true, timeoutMs, addressFamily }: { allowLoopback?: boolean; timeoutMs?: number; addressFamily?: 'ipv4' | 'ipv6' } = {},
): Promise<{ report: Report; plan: Plan }> {
  let plan: Plan | undefined;
  const outcome = await check({
    policyPath,
    policyName: 'policy.yml',
    failOn: 'error',
    concurrency: 4,
    perHost: 4,
    retryAfterMs: 100,
    heloName: 'gate.test',
    resolver: { address: '127.0.0.1', port: dns.port },
    allowLoopback,
    timeoutMs,
    addressFamily,
    resolveAll: async () => ['127.0.0.1'],
    // One clock for every run: the certificate's days left read the same in each.
    now: () => NOW,
    only,
    onPlanned: (p) => (plan = p),
  });
  if (outcome.kind !== 'checked') throw new Error(`not checked: ${JSON.stringify(outcome)}`);
  return { report: outcome.report, plan: plan! };
}

/** What the policy says of a finding: everything but its wording. */
const judged = (f: Finding) => [f.host, f.port, f.service ?? null, f.rule, f.severity, `${f.location.line}:${f.location.column}`, f.waived];

/** The findings about the domain, its MX endpoints and the waivers naming its MX hosts. */
const ofTheDomain = (report: Report): Finding[] =>
  report.findings.filter((f) => f.host === DOMAIN || ([NAMED_MX, PLAIN_MX, ITEM_MX].includes(f.host) && (f.service === 'smtp' || f.rule === 'waiver-expired')));

test('the MX host with a hosts: entry keeps its settings, rules: and waivers; the same findings as the full run', async () => {
  const full = await run();
  const only = await run(DOMAIN);

  // The full run judged what the test is about: each of the entry's settings changed a verdict.
  expect(ofTheDomain(full.report).map(judged)).toEqual([
    [NAMED_MX, null, null, 'waiver-expired', 'warning', '21:5', false],
    [NAMED_MX, server.port, 'smtp', 'certificate-expiring', 'warning', '16:21', false],
    [NAMED_MX, server.port, 'smtp', 'certificate-untrusted', 'error', '16:21', true],
    [PLAIN_MX, server.port, 'smtp', 'certificate-untrusted', 'error', '16:21', false],
    [PLAIN_MX, server.port, 'smtp', 'tls-version-legacy', 'error', '16:21', false],
    // Judged by the hosts: item that asks for the same service: its TLS 1.0, its line.
    [ITEM_MX, server.port, 'smtp', 'certificate-untrusted', 'error', '11:15', false],
  ]);
  // `--only` finds exactly these, wording included, and nothing else.
  expect(only.report.findings).toEqual(ofTheDomain(full.report));
  // The same endpoints' facts.
  const mxEndpoints = (r: Report) => r.endpoints.filter((e) => e.service === 'smtp' && e.host !== OTHER).map(({ durationMs: _, ...facts }) => facts);
  expect(only.report.endpoints.map(({ durationMs: _, ...facts }) => facts)).toEqual(mxEndpoints(full.report));
});

test("the hosts: entry's own services and other hosts are not probed, and other hosts' waivers not reported", async () => {
  const full = await run();
  const only = await run(DOMAIN);
  const planned = (plan: Plan) => plan.endpoints.map((e) => `${e.host} ${e.service} ${e.expectation} ${e.location.line}`);
  expect(planned(full.plan)).toEqual([
    `${NAMED_MX} smtp require 16`,
    `${NAMED_MX} submission require 9`,
    `${PLAIN_MX} smtp require 16`,
    `${ITEM_MX} smtp require 11`,
    `${OTHER} smtp require 13`,
  ]);
  expect(planned(only.plan)).toEqual([`${NAMED_MX} smtp require 16`, `${PLAIN_MX} smtp require 16`, `${ITEM_MX} smtp require 11`]);
  // The full run reports the other host's expired waiver; `--only` does not.
  const otherWaiver = (r: Report) => r.findings.filter((f) => f.rule === 'waiver-expired' && f.host === OTHER).map((f) => f.location.line);
  expect(otherWaiver(full.report)).toEqual([22]);
  expect(otherWaiver(only.report)).toEqual([]);
  expect(only.report.findings.filter((f) => f.host === OTHER || f.service === 'submission')).toEqual([]);
});

test('loopback addresses DNS gave the MX hosts with a hosts: entry are probed as in the full run; the other one is skipped in both', async () => {
  const full = await run(undefined, { allowLoopback: false });
  const only = await run(DOMAIN, { allowLoopback: false });
  const probed = (r: Report) => r.endpoints.filter((e) => e.service === 'smtp' && e.host !== OTHER).map((e) => `${e.host} ${e.address}`);
  expect(probed(full.report)).toEqual([`${NAMED_MX} 127.0.0.1`, `${ITEM_MX} 127.0.0.1`]);
  expect(probed(only.report)).toEqual(probed(full.report));
  expect(only.report.findings).toEqual(ofTheDomain(full.report));
  expect(only.report.findings.filter((f) => f.rule === 'dns-targets-skipped').map((f) => f.host)).toEqual([DOMAIN]);
});

test("the MX endpoints are planned with the same settings, and the run's timeout and -4 override the entry's under --only as in the full run", async () => {
  const settings = (plan: Plan) => plan.endpoints.filter((e) => e.service === 'smtp' && e.host !== OTHER).map((e) => ({ host: e.host, settings: e.settings }));
  const full = await run();
  const only = await run(DOMAIN);
  expect(settings(only.plan)).toEqual(settings(full.plan));
  expect(settings(full.plan).map(({ host, settings: s }) => [host, s.timeoutMs])).toEqual([
    [NAMED_MX, 7_000],
    [PLAIN_MX, 5_000],
    [ITEM_MX, 5_000],
  ]);
  const overridden = await run(DOMAIN, { timeoutMs: 3_000 });
  expect(overridden.plan.endpoints.map((e) => [e.host, e.settings.timeoutMs])).toEqual([
    [NAMED_MX, 3_000],
    [PLAIN_MX, 3_000],
    [ITEM_MX, 3_000],
  ]);
  expect(settings(overridden.plan)).toEqual(settings((await run(undefined, { timeoutMs: 3_000 })).plan));
  // -4 likewise: the entry's hosts aside for the MX hosts take the family, as every entry does.
  const ipv4 = await run(DOMAIN, { addressFamily: 'ipv4' });
  expect(ipv4.plan.endpoints.map((e) => [e.host, e.settings.addresses])).toEqual([
    [NAMED_MX, 'ipv4'],
    [PLAIN_MX, 'ipv4'],
    [ITEM_MX, 'ipv4'],
  ]);
  expect(settings(ipv4.plan)).toEqual(settings((await run(undefined, { addressFamily: 'ipv4' })).plan));
});
