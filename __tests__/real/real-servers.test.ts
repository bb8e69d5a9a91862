// The gate against real mail servers nobody on the team wrote: Postfix, Dovecot and nginx from the
// distribution's packages, started on loopback by test/real/up.sh (one address and host name per
// scenario). The built CLI checks policies over them and must report exactly the findings each
// scenario was built to show; `openssl s_client` then checks the same facts as a second client.
//
// Runs only with MAIL_TLS_GATE_REAL=1 (which .ci/run sets once up.sh has succeeded). Then a server
// that is not there is a failure, never a skip. Locally:
//   sudo bash test/real/up.sh
//   MAIL_TLS_GATE_REAL=1 MAIL_TLS_GATE_REAL_ENV=<the path up.sh prints> npm test
//   sudo bash test/real/down.sh
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as http from 'node:http';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DAY_MS } from '../../src/common/time.js';
import { Semaphore } from '../../src/probe/semaphore.js';
import { runProgram } from '../support/system-tool.js';

const REAL = process.env.MAIL_TLS_GATE_REAL === '1';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

// ---------------------------------------------------------------------------------------------
// What up.sh runs, and what the gate must say of it.

type Service =
  | 'smtp'
  | 'submission'
  | 'submissions'
  | 'imap'
  | 'imaps'
  | 'pop3'
  | 'pop3s'
  | 'managesieve'
  | 'https'
  | 'http';

const PORT: Readonly<Record<Service, number>> = {
  smtp: 25,
  submission: 587,
  submissions: 465,
  imap: 143,
  imaps: 993,
  pop3: 110,
  pop3s: 995,
  managesieve: 4190,
  https: 443,
  http: 80,
};

/** How `openssl s_client` reaches TLS on each service: STARTTLS dialect, or implicit (null). */
const STARTTLS: Readonly<Record<Service, string | null>> = {
  smtp: 'smtp',
  submission: 'smtp',
  submissions: null,
  imap: 'imap',
  imaps: null,
  pop3: 'pop3',
  pop3s: null,
  managesieve: 'sieve',
  https: null,
  http: null,
};

type Scenario = 'good' | 'plain' | 'legacy' | 'expired' | 'expiring' | 'selfsigned' | 'wrongname' | 'closed';

const NO_TLS = ['plaintext-auth-offered', 'starttls-not-offered'];
// The legacy host also serves a NULL-encryption suite, an anonymous one and DHE with a 1024-bit
// group (test/real/up.sh): each cipher rule at its default severity.
const LEGACY = ['tls-version-legacy', 'tls-cipher-weak', 'tls-cipher-anonymous', 'tls-dh-weak'];
const onCertificateHost = (rule: string): Partial<Record<Service, string[]>> => ({
  smtp: [rule], // Postfix, STARTTLS
  imaps: [rule], // Dovecot, implicit TLS
  https: [rule], // nginx
});

/** Per scenario, the services the policy requires and the exact rule ids each must produce. */
const REQUIRED: Readonly<Record<Scenario, Partial<Record<Service, string[]>>>> = {
  good: {
    smtp: [],
    submission: [],
    submissions: [],
    imap: [],
    imaps: [],
    pop3: [],
    pop3s: [],
    managesieve: [],
    https: [],
    http: [],
  },
  plain: {
    smtp: NO_TLS,
    submission: NO_TLS,
    imap: NO_TLS,
    pop3: NO_TLS,
    managesieve: NO_TLS,
    http: ['http-not-redirected'],
  },
  legacy: { imap: LEGACY, imaps: LEGACY, https: LEGACY },
  expired: onCertificateHost('certificate-expired'),
  expiring: onCertificateHost('certificate-expiring'),
  selfsigned: onCertificateHost('certificate-untrusted'),
  wrongname: onCertificateHost('certificate-name-mismatch'),
  closed: { imaps: ['required-service-unreachable'] },
};

/** Services the policy forbids; nothing listens there, so they produce no finding. */
const FORBIDDEN: Readonly<Partial<Record<Scenario, Service[]>>> = {
  closed: ['smtp', 'submission', 'imap', 'pop3', 'managesieve', 'http'],
};

const SEVERITY: Readonly<Record<string, string>> = { 'certificate-expiring': 'warning', 'tls-cipher-anonymous': 'notice', 'tls-dh-weak': 'warning' };

/** Per profile run: the host, its profile, and the exact rule ids each required service must produce. */
const PROFILES: readonly { scenario: Scenario; profile: 'modern' | 'intermediate'; expected: Partial<Record<Service, string[]>> }[] = [
  // Mozilla's intermediate turns tls-forward-secrecy-missing on at error: the legacy host's RSA key transport.
  { scenario: 'legacy', profile: 'intermediate', expected: { imaps: [...LEGACY, 'tls-forward-secrecy-missing'], https: [...LEGACY, 'tls-forward-secrecy-missing'] } },
  // Mozilla's modern is TLS 1.3 only: the well-configured host's TLS 1.2 is tls-version-legacy.
  { scenario: 'good', profile: 'modern', expected: { imaps: ['tls-version-legacy'], https: ['tls-version-legacy'] } },
];

// ---------------------------------------------------------------------------------------------
// Report shapes (only what is read here).

interface CertificateFacts {
  subject: string;
  san: string[];
  notBefore: string;
  notAfter: string;
  daysLeft: number;
  trusted: boolean;
  nameMatch: boolean;
  fingerprint256?: string;
}

interface EndpointReport {
  host: string;
  address: string | null;
  port: number;
  service: string;
  reachable: boolean;
  plaintext: { starttls: boolean; authBeforeTls: string[]; commandInjection: boolean | null } | null;
  tls: { version: string | null; versionsAccepted: string[]; certificate: CertificateFacts | null } | null;
  http: { status: number | null; location: string | null } | null;
}

interface Finding {
  rule: string;
  severity: string;
  host: string;
  port: number;
  waived: boolean;
}

interface Report {
  summary: { errors: number; warnings: number; result: string };
  endpoints: EndpointReport[];
  findings: Finding[];
}

interface GateRun {
  code: number | null;
  report: Report;
}

interface CipherAnswers {
  picked: { suite: string; classes: string[] }[];
  accepted: string[];
  refused: string[];
  untested: string[];
  dhBits?: number;
}

/** The cipher facts of an endpoint (the report's tls.ciphers), read apart from the typed shape above. */
function ciphersOf(endpoint: EndpointReport): Record<string, CipherAnswers> {
  return (endpoint.tls as { ciphers?: Record<string, CipherAnswers> } | null)?.ciphers ?? {};
}

// ---------------------------------------------------------------------------------------------
// The environment up.sh wrote.

interface RealEnv {
  ca: string;
  hosts: Record<Scenario, { name: string; address: string }>;
}

function readEnv(): RealEnv {
  const file = process.env.MAIL_TLS_GATE_REAL_ENV ?? join(tmpdir(), 'mail-tls-gate-real.env');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `MAIL_TLS_GATE_REAL=1 but ${file} does not exist: start the servers with \`sudo bash test/real/up.sh\` and set MAIL_TLS_GATE_REAL_ENV to the path it prints`,
    );
  }
  const vars = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) vars.set(m[1]!, m[2]!);
  }
  const hosts: Partial<RealEnv['hosts']> = {};
  for (const entry of (vars.get('MAIL_TLS_GATE_REAL_HOSTS') ?? '').split(/\s+/).filter(Boolean)) {
    const [scenario, name, address] = entry.split(':');
    if (scenario && name && address) hosts[scenario as Scenario] = { name, address };
  }
  const missing = (Object.keys(REQUIRED) as Scenario[]).filter((s) => !hosts[s]);
  if (missing.length > 0) throw new Error(`${file} names no host for: ${missing.join(', ')} (re-run test/real/up.sh)`);
  const ca = vars.get('MAIL_TLS_GATE_REAL_CA');
  if (!ca) throw new Error(`${file} has no MAIL_TLS_GATE_REAL_CA`);
  return { ca, hosts: hosts as RealEnv['hosts'] };
}

/** A program run from the repository root; the deadline is 20 s unless given. */
const run = (command: string, args: string[], options: { input?: string; timeoutMs?: number } = {}) =>
  runProgram(command, args, { ...options, cwd: ROOT });

/** Runs `jobs` at most `limit` at a time, keeping their order. */
function pooled<T>(jobs: (() => Promise<T>)[], limit = 4): Promise<T[]> {
  const slots = new Semaphore(limit);
  return Promise.all(jobs.map((job) => slots.run(job)));
}

// ---------------------------------------------------------------------------------------------
// The gate

let env: RealEnv;
let scratch: string;
const runs: Record<'all' | 'good' | 'forbid' | 'profiles', GateRun> = {} as Record<'all' | 'good' | 'forbid' | 'profiles', GateRun>;

interface HostPolicy {
  scenario: Scenario;
  require?: Service[];
  forbid?: Service[];
  profile?: 'modern' | 'intermediate' | 'old';
}

function policyText(hosts: HostPolicy[]): string {
  const lines = ['version: 1', 'hosts:'];
  for (const h of hosts) {
    lines.push(`  - host: ${env.hosts[h.scenario].name}`);
    if (h.require?.length) lines.push(`    require: [${h.require.join(', ')}]`);
    if (h.forbid?.length) lines.push(`    forbid: [${h.forbid.join(', ')}]`);
    if (h.profile) lines.push(`    tls: { profile: ${h.profile} }`);
  }
  return lines.join('\n') + '\n';
}

async function checkPolicy(name: string, hosts: HostPolicy[]): Promise<GateRun> {
  const file = join(scratch, `${name}.yml`);
  await writeFile(file, policyText(hosts));
  const result = await run(process.execPath, [CLI, 'check', file, '--format', 'json', '--ca-file', env.ca], {
    timeoutMs: 120_000,
  });
  let report: Report;
  try {
    report = JSON.parse(result.stdout) as Report;
  } catch {
    throw new Error(`mail-tls-gate check ${name}.yml printed no JSON report (exit ${result.code}): ${result.stderr.slice(0, 2000)}`);
  }
  return { code: result.code, report };
}

const scenarios = Object.keys(REQUIRED) as Scenario[];
const requiredOf = (s: Scenario) => Object.keys(REQUIRED[s]) as Service[];

function endpointOf(report: Report, scenario: Scenario, service: Service): EndpointReport {
  const found = report.endpoints.find((e) => e.host === env.hosts[scenario].name && e.port === PORT[service]);
  if (!found) throw new Error(`the report has no endpoint ${env.hosts[scenario].name}:${PORT[service]}`);
  return found;
}

function rulesAt(report: Report, scenario: Scenario, port: number): string[] {
  return report.findings
    .filter((f) => f.host === env.hosts[scenario].name && f.port === port)
    .map((f) => f.rule)
    .sort();
}

// ---------------------------------------------------------------------------------------------
// The independent client: openssl s_client and openssl x509.

const VERSION_FLAG: Readonly<Record<string, string>> = {
  TLSv1: '-tls1',
  'TLSv1.1': '-tls1_1',
  'TLSv1.2': '-tls1_2',
  'TLSv1.3': '-tls1_3',
};
const VERSIONS = Object.keys(VERSION_FLAG);

interface SClient {
  /** The negotiated version, or null when no cipher was agreed. */
  version: string | null;
  verifyCode: number | null;
  pem: string | null;
  output: string;
}

async function sClient(scenario: Scenario, service: Service, extra: string[] = []): Promise<SClient> {
  const { name, address } = env.hosts[scenario];
  const dialect = STARTTLS[service];
  const result = await run('openssl', [
    's_client',
    '-connect',
    `${address}:${PORT[service]}`,
    '-servername',
    name,
    ...(dialect ? ['-starttls', dialect] : []),
    ...(dialect === 'smtp' ? ['-name', 'client.mail-tls-gate.test'] : []),
    '-CAfile',
    env.ca,
    '-verify_hostname',
    name,
    ...extra,
  ]);
  const output = result.stdout + result.stderr;
  // "New, TLSv1.0, Cipher is …" names the cipher's version (TLSv1.0 for a TLS 1.1 session too);
  // the session's "Protocol : …" line is the negotiated one, but s_client can exit before
  // printing it for TLS 1.3, whose "New, …" line is then exact.
  const agreed = /New, (\S+), Cipher is (?!\(NONE\))\S+/.exec(output);
  const version = agreed ? (/^\s*Protocol\s*:\s*(\S+)/m.exec(output)?.[1] ?? agreed[1]!) : null;
  const verify = /Verify return code: (\d+)/.exec(output);
  const pem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(output);
  return { version, verifyCode: verify ? Number(verify[1]) : null, pem: pem ? pem[0] : null, output };
}

/** Does openssl complete a handshake at exactly this version? */
async function opensslAccepts(scenario: Scenario, service: Service, version: string): Promise<boolean> {
  const legacy = version === 'TLSv1' || version === 'TLSv1.1';
  // OpenSSL 3 offers TLS 1.0/1.1 only at security level 0, as the gate's own sweep does.
  const s = await sClient(scenario, service, [VERSION_FLAG[version]!, ...(legacy ? ['-cipher', 'DEFAULT@SECLEVEL=0'] : [])]);
  // Only the one version was offered, so an agreed cipher means that version was accepted.
  return s.version !== null;
}

interface X509Facts {
  fingerprint256: string;
  notBefore: string;
  notAfter: string;
  commonName: string | null;
  san: string[];
}

async function x509Facts(pem: string): Promise<X509Facts> {
  const r = await run(
    'openssl',
    ['x509', '-noout', '-fingerprint', '-sha256', '-startdate', '-enddate', '-subject', '-nameopt', 'RFC2253', '-ext', 'subjectAltName', '-dateopt', 'iso_8601'],
    { input: pem },
  );
  if (r.code !== 0) throw new Error(`openssl x509 failed: ${r.stderr}`);
  const field = (re: RegExp) => re.exec(r.stdout)?.[1]?.trim() ?? '';
  const isoDate = (text: string) => new Date(text.replace(' ', 'T')).toISOString();
  const sanBlock = /Subject Alternative Name:[^\n]*\n\s*(.*)/.exec(r.stdout)?.[1] ?? '';
  return {
    fingerprint256: field(/Fingerprint=(\S+)/),
    notBefore: isoDate(field(/notBefore=(.*)/)),
    notAfter: isoDate(field(/notAfter=(.*)/)),
    commonName: /(?:^|,)CN=([^,]+)/.exec(field(/subject=(.*)/))?.[1] ?? null,
    san: sanBlock
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

/** A plain HTTP GET with node's own client (the gate uses undici): status and Location. */
function httpGet(scenario: Scenario): Promise<{ status: number; location: string | null }> {
  const { name, address } = env.hosts[scenario];
  return new Promise((resolve, reject) => {
    const req = http.get({ host: address, port: 80, path: '/', headers: { host: name }, timeout: 10_000 }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: (res.headers.location as string | undefined) ?? null });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

function tcpOpen(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port, timeout: 5000 });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

// ---------------------------------------------------------------------------------------------

const describeReal = REAL ? describe : describe.skip;
const TITLE = REAL
  ? 'real mail servers (Postfix, Dovecot, nginx on loopback)'
  : 'real mail servers: skipped, set MAIL_TLS_GATE_REAL=1 after `sudo bash test/real/up.sh` to run';

if (!REAL) {
  // eslint-disable-next-line no-console
  console.warn(TITLE);
}

describeReal(TITLE, () => {
  beforeAll(async () => {
    env = readEnv();
    scratch = await mkdtemp(join(tmpdir(), 'mail-tls-gate-real-test-'));
    runs.all = await checkPolicy(
      'all',
      scenarios.map((scenario) => ({ scenario, require: requiredOf(scenario), forbid: FORBIDDEN[scenario] })),
    );
    runs.good = await checkPolicy('good', [{ scenario: 'good', require: requiredOf('good') }]);
    runs.forbid = await checkPolicy('forbid', [{ scenario: 'plain', forbid: ['imap', 'pop3', 'managesieve'] }]);
    runs.profiles = await checkPolicy(
      'profiles',
      PROFILES.map(({ scenario, profile, expected }) => ({ scenario, profile, require: Object.keys(expected) as Service[] })),
    );
  }, 180_000);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  test('every server up.sh starts is answering, and nothing on the closed host', async () => {
    const missing: string[] = [];
    for (const scenario of scenarios) {
      if (scenario === 'closed') continue;
      for (const service of requiredOf(scenario)) {
        const { name, address } = env.hosts[scenario];
        if (!(await tcpOpen(address, PORT[service]))) missing.push(`${name} ${address}:${PORT[service]} (${service})`);
      }
    }
    expect(missing).toEqual([]);
    const closed = env.hosts.closed.address;
    for (const port of Object.values(PORT)) expect(await tcpOpen(closed, port)).toBe(false);
  });

  describe('mail-tls-gate check, every scenario in one policy', () => {
    test('probes exactly the endpoints the policy names, at the scenario addresses, in order', () => {
      const { report } = runs.all;
      const expected = scenarios
        .flatMap((scenario) =>
          [...requiredOf(scenario), ...(FORBIDDEN[scenario] ?? [])].map((service) => ({
            host: env.hosts[scenario].name,
            address: env.hosts[scenario].address,
            port: PORT[service],
            service,
          })),
        )
        .sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : a.port - b.port));
      expect(report.endpoints.map((e) => ({ host: e.host, address: e.address, port: e.port, service: e.service }))).toEqual(expected);
    });

    test.each(scenarios)('%s: exactly the expected findings on each endpoint', (scenario) => {
      const { report } = runs.all;
      const seen: Record<string, string[]> = {};
      const wanted: Record<string, string[]> = {};
      for (const service of requiredOf(scenario)) {
        seen[service] = rulesAt(report, scenario, PORT[service]);
        wanted[service] = [...REQUIRED[scenario][service]!].sort();
      }
      for (const service of FORBIDDEN[scenario] ?? []) {
        seen[`forbid ${service}`] = rulesAt(report, scenario, PORT[service]);
        wanted[`forbid ${service}`] = [];
      }
      expect(seen).toEqual(wanted);
      for (const f of report.findings.filter((f) => f.host === env.hosts[scenario].name)) {
        expect({ rule: f.rule, severity: f.severity, waived: f.waived }).toEqual({
          rule: f.rule,
          severity: SEVERITY[f.rule] ?? 'error',
          waived: false,
        });
      }
    });

    test('no finding names a host or port outside the policy; the run fails with exit 1', () => {
      const { report, code } = runs.all;
      const named = new Set(report.endpoints.map((e) => `${e.host}:${e.port}`));
      expect(report.findings.filter((f) => !named.has(`${f.host}:${f.port}`))).toEqual([]);
      expect(report.summary.result).toBe('fail');
      expect(code).toBe(1);
    });
  });

  test('the well-configured host alone passes: exit 0, no findings', () => {
    const { report, code } = runs.good;
    expect(report.findings).toEqual([]);
    expect(report.summary.result).toBe('pass');
    expect(code).toBe(0);
    expect(report.endpoints).toHaveLength(requiredOf('good').length);
  });

  test.each(PROFILES.map((p) => [p.scenario, p.profile, p.expected] as const))('%s host under the profile %s: exactly the expected findings', (scenario, _profile, expected) => {
    const { report } = runs.profiles;
    const seen: Record<string, string[]> = {};
    const wanted: Record<string, string[]> = {};
    for (const [service, rules] of Object.entries(expected) as [Service, string[]][]) {
      seen[service] = rulesAt(report, scenario, PORT[service]);
      wanted[service] = [...rules].sort();
    }
    expect(seen).toEqual(wanted);
    for (const f of report.findings.filter((f) => f.host === env.hosts[scenario].name)) {
      expect({ rule: f.rule, severity: f.severity }).toEqual({ rule: f.rule, severity: SEVERITY[f.rule] ?? 'error' });
    }
  });

  test('forbidden plaintext services that answer are forbidden-service-reachable', () => {
    const { report, code } = runs.forbid;
    for (const service of ['imap', 'pop3', 'managesieve'] as const) {
      expect(rulesAt(report, 'plain', PORT[service])).toEqual(['forbidden-service-reachable']);
    }
    expect(report.findings).toHaveLength(3);
    expect(code).toBe(1);
  });

  describe('the facts behind the findings', () => {
    test('good host: STARTTLS everywhere, LOGINDISABLED, no mechanism before TLS, 301 to https', () => {
      const { report } = runs.all;
      for (const service of ['smtp', 'submission', 'imap', 'pop3', 'managesieve'] as const) {
        const e = endpointOf(report, 'good', service);
        expect({ service, starttls: e.plaintext?.starttls, auth: e.plaintext?.authBeforeTls }).toEqual({ service, starttls: true, auth: [] });
        expect(e.tls?.version).toMatch(/^TLSv1\.[23]$/);
      }
      expect(endpointOf(report, 'good', 'http').http).toMatchObject({ status: 301, location: `https://${env.hosts.good.name}/` });
    });

    test('plain host: no STARTTLS, passwords accepted before TLS, HTTP 200', () => {
      const { report } = runs.all;
      const before = (service: Service) => endpointOf(report, 'plain', service).plaintext?.authBeforeTls.slice().sort();
      expect(before('smtp')).toEqual(['LOGIN', 'PLAIN']);
      expect(before('submission')).toEqual(['LOGIN', 'PLAIN']);
      expect(before('imap')).toEqual(['LOGIN', 'PLAIN']);
      expect(before('pop3')).toEqual(['LOGIN', 'PLAIN', 'USER']);
      expect(before('managesieve')).toEqual(['LOGIN', 'PLAIN']);
      for (const service of ['smtp', 'submission', 'imap', 'pop3', 'managesieve'] as const) {
        expect(endpointOf(report, 'plain', service).plaintext?.starttls).toBe(false);
        expect(endpointOf(report, 'plain', service).tls).toBeNull();
      }
      expect(endpointOf(report, 'plain', 'http').http).toMatchObject({ status: 200 });
    });

    test('Postfix does not run plaintext pipelined after STARTTLS (CVE-2011-0411)', () => {
      const { report } = runs.all;
      for (const [scenario, service] of [
        ['good', 'smtp'],
        ['good', 'submission'],
        ['expired', 'smtp'],
      ] as const) {
        expect({ scenario, service, injection: endpointOf(report, scenario, service).plaintext?.commandInjection }).toEqual({
          scenario,
          service,
          injection: false,
        });
      }
    });

    // Dovecot 2.3 hands bytes pipelined after STARTTLS to OpenSSL as the start of the handshake,
    // which then fails ("wrong version number"): the command was not run inside TLS, so the
    // server is not vulnerable, and the gate says so.
    test('Dovecot does not run plaintext pipelined after STARTTLS: the gate says false', () => {
      const { report } = runs.all;
      for (const service of ['imap', 'pop3', 'managesieve'] as const) {
        expect({ service, injection: endpointOf(report, 'good', service).plaintext?.commandInjection }).toEqual({
          service,
          injection: false,
        });
      }
    });
  });

  describe('openssl s_client agrees', () => {
    const versionCases: [Scenario, Service][] = [
      ...(['smtp', 'submission', 'submissions', 'imap', 'imaps', 'pop3', 'pop3s', 'managesieve', 'https'] as const).map(
        (service): [Scenario, Service] => ['good', service],
      ),
      ['legacy', 'imap'],
      ['legacy', 'imaps'],
      ['legacy', 'https'],
    ];

    test.each(versionCases)('%s %s: the TLS versions accepted', async (scenario, service) => {
      const accepted = await pooled(VERSIONS.map((version) => () => opensslAccepts(scenario, service, version)));
      const byOpenssl = VERSIONS.filter((_, i) => accepted[i]);
      const byGate = endpointOf(runs.all.report, scenario, service).tls?.versionsAccepted ?? [];
      expect(byGate).toEqual(byOpenssl);
      expect(byOpenssl).toEqual(scenario === 'legacy' ? ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] : ['TLSv1.2', 'TLSv1.3']);
    });

    test.each(['smtp', 'submission', 'imap', 'pop3', 'managesieve'] as const)(
      'good %s: STARTTLS upgrades to a verified session; the plain host refuses it',
      async (service) => {
        const good = await sClient('good', service);
        expect({ version: good.version, verify: good.verifyCode }).toEqual({
          version: endpointOf(runs.all.report, 'good', service).tls?.version,
          verify: 0,
        });
        const plain = await sClient('plain', service);
        expect(plain.version).toBeNull();
      },
    );

    // X509_V_OK, X509_V_ERR_CERT_HAS_EXPIRED, …_DEPTH_ZERO_SELF_SIGNED_CERT, …_HOSTNAME_MISMATCH
    const VERIFY: Readonly<Partial<Record<Scenario, number>>> = { good: 0, expiring: 0, expired: 10, selfsigned: 18, wrongname: 62 };
    const certificateCases: [Scenario, Service][] = (['good', 'expired', 'expiring', 'selfsigned', 'wrongname'] as const).flatMap(
      (scenario) => (['smtp', 'imaps', 'https'] as const).map((service): [Scenario, Service] => [scenario, service]),
    );

    test.each(certificateCases)('%s %s: the certificate, its dates and its verification', async (scenario, service) => {
      const s = await sClient(scenario, service);
      expect(s.pem).not.toBeNull();
      expect(s.verifyCode).toBe(VERIFY[scenario]);
      const openssl = await x509Facts(s.pem!);
      const gate = endpointOf(runs.all.report, scenario, service).tls?.certificate;
      expect(gate).toBeTruthy();
      expect({
        fingerprint256: gate!.fingerprint256,
        notBefore: gate!.notBefore,
        notAfter: gate!.notAfter,
        commonName: /(?:^|, )CN=([^,]+)/.exec(gate!.subject)?.[1] ?? null,
        san: gate!.san,
      }).toEqual(openssl);

      const name = env.hosts[scenario].name;
      const now = Date.now();
      const notAfter = Date.parse(openssl.notAfter);
      expect({ trusted: gate!.trusted, nameMatch: gate!.nameMatch }).toEqual({
        trusted: scenario !== 'selfsigned',
        nameMatch: scenario !== 'wrongname',
      });
      expect(openssl.san).toEqual([`DNS:${scenario === 'wrongname' ? name.replace(/^wrongname\./, 'other.') : name}`]);
      if (scenario === 'expired') expect(notAfter).toBeLessThan(now);
      else if (scenario === 'expiring') {
        expect(notAfter - now).toBeGreaterThan(3 * DAY_MS);
        expect(notAfter - now).toBeLessThanOrEqual(5 * DAY_MS);
      } else expect(notAfter - now).toBeGreaterThan(21 * DAY_MS);
    });

    // Each class the gate asked about at TLS 1.2, offered alone by s_client (OpenSSL 3 has no
    // 3DES or RC4 to offer; NULL encryption is the weak class it can still offer).
    const CLASS_CIPHERS: Readonly<Record<string, string>> = {
      weak: 'eNULL:@SECLEVEL=0',
      anonymous: 'aNULL:@SECLEVEL=0',
      'no-forward-secrecy': 'kRSA:@SECLEVEL=0',
      dhe: 'kDHE:!aNULL:@SECLEVEL=0',
    };
    const cipherCases: [Scenario, Service][] = [
      ['good', 'smtp'],
      ['good', 'imaps'],
      ['good', 'https'],
      ['legacy', 'imap'],
      ['legacy', 'imaps'],
      ['legacy', 'https'],
    ];

    test.each(cipherCases)('%s %s: the cipher classes accepted at TLS 1.2, and the DH group', async (scenario, service) => {
      const answers = ciphersOf(endpointOf(runs.all.report, scenario, service))['TLSv1.2'];
      expect(answers).toBeDefined();
      expect(answers!.untested).toEqual([]);
      for (const cipherClass of [...answers!.accepted, ...answers!.refused]) {
        const s = await sClient(scenario, service, ['-tls1_2', '-cipher', CLASS_CIPHERS[cipherClass]!]);
        expect({ cipherClass, accepted: s.version !== null }).toEqual({ cipherClass, accepted: answers!.accepted.includes(cipherClass) });
        const dh = /Server Temp Key: DH, (\d+) bits/.exec(s.output);
        if (cipherClass === 'dhe' && dh) expect(answers!.dhBits).toBe(Number(dh[1]));
      }
      if (scenario === 'legacy') {
        expect(answers!.accepted).toEqual(expect.arrayContaining(['weak', 'anonymous', 'dhe']));
        // The NULL suite is the one the configuration adds by name; the anonymous ones come with ALL,
        // and which of them the server picks follows the order of the gate's offer.
        const picked = answers!.picked.map((p) => p.suite);
        expect(picked).toContain('TLS_ECDHE_RSA_WITH_NULL_SHA');
        expect(picked.filter((suite) => suite.startsWith('TLS_DH_anon_') || suite.startsWith('TLS_ECDH_anon_'))).not.toEqual([]);
        expect(answers!.dhBits).toBe(1024);
      } else {
        expect(answers!.accepted).not.toContain('weak');
        expect(answers!.accepted).not.toContain('anonymous');
        if (answers!.accepted.includes('dhe')) expect(answers!.dhBits).toBe(2048);
      }
    });

    test('the HTTP redirects as a second client sees them', async () => {
      expect(await httpGet('good')).toEqual({ status: 301, location: `https://${env.hosts.good.name}/` });
      expect((await httpGet('plain')).status).toBe(200);
    });
  });
});
