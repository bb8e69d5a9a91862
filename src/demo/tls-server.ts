// Fixture servers for TLS probes: an implicit-TLS server with a chosen certificate and version
// range, one that answers TLS 1.2/1.3 but never a legacy ClientHello, a tarpit that accepts and
// never speaks, and a server that swallows the ClientHello and never answers. Loopback only, ephemeral ports. Used by the tests and the `demo` command.

import * as net from 'node:net';
import * as tls from 'node:tls';
import type { TlsVersionName } from '../facts/endpoint.js';
import type { Pem } from './certificates.js';
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
  /** DH parameters (PEM) for DHE suites, or 'auto' for a group as large as the certificate's key. */
  dhparam?: string;
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
    ...(options.dhparam ? { dhparam: options.dhparam } : {}),
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

export interface LegacySilentTlsServer extends TlsFixtureServer {
  /** TCP connections accepted so far, and how many of them got no answer (a legacy ClientHello). */
  readonly accepted: number;
  readonly unanswered: number;
}

/** Where a ClientHello's legacy_version (client_version) sits: record header 5, handshake header 4. */
const CLIENT_VERSION_AT = 9;

/**
 * A TLS server (as startTlsServer) behind a front that never answers a ClientHello offering
 * nothing above TLS 1.1 (legacy_version below 0x0303): it reads and says nothing, as a filter or
 * a rate limit that silently drops old TLS does. A ClientHello for TLS 1.2 or 1.3 is passed
 * through to the real server, which answers it.
 */
export async function startLegacySilentTls(options: TlsServerOptions): Promise<LegacySilentTlsServer> {
  const backend = await startTlsServer({ ...options, host: '127.0.0.1' });
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  let unanswered = 0;
  const front = net.createServer((client) => {
    accepted += 1;
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      if (head.length < CLIENT_VERSION_AT + 2) return;
      client.off('data', onData);
      if (head[0] !== 0x16 || head.readUInt16BE(CLIENT_VERSION_AT) < 0x0303) {
        unanswered += 1;
        // Read on, answer nothing.
        client.on('data', () => undefined);
        return;
      }
      const upstream = net.connect(backend.port, backend.address);
      sockets.add(upstream);
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => {
        sockets.delete(upstream);
        client.destroy();
      });
      client.on('close', () => upstream.destroy());
      upstream.write(head);
      client.pipe(upstream).pipe(client);
    };
    client.on('data', onData);
  });
  track(front, sockets);
  const bound = await listenOnLoopback(front, options.host ?? '127.0.0.1');
  return {
    ...bound,
    get handshakes() {
      return backend.handshakes;
    },
    servernames: backend.servernames,
    handshakesReached: (count) => backend.handshakesReached(count),
    get accepted() {
      return accepted;
    },
    get unanswered() {
      return unanswered;
    },
    close: async () => {
      await closeDestroyingAll(front, sockets);
      await backend.close();
    },
  };
}
