// The benchmark's servers, run in a child process of their own so that the bench process measures
// the client side only (its CPU time, its event loop, its peak RSS). Loopback only, ephemeral
// ports. The parent forks this module, receives a `ready` message with the CA and the listening
// ports, and sends `stop` when it is done (a lost parent stops it too).

import { createFixtureCertificates } from '../src/demo/certificates.js';
import { type MailProtocol, startMailServer } from '../src/demo/mail-servers.js';
import { type FixtureServer, startTlsServer } from '../src/demo/tls-server.js';
import { startHttpServer } from '../src/demo/http-servers.js';
import { closeDestroyingAll, listenOnLoopback } from '../src/demo/loopback.js';
import { startDrip, startTarpitServer } from '../__tests__/support/hostile-servers.js';
import net from 'node:net';

export interface FixtureTarget {
  /** The name the certificate carries, used for SNI and the name check. */
  host: string;
  address: string;
  port: number;
}

export interface FixtureReady {
  type: 'ready';
  /** The fixture root that signed the one certificate every TLS server presents (PEM). */
  ca: string;
  /** Implicit-TLS web servers (node:tls, no dialogue). */
  https: FixtureTarget[];
  /** Implicit-TLS IMAP servers: greet, answer CAPABILITY and LOGOUT inside TLS. */
  imaps: FixtureTarget[];
  /** Accept TCP connections and never send a byte. */
  tarpits: FixtureTarget[];
  /** Send an SMTP greeting one byte a second. */
  drips: FixtureTarget[];
  /**
   * STARTTLS mail servers, per service, Postfix-like: plaintext pipelined after STARTTLS is
   * thrown away at the upgrade, so the injection test meets what most patched servers do.
   */
  starttls: Record<StarttlsService, FixtureTarget[]>;
  /**
   * One mail host with every service (the README's whole policy), on 127.0.0.1 with a
   * certificate naming that address: port per service, and a port nothing listens on.
   */
  oneHost: { ports: Record<OneHostService, number>; closedPort: number };
}

export const ONE_HOST_SERVICES = ['smtp', 'submission', 'submissions', 'imap', 'imaps', 'pop3', 'pop3s', 'managesieve', 'https', 'http'] as const;
export type OneHostService = (typeof ONE_HOST_SERVICES)[number];

export const STARTTLS_SERVICES = ['smtp', 'submission', 'imap', 'pop3', 'managesieve'] as const;
export type StarttlsService = (typeof STARTTLS_SERVICES)[number];
const PROTOCOL_OF: Readonly<Record<StarttlsService, MailProtocol>> = { smtp: 'smtp', submission: 'smtp', imap: 'imap', pop3: 'pop3', managesieve: 'managesieve' };

export interface FixtureRequest {
  /** Host names the certificate carries; servers take them round-robin (a host on many ports). */
  hostNames: number;
  httpsServers: number;
  imapsServers: number;
  tarpits: number;
  drips: number;
  /** STARTTLS servers for each of STARTTLS_SERVICES. */
  starttlsServers: number;
}

const DOMAIN = 'bench.example';

function name(i: number): string {
  return `mail-${i + 1}.${DOMAIN}`;
}

async function start(request: FixtureRequest): Promise<{ ready: FixtureReady; servers: FixtureServer[] }> {
  const certificates = await createFixtureCertificates();
  const names = Array.from({ length: Math.max(1, request.hostNames) }, (_, i) => name(i));
  const nameFor = (i: number) => names[i % names.length]!;
  const httpsNames = Array.from({ length: request.httpsServers }, (_, i) => nameFor(i));
  const imapsNames = Array.from({ length: request.imapsServers }, (_, i) => nameFor(i + request.httpsServers));
  const tarpitNames = Array.from({ length: Math.max(request.tarpits, request.drips) }, (_, i) => nameFor(i));
  // One certificate for every server, naming every host (a handful of SANs, as a mail host's
  // certificate has): trust and names are both real.
  const pem = await certificates.good(names);

  const servers: FixtureServer[] = [];
  const https: FixtureTarget[] = [];
  for (const host of httpsNames) {
    const server = await startTlsServer({ pem });
    servers.push(server);
    https.push({ host, address: server.address, port: server.port });
  }
  const imaps: FixtureTarget[] = [];
  for (const host of imapsNames) {
    const server = await startMailServer({ protocol: 'imap', pem, implicitTls: true });
    servers.push(server);
    imaps.push({ host, address: server.address, port: server.port });
  }
  const tarpits: FixtureTarget[] = [];
  for (const host of tarpitNames) {
    const server = await startTarpitServer();
    servers.push(server);
    tarpits.push({ host, address: server.address, port: server.port });
  }
  const drips: FixtureTarget[] = [];
  for (const host of tarpitNames.slice(0, request.drips)) {
    const server = await startDrip();
    servers.push(server);
    drips.push({ host, address: server.address, port: server.port });
  }
  const starttls = Object.fromEntries(STARTTLS_SERVICES.map((service) => [service, [] as FixtureTarget[]])) as Record<StarttlsService, FixtureTarget[]>;
  for (const [s, service] of STARTTLS_SERVICES.entries()) {
    for (let i = 0; i < request.starttlsServers; i++) {
      const server = await startMailServer({ protocol: PROTOCOL_OF[service], pem, injection: 'clean' });
      servers.push(server);
      starttls[service].push({ host: nameFor(s * request.starttlsServers + i), address: server.address, port: server.port });
    }
  }
  const hostPem = await certificates.good(['127.0.0.1']);
  const oneHostServers: Record<OneHostService, FixtureServer & { port: number }> = {
    smtp: await startMailServer({ protocol: 'smtp', pem: hostPem, injection: 'clean' }),
    submission: await startMailServer({ protocol: 'smtp', pem: hostPem, injection: 'clean' }),
    submissions: await startMailServer({ protocol: 'smtp', pem: hostPem, implicitTls: true }),
    imap: await startMailServer({ protocol: 'imap', pem: hostPem, injection: 'clean' }),
    imaps: await startMailServer({ protocol: 'imap', pem: hostPem, implicitTls: true }),
    pop3: await startMailServer({ protocol: 'pop3', pem: hostPem, injection: 'clean' }),
    pop3s: await startMailServer({ protocol: 'pop3', pem: hostPem, implicitTls: true }),
    managesieve: await startMailServer({ protocol: 'managesieve', pem: hostPem, injection: 'clean' }),
    https: await startTlsServer({ pem: hostPem }),
    http: await startHttpServer('redirect-https'),
  };
  servers.push(...Object.values(oneHostServers));
  const ports = Object.fromEntries(ONE_HOST_SERVICES.map((service) => [service, oneHostServers[service].port])) as Record<OneHostService, number>;
  // A port bound, noted and released: the forbidden plaintext service that must not answer.
  const spare = net.createServer();
  const { port: closedPort } = await listenOnLoopback(spare);
  await closeDestroyingAll(spare, []);
  return { ready: { type: 'ready', ca: certificates.ca.cert, https, imaps, tarpits, drips, starttls, oneHost: { ports, closedPort } }, servers };
}

if (process.send) {
  let servers: FixtureServer[] = [];
  const stop = async () => {
    await Promise.allSettled(servers.map((s) => s.close()));
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  process.on('message', (message: unknown) => {
    const m = message as { type?: string } & Partial<FixtureRequest>;
    if (m.type === 'start') {
      start({
        hostNames: m.hostNames ?? 5,
        httpsServers: m.httpsServers ?? 25,
        imapsServers: m.imapsServers ?? 25,
        tarpits: m.tarpits ?? 8,
        drips: m.drips ?? 8,
        starttlsServers: m.starttlsServers ?? 5,
      }).then(
        (started) => {
          servers = started.servers;
          process.send!(started.ready);
        },
        (err: unknown) => {
          process.send!({ type: 'error', message: err instanceof Error ? err.message : String(err) });
          process.exit(1);
        },
      );
    } else if (m.type === 'usage') {
      // CPU time the servers spent so far (microseconds): tells whether they were the bottleneck.
      const used = process.cpuUsage();
      process.send!({ type: 'usage', cpuMicros: used.user + used.system });
    } else if (m.type === 'stop') {
      void stop();
    }
  });
}
