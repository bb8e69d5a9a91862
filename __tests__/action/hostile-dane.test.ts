// Hostile text through the DANE channel, run through the built action and the built CLI. A DNS
// responder on loopback, named as the resolver (so its AD bit is believed), serves two domains:
// one whose MX host's TLSA name is a CNAME to a name made of workflow commands, with records
// whose association data are the bytes of commands and mentions; and one whose DANE-TA record
// matches a CA whose subject is every payload, which the text line and the job summary quote.
// Their TLS-RPT TXT records are hostile too, and the MX hosts present certificates whose subjects
// carry the payloads. The findings and the report must quote all of it; no output may turn it
// into a workflow command, a log marker, an ANSI escape, a mention, a reference or a link.
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { issueBody } from '../../src/report/issue.js';
import type { Report } from '../../src/report/types.js';
import { assertBundleFresh, cleanEnv, makeTempDir, reportSchemaErrors, runCli, show, type RunResult } from '../cli/built.js';
import { startDnsResponder, type DnsResponder } from '../support/dns-responder.js';
import { liveReferences } from '../support/github-references.js';
import { hostileCertificate, hostileIssuedChain, PAYLOADS, REFERENCES } from './injecting-servers.js';
import { commandInjections, POLICY_PATH, runAction, type ActionRun } from './runner.js';

/** What a subject carries: every payload and every form of reference. */
const SUBJECT = `${PAYLOADS.join(' ')} ${REFERENCES}`;
/** The association data of a TLSA record: commands and mentions as raw bytes. */
const TLSA_BYTES = Buffer.from('::error::pwned @octocat #1\r\n::warning::pwned https://example.test/', 'latin1');
/** The TLSA name's alias target: workflow commands in a DNS name. */
const TLSA_ALIAS = '::error::tlsa pwned ##[error]x.mismatch.test';
const TXT = ['v=TLSRPTv1; rua=mailto:@octocat,https://github.com/owner/repo/issues/4 ::error::pwned', '\r\n::warning::pwned %0A::error::pwned ##[error]pwned'];

let dns: DnsResponder;
const servers: MailServer[] = [];
let action: ActionRun;
const cli: Record<string, RunResult> = {};
let cliDir: { path: string; remove: () => Promise<void> };
let report: Report;

beforeAll(async () => {
  await assertBundleFresh();
  const [chain, selfSigned] = await Promise.all([hostileIssuedChain(SUBJECT, ['mx.ta.test']), hostileCertificate(SUBJECT, ['mx.mismatch.test'])]);
  const [taServer, mismatchServer] = await Promise.all([startMailFixture('smtp', 'good', chain.pem), startMailFixture('smtp', 'good', selfSigned)]);
  servers.push(taServer, mismatchServer);
  const caDigest = createHash('sha256').update(new X509Certificate(chain.ca).raw).digest();
  dns = await startDnsResponder(
    {
      'ta.test': { mx: [{ preference: 10, exchange: 'mx.ta.test' }] },
      'mx.ta.test': { a: ['127.0.0.1'] },
      '_25._tcp.mx.ta.test': { tlsa: [{ usage: 2, selector: 0, matchingType: 1, data: caDigest }] },
      '_smtp._tls.ta.test': { txt: [[TXT[0]!]] },
      'mismatch.test': { mx: [{ preference: 10, exchange: 'mx.mismatch.test' }] },
      'mx.mismatch.test': { a: ['127.0.0.1'] },
      '_25._tcp.mx.mismatch.test': { cname: TLSA_ALIAS },
      [TLSA_ALIAS]: {
        tlsa: [
          { usage: 3, selector: 1, matchingType: 0, data: TLSA_BYTES },
          { usage: 3, selector: 1, matchingType: 1, data: Buffer.concat([TLSA_BYTES, Buffer.alloc(32)]).subarray(0, 32) },
        ],
      },
      '_smtp._tls.mismatch.test': { txt: [[TXT[1]!]] },
    },
    { authenticated: true },
  );
  const policy = `version: 1
defaults:
  timeout: 2s
domains:
  - domain: ta.test
    mx: { require: [{ service: smtp, port: ${taServer.port} }] }
    tls-rpt: required
    dane: required
  - domain: mismatch.test
    mx: { require: [{ service: smtp, port: ${mismatchServer.port} }] }
    tls-rpt: required
    dane: required
`;
  const resolver = `127.0.0.1:${dns.port}`;
  action = await runAction({
    policy,
    inputs: { policy: POLICY_PATH, resolver, 'allow-loopback': 'true', timeout: '2s', 'retry-after': '100ms', summary: 'true' },
    timeoutMs: 40_000,
  });
  cliDir = await makeTempDir('mtg-hostile-dane-');
  await writeFile(join(cliDir.path, 'policy.yml'), policy);
  const options = { cwd: cliDir.path, env: cleanEnv({ TERM: 'xterm-256color' }), timeoutMs: 40_000 };
  const common = ['check', 'policy.yml', '--resolver', resolver, '--allow-loopback', '--timeout', '2s', '--retry-after', '100ms'];
  for (const format of ['text', 'json', 'sarif']) cli[format] = await runCli([...common, '--format', format], options);
  report = JSON.parse(readFileSync(action.outputs.report!, 'utf8')) as Report;
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await dns?.close();
  await action?.remove();
  await cliDir?.remove();
});

describe('the hostile DANE answers really reached the tool', () => {
  test('the TLSA questions were asked, and the report holds the records as served', () => {
    expect(dns.queries).toEqual(expect.arrayContaining(['TLSA _25._tcp.mx.ta.test', 'TLSA _25._tcp.mx.mismatch.test']));
    expect(action.timedOut).toBe(false);
    expect(reportSchemaErrors(report)).toEqual([]);
    const mismatch = report.domains?.find((d) => d.domain === 'mismatch.test');
    expect(mismatch?.dane?.hosts[0]?.records.map((r) => r.data)).toEqual([TLSA_BYTES.toString('hex'), Buffer.concat([TLSA_BYTES, Buffer.alloc(32)]).subarray(0, 32).toString('hex')]);
    expect(mismatch?.tlsRpt?.problem ?? '').not.toBe('');
  });

  test("the DANE-TA record matched the CA, whose subject (every payload) the report quotes verbatim", () => {
    const ta = report.dane?.find((d) => d.host === 'mx.ta.test');
    expect(ta).toMatchObject({ applies: true, outcome: 'dane-ta', certificate: { depth: 1 } });
    for (const p of ['::error::pwned', '##[error]pwned', '%0A::warning::pwned', '\u2028::error::pwned', REFERENCES]) expect([p, ta!.certificate!.subject.includes(p)]).toEqual([p, true]);
    expect(report.findings.filter((f) => f.host === 'ta.test' || f.host === 'mx.ta.test').map((f) => f.rule)).toEqual(['tls-rpt-missing']);
  });

  test('dane-mismatch quotes the leaf subject verbatim and the records as hex only', () => {
    const mismatch = report.findings.find((f) => f.rule === 'dane-mismatch');
    expect(mismatch?.host).toBe('mismatch.test');
    expect(mismatch?.evidence).toContain(`leaf CN=${PAYLOADS[0]}`);
    expect(mismatch?.evidence).toContain(REFERENCES);
    expect(mismatch?.evidence).toContain(`3 1 0 ${TLSA_BYTES.toString('hex').slice(0, 16)}…`);
    // The alias target is never quoted, nor the record bytes as text.
    expect(JSON.stringify(report.findings)).not.toContain('tlsa pwned');
    expect(JSON.stringify(report.findings)).not.toContain('https://example.test/');
  });
});

describe('the action (node dist/index.js as the runner runs it)', () => {
  test('fails on the findings', () => {
    expect([action.code, show(action.stderr)]).toEqual([1, show(action.stderr)]);
    expect(action.outputs.result).toBe('fail');
  });

  test('no stdout or stderr line is a command carrying remote text; no ESC byte', () => {
    // The annotations name the DANE finding (its evidence, with the subject, is in the summary).
    expect(action.commands.filter((c) => c.name === 'error' && c.properties.title?.includes('(dane-mismatch)'))).toHaveLength(1);
    expect(action.stdout).not.toContain('\x1b');
    expect(commandInjections(action.stdout)).toEqual([]);
    expect(commandInjections(action.stderr, new Set())).toEqual([]);
  });

  test("the job summary's DANE column names the matched CA, escaped, with no mention, reference or link", () => {
    const summary = action.summary;
    expect(summary).toMatch(/\| DANE \|/);
    expect(summary).toContain('DANE-TA 2 0 1 matched');
    expect(summary).toContain('octocat');
    expect(summary).not.toContain('<b>pwned');
    expect(summary).not.toContain('\x1b');
    expect(summary).not.toMatch(/[\u2028\u2029\u0085]/);
    expect(commandInjections(summary, new Set())).toEqual([]);
    expect(liveReferences(summary)).toEqual([]);
  });

  test('the tracking issue body made from this run has no live mention, reference or link', () => {
    const links = { runUrl: 'https://github.com/owner/repo/actions/runs/1', policyUrl: `https://github.com/owner/repo/blob/${'0'.repeat(40)}/${POLICY_PATH}` };
    const { body } = issueBody(report, null, links);
    expect(body).toContain('octocat');
    expect(liveReferences(body)).toEqual([]);
  });

  test('outputs hold no remote text', () => {
    expect(JSON.stringify(action.outputs)).not.toContain('pwned');
  });
});

describe('the CLI (node dist/cli.js check, every format)', () => {
  test('text: the DANE line and the findings quote the payloads inert; no command, ESC or raw line separator', () => {
    const r = cli['text']!;
    expect([r.code, r.timedOut, show(r.stderr)]).toEqual([1, false, show(r.stderr)]);
    expect(r.stdout).toMatch(/DANE: MX DNSSEC-validated; mx\.ta\.test 1 TLSA \(DNSSEC-validated\): DANE-TA 2 0 1 matched CN=/);
    expect(r.stdout).toContain('dane-mismatch');
    expect(r.stdout).toContain('pwned');
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).not.toMatch(/[\r\u2028\u2029\u0085]/);
    expect(commandInjections(r.stdout, new Set())).toEqual([]);
    expect(commandInjections(r.stderr, new Set())).toEqual([]);
  });

  test.each(['json', 'sarif'])('%s: parses to the data as received; no command or log marker on any line', (format) => {
    const r = cli[format]!;
    expect([r.code, r.timedOut, show(r.stderr)]).toEqual([1, false, show(r.stderr)]);
    const parsed: unknown = JSON.parse(r.stdout);
    const text = JSON.stringify(parsed);
    for (const p of ['::error::pwned', '##[error]pwned', '\u2028::error::pwned', REFERENCES]) expect([p, text.includes(JSON.stringify(p).slice(1, -1))]).toEqual([p, true]);
    if (format === 'json') expect(reportSchemaErrors(parsed)).toEqual([]);
    expect(commandInjections(r.stdout, new Set())).toEqual([]);
    expect(commandInjections(r.stderr, new Set())).toEqual([]);
  });
});
