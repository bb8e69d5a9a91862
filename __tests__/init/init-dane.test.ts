// `mail-tls-gate init` and DANE, through the built CLI, against real DNSSEC: Knot DNS serves
// signed, unsigned and expired zones and unbound validates them (../support/dnssec-zone.ts), and
// init names unbound with `--resolver`, the only resolver whose AD bit it believes. The MX hosts
// must answer on port 25, so init runs inside a network namespace with only `lo` (see
// ../runner-network/namespace.ts) whose port 25 on each MX host's loopback address, and whose DNS
// port (UDP and TCP) at 127.0.0.1, are relayed to the SMTP fixture and to unbound in this process's
// loopback. Every address in the zones is a loopback one.
//
// The domains, one per DANE case:
//   match.test    signed, two MX hosts, each with a DANE-EE 3 1 1 record of the key it presents;
//   partial.test  signed, mx1 with the matching record, mx2 with none;
//   wrong.test    signed, a 3 1 1 record one hex digit off the key;
//   none.test     signed, no TLSA record;
//   unsigned.test unsigned, with the matching record;
//   lost.test     signed, its MX host in gone.test, whose signatures have expired: SERVFAIL;
//   sts.test      signed, matching, with an MTA-STS record whose policy host is in an expired zone
//                 (delegated, so that no denial the parent signed can answer for it).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { assertBundleFresh, CLI, makeTempDir, show } from '../cli/built.js';
import { DNSSEC_PROGRAMS, startDnssecWorld, tlsaData, tlsaLine, type DnssecWorld } from '../support/dnssec-zone.js';
import { describeWhen, type ProgramRun } from '../support/system-tool.js';
import { namespaceUnavailable, TestNamespace } from '../runner-network/namespace.js';
import { commentAbove, domainEntry } from './starter-text.js';

const unavailable =
  namespaceUnavailable() ??
  (Object.values(DNSSEC_PROGRAMS).some((p) => p === null) ? 'knotd, kzonesign or unbound is missing (apt-get install knot knot-dnssecutils unbound)' : null);
const describeHere = describeWhen(unavailable === null, `init and DANE: skipped, ${unavailable}`);

const MX = {
  'mx1.match.test': '127.0.0.41',
  'mx2.match.test': '127.0.0.42',
  'mx1.partial.test': '127.0.0.43',
  'mx2.partial.test': '127.0.0.44',
  'mx.wrong.test': '127.0.0.45',
  'mx.none.test': '127.0.0.46',
  'mx.unsigned.test': '127.0.0.47',
  'mx.sts.test': '127.0.0.48',
} as const;

const DOMAINS = ['match.test', 'partial.test', 'wrong.test', 'none.test', 'unsigned.test', 'lost.test', 'sts.test'];

describeHere('init proposes DANE from what a validating resolver and the MX hosts show', () => {
  let world: DnssecWorld;
  let ns: TestNamespace;
  let smtp: MailServer;
  let certs: FixtureCertificates;
  let dir: { path: string; remove: () => Promise<void> };
  let caFile: string;
  let starter: ProgramRun;

  /** The built CLI inside the namespace, with unbound (relayed to the namespace's 127.0.0.1:53) as its resolver. */
  const cli = (args: string[]): Promise<ProgramRun> =>
    ns.run(process.execPath, [CLI, ...args, '--resolver', '127.0.0.1', '--allow-loopback', '--ca-file', caFile, '--timeout', '3s'], { timeoutMs: 90_000 });

  beforeAll(async () => {
    if (unavailable !== null) throw new Error(`cannot test init here: ${unavailable}`);
    await assertBundleFresh();
    certs = await createFixtureCertificates();
    const leaf = await certs.good(Object.keys(MX));
    const matching = (owner: string) => tlsaLine(owner, 3, 1, 1, leaf.cert);
    const digest = tlsaData(leaf.cert, 1, 1);
    const wrong = `_25._tcp.mx TLSA 3 1 1 ${digest.slice(0, -1)}${digest.endsWith('0') ? '1' : '0'}`;
    world = await startDnssecWorld([
      { name: 'match.test', signing: 'signed', records: ['@ MX 10 mx1', '@ MX 20 mx2', `mx1 A ${MX['mx1.match.test']}`, `mx2 A ${MX['mx2.match.test']}`, matching('mx1'), matching('mx2')] },
      { name: 'partial.test', signing: 'signed', records: ['@ MX 10 mx1', '@ MX 20 mx2', `mx1 A ${MX['mx1.partial.test']}`, `mx2 A ${MX['mx2.partial.test']}`, matching('mx1')] },
      { name: 'wrong.test', signing: 'signed', records: ['@ MX 10 mx', `mx A ${MX['mx.wrong.test']}`, wrong] },
      { name: 'none.test', signing: 'signed', records: ['@ MX 10 mx', `mx A ${MX['mx.none.test']}`] },
      { name: 'unsigned.test', signing: 'unsigned', records: ['@ MX 10 mx', `mx A ${MX['mx.unsigned.test']}`, matching('mx')] },
      { name: 'lost.test', signing: 'signed', records: ['@ MX 10 mx.gone.test.'] },
      { name: 'gone.test', signing: 'expired', records: ['mx A 127.0.0.50', matching('mx')] },
      { name: 'sts.test', signing: 'signed', records: ['@ MX 10 mx', `mx A ${MX['mx.sts.test']}`, matching('mx'), '_mta-sts TXT "v=STSv1; id=20261204"', 'mta-sts NS ns'] },
      { name: 'mta-sts.sts.test', signing: 'expired', records: ['@ A 127.0.0.51'] },
    ]);
    smtp = await startMailFixture('smtp', 'good', leaf);
    dir = await makeTempDir('mail-tls-gate-init-dane-');
    caFile = join(dir.path, 'ca.pem');
    await writeFile(caFile, certs.ca.cert);
    ns = await TestNamespace.start({ nft: '', mounts: [] });
    await ns.relayUdp('127.0.0.1', 53, world.resolver.port);
    await ns.relay('127.0.0.1', 53, world.resolver.port);
    for (const address of Object.values(MX)) await ns.relay(address, 25, smtp.port);
    starter = await cli(['init', ...DOMAINS, '--dry-run']);
  }, 120_000);

  afterAll(async () => {
    await ns?.close();
    await smtp?.close();
    await world?.close();
    await dir?.remove();
  });

  test('dane: required where every MX host matches, optional where some do, off otherwise', () => {
    expect({ code: starter.code, stderr: starter.stderr }).toEqual({ code: 0, stderr: '' });
    const policy = parse(starter.stdout) as { domains: { domain: string; dane: string }[] };
    expect(Object.fromEntries(policy.domains.map((d) => [d.domain, d.dane]))).toEqual({
      'match.test': 'required',
      'partial.test': 'optional',
      'wrong.test': 'off',
      'none.test': 'off',
      'unsigned.test': 'off',
      'lost.test': 'off',
      'sts.test': 'required',
    });
  });

  test.each([
    ['match.test', 'required', 'every MX host has DNSSEC-authenticated TLSA records that match the certificate it presents on 25: mx1.match.test (DANE-EE 3 1 1), mx2.match.test (DANE-EE 3 1 1); a certificate rolled without its TLSA record fails check'],
    ['partial.test', 'optional', 'DNSSEC-authenticated TLSA records match on mx1.partial.test (DANE-EE 3 1 1); not on mx2.partial.test: no TLSA records published: set required once every MX host has them'],
    ['wrong.test', 'off', 'the MX records are DNSSEC-authenticated, but no MX host has TLSA records that match: mx.wrong.test: no TLSA record matches the certificate it presents on 25'],
    ['none.test', 'off', 'the MX records are DNSSEC-authenticated, but no MX host has TLSA records that match: mx.none.test: no TLSA records published'],
    ['unsigned.test', 'off', 'the MX records are not DNSSEC-authenticated (an unsigned zone, or a resolver that does not validate), so DANE cannot apply (RFC 7672 section 2.2)'],
    // The records may well be there: nobody knows, and the comment does not pretend to.
    ['lost.test', 'off', "the MX records are DNSSEC-authenticated, but whether the MX hosts' TLSA records match is not known: mx.gone.test: the TLSA look-up got no answer (the resolver answered SERVFAIL): run init again once every MX host answers to see whether DANE can be required"],
  ])('%s: dane: %s, and the comment says why', (domain, value, why) => {
    const entry = domainEntry(starter.stdout, domain);
    expect(commentAbove(entry, new RegExp(`^    dane: ${value}$`))).toBe(why);
  });

  test('an MTA-STS policy host whose look-up got no answer (SERVFAIL) is said to be unanswered, not missing', () => {
    const entry = domainEntry(starter.stdout, 'sts.test');
    expect(commentAbove(entry, /^    mta-sts: off$/)).toBe(
      'an MTA-STS record is published, but the address look-up of mta-sts.sts.test got no answer (ESERVFAIL), so the policy file was not fetched: run init again once the look-up answers',
    );
    expect(entry).not.toMatch(/unresolved|does not exist|has no address/);
  });

  test('check passes on the policy init wrote, against the same servers and zones, and fails once a key is rolled without its record', async () => {
    const file = join(dir.path, 'starter.yml');
    const written = await cli(['init', 'match.test', 'partial.test', 'sts.test', '--output', file]);
    expect({ code: written.code, stderr: written.stderr }).toEqual({ code: 0, stderr: `wrote ${file}; check it with: mail-tls-gate check ${file}\n` });
    const check = await cli(['check', file, '--format', 'json']);
    const report = JSON.parse(check.stdout) as { findings: { rule: string; host: string; port: number; message: string }[]; dane: { host: string; outcome: string }[] };
    expect({ code: check.code, findings: report.findings.map((f) => `${f.rule} ${f.host}:${f.port}`) }).toEqual({ code: 0, findings: [] });
    // The DANE verdicts check reached are the ones init read: a match on every MX host of the required domains.
    expect(report.dane.map((d) => `${d.host} ${d.outcome}`).sort()).toEqual(
      ['mx1.match.test dane-ee', 'mx2.match.test dane-ee', 'mx1.partial.test dane-ee', 'mx2.partial.test no-records', 'mx.sts.test dane-ee'].sort(),
    );
    expect(show(check.stderr)).toBe(show(''));

    // The key rolled (to an EC key; the fixtures' RSA leaves share one) without its TLSA record:
    // the same policy now fails, where DANE was required.
    const rolled = await startMailFixture('smtp', 'good', await certs.ec(Object.keys(MX)));
    const after = await TestNamespace.start({ nft: '', mounts: [] });
    try {
      await after.relayUdp('127.0.0.1', 53, world.resolver.port);
      await after.relay('127.0.0.1', 53, world.resolver.port);
      for (const address of Object.values(MX)) await after.relay(address, 25, rolled.port);
      const broken = await after.run(process.execPath, [CLI, 'check', file, '--format', 'json', '--resolver', '127.0.0.1', '--allow-loopback', '--ca-file', caFile, '--timeout', '3s'], { timeoutMs: 90_000 });
      const findings = (JSON.parse(broken.stdout) as typeof report).findings;
      expect(broken.code).toBe(1);
      // One finding per MX host, on its domain, naming the host.
      const mismatches = findings.filter((f) => f.rule === 'dane-mismatch');
      expect(mismatches.map((f) => f.host).sort()).toEqual(['match.test', 'match.test', 'partial.test', 'sts.test']);
      for (const host of ['mx1.match.test', 'mx2.match.test', 'mx1.partial.test', 'mx.sts.test']) expect(mismatches.filter((f) => f.message.includes(host))).toHaveLength(1);
    } finally {
      await after.close();
      await rolled.close();
    }
  }, 120_000);
});
