// runner-network-limited over hand-built observations: which evidence blames the runner (a family
// with no route, a port that times out on several hosts that answer elsewhere), which keeps the
// server's finding, and the severity each finding gets. The real thing, in a network namespace,
// is in __tests__/runner-network/.
import { exitCodeOf, isInconclusive, judge, judgeRun, verdict, type Observation } from '../../src/rules/judge.js';
import { mergeRunnerLimits } from '../../src/rules/catalog/runner-network-limited.js';
import type { ServiceName } from '../../src/policy/services.js';
import type { ProbeError } from '../../src/facts/endpoint.js';
import type { Finding } from '../../src/rules/types.js';
import { endpoint, goodFacts, NOW, policy } from './fixtures.js';

const NO_ROUTE: ProbeError = { kind: 'unreachable', step: 'connect', message: 'ENETUNREACH: connect ENETUNREACH', code: 'ENETUNREACH', atOnce: true };
const TIMEOUT: ProbeError = { kind: 'timeout', step: 'connect', message: 'no TCP connection within 500 ms' };

function good(host: string, address: string, service: ServiceName, port?: number): Observation {
  const target = endpoint(service, { host, address, port });
  return { endpoint: target, facts: goodFacts(target) };
}

function failed(host: string, address: string, service: ServiceName, error: ProbeError, options: { port?: number; forbid?: boolean } = {}): Observation {
  const target = endpoint(service, { host, address, port: options.port, expectation: options.forbid ? 'forbid' : 'require' });
  return {
    endpoint: target,
    facts: { ...goodFacts(target), reachable: false, connections: 1, error, plaintext: null, tls: null, http: null },
  };
}

const rulesOf = (findings: Finding[]): string[] => findings.map((f) => `${f.rule} ${f.severity} ${f.address}:${f.port}${f.inconclusive ? ' inconclusive' : ''}`);

describe('no route for an address family', () => {
  test('a dual-stack host whose IPv6 fails at once: a notice on the IPv6 address, and a pass', () => {
    const observations = [
      good('mx.example.com', '192.0.2.1', 'smtp'),
      failed('mx.example.com', '2001:db8::1', 'smtp', NO_ROUTE),
      good('mx.example.com', '192.0.2.1', 'submissions'),
      failed('mx.example.com', '2001:db8::1', 'submissions', NO_ROUTE),
    ];
    const findings = judge(policy(), observations, NOW);
    expect(rulesOf(findings)).toEqual(['runner-network-limited notice 2001:db8::1:25', 'runner-network-limited notice 2001:db8::1:465']);
    expect(findings[0]!.message).toMatch(/the runner has no IPv6 route/);
    expect(findings[0]!.message).toMatch(/tested over 192\.0\.2\.1/);
    expect(findings[0]!.evidence).toMatch(/ENETUNREACH/);
    const inconclusive = isInconclusive(findings, observations);
    expect(exitCodeOf(verdict(findings, 'error', inconclusive), 'error')).toBe(0);
    expect(judgeRun(policy(), observations, NOW).runnerNetwork).toEqual([{ kind: 'no-route', family: 'ipv6', codes: ['ENETUNREACH'], addresses: ['2001:db8::1'] }]);
  });

  test('an IPv6-only host from the same runner: a warning, inconclusive, exit 3', () => {
    const observations = [good('mx.example.com', '192.0.2.1', 'smtp'), failed('v6only.example.com', '2001:db8::2', 'smtp', NO_ROUTE)];
    const findings = judge(policy(), observations, NOW);
    expect(rulesOf(findings)).toEqual(['runner-network-limited warning 2001:db8::2:25 inconclusive']);
    expect(findings[0]!.message).toMatch(/nothing of v6only\.example\.com port 25 was tested, so its checks are inconclusive/);
    expect(exitCodeOf(verdict(findings, 'error', isInconclusive(findings, observations)), 'error')).toBe(3);
  });

  test('one IPv6 address that answers shows the family is routed: the others are the servers\' (required-service-unreachable)', () => {
    const observations = [
      good('a.example.com', '2001:db8::10', 'smtp'),
      failed('b.example.com', '2001:db8::20', 'smtp', NO_ROUTE),
      good('b.example.com', '192.0.2.20', 'smtp'),
    ];
    expect(rulesOf(judge(policy(), observations, NOW))).toEqual(['required-service-unreachable error 2001:db8::20:25']);
    expect(judgeRun(policy(), observations, NOW).runnerNetwork).toEqual([]);
  });

  test('an error that came back later (a router answered) is no evidence against the runner', () => {
    const later: ProbeError = { ...NO_ROUTE, code: 'EHOSTUNREACH' };
    delete later.atOnce;
    const observations = [good('mx.example.com', '192.0.2.1', 'smtp'), failed('mx.example.com', '2001:db8::1', 'smtp', later)];
    expect(rulesOf(judge(policy(), observations, NOW))).toEqual(['required-service-unreachable error 2001:db8::1:25']);
  });

  test('a forbidden service over a family with no route is not a pass either', () => {
    const observations = [
      good('mx.example.com', '192.0.2.1', 'smtp'),
      failed('mx.example.com', '2001:db8::1', 'smtp', NO_ROUTE),
      failed('mx.example.com', '2001:db8::1', 'imap', NO_ROUTE, { forbid: true }),
    ];
    const findings = judge(policy(), observations, NOW);
    expect(rulesOf(findings)).toEqual(['runner-network-limited notice 2001:db8::1:25', 'runner-network-limited warning 2001:db8::1:143 inconclusive']);
    expect(findings[1]!.message).toMatch(/the forbid check is inconclusive/);
  });

  test('the policy\'s severity for the rule wins; off drops it', () => {
    const observations = [good('mx.example.com', '192.0.2.1', 'smtp'), failed('mx.example.com', '2001:db8::1', 'smtp', NO_ROUTE)];
    const at = { file: 'policy.yml', line: 3, column: 3 };
    expect(rulesOf(judge(policy({ rules: { 'runner-network-limited': { severity: 'error', location: at } } }), observations, NOW))).toEqual([
      'runner-network-limited error 2001:db8::1:25',
    ]);
    expect(judge(policy({ rules: { 'runner-network-limited': { severity: 'off', location: at } } }), observations, NOW)).toEqual([]);
  });
});

describe('a port filtered on the way out', () => {
  /** Hosts that answer on 465 and time out on 25, one address each. */
  const fleet = (hosts: number): Observation[] =>
    Array.from({ length: hosts }, (_, i) => [
      failed(`mx${i + 1}.example.com`, `192.0.2.${i + 1}`, 'smtp', TIMEOUT),
      good(`mx${i + 1}.example.com`, `192.0.2.${i + 1}`, 'submissions'),
    ]).flat();

  test('two hosts time out on port 25 and answer on 465: runner-network-limited on 25, inconclusive, no required-service-unreachable', () => {
    const observations = fleet(2);
    const findings = judge(policy(), observations, NOW);
    expect(rulesOf(findings)).toEqual(['runner-network-limited warning 192.0.2.1:25 inconclusive', 'runner-network-limited warning 192.0.2.2:25 inconclusive']);
    expect(findings[0]!.message).toMatch(/port 25 timed out on every address of 2 hosts that answered on other ports \(mx1.example.com, mx2.example.com\), so the runner's network or a filter on its path drops it; nothing of mx1.example.com port 25 was tested, so its checks are inconclusive\./);
    expect(exitCodeOf(verdict(findings, 'error', isInconclusive(findings, observations)), 'error')).toBe(3);
    expect(judgeRun(policy(), observations, NOW).runnerNetwork).toEqual([
      { kind: 'port-filtered', port: 25, hosts: ['mx1.example.com', 'mx2.example.com'], addresses: ['192.0.2.1', '192.0.2.2'] },
    ]);
  });

  test('one host: ambiguous, so required-service-unreachable stays, saying the address answered on other ports', () => {
    const findings = judge(policy(), fleet(1), NOW);
    expect(rulesOf(findings)).toEqual(['required-service-unreachable error 192.0.2.1:25']);
    expect(findings[0]!.message).toMatch(/answered on other ports \(465\), so a filter on the path \(possibly the runner's\) may drop port 25/);
  });

  test('a host that answered on port 25 shows the runner can reach it: the timeouts are the servers\'', () => {
    const observations = [...fleet(2), good('mx9.example.com', '192.0.2.9', 'smtp')];
    expect(rulesOf(judge(policy(), observations, NOW))).toEqual(['required-service-unreachable error 192.0.2.1:25', 'required-service-unreachable error 192.0.2.2:25']);
  });

  test('addresses that answered nowhere else are down, not filtered', () => {
    const observations = [failed('mx1.example.com', '192.0.2.1', 'smtp', TIMEOUT), failed('mx2.example.com', '192.0.2.2', 'smtp', TIMEOUT)];
    const findings = judge(policy(), observations, NOW);
    expect(rulesOf(findings)).toEqual(['required-service-unreachable error 192.0.2.1:25', 'required-service-unreachable error 192.0.2.2:25']);
    expect(findings[0]!.message).not.toMatch(/other ports/);
  });

  test('a forbidden port that times out is what the policy asked for, not the runner\'s doing', () => {
    const observations = [
      ...fleet(2).filter((o) => o.endpoint.port !== 25),
      failed('mx1.example.com', '192.0.2.1', 'imap', TIMEOUT, { forbid: true }),
      failed('mx2.example.com', '192.0.2.2', 'imap', TIMEOUT, { forbid: true }),
    ];
    expect(judge(policy(), observations, NOW)).toEqual([]);
  });
});

describe('merging shard reports', () => {
  test('the same limit from several shards is one entry with every address', () => {
    expect(
      mergeRunnerLimits([
        [{ kind: 'no-route', family: 'ipv6', codes: ['ENETUNREACH'], addresses: ['2001:db8::2'] }],
        [
          { kind: 'port-filtered', port: 25, hosts: ['b', 'c'], addresses: ['192.0.2.3', '192.0.2.2'] },
          { kind: 'no-route', family: 'ipv6', codes: ['EADDRNOTAVAIL'], addresses: ['2001:db8::1'] },
        ],
      ]),
    ).toEqual([
      { kind: 'no-route', family: 'ipv6', codes: ['EADDRNOTAVAIL', 'ENETUNREACH'], addresses: ['2001:db8::1', '2001:db8::2'] },
      { kind: 'port-filtered', port: 25, hosts: ['b', 'c'], addresses: ['192.0.2.2', '192.0.2.3'] },
    ]);
  });
});
