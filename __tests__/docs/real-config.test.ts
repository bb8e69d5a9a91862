// Where the real-server suite (test/real/up.sh) configures Postfix, Dovecot or nginx so that a rule
// passes, the rule's page must show that same setting with that same value: the page's advice is
// then what the suite runs against every change. Paths and host names differ between the two
// (certbot's layout and mail.example.com on the page, the run's directory and host in the
// script), so both are normalised before comparing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../src/rules/registry.js';
import { MOZILLA_INTERMEDIATE_CIPHERS } from '../../src/rules/cipher-fixes.js';
import type { RuleId } from '../../src/rules/types.js';

const UP = readFileSync(fileURLToPath(new URL('../../test/real/up.sh', import.meta.url)), 'utf8');

/** The text between two markers of up.sh; fails loudly when the script changed shape. */
function between(start: string, end: string): string {
  const from = UP.indexOf(start);
  const to = UP.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`test/real/up.sh no longer has ${JSON.stringify(start)} … ${JSON.stringify(end)}`);
  return UP.slice(from + start.length, to);
}

/** The configurations that make the well-configured scenarios pass. */
const SECTIONS = {
  // main.cf, and the master.cf services of the good host (with their -o overrides).
  postfix: between('cat >"$PF/main.cf" <<EOF', '\nEOF') + between('# The well-configured host: MX on 25', '# The plaintext host'),
  dovecotGood: between('dovecot_common good', '} >"$RUN/dovecot/good.conf"'),
  // Certificate scenarios: IMAPS only, the cleartext listeners closed (what forbid asks for).
  dovecotCerts: between('dovecot_common certs', '} >"$RUN/dovecot/certs.conf"'),
  nginx: between('# The well-configured host: port 80', '# The plaintext host'),
} as const;
type Section = keyof typeof SECTIONS;

/** Paths, addresses and host names as placeholders; shell escapes undone. */
function normalise(value: string): string {
  return value
    .replace(/\\\$/g, '$')
    .replace(/\$\(bind \w+ (\d+)\)/g, '$1')
    .replace(/\$\(host_of \w+\)|\bmail\.example\.com\b/g, 'HOST')
    .replace(/(^|[\s,<=])(?:\$[A-Z]+)?\/[^\s,;]*/g, '$1PATH')
    .replace(/\s+/g, ' ')
    .trim();
}

type Kind = 'postfix' | 'dovecot' | 'nginx';

/**
 * The `name = value` settings of a piece of configuration (nginx: `name args;`). Dovecot's are
 * named by the blocks they sit in (`service imap-login / inet_listener imaps / ssl`), so a
 * listener's `ssl = yes` is not taken for the global `ssl`.
 */
function settings(text: string, kind: Kind): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const blocks: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.endsWith('{')) {
      blocks.push(line.slice(0, -1).trim().replace(/\s+/g, ' '));
      continue;
    }
    if (line === '}') {
      blocks.pop();
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    let m: RegExpExecArray | null;
    if (kind === 'nginx') {
      m = /^([a-z_]+)\s+(.*);$/.exec(line);
    } else if (kind === 'postfix' && line.startsWith('-o ')) {
      m = /^-o ([a-z0-9_]+)=(.*)$/.exec(line);
    } else {
      m = /^([a-z0-9_]+)\s*=\s*(.*)$/.exec(line);
    }
    if (m) out.push([kind === 'dovecot' ? [...blocks, m[1]!].join(' / ') : m[1]!, normalise(m[2]!)]);
  }
  return out;
}

function valuesOf(section: Section, kind: Kind): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [name, value] of settings(SECTIONS[section], kind)) {
    if (!map.has(name)) map.set(name, new Set());
    map.get(name)!.add(value);
  }
  return map;
}

/** The rules the real-server suite checks, and which configuration makes each pass, per server. */
const COVERED: ReadonlyArray<[RuleId, Kind, Section]> = [
  ['required-service-unreachable', 'postfix', 'postfix'],
  ['required-service-unreachable', 'dovecot', 'dovecotGood'],
  ['required-service-unreachable', 'nginx', 'nginx'],
  ['forbidden-service-reachable', 'dovecot', 'dovecotCerts'],
  ['tls-handshake-failed', 'postfix', 'postfix'],
  ['tls-handshake-failed', 'dovecot', 'dovecotGood'],
  ['tls-handshake-failed', 'nginx', 'nginx'],
  ['starttls-not-offered', 'postfix', 'postfix'],
  ['starttls-not-offered', 'dovecot', 'dovecotGood'],
  ['starttls-failed', 'postfix', 'postfix'],
  ['starttls-failed', 'dovecot', 'dovecotGood'],
  ['plaintext-auth-offered', 'postfix', 'postfix'],
  ['plaintext-auth-offered', 'dovecot', 'dovecotGood'],
  ['http-not-redirected', 'nginx', 'nginx'],
  ['tls-version-legacy', 'postfix', 'postfix'],
  ['tls-version-legacy', 'dovecot', 'dovecotGood'],
  ['tls-version-legacy', 'nginx', 'nginx'],
  ...(['certificate-untrusted', 'certificate-name-mismatch', 'certificate-expired', 'certificate-expiring'] as const).flatMap(
    (rule): Array<[RuleId, Kind, Section]> => [
      [rule, 'postfix', 'postfix'],
      [rule, 'dovecot', 'dovecotGood'],
      [rule, 'nginx', 'nginx'],
    ],
  ),
  // The cipher pages: Dovecot and nginx run Mozilla's intermediate list and RFC 7919's group as
  // the pages show them; Postfix keeps anonymous suites out where TLS is mandatory and serves the
  // same group. (Its weak-suite exclusions add aNULL, so that the well-configured host shows not
  // even a notice; the forward-secrecy page's kRSA is not set: port 25 stays opportunistic.)
  ...(['tls-cipher-weak', 'tls-cipher-anonymous', 'tls-forward-secrecy-missing', 'tls-dh-weak'] as const).flatMap(
    (rule): Array<[RuleId, Kind, Section]> => [
      [rule, 'dovecot', 'dovecotGood'],
      [rule, 'nginx', 'nginx'],
    ],
  ),
  ['tls-cipher-anonymous', 'postfix', 'postfix'],
  ['tls-dh-weak', 'postfix', 'postfix'],
];

/**
 * The lines the suite's passing configuration rests on, which the pages must show word for word,
 * and the scenario configuration that must hold them (the one the suite shows passing).
 */
const KEY_LINES: ReadonlyArray<[RuleId, Kind, string, Section]> = [
  ['plaintext-auth-offered', 'postfix', 'smtpd_tls_auth_only = yes', 'postfix'],
  ['plaintext-auth-offered', 'dovecot', 'disable_plaintext_auth = yes', 'dovecotGood'],
  ['starttls-not-offered', 'postfix', 'smtpd_tls_security_level = may', 'postfix'],
  ['starttls-not-offered', 'dovecot', 'ssl = yes', 'dovecotGood'],
  ['tls-version-legacy', 'postfix', 'smtpd_tls_protocols = >=TLSv1.2', 'postfix'],
  ['tls-version-legacy', 'postfix', 'smtpd_tls_mandatory_protocols = >=TLSv1.2', 'postfix'],
  ['tls-version-legacy', 'dovecot', 'ssl_min_protocol = TLSv1.2', 'dovecotGood'],
  ['tls-version-legacy', 'nginx', 'ssl_protocols TLSv1.2 TLSv1.3;', 'nginx'],
  ['http-not-redirected', 'nginx', 'return 301 https://$host$request_uri;', 'nginx'],
  ['tls-handshake-failed', 'postfix', '-o smtpd_tls_wrappermode=yes', 'postfix'],
  ['forbidden-service-reachable', 'dovecot', 'port = 0', 'dovecotCerts'],
  ['tls-cipher-weak', 'dovecot', `ssl_cipher_list = ${MOZILLA_INTERMEDIATE_CIPHERS}`, 'dovecotGood'],
  ['tls-cipher-weak', 'nginx', `ssl_ciphers ${MOZILLA_INTERMEDIATE_CIPHERS};`, 'nginx'],
  ['tls-cipher-anonymous', 'postfix', 'smtpd_tls_mandatory_exclude_ciphers = aNULL', 'postfix'],
];

/** The master.cf entry of the good host's service on a port: its line and the -o lines under it. */
function goodService(port: number): string[] {
  const lines = SECTIONS.postfix.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`$(bind good ${port})`));
  if (start < 0) throw new Error(`test/real/up.sh has no master.cf entry for the good host's port ${port}`);
  const entry = [lines[start]!];
  for (const l of lines.slice(start + 1)) {
    if (!/^\s+-o /.test(l)) break;
    entry.push(l.trim());
  }
  return entry;
}

describe('rule pages agree with the real-server configuration', () => {
  test.each(COVERED)('%s on %s: every setting the suite also sets has the suite\'s value', (rule, kind, section) => {
    const fix = RULES[rule].servers[kind];
    expect(fix).toBeDefined();
    const suite = valuesOf(section, kind);
    const shown = settings(fix!.settings, kind);
    const checked = shown.filter(([name]) => suite.has(name));
    // The page shows at least one setting the suite relies on…
    expect(checked.length).toBeGreaterThan(0);
    // …and none with a value the suite does not use.
    const differing = checked.filter(([name, value]) => !suite.get(name)!.has(value)).map(([name, value]) => `${name} = ${value} (suite: ${[...suite.get(name)!].join(' | ')})`);
    expect(differing).toEqual([]);
  });

  test.each(KEY_LINES)('%s on %s shows %s, as the passing scenario (%s) sets it', (rule, kind, line, section) => {
    const snippet = RULES[rule].servers[kind]!.settings.split('\n').map((l) => l.trim());
    expect(snippet).toContain(line);
    const scenario = SECTIONS[section].split('\n').map((l) => l.trim().replace(/\\\$/g, '$'));
    expect(scenario).toContain(line);
  });

  // The page's setting must be what makes the rule pass, not a setting that another one makes moot.
  test('Postfix: AUTH on submission before TLS is kept back by smtpd_tls_auth_only, not by encrypt', () => {
    const main = valuesOf('postfix', 'postfix');
    expect([...main.get('smtpd_tls_auth_only')!]).toEqual(['yes']);
    const submission = goodService(587);
    expect(submission).toContain('-o smtpd_sasl_auth_enable=yes');
    // Neither overridden on the service (main.cf's may and yes apply), nor implied by wrapper mode.
    expect(submission.filter((l) => /smtpd_tls_security_level|smtpd_tls_auth_only|smtpd_tls_wrappermode/.test(l))).toEqual([]);
    expect(UP).toMatch(/^smtpd_tls_security_level = may$/m);
  });

  test('Dovecot: no cleartext login before TLS comes from disable_plaintext_auth, not from ssl = required', () => {
    const good = valuesOf('dovecotGood', 'dovecot');
    expect([...good.get('ssl')!]).toEqual(['yes']);
    expect([...good.get('disable_plaintext_auth')!]).toEqual(['yes']);
    expect(good.get('auth_mechanisms')).toBeUndefined();
  });

  test('normalising makes paths, bound addresses and host names comparable', () => {
    expect(normalise('<$PKI/good.pem')).toBe('<PATH');
    expect(normalise('$PKI/good.key, $PKI/good.pem')).toBe('PATH, PATH');
    expect(normalise('/etc/letsencrypt/live/mail.example.com/privkey.pem, /etc/letsencrypt/live/mail.example.com/fullchain.pem')).toBe('PATH, PATH');
    expect(normalise('$(bind good 443) ssl')).toBe('443 ssl');
    expect(normalise('https://$host$request_uri')).toBe('https://$host$request_uri');
    expect(normalise('>=TLSv1.2')).toBe('>=TLSv1.2');
  });
});
