// Shared by the probe tests: endpoints aimed at loopback fixtures, and tiny raw servers for the
// misbehaving cases the shipped fixtures do not cover.
import net from 'node:net';
import type { Endpoint } from '../../src/plan/types.js';
import type { EndpointFacts } from '../../src/facts/endpoint.js';
import type { ServiceName } from '../../src/policy/services.js';

export const HOST = 'mail.example.test';

/** What OpenSSL 3 needs on a fixture before it speaks TLS 1.0 or 1.1, or serves SHA-1. */
export const LEGACY = 'DEFAULT@SECLEVEL=0';

/**
 * Called once at the top of a test file: returns `hold`, which takes a server (or the promise of
 * one) as it starts and hands it back; every server held during a test is closed after it.
 */
export function serversClosedAfterEach(): <T extends { close(): Promise<void> }>(server: T | Promise<T>) => Promise<T> {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return async (server) => {
    const started = await server;
    open.push(started);
    return started;
  };
}

export function endpointFor(service: ServiceName, port: number, overrides: Partial<Endpoint> = {}, timeoutMs = 3000): Endpoint {
  return {
    host: HOST,
    address: '127.0.0.1',
    port,
    service,
    expectation: 'require',
    location: { file: 'policy.yml', line: 1, column: 1 },
    settings: {
      tls: { minVersion: '1.2' },
      certificate: { verify: true, minDaysLeft: 21 },
      timeoutMs,
      addresses: 'all',
    },
    ...overrides,
  };
}

export interface RawServer {
  port: number;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Most connections open at one time, as the server saw them. */
  readonly peak: number;
  close(): Promise<void>;
}

/** A net server whose every connection is handed to `onConnection`; counts what it accepts. */
export async function startRawServer(onConnection: (socket: net.Socket, index: number) => void, host = '127.0.0.1'): Promise<RawServer> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  let peak = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    peak = Math.max(peak, sockets.size);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    onConnection(socket, accepted);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    get accepted() {
      return accepted;
    },
    get peak() {
      return peak;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port that was just free: listening on it and closing again leaves nothing there. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A TCP connection to a loopback fixture, resolved once it is established. */
export function connect(port: number, host = '127.0.0.1'): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host }, () => {
      socket.removeListener('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/**
 * An endpoint's facts less what the order of its questions may change (`connections`) and what
 * the clock does (`durationMs`): what two probes of one server must agree on, whatever the order.
 */
export function factsBesideCost(facts: EndpointFacts): Omit<EndpointFacts, 'connections' | 'durationMs'> {
  const { connections: _connections, durationMs: _durationMs, ...rest } = facts;
  return rest;
}
