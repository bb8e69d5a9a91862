import { readFileSync } from 'node:fs';
import { markdownProse } from '../../src/docs/rule-docs.js';
import { ruleDocsFolderUrl, ruleDocsUrl } from '../../src/rules/links.js';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import { RULES } from '../../src/rules/registry.js';
import { RULE_IDS } from '../../src/rules/types.js';
import { FINGERPRINT_KEY, toSarif } from '../../src/report/sarif.js';
import { endpoint, finding, POLICY, report } from './fixtures.js';

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);

function isUri(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

// A CommonJS module: its default export is the module object, whose `default` is the class.
const ajv = new ajvDraft04.default({
  allErrors: true,
  strict: false,
  // The SARIF schema's language pattern is not valid with the `u` flag.
  unicodeRegExp: false,
  formats: {
    uri: isUri,
    'uri-reference': (value: string) => isUri(value) || !/[\s\\]/.test(value),
    'date-time': (value: string) => !Number.isNaN(Date.parse(value)),
  },
});
const validateSarif = ajv.compile(sarifSchema);

// Loose views of the parts of the log the tests read.
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
  properties: Record<string, unknown>;
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string; enabled?: boolean };
  properties: { 'security-severity': string; tags: string[] };
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }; results: SarifResult[] }[];
}

const POLICY_URI = '.github/mail-tls-policy.yml';

function sampleReport(durationMs: number, addressOrder: 'forward' | 'reverse') {
  const addresses = addressOrder === 'forward' ? ['192.0.2.1', '2001:db8::1'] : ['2001:db8::1', '192.0.2.1'];
  return report(
    addresses.map((address) => endpoint({ address, durationMs })),
    [
      ...addresses.map((address) =>
        finding({ rule: 'certificate-expiring', address, message: `The certificate expires in ${durationMs % 7} days.` }),
      ),
      finding({ rule: 'tls-version-legacy', severity: 'error', port: 10993, address: '192.0.2.1', waived: true, waiverReason: 'old scanners; OPS-123', message: 'TLS 1.0 is accepted.', location: { file: POLICY, line: 12, column: 9 } }),
      finding({ rule: 'tls13-not-supported', severity: 'notice', message: 'TLS 1.3 was not negotiated.', location: { file: POLICY, line: 5, column: 7 } }),
      finding({ rule: 'mta-sts-missing', severity: 'error', host: 'example.com', address: null, port: null, service: null, message: 'No MTA-STS policy.', location: { file: POLICY, line: 20, column: 5 } }),
    ],
    { durationMs },
  );
}

function sarifOf(durationMs = 100, addressOrder: 'forward' | 'reverse' = 'forward'): SarifLog {
  return toSarif(sampleReport(durationMs, addressOrder), { policyUri: POLICY_URI }) as SarifLog;
}

describe('toSarif', () => {
  test('is valid SARIF 2.1.0', () => {
    const log = sarifOf();
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe('2.1.0');
    // The validator does reject what SARIF forbids.
    const broken = structuredClone(log);
    (broken.runs[0]!.results[0] as { level: string }).level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
  });

  test('describes the tool and every rule from the catalog', () => {
    const driver = sarifOf().runs[0]!.tool.driver;
    expect(driver.name).toBe('mail-tls-gate');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of driver.rules) {
      const meta = RULES[rule.id as keyof typeof RULES];
      expect(rule.shortDescription.text).toBe(meta.title);
      expect(rule.fullDescription.text).toBe(meta.what);
      expect(rule.help.text).toContain(meta.why);
      expect(rule.help.text).toContain(meta.fix);
      expect(rule.help.markdown).toContain(markdownProse(meta.fix));
      expect(rule.helpUri).toBe(ruleDocsUrl(meta.id));
      expect(rule.helpUri).toBe(`${ruleDocsFolderUrl()}/${meta.id}.md`);
      expect(rule.help.text).toContain(ruleDocsUrl(meta.id));
      expect(rule.help.markdown).toContain(`(${ruleDocsUrl(meta.id)})`);
      for (const ref of meta.references) expect(rule.help.text).toContain(ref);
      expect(rule.properties['security-severity']).toBe(meta.securitySeverity);
      expect(rule.properties.tags).toContain('security');
    }
  });

  test('maps default severities to levels, and disables rules that are off by default', () => {
    const rules = new Map(sarifOf().runs[0]!.tool.driver.rules.map((r) => [r.id, r]));
    expect(rules.get('certificate-expired')!.defaultConfiguration).toEqual({ level: 'error' });
    expect(rules.get('certificate-expiring')!.defaultConfiguration).toEqual({ level: 'warning' });
    expect(rules.get('tls13-not-supported')!.defaultConfiguration).toEqual({ enabled: false, level: 'note' });
  });

  test('gives the per-server fixes of the rule page in the markdown help', () => {
    const rules = new Map(sarifOf().runs[0]!.tool.driver.rules.map((r) => [r.id, r]));
    const auth = rules.get('plaintext-auth-offered')!.help.markdown;
    expect(auth).toContain('### Postfix');
    expect(auth).toContain('smtpd_tls_auth_only = yes');
    expect(auth).toContain('### Dovecot');
    expect(auth).toContain('disable_plaintext_auth = yes');
    expect(auth).toContain('### Exim');
    expect(rules.get('http-not-redirected')!.help.markdown).toContain('return 301 https://$host$request_uri;');
    expect(rules.get('tls-rpt-missing')!.help.markdown).not.toContain('### ');
  });

  test('links RFC references in the markdown help', () => {
    const rules = sarifOf().runs[0]!.tool.driver.rules;
    const forbidden = rules.find((r) => r.id === 'forbidden-service-reachable')!;
    expect(forbidden.help.markdown).toContain('[RFC 8314 §4.1](https://www.rfc-editor.org/rfc/rfc8314)');
  });

  test('gives each finding a result on its policy line, one per host, port and service', () => {
    const results = sarifOf().runs[0]!.results;
    const summary = results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region.startLine, r.message.text]);
    expect(summary).toEqual([
      ['mta-sts-missing', 'error', 20, 'example.com: No MTA-STS policy.'],
      ['certificate-expiring', 'warning', 5, 'mail.example.com:993 imaps: The certificate expires in 2 days. (addresses 192.0.2.1, 2001:db8::1)'],
      ['tls13-not-supported', 'note', 5, 'mail.example.com:993 imaps: TLS 1.3 was not negotiated. (address 192.0.2.1)'],
      ['tls-version-legacy', 'error', 12, 'mail.example.com:10993 imaps: TLS 1.0 is accepted. (address 192.0.2.1)'],
    ]);
    const location = results[0]!.locations[0]!.physicalLocation;
    expect(location.artifactLocation).toEqual({ uri: POLICY_URI, uriBaseId: '%SRCROOT%' });
    expect(location.region).toEqual({ startLine: 20, startColumn: 5 });
    for (const r of results) expect(RULE_IDS[r.ruleIndex]).toBe(r.ruleId);
  });

  test('keeps waived findings as externally suppressed results with the waiver reason', () => {
    const results = sarifOf().runs[0]!.results;
    const waived = results.filter((r) => r.suppressions);
    expect(waived.map((r) => r.ruleId)).toEqual(['tls-version-legacy']);
    expect(waived[0]!.suppressions).toEqual([{ kind: 'external', justification: 'old scanners; OPS-123' }]);
  });

  test('fingerprints depend on rule, host, port and service only', () => {
    const a = sarifOf(100, 'forward').runs[0]!.results;
    const b = sarifOf(2345, 'reverse').runs[0]!.results;
    const prints = (rs: SarifResult[]) => rs.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`).sort();
    expect(prints(b)).toEqual(prints(a));
    // The wording changed between the two runs, the fingerprints did not.
    expect(a.map((r) => r.message.text)).not.toEqual(b.map((r) => r.message.text));
    const all = a.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(all).size).toBe(all.length);
    for (const f of all) expect(f).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a different port or service is a different alert', () => {
    const base = finding();
    const print = (f: ReturnType<typeof finding>) =>
      (toSarif(report([], [f]), { policyUri: POLICY_URI }) as SarifLog).runs[0]!.results[0]!.partialFingerprints[FINGERPRINT_KEY];
    expect(print({ ...base, port: 994 })).not.toBe(print(base));
    expect(print({ ...base, service: 'pop3s' })).not.toBe(print(base));
    expect(print({ ...base, host: 'MAIL.example.com' })).toBe(print(base));
    expect(print({ ...base, location: { file: POLICY, line: 40, column: 3 } })).toBe(print(base));
  });
});

describe('sarifOf', () => {
  test('one log per report, the same as toSarif gives, however often it is asked (--format sarif with --sarif FILE)', async () => {
    const { sarifOf } = await import('../../src/run.js');
    const r = report([endpoint()], [finding()]);
    const first = await sarifOf(r);
    expect(await sarifOf(r)).toBe(first);
    expect(first).toEqual(toSarif(r, { policyUri: r.policy }));
    expect(await sarifOf(report([endpoint()], []))).not.toBe(first);
  });
});
