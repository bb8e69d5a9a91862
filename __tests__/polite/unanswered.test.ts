// Unanswered questions stay open, end to end through check(): a server that answers a TLS 1.2/1.3
// ClientHello but never the legacy one has not shown that it refuses TLS 1.0/1.1, so a policy
// that forbids them gets check-inconclusive (exit 3), not a pass; and a forbidden service on a
// host name that does not resolve was never looked at, so that is no pass either.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startLegacySilentTls, type LegacySilentTlsServer } from '../../src/demo/tls-server.js';
import { formatText } from '../../src/report/text.js';
import { makeTempDir } from '../cli/built.js';
import { certificates, HOST, runCheck, type Workspace } from './world.js';

/** A name the test resolver says does not exist (as the system would for a typo). */
const UNRESOLVED = 'typo.polite.invalid';

let server: LegacySilentTlsServer;
const spaces: Workspace[] = [];
beforeAll(async () => {
  server = await startLegacySilentTls({ pem: await (await certificates()).good([HOST]) });
});
afterAll(async () => {
  await server?.close();
});
afterEach(async () => {
  await Promise.all(spaces.splice(0).map((w) => w.remove()));
});

async function workspace(lines: string[]): Promise<Workspace> {
  const dir = await makeTempDir('mtg-unanswered-');
  const policy = join(dir.path, 'policy.yml');
  const ca = join(dir.path, 'ca.pem');
  await writeFile(policy, ['version: 1', ...lines, ''].join('\n'));
  await writeFile(ca, (await certificates()).ca.cert);
  const ws = { dir: dir.path, policy, ca, remove: dir.remove };
  spaces.push(ws);
  return ws;
}

const requireHttps = (minVersion: string) => [
  'defaults:',
  '  timeout: 1s',
  '  tls:',
  `    min-version: "${minVersion}"`,
  'hosts:',
  `  - host: ${HOST}`,
  '    require:',
  `      - { service: https, port: ${server.port} }`,
];

/** Turns off every cipher rule the default policy has on, so that nothing reads a version's suites. */
const CIPHER_RULES_OFF = ['rules:', '  tls-cipher-weak: off', '  tls-cipher-anonymous: off', '  tls-dh-weak: off'];

describe('a server silent to the legacy ClientHello', () => {
  test('min-version 1.2: TLS 1.0/1.1 untested with the reason, check-inconclusive, exit 3, never a pass', async () => {
    const before = server.unanswered;
    const outcome = await runCheck(await workspace(requireHttps('1.2')));
    const [facts] = outcome.report.endpoints;
    expect(facts!.tls).toMatchObject({ version: 'TLSv1.3', versionsAccepted: ['TLSv1.2', 'TLSv1.3'], versionsUntested: ['TLSv1', 'TLSv1.1'] });
    expect(facts!.tls!.versionsUntestedReason).toBe('timeout at handshake (no answer to the ClientHello within 1000 ms)');
    expect(facts!.tls!.versionsTurnedAway).toBeUndefined();
    expect(outcome.report.findings.map((f) => [f.rule, f.severity, f.inconclusive])).toEqual([['check-inconclusive', 'warning', true]]);
    expect(outcome.report.findings[0]!.message).toContain('whether TLS 1.0 and TLS 1.1 are accepted (tls-version-legacy)');
    expect(outcome.report.findings.map((f) => f.rule)).not.toContain('service-busy');
    expect([outcome.report.summary.result, outcome.exitCode]).toEqual(['inconclusive', 3]);
    expect(server.unanswered - before).toBe(1);
  });

  test('min-version 1.0: no version question, but the cipher suites of the silent versions were never asked; with no cipher rule on, the run passes', async () => {
    const outcome = await runCheck(await workspace(requireHttps('1.0')));
    expect(outcome.report.endpoints[0]!.tls!.versionsUntested).toEqual(['TLSv1', 'TLSv1.1']);
    expect(outcome.report.findings.map((f) => [f.rule, f.inconclusive])).toEqual([['check-inconclusive', true]]);
    expect(outcome.report.findings[0]!.message).not.toContain('tls-version-legacy');
    expect(outcome.report.findings[0]!.message).toContain('whether TLS 1.0 is accepted, and with weak, anonymous');
    expect([outcome.report.summary.result, outcome.exitCode]).toEqual(['inconclusive', 3]);

    const off = await runCheck(await workspace([...requireHttps('1.0'), ...CIPHER_RULES_OFF]));
    expect(off.report.findings).toEqual([]);
    expect([off.report.summary.result, off.exitCode]).toEqual(['pass', 0]);
  });
});

describe('forbidden services on a host name that does not resolve', () => {
  test('forbid only: check-inconclusive per forbidden service, exit 3; with the rule off, still never a pass', async () => {
    const lines = ['hosts:', `  - host: ${UNRESOLVED}`, '    forbid: [imap, pop3]'];
    const outcome = await runCheck(await workspace(lines));
    expect(outcome.report.findings.map((f) => [f.rule, f.host, f.port, f.inconclusive])).toEqual([
      ['check-inconclusive', UNRESOLVED, 110, true],
      ['check-inconclusive', UNRESOLVED, 143, true],
    ]);
    expect(outcome.report.findings.map((f) => f.location.line)).toEqual([4, 4]);
    expect(outcome.report.findings[0]!.message).toContain('host name did not resolve');
    expect(outcome.report.findings[0]!.evidence).toBe('ENOTFOUND');
    expect([outcome.report.summary.result, outcome.exitCode]).toEqual(['inconclusive', 3]);

    const off = await runCheck(await workspace([...lines, 'rules:', '  check-inconclusive: off']));
    expect(off.report.findings).toEqual([]);
    expect([off.report.summary.result, off.exitCode]).toEqual(['inconclusive', 3]);
    expect(formatText(off.report, { color: false })).toContain('with only forbidden services, no host name resolved');
  });

  test('beside a required service that passes, the unresolved forbidden host still keeps the run from passing', async () => {
    const lines = [...requireHttps('1.0'), `  - host: ${UNRESOLVED}`, '    forbid: [pop3]', ...CIPHER_RULES_OFF];
    const outcome = await runCheck(await workspace(lines));
    expect(outcome.report.findings.map((f) => [f.rule, f.host])).toEqual([['check-inconclusive', UNRESOLVED]]);
    expect(outcome.exitCode).toBe(3);
  });
});
