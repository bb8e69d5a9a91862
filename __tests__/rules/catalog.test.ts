import { RULES, ruleMeta } from '../../src/rules/catalog.js';
import { RULE_IDS, type RuleId } from '../../src/rules/types.js';

describe('rule catalog', () => {
  test('has exactly the ids of RULE_IDS', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
  });

  test.each(RULE_IDS)('%s has complete metadata', (id) => {
    const meta = RULES[id];
    expect(meta.id).toBe(id);
    for (const field of ['title', 'what', 'why', 'fix', 'securitySeverity'] as const) {
      expect(meta[field].trim()).not.toBe('');
    }
    expect(meta.references.length).toBeGreaterThan(0);
    for (const reference of meta.references) expect(reference.trim()).not.toBe('');
    expect(meta.title).not.toMatch(/\.$/);
    expect(meta.title[0]).toBe(meta.title[0]!.toUpperCase());
    expect(meta.securitySeverity).toMatch(/^(10\.0|\d\.\d)$/);
    expect(ruleMeta(id)).toBe(meta);
  });

  // DESIGN.md's rule table.
  test.each<[RuleId, string]>([
    ['required-service-unreachable', 'error'],
    ['forbidden-service-reachable', 'error'],
    ['service-misbehaving', 'error'],
    ['tls-handshake-failed', 'error'],
    ['starttls-not-offered', 'error'],
    ['starttls-failed', 'error'],
    ['plaintext-auth-offered', 'error'],
    ['starttls-command-injection', 'error'],
    ['http-not-redirected', 'error'],
    ['tls-version-legacy', 'error'],
    ['tls13-not-supported', 'off'],
    ['certificate-untrusted', 'error'],
    ['certificate-name-mismatch', 'error'],
    ['certificate-expired', 'error'],
    ['certificate-expiring', 'warning'],
    ['certificate-weak', 'warning'],
    ['mx-lookup-failed', 'error'],
    ['mta-sts-missing', 'error'],
    ['mta-sts-invalid', 'error'],
    ['mta-sts-not-enforcing', 'error'],
    ['mta-sts-mx-not-covered', 'error'],
    ['tls-rpt-missing', 'warning'],
    ['waiver-expired', 'warning'],
    ['service-busy', 'warning'],
    ['dns-targets-skipped', 'warning'],
    ['runner-network-limited', 'warning'],
    ['check-inconclusive', 'warning'],
  ])('%s defaults to %s', (id, severity) => {
    expect(RULES[id].defaultSeverity).toBe(severity);
  });

  test.each<[RuleId, string]>([
    ['starttls-command-injection', '8.1'],
    ['plaintext-auth-offered', '7.5'],
    ['tls-version-legacy', '5.3'],
    ['certificate-expiring', '3.1'],
  ])('%s has security severity %s', (id, score) => {
    expect(RULES[id].securitySeverity).toBe(score);
  });

  test.each<[RuleId, RegExp]>([
    ['starttls-command-injection', /CVE-2011-0411/],
    ['plaintext-auth-offered', /smtpd_tls_auth_only[\s\S]*disable_plaintext_auth/],
    ['tls-version-legacy', /ssl_min_protocol[\s\S]*ssl_protocols/],
    ['http-not-redirected', /return 301 https:\/\/\$host\$request_uri/],
  ])('%s names the usual server settings', (id, pattern) => {
    const meta = RULES[id];
    expect(`${meta.why} ${meta.fix}`).toMatch(pattern);
  });

  test('each "why" names the standard it rests on', () => {
    const missing = RULE_IDS.filter((id) => id !== 'waiver-expired' && !/RFC \d+|CVE-\d+-\d+/.test(RULES[id].why));
    expect(missing).toEqual([]);
  });

  test('is frozen', () => {
    expect(Object.isFrozen(RULES)).toBe(true);
    expect(Object.isFrozen(RULES['certificate-weak'])).toBe(true);
  });
});
