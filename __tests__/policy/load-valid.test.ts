// Valid policies load to exactly the Policy the rest of the program expects: defaults
// applied, aliases and spellings normalised, every item at the place that wrote it.
import { readFileSync } from 'node:fs';
import { loadPolicyFile, parsePolicy } from '../../src/policy/load.js';
import type { PolicyLoadResult } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import type { HostSettings, ServiceRequest } from '../../src/policy/types.js';

const FIXTURES = '__tests__/fixtures/policies';
const FILE = 'edge-cases.yml';

function loaded(result: PolicyLoadResult): Policy {
  if (!result.ok) throw new Error(`expected a valid policy, got:\n${result.problems.map((p) => p.message).join('\n')}`);
  return result.policy;
}

const at = (line: number, column: number) => ({ file: FILE, line, column });
const request = (service: ServiceRequest['service'], port: number, line: number, column: number): ServiceRequest => ({
  service,
  port,
  location: at(line, column),
});

describe('a policy using comments, anchors, merge keys, quoted keys, aliases and overrides', () => {
  const policy = () => loaded(parsePolicy(readFileSync(`${FIXTURES}/${FILE}`), FILE));
  const defaults: HostSettings = {
    tls: { minVersion: '1.3' }, // written unquoted: the YAML number 1.3
    certificate: { verify: true, minDaysLeft: 30 },
    timeoutMs: 120_000,
    addresses: 'all',
  };
  const secure = [request('submissions', 465, 11, 25), request('imaps', 993, 11, 32)];

  test('defaults layer over the built-in settings', () => {
    expect(policy().defaults).toEqual(defaults);
    expect(policy().version).toBe(1);
    expect(policy().file).toBe(FILE);
  });

  test('a host name is lower-cased and loses its trailing dot; its overrides layer over defaults', () => {
    expect(policy().hosts[0]).toEqual({
      host: 'mx1.example.com',
      tls: { minVersion: '1.3' },
      certificate: { verify: false, minDaysLeft: 30 },
      timeoutMs: 500,
      addresses: 'all',
      require: secure, // smtps is the alias of submissions
      forbid: [request('imap', 143, 12, 16)],
      location: at(10, 5),
    });
  });

  test('a merge key copies an entry; keys written beside it win', () => {
    expect(policy().hosts[1]).toEqual({
      host: 'mx2.example.com',
      tls: { minVersion: '1.3' },
      certificate: { verify: false, minDaysLeft: 30 },
      timeoutMs: 500,
      addresses: 'first',
      // merged in: located at the << of this entry, not at the first host's lines
      require: [request('submissions', 465, 15, 5), request('imaps', 993, 15, 5)],
      forbid: [request('imap', 143, 15, 5)],
      location: at(15, 5),
    });
  });

  test('an IPv6 literal is written in its short form; a custom port and an aliased list keep their places', () => {
    expect(policy().hosts[2]).toEqual({
      host: '2001:db8::1',
      tls: { minVersion: '1.0' },
      certificate: { verify: true, minDaysLeft: 30 },
      timeoutMs: 120_000,
      addresses: 'all',
      require: [request('managesieve', 2000, 20, 9), request('https', 443, 21, 9)],
      // an alias: located where this entry uses it
      forbid: [request('submissions', 465, 22, 13), request('imaps', 993, 22, 13)],
      location: at(18, 5),
    });
  });

  test('domains take their defaults for what they leave out', () => {
    expect(policy().domains).toEqual([
      {
        domain: 'example.com',
        mx: { require: [request('smtp', 25, 26, 21)] },
        mtaSts: 'testing',
        tlsRpt: 'off',
        dane: 'off',
        location: at(25, 5),
        keyLocations: { mtaSts: at(27, 5) },
      },
    ]);
  });

  test('rule severities are kept with the key that set them', () => {
    expect(policy().rules).toEqual({
      'tls13-not-supported': { severity: 'notice', location: at(29, 3) },
      'certificate-weak': { severity: 'off', location: at(30, 3) },
    });
  });

  test('a waiver may name an IP host however it is spelt, on a leap day', () => {
    expect(policy().waivers).toEqual([
      {
        rule: 'certificate-untrusted',
        host: '2001:db8::1',
        port: null,
        reason: 'lab box, no public CA',
        expires: '2028-02-29',
        location: at(32, 5),
      },
    ]);
  });
});

describe('smallest policies', () => {
  test('a host with only forbid gets the built-in defaults', () => {
    const policy = loaded(parsePolicy('version: 1\nhosts:\n  - host: 192.0.2.10\n    forbid: [pop3]\n', 'p.yml'));
    expect(policy).toEqual({
      file: 'p.yml',
      version: 1,
      defaults: { tls: { minVersion: '1.2' }, certificate: { verify: true, minDaysLeft: 21 }, timeoutMs: 10_000, addresses: 'all' },
      hosts: [
        {
          host: '192.0.2.10',
          tls: { minVersion: '1.2' },
          certificate: { verify: true, minDaysLeft: 21 },
          timeoutMs: 10_000,
          addresses: 'all',
          require: [],
          forbid: [{ service: 'pop3', port: 110, location: { file: 'p.yml', line: 4, column: 14 } }],
          location: { file: 'p.yml', line: 3, column: 5 },
        },
      ],
      domains: [],
      rules: {},
      waivers: [],
    });
  });

  test('a domain-only policy is valid; mx absent is null', () => {
    const policy = loaded(parsePolicy('version: 1\ndomains:\n  - domain: example.net\n    tls-rpt: required\n', 'p.yml'));
    expect(policy.hosts).toEqual([]);
    expect(policy.domains).toEqual([
      {
        domain: 'example.net',
        mx: null,
        mtaSts: 'off',
        tlsRpt: 'required',
        dane: 'off',
        location: { file: 'p.yml', line: 3, column: 5 },
        keyLocations: { tlsRpt: { file: 'p.yml', line: 4, column: 5 } },
      },
    ]);
  });

  test('dane: each expectation is kept with the place of its key', () => {
    for (const dane of ['required', 'optional', 'off'] as const) {
      const policy = loaded(parsePolicy(`version: 1\ndomains:\n  - domain: example.net\n    mx: { require: [smtp] }\n    dane: ${dane}\n`, 'p.yml'));
      expect(policy.domains[0]).toMatchObject({ dane, keyLocations: { dane: { file: 'p.yml', line: 5, column: 5 } } });
    }
  });

  test('dane needs smtp under mx: any port of it will do, as a name or a mapping; dane: off needs no mx at all', () => {
    const domain = (lines: string) => parsePolicy(`version: 1\ndomains:\n  - domain: example.net\n${lines}`, 'p.yml');
    for (const mx of ['mx: { require: [imaps, smtp] }', 'mx: { require: [{ service: smtp, port: 2525 }] }', 'mx: { require: [{ service: smtp, tls: { min-version: "1.0" } }] }']) {
      expect(loaded(domain(`    ${mx}\n    dane: required\n`)).domains[0]!.dane).toBe('required');
    }
    expect(loaded(domain('    dane: off\n')).domains[0]!.dane).toBe('off');
    // Without smtp, an mx list of mappings is not spelt back: a rewrite would drop their settings.
    const refused = domain('    mx: { require: [{ service: imaps, timeout: 30s }] }\n    dane: required\n');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems.map((p) => p.message)).toEqual([expect.stringMatching(/add smtp to that list$/)]);
  });

  test('a byte order mark and CRLF line ends are fine, and do not shift columns', () => {
    const text = '\ufeffversion: 1\r\nhosts:\r\n  - host: mail.example.com\r\n    require: [imaps]\r\n';
    const policy = loaded(parsePolicy(Buffer.from(text, 'utf8'), 'p.yml'));
    expect(policy.hosts[0]!.require).toEqual([{ service: 'imaps', port: 993, location: { file: 'p.yml', line: 4, column: 15 } }]);
  });

  test('TLS versions written as YAML numbers are normalised (1.0 arrives as 1)', () => {
    const policy = loaded(
      parsePolicy('version: 1\ndefaults: {tls: {min-version: 1.0}}\nhosts: [{host: a.example.com, require: [smtp], tls: {min-version: 1.1}}]\n', 'p.yml'),
    );
    expect(policy.defaults.tls.minVersion).toBe('1.0');
    expect(policy.hosts[0]!.tls.minVersion).toBe('1.1');
  });

  test('addresses: ipv4 in defaults, ipv6 on a host', () => {
    const policy = loaded(
      parsePolicy('version: 1\ndefaults: {addresses: ipv4}\nhosts: [{host: a.example.com, require: [smtp]}, {host: b.example.com, require: [smtp], addresses: ipv6}]\n', 'p.yml'),
    );
    expect([policy.defaults.addresses, ...policy.hosts.map((h) => h.addresses)]).toEqual(['ipv4', 'ipv4', 'ipv6']);
  });

  test('durations at both bounds are accepted', () => {
    const policy = loaded(
      parsePolicy('version: 1\ndefaults: {timeout: 100ms}\nhosts: [{host: a.example.com, require: [smtp], timeout: 10m}]\n', 'p.yml'),
    );
    expect(policy.defaults.timeoutMs).toBe(100);
    expect(policy.hosts[0]!.timeoutMs).toBe(600_000);
  });
});

describe('loadPolicyFile', () => {
  test('reads a file and names it in locations by the display name', async () => {
    const policy = loaded(await loadPolicyFile(`${FIXTURES}/${FILE}`, FILE));
    expect(policy.file).toBe(FILE);
    expect(policy.hosts[0]!.location).toEqual(at(10, 5));
  });

  test('without a display name, locations name the path', async () => {
    const path = `${FIXTURES}/${FILE}`;
    const policy = loaded(await loadPolicyFile(path));
    expect(policy.hosts[0]!.location.file).toBe(path);
  });
});

describe('tls.profile', () => {
  const policyOf = (text: string) => loaded(parsePolicy(Buffer.from(text), 'profile.yml'));

  test('set in defaults, it reaches every host; a host sets its own over it; min-version layers beside it', () => {
    const policy = policyOf(
      'version: 1\ndefaults:\n  tls: { profile: intermediate }\nhosts:\n  - host: a.example.com\n    require: [imaps]\n  - host: b.example.com\n    require: [imaps]\n    tls: { profile: modern }\n  - host: c.example.com\n    require: [smtp]\n    tls: { min-version: "1.0" }\n',
    );
    expect(policy.defaults.tls).toEqual({ minVersion: '1.2', profile: 'intermediate' });
    expect(policy.hosts.map((h) => h.tls)).toEqual([
      { minVersion: '1.2', profile: 'intermediate' },
      { minVersion: '1.2', profile: 'modern' },
      { minVersion: '1.0', profile: 'intermediate' },
    ]);
  });

  test('without one, no profile is set', () => {
    const policy = policyOf('version: 1\nhosts:\n  - host: a.example.com\n    require: [imaps]\n');
    expect(policy.hosts[0]!.tls).toEqual({ minVersion: '1.2' });
    expect('profile' in policy.hosts[0]!.tls).toBe(false);
  });
});
