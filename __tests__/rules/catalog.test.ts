import { readdirSync } from 'node:fs';
import { RULE_REGISTRY, RULES, ruleMeta } from '../../src/rules/registry.js';
import { RULE_IDS } from '../../src/rules/types.js';
import type { EndpointFacts } from '../../src/facts/endpoint.js';
import type { Endpoint } from '../../src/plan/types.js';
import { DAY_MS } from '../../src/common/time.js';
import { certificateFacts } from '../support/certificate-facts.js';
import { endpoint, goodFacts, NOW, unreachableFacts } from './fixtures.js';

const metas = RULE_REGISTRY.map((rule) => rule.meta);

describe('rule registry', () => {
  test('lists every module of src/rules/catalog once, each file named after its rule id', () => {
    const files = readdirSync('src/rules/catalog').filter((name) => name.endsWith('.ts')).map((name) => name.replace(/\.ts$/, ''));
    expect([...RULE_IDS].sort()).toEqual(files.sort());
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(Object.keys(RULES)).toEqual([...RULE_IDS]);
  });

  // SARIF's ruleIndex is the registry's order and code scanning matches results by it across
  // runs: the rules released so far keep their positions; new rules are appended.
  test('keeps the released rules at their SARIF ruleIndex positions', () => {
    const released = [
      'required-service-unreachable', 'forbidden-service-reachable', 'service-misbehaving', 'tls-handshake-failed',
      'starttls-not-offered', 'starttls-failed', 'plaintext-auth-offered', 'starttls-command-injection',
      'http-not-redirected', 'tls-version-legacy', 'tls13-not-supported', 'certificate-untrusted',
      'certificate-name-mismatch', 'certificate-expired', 'certificate-expiring', 'certificate-weak',
      'mx-lookup-failed', 'mta-sts-missing', 'mta-sts-invalid', 'mta-sts-not-enforcing', 'mta-sts-mx-not-covered',
      'tls-rpt-missing', 'waiver-expired', 'service-busy', 'dns-targets-skipped', 'runner-network-limited',
      'check-inconclusive',
    ];
    expect(RULE_IDS.slice(0, released.length)).toEqual(released);
  });

  test.each(metas.map((meta) => [meta.id, meta] as const))('%s has complete metadata', (id, meta) => {
    for (const field of ['title', 'summary', 'what', 'why', 'fix', 'securitySeverity'] as const) {
      expect(meta[field].trim()).not.toBe('');
    }
    expect(meta.references.length).toBeGreaterThan(0);
    for (const reference of meta.references) expect(reference.trim()).not.toBe('');
    expect(meta.title).not.toMatch(/\.$/);
    expect(meta.title[0]).toBe(meta.title[0]!.toUpperCase());
    expect(meta.summary).not.toContain('\n');
    expect(meta.summary).toMatch(/\.$/);
    expect(meta.securitySeverity).toMatch(/^(10\.0|\d\.\d)$/);
    if (meta.cwe !== undefined) expect(meta.cwe).toMatch(/^[1-9]\d*$/);
    expect(ruleMeta(id)).toBe(meta);
  });

  test.each(metas.map((meta) => [meta.id, meta] as const))('%s: its severity, score and inconclusiveness agree', (_id, meta) => {
    // A check that could not be made is never a violation: such rules warn, and score low.
    if (meta.inconclusive) {
      expect(meta.defaultSeverity).toBe('warning');
      expect(Number(meta.securitySeverity)).toBeLessThan(4);
    }
    // The title or the description tells the reader the check is inconclusive, and only then.
    expect(/inconclusive/i.test(`${meta.title} ${meta.what}`)).toBe(meta.inconclusive);
    if (meta.defaultSeverity === 'error') expect(Number(meta.securitySeverity)).toBeGreaterThanOrEqual(4);
    // A rule that is off by default says how it comes on.
    if (meta.defaultSeverity === 'off') expect(meta.what).toMatch(/Off unless the policy turns it on/);
    // Server fixes are configuration of a server the rule looks at: none for the policy's own rules or the runner's network.
    if (meta.scope === 'policy' || meta.scope === 'run') expect(meta.servers).toEqual({});
  });

  test.each<[string, RegExp]>([
    ['starttls-command-injection', /CVE-2011-0411/],
    ['plaintext-auth-offered', /smtpd_tls_auth_only[\s\S]*disable_plaintext_auth/],
    ['tls-version-legacy', /ssl_min_protocol[\s\S]*ssl_protocols/],
    ['http-not-redirected', /return 301 https:\/\/\$host\$request_uri/],
  ])('%s names the usual server settings', (id, pattern) => {
    const meta = metas.find((m) => m.id === id)!;
    expect(`${meta.why} ${meta.fix}`).toMatch(pattern);
  });

  test('each "why" names the standard it rests on, except rules about the policy itself', () => {
    const missing = metas.filter((meta) => meta.scope !== 'policy' && !/RFC \d+|CVE-\d+-\d+/.test(meta.why)).map((meta) => meta.id);
    expect(missing).toEqual([]);
  });

  test('is frozen', () => {
    expect(Object.isFrozen(RULES)).toBe(true);
    for (const meta of metas) {
      expect(Object.isFrozen(meta)).toBe(true);
      expect(Object.isFrozen(meta.servers)).toBe(true);
    }
  });

  test('a rule module exports the check its scope calls for, and no other', () => {
    for (const rule of RULE_REGISTRY) {
      const kinds = [
        'checks' in rule ? 'endpoint' : null,
        'checkDomain' in rule ? 'domain' : null,
        'checkPolicy' in rule ? 'policy' : null,
        // The run-level rule: its view of the whole run, and how that view recasts endpoint drafts.
        'runnerNetwork' in rule && 'withRunnerNetwork' in rule ? 'run' : null,
      ].filter((kind) => kind !== null);
      expect([rule.meta.id, kinds]).toEqual([rule.meta.id, [rule.meta.scope]]);
    }
  });

  // Each module's checks speak for their own rule only, whatever the facts: the registry's
  // order then decides nothing but the order of drafts.
  test('each rule module drafts findings of its own rule only', () => {
    const cases: Array<[Endpoint, EndpointFacts]> = [];
    for (const service of ['smtp', 'imaps', 'pop3', 'http', 'https'] as const) {
      for (const expectation of ['require', 'forbid'] as const) {
        const target = endpoint(service, { expectation });
        const good = goodFacts(target);
        const expired = { ...certificateFacts(), notBefore: '2020-01-01T00:00:00Z', notAfter: '2021-01-01T00:00:00Z', trusted: false, nameMatch: false, keyBits: 1024 };
        cases.push(
          [target, good],
          [target, unreachableFacts(target)],
          [endpoint(service, { expectation, address: null }), { ...unreachableFacts(target), address: null, error: { kind: 'unresolved', step: 'resolve', message: 'ENOTFOUND' } }],
          [target, { ...good, error: { kind: 'timeout', step: 'greeting', message: 'no greeting', busy: true } }],
          [target, { ...good, error: { kind: 'misbehaving', step: 'greeting', message: 'garbage' } }],
          [target, { ...good, tls: good.tls && { ...good.tls, certificate: expired, versionsAccepted: ['TLSv1', 'TLSv1.2'], versionsUntested: ['TLSv1.1'] } }],
          [target, { ...good, plaintext: good.plaintext && { ...good.plaintext, starttls: false, authBeforeTls: ['PLAIN'], commandInjection: true } }],
          [target, { ...good, http: good.http && { status: 200, location: null, error: null } }],
          [target, { ...good, tls: good.tls && { ...good.tls, version: 'TLSv1.2', versionsAccepted: ['TLSv1.2'], certificate: { ...certificateFacts(), notAfter: new Date(NOW.getTime() + 5 * DAY_MS).toISOString() } } }],
          [target, { ...good, tls: good.tls && { ...good.tls, error: 'handshake failure' } }],
        );
      }
    }
    const drafted = new Set<string>();
    for (const rule of RULE_REGISTRY) {
      if (!('checks' in rule)) continue;
      for (const [target, facts] of cases) {
        const check = rule.checks[target.expectation];
        for (const draft of check?.(target, facts, NOW) ?? []) {
          expect(draft.rule).toBe(rule.meta.id);
          drafted.add(draft.rule);
        }
      }
    }
    // The cases reach the endpoint rules that existed when this test was written (a new rule
    // need not add a case here: its own test shows what it drafts), so the property is tested,
    // not vacuous.
    expect(drafted.size).toBeGreaterThanOrEqual(18);
  });
});
