// A domain's MX look-up through whole runs, against a DNS server on loopback that the `resolver`
// setting names: one that never replies (a time-out, which may be the runner's own network) is
// check-inconclusive at the domain's entry (exit 3), never mx-lookup-failed; SERVFAIL and NXDOMAIN
// are replies, and stay mx-lookup-failed (exit 1).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../src/run.js';
import { respond, startScriptedDns, type ScriptedDns } from '../support/scripted-dns.js';

const RCODE = { SERVFAIL: 2, NXDOMAIN: 3 } as const;

/** How the name server treats each domain's MX question. */
const MX: Record<string, 'silent' | 'servfail' | 'nxdomain'> = {
  'quiet.test': 'silent',
  'broken.test': 'servfail',
  'gone.test': 'nxdomain',
};

let dns: ScriptedDns;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mtg-mx-silence-'));
  dns = await startScriptedDns(({ packet }) => {
    const question = packet.questions?.[0];
    if (question === undefined) return [];
    switch (question.type === 'MX' ? MX[question.name.toLowerCase()] : undefined) {
      case 'silent':
        return [];
      case 'servfail':
        return [respond(packet, { rcode: RCODE.SERVFAIL })];
      case 'nxdomain':
        return [respond(packet, { rcode: RCODE.NXDOMAIN })];
      default:
        return [respond(packet)];
    }
  });
});

afterAll(async () => {
  await dns?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test.each([
  ['quiet.test', [['quiet.test', 'check-inconclusive', true]], 3, /^The MX records of quiet\.test could not be checked: the look-up got no reply \(no answer in time\)/],
  ['broken.test', [['broken.test', 'mx-lookup-failed', false]], 1, /SERVFAIL/],
  ['gone.test', [['gone.test', 'mx-lookup-failed', false]], 1, /NXDOMAIN/],
] as const)('%s', async (domain, findings, exitCode, words) => {
  const policyPath = join(dir, `${domain}.yml`);
  // The policy asks a service of the MX hosts, which no run can find without the MX answer.
  const policyText = ['version: 1', 'defaults:', '  timeout: 300ms', 'domains:', `  - domain: ${domain}`, '    mx: { require: [smtp] }', '    mta-sts: off', '    tls-rpt: off', ''].join('\n');
  await writeFile(policyPath, policyText);
  const outcome = await check({ policyPath, policyName: 'policy.yml', failOn: 'error', concurrency: 4, resolver: { address: dns.address, port: dns.port }, allowLoopback: true });
  if (outcome.kind !== 'checked') throw new Error(JSON.stringify(outcome.problems));
  // The question really went to the name server.
  expect(dns.queries.some((q) => q.packet.questions?.[0]?.type === 'MX' && q.packet.questions[0].name.toLowerCase() === domain)).toBe(true);
  expect(outcome.report.endpoints).toEqual([]);
  expect(outcome.report.findings.map((f) => [f.host, f.rule, f.inconclusive === true])).toEqual(findings);
  expect(outcome.report.findings[0]!.message).toMatch(words);
  expect(outcome.exitCode).toBe(exitCode);
}, 30_000);
