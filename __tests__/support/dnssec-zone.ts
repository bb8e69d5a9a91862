// Real DNSSEC for tests: Knot DNS (knotd) serves zones on a high loopback port, and unbound, a
// validating resolver on another, trusts the signed zones' keys as trust anchors and sends every
// query for them to knotd. A zone is `signed` (by Knot's signer, kzonesign, with keys it makes
// for the run), `expired` (signed the same way as of 400 days ago, so every signature has
// expired and unbound answers SERVFAIL), or `unsigned` (unbound answers without AD). A test
// writes the zones' records itself, TLSA records computed from certificates made in the run
// included (`tlsaData`), then reads the answers through `resolver`, as a mail server's
// operator's validating resolver would give them.
//
// Nothing leaves the machine: unbound refuses every name outside the fixture zones, sends only
// from 127.0.0.1, and knotd answers only for its zones. The programs come from Debian (knot,
// knot-dnssecutils, unbound), which .ci/run installs; without them a suite skips, except in CI.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import dgram from 'node:dgram';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolverAddress } from '../../src/resolve/dns.js';
import { queryWithDnssec } from '../../src/resolve/dnssec-query.js';
import { describeWhen, findProgram, runProgram } from './system-tool.js';

export const DNSSEC_PROGRAMS = {
  knotd: findProgram('knotd'),
  keymgr: findProgram('keymgr'),
  kzonesign: findProgram('kzonesign'),
  unbound: findProgram('unbound'),
};

/** `describe` when knotd, kzonesign and unbound are installed (and always in CI, where their absence fails). */
export const describeWithDnssec = (): jest.Describe =>
  describeWhen(
    Object.values(DNSSEC_PROGRAMS).every((p) => p !== null),
    'real DNSSEC: skipped, knotd, kzonesign or unbound is missing (apt-get install knot knot-dnssecutils unbound)',
  );

export interface FixtureZone {
  /** The zone's name, lower case without the final dot: a name under `test` (RFC 6761). */
  name: string;
  signing: 'signed' | 'expired' | 'unsigned';
  /**
   * Zone file lines, names relative to the zone (`@ MX 10 mx1`, `mx1 A 127.0.0.1`,
   * `_25._tcp.mx1 TLSA 3 1 1 <hex>`). The SOA and NS records are added.
   */
  records: string[];
}

export interface DnssecWorld {
  /** The validating resolver (unbound): give it as `resolver`. */
  resolver: ResolverAddress;
  /** The authoritative server (knotd), for tests that must see what is served before validation. */
  authoritative: ResolverAddress;
  /** The trust anchors unbound was given (DS records, SHA-256), one per signed or expired zone. */
  trustAnchors: string[];
  /** What knotd and unbound wrote to stderr so far (the last 64 KiB of each), for failure messages. */
  logs(): string;
  close(): Promise<void>;
}

/**
 * The certificate association data of a TLSA record for `cert` (RFC 6698 §2.1): the whole
 * certificate (selector 0) or its SubjectPublicKeyInfo (selector 1), as is (matching type 0) or
 * hashed with SHA-256 (1) or SHA-512 (2); lower-case hex.
 */
export function tlsaData(cert: string | X509Certificate, selector: 0 | 1, matchingType: 0 | 1 | 2): string {
  const x509 = typeof cert === 'string' ? new X509Certificate(cert) : cert;
  const selected = selector === 0 ? x509.raw : x509.publicKey.export({ type: 'spki', format: 'der' });
  if (matchingType === 0) return selected.toString('hex');
  return createHash(matchingType === 1 ? 'sha256' : 'sha512').update(selected).digest('hex');
}

/** A zone file line for a TLSA record of `cert` at `_25._tcp.<owner>`. */
export function tlsaLine(owner: string, usage: number, selector: 0 | 1, matchingType: 0 | 1 | 2, cert: string | X509Certificate): string {
  return `_25._tcp.${owner} TLSA ${usage} ${selector} ${matchingType} ${tlsaData(cert, selector, matchingType)}`;
}

const DAY_SECONDS = 86_400;

/** A port free for UDP and TCP at once on 127.0.0.1 (both servers listen on both). */
async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const udp = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
    const port = udp.address().port;
    const tcp = net.createServer();
    const free = await new Promise<boolean>((resolve) => {
      tcp.once('error', () => resolve(false));
      tcp.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (free) await new Promise<void>((resolve) => tcp.close(() => resolve()));
    await new Promise<void>((resolve) => udp.close(() => resolve()));
    if (free) return port;
  }
  throw new Error('no port free for both UDP and TCP on 127.0.0.1');
}

function zoneFile(zone: FixtureZone): string {
  return [
    `$ORIGIN ${zone.name}.`,
    '$TTL 300',
    `@ SOA ns.${zone.name}. hostmaster.${zone.name}. 1 3600 600 86400 300`,
    `@ NS ns.${zone.name}.`,
    'ns A 127.0.0.1',
    ...zone.records,
    '',
  ].join('\n');
}

/** Knot's signer configuration: one policy (ECDSA P-256, one combined key, signatures valid 14 days). */
function signerConf(dir: string, zones: FixtureZone[]): string {
  return [
    'database:',
    `    storage: "${join(dir, 'signer-db')}"`,
    `    kasp-db: "${join(dir, 'kasp')}"`,
    'policy:',
    '  - id: fixture',
    '    algorithm: ecdsap256sha256',
    '    single-type-signing: on',
    '    rrsig-lifetime: 14d',
    '    rrsig-refresh: 7d',
    '    nsec3: off',
    'template:',
    '  - id: default',
    `    storage: "${join(dir, 'unsigned')}"`,
    '    dnssec-signing: on',
    '    dnssec-policy: fixture',
    'zone:',
    ...zones.map((z) => `  - domain: ${z.name}`),
    '',
  ].join('\n');
}

/** knotd's configuration: serve the zone files as they are (signed beforehand, or not at all). */
function serverConf(dir: string, port: number, zones: FixtureZone[]): string {
  return [
    'server:',
    `    listen: 127.0.0.1@${port}`,
    `    rundir: "${join(dir, 'run')}"`,
    '    udp-workers: 1',
    '    tcp-workers: 1',
    '    background-workers: 1',
    'database:',
    `    storage: "${join(dir, 'server-db')}"`,
    'log:',
    '  - target: stderr',
    '    any: warning',
    'template:',
    '  - id: default',
    `    storage: "${join(dir, 'served')}"`,
    '    zonefile-sync: -1',
    '    zonefile-load: whole',
    '    journal-content: none',
    'zone:',
    ...zones.map((z) => `  - domain: ${z.name}`),
    '',
  ].join('\n');
}

/** unbound's configuration: validate with the given anchors, ask knotd for the fixture zones only, refuse the rest. */
function resolverConf(dir: string, port: number, knotPort: number, zones: FixtureZone[], anchors: string[]): string {
  return [
    'server:',
    '    interface: 127.0.0.1',
    `    port: ${port}`,
    '    do-daemonize: no',
    '    username: ""',
    '    chroot: ""',
    `    directory: "${dir}"`,
    `    pidfile: "${join(dir, 'unbound.pid')}"`,
    '    use-syslog: no',
    '    logfile: ""',
    '    verbosity: 1',
    '    val-log-level: 2',
    '    num-threads: 1',
    '    outgoing-range: 64',
    '    num-queries-per-thread: 32',
    '    do-ip6: no',
    '    do-not-query-localhost: no',
    // Queries leave from loopback only: nothing can reach another machine.
    '    outgoing-interface: 127.0.0.1',
    '    access-control: 127.0.0.0/8 allow',
    '    module-config: "validator iterator"',
    '    qname-minimisation: no',
    '    trust-anchor-signaling: no',
    '    root-key-sentinel: no',
    ...anchors.map((a) => `    trust-anchor: "${a}"`),
    // Every name outside the fixture zones is refused, so the root servers are never asked.
    '    local-zone: "." refuse',
    '    local-zone: "test." nodefault',
    ...zones.map((z) => `    local-zone: "${z.name}." transparent`),
    ...zones.flatMap((z) => ['stub-zone:', `    name: "${z.name}."`, `    stub-addr: 127.0.0.1@${knotPort}`]),
    '',
  ].join('\n');
}

interface Child {
  process: ChildProcess;
  stderr: () => string;
}

function startChild(program: string, args: string[]): Child {
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const keep = (d: Buffer) => {
    stderr = (stderr + d.toString('latin1')).slice(-65_536);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { process: child, stderr: () => stderr };
}

async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.process.once('exit', () => resolve()));
  child.process.kill('SIGTERM');
  const killer = setTimeout(() => child.process.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(killer);
}

/** Waits until `server` answers an SOA query for `zone` (with NOERROR, unless `anyAnswer`), or the child exits, or 10 s pass. */
async function waitForAnswer(server: ResolverAddress, zone: string, child: Child, what: string, anyAnswer = false): Promise<void> {
  for (let wait = 0; wait < 100; wait++) {
    if (child.process.exitCode !== null) break;
    const { answer } = await queryWithDnssec(zone, 'SOA', { server, timeoutMs: 200, trusted: true });
    if (answer.rcode === 'NOERROR' || (anyAnswer && answer.rcode !== null)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer for ${zone}:\n${child.stderr()}`);
}

/**
 * Starts a server on a free port and waits for it; another port is tried when it does not come up
 * (a port found free may be taken by another suite before the server binds it).
 */
async function serveOnFreePort(
  children: Child[],
  start: (port: number) => Promise<Child>,
  ready: (server: ResolverAddress, child: Child) => Promise<void>,
): Promise<{ child: Child; server: ResolverAddress }> {
  for (let attempt = 1; ; attempt++) {
    const server = { address: '127.0.0.1', port: await freePort() };
    const child = await start(server.port);
    children.push(child);
    try {
      await ready(server, child);
      return { child, server };
    } catch (err) {
      children.splice(children.indexOf(child), 1);
      await stopChild(child);
      if (attempt >= 3) throw err;
    }
  }
}

/** Signs the zones that need it, starts knotd and unbound, and waits until both answer. */
export async function startDnssecWorld(zones: FixtureZone[]): Promise<DnssecWorld> {
  const { knotd, keymgr, kzonesign, unbound } = DNSSEC_PROGRAMS;
  if (knotd === null || keymgr === null || kzonesign === null || unbound === null) {
    throw new Error('knotd, keymgr, kzonesign and unbound are needed: CI must install knot, knot-dnssecutils and unbound (.ci/run)');
  }
  const dir = await mkdtemp(join(tmpdir(), 'mail-tls-gate-dnssec-'));
  const children: Child[] = [];
  const close = async () => {
    await Promise.all(children.map(stopChild));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (const sub of ['unsigned', 'served', 'run', 'signer-db', 'kasp', 'server-db']) await mkdir(join(dir, sub));
    for (const zone of zones) {
      await writeFile(join(dir, 'unsigned', `${zone.name}.zone`), zoneFile(zone));
      if (zone.signing === 'unsigned') await writeFile(join(dir, 'served', `${zone.name}.zone`), zoneFile(zone));
    }
    const signerConfPath = join(dir, 'signer.conf');
    await writeFile(signerConfPath, signerConf(dir, zones));
    const anchors: string[] = [];
    for (const zone of zones.filter((z) => z.signing !== 'unsigned')) {
      // An expired zone is signed as if it were 400 days ago: its 14-day signatures ran out long since.
      const at = zone.signing === 'expired' ? ['-t', String(Math.floor(Date.now() / 1000) - 400 * DAY_SECONDS)] : [];
      const signed = await runProgram(kzonesign, ['-c', signerConfPath, '-o', join(dir, 'served'), ...at, zone.name]);
      if (signed.code !== 0) throw new Error(`kzonesign ${zone.name} failed:\n${signed.stdout}${signed.stderr}`);
      const ds = await runProgram(keymgr, ['-c', signerConfPath, zone.name, 'ds']);
      const sha256 = ds.stdout.split('\n').find((line) => new RegExp(`^${zone.name.replace(/\./g, '\\.')}\\.\\s+DS\\s+\\d+\\s+\\d+\\s+2\\s+[0-9a-f]+`, 'i').test(line));
      if (sha256 === undefined) throw new Error(`keymgr gave no SHA-256 DS record for ${zone.name}:\n${ds.stdout}${ds.stderr}`);
      anchors.push(sha256.trim().replace(/\s+/g, ' '));
    }

    const { child: knot, server: authoritative } = await serveOnFreePort(
      children,
      async (port) => {
        const path = join(dir, 'knot.conf');
        await writeFile(path, serverConf(dir, port, zones));
        return startChild(knotd, ['-c', path]);
      },
      async (server, child) => {
        for (const zone of zones) await waitForAnswer(server, zone.name, child, 'knotd');
      },
    );
    const { child: validator, server: resolver } = await serveOnFreePort(
      children,
      async (port) => {
        const path = join(dir, 'unbound.conf');
        await writeFile(path, resolverConf(dir, port, authoritative.port, zones, anchors));
        return startChild(unbound, ['-d', '-c', path]);
      },
      // Any answer will do: an expired zone's is SERVFAIL.
      async (server, child) => {
        if (zones.length > 0) await waitForAnswer(server, zones[0]!.name, child, 'unbound', true);
      },
    );

    return {
      resolver,
      authoritative,
      trustAnchors: anchors,
      logs: () => `knotd:\n${knot.stderr()}\nunbound:\n${validator.stderr()}`,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
