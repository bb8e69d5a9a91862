// Settings per service and severities per host, end to end: a real check (policy file, plan,
// probe, rules, report, SARIF) of one SMTP server on loopback that accepts TLS 1.0 to 1.3,
// named by several hosts of one policy. The host-level minimum of 1.2 fails it; the service
// item's own "1.0" (RFC 7435 opportunistic TLS on port 25) passes it; a host's own rules:
// weighs that host's findings only; each finding points at the line that set what failed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailServer, type MailServer } from '../../src/demo/mail-servers.js';
import { check } from '../../src/run.js';

const HOSTS = ['opportunistic.example.test', 'strict.example.test', 'twin.example.test', 'tighter.example.test'];

let server: MailServer;
let dir: string;
let policyText: string;

beforeAll(async () => {
  const certs = await createFixtureCertificates();
  server = await startMailServer({ protocol: 'smtp', pem: await certs.good(HOSTS), minVersion: 'TLSv1', injection: 'clean' });
  dir = await mkdtemp(join(tmpdir(), 'mtg-service-settings-'));
  await writeFile(join(dir, 'ca.pem'), certs.ca.cert);
  policyText = [
    'version: 1', //                                        1
    'defaults:', //                                         2
    '  timeout: 5s', //                                     3
    'hosts:', //                                            4
    '  - host: opportunistic.example.test', //              5
    '    tls: { min-version: "1.2" }', //                   6
    '    require:', //                                      7
    `      - { service: smtp, port: ${server.port}, tls: { min-version: "1.0" } }`, // 8
    '  - host: strict.example.test', //                     9
    '    tls: { min-version: "1.2" }', //                   10
    '    require:', //                                      11
    `      - { service: submission, port: ${server.port} }`, // 12
    '  - host: twin.example.test', //                       13
    '    tls: { min-version: "1.2" }', //                   14
    '    rules: { tls-version-legacy: notice }', //         15
    '    require:', //                                      16
    `      - { service: submission, port: ${server.port} }`, // 17
    '  - host: tighter.example.test', //                    18
    '    require:', //                                      19
    '      - service: submission', //                       20
    `        port: ${server.port}`, //                      21
    '        tls:', //                                      22
    '          min-version: "1.1"', //                      23
    '',
  ].join('\n');
  await writeFile(join(dir, 'policy.yml'), policyText);
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the service item\'s own minimum passes what the host\'s fails; a host\'s rules: weighs its findings alone; each finding at the line that set what failed', async () => {
  const outcome = await check({
    policyPath: join(dir, 'policy.yml'),
    policyName: 'policy.yml',
    failOn: 'error',
    concurrency: 4,
    perHost: 4,
    caFile: join(dir, 'ca.pem'),
    reportPath: join(dir, 'report.json'),
    sarifPath: join(dir, 'report.sarif'),
    resolveAll: async () => ['127.0.0.1'],
  });
  if (outcome.kind !== 'checked') throw new Error(`policy invalid: ${JSON.stringify(outcome)}`);
  const report = outcome.report;

  // The server really accepted TLS 1.0 on every endpoint: the same fact, judged four ways.
  expect(report.endpoints.map((e) => [e.host, e.tls?.versionsAccepted])).toEqual([...HOSTS].sort().map((h) => [h, ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']]));

  const found = report.findings.map((f) => [f.host, f.rule, f.severity, `${f.location.file}:${f.location.line}:${f.location.column}`, f.waived]);
  expect(found).toEqual([
    // strict: the host's 1.2; the finding sits on the item that asked for the endpoint.
    ['strict.example.test', 'tls-version-legacy', 'error', 'policy.yml:12:9', false],
    // tighter: the item's own 1.1, where it was set; the default severity.
    ['tighter.example.test', 'tls-version-legacy', 'error', 'policy.yml:23:11', false],
    // twin: the same endpoint as strict, but its host weighs the rule as a notice.
    ['twin.example.test', 'tls-version-legacy', 'notice', 'policy.yml:17:9', false],
  ]);
  expect(report.findings.find((f) => f.host === 'tighter.example.test')!.message).toContain('below the policy\'s minimum of TLS 1.1');
  expect(report.findings.find((f) => f.host === 'strict.example.test')!.message).toContain('below the policy\'s minimum of TLS 1.2');
  expect(report.summary).toMatchObject({ errors: 2, warnings: 0, notices: 1, endpoints: 4, result: 'fail' });
  expect(outcome.exitCode).toBe(1);

  // The written report and SARIF say the same, at the same places.
  const written = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
  expect(written.findings.map((f: { location: { line: number } }) => f.location.line)).toEqual([12, 23, 17]);
  const sarif = JSON.parse(await readFile(join(dir, 'report.sarif'), 'utf8'));
  const regions = (sarif.runs[0].results as Array<{ level: string; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }>).map((r) => [
    r.level,
    r.locations[0]!.physicalLocation.region.startLine,
    r.locations[0]!.physicalLocation.region.startColumn,
  ]);
  expect(regions).toEqual([
    ['error', 12, 9],
    ['error', 23, 11],
    ['note', 17, 9],
  ]);
  // The lines named are the ones that set the failing value, as the policy reads.
  const lines = policyText.split('\n');
  expect(lines[23 - 1]).toContain('min-version: "1.1"');
  expect(lines[12 - 1]).toContain('service: submission');
});

test("the run's timeout overrides the policy's at every level, a service item's own included", async () => {
  const path = join(dir, 'timeouts.yml');
  await writeFile(
    path,
    [
      'version: 1',
      'defaults: { timeout: 20s }',
      'hosts:',
      '  - host: strict.example.test',
      '    timeout: 30s',
      '    require:',
      `      - { service: submission, port: ${server.port}, timeout: 40s, tls: { min-version: "1.0" } }`,
      '',
    ].join('\n'),
  );
  const planned: Array<[number, string[]]> = [];
  const outcome = await check({
    policyPath: path,
    failOn: 'error',
    concurrency: 2,
    timeoutMs: 3_000,
    caFile: join(dir, 'ca.pem'),
    resolveAll: async () => ['127.0.0.1'],
    onPlanned: (plan) => planned.push(...plan.endpoints.map((e): [number, string[]] => [e.settings.timeoutMs, Object.keys(e.settingLocations ?? {})])),
  });
  expect(planned).toEqual([[3_000, ['tls.min-version']]]);
  expect(outcome.kind === 'checked' && outcome.report.findings).toEqual([]);
});
