import { conclusionCounts, exitCodeOf, hasInconclusive, isInconclusive, isInconclusiveOf, judge, nothingConcluded, verdict, type FailOn, type Observation, type Verdict } from '../../src/rules/judge.js';
import type { Endpoint } from '../../src/plan/types.js';
import type { ServiceName } from '../../src/policy/services.js';
import type { Finding } from '../../src/rules/types.js';
import { endpoint, goodFacts, HOST, NOW, policy, unreachableFacts, waiver } from './fixtures.js';

/** imaps with TLS 1.0 accepted: one tls-version-legacy finding under default settings. */
function legacyObservation(options: Parameters<typeof endpoint>[1] = {}, service: ServiceName = 'imaps'): Observation {
  const target = endpoint(service, options);
  const facts = goodFacts(target);
  facts.tls!.versionsAccepted = ['TLSv1', 'TLSv1.2', 'TLSv1.3'];
  return { endpoint: target, facts };
}

function noTls13Observation(): Observation {
  const target = endpoint('imaps');
  const facts = goodFacts(target);
  facts.tls = { ...facts.tls!, version: 'TLSv1.2', versionsAccepted: ['TLSv1.2'] };
  return { endpoint: target, facts };
}

describe('findings', () => {
  test('carry the endpoint, the location that asked for it and the default severity', () => {
    const [finding] = judge(policy(), [legacyObservation({ line: 12 })], NOW);
    expect(finding).toEqual<Finding>({
      rule: 'tls-version-legacy',
      severity: 'error',
      host: HOST,
      address: '192.0.2.1',
      port: 993,
      service: 'imaps',
      message: expect.stringContaining('TLSv1') as unknown as string,
      evidence: 'accepted: TLSv1, TLSv1.2, TLSv1.3',
      location: { file: 'policy.yml', line: 12, column: 7 },
      waived: false,
    });
  });

  test('healthy observations give no findings', () => {
    const target = endpoint('submission');
    expect(judge(policy(), [{ endpoint: target, facts: goodFacts(target) }], NOW)).toEqual([]);
  });

  test('one finding per rule per endpoint, even when the plan repeats an endpoint', () => {
    const observation = legacyObservation();
    expect(judge(policy(), [observation, observation], NOW)).toHaveLength(1);
  });
});

describe('severity overrides', () => {
  const at = { file: 'policy.yml', line: 30, column: 3 };

  test('an override replaces the default', () => {
    const findings = judge(policy({ rules: { 'tls-version-legacy': { severity: 'notice', location: at } } }), [legacyObservation()], NOW);
    expect(findings.map((finding) => finding.severity)).toEqual(['notice']);
  });

  test('off drops the rule', () => {
    const findings = judge(policy({ rules: { 'tls-version-legacy': { severity: 'off', location: at } } }), [legacyObservation()], NOW);
    expect(findings).toEqual([]);
  });

  test('a rule that is off by default produces nothing…', () => {
    expect(judge(policy(), [noTls13Observation()], NOW)).toEqual([]);
  });

  test('…until the policy turns it on', () => {
    const findings = judge(policy({ rules: { 'tls13-not-supported': { severity: 'warning', location: at } } }), [noTls13Observation()], NOW);
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([['tls13-not-supported', 'warning']]);
  });

  test('overrides apply to waiver-expired too', () => {
    const expired = waiver({ expires: '2026-01-01' });
    const findings = judge(policy({ waivers: [expired], rules: { 'waiver-expired': { severity: 'error', location: at } } }), [], NOW);
    expect(findings.map((finding) => finding.severity)).toEqual(['error']);
  });
});

describe('a host entry\'s own severity overrides', () => {
  const top = { file: 'policy.yml', line: 30, column: 3 };
  const own = { file: 'policy.yml', line: 8, column: 7 };
  const other = 'other.example.com';

  test('weigh the findings on that host\'s endpoints only, over the top-level override', () => {
    const mine = legacyObservation();
    mine.endpoint.rules = { 'tls-version-legacy': { severity: 'notice', location: own } };
    const theirs = legacyObservation({ host: other });
    const findings = judge(policy({ rules: { 'tls-version-legacy': { severity: 'warning', location: top } } }), [mine, theirs], NOW);
    expect(findings.map((f) => [f.host, f.severity])).toEqual([
      [HOST, 'notice'],
      [other, 'warning'],
    ]);
  });

  test('off turns a rule off for that host alone', () => {
    const mine = legacyObservation();
    mine.endpoint.rules = { 'tls-version-legacy': { severity: 'off', location: own } };
    const findings = judge(policy(), [mine, legacyObservation({ host: other })], NOW);
    expect(findings.map((f) => [f.host, f.rule, f.severity])).toEqual([[other, 'tls-version-legacy', 'error']]);
  });

  test('turn on a rule that is off by default, for that host alone', () => {
    const mine = noTls13Observation();
    mine.endpoint.rules = { 'tls13-not-supported': { severity: 'warning', location: own } };
    const theirs = noTls13Observation();
    theirs.endpoint.host = other;
    expect(judge(policy(), [mine, theirs], NOW).map((f) => [f.host, f.rule, f.severity])).toEqual([[HOST, 'tls13-not-supported', 'warning']]);
  });

  test('do not move the finding: it stays at the item that asked for the endpoint', () => {
    const mine = legacyObservation({ line: 12 });
    mine.endpoint.rules = { 'tls-version-legacy': { severity: 'notice', location: own } };
    expect(judge(policy(), [mine], NOW).map((f) => f.location)).toEqual([{ file: 'policy.yml', line: 12, column: 7 }]);
  });

  test('a waiver still covers what a host override weighs', () => {
    const mine = legacyObservation();
    mine.endpoint.rules = { 'tls-version-legacy': { severity: 'warning', location: own } };
    const [finding] = judge(policy({ waivers: [waiver()] }), [mine], NOW);
    expect(finding).toMatchObject({ severity: 'warning', waived: true });
  });
});

describe('where a finding points', () => {
  const itemSetting = { file: 'policy.yml', line: 14, column: 33 };

  test('at the item\'s own setting the finding was judged by', () => {
    const observation = legacyObservation({ line: 12 });
    observation.endpoint.settingLocations = { 'tls.min-version': itemSetting };
    expect(judge(policy(), [observation], NOW).map((f) => [f.rule, f.location])).toEqual([['tls-version-legacy', itemSetting]]);
  });

  test('at the item when the value came from the host or defaults (the item set something else)', () => {
    const observation = legacyObservation({ line: 12 });
    observation.endpoint.settingLocations = { 'certificate.min-days-left': itemSetting };
    expect(judge(policy(), [observation], NOW).map((f) => f.location.line)).toEqual([12]);
  });

  test('certificate findings at the item\'s certificate settings, others at the item', () => {
    const target = endpoint('imaps', { line: 12 });
    const facts = goodFacts(target);
    facts.tls!.certificate = { ...facts.tls!.certificate!, trusted: false, nameMatch: false, error: 'self signed certificate' };
    facts.tls!.versionsAccepted = ['TLSv1', 'TLSv1.2', 'TLSv1.3'];
    target.settingLocations = { 'certificate.verify': itemSetting };
    const lines = judge(policy(), [{ endpoint: target, facts }], NOW).map((f) => [f.rule, f.location.line]);
    expect(lines).toEqual([
      ['certificate-name-mismatch', 14],
      ['certificate-untrusted', 14],
      ['tls-version-legacy', 12],
    ]);
  });

  test('a step that ran out of the item\'s own timeout points at that timeout; a refusal does not', () => {
    const timeoutAt = { file: 'policy.yml', line: 15, column: 9 };
    const timedOut = endpoint('imaps', { line: 12 });
    timedOut.settingLocations = { timeout: timeoutAt };
    const refused = endpoint('imaps', { line: 12, port: 10993 });
    refused.settingLocations = { timeout: timeoutAt };
    const findings = judge(
      policy(),
      [
        { endpoint: timedOut, facts: { ...unreachableFacts(timedOut), error: { kind: 'timeout', step: 'connect', message: 'connect timed out' } } },
        { endpoint: refused, facts: unreachableFacts(refused) },
      ],
      NOW,
    );
    expect(findings.map((f) => [f.rule, f.port, f.location.line])).toEqual([
      ['required-service-unreachable', 993, 15],
      ['required-service-unreachable', 10993, 12],
    ]);
  });
});

describe('waivers', () => {
  test('an active waiver keeps the finding, marked waived with its reason', () => {
    const findings = judge(policy({ waivers: [waiver({ expires: '2026-12-31' })] }), [legacyObservation()], NOW);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tls-version-legacy', waived: true, waiverReason: 'old scanners; OPS-123' });
  });

  test('a waiver holds through the end of its expires day (UTC)', () => {
    const lastDay = waiver({ expires: '2026-03-15' });
    const endOfDay = new Date('2026-03-15T23:59:59.999Z');
    const nextDay = new Date('2026-03-16T00:00:00.000Z');
    expect(judge(policy({ waivers: [lastDay] }), [legacyObservation()], endOfDay).map((finding) => [finding.rule, finding.waived])).toEqual([
      ['tls-version-legacy', true],
    ]);
    expect(
      judge(policy({ waivers: [lastDay] }), [legacyObservation()], nextDay).map((finding) => [finding.rule, finding.waived]),
    ).toEqual([
      // No address sorts first within a host.
      ['waiver-expired', false],
      ['tls-version-legacy', false],
    ]);
  });

  test('an expired waiver stops waiving and is a finding at its own line', () => {
    const expired = waiver({ expires: '2026-02-28', location: { file: 'policy.yml', line: 41, column: 5 } });
    const findings = judge(policy({ waivers: [expired] }), [legacyObservation({ line: 12 })], NOW);
    const legacy = findings.find((finding) => finding.rule === 'tls-version-legacy');
    const lapsed = findings.find((finding) => finding.rule === 'waiver-expired');
    expect(legacy?.waived).toBe(false);
    expect(lapsed).toMatchObject({
      severity: 'warning',
      host: HOST,
      address: null,
      service: null,
      port: null,
      location: { file: 'policy.yml', line: 41, column: 5 },
      waived: false,
    });
    expect(lapsed!.message).toContain('2026-02-28');
    expect(lapsed!.message).toContain('tls-version-legacy');
  });

  test('an expired waiver that matched nothing is still reported', () => {
    const findings = judge(policy({ waivers: [waiver({ host: 'gone.example.com', expires: '2025-06-30', port: 10993 })] }), [], NOW);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'waiver-expired', host: 'gone.example.com', port: 10993 });
  });

  test('a port-specific waiver covers only that port', () => {
    const onCustomPort = legacyObservation({ port: 10993 });
    const onDefaultPort = legacyObservation();
    const findings = judge(policy({ waivers: [waiver({ port: 10993 })] }), [onDefaultPort, onCustomPort], NOW);
    expect(findings.map((finding) => [finding.port, finding.waived])).toEqual([
      [993, false],
      [10993, true],
    ]);
  });

  test('a waiver without a port covers every port of the host', () => {
    const findings = judge(policy({ waivers: [waiver()] }), [legacyObservation(), legacyObservation({ port: 10993 })], NOW);
    expect(findings.every((finding) => finding.waived)).toBe(true);
  });

  test('a waiver needs the same rule and host (case and trailing dot aside)', () => {
    const observations = [legacyObservation(), legacyObservation({ host: 'other.example.com' })];
    const findings = judge(policy({ waivers: [waiver({ host: 'MAIL.example.com.' }), waiver({ rule: 'certificate-weak', host: 'other.example.com' })] }), observations, NOW);
    expect(findings.map((finding) => [finding.host, finding.waived])).toEqual([
      [HOST, true],
      ['other.example.com', false],
    ]);
  });

  test('an unreadable expires date never waives', () => {
    const findings = judge(policy({ waivers: [waiver({ expires: 'someday' })] }), [legacyObservation()], NOW);
    expect(findings.map((finding) => [finding.rule, finding.waived])).toEqual([
      ['waiver-expired', false],
      ['tls-version-legacy', false],
    ]);
  });
});

describe('order', () => {
  test('sorted by host, address, port, service, rule whatever the input order', () => {
    const unreachable = (target: Endpoint): Observation => ({ endpoint: target, facts: unreachableFacts(target) });
    const observations: Observation[] = [
      unreachable(endpoint('pop3s', { host: 'b.example.com', address: '192.0.2.9' })),
      unreachable(endpoint('imaps', { host: 'b.example.com', address: '192.0.2.10' })),
      unreachable(endpoint('smtp', { host: 'a.example.com', address: '2001:db8::1' })),
      unreachable(endpoint('imaps', { host: 'b.example.com', address: '192.0.2.9' })),
      unreachable(endpoint('submissions', { host: 'a.example.com', address: null })),
    ];
    const cert = endpoint('imaps', { host: 'c.example.com' });
    const certFacts = goodFacts(cert);
    certFacts.tls!.certificate = { ...certFacts.tls!.certificate!, trusted: false, nameMatch: false };
    observations.unshift({ endpoint: cert, facts: certFacts });
    const key = (finding: Finding): string => `${finding.host} ${finding.address} ${finding.port} ${finding.rule}`;
    const expected = [
      'a.example.com null 465 required-service-unreachable',
      'a.example.com 2001:db8::1 25 required-service-unreachable',
      'b.example.com 192.0.2.9 993 required-service-unreachable',
      'b.example.com 192.0.2.9 995 required-service-unreachable',
      'b.example.com 192.0.2.10 993 required-service-unreachable',
      'c.example.com 192.0.2.1 993 certificate-name-mismatch',
      'c.example.com 192.0.2.1 993 certificate-untrusted',
    ];
    expect(judge(policy(), observations, NOW).map(key)).toEqual(expected);
    expect(judge(policy(), [...observations].reverse(), NOW).map(key)).toEqual(expected);
  });
});

function finding(severity: Finding['severity'], waived = false, rule: Finding['rule'] = 'certificate-weak'): Finding {
  return {
    rule,
    severity,
    host: HOST,
    address: null,
    port: null,
    service: null,
    message: 'm',
    evidence: null,
    location: { file: 'policy.yml', line: 1, column: 1 },
    waived,
    // As the rules mark them: a service-busy finding says a check could not be concluded.
    ...(rule === 'service-busy' ? { inconclusive: true as const } : {}),
  };
}

describe('verdict', () => {
  type Expected = Record<FailOn, Verdict>;
  test.each<[string, Finding[], Expected]>([
    ['no findings', [], { error: 'pass', warning: 'pass', notice: 'pass', inconclusive: 'pass', never: 'pass' }],
    ['an error', [finding('error')], { error: 'fail', warning: 'fail', notice: 'fail', inconclusive: 'fail', never: 'pass' }],
    ['a warning', [finding('warning')], { error: 'pass', warning: 'fail', notice: 'fail', inconclusive: 'pass', never: 'pass' }],
    ['a notice', [finding('notice')], { error: 'pass', warning: 'pass', notice: 'fail', inconclusive: 'pass', never: 'pass' }],
    ['a waived error', [finding('error', true)], { error: 'pass', warning: 'pass', notice: 'pass', inconclusive: 'pass', never: 'pass' }],
    [
      'a service-busy warning',
      [finding('warning', false, 'service-busy')],
      { error: 'inconclusive', warning: 'fail', notice: 'fail', inconclusive: 'fail', never: 'inconclusive' },
    ],
    [
      'a service-busy warning beside an error',
      [finding('warning', false, 'service-busy'), finding('error')],
      { error: 'fail', warning: 'fail', notice: 'fail', inconclusive: 'fail', never: 'inconclusive' },
    ],
    [
      'a waived service-busy',
      [finding('warning', true, 'service-busy')],
      { error: 'pass', warning: 'pass', notice: 'pass', inconclusive: 'pass', never: 'pass' },
    ],
  ])('%s', (_name, findings, expected) => {
    for (const failOn of ['error', 'warning', 'notice', 'inconclusive', 'never'] as const) {
      expect([failOn, verdict(findings, failOn)]).toEqual([failOn, expected[failOn]]);
    }
  });

  test('exit codes: 0 pass, 1 fail, 3 inconclusive (0 with fail-on never)', () => {
    expect(exitCodeOf('pass', 'error')).toBe(0);
    expect(exitCodeOf('fail', 'error')).toBe(1);
    expect(exitCodeOf('inconclusive', 'error')).toBe(3);
    expect(exitCodeOf('inconclusive', 'warning')).toBe(3);
    expect(exitCodeOf('inconclusive', 'never')).toBe(0);
  });

  test('a run whose every required endpoint is unreachable or busy is inconclusive even with those findings off', () => {
    const a = endpoint('smtp', { port: 25 });
    const b = endpoint('imaps', { port: 993 });
    const down: Observation[] = [
      { endpoint: a, facts: unreachableFacts(a) },
      { endpoint: b, facts: { ...unreachableFacts(b), reachable: true, connections: 2, error: { kind: 'closed', step: 'greeting', message: 'closed', busy: true } } },
    ];
    expect(nothingConcluded(down)).toBe(true);
    expect(isInconclusive([], down)).toBe(true);
    expect(verdict([], 'error', isInconclusive([], down))).toBe('inconclusive');
    const up: Observation[] = [down[0]!, { endpoint: b, facts: goodFacts(b) }];
    expect(nothingConcluded(up)).toBe(false);
    // A merge judges by the counts its shards carry: the same counts, the same answer.
    expect(conclusionCounts(down)).toEqual({ required: 2, concluded: 0, forbidden: 0, forbiddenResolved: 0 });
    expect(isInconclusiveOf([], conclusionCounts(down))).toBe(true);
    expect(isInconclusiveOf([], conclusionCounts(up))).toBe(false);
    // Forbidden endpoints say nothing about a host that is down.
    const forbidden = endpoint('pop3', { port: 110, expectation: 'forbid' });
    expect(nothingConcluded([...down, { endpoint: forbidden, facts: unreachableFacts(forbidden) }])).toBe(true);
    expect(nothingConcluded([{ endpoint: forbidden, facts: unreachableFacts(forbidden) }])).toBe(false);
  });

  test('forbidden services only, on a host name that did not resolve: nothing was looked at, so never a pass', () => {
    const unresolved = (service: ServiceName, port: number): Observation => {
      const target: Endpoint = { ...endpoint(service, { port, expectation: 'forbid', address: null, host: 'typo.example.invalid' }), resolveError: 'ENOTFOUND' };
      return { endpoint: target, facts: { ...unreachableFacts(target), connections: 0, error: { kind: 'unresolved', step: 'resolve', message: 'ENOTFOUND' } } };
    };
    const observations = [unresolved('imap', 143), unresolved('pop3', 110)];
    const findings = judge(policy(), observations, NOW);
    // One per forbidden service, each on the line that forbade it.
    expect(findings.map((f) => [f.rule, f.severity, f.port, f.inconclusive])).toEqual([
      ['check-inconclusive', 'warning', 110, true],
      ['check-inconclusive', 'warning', 143, true],
    ]);
    expect(verdict(findings, 'error', isInconclusive(findings, observations))).toBe('inconclusive');
    // Turned off, the findings are gone, but the run is still no pass.
    const quiet = judge(policy({ rules: { 'check-inconclusive': { severity: 'off', location: { file: 'policy.yml', line: 1, column: 1 } } } }), observations, NOW);
    expect(quiet).toEqual([]);
    expect(nothingConcluded(observations)).toBe(true);
    expect(exitCodeOf(verdict(quiet, 'error', isInconclusive(quiet, observations)), 'error')).toBe(3);
    // One forbidden host that resolved (and was closed, as it should be) is a conclusion.
    const closed = endpoint('pop3', { port: 110, expectation: 'forbid', host: 'other.example.com' });
    expect(nothingConcluded([...observations, { endpoint: closed, facts: unreachableFacts(closed) }])).toBe(false);
  });
});

describe('hasInconclusive', () => {
  test('an unwaived inconclusive finding makes the run inconclusive, whatever its rule', () => {
    expect(hasInconclusive([finding('warning', false, 'service-busy')])).toBe(true);
    expect(hasInconclusive([{ ...finding('notice'), inconclusive: true }])).toBe(true);
    expect(hasInconclusive([{ ...finding('notice'), inconclusive: true, waived: true }])).toBe(false);
    expect(hasInconclusive([finding('warning', true, 'service-busy')])).toBe(false);
    expect(hasInconclusive([finding('error')])).toBe(false);
  });
});
