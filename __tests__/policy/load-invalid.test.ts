// Invalid policies: every problem found at once, each at the exact line and column, in
// words a person can act on; and no policy returned.
import { formatProblem, parsePolicy } from '../../src/policy/load.js';

type Expected = [line: number, column: number, message: string];

const HOST = 'version: 1\nhosts:\n  - host: mail.example.com\n';

const cases: Array<[name: string, source: string, expected: Expected[]]> = [
  // YAML syntax
  ['unclosed flow list', 'version: 1\nhosts: [\n', [[2, 8, 'this [ is never closed']]],
  ['duplicate key, named with the first line', 'version: 1\nhosts: []\nversion: 1\n', [[3, 1, "duplicate key 'version' (first set at line 1)"]]],
  ['duplicate key inside a host', `${HOST}    require: [smtp]\n    host: b.example.com\n`, [[5, 5, "duplicate key 'host' (first set at line 3)"]]],
  ['tab indentation', 'version: 1\nhosts:\n\t- host: a.example.com\n', [[3, 1, 'tabs are not allowed for indentation']]],
  ['unterminated quote', 'version: 1\nhosts:\n  - host: "mail.example.com\n', [[3, 11, 'this quoted string is never closed']]],
  ['item without its dash', `${HOST}   require: [smtp]\n`, [[4, 1, 'sequence item without - indicator']]],
  ['key without a colon', 'version: 1\nhosts\n  - host: a.example.com\n', [[2, 1, "a key must be followed by ':' on the same line"]]],
  ['two keys on one line', 'version: 1\nhosts: host: a.example.com\n', [[2, 8, 'a mapping cannot start on the same line as its key']]],
  ['reserved character', `${HOST}    require: [@smtp]\n`, [[4, 15, 'plain value cannot start with reserved character @; quote the value']]],
  ['alias to an anchor never written', 'version: 1\nhosts: *mx\n', [[2, 8, 'alias *mx refers to no anchor &mx']]],
  ['unknown tag', `${HOST}    require: !vault c210cA==\n`, [[4, 14, 'unresolved tag: !vault; a policy uses plain YAML values only']]],
  ['binary where a list belongs', `${HOST}    require: !!binary c210cA==\n`, [[4, 23, 'hosts[0].require must be a list; found binary data']]],
  // the document as a whole
  ['empty file', '', [[1, 1, 'the policy is empty']]],
  ['only comments', '# nothing here\n   # still nothing\n', [[1, 1, 'the policy is empty']]],
  ['two documents', `${HOST}    require: [smtp]\n---\nversion: 1\n`, [[5, 1, 'one YAML document']]],
  ['a top-level list', '- version: 1\n', [[1, 1, 'must be a mapping of keys such as version and hosts; found a list']]],
  ['a top-level scalar', 'mail.example.com\n', [[1, 1, 'must be a mapping of keys such as version and hosts; found a single value']]],
  ['version missing', 'hosts:\n  - host: a.example.com\n    require: [smtp]\n', [[1, 1, "the policy is missing required key 'version'"]]],
  ['version 2', `version: 2\nhosts:\n  - host: a.example.com\n    require: [smtp]\n`, [[1, 10, 'version must be 1, the only policy format version; found 2']]],
  ['version as text', `version: "1"\nhosts:\n  - host: a.example.com\n    require: [smtp]\n`, [[1, 10, "found '1'"]]],
  ['nothing to check', 'version: 1\nhosts: []\n', [[1, 1, 'no hosts and no domains']]],
  ['unknown top-level key', `${HOST}    require: [smtp]\nhost: x\n`, [[5, 1, "unknown key 'host' in the policy (did you mean 'hosts'?)"]]],
  // hosts and services
  ['misspelt key, with suggestion', `${HOST}    require: [smtp]\n    forbd: [imap]\n`, [[5, 5, "unknown key 'forbd' in hosts[0] (did you mean 'forbid'?)"]]],
  ['misspelt host key explains the missing one', 'version: 1\nhosts:\n  - hots: a.example.com\n    require: [smtp]\n', [[3, 5, "unknown key 'hots' in hosts[0] (did you mean 'host'?)"]]],
  ['host key missing', 'version: 1\nhosts:\n  - require: [smtp]\n', [[3, 5, "hosts[0] is missing required key 'host'"]]],
  ['unknown service, with suggestion', `${HOST}    require: [imapz]\n`, [[4, 15, "'imapz' is not a known service; expected one of smtp, submission"]]],
  ['unknown service suggestion names it', `${HOST}    require: [imapz]\n`, [[4, 15, "(did you mean 'imaps'?)"]]],
  ['unknown service in a mapping item', `${HOST}    forbid:\n      - { service: pop, port: 110 }\n`, [[5, 20, "'pop' is not a known service"]]],
  ['a number as a service', `${HOST}    require: [25]\n`, [[4, 15, 'hosts[0].require[0] must be a service name such as imaps, or a mapping with service and its own port or settings; found 25']]],
  ['port 0', `${HOST}    require: [{ service: imaps, port: 0 }]\n`, [[4, 39, 'hosts[0].require[0].port must be a port number from 1 to 65535; found 0']]],
  ['port 70000', `${HOST}    require:\n      - service: imaps\n        port: 70000\n`, [[6, 15, 'must be a port number from 1 to 65535; found 70000']]],
  ['port as text', `${HOST}    require: [{ service: imaps, port: "993" }]\n`, [[4, 39, "port must be a port number from 1 to 65535; found '993'"]]],
  ['misspelt key in a service mapping', `${HOST}    require: [{ service: imaps, prot: 993 }]\n`, [[4, 33, "unknown key 'prot' in hosts[0].require[0] (did you mean 'port'?)"]]],
  ['service mapping without service', `${HOST}    require: [{ port: 993 }]\n`, [[4, 15, "hosts[0].require[0] is missing required key 'service'"]]],
  ['require as a single name', `${HOST}    require: smtp\n`, [[4, 14, "hosts[0].require must be a list; found 'smtp'"]]],
  ['host with a scheme', 'version: 1\nhosts:\n  - host: smtp://mail.example.com\n    require: [smtp]\n', [[3, 11, 'has a scheme']]],
  ['host with a port', 'version: 1\nhosts:\n  - host: mail.example.com:25\n    require: [smtp]\n', [[3, 11, 'has a port']]],
  ['host with a path', 'version: 1\nhosts:\n  - host: mail.example.com/imap\n    require: [smtp]\n', [[3, 11, 'has a path']]],
  ['bracketed IPv6', 'version: 1\nhosts:\n  - host: "[2001:db8::1]"\n    require: [smtp]\n', [[3, 11, 'has brackets']]],
  ['bad IPv6', 'version: 1\nhosts:\n  - host: "2001:db8::1::2"\n    require: [smtp]\n', [[3, 11, "hosts[0].host '2001:db8::1::2' is not a valid IPv6 address"]]],
  ['bad IPv4', 'version: 1\nhosts:\n  - host: 192.0.2.300\n    require: [smtp]\n', [[3, 11, 'is not a valid IPv4 address']]],
  ['host as a number', 'version: 1\nhosts:\n  - host: 42\n    require: [smtp]\n', [[3, 11, 'hosts[0].host must be a host name such as mail.example.com or an IP address; found 42']]],
  ['host with nothing to check', 'version: 1\nhosts:\n  - host: mail.example.com\n    require: []\n', [[3, 5, 'host mail.example.com requires and forbids nothing']]],
  ['required and forbidden', `${HOST}    require: [smtp, imaps]\n    forbid: [imap, smtp]\n`, [[5, 20, 'smtp on port 25 is both required (line 4) and forbidden for mail.example.com']]],
  ['listed twice through an alias spelling', `${HOST}    require:\n      - submissions\n      - smtps\n`, [[6, 9, 'submissions on port 465 is listed twice for mail.example.com (first at line 5)']]],
  ['one port for two services', `${HOST}    require: [imaps, { service: pop3s, port: 993 }]\n`, [[4, 22, 'port 993 is given to both imaps (line 4) and pop3s']]],
  [
    'duplicate host, however spelt',
    'version: 1\nhosts:\n  - host: mail.example.com\n    require: [smtp]\n  - host: MAIL.example.com.\n    forbid: [imap]\n',
    [[5, 11, 'host mail.example.com is listed twice (first at line 3)']],
  ],
  // settings
  ['duration without unit', `version: 1\ndefaults:\n  timeout: 10\n${HOST.slice(11)}    require: [smtp]\n`, [[3, 12, 'defaults.timeout must be a duration such as 500ms, 10s or 2m; found 10']]],
  ['duration with a space', `version: 1\ndefaults:\n  timeout: 10 s\n${HOST.slice(11)}    require: [smtp]\n`, [[3, 12, "found '10 s'"]]],
  ['duration too long', `version: 1\ndefaults:\n  timeout: 11m\n${HOST.slice(11)}    require: [smtp]\n`, [[3, 12, "defaults.timeout '11m' is out of range: the longest allowed is 10m"]]],
  ['duration too short on a host', `${HOST}    require: [smtp]\n    timeout: 99ms\n`, [[5, 14, "hosts[0].timeout '99ms' is out of range: the shortest allowed is 100ms"]]],
  ['unknown TLS version', `version: 1\ndefaults:\n  tls:\n    min-version: "1.4"\n${HOST.slice(11)}    require: [smtp]\n`, [[4, 18, "'1.4' is not a known TLS version; expected one of 1.0, 1.1, 1.2, 1.3"]]],
  ['unquoted unknown TLS version', `${HOST}    require: [smtp]\n    tls: { min-version: 2 }\n`, [[5, 25, '2 is not a known TLS version']]],
  ['unknown TLS profile', `version: 1\ndefaults:\n  tls:\n    profile: strict\n${HOST.slice(11)}    require: [smtp]\n`, [[4, 14, "'strict' is not a known Mozilla Server Side TLS profile; expected one of modern, intermediate, old"]]],
  ['TLS profile on a host, misspelt', `${HOST}    require: [smtp]\n    tls: { profile: Modern }\n`, [[5, 21, "'Modern' is not a known Mozilla Server Side TLS profile; expected one of modern, intermediate, old (did you mean 'modern'?)"]]],
  ['min-days-left out of range', `version: 1\ndefaults:\n  certificate: { min-days-left: 4000 }\n${HOST.slice(11)}    require: [smtp]\n`, [[3, 33, 'must be a whole number of days from 0 to 3650; found 4000']]],
  ['min-days-left fractional', `version: 1\ndefaults:\n  certificate: { min-days-left: 1.5 }\n${HOST.slice(11)}    require: [smtp]\n`, [[3, 33, 'found 1.5']]],
  ['verify as yes', `version: 1\ndefaults:\n  certificate: { verify: yes }\n${HOST.slice(11)}    require: [smtp]\n`, [[3, 26, "defaults.certificate.verify must be true or false; found 'yes'"]]],
  ['unknown addresses', `${HOST}    require: [smtp]\n    addresses: every\n`, [[5, 16, "'every' is not a known address selection; expected one of all, first, ipv4, ipv6"]]],
  ['unknown key in defaults', `version: 1\ndefaults:\n  min-version: "1.2"\n${HOST.slice(11)}    require: [smtp]\n`, [[3, 3, "unknown key 'min-version' in defaults"]]],
  // domains
  ['domain as an IP', 'version: 1\ndomains:\n  - domain: 192.0.2.1\n', [[3, 13, 'must be a domain name, not an IP address']]],
  ['unknown mta-sts mode', 'version: 1\ndomains:\n  - domain: example.com\n    mta-sts: enforcing\n', [[4, 14, "'enforcing' is not a known MTA-STS expectation; expected one of enforce, testing, off (did you mean 'enforce'?)"]]],
  ['unknown dane expectation', 'version: 1\ndomains:\n  - domain: example.com\n    dane: require\n', [[4, 11, "'require' is not a known DANE expectation; expected one of required, optional, off (did you mean 'required'?)"]]],
  ['dane as a boolean', 'version: 1\ndomains:\n  - domain: example.com\n    dane: true\n', [[4, 11, 'true is not a known DANE expectation; expected one of required, optional, off']]],
  // DANE matches TLSA records against the chain port 25 presents: the policy must probe it.
  [
    'dane without mx, at its key',
    'version: 1\ndomains:\n  - domain: example.com\n    dane: required\n',
    [[4, 5, "dane: required matches each MX host's TLSA records against the certificate chain its port 25 presents after STARTTLS, so that port must be probed: add 'mx: { require: [smtp] }' to this domain"]],
  ],
  [
    'dane with an mx list that has no smtp, spelt back with smtp added',
    'version: 1\ndomains:\n  - domain: example.com\n    mx: { require: [submission, imaps] }\n    dane: optional\n',
    [[5, 5, "dane: optional matches each MX host's TLSA records against the certificate chain its port 25 presents after STARTTLS, but mx: require does not ask for smtp: add smtp to that list (did you mean 'mx: { require: [submission, imaps, smtp] }'?)"]],
  ],
  [
    'dane with an mx list of mappings and no smtp: no spelling back that would drop their settings',
    'version: 1\ndomains:\n  - domain: example.com\n    dane: required\n    mx:\n      require:\n        - { service: submissions, port: 10465, timeout: 30s }\n',
    [[4, 5, 'but mx: require does not ask for smtp: add smtp to that list']],
  ],
  ['mx without require', 'version: 1\ndomains:\n  - domain: example.com\n    mx: {}\n', [[4, 9, "domains[0].mx is missing required key 'require'"]]],
  ['duplicate domain', 'version: 1\ndomains:\n  - domain: example.com\n  - domain: Example.com.\n', [[4, 13, 'domain example.com is listed twice (first at line 3)']]],
  // rules
  ['unknown rule id', `${HOST}    require: [smtp]\nrules:\n  certificate-expring: warning\n`, [[6, 3, "unknown rule 'certificate-expring' in rules (did you mean 'certificate-expiring'?)"]]],
  ['unknown severity', `${HOST}    require: [smtp]\nrules:\n  certificate-expiring: warn\n`, [[6, 25, "'warn' is not a known severity; expected one of error, warning, notice, off (did you mean 'warning'?)"]]],
  // waivers
  [
    'waiver for an unknown host',
    `${HOST}    require: [smtp]\nwaivers:\n  - rule: certificate-expiring\n    host: mail.example.org\n    reason: migration\n    expires: 2027-01-31\n`,
    [[7, 11, "waiver for mail.example.org, which is neither a host in hosts nor a domain in domains (did you mean 'mail.example.com'?)"]],
  ],
  [
    'waiver with an unknown rule',
    `${HOST}    require: [smtp]\nwaivers:\n  - rule: tls-version-old\n    host: mail.example.com\n    reason: migration\n    expires: 2027-01-31\n`,
    [[6, 11, "'tls-version-old' is not a known rule; expected one of"]],
  ],
  [
    'waiver on February 30th',
    `${HOST}    require: [smtp]\nwaivers:\n  - rule: certificate-expiring\n    host: mail.example.com\n    reason: migration\n    expires: 2027-02-30\n`,
    [[9, 14, 'waivers[0].expires 2027-02-30 is not a real date: February 2027 has 28 days']],
  ],
  [
    'waiver in month 13',
    `${HOST}    require: [smtp]\nwaivers:\n  - rule: certificate-expiring\n    host: mail.example.com\n    reason: migration\n    expires: 2027-13-01\n`,
    [[9, 14, 'there is no month 13']],
  ],
  [
    'waiver date in another format',
    `${HOST}    require: [smtp]\nwaivers:\n  - rule: certificate-expiring\n    host: mail.example.com\n    reason: migration\n    expires: 31/01/2027\n`,
    [[9, 14, "waivers[0].expires must be a date written YYYY-MM-DD; found '31/01/2027'"]],
  ],
  [
    'waiver with a blank reason',
    `${HOST}    require: [smtp]\nwaivers:\n  - rule: certificate-expiring\n    host: mail.example.com\n    reason: "  "\n    expires: 2027-01-31\n`,
    [[8, 13, 'waivers[0].reason must say why the waiver exists']],
  ],
  [
    'waiver without reason and expiry, said once at the waiver',
    `${HOST}    require: [smtp]\nwaivers:\n  - rule: certificate-expiring\n    host: mail.example.com\n`,
    [[6, 5, "waivers[0] is missing required keys 'reason' and 'expires'"]],
  ],
];

describe('invalid policies', () => {
  test.each(cases)('%s', (_name, source, expected) => {
    const result = parsePolicy(source, 'policy.yml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const got = result.problems.map((p) => [p.location.line, p.location.column, formatProblem(p)] as const);
    expect(got).toHaveLength(expected.length);
    expected.forEach(([line, column, message], i) => {
      expect(got[i]![0]).toBe(line);
      expect(got[i]![1]).toBe(column);
      expect(got[i]![2]).toContain(`policy.yml:${line}:${column}: `);
      expect(got[i]![2]).toContain(message);
    });
  });
});

describe('every problem at once', () => {
  const source = [
    'version: 1', //                                   1
    'defaults:', //                                    2
    '  timeout: 1h', //                                3  bad duration
    'hosts:', //                                       4
    '  - host: mail.example.com', //                   5
    '    require: [imapz, smtp]', //                   6  unknown service
    '    forbid: [smtp]', //                           7  required and forbidden
    '  - host: mail.example.com', //                   8  duplicate host
    '    require: [{ service: imaps, port: 0 }]', //   9  port 0
    'rules:', //                                       10
    '  waiver-expird: error', //                       11 unknown rule
    'waivers:', //                                     12
    '  - rule: certificate-expired', //                13
    '    host: other.example.com', //                  14 unknown host
    '    reason: lab', //                              15
    '    expires: 2027-04-31', //                      16 impossible date
  ].join('\n');

  test('are reported together, sorted by line and column, and no policy is returned', () => {
    const result = parsePolicy(source, 'p.yml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.location.line, p.location.column])).toEqual([
      [3, 12],
      [6, 15],
      [7, 14],
      [8, 11],
      [9, 39],
      [11, 3],
      [14, 11],
      [16, 14],
    ]);
    expect(result.problems[7]!.message).toContain('April 2027 has 30 days');
    expect(result).not.toHaveProperty('policy');
  });
});

describe('formatProblem', () => {
  test('is file:line:col: message', () => {
    expect(formatProblem({ location: { file: 'a/b.yml', line: 12, column: 3 }, message: 'something is off' })).toBe(
      'a/b.yml:12:3: something is off',
    );
  });
});
