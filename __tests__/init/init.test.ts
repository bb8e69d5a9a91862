// `mail-tls-gate init` through the built CLI, reading what it really writes. The services must
// answer at their standard ports (25, 143, 443, …), so the CLI runs inside a network namespace
// with only `lo` (nothing can leave the machine), whose listening sockets relay to fixture servers
// in this process (see ../runner-network/namespace.ts), and whose DNS is a dnsmasq inside it: the
// named hosts resolve through getaddrinfo (a private resolv.conf), domains and MX hosts through
// `--resolver 127.0.0.1`, as a user's run would. Every address in the zone is a loopback one.
//
// A second part runs the CLI outside the namespace against the small DNS responder on loopback,
// serving MX names and TXT records no honest server would: what init writes must stay inert.
//
// Without a way to make the namespace the first part skips with the reason, except in CI (CI=true),
// where .ci/run installs what it needs and the suite must fail instead.
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startHttpServer, type HttpServer } from '../../src/demo/http-servers.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { startTlsServer, type TlsFixtureServer } from '../../src/demo/tls-server.js';
import { commandInjections } from '../action/runner.js';
import { assertBundleFresh, CLI, makeTempDir, runCli, show } from '../cli/built.js';
import { startDnsResponder, type DnsResponder } from '../support/dns-responder.js';
import { describeWhen, findProgram, type ProgramRun } from '../support/system-tool.js';
import { namespaceUnavailable, resolverMounts, TestNamespace } from '../runner-network/namespace.js';
import { commentAbove } from './starter-text.js';

const unavailable = namespaceUnavailable() ?? (findProgram('dnsmasq') === null ? 'dnsmasq is not installed (apt-get install dnsmasq-base)' : null);
const inNamespace = describeWhen(unavailable === null, `init in a network namespace: skipped, ${unavailable}`);

/** A webmail and mail-access host, named on the command line. */
const MAIL = { name: 'mail.init.test', v4: '127.0.0.20' };
/** The MX hosts of init.test: mx1 also offers cleartext submission; mx2 only SMTP. */
const MX1 = { name: 'mx1.init.test', v4: '127.0.0.21' };
const MX2 = { name: 'mx2.init.test', v4: '127.0.0.22' };
/** Where mta-sts.init.test points: an HTTPS server that serves its policy file. */
const STS = { name: 'mta-sts.init.test', v4: '127.0.0.23' };
/** bare.test: one MX host speaking SMTP without STARTTLS, and neither MTA-STS nor TLS-RPT. */
const BARE_MX = { name: 'mx.bare.test', v4: '127.0.0.24' };
/** A name with no MX and no service at all. */
const QUIET = { name: 'quiet.init.test', v4: '127.0.0.25' };
/** Webmail on 443, and a tarpit (accepts, never speaks) on every STARTTLS port and on 993. */
const TARPIT = { name: 'tarpit.init.test', v4: '127.0.0.26' };
const TARPIT_PORTS = [25, 587, 143, 110, 4190, 993];

const ZONE = [
  'local=/test/',
  ...[MAIL, MX1, MX2, STS, BARE_MX, QUIET, TARPIT].map((h) => `host-record=${h.name},${h.v4}`),
  `mx-host=init.test,${MX2.name},20`,
  `mx-host=init.test,${MX1.name},10`,
  'txt-record=_mta-sts.init.test,"v=STSv1; id=20261204"',
  'txt-record=_smtp._tls.init.test,"v=TLSRPTv1; rua=mailto:tls-reports@init.test"',
  `mx-host=bare.test,${BARE_MX.name},10`,
  '',
].join('\n');

const STS_POLICY = ['version: STSv1', 'mode: testing', `mx: ${MX1.name}`, `mx: ${MX2.name}`, 'max_age: 86400', ''].join('\r\n');

/** The lines of `text` that are YAML, without comments, for comparing what a choice is. */
function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n');
}

/** The part of the text that is one host's entry. */
function hostEntry(text: string, host: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `  - host: "${host}"`);
  if (start < 0) throw new Error(`no entry for ${host} in ${show(text)}`);
  let end = start + 1;
  while (end < lines.length && !/^  - |^\S/.test(lines[end]!)) end++;
  return lines.slice(start, end).join('\n');
}

inNamespace('init through the built CLI, in a network namespace with its own DNS', () => {
  let dir: { path: string; remove: () => Promise<void> };
  let ns: TestNamespace;
  const closers: (() => Promise<void>)[] = [];
  const file = (name: string): string => join(dir.path, name);
  let dryRun: ProgramRun;
  /** The tarpit's connections open now, and the most ever open at once. */
  const tarpit = { open: 0, peak: 0 };

  /** The built CLI's init inside the namespace; in `cwd` when given (nsenter itself starts at the namespace's root). */
  const init = (args: string[], cwd?: string): Promise<ProgramRun> => {
    const command = [process.execPath, CLI, 'init', ...args, '--resolver', '127.0.0.1', '--ca-file', file('ca.pem'), '--timeout', '2s'];
    if (cwd === undefined) return ns.run(command[0]!, command.slice(1), { timeoutMs: 90_000 });
    return ns.run('/bin/sh', ['-c', 'cd "$1" && shift && exec "$@"', 'sh', cwd, ...command], { timeoutMs: 90_000 });
  };

  beforeAll(async () => {
    if (unavailable !== null) throw new Error(`cannot test init here: ${unavailable}`);
    await assertBundleFresh();
    dir = await makeTempDir('mail-tls-gate-init-');
    const certs = await createFixtureCertificates();
    const pem = await certs.good([MAIL.name, MX1.name, MX2.name, BARE_MX.name]);
    const mail = {
      submissions: await startMailFixture('smtp', 'implicit-tls', pem),
      imaps: await startMailFixture('imap', 'implicit-tls', pem),
      imap: await startMailFixture('imap', 'plaintext', pem),
      pop3: await startMailFixture('pop3', 'good', pem),
      managesieve: await startMailFixture('managesieve', 'good', pem),
    };
    const smtp = await startMailFixture('smtp', 'good', pem);
    const plainSubmission = await startMailFixture('smtp', 'plaintext', pem);
    const plainSmtp = await startMailFixture('smtp', 'plaintext', pem);
    const webmail: TlsFixtureServer = await startTlsServer({ pem });
    const redirect: HttpServer = await startHttpServer('redirect-https');
    const stsPem = await certs.good([STS.name]);
    const stsServer = https.createServer({ cert: stsPem.cert, key: stsPem.key }, (req, res) => {
      if (req.url === '/.well-known/mta-sts.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end(STS_POLICY);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => stsServer.listen(0, '127.0.0.1', resolve));
    closers.push(
      ...[...Object.values(mail), smtp, plainSubmission, plainSmtp, webmail, redirect].map((s) => () => s.close()),
      () => new Promise<void>((resolve) => stsServer.close(() => resolve())),
    );

    await writeFile(file('ca.pem'), certs.ca.cert);
    await writeFile(file('zone.conf'), ZONE);
    ns = await TestNamespace.start({ nft: '', mounts: await resolverMounts(dir.path) });
    await ns.relay(MAIL.v4, 465, mail.submissions.port);
    await ns.relay(MAIL.v4, 993, mail.imaps.port);
    await ns.relay(MAIL.v4, 143, mail.imap.port);
    await ns.relay(MAIL.v4, 110, mail.pop3.port);
    await ns.relay(MAIL.v4, 4190, mail.managesieve.port);
    await ns.relay(MAIL.v4, 443, webmail.port);
    await ns.relay(MAIL.v4, 80, redirect.port);
    await ns.relay(MX1.v4, 25, smtp.port);
    await ns.relay(MX1.v4, 587, plainSubmission.port);
    await ns.relay(MX2.v4, 25, smtp.port);
    await ns.relay(BARE_MX.v4, 25, plainSmtp.port);
    await ns.relay(STS.v4, 443, (stsServer.address() as AddressInfo).port);
    const tarpitSockets = new Set<net.Socket>();
    const tarpitServer = net.createServer((socket) => {
      tarpitSockets.add(socket);
      tarpit.open += 1;
      tarpit.peak = Math.max(tarpit.peak, tarpit.open);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        tarpit.open -= 1;
        tarpitSockets.delete(socket);
      });
    });
    await new Promise<void>((resolve) => tarpitServer.listen(0, '127.0.0.1', resolve));
    closers.push(() => {
      for (const socket of tarpitSockets) socket.destroy();
      return new Promise<void>((resolve) => tarpitServer.close(() => resolve()));
    });
    for (const port of TARPIT_PORTS) await ns.relay(TARPIT.v4, port, (tarpitServer.address() as AddressInfo).port);
    await ns.relay(TARPIT.v4, 443, webmail.port);
    await ns.startDns(file('zone.conf'), { name: MAIL.name, address: MAIL.v4 });
    // The MX hosts and the MTA-STS host are on loopback addresses DNS gave: a test setup.
    dryRun = await init([MAIL.name, 'init.test', 'bare.test', '--dry-run', '--allow-loopback']);
  }, 120_000);

  afterAll(async () => {
    await ns?.close();
    await Promise.all(closers.map((close) => close()));
    await dir?.remove();
  }, 60_000);

  test('--dry-run prints the policy on stdout, exit 0, with the $schema header first', () => {
    expect({ code: dryRun.code, stderr: dryRun.stderr }).toEqual({ code: 0, stderr: '' });
    expect(dryRun.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/mail-tls-gate/mail-tls-gate/v0/policies/schema.json');
  });

  test('what the policy asks, as YAML: each host by what answered, each domain by what it publishes', () => {
    const policy = parse(dryRun.stdout) as Record<string, unknown>;
    expect(policy).toEqual({
      version: 1,
      hosts: [
        // Named: implicit TLS required, STARTTLS services required, cleartext IMAP forbidden.
        { host: MAIL.name, require: ['submissions', 'imaps', 'pop3', 'managesieve', 'https', 'http'], forbid: ['imap'] },
        // An MX host with more than SMTP: its cleartext submission forbidden (SMTP is the domain's).
        { host: MX1.name, forbid: ['submission'] },
      ],
      domains: [
        { domain: 'init.test', mx: { require: ['smtp'] }, 'mta-sts': 'testing', 'tls-rpt': 'required', dane: 'off' },
        { domain: 'bare.test', mx: { require: ['smtp'] }, 'mta-sts': 'off', 'tls-rpt': 'off', dane: 'off' },
      ],
    });
  });

  test('every choice has its reason beside it, in words a mail admin can act on', () => {
    const text = dryRun.stdout;
    const mail = hostEntry(text, MAIL.name);
    expect(commentAbove(mail, /^      - imap$/)).toMatch(/^answered on 143: cleartext IMAP, no STARTTLS offered, .*forbid it, or enable STARTTLS and move it to require if clients need it$/);
    expect(commentAbove(mail, /^      - pop3$/)).toMatch(/^answered on 110: POP3, STARTTLS offered and the upgrade worked; a legitimate service; RFC 8314 prefers pop3s \(995\): move this to forbid once no client needs 110$/);
    expect(commentAbove(mail, /^      - imaps$/)).toMatch(/^answered on 993: IMAP over implicit TLS, TLSv1\.3$/);
    expect(commentAbove(mail, /^      - managesieve$/)).toContain('ManageSieve has no implicit-TLS port (RFC 5804)');
    expect(commentAbove(mail, /^      - http$/)).toBe('answered on 80: redirects to https on the same host');
    expect(mail).toContain('# no MX records: probed as a host');
    expect(mail).toContain(`# addresses probed: ${MAIL.v4}`);
    // What did not answer is said too, not silently dropped.
    expect(mail).toMatch(/# - smtp \(25\): refused\n/);
    expect(mail).toMatch(/# - submission \(587\): refused\n/);
    expect(hostEntry(text, MX1.name)).toContain('# MX host of init.test');
    expect(commentAbove(hostEntry(text, MX1.name), /^      - submission$/)).toMatch(/^answered on 587: cleartext submission \(SMTP\), no STARTTLS offered/);
    expect(text).not.toContain(`host: "${MX2.name}"`);

    expect(commentAbove(text, /^    mx: \{ require: \[smtp\] \}$/)).toBe(
      `MX: ${MX1.name} (10), ${MX2.name} (20) every MX host must offer SMTP with STARTTLS on 25; seen: ${MX1.name} offers STARTTLS; ${MX2.name} offers STARTTLS`,
    );
    expect(commentAbove(text, /^    mta-sts: testing$/)).toBe('published: mode testing; set enforce once TLS-RPT reports are clean');
    expect(commentAbove(text, /^    tls-rpt: required$/)).toBe('published: a v=TLSRPTv1 record with 1 reporting address');
    // dnsmasq does not validate: no answer of it carries the AD bit.
    expect(commentAbove(text, /^    dane: off$/)).toBe('the MX records are not DNSSEC-authenticated (an unsigned zone, or a resolver that does not validate), so DANE cannot apply (RFC 7672 section 2.2)');
    const bare = text.slice(text.indexOf('  - domain: "bare.test"'));
    expect(commentAbove(bare, /^    mx: /)).toContain(`${BARE_MX.name} answers without STARTTLS, offering authentication in clear`);
    expect(commentAbove(bare, /^    mta-sts: off$/)).toMatch(/^no _mta-sts record published: publish one \(RFC 8461\)/);
    expect(commentAbove(bare, /^    tls-rpt: off$/)).toMatch(/^no _smtp._tls record published: publish one \(RFC 8460\)/);
    // Every line is a comment, a YAML line, or blank; nothing runs past the width.
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });

  test('the starter passes validate, and check against the same servers reports only what the comments said it would', async () => {
    await writeFile(file('starter.yml'), dryRun.stdout);
    const validate = await ns.run(process.execPath, [CLI, 'validate', file('starter.yml')]);
    expect({ code: validate.code, stderr: validate.stderr }).toEqual({ code: 0, stderr: '' });
    const check = await ns.run(
      process.execPath,
      [CLI, 'check', file('starter.yml'), '--format', 'json', '--resolver', '127.0.0.1', '--allow-loopback', '--ca-file', file('ca.pem'), '--timeout', '2s'],
      { timeoutMs: 90_000 },
    );
    const report = JSON.parse(check.stdout) as { findings: { rule: string; host: string; port: number }[] };
    // The forbidden cleartext answers, and the MX host without STARTTLS that offers AUTH in clear.
    expect(report.findings.map((f) => `${f.rule} ${f.host}:${f.port}`).sort()).toEqual(
      [
        `forbidden-service-reachable ${MAIL.name}:143`,
        `forbidden-service-reachable ${MX1.name}:587`,
        `plaintext-auth-offered ${BARE_MX.name}:25`,
        `starttls-not-offered ${BARE_MX.name}:25`,
      ].sort(),
    );
  }, 90_000);

  test('without --output it writes .github/mail-tls-policy.yml, and never overwrites it', async () => {
    const cwd = file('repo');
    await mkdir(cwd);
    const first = await init([MAIL.name], cwd);
    expect({ code: first.code, stdout: first.stdout }).toEqual({ code: 0, stdout: '' });
    expect(first.stderr).toBe('wrote .github/mail-tls-policy.yml; check it with: mail-tls-gate check .github/mail-tls-policy.yml\n');
    const written = await readFile(join(cwd, '.github', 'mail-tls-policy.yml'), 'utf8');
    expect(parse(written)).toEqual({ version: 1, hosts: [{ host: MAIL.name, require: ['submissions', 'imaps', 'pop3', 'managesieve', 'https', 'http'], forbid: ['imap'] }] });

    await writeFile(join(cwd, '.github', 'mail-tls-policy.yml'), 'version: 1\n# mine\n');
    const again = await init([MAIL.name], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      "mail-tls-gate: init: .github/mail-tls-policy.yml exists; init never overwrites a policy (remove it, or give --output another file, or --dry-run)\nnothing was probed or written.\n",
    );
    expect(await readFile(join(cwd, '.github', 'mail-tls-policy.yml'), 'utf8')).toBe('version: 1\n# mine\n');
  }, 90_000);

  test('--output FILE writes there', async () => {
    const run = await init([MX1.name, '--output', file('out/policy.yml')]);
    expect(run.code).toBe(0);
    const policy = parse(await readFile(file('out/policy.yml'), 'utf8'));
    // Named, mx1 is a host like any other: its SMTP with STARTTLS required, cleartext submission forbidden.
    expect(policy).toEqual({ version: 1, hosts: [{ host: MX1.name, require: ['smtp'], forbid: ['submission'] }] });
  }, 90_000);

  test("without --resolver, the system's name server answers the MX look-up, but no DNSSEC question, whose verdict it could not give: dane: off, and why", async () => {
    // The namespace's resolv.conf names dnsmasq, so the MX look-up answers; its AD bit would count for nothing.
    const run = await ns.run(process.execPath, [CLI, 'init', 'init.test', '--dry-run', '--ca-file', file('ca.pem'), '--timeout', '2s'], { timeoutMs: 90_000 });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(parse(run.stdout).domains).toEqual([{ domain: 'init.test', mx: { require: ['smtp'] }, 'mta-sts': 'off', 'tls-rpt': 'required', dane: 'off' }]);
    expect(commentAbove(run.stdout, /^    dane: off$/)).toBe(
      'no resolver trusted for DNSSEC: run init again with --resolver naming a validating resolver to see whether the MX hosts publish TLSA records (RFC 7672)',
    );
  }, 90_000);

  test('without --allow-loopback, the MX hosts DNS put on loopback are left out, and the comment says why', async () => {
    const run = await init(['init.test', '--dry-run']);
    expect(run.code).toBe(0);
    expect(parse(run.stdout)).toEqual({ version: 1, domains: [{ domain: 'init.test', mx: { require: ['smtp'] }, 'mta-sts': 'off', 'tls-rpt': 'required', dane: 'off' }] });
    expect(commentAbove(run.stdout, /^    mx: /)).toContain(`${MX1.name}: every loopback, link-local or multicast address left out (--allow-loopback probes them, for test setups)`);
    expect(commentAbove(run.stdout, /^    mta-sts: off$/)).toMatch(/^an MTA-STS record is published, but the policy file was not fetched/);
  }, 90_000);

  test('a host that accepts and never speaks: not listed, each said; one connection to it at a time with --per-host 1', async () => {
    tarpit.peak = 0;
    const run = await init([TARPIT.name, '--dry-run', '--per-host', '1', '--timeout', '1s']);
    expect(run.code).toBe(0);
    expect(parse(run.stdout)).toEqual({ version: 1, hosts: [{ host: TARPIT.name, require: ['https'] }] });
    for (const [service, port] of [['smtp', 25], ['submission', 587], ['imap', 143], ['pop3', 110], ['managesieve', 4190], ['imaps', 993]] as const) {
      expect(run.stdout).toContain(`# - ${service} (${port}): accepted the connection, but said nothing in time\n`);
    }
    // Six services each held a connection until the deadline, yet they came one after another: the
    // per-host limit held. (One hand-over may count twice: the old connection's close and the next
    // one's arrival reach this process through two relays, in either order.)
    expect(tarpit.peak).toBeGreaterThanOrEqual(1);
    expect(tarpit.peak).toBeLessThanOrEqual(2);
    // With room for all six, they do come at once: the limit above was the flag's.
    tarpit.peak = 0;
    expect((await init([TARPIT.name, '--dry-run', '--timeout', '1s', '--per-host', '6'])).code).toBe(0);
    expect(tarpit.peak).toBeGreaterThan(2);
  }, 90_000);

  test('-6 on a host with only an IPv4 address: nothing to probe, left out with the reason, exit 1', async () => {
    const run = await init([MAIL.name, '-6', '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`# Left out: ${MAIL.name}: no address (no IPv6 address)`);
  }, 90_000);

  test('a name where nothing answers: nothing written, exit 1, and the reason', async () => {
    const run = await init([QUIET.name, '--output', file('quiet.yml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('mail-tls-gate: init: no service answered and no mail domain was found; nothing was written.\n');
    expect(run.stdout).toContain(`# Left out: ${QUIET.name}: none of the ten services answered`);
    await expect(readFile(file('quiet.yml'))).rejects.toThrow(/ENOENT/);
  }, 90_000);
});

describe('init: usage, and hostile DNS outside any namespace', () => {
  let dir: { path: string; remove: () => Promise<void> };
  let dns: DnsResponder;

  beforeAll(async () => {
    await assertBundleFresh();
    dir = await makeTempDir('mail-tls-gate-init-hostile-');
    // Every address is a loopback one, which DNS may not give without --allow-loopback: nothing is contacted.
    dns = await startDnsResponder({
      'hostile.test': {
        mx: [
          { preference: 10, exchange: '::error::pwned' },
          { preference: 20, exchange: '##[warning]mx pwned.hostile.test' },
          { preference: 30, exchange: 'mx.hostile.test' },
        ],
      },
      '::error::pwned': { a: ['127.66.0.9'] },
      '##[warning]mx pwned.hostile.test': { a: ['127.66.0.9'] },
      'mx.hostile.test': { a: ['127.66.0.1'] },
      '_mta-sts.hostile.test': { txt: [['v=STSv1; id=1; \n::error::sts pwned']] },
      'mta-sts.hostile.test': { cname: '::error::cname pwned' },
      '_smtp._tls.hostile.test': { txt: [['v=TLSRPTv1; rua=mailto:a@b.c\n::warning::rpt pwned']] },
    });
  });

  afterAll(async () => {
    await dns?.close();
    await dir?.remove();
  });

  test('MX names and TXT text that could be workflow commands never reach the policy; the comments stay inert', async () => {
    const run = await runCli(['init', 'hostile.test', '--dry-run', '--resolver', `${dns.address}:${dns.port}`, '--timeout', '1s'], { timeoutMs: 60_000 });
    expect(run.code).toBe(0);
    expect(commandInjections(run.stdout + run.stderr)).toEqual([]);
    expect(run.stdout).not.toMatch(/pwned|::error|##\[/);
    expect(parse(run.stdout)).toEqual({ version: 1, domains: [{ domain: 'hostile.test', mx: { require: ['smtp'] }, 'mta-sts': 'off', 'tls-rpt': 'off', dane: 'off' }] });
    expect(run.stdout).toContain('# MX: 2 entries that are not host names left out');
    expect(commentAbove(run.stdout, /^    mx: /)).toContain('mx.hostile.test: every loopback, link-local or multicast address left out');
    expect(commentAbove(run.stdout, /^    mta-sts: off$/)).toBe('no valid v=STSv1 record at _mta-sts: fix it (RFC 8461 section 3.1), then set testing, then enforce');
    // Only names the run meant to ask about were asked about: never the hostile ones.
    expect(dns.queries.filter((q) => /pwned/.test(q) && !q.startsWith('CNAME'))).toEqual([]);
    await writeFile(join(dir.path, 'hostile.yml'), run.stdout);
    const validate = await runCli(['validate', join(dir.path, 'hostile.yml')]);
    expect(validate.code).toBe(0);
  }, 60_000);

  test('names are written once, in the spelling the policy compares, whatever the case or root dot given', async () => {
    const run = await runCli(['init', 'HOSTILE.Test.', 'hostile.test', '--dry-run', '--resolver', `${dns.address}:${dns.port}`, '--timeout', '1s'], { timeoutMs: 60_000 });
    expect(run.code).toBe(0);
    const header = run.stdout.split('\n').slice(1, 3).map((line) => line.replace(/^# /, '')).join(' ');
    expect(header).toBe('A starter policy written by mail-tls-gate init from what DNS and the hosts showed for hostile.test.');
    expect(parse(run.stdout).domains.map((d: { domain: string }) => d.domain)).toEqual(['hostile.test']);
  }, 60_000);

  test.each([
    [['init'], 'init takes one or more DOMAIN or HOST names'],
    [['init', 'mail.example.com', '--fail-on', 'warning'], 'init does not take it: --fail-on does not apply'],
    [['init', 'mail.example.com', '-4', '-6'], '-4 and -6 exclude each other: give one, or neither to probe every address'],
    [['init', 'mail.example.com', '--timeout', 'soon'], "--timeout: 'soon' is not a duration like 500ms, 10s or 2m"],
  ])('%j is a usage error, before anything is looked up', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`mail-tls-gate: ${message}`);
    expect(run.stderr).toContain("Run 'mail-tls-gate init --help' for more.");
  });

  test('names that are not host names are refused, each said, quoted and inert, before any look-up', async () => {
    const run = await runCli(['init', 'https://mail.example.com', 'mx_1.example.com', '::error::x', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(commandInjections(run.stderr)).toEqual([]);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('mail-tls-gate: init:'))).toHaveLength(3);
    expect(run.stderr).toContain("'https://mail.example.com' is not a host name");
    expect(run.stderr).toContain('nothing was probed or written.');
  });
});
