// Settings per service and severities per host: a `require:` item's own tls, certificate and
// timeout (a `forbid:` item's own timeout), a host entry's own `rules:`, each loaded with the
// place that wrote it, and every bad one an error at its file, line and column.
import { formatProblem, parsePolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';

const FILE = 'policy.yml';
const at = (line: number, column: number) => ({ file: FILE, line, column });

function loaded(source: string): Policy {
  const result = parsePolicy(source, FILE);
  if (!result.ok) throw new Error(`expected a valid policy, got:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.policy;
}

describe('a require item with settings of its own', () => {
  const source = [
    'version: 1', //                                                        1
    'defaults:', //                                                         2
    '  tls: { min-version: "1.2" }', //                                     3
    'hosts:', //                                                            4
    '  - host: mx1.example.com', //                                         5
    '    certificate: { min-days-left: 30 }', //                            6
    '    require:', //                                                      7
    '      - { service: smtp, tls: { min-version: "1.0" } }', //            8
    '      - service: submission', //                                       9
    '        certificate:', //                                              10
    '          verify: false', //                                           11
    '        timeout: 30s', //                                              12
    '      - imaps', //                                                     13
    '    forbid:', //                                                       14
    '      - { service: imap, timeout: 2s }', //                            15
    '    rules:', //                                                        16
    '      certificate-expiring: notice', //                                17
    '      tls13-not-supported: warning', //                                18
    'rules:', //                                                            19
    '  certificate-expiring: error', //                                     20
    'domains:', //                                                          21
    '  - domain: example.com', //                                           22
    '    mx: { require: [{ service: smtp, tls: { min-version: 1.0 } }] }', // 23
    '',
  ].join('\n');

  test('keeps what the item wrote, and where it wrote each setting', () => {
    const [host] = loaded(source).hosts;
    expect(host!.require).toEqual([
      {
        service: 'smtp',
        port: 25,
        location: at(8, 9),
        settings: { tls: { 'min-version': '1.0' } },
        settingLocations: { 'tls.min-version': at(8, 33) },
      },
      {
        service: 'submission',
        port: 587,
        location: at(9, 9),
        settings: { certificate: { verify: false }, timeout: '30s' },
        settingLocations: { 'certificate.verify': at(11, 11), timeout: at(12, 9) },
      },
      { service: 'imaps', port: 993, location: at(13, 9) },
    ]);
    expect(host!.forbid).toEqual([
      { service: 'imap', port: 143, location: at(15, 9), settings: { timeout: '2s' }, settingLocations: { timeout: at(15, 26) } },
    ]);
  });

  test("the host's own settings stay the host's: an item's settings do not leak into them", () => {
    const [host] = loaded(source).hosts;
    expect(host).toMatchObject({ tls: { minVersion: '1.2' }, certificate: { verify: true, minDaysLeft: 30 }, timeoutMs: 10_000 });
  });

  test('a host carries its own severity overrides, each at its key; the top-level ones stay apart', () => {
    const policy = loaded(source);
    expect(policy.hosts[0]!.rules).toEqual({
      'certificate-expiring': { severity: 'notice', location: at(17, 7) },
      'tls13-not-supported': { severity: 'warning', location: at(18, 7) },
    });
    expect(policy.rules).toEqual({ 'certificate-expiring': { severity: 'error', location: at(20, 3) } });
  });

  test('an item under a domain\'s mx: takes settings too (the YAML number 1.0 as written)', () => {
    const [domain] = loaded(source).domains;
    expect(domain!.mx!.require).toEqual([
      { service: 'smtp', port: 25, location: at(23, 21), settings: { tls: { 'min-version': 1 } }, settingLocations: { 'tls.min-version': at(23, 45) } },
    ]);
  });

  test('settings shared through a YAML alias point at the alias, in the entry that used it (as merge keys do)', () => {
    const policy = loaded(
      [
        'version: 1', //                                                          1
        'hosts:', //                                                              2
        '  - host: a.example.com', //                                             3
        '    require:', //                                                        4
        '      - service: smtp', //                                               5
        '        tls: &opportunistic', //                                         6
        '          min-version: "1.0"', //                                        7
        '  - host: b.example.com', //                                             8
        '    require:', //                                                        9
        '      - { service: smtp, port: 2525, tls: *opportunistic, timeout: 20s }', // 10
        '',
      ].join('\n'),
    );
    expect(policy.hosts.map((h) => [h.require[0]!.settings, h.require[0]!.settingLocations])).toEqual([
      [{ tls: { 'min-version': '1.0' } }, { 'tls.min-version': at(7, 11) }],
      [{ tls: { 'min-version': '1.0' }, timeout: '20s' }, { 'tls.min-version': at(10, 43), timeout: at(10, 59) }],
    ]);
  });

  test('a host without rules: and a bare item carry nothing extra', () => {
    const policy = loaded('version: 1\nhosts:\n  - host: a.example.com\n    require: [smtp, { service: imaps, port: 10993 }]\n');
    expect(policy.hosts[0]!.rules).toBeUndefined();
    expect(policy.hosts[0]!.require.map((r) => 'settings' in r || 'settingLocations' in r)).toEqual([false, false]);
  });
});

type Expected = [line: number, column: number, message: string];

const HOST = 'version: 1\nhosts:\n  - host: mail.example.com\n';

const invalid: Array<[name: string, source: string, expected: Expected[]]> = [
  ['unknown TLS version on an item', `${HOST}    require:\n      - { service: smtp, tls: { min-version: "1.4" } }\n`, [[5, 46, "'1.4' is not a known TLS version; expected one of 1.0, 1.1, 1.2, 1.3; 1.3 is the newest"]]],
  ['unknown key in an item, with suggestion', `${HOST}    require:\n      - { service: smtp, tsl: { min-version: "1.0" } }\n`, [[5, 26, "unknown key 'tsl' in hosts[0].require[0] (did you mean 'tls'?)"]]],
  ['misspelt key in an item\'s certificate', `${HOST}    require:\n      - service: smtp\n        certificate: { verfy: false }\n`, [[6, 24, "unknown key 'verfy' in hosts[0].require[0].certificate (did you mean 'verify'?)"]]],
  ['wrong type in an item\'s certificate', `${HOST}    require:\n      - service: smtp\n        certificate: { verify: "no" }\n`, [[6, 32, "hosts[0].require[0].certificate.verify must be true or false; found 'no'"]]],
  ['tls as a version, not a mapping', `${HOST}    require:\n      - { service: imaps, tls: "1.2" }\n`, [[5, 32, "hosts[0].require[0].tls must be a mapping; found '1.2'"]]],
  ['min-version right under the item', `${HOST}    require:\n      - service: smtp\n        min-version: "1.0"\n`, [[6, 9, "unknown key 'min-version' in hosts[0].require[0] (did you mean 'tls: { min-version: … }'?)"]]],
  ['min-version right under the host', `${HOST}    min-version: "1.0"\n    require: [smtp]\n`, [[4, 5, "unknown key 'min-version' in hosts[0] (did you mean 'tls: { min-version: … }'?)"]]],
  ['profile right under the item', `${HOST}    require:\n      - { service: imaps, profile: modern }\n`, [[5, 27, "unknown key 'profile' in hosts[0].require[0] (did you mean 'tls: { profile: … }'?)"]]],
  ['profile right under the host', `${HOST}    profile: intermediate\n    require: [smtp]\n`, [[4, 5, "unknown key 'profile' in hosts[0] (did you mean 'tls: { profile: … }'?)"]]],
  ['min-days-left right under the item', `${HOST}    require:\n      - { service: imaps, min-days-left: 30 }\n`, [[5, 27, "unknown key 'min-days-left' in hosts[0].require[0] (did you mean 'certificate: { min-days-left: … }'?)"]]],
  ['a rule id right under the host', `${HOST}    require: [smtp]\n    certificate-expiring: notice\n`, [[5, 5, "unknown key 'certificate-expiring' in hosts[0] (did you mean 'rules: { certificate-expiring: … }'?)"]]],
  ['a domain rule id right under the host', `${HOST}    require: [smtp]\n    mta-sts-missing: off\n`, [[5, 5, "unknown key 'mta-sts-missing' in hosts[0] (did you mean 'rules: { mta-sts-missing: … }' at the top level? it judges a domain or the policy itself, not this host's endpoints)"]]],
  ['addresses on an item', `${HOST}    require:\n      - { service: smtp, addresses: first }\n`, [[5, 26, "unknown key 'addresses' in hosts[0].require[0]: which addresses are probed is decided for the whole host; set addresses on the host entry"]]],
  ['rules on an item', `${HOST}    require:\n      - service: smtp\n        rules: { tls-version-legacy: off }\n`, [[6, 9, "unknown key 'rules' in hosts[0].require[0]: severities are set for a host (its rules) or for the whole policy (the top-level rules), not for one service"]]],
  ['tls on a forbidden item', `${HOST}    forbid:\n      - { service: imap, tls: { min-version: "1.0" } }\n`, [[5, 26, "unknown key 'tls' in hosts[0].forbid[0]: a forbidden service is only checked for being unreachable, so it takes no tls settings (only port and timeout)"]]],
  ['certificate on a forbidden item', `${HOST}    forbid:\n      - service: pop3\n        certificate: { verify: false }\n`, [[6, 9, 'so it takes no certificate settings (only port and timeout)']]],
  ['an item timeout out of range', `${HOST}    require:\n      - { service: smtp, timeout: 20m }\n`, [[5, 35, "hosts[0].require[0].timeout '20m' is out of range"]]],
  ['a forbidden item timeout out of range', `${HOST}    forbid:\n      - { service: imap, timeout: 5ms }\n`, [[5, 35, "hosts[0].forbid[0].timeout '5ms' is out of range"]]],
  ['an item timeout not a duration', `${HOST}    require:\n      - { service: smtp, timeout: soon }\n`, [[5, 35, "hosts[0].require[0].timeout must be a duration such as 500ms, 10s or 2m; found 'soon'"]]],
  ['an mx item with a bad version', 'version: 1\ndomains:\n  - domain: example.com\n    mx:\n      require: [{ service: smtp, tls: { min-version: 1.5 } }]\n', [[5, 54, '1.5 is not a known TLS version']]],
  ['unknown rule in host rules, with suggestion', `${HOST}    require: [smtp]\n    rules:\n      tls-versoin-legacy: off\n`, [[6, 7, "unknown rule 'tls-versoin-legacy' in hosts[0].rules (did you mean 'tls-version-legacy'?)"]]],
  ['a domain rule in host rules', `${HOST}    require: [smtp]\n    rules: { tls-rpt-missing: off }\n`, [[5, 14, "rule 'tls-rpt-missing' in hosts[0].rules judges a domain or the policy itself, not this host's endpoints; set its severity in the top-level rules"]]],
  ['a policy rule in host rules', `${HOST}    require: [smtp]\n    rules: { waiver-expired: notice }\n`, [[5, 14, "rule 'waiver-expired' in hosts[0].rules judges a domain or the policy itself"]]],
  ['unknown severity in host rules', `${HOST}    require: [smtp]\n    rules: { certificate-expiring: warn }\n`, [[5, 36, "'warn' is not a known severity; expected one of error, warning, notice, off (did you mean 'warning'?)"]]],
  ['host rules as a list', `${HOST}    require: [smtp]\n    rules: [certificate-expiring]\n`, [[5, 12, 'hosts[0].rules must be a mapping; found a list']]],
];

describe('bad per-service settings and host severities, each at its place', () => {
  test.each(invalid)('%s', (_name, source, expected) => {
    const result = parsePolicy(source, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const got = result.problems.map((p) => [p.location.line, p.location.column, formatProblem(p)] as const);
    expect(got.map(([, , message]) => message)).toHaveLength(expected.length);
    expected.forEach(([line, column, message], i) => {
      expect(got[i]![2]).toContain(`${FILE}:${line}:${column}: `);
      expect(got[i]![2]).toContain(message);
    });
  });
});

test('a TLS version below every known one gets no guess at which was meant', () => {
  const result = parsePolicy(`${HOST}    require:\n      - { service: smtp, tls: { min-version: "0.9" } }\n`, FILE);
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
    "policy.yml:5:46: '0.9' is not a known TLS version; expected one of 1.0, 1.1, 1.2, 1.3",
  ]);
});
