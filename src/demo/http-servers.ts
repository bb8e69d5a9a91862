// HTTP fixture servers on 127.0.0.1 for the port-80 rule: a redirect to https on the same
// host, a plain 200, and a redirect that leaves for another host.
import http from 'node:http';
import type net from 'node:net';
import { closeDestroyingAll, listenOnLoopback } from './loopback.js';

export type HttpFixtureKind = 'redirect-https' | 'ok' | 'redirect-elsewhere';

export interface HttpServer {
  address: string;
  port: number;
  /** TCP connections accepted so far. */
  readonly accepted: number;
  /** The Host header of each request, in order. */
  readonly hosts: readonly string[];
  close(): Promise<void>;
}

/** The host part of a Host header ("[::1]:8080" → "[::1]", "mail.example:80" → "mail.example"). */
function hostOnly(header: string): string {
  const m = /^(\[[^\]]*\]|[^:]*)/.exec(header);
  return m ? m[1]! : header;
}

export async function startHttpServer(kind: HttpFixtureKind, elsewhere = 'https://elsewhere.mail-tls-gate.test/'): Promise<HttpServer> {
  let accepted = 0;
  const hosts: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    hosts.push(host);
    if (kind === 'ok') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('webmail fixture\n');
    } else {
      const location = kind === 'redirect-https' ? `https://${hostOnly(host)}${req.url ?? '/'}` : elsewhere;
      res.writeHead(301, { location, 'content-type': 'text/plain' }).end('moved\n');
    }
  });
  server.on('connection', (socket: net.Socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const { port } = await listenOnLoopback(server);
  return {
    address: '127.0.0.1',
    port,
    get accepted() {
      return accepted;
    },
    hosts,
    close: () => closeDestroyingAll(server, sockets),
  };
}
