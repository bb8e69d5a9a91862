// The built CLI on a runner whose own network is limited, for real: inside a network namespace
// with only `lo` (so 2001:db8::/32 has no route and a connect to it fails at once, and nothing can
// leave the machine), an nftables rule that drops outbound TCP port 25 to chosen addresses, and a
// DNS server (dnsmasq) inside that gives the fixture hosts A records on 127.x and AAAA records in
// 2001:db8::/32.
//
// Names reach the CLI two ways, both through that DNS server: `hosts:` entries through getaddrinfo
// (the namespace's private mount namespace carries a resolv.conf naming 127.0.0.1, and an
// nsswitch.conf of `files dns`, so no system resolver service outside is asked), and a domain's MX
// hosts through the domains stage (`--resolver 127.0.0.1`). The fixture servers run in this
// process; the namespace's listening sockets relay to them (see namespace.ts).
//
// Without a way to make the namespace (no permission, nft missing) the suite skips with the
// reason, except in CI (CI=true), where .ci/run installs nftables and the suite must fail instead.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import type { Report } from '../../src/report/types.js';
import { assertBundleFresh, CLI, makeTempDir, reportSchemaErrors, show } from '../cli/built.js';
import { describeWhen, findProgram, type ProgramRun } from '../support/system-tool.js';
import { namespaceUnavailable, resolverMounts, TestNamespace } from './namespace.js';

const unavailable = namespaceUnavailable() ?? (findProgram('dnsmasq') === null ? 'dnsmasq is not installed (apt-get install dnsmasq-base)' : null);
const run = describeWhen(unavailable === null, `the runner's own network in a namespace: skipped, ${unavailable}`);

/** A dual-stack host: its IPv6 address has no route inside the namespace. */
const DUAL = { name: 'dual.test', v4: '127.0.0.2', v6: '2001:db8::25' };
/** Two MX hosts of one domain whose port 25 the namespace's firewall drops. */
const FLEET = [
  { name: 'mx1.fleet.test', v4: '127.0.0.3' },
  { name: 'mx2.fleet.test', v4: '127.0.0.4' },
];
/** One host whose port 25 is dropped: not enough to blame the runner. */
const SOLO = { name: 'solo.test', v4: '127.0.0.5' };
const FILTERED = [...FLEET.map((h) => h.v4), SOLO.v4];

const ZONE = [
  'local=/test/',
  `host-record=${DUAL.name},${DUAL.v4},${DUAL.v6}`,
  'mx-host=fleet.test,mx1.fleet.test,10',
  'mx-host=fleet.test,mx2.fleet.test,20',
  ...FLEET.map((h) => `host-record=${h.name},${h.v4}`),
  `host-record=${SOLO.name},${SOLO.v4}`,
  '',
].join('\n');

// The namespace's own table: what a cloud network's egress filter on port 25 does.
const NFT = `table inet runner_egress {
  chain output {
    type filter hook output priority 0; policy accept;
    ip daddr { ${FILTERED.join(', ')} } tcp dport 25 drop
  }
}
`;

const POLICIES = {
  dual: `version: 1
hosts:
  - host: ${DUAL.name}
    require: [smtp, submissions]
`,
  fleet: `version: 1
domains:
  - domain: fleet.test
    mx: { require: [smtp, submissions] }
    mta-sts: off
    tls-rpt: off
`,
  solo: `version: 1
hosts:
  - host: ${SOLO.name}
    require: [smtp, submissions]
`,
};

run("the runner's own network, in a network namespace", () => {
  let dir: { path: string; remove: () => Promise<void> };
  let ns: TestNamespace;
  const servers: MailServer[] = [];
  const file = (name: string): string => join(dir.path, name);

  beforeAll(async () => {
    if (unavailable !== null) throw new Error(`cannot test the runner's network here: ${unavailable}`);
    await assertBundleFresh();
    dir = await makeTempDir('mail-tls-gate-runner-network-');
    const certs = await createFixtureCertificates();
    const pem = await certs.good([DUAL.name, ...FLEET.map((h) => h.name), SOLO.name]);
    const smtp = await startMailFixture('smtp', 'good', pem);
    const submissions = await startMailFixture('smtp', 'implicit-tls', pem);
    servers.push(smtp, submissions);

    await writeFile(file('ca.pem'), certs.ca.cert);
    await writeFile(file('zone.conf'), ZONE);
    for (const [name, text] of Object.entries(POLICIES)) await writeFile(file(`${name}.yml`), text);

    ns = await TestNamespace.start({ nft: NFT, mounts: await resolverMounts(dir.path) });
    for (const address of [DUAL.v4, ...FILTERED]) {
      await ns.relay(address, 25, smtp.port);
      await ns.relay(address, 465, submissions.port);
    }
    // Up once getaddrinfo inside the namespace finds the dual-stack host's IPv6 address.
    await ns.startDns(file('zone.conf'), { name: DUAL.name, address: DUAL.v6 });
  }, 60_000);

  afterAll(async () => {
    await ns?.close();
    await Promise.all(servers.map((s) => s.close()));
    await dir?.remove();
  });

  const check = async (policy: keyof typeof POLICIES, ...extra: string[]): Promise<{ run: ProgramRun; report: Report }> => {
    const result = await ns.run(
      process.execPath,
      [CLI, 'check', file(`${policy}.yml`), '--format', 'json', '--report', file(`${policy}.json`), '--ca-file', file('ca.pem'), '--timeout', '1s', '--retry-after', '100ms', ...extra],
      { timeoutMs: 60_000 },
    );
    let report: Report;
    try {
      report = JSON.parse(result.stdout) as Report;
    } catch {
      throw new Error(`not a JSON report (exit ${result.code}): ${show(result.stdout)} ${show(result.stderr)}`);
    }
    expect(reportSchemaErrors(report)).toEqual([]);
    return { run: result, report };
  };
  const findingsOf = (report: Report): string[] =>
    report.findings.map((f) => `${f.rule} ${f.severity} ${f.host} ${f.address}:${f.port}${f.inconclusive ? ' inconclusive' : ''}`);

  test('the namespace is what the test says: only lo, no IPv6 route but ::1', () => {
    expect(ns.links.trim().split('\n').map((line) => line.split(':')[1]!.trim())).toEqual(['lo']);
    expect(ns.routes6).not.toMatch(/default|2001:db8/);
  });

  test('a dual-stack host checked from a runner without IPv6 passes (exit 0) with a notice on its IPv6 address', async () => {
    const { run: result, report } = await check('dual');
    expect(findingsOf(report)).toEqual([
      `runner-network-limited notice ${DUAL.name} ${DUAL.v6}:25`,
      `runner-network-limited notice ${DUAL.name} ${DUAL.v6}:465`,
    ]);
    expect(result.code).toBe(0);
    expect(report.summary.result).toBe('pass');
    expect(report.runnerNetwork).toEqual([{ kind: 'no-route', family: 'ipv6', codes: ['ENETUNREACH'], addresses: [DUAL.v6] }]);
    const v6 = report.endpoints.filter((e) => e.address === DUAL.v6);
    expect(v6.map((e) => [e.port, e.reachable, e.error?.kind, e.error?.code, e.error?.atOnce])).toEqual([
      [25, false, 'unreachable', 'ENETUNREACH', true],
      [465, false, 'unreachable', 'ENETUNREACH', true],
    ]);
    expect(report.findings[0]!.message).toMatch(new RegExp(`tested over ${DUAL.v4.replace(/\./g, '\\.')}`));
  });

  test('the text output says plainly which addresses the runner could not test, and why', async () => {
    const result = await ns.run(process.execPath, [CLI, 'check', file('dual.yml'), '--ca-file', file('ca.pem'), '--timeout', '1s'], { timeoutMs: 60_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("The runner's own network could not test");
    expect(result.stdout).toContain(`IPv6: the runner has no route (ENETUNREACH at once on every IPv6 address), so ${DUAL.v6} could not be tested`);
  });

  test('-4 probes only the IPv4 address: a clean pass', async () => {
    const { run: result, report } = await check('dual', '-4');
    expect(result.code).toBe(0);
    expect(report.findings).toEqual([]);
    expect([...new Set(report.endpoints.map((e) => e.address))]).toEqual([DUAL.v4]);
    expect(report.runnerNetwork).toBeUndefined();
  });

  test('-6 probes only the IPv6 address: nothing could be tested, a warning, exit 3', async () => {
    const { run: result, report } = await check('dual', '-6');
    expect(findingsOf(report)).toEqual([
      `runner-network-limited warning ${DUAL.name} ${DUAL.v6}:25 inconclusive`,
      `runner-network-limited warning ${DUAL.name} ${DUAL.v6}:465 inconclusive`,
    ]);
    expect(result.code).toBe(3);
  });

  test('an MX fleet whose port 25 the runner filters: exit 3, runner-network-limited on port 25, no required-service-unreachable there', async () => {
    // The MX hosts' addresses are loopback ones (inside the namespace): allowed for this run only.
    const { run: result, report } = await check('fleet', '--resolver', '127.0.0.1', '--allow-loopback');
    expect(findingsOf(report)).toEqual(FLEET.map((h) => `runner-network-limited warning ${h.name} ${h.v4}:25 inconclusive`));
    expect(result.code).toBe(3);
    expect(report.summary.result).toBe('inconclusive');
    expect(report.runnerNetwork).toEqual([{ kind: 'port-filtered', port: 25, hosts: FLEET.map((h) => h.name), addresses: FLEET.map((h) => h.v4) }]);
    // The same addresses did answer on 465, and passed there.
    expect(report.endpoints.filter((e) => e.port === 465).map((e) => [e.address, e.reachable, e.error])).toEqual(FLEET.map((h) => [h.v4, true, null]));
    expect(report.findings[0]!.message).toMatch(/port 25 timed out on every address of 2 hosts that answered on other ports .*, so the runner's network or a filter on its path drops it/);
  });

  test('one host with a filtered port keeps required-service-unreachable, saying the address answered on other ports', async () => {
    const { run: result, report } = await check('solo');
    expect(findingsOf(report)).toEqual([`required-service-unreachable error ${SOLO.name} ${SOLO.v4}:25`]);
    expect(result.code).toBe(1);
    expect(report.findings[0]!.message).toContain("answered on other ports (465), so a filter on the path (possibly the runner's) may drop port 25");
    expect(report.runnerNetwork).toBeUndefined();
  });
});
