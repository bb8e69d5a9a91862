// A runner with a limited network, for real: a network namespace (unshare --net) whose only
// interface is `lo`, so 127.x answers, 2001:db8::/32 has no route (a connect fails at once, and no
// packet can leave the machine), and an nftables table of its own drops what the test says. A
// private mount namespace beside it carries the test's resolv.conf, so getaddrinfo asks a DNS
// server inside the namespace. The host's own network, firewall and files are never touched.
// Run as another user than root, both live inside a user namespace of the test's own.
//
// The fixture servers stay in this (jest's) process: the namespace's holder opens each listening
// socket inside the namespace and passes its handle here over IPC, and each connection it accepts
// is relayed to a fixture server on this side's loopback (each datagram, for a UDP socket: DNS). Programs run inside with nsenter.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findProgram, runProgram, type ProgramRun } from '../support/system-tool.js';

const HOLDER = fileURLToPath(new URL('./namespace-holder.mjs', import.meta.url));
const NEEDED = ['unshare', 'nsenter', 'ip', 'nft', 'mount'] as const;

// As root, plain network and mount namespaces; as anyone else, inside a user namespace of one's
// own (where one is root over those namespaces and nothing else), as rootless containers do.
const AS_ROOT = process.getuid?.() === 0;
const UNSHARE_FLAGS = [...(AS_ROOT ? [] : ['--user', '--map-root-user']), '--net', '--mount', '--propagation', 'private'];
const NSENTER_FLAGS = [...(AS_ROOT ? [] : ['--user', '--preserve-credentials']), '--net', '--mount'];

/** Why this machine cannot build the namespace (a program missing, no permission), or null when it can. */
export function namespaceUnavailable(): string | null {
  for (const program of NEEDED) {
    if (findProgram(program) === null) return `${program} is not installed (.ci/run installs iproute2, nftables and util-linux)`;
  }
  // The same calls the holder makes, in a namespace thrown away at once.
  const probe = spawnSync(findProgram('unshare')!, [...UNSHARE_FLAGS, findProgram('nft')!, 'list', 'ruleset'], { encoding: 'utf8' });
  if (probe.status !== 0) return `cannot make a network namespace with its own nftables here: ${(probe.stderr || probe.error?.message || `exit ${probe.status}`).trim()}`;
  return null;
}

/**
 * The files that make getaddrinfo inside the namespace ask only a DNS server inside it (see
 * `startDns`): a resolv.conf naming 127.0.0.1, an nsswitch.conf of `files dns` (no resolver
 * service outside is asked) and a hosts file with localhost alone. Written into `dir`; the
 * namespace's `mounts`.
 */
export async function resolverMounts(dir: string): Promise<[string, string][]> {
  const files: [string, string, string][] = [
    ['resolv.conf', '/etc/resolv.conf', 'nameserver 127.0.0.1\noptions timeout:2 attempts:2\n'],
    ['nsswitch.conf', '/etc/nsswitch.conf', 'hosts: files dns\n'],
    ['hosts', '/etc/hosts', '127.0.0.1 localhost\n::1 localhost\n'],
  ];
  for (const [name, , text] of files) await writeFile(join(dir, name), text);
  return files.map(([name, target]) => [join(dir, name), target]);
}

export interface NamespaceOptions {
  /** An nftables ruleset (nft -f syntax), loaded into the namespace's own tables. */
  nft: string;
  /** Files bind-mounted inside the namespace's private mount namespace: [source, target]. */
  mounts: [string, string][];
}

interface Message {
  started?: number;
  ready?: boolean;
  links?: string;
  routes6?: string;
  listening?: number;
  bound?: number;
  failed?: string;
  id?: number;
}

export class TestNamespace {
  private readonly relays = new Set<net.Socket>();
  private readonly servers: net.Server[] = [];
  private readonly datagramSockets: dgram.Socket[] = [];
  private readonly waiting = new Map<number, { resolve: (handle: net.Server | dgram.Socket) => void; reject: (err: Error) => void }>();
  private nextId = 1;
  private dns: ChildProcess | null = null;
  /** `ip -o link show` and `ip -6 route show` inside, as the holder saw them once set up. */
  links = '';
  routes6 = '';

  private constructor(private readonly holder: ChildProcess) {}

  /** The holder's pid: the namespace lives as long as it does. */
  get pid(): number {
    return this.holder.pid!;
  }

  static async start(options: NamespaceOptions): Promise<TestNamespace> {
    const holder = spawn(findProgram('unshare')!, [...UNSHARE_FLAGS, process.execPath, HOLDER], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    holder.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const ns = new TestNamespace(holder);
    await new Promise<void>((resolve, reject) => {
      const fail = (why: string) => reject(new Error(`the test namespace could not be set up: ${why}${stderr ? ` (${stderr.trim()})` : ''}`));
      holder.once('exit', (code) => fail(`the holder exited (${code})`));
      holder.once('error', (err) => fail(err.message));
      holder.on('message', (message: Message, handle?: net.Server | dgram.Socket) => {
        if (message.started !== undefined) holder.send({ setup: options });
        else if (message.ready) {
          ns.links = message.links ?? '';
          ns.routes6 = message.routes6 ?? '';
          resolve();
        } else if (message.listening !== undefined) ns.waiting.get(message.listening)?.resolve(handle!);
        else if (message.bound !== undefined) ns.waiting.get(message.bound)?.resolve(handle!);
        else if (message.failed !== undefined) {
          if (message.id !== undefined && ns.waiting.has(message.id)) ns.waiting.get(message.id)!.reject(new Error(message.failed));
          else fail(message.failed);
        }
      });
    });
    return ns;
  }

  /** Listens on `host:port` inside the namespace and relays every connection to `upstreamPort` on this side's 127.0.0.1. */
  async relay(host: string, port: number, upstreamPort: number): Promise<void> {
    const id = this.nextId++;
    const server = await new Promise<net.Server>((resolve, reject) => {
      this.waiting.set(id, { resolve: (handle) => resolve(handle as net.Server), reject });
      this.holder.send({ listen: { id, host, port } });
    });
    this.waiting.delete(id);
    this.servers.push(server);
    server.on('connection', (client: net.Socket) => {
      const upstream = net.connect(upstreamPort, '127.0.0.1');
      for (const [socket, other] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.relays.add(socket);
        socket.on('close', () => this.relays.delete(socket));
        // A reset on one side is a reset on the other; a clean end is passed on by pipe().
        socket.on('error', () => other.destroy());
        socket.pipe(other);
      }
    });
  }

  /**
   * A UDP socket on `host:port` inside the namespace whose every datagram is passed to
   * `upstreamPort` on this side's 127.0.0.1, and every reply back to its sender: a DNS server
   * outside (with relay() for its TCP) as if it listened inside. One upstream socket per sender.
   */
  async relayUdp(host: string, port: number, upstreamPort: number): Promise<void> {
    const id = this.nextId++;
    const inside = await new Promise<dgram.Socket>((resolve, reject) => {
      this.waiting.set(id, { resolve: (handle) => resolve(handle as dgram.Socket), reject });
      this.holder.send({ bindUdp: { id, host, port } });
    });
    this.waiting.delete(id);
    this.datagramSockets.push(inside);
    const upstreams = new Map<string, dgram.Socket>();
    inside.on('error', () => undefined);
    inside.on('message', (message, sender) => {
      const key = `${sender.address}:${sender.port}`;
      let upstream = upstreams.get(key);
      if (upstream === undefined) {
        upstream = dgram.createSocket('udp4');
        upstream.on('error', () => undefined);
        upstream.on('message', (reply) => inside.send(reply, sender.port, sender.address));
        upstreams.set(key, upstream);
        this.datagramSockets.push(upstream);
      }
      upstream.send(message, upstreamPort, '127.0.0.1');
    });
  }

  private nsenter(command: string, args: string[]): [string, string[]] {
    return [findProgram('nsenter')!, ['-t', String(this.pid), ...NSENTER_FLAGS, '--', command, ...args]];
  }

  /** Runs a program inside the namespace to its end. */
  run(command: string, args: string[], options: { timeoutMs?: number; cwd?: string } = {}): Promise<ProgramRun> {
    const [nsenter, nsArgs] = this.nsenter(command, args);
    return runProgram(nsenter, nsArgs, options);
  }

  /** Starts a long-running program inside the namespace (nsenter execs it: killing the child kills it). */
  spawn(command: string, args: string[]): ChildProcess {
    const [nsenter, nsArgs] = this.nsenter(command, args);
    return spawn(nsenter, nsArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  }

  /**
   * dnsmasq on the namespace's 127.0.0.1:53, answering from `confFile` (dnsmasq's syntax:
   * host-record=, mx-host=, …) and nothing else; returns once getaddrinfo inside finds
   * `ready.address` for `ready.name`. close() stops it.
   */
  async startDns(confFile: string, ready: { name: string; address: string }): Promise<void> {
    const dns = this.spawn(findProgram('dnsmasq')!, [
      '--keep-in-foreground', '--port=53', '--listen-address=127.0.0.1', '--bind-interfaces', '--no-resolv', '--no-hosts',
      '--no-poll', '--cache-size=0', '--pid-file=', '--log-facility=-', `--conf-file=${confFile}`, '--user=', '--group=',
    ]);
    this.dns = dns;
    let errors = '';
    dns.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
    const lookup = `require('dns').lookup(${JSON.stringify(ready.name)}, { all: true }, (e, a) => { if (e) process.exit(1); console.log(JSON.stringify(a.map((x) => x.address))); })`;
    for (let attempt = 0; ; attempt++) {
      const found = await this.run(process.execPath, ['-e', lookup]);
      if (found.code === 0 && found.stdout.includes(JSON.stringify(ready.address))) return;
      if (attempt === 50 || dns.exitCode !== null) throw new Error(`dnsmasq inside the namespace did not answer: ${errors}${found.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async close(): Promise<void> {
    this.dns?.kill();
    for (const socket of this.relays) socket.destroy();
    await Promise.all(this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    for (const socket of this.datagramSockets) socket.close();
    if (this.holder.exitCode === null && this.holder.signalCode === null) {
      const gone = new Promise<void>((resolve) => this.holder.once('exit', () => resolve()));
      this.holder.disconnect();
      await gone;
    }
  }
}
