// Fixture servers for TLS probes: an implicit-TLS server with a chosen certificate and version
// range, a tarpit that accepts and never speaks, and a server that swallows the ClientHello and
// never answers. Loopback only, ephemeral ports. Used by the tests and the `demo` command.

import * as net from 'node:net';
import * as tls from 'node:tls';
import type { TlsVersionName } from '../probe/facts.js';
import type { Pem } from './certificates.js';
import { startTarpitServer, type HostileServer } from './hostile-servers.js';
import { closeDestroyingAll, listenOnLoopback } from './loopback.js';

export interface FixtureServer {
  port: number;
  address: string;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

export interface TlsServerOptions {
  pem: Pem;
  /** Extra certificates sent after the leaf (intermediates). */
  chain?: string[];
  minVersion?: TlsVersionName;
  maxVersion?: TlsVersionName;
  /** 'DEFAULT@SECLEVEL=0' lets OpenSSL 3 speak TLS 1.0/1.1 and serve SHA-1 certificates. */
  ciphers?: string;
  host?: string;
  /** Written once the handshake completes (a protocol greeting, say). */
  greeting?: string;
}

export interface TlsFixtureServer extends FixtureServer {
  /** Handshakes the server side completed so far. */
  readonly handshakes: number;
  /** The SNI name of each completed handshake, in order (false when the client sent none). */
  readonly servernames: readonly (string | false)[];
  /**
   * Resolves once `count` handshakes have completed on the server side. A client can finish its
   * side first (TLS 1.3 client Finished), so tests wait here before reading the server's view.
   */
  handshakesReached(count: number): Promise<void>;
}


function track(server: net.Server, sockets: Set<net.Socket>): void {
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // Clients of a fixture reset connections all the time; that is not the server's problem.
    socket.on('error', () => undefined);
  });
}

export async function startTlsServer(options: TlsServerOptions): Promise<TlsFixtureServer> {
  const sockets = new Set<net.Socket>();
  const servernames: (string | false)[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = tls.createServer({
    cert: [options.pem.cert, ...(options.chain ?? [])].join('\n'),
    key: options.pem.key,
    ...(options.minVersion ? { minVersion: options.minVersion } : {}),
    ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}),
    ...(options.ciphers ? { ciphers: options.ciphers } : {}),
  });
  track(server, sockets);
  server.on('tlsClientError', () => undefined);
  server.on('secureConnection', (socket: tls.TLSSocket) => {
    socket.on('error', () => undefined);
    servernames.push((socket as tls.TLSSocket & { servername?: string | false }).servername || false);
    for (const waiter of waiters.filter((w) => w.count <= servernames.length)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    if (options.greeting !== undefined) socket.write(options.greeting);
  });
  const bound = await listenOnLoopback(server, options.host ?? '127.0.0.1');
  return {
    ...bound,
    get handshakes() {
      return servernames.length;
    },
    servernames,
    handshakesReached: (count) =>
      count <= servernames.length ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () => closeDestroyingAll(server, sockets),
  };
}

/** Accepts TCP connections and never sends a byte. */
export function startTarpit(): Promise<HostileServer> {
  return startTarpitServer();
}

/**
 * Accepts, reads the ClientHello (and anything after it), never answers: to a TLS client, the
 * same silent peer as a tarpit.
 */
export function startStallingTls(): Promise<HostileServer> {
  return startTarpitServer();
}
