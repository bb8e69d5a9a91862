// The built command line and questions that got no answer: exit code 3 (inconclusive), never 0.
// A server silent to the legacy ClientHello is named by its address (no name look-up). A forbidden
// host whose name does not resolve is looked up for real, by the system resolver, but from inside
// a network namespace of its own with nothing but a loopback interface, so that the query cannot
// leave the machine, under a name in the .invalid domain that no resolver may answer (RFC 6761).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startLegacySilentTls, type LegacySilentTlsServer } from '../../src/demo/tls-server.js';
import { assertBundleFresh, CLI, cleanEnv, makeTempDir, runCli, runProgram, show } from '../cli/built.js';
import { describeWithProgram, findProgram } from '../support/system-tool.js';

interface JsonFinding {
  rule: string;
  host: string;
  port: number;
  message: string;
  evidence: string | null;
  inconclusive?: boolean;
}

let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  await assertBundleFresh();
  dir = await makeTempDir('mtg-cli-unanswered-');
});
afterAll(async () => {
  await dir?.remove();
});

describe('a server silent to the legacy ClientHello', () => {
  let server: LegacySilentTlsServer;
  let policy: string;
  let ca: string;
  beforeAll(async () => {
    const certs = await createFixtureCertificates();
    server = await startLegacySilentTls({ pem: await certs.good(['127.0.0.1']) });
    ca = join(dir.path, 'ca.pem');
    policy = join(dir.path, 'legacy.yml');
    await writeFile(ca, certs.ca.cert);
    await writeFile(
      policy,
      ['version: 1', 'defaults:', '  timeout: 1s', 'hosts:', '  - host: 127.0.0.1', '    require:', `      - { service: https, port: ${server.port} }`, ''].join('\n'),
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  test('min-version 1.2 (the default): exit 3, check-inconclusive naming TLS 1.0 and 1.1, not a pass', async () => {
    const run = await runCli(['check', policy, '--format', 'json', '--ca-file', ca]);
    expect([run.code, run.stderr]).toEqual([3, '']);
    const report = JSON.parse(run.stdout);
    expect(report.summary.result).toBe('inconclusive');
    expect(report.endpoints[0].tls.versionsUntested).toEqual(['TLSv1', 'TLSv1.1']);
    expect(report.findings.map((f: JsonFinding) => [f.rule, f.inconclusive])).toEqual([['check-inconclusive', true]]);
    expect(report.findings[0].message).toContain('whether TLS 1.0 and TLS 1.1 are accepted');
    const text = await runCli(['check', policy, '--ca-file', ca]);
    expect(text.code).toBe(3);
    expect(text.stdout).toContain('check-inconclusive');
    expect(text.stdout.trimEnd().split('\n').pop()).toMatch(/^INCONCLUSIVE: 1 warning in 1 endpoint/);
  });
});

const UNSHARE = findProgram('unshare');
describeWithProgram(UNSHARE, 'a name that does not resolve, looked up in a network namespace: skipped, unshare is not installed (apt-get install util-linux)')(
  'a forbidden host whose name does not resolve',
  () => {
    /** The CLI in a network namespace of its own: only a loopback interface (down), no route anywhere. */
    function cliWithoutNetwork(args: string[]) {
      const asRoot = process.getuid?.() === 0;
      return runProgram(UNSHARE!, ['--net', ...(asRoot ? [] : ['--map-root-user']), process.execPath, CLI, ...args], { env: cleanEnv() });
    }

    test('forbid only: exit 3 and one check-inconclusive per forbidden service saying the name did not resolve', async () => {
      const host = 'mail.typo-in-policy.invalid';
      const policy = join(dir.path, 'forbid.yml');
      await writeFile(policy, ['version: 1', 'defaults:', '  timeout: 2s', 'hosts:', `  - host: ${host}`, '    forbid: [imap, pop3]', ''].join('\n'));
      const run = await cliWithoutNetwork(['check', policy, '--format', 'json']);
      expect([run.code, show(run.stderr)]).toEqual([3, show('')]);
      const report = JSON.parse(run.stdout);
      expect(report.summary.result).toBe('inconclusive');
      expect(report.findings.map((f: JsonFinding) => [f.rule, f.host, f.port, f.inconclusive])).toEqual([
        ['check-inconclusive', host, 110, true],
        ['check-inconclusive', host, 143, true],
      ]);
      for (const finding of report.findings as JsonFinding[]) {
        expect(finding.message).toContain('the host name did not resolve');
        expect(finding.evidence).toMatch(/^E[A-Z_]+$/);
      }
      const text = await cliWithoutNetwork(['check', policy]);
      expect(text.code).toBe(3);
      expect(text.stdout).toContain('did not resolve');
    });
  },
);
