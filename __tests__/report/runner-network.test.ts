// What the runner's own network could not test, as every output says it: the JSON report's
// runnerNetwork (valid against the schema, kept by merge), the text output's and the job
// summary's own section, with remote names escaped as everywhere else.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { buildReport, reportToJson } from '../../src/report/json.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';
import type { Report } from '../../src/report/types.js';
import type { RunnerLimit } from '../../src/rules/catalog/runner-network-limited.js';
import { mergeReports } from '../../src/shard/merge.js';
import { finding, POLICY, unreachable } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../policies/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const NO_IPV6: RunnerLimit = { kind: 'no-route', family: 'ipv6', codes: ['ENETUNREACH'], addresses: ['2001:db8::1'] };
const PORT_25: RunnerLimit = { kind: 'port-filtered', port: 25, hosts: ['mx1.example.com', 'mx2.example.com'], addresses: ['192.0.2.1', '192.0.2.2'] };

function limitedReport(limits: RunnerLimit[], shard?: Report['shard']): Report {
  return buildReport({
    policyFile: POLICY,
    toolVersion: '0.1.0',
    startedAt: new Date('2026-06-12T03:00:00.000Z'),
    durationMs: 10,
    endpoints: [unreachable({ address: '2001:db8::1', port: 25, service: 'smtp', error: { kind: 'unreachable', step: 'connect', message: 'ENETUNREACH', code: 'ENETUNREACH', atOnce: true } })],
    findings: [finding({ rule: 'runner-network-limited', severity: 'notice', address: '2001:db8::1', port: 25, service: 'smtp', message: 'smtp on mail.example.com:25 (2001:db8::1) was not tested: the runner has no IPv6 route.' })],
    result: 'pass',
    runnerNetwork: limits,
    shard,
  });
}

describe('runnerNetwork in the outputs', () => {
  test('the JSON report carries it (and the probe error its code and atOnce), valid against the schema', () => {
    const report = JSON.parse(reportToJson(limitedReport([NO_IPV6, PORT_25])));
    expect(validate(report)).toBe(true);
    expect(report.runnerNetwork).toEqual([NO_IPV6, PORT_25]);
    expect(Object.keys(report)).toEqual(['reportVersion', 'tool', 'policy', 'startedAt', 'durationMs', 'summary', 'endpoints', 'runnerNetwork', 'findings']);
    expect(report.endpoints[0].error).toEqual({ kind: 'unreachable', step: 'connect', message: 'ENETUNREACH', code: 'ENETUNREACH', atOnce: true });
  });

  test('absent when the runner limited nothing', () => {
    expect(JSON.parse(reportToJson(limitedReport([])))).not.toHaveProperty('runnerNetwork');
  });

  test('the text output has a section that names the addresses and ports and why', () => {
    const text = formatText(limitedReport([NO_IPV6, PORT_25]), { color: false });
    const start = text.split('\n').findIndex((line) => line.startsWith("The runner's own network could not test"));
    expect(start).toBeGreaterThan(0);
    expect(text.split('\n').slice(start + 1, start + 3)).toEqual([
      '  IPv6: the runner has no route (ENETUNREACH at once on every IPv6 address), so 2001:db8::1 could not be tested',
      "  port 25: connections timed out on every address of mx1.example.com, mx2.example.com, addresses that answered on other ports, so the runner's network (or a filter on its path) drops outbound port 25; untested: 192.0.2.1, 192.0.2.2",
    ]);
  });

  test('the job summary has it near the top, escaped', () => {
    const markdown = summaryMarkdown(limitedReport([NO_IPV6, PORT_25]));
    expect(markdown).toContain("### The runner's network");
    expect(markdown.indexOf("### The runner's network")).toBeLessThan(markdown.indexOf('### Hosts'));
    expect(markdown).toContain('- IPv6&#58; the runner has no route (ENETUNREACH at once on every IPv6 address), so 2001&#58;db8&#58;&#58;1 could not be tested');
    expect(markdown).toMatch(/- port 25&#58; connections timed out .* drops outbound port 25; untested&#58; 192\.0\.2\.1, 192\.0\.2\.2/);
  });

  test('merge keeps every shard\'s limits, the same limit once', () => {
    const shard = (index: number) => ({ index, count: 2, policySha256: 'a'.repeat(64), requiredEndpoints: 1, concludedEndpoints: 1 });
    const one = limitedReport([NO_IPV6], shard(1));
    const two = limitedReport([{ ...NO_IPV6, addresses: ['2001:db8::2'] }, PORT_25], shard(2));
    two.endpoints[0]!.address = '2001:db8::2';
    two.findings[0]!.address = '2001:db8::2';
    const merged = mergeReports([one, two].map((r, i) => ({ name: `shard-${i + 1}.json`, text: reportToJson(r) })), 'error');
    expect(merged.ok).toBe(true);
    expect(merged.ok && merged.report.runnerNetwork).toEqual([{ ...NO_IPV6, addresses: ['2001:db8::1', '2001:db8::2'] }, PORT_25]);
  });
});
