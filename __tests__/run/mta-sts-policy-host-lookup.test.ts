// The MTA-STS policy host's address look-up through whole runs, against a DNS server on loopback
// that the `resolver` setting names: each domain publishes `v=STSv1; id=1` at _mta-sts.<domain>,
// and the A/AAAA (and CNAME) questions for mta-sts.<domain> get SERVFAIL, no answer at all,
// NXDOMAIN, or an empty answer. A look-up that got no answer saw nothing missing: it is
// check-inconclusive at the domain's `mta-sts:` key (exit 3); NXDOMAIN and a name without
// addresses are answers, and stay mta-sts-missing (exit 1).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import dnsPacket from 'dns-packet';
import { check, type CheckOutcome } from '../../src/run.js';
import { reportToJson } from '../../src/report/json.js';
import { formatText } from '../../src/report/text.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { respond, startScriptedDns, type ScriptedDns } from '../support/scripted-dns.js';

const reportSchema = JSON.parse(readFileSync(new URL('../../policies/report.schema.json', import.meta.url), 'utf8'));

const RCODE = { SERVFAIL: 2, NXDOMAIN: 3 } as const;

/** How each domain's name server treats the questions about its policy host, mta-sts.<domain>. */
const POLICY_HOST: Record<string, 'servfail' | 'silent' | 'nxdomain' | 'no-address'> = {
  'servfail.test': 'servfail',
  'silent.test': 'silent',
  'nx.test': 'nxdomain',
  'noaddress.test': 'no-address',
};

let dns: ScriptedDns;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mtg-mta-sts-host-'));
  dns = await startScriptedDns(({ packet }) => {
    const question = packet.questions?.[0];
    if (question === undefined) return [];
    const name = question.name.toLowerCase();
    // Each domain has one MX host (not probed: the policies ask no services of it) and the record.
    if (question.type === 'MX' && name in POLICY_HOST) return [respond(packet, { answers: [{ type: 'MX', name: question.name, data: { preference: 10, exchange: `mx.${name}` } }] })];
    if (question.type === 'TXT' && name.startsWith('_mta-sts.') && name.slice('_mta-sts.'.length) in POLICY_HOST) {
      return [respond(packet, { answers: [{ type: 'TXT', name: question.name, data: 'v=STSv1; id=1' }] })];
    }
    const how = name.startsWith('mta-sts.') ? POLICY_HOST[name.slice('mta-sts.'.length)] : undefined;
    switch (how) {
      case 'servfail':
        return [respond(packet, { rcode: RCODE.SERVFAIL })];
      case 'silent':
        return [];
      case 'nxdomain':
        return [respond(packet, { rcode: RCODE.NXDOMAIN })];
      default:
        // A name that exists without records of the type asked (NODATA).
        return [respond(packet)];
    }
  });
});

afterAll(async () => {
  await dns?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function runFor(domain: string): Promise<{ outcome: Extract<CheckOutcome, { kind: 'checked' }>; policyText: string }> {
  const policyPath = join(dir, `${domain}.yml`);
  // A small timeout keeps the silent name server's case quick.
  const policyText = ['version: 1', 'defaults:', '  timeout: 300ms', 'domains:', `  - domain: ${domain}`, '    mta-sts: enforce', '    tls-rpt: off', ''].join('\n');
  await writeFile(policyPath, policyText);
  const outcome = await check({
    policyPath,
    policyName: 'policy.yml',
    failOn: 'error',
    concurrency: 4,
    resolver: { address: dns.address, port: dns.port },
    allowLoopback: true,
  });
  if (outcome.kind !== 'checked') throw new Error(JSON.stringify(outcome.problems));
  return { outcome, policyText };
}

const asked = (domain: string): string[] =>
  dns.queries.map((q) => `${q.packet.questions?.[0]?.type} ${q.packet.questions?.[0]?.name.toLowerCase()}`).filter((q) => q.endsWith(` mta-sts.${domain}`));

describe('an MTA-STS policy host whose address look-up got no answer', () => {
  test.each([
    ['servfail.test', 'ESERVFAIL', /the name server failed \(SERVFAIL\)/],
    ['silent.test', 'ETIMEOUT', /no answer in time/],
  ])('%s: check-inconclusive at the mta-sts: key, exit 3, never mta-sts-missing', async (domain, code, words) => {
    const { outcome, policyText } = await runFor(domain);
    const { report } = outcome;
    // The question really went to the name server, and got no answer.
    expect(asked(domain)).toEqual(expect.arrayContaining([`A mta-sts.${domain}`, `AAAA mta-sts.${domain}`]));
    const sts = report.domains![0]!.mtaSts!;
    expect(sts.record).toMatchObject({ id: '1', problem: null });
    expect(sts.fetch).toMatchObject({ address: null, status: null, errorKind: 'unresolved', lookupCode: code });

    expect(report.findings.map((f) => [f.host, f.rule, f.inconclusive === true])).toEqual([[domain, 'check-inconclusive', true]]);
    const finding = report.findings[0]!;
    expect(finding.location.line).toBe(policyText.split('\n').findIndex((l) => l.includes('mta-sts: enforce')) + 1);
    expect(finding.message).toMatch(new RegExp(`^Whether ${domain.replace('.', '\\.')} serves its MTA-STS policy could not be checked: .*the look-up of the address of mta-sts\\.${domain.replace('.', '\\.')} got no answer`));
    expect(finding.message).toMatch(words);
    expect(finding.evidence).toBe(`A/AAAA mta-sts.${domain}: ${code}`);
    expect([outcome.exitCode, report.summary.result]).toEqual([3, 'inconclusive']);

    // Text and job summary say the look-up failed, not that the policy is missing.
    const text = formatText(report, { color: false });
    expect(text).toContain(`MTA-STS: id 1; policy host look-up failed (${code})`);
    expect(text).not.toMatch(/has no address|no policy file|mta-sts-missing/);
    const summary = summaryMarkdown(report);
    expect(summary).toContain(`policy host look-up failed (${code})`);
    expect(summary).not.toMatch(/has no address|no policy file|mta-sts-missing/);

    const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);
    expect(validate(JSON.parse(reportToJson(report))) ? [] : validate.errors).toEqual([]);
  }, 30_000);
});

describe('an MTA-STS policy host that DNS says has no address', () => {
  test.each([
    ['nx.test', 'ENOTFOUND'],
    ['noaddress.test', 'ENODATA'],
  ])('%s: mta-sts-missing as before, exit 1', async (domain, code) => {
    const { outcome } = await runFor(domain);
    const { report } = outcome;
    expect(asked(domain)).toEqual(expect.arrayContaining([`A mta-sts.${domain}`, `AAAA mta-sts.${domain}`]));
    expect(report.domains![0]!.mtaSts!.fetch).toMatchObject({ address: null, errorKind: 'unresolved', lookupCode: code });
    expect(report.findings.map((f) => [f.host, f.rule, f.severity])).toEqual([[domain, 'mta-sts-missing', 'error']]);
    expect(report.findings[0]!.message).toBe(`${domain} has an MTA-STS record but no policy file at https://mta-sts.${domain}/.well-known/mta-sts.txt.`);
    expect([outcome.exitCode, report.summary.result]).toEqual([1, 'fail']);
    const text = formatText(report, { color: false });
    expect(text).toContain(`MTA-STS: id 1; policy not fetched: mta-sts.${domain} has no address: ${code}`);
  }, 30_000);
});
