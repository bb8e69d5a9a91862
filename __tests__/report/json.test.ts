import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { SERVICE_NAMES } from '../../src/policy/services.js';
import { RULE_IDS } from '../../src/rules/types.js';
import { buildReport, canonicalReport, reportToJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/types.js';
import { endpoint, finding, plaintext, POLICY, report, tls, unreachable } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../policies/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function mixedReport(): Report {
  return report(
    [
      endpoint({ host: 'mx2.example.com', address: '198.51.100.7', port: 25, service: 'smtp', tls: tls({ mode: 'starttls' }), plaintext: plaintext() }),
      endpoint({ address: '2001:db8::1' }),
      endpoint({ address: '192.0.2.10' }),
      endpoint({ address: '192.0.2.9' }),
      unreachable({ port: 143, service: 'imap', address: '192.0.2.9' }),
      endpoint({ port: 80, service: 'http', tls: null, http: { status: 301, location: 'https://mail.example.com/', error: null } }),
      unreachable({ host: 'gone.example.com', address: null, error: { kind: 'unresolved', step: 'resolve', message: 'ENOTFOUND' } }),
    ],
    [
      finding({ rule: 'tls13-not-supported', severity: 'notice', address: '192.0.2.10' }),
      finding({ rule: 'certificate-expiring', address: '192.0.2.10' }),
      finding({ rule: 'certificate-expired', severity: 'error', host: 'mx2.example.com', address: '198.51.100.7', port: 25, service: 'smtp' }),
      finding({ rule: 'tls-version-legacy', severity: 'error', address: '192.0.2.9', waived: true, waiverReason: 'OPS-123' }),
      finding({ rule: 'required-service-unreachable', severity: 'error', host: 'gone.example.com', address: null }),
      finding({ rule: 'mta-sts-missing', severity: 'error', host: 'example.com', address: null, port: null, service: null }),
    ],
  );
}

describe('buildReport', () => {
  test('fills the header from its input', () => {
    const r = mixedReport();
    expect(r.reportVersion).toBe(1);
    expect(r.tool).toEqual({ name: 'mail-tls-gate', version: '0.1.0' });
    expect(r.policy).toBe(POLICY);
    expect(r.startedAt).toBe('2026-06-12T03:00:00.000Z');
    expect(r.durationMs).toBe(1234);
  });

  test('counts only unwaived findings, and every endpoint', () => {
    expect(mixedReport().summary).toEqual({ errors: 3, warnings: 1, notices: 1, endpoints: 7, result: 'fail' });
  });

  test('orders endpoints by host, then address (IPv4 numerically, then IPv6), port and service', () => {
    const places = mixedReport().endpoints.map((e) => `${e.host} ${e.address} ${e.port} ${e.service}`);
    expect(places).toEqual([
      'gone.example.com null 993 imaps',
      'mail.example.com 192.0.2.1 80 http',
      'mail.example.com 192.0.2.9 143 imap',
      'mail.example.com 192.0.2.9 993 imaps',
      'mail.example.com 192.0.2.10 993 imaps',
      'mail.example.com 2001:db8::1 993 imaps',
      'mx2.example.com 198.51.100.7 25 smtp',
    ]);
  });

  test('orders findings by host, address, port, service and rule', () => {
    const order = mixedReport().findings.map((f) => `${f.host}|${f.address}|${f.port}|${f.service}|${f.rule}`);
    expect(order).toEqual([
      'example.com|null|null|null|mta-sts-missing',
      'gone.example.com|null|993|imaps|required-service-unreachable',
      'mail.example.com|192.0.2.9|993|imaps|tls-version-legacy',
      'mail.example.com|192.0.2.10|993|imaps|certificate-expiring',
      'mail.example.com|192.0.2.10|993|imaps|tls13-not-supported',
      'mx2.example.com|198.51.100.7|25|smtp|certificate-expired',
    ]);
  });

  test('does not depend on the order facts and findings arrive in', () => {
    const r = mixedReport();
    const shuffled = buildReport({
      policyFile: POLICY,
      toolVersion: '0.1.0',
      startedAt: new Date(r.startedAt),
      durationMs: r.durationMs,
      endpoints: [...r.endpoints].reverse(),
      findings: [...r.findings].reverse(),
      result: r.summary.result,
    });
    expect(reportToJson(shuffled)).toBe(reportToJson(r));
  });
});

describe('reportToJson', () => {
  test('writes keys in the design order with 2-space indent and a final newline', () => {
    const json = reportToJson(report([endpoint()], [finding({ waived: true, waiverReason: 'OPS-1' })]));
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n').slice(0, 4)).toEqual(['{', '  "reportVersion": 1,', '  "tool": {', '    "name": "mail-tls-gate",']);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['reportVersion', 'tool', 'policy', 'startedAt', 'durationMs', 'summary', 'endpoints', 'findings']);
    expect(Object.keys(parsed.summary)).toEqual(['errors', 'warnings', 'notices', 'endpoints', 'result']);
    expect(Object.keys(parsed.endpoints[0])).toEqual([
      'host', 'address', 'port', 'service', 'reachable', 'durationMs', 'connections', 'error', 'plaintext', 'tls', 'http',
    ]);
    expect(Object.keys(parsed.endpoints[0].tls)).toEqual(['mode', 'version', 'cipher', 'versionsAccepted', 'certificate', 'error']);
    expect(Object.keys(parsed.endpoints[0].tls.certificate).slice(0, 6)).toEqual(['subject', 'issuer', 'san', 'notBefore', 'notAfter', 'daysLeft']);
    expect(Object.keys(parsed.findings[0])).toEqual([
      'rule', 'severity', 'host', 'address', 'port', 'service', 'message', 'evidence', 'location', 'waived', 'waiverReason',
    ]);
  });

  test('gives the same bytes whatever key order the objects were built in', () => {
    const r = report([endpoint()], [finding()]);
    const scrambled = JSON.parse(JSON.stringify(r), function (this: unknown, _key, value: unknown) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).reverse());
    }) as Report;
    expect(Object.keys(scrambled)[0]).toBe('findings');
    expect(reportToJson(scrambled)).toBe(reportToJson(r));
  });

  test('round-trips through JSON.parse unchanged', () => {
    const r = mixedReport();
    expect(reportToJson(canonicalReport(JSON.parse(reportToJson(r)) as Report))).toBe(reportToJson(r));
  });
});

describe('report schema', () => {
  test('accepts every report buildReport produces', () => {
    const ok = validate(JSON.parse(reportToJson(mixedReport())));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('names exactly the rule ids and services the code knows', () => {
    expect(schema.definitions.finding.properties.rule.enum).toEqual([...RULE_IDS]);
    expect(schema.definitions.service.enum).toEqual([...SERVICE_NAMES]);
  });

  test('rejects fields the design does not name, and missing ones', () => {
    const good = JSON.parse(reportToJson(mixedReport()));
    const withExtra = structuredClone(good);
    withExtra.endpoints[0].banner = 'x';
    expect(validate(withExtra)).toBe(false);
    const withoutTls = structuredClone(good);
    delete withoutTls.endpoints[0].tls;
    expect(validate(withoutTls)).toBe(false);
    const badRule = structuredClone(good);
    badRule.findings[0].rule = 'made-up';
    expect(validate(badRule)).toBe(false);
    const badVersion = structuredClone(good);
    badVersion.reportVersion = 2;
    expect(validate(badVersion)).toBe(false);
  });
});
