// Each endpoint's effective settings, key by key: its service item's own over its host entry's,
// over defaults, over the built-in ones; and a host entry's own severity overrides, which reach
// that host's endpoints only, its MX endpoints included. From a policy as written to the plan.
import { parsePolicy, formatProblem } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import { buildPlan } from '../../src/plan/plan.js';
import { mxHostPolicies } from '../../src/plan/mx.js';
import type { Endpoint } from '../../src/plan/types.js';
import { judge } from '../../src/rules/judge.js';
import { goodFacts, NOW } from '../rules/fixtures.js';

const FILE = 'policy.yml';

function loaded(source: string): Policy {
  const result = parsePolicy(source, FILE);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.policy;
}

const source = [
  'version: 1', //                                                                  1
  'defaults:', //                                                                   2
  '  tls: { min-version: "1.3" }', //                                               3
  '  timeout: 5s', //                                                               4
  'hosts:', //                                                                      5
  '  - host: mx1.example.com', //                                                   6
  '    tls: { min-version: "1.2" }', //                                             7
  '    certificate: { min-days-left: 30 }', //                                      8
  '    rules: { certificate-expiring: notice }', //                                 9
  '    require:', //                                                                10
  '      - { service: smtp, tls: { min-version: "1.0" }, certificate: { verify: false } }', // 11
  '      - submission', //                                                          12
  '      - { service: imaps, timeout: 20s }', //                                    13
  '    forbid:', //                                                                 14
  '      - { service: imap, timeout: 1s }', //                                      15
  '  - host: mail.example.com', //                                                  16
  '    require: [submissions]', //                                                  17
  'domains:', //                                                                    18
  '  - domain: example.com', //                                                     19
  '    mx:', //                                                                     20
  '      require:', //                                                              21
  '        - { service: smtp, port: 2525, certificate: { min-days-left: 7 } }', //   22
  '',
].join('\n');

const resolveAll = async (): Promise<string[]> => ['192.0.2.1'];

function summary(e: Endpoint) {
  return {
    service: e.service,
    port: e.port,
    minVersion: e.settings.tls.minVersion,
    verify: e.settings.certificate.verify,
    minDaysLeft: e.settings.certificate.minDaysLeft,
    timeoutMs: e.settings.timeoutMs,
    lines: Object.fromEntries(Object.entries(e.settingLocations ?? {}).map(([name, at]) => [name, at.line])),
    rules: Object.keys(e.rules ?? {}),
  };
}

describe('effective settings per endpoint', () => {
  test('service item over host over defaults over built-in, key by key', async () => {
    const plan = await buildPlan(loaded(source), resolveAll);
    const of = (host: string) => plan.endpoints.filter((e) => e.host === host).map(summary);
    expect(of('mx1.example.com')).toEqual([
      { service: 'smtp', port: 25, minVersion: '1.0', verify: false, minDaysLeft: 30, timeoutMs: 5_000, lines: { 'tls.min-version': 11, 'certificate.verify': 11 }, rules: ['certificate-expiring'] },
      { service: 'imap', port: 143, minVersion: '1.2', verify: true, minDaysLeft: 30, timeoutMs: 1_000, lines: { timeout: 15 }, rules: ['certificate-expiring'] },
      { service: 'submission', port: 587, minVersion: '1.2', verify: true, minDaysLeft: 30, timeoutMs: 5_000, lines: {}, rules: ['certificate-expiring'] },
      { service: 'imaps', port: 993, minVersion: '1.2', verify: true, minDaysLeft: 30, timeoutMs: 20_000, lines: { timeout: 13 }, rules: ['certificate-expiring'] },
    ]);
    // Another host: the defaults only, and no severity of mx1's.
    expect(of('mail.example.com')).toEqual([
      { service: 'submissions', port: 465, minVersion: '1.3', verify: true, minDaysLeft: 21, timeoutMs: 5_000, lines: {}, rules: [] },
    ]);
  });

  test('every address of a host gets the same item settings, layered once per item', async () => {
    const plan = await buildPlan(loaded(source), async () => ['192.0.2.1', '192.0.2.2']);
    const smtp = plan.endpoints.filter((e) => e.host === 'mx1.example.com' && e.service === 'smtp');
    const imaps = plan.endpoints.filter((e) => e.host === 'mx1.example.com' && e.service === 'imaps');
    expect(smtp.map((e) => [e.address, e.settings.tls.minVersion, e.settings.certificate.verify])).toEqual([
      ['192.0.2.1', '1.0', false],
      ['192.0.2.2', '1.0', false],
    ]);
    expect(imaps.map((e) => [e.address, e.settings.timeoutMs])).toEqual([
      ['192.0.2.1', 20_000],
      ['192.0.2.2', 20_000],
    ]);
    expect(smtp[0]!.settings).toBe(smtp[1]!.settings);
  });

  test("an MX host named in hosts: keeps that entry's settings and rules, under the mx: item's own", async () => {
    const policy = loaded(source);
    const facts = [{ domain: 'example.com', mxHosts: [{ host: 'mx1.example.com', addresses: ['192.0.2.1'], error: null }, { host: 'mx2.example.com', addresses: ['192.0.2.2'], error: null }] }];
    const plan = await buildPlan(policy, resolveAll, { hosts: mxHostPolicies(policy, facts), resolveAll });
    const mx = plan.endpoints.filter((e) => e.port === 2525).map((e) => ({ host: e.host, ...summary(e) }));
    expect(mx).toEqual([
      { host: 'mx1.example.com', service: 'smtp', port: 2525, minVersion: '1.2', verify: true, minDaysLeft: 7, timeoutMs: 5_000, lines: { 'certificate.min-days-left': 22 }, rules: ['certificate-expiring'] },
      { host: 'mx2.example.com', service: 'smtp', port: 2525, minVersion: '1.3', verify: true, minDaysLeft: 7, timeoutMs: 5_000, lines: { 'certificate.min-days-left': 22 }, rules: [] },
    ]);
  });

  test("an MX host's findings take its hosts: entry's severities; another MX host of the domain keeps the run's", async () => {
    const policy = loaded(source);
    const facts = [{ domain: 'example.com', mxHosts: [{ host: 'mx1.example.com', addresses: ['192.0.2.1'], error: null }, { host: 'mx2.example.com', addresses: ['192.0.2.2'], error: null }] }];
    const plan = await buildPlan(policy, resolveAll, { hosts: mxHostPolicies(policy, facts), resolveAll });
    const observations = plan.endpoints
      .filter((e) => e.port === 2525)
      .map((endpoint) => {
        const seen = goodFacts(endpoint);
        // Five days left: under the mx: item's own min-days-left of 7, which both MX hosts take.
        seen.tls!.certificate!.notAfter = new Date(NOW.getTime() + 5 * 86_400_000).toISOString();
        seen.tls!.certificate!.daysLeft = 5;
        return { endpoint, facts: seen };
      });
    const findings = judge(policy, observations, NOW).filter((f) => f.rule === 'certificate-expiring');
    expect(findings.map((f) => [f.host, f.severity, f.location.line])).toEqual([
      ['mx1.example.com', 'notice', 22], // mx1's own rules: notice, over the rule's default
      ['mx2.example.com', 'warning', 22], // no hosts: entry: the rule's default; both at the item's min-days-left
    ]);
  });
});

