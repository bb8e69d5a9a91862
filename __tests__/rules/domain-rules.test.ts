// Domain rules as a table over facts alone: no DNS, no network.
import type { DomainPolicy, Policy } from '../../src/policy/types.js';
import type { DomainFacts, MtaStsFacts } from '../../src/facts/domains.js';
import { draftDomain } from '../../src/rules/domain-findings.js';
import { judge } from '../../src/rules/judge.js';
import { mxAddresses, mxHostPolicies } from '../../src/plan/mx.js';
import { buildPlan } from '../../src/plan/plan.js';

const at = (line: number) => ({ file: 'p.yml', line, column: 5 });

function domainPolicy(overrides: Partial<DomainPolicy> = {}): DomainPolicy {
  return {
    domain: 'example.com',
    mx: { require: [{ service: 'smtp', port: 25, location: at(4) }] },
    mtaSts: 'enforce',
    tlsRpt: 'required',
    dane: 'off',
    location: at(2),
    keyLocations: { mtaSts: at(5), tlsRpt: at(6) },
    ...overrides,
  };
}

function sts(overrides: { record?: Partial<MtaStsFacts['record']>; fetch?: Partial<MtaStsFacts['fetch']>; policy?: Partial<NonNullable<MtaStsFacts['policy']>> | null } = {}): MtaStsFacts {
  return {
    record: { records: ['v=STSv1; id=1'], id: '1', problem: null, lookupError: null, ...overrides.record },
    fetch: {
      url: 'https://mta-sts.example.com/.well-known/mta-sts.txt',
      address: '127.0.0.10',
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      redirect: null,
      bytes: 80,
      tooLarge: false,
      error: null,
      errorKind: null,
      lookupCode: null,
      ...overrides.fetch,
    },
    policy:
      overrides.policy === null
        ? null
        : { version: 'STSv1', mode: 'enforce', mx: ['mx1.example.com', '*.mx.example.com'], maxAge: 604800, problems: [], ...overrides.policy },
  };
}

function facts(overrides: Partial<DomainFacts> = {}): DomainFacts {
  return {
    domain: 'example.com',
    mx: { records: [{ host: 'mx1.example.com', preference: 10 }, { host: 'a.mx.example.com', preference: 20 }], nullMx: false, implicit: false, error: null },
    mxHosts: [
      { host: 'mx1.example.com', addresses: ['192.0.2.1'], error: null },
      { host: 'a.mx.example.com', addresses: ['192.0.2.2'], error: null },
    ],
    skipped: [],
    mtaSts: sts(),
    tlsRpt: { records: ['v=TLSRPTv1; rua=mailto:tls@example.com'], rua: ['mailto:tls@example.com'], problem: null, lookupError: null },
    dane: null,
    durationMs: 1,
    ...overrides,
  };
}

// Drafts come in registry order, which carries no meaning (findings are sorted): compare as sets.
const rulesOf = (p: DomainPolicy, f: DomainFacts): string[] => draftDomain(p, f).map((d) => d.rule).sort();

describe('domain rules', () => {
  test.each<[string, Partial<DomainPolicy>, Partial<DomainFacts>, string[]]>([
    ['all well', {}, {}, []],
    ['NXDOMAIN', {}, { mx: { records: [], nullMx: false, implicit: false, error: 'ENOTFOUND' } }, ['mx-lookup-failed']],
    ['SERVFAIL', {}, { mx: { records: [], nullMx: false, implicit: false, error: 'ESERVFAIL' } }, ['mx-lookup-failed']],
    // No reply at all may be the runner's network: the MX was not seen, never "cannot be resolved".
    ['MX look-up timed out', {}, { mx: { records: [], nullMx: false, implicit: false, error: 'ETIMEOUT' } }, ['check-inconclusive']],
    ['null MX with MX services required', {}, { mx: { records: [{ host: '', preference: 0 }], nullMx: true, implicit: false, error: null } }, ['mx-lookup-failed']],
    ['null MX, no MX services asked', { mx: null }, { mx: { records: [{ host: '', preference: 0 }], nullMx: true, implicit: false, error: null } }, []],
    ['no MTA-STS record', {}, { mtaSts: sts({ record: { records: [], id: null } }) }, ['mta-sts-missing']],
    ['record but no policy host', {}, { mtaSts: sts({ fetch: { address: null, status: null, error: 'mta-sts.example.com has no address: ENOTFOUND', errorKind: 'unresolved', lookupCode: 'ENOTFOUND' }, policy: null }) }, ['mta-sts-missing']],
    ['record but HTTP 404', {}, { mtaSts: sts({ fetch: { status: 404 }, policy: null }) }, ['mta-sts-missing']],
    ['two records', {}, { mtaSts: sts({ record: { id: null, problem: '2 v=STSv1 records' } }) }, ['mta-sts-invalid']],
    ['redirect', {}, { mtaSts: sts({ fetch: { status: 301, redirect: 'https://elsewhere.example/' }, policy: null }) }, ['mta-sts-invalid']],
    ['oversized', {}, { mtaSts: sts({ fetch: { tooLarge: true, bytes: 70000 }, policy: null }) }, ['mta-sts-invalid']],
    ['HTTP 500', {}, { mtaSts: sts({ fetch: { status: 500 }, policy: null }) }, ['mta-sts-invalid']],
    ['bad certificate', {}, { mtaSts: sts({ fetch: { status: null, error: 'certificate not valid', errorKind: 'certificate' }, policy: null }) }, ['mta-sts-invalid']],
    ['text/html', {}, { mtaSts: sts({ fetch: { contentType: 'text/html' } }) }, ['mta-sts-invalid']],
    ['malformed file', {}, { mtaSts: sts({ policy: { problems: ['no mode field'], mode: null } }) }, ['mta-sts-invalid']],
    ['testing where enforce is asked', {}, { mtaSts: sts({ policy: { mode: 'testing' } }) }, ['mta-sts-not-enforcing']],
    ['testing where testing is asked', { mtaSts: 'testing' }, { mtaSts: sts({ policy: { mode: 'testing' } }) }, []],
    ['none where testing is asked', { mtaSts: 'testing' }, { mtaSts: sts({ policy: { mode: 'none', mx: [] } }) }, ['mta-sts-not-enforcing']],
    ['an MX host no pattern covers', {}, { mx: { records: [{ host: 'mx1.example.com', preference: 10 }, { host: 'b.a.mx.example.com', preference: 20 }], nullMx: false, implicit: false, error: null } }, ['mta-sts-mx-not-covered']],
    ['implicit MX is the domain itself', {}, { mx: { records: [], nullMx: false, implicit: true, error: null } }, ['mta-sts-mx-not-covered']],
    ['mta-sts off', { mtaSts: 'off' }, { mtaSts: null }, []],
    ['TLS-RPT missing', {}, { tlsRpt: { records: [], rua: [], problem: 'no v=TLSRPTv1 record', lookupError: 'ENODATA' } }, ['tls-rpt-missing']],
    ['TLS-RPT malformed', {}, { tlsRpt: { records: ['v=TLSRPTv1; rua=ftp://x'], rua: [], problem: 'bad rua', lookupError: null } }, ['tls-rpt-missing']],
    ['TLS-RPT off', { tlsRpt: 'off' }, { tlsRpt: null }, []],
    ['an MX name that is not a host name', {}, { skipped: [{ role: 'mx', reason: 'not-a-host-name', host: null, left: ['::stop-commands::x'] }] }, ['dns-targets-skipped']],
    ['loopback policy host: no verdict on the file', {}, { mtaSts: sts({ fetch: { status: null, error: 'not fetched', errorKind: 'skipped' }, policy: null }), skipped: [{ role: 'mta-sts', reason: 'restricted-address', host: 'mta-sts.example.com', left: ['127.0.0.1'] }] }, ['dns-targets-skipped']],
    ['loopback policy host and a bad record', {}, { mtaSts: sts({ record: { id: null, problem: '2 v=STSv1 records' }, fetch: { status: null, error: 'not fetched', errorKind: 'skipped' }, policy: null }), skipped: [{ role: 'mta-sts', reason: 'restricted-address', host: 'mta-sts.example.com', left: ['::1'] }] }, ['dns-targets-skipped', 'mta-sts-invalid']],
  ])('%s', (_name, policyOverrides, factOverrides, rules) => {
    expect(rulesOf(domainPolicy(policyOverrides), facts(factOverrides))).toEqual(rules);
  });

  test('dns-targets-skipped names every part left out, and is inconclusive', () => {
    const f = facts({
      skipped: [
        { role: 'mx', reason: 'not-a-host-name', host: null, left: ['##[error]x', 'a b.example.com'] },
        { role: 'mx', reason: 'too-many-mx-hosts', host: null, left: ['mx11.example.com'] },
        { role: 'mx', reason: 'not-a-host-name', host: 'mx1.example.com', left: ['::error::x'] },
        { role: 'mx', reason: 'restricted-address', host: 'a.mx.example.com', left: ['127.0.0.1', '::ffff:169.254.169.254', 'ff02::1', '0.0.0.0'] },
        { role: 'mx', reason: 'too-many-addresses', host: 'a.mx.example.com', left: ['192.0.2.9'] },
      ],
    });
    const [draft] = draftDomain(domainPolicy(), f);
    expect(draft).toMatchObject({ rule: 'dns-targets-skipped', at: 'domain', inconclusive: true });
    for (const part of [
      "MX names that are not host names: '##[error]x', 'a b.example.com'",
      '1 MX host(s) past the first 10: mx11.example.com',
      "MX host mx1.example.com, whose CNAME target '::error::x' is not a host name",
      '127.0.0.1 (loopback), ::ffff:169.254.169.254 (link-local), ff02::1 (multicast), 0.0.0.0 (unspecified)',
      '1 address(es) of MX host a.mx.example.com past the first 8: 192.0.2.9',
    ]) {
      expect(draft!.message).toContain(part);
    }
    const [finding] = judge(policyWith([domainPolicy()]), [], new Date(), [f]);
    expect(finding).toMatchObject({ rule: 'dns-targets-skipped', severity: 'warning', inconclusive: true, location: at(2) });
  });

  test('an MTA-STS or TLS-RPT record look-up that got no answer is check-inconclusive, never missing', () => {
    const drafts = (lookupError: string) =>
      draftDomain(
        domainPolicy({ tlsRpt: 'required' }),
        facts({
          mtaSts: sts({ record: { records: [], id: null, lookupError } }),
          tlsRpt: { records: [], rua: [], problem: 'no v=TLSRPTv1 record', lookupError },
        }),
      );
    for (const silent of ['ETIMEOUT', 'ESERVFAIL']) {
      const got = drafts(silent);
      expect(got.map((d) => [d.rule, d.at, d.inconclusive])).toEqual([
        ['check-inconclusive', 'mta-sts', true],
        ['check-inconclusive', 'tls-rpt', true],
      ]);
      expect(got[0]!.message).toMatch(/^Whether example\.com publishes MTA-STS could not be checked: the look-up of the TXT records at _mta-sts\.example\.com got no answer/);
      expect(got[1]!.message).toMatch(/^Whether example\.com publishes TLS-RPT could not be checked: the look-up of the TXT records at _smtp\._tls\.example\.com got no answer/);
    }
    for (const absent of ['ENODATA', 'ENOTFOUND']) {
      const got = drafts(absent);
      expect(got.map((d) => d.rule)).toEqual(['mta-sts-missing', 'tls-rpt-missing']);
      expect(got[0]!.message).toBe('example.com publishes no MTA-STS record: no TXT record at _mta-sts.example.com begins with v=STSv1 (a policy file is served at https://mta-sts.example.com/.well-known/mta-sts.txt, but senders never look for it without the record).');
    }
  });

  test("an MTA-STS policy host whose address look-up got no answer is check-inconclusive at the mta-sts: key, never missing", () => {
    const unresolved = (lookupCode: string, record: Partial<MtaStsFacts['record']> = {}) =>
      facts({ mtaSts: sts({ record, fetch: { address: null, status: null, contentType: null, bytes: 0, error: `mta-sts.example.com: ${lookupCode}`, errorKind: 'unresolved', lookupCode }, policy: null }) });
    for (const silent of ['ETIMEOUT', 'ESERVFAIL', 'EREFUSED', 'ECONNREFUSED', 'EAI_AGAIN']) {
      const got = draftDomain(domainPolicy(), unresolved(silent));
      expect([silent, got.map((d) => [d.rule, d.at, d.inconclusive])]).toEqual([silent, [['check-inconclusive', 'mta-sts', true]]]);
      expect(got[0]!.message).toMatch(
        /^Whether example\.com serves its MTA-STS policy could not be checked: it publishes an MTA-STS record, but the look-up of the address of mta-sts\.example\.com got no answer \(.+\), so https:\/\/mta-sts\.example\.com\/\.well-known\/mta-sts\.txt was not fetched\.$/,
      );
      expect(got[0]!.evidence).toBe(`A/AAAA mta-sts.example.com: ${silent}`);
      const [finding] = judge(policyWith([domainPolicy()]), [], new Date(), [unresolved(silent)]);
      expect(finding).toMatchObject({ rule: 'check-inconclusive', severity: 'warning', inconclusive: true, host: 'example.com', location: at(5) });
    }
    // DNS answered that there is no such name, or no address: no policy host, so no policy file.
    for (const absent of ['ENOTFOUND', 'ENODATA']) {
      const got = draftDomain(domainPolicy(), unresolved(absent));
      expect([absent, got.map((d) => [d.rule, d.message])]).toEqual([absent, [['mta-sts-missing', 'example.com has an MTA-STS record but no policy file at https://mta-sts.example.com/.well-known/mta-sts.txt.']]]);
    }
    // A record that is itself invalid stays so: senders ignore MTA-STS whatever the file says.
    expect(rulesOf(domainPolicy(), unresolved('ESERVFAIL', { id: null, problem: '2 v=STSv1 records' }))).toEqual(['mta-sts-invalid']);
  });

  test('a testing-mode policy still gets its MX coverage checked', () => {
    const f = facts({ mtaSts: sts({ policy: { mode: 'testing', mx: ['other.example.com'] } }) });
    expect(rulesOf(domainPolicy({ mtaSts: 'testing' }), f)).toEqual(['mta-sts-mx-not-covered']);
    const [draft] = draftDomain(domainPolicy({ mtaSts: 'testing' }), f);
    expect(draft!.message).toMatch(/2 MX hosts of example.com mx1.example.com, a.mx.example.com match no mx pattern/);
  });
});

function policyWith(domains: DomainPolicy[], rules: Policy['rules'] = {}): Policy {
  return {
    file: 'p.yml',
    version: 1,
    defaults: { tls: { minVersion: '1.2' }, certificate: { verify: true, minDaysLeft: 21 }, timeoutMs: 5000, addresses: 'all' },
    hosts: [],
    domains,
    rules,
    waivers: [],
  };
}

describe('domain findings', () => {
  test('a look-up left unanswered leaves open only the rules it would have decided: none on, nothing inconclusive', () => {
    const off = (rules: string[]): Policy['rules'] => Object.fromEntries(rules.map((rule) => [rule, { severity: 'off' as const, location: at(9) }]));
    const MTA_STS_RULES = ['mta-sts-missing', 'mta-sts-invalid', 'mta-sts-not-enforcing', 'mta-sts-mx-not-covered'];
    const silentRecords = facts({
      mtaSts: sts({ record: { records: [], id: null, lookupError: 'ETIMEOUT' } }),
      tlsRpt: { records: [], rua: [], problem: 'the look-up failed (ETIMEOUT)', lookupError: 'ETIMEOUT' },
    });
    const silentHost = facts({ mtaSts: sts({ fetch: { address: null, status: null, error: 'no answer', errorKind: 'unresolved', lookupCode: 'ESERVFAIL' }, policy: null }) });
    const openAt = (rules: Policy['rules'], f: DomainFacts) =>
      judge(policyWith([domainPolicy()], rules), [], new Date('2026-01-01T00:00:00Z'), [f]).map((x) => `${x.rule} ${x.location.line}`);
    // Every rule that would read the answer turned off: nothing is left open.
    expect(openAt(off([...MTA_STS_RULES, 'tls-rpt-missing']), silentRecords)).toEqual([]);
    expect(openAt(off(MTA_STS_RULES), silentHost)).toEqual([]);
    // One still on: the question stays open for it.
    expect(openAt(off(['mta-sts-missing', 'tls-rpt-missing']), silentRecords)).toEqual(['check-inconclusive 5']);
    expect(openAt(off(['mta-sts-missing']), silentHost)).toEqual(['check-inconclusive 5']);
    expect(openAt(off(MTA_STS_RULES), silentRecords)).toEqual(['check-inconclusive 6']);
  });

  test('sit at the domain, with no address, port or service, at the key that asked', () => {
    const f = facts({ tlsRpt: { records: [], rua: [], problem: 'no v=TLSRPTv1 record', lookupError: 'ENODATA' }, mtaSts: sts({ policy: { mode: 'testing' } }) });
    const findings = judge(policyWith([domainPolicy()]), [], new Date('2026-01-01T00:00:00Z'), [f]);
    expect(findings.map((x) => [x.rule, x.severity, x.host, x.address, x.port, x.service, x.location.line])).toEqual([
      ['mta-sts-not-enforcing', 'error', 'example.com', null, null, null, 5],
      ['tls-rpt-missing', 'warning', 'example.com', null, null, null, 6],
    ]);
  });
  test('follow the policy severities, and mx-lookup-failed sits at the domain entry', () => {
    const f = facts({ mx: { records: [], nullMx: false, implicit: false, error: 'ENOTFOUND' } });
    const findings = judge(policyWith([domainPolicy()], { 'mx-lookup-failed': { severity: 'warning', location: at(9) } }), [], new Date(), [f]);
    expect(findings.map((x) => [x.rule, x.severity, x.location.line])).toEqual([['mx-lookup-failed', 'warning', 2]]);
  });
});

describe('MX hosts in the plan', () => {
  test('get the mx require services at the mx item, merged with hosts: and planned once', async () => {
    const policy = policyWith([domainPolicy()]);
    policy.hosts = [
      {
        host: 'mx1.example.com',
        ...policy.defaults,
        timeoutMs: 1234,
        require: [
          { service: 'smtp', port: 25, location: at(20) },
          { service: 'submissions', port: 465, location: at(21) },
        ],
        forbid: [],
        location: at(19),
      },
    ];
    const extra = mxHostPolicies(policy, [facts()]);
    expect(extra.map((h) => [h.host, h.timeoutMs, h.require.map((r) => r.location.line)])).toEqual([
      ['mx1.example.com', 1234, [4]],
      ['a.mx.example.com', 5000, [4]],
    ]);
    const resolve = async (name: string) => (name === 'a.mx.example.com' ? ['127.0.0.3'] : ['127.0.0.2']);
    const plan = await buildPlan(policy, resolve, { hosts: extra, resolveAll: resolve });
    expect(await mxAddresses([facts()])('a.mx.example.com')).toEqual(['192.0.2.2']);
    expect(plan.endpoints.map((e) => [e.host, e.address, e.port, e.service, e.location.line])).toEqual([
      ['a.mx.example.com', '127.0.0.3', 25, 'smtp', 4],
      ['mx1.example.com', '127.0.0.2', 25, 'smtp', 20],
      ['mx1.example.com', '127.0.0.2', 465, 'submissions', 21],
    ]);
  });
  test('only the hosts the domains stage admitted, with its addresses; an unresolved one keeps its code', async () => {
    const policy = policyWith([domainPolicy()]);
    const f = facts({
      mxHosts: [
        { host: 'mx1.example.com', addresses: ['192.0.2.1', '2001:db8::1'], error: null },
        { host: 'gone.example.com', addresses: [], error: 'ENOTFOUND' },
      ],
    });
    expect(mxHostPolicies(policy, [facts({ mxHosts: [] })])).toEqual([]);
    const extra = mxHostPolicies(policy, [f]);
    expect(extra.map((h) => h.host)).toEqual(['mx1.example.com', 'gone.example.com']);
    const plan = await buildPlan(policy, async () => [], { hosts: extra, resolveAll: mxAddresses([f]) });
    expect(plan.endpoints.map((e) => [e.host, e.address, e.resolveError ?? null])).toEqual([
      ['gone.example.com', null, 'ENOTFOUND'],
      ['mx1.example.com', '192.0.2.1', null],
      ['mx1.example.com', '2001:db8::1', null],
    ]);
  });
});
