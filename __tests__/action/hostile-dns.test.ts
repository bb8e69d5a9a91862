// Hostile DNS through the built action and the built CLI: a policy domain whose MX answer (served
// by a DNS responder on loopback, which the `resolver` setting points at) holds names that are
// workflow commands and log markers, a CNAME to another, and an MTA-STS policy host aliased to
// one. Every such name resolves (to 127.0.0.1), so only the host-name check keeps them from being
// planned, probed and printed; the stdout the runner reads must carry none of them as a command.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertBundleFresh, cleanEnv, makeTempDir, runCli, show, type RunResult } from '../cli/built.js';
import { startDnsResponder, type DnsResponder } from '../support/dns-responder.js';
import { commandInjections, POLICY_PATH, runAction, type ActionRun } from './runner.js';

const HOSTILE_NAMES = ['::stop-commands::pwned', '::error::pwned.names.test', '##[error]pwned.names.test', 'mx ##[warning]pwned.names.test', '[mx]%0A::error::pwned.names.test'];

let dns: DnsResponder;
let action: ActionRun;
let cli: RunResult;
let cliDir: { path: string; remove: () => Promise<void> };

beforeAll(async () => {
  await assertBundleFresh();
  // A port nothing listens on: the one good MX host is refused at once.
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  dns = await startDnsResponder({
    'names.test': {
      mx: [
        ...HOSTILE_NAMES.map((exchange, i) => ({ preference: (i + 1) * 10, exchange })),
        { preference: 60, exchange: 'cname.names.test' },
        { preference: 70, exchange: 'mx.names.test' },
      ],
    },
    ...Object.fromEntries(HOSTILE_NAMES.map((name) => [name, { a: ['127.0.0.1'] }])),
    'cname.names.test': { cname: '::warning::cname pwned.names.test' },
    '::warning::cname pwned.names.test': { a: ['127.0.0.1'] },
    'mx.names.test': { a: ['127.0.0.1'] },
    '_mta-sts.names.test': { txt: [['v=STSv1; id=1']] },
    'mta-sts.names.test': { cname: '##[error]sts pwned.names.test' },
    '##[error]sts pwned.names.test': { a: ['127.0.0.1'] },
  });
  const policy = `version: 1
defaults:
  timeout: 2s
domains:
  - domain: names.test
    mx: { require: [{ service: smtp, port: ${closedPort} }] }
    mta-sts: enforce
    tls-rpt: off
`;
  const resolver = `127.0.0.1:${dns.port}`;
  action = await runAction({
    policy,
    inputs: { policy: POLICY_PATH, resolver, 'allow-loopback': 'true', timeout: '2s', 'retry-after': '100ms' },
    timeoutMs: 40_000,
  });
  cliDir = await makeTempDir('mtg-hostile-dns-');
  await writeFile(join(cliDir.path, 'policy.yml'), policy);
  cli = await runCli(['check', 'policy.yml', '--resolver', resolver, '--allow-loopback', '--timeout', '2s', '--retry-after', '100ms'], {
    cwd: cliDir.path,
    env: cleanEnv(),
    timeoutMs: 40_000,
  });
}, 120_000);

afterAll(async () => {
  await dns?.close();
  await action?.remove();
  await cliDir?.remove();
});

describe('the hostile names really reached the tool', () => {
  test('the DNS responder was asked, and the report names every hostile name verbatim', () => {
    expect(dns.queries).toContain('MX names.test');
    expect(action.timedOut).toBe(false);
    const report = JSON.parse(readFileSync(action.outputs.report!, 'utf8'));
    const skipped = report.findings.find((f: { rule: string }) => f.rule === 'dns-targets-skipped');
    expect(skipped).toMatchObject({ host: 'names.test', inconclusive: true });
    for (const name of [...HOSTILE_NAMES, '::warning::cname pwned.names.test', '##[error]sts pwned.names.test']) {
      expect([name, skipped.message.includes(name)]).toEqual([name, true]);
    }
    // Only the host name among the MX hosts was planned and probed.
    expect([...new Set(report.endpoints.map((e: { host: string }) => e.host))]).toEqual(['mx.names.test']);
  });
});

describe('the action (node dist/index.js as the runner runs it)', () => {
  test('fails: the one MX host it probed refused, the rest were not concluded', () => {
    expect([action.code, show(action.stderr)]).toEqual([1, show(action.stderr)]);
    expect(action.outputs.result).toBe('fail');
  });

  test('logs its progress per MX host, and no stdout line is a command carrying a DNS name', () => {
    expect(action.stdout).toMatch(/^mx\.names\.test: 1 endpoints probed, 0 reachable$/m);
    expect(action.stdout).toContain('pwned');
    expect(commandInjections(action.stdout)).toEqual([]);
  });

  test('nor on stderr', () => {
    expect(commandInjections(action.stderr, new Set())).toEqual([]);
  });
});

describe('the CLI (node dist/cli.js check, text output)', () => {
  test('fails on the findings and quotes the names', () => {
    expect([cli.code, cli.timedOut, show(cli.stderr)]).toEqual([1, false, show(cli.stderr)]);
    expect(cli.stdout).toContain('dns-targets-skipped');
    expect(cli.stdout).toContain('pwned');
  });

  test('no stdout or stderr line is a workflow command or log marker', () => {
    expect(commandInjections(cli.stdout, new Set())).toEqual([]);
    expect(commandInjections(cli.stderr, new Set())).toEqual([]);
  });
});
