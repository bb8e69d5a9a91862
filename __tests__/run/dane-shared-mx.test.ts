// Two policy domains that share one MX host, through the domains stage against DNS servers on
// loopback: a validating unbound over Knot DNS for the DNSSEC-aware look-ups (the MX answers and
// the host's TLSA records, __tests__/support/dnssec-zone.ts), and a plain responder for the
// ordinary ones (MX, the host's address). The host's self-signed certificate, which names another
// host, matches its authenticated 3 1 1 record: for mail to lenient.test, DANE-EE sets WebPKI
// trust, name and dates aside. For the other domain it does not:
// - plain.test lives in an unsigned zone, so its MX answer is not authenticated and DANE does not
//   apply to its mail (RFC 7672 §2.2): its senders judge the certificate by WebPKI;
// - silent.test's DNSSEC-aware MX question gets no verdict (the validating resolver refuses it,
//   as it would time out or fail), so whether DANE applies to its mail is unknown.
// The endpoint is judged as strictly as the strictest of its domains needs, and the policy's
// order of the domains changes nothing: the same findings whichever domain is written first.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import type { Finding } from '../../src/rules/types.js';
import type { Report } from '../../src/report/types.js';
import { createDomainResolver } from '../../src/resolve/dns.js';
import { createDaneResolver } from '../../src/resolve/dnssec-query.js';
import { check } from '../../src/run.js';
import { startDnsResponder, type DnsResponder } from '../support/dns-responder.js';
import { describeWithDnssec, startDnssecWorld, tlsaLine, type DnssecWorld } from '../support/dnssec-zone.js';

const MX = 'mx.lenient.test';

describeWithDnssec()('DANE on an MX host two domains share: one verdict, whatever the order of the domains', () => {
  let world: DnssecWorld;
  let plainDns: DnsResponder;
  let smtp: MailServer;
  let dir: string;

  beforeAll(async () => {
    const certs = await createFixtureCertificates();
    // Self-signed, naming another host: only DANE-EE can vouch for it.
    const misnamed = await certs.selfSigned(['other.example.test']);
    world = await startDnssecWorld([
      { name: 'lenient.test', signing: 'signed', records: [`@ MX 10 ${MX}.`, 'mx A 127.0.0.1', tlsaLine('mx', 3, 1, 1, misnamed.cert)] },
      { name: 'plain.test', signing: 'unsigned', records: [`@ MX 10 ${MX}.`] },
    ]);
    const shared = { mx: [{ preference: 10, exchange: MX }] };
    plainDns = await startDnsResponder({ 'lenient.test': shared, 'plain.test': shared, 'silent.test': shared, [MX]: { a: ['127.0.0.1'] } });
    smtp = await startMailFixture('smtp', 'good', misnamed);
    dir = await mkdtemp(join(tmpdir(), 'mtg-dane-shared-'));
  }, 90_000);

  afterAll(async () => {
    await smtp?.close();
    await plainDns?.close();
    await world?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A run of a policy naming these domains, in this order, each with `dane:` as given. */
  const run = async (domains: Array<[string, 'required' | 'optional']>): Promise<{ report: Report; exitCode: number }> => {
    const policyPath = join(dir, `${domains.map(([d]) => d.split('.')[0]).join('-')}.yml`);
    await writeFile(
      policyPath,
      [
        'version: 1',
        'defaults:',
        '  timeout: 5s',
        'domains:',
        ...domains.flatMap(([domain, dane]) => [`  - domain: ${domain}`, `    mx: { require: [{ service: smtp, port: ${smtp.port} }] }`, `    dane: ${dane}`]),
        '',
      ].join('\n'),
    );
    const outcome = await check({
      policyPath,
      policyName: 'policy.yml',
      failOn: 'error',
      concurrency: 4,
      retryAfterMs: 100,
      heloName: 'gate.test',
      domainResolver: createDomainResolver({ server: { address: plainDns.address, port: plainDns.port }, timeoutMs: 5000 }),
      daneResolver: createDaneResolver({ server: world.resolver, timeoutMs: 5000 }),
      allowLoopback: true,
    });
    if (outcome.kind !== 'checked') throw new Error(JSON.stringify(outcome.problems));
    return { report: outcome.report, exitCode: outcome.exitCode };
  };

  /**
   * A finding as both orders must agree on it: everything but its place in the policy file,
   * which moves with the domain entries (the endpoint is the host's, asked for by both).
   */
  const judged = ({ location: _, ...finding }: Finding) => finding;
  const brief = (f: Finding) => `${f.host} ${f.rule} ${f.severity}${f.inconclusive ? ' inconclusive' : ''}`;

  test('alone, lenient.test: the matching 3 1 1 record vouches for the self-signed, misnamed certificate', async () => {
    const { report, exitCode } = await run([['lenient.test', 'required']]);
    expect(report.findings.map(brief)).toEqual([]);
    expect(report.dane?.map((d) => `${d.domain} ${d.host} ${d.outcome} ${d.applies}`)).toEqual([`lenient.test ${MX} dane-ee true`]);
    expect(exitCode).toBe(0);
  }, 60_000);

  test('with plain.test, whose MX answer is not authenticated: WebPKI judges the certificate, in either order', async () => {
    const first = await run([['lenient.test', 'required'], ['plain.test', 'optional']]);
    const second = await run([['plain.test', 'optional'], ['lenient.test', 'required']]);
    expect(second.report.findings.map(judged)).toEqual(first.report.findings.map(judged));
    expect(first.report.findings.map(brief).sort()).toEqual(
      [`${MX} certificate-name-mismatch error`, `${MX} certificate-untrusted error`, 'plain.test dnssec-insecure warning'].sort(),
    );
    // The certificate findings say why the record that matched does not set them aside.
    const untrusted = first.report.findings.find((f) => f.rule === 'certificate-untrusted')!;
    expect(untrusted.evidence).toContain(
      "DANE-EE 3 1 1 matched, but DANE vouches for this host's certificate for mail to lenient.test only, not for mail to plain.test, whose senders judge it without DANE",
    );
    // The report's dane[] stays per domain: DANE-EE applies for lenient.test, not for plain.test.
    for (const { report } of [first, second]) {
      expect(report.dane?.map((d) => `${d.domain} ${d.outcome} ${d.applies}`).sort()).toEqual(['lenient.test dane-ee true', 'plain.test dane-ee false']);
    }
    expect([first.exitCode, second.exitCode]).toEqual([1, 1]);
  }, 60_000);

  test('with silent.test, whose DNSSEC MX question got no verdict: the certificate findings stand and the DANE check is inconclusive, in either order', async () => {
    const first = await run([['lenient.test', 'required'], ['silent.test', 'required']]);
    const second = await run([['silent.test', 'required'], ['lenient.test', 'required']]);
    expect(second.report.findings.map(judged)).toEqual(first.report.findings.map(judged));
    expect(first.report.findings.map(brief).sort()).toEqual(
      [`${MX} certificate-name-mismatch error`, `${MX} certificate-untrusted error`, `${MX} check-inconclusive warning inconclusive`].sort(),
    );
    const open = first.report.findings.find((f) => f.rule === 'check-inconclusive')!;
    expect(open.message).toMatch(/the look-up of the MX records of silent\.test got no answer/);
    expect(open.evidence).toBe('the MX records of silent.test: the resolver answered REFUSED');
    for (const { report } of [first, second]) {
      expect(report.dane?.map((d) => `${d.domain} ${d.outcome} ${d.applies}`).sort()).toEqual(['lenient.test dane-ee true', 'silent.test unanswered false']);
    }
    expect([first.exitCode, second.exitCode]).toEqual([1, 1]);
  }, 60_000);
});
