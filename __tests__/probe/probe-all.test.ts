// probeAll: results in input order whatever order endpoints finish in, the overall concurrency
// limit and the per-address limit, both counted on the server side.
import http from 'node:http';
import type net from 'node:net';
import { probeAll } from '../../src/probe/engine.js';
import type { EndpointFacts } from '../../src/facts/endpoint.js';
import { endpointFor, startRawServer } from './helpers.js';

interface CountingServer {
  port: number;
  /** Most requests in progress at once. */
  peak(): number;
  /** Host headers in the order their responses were sent. */
  finished: string[];
  close(): Promise<void>;
}

/** Answers each request after the delay its Host name asks for ("d120.test" → 120 ms). */
async function startCountingServer(address: string): Promise<CountingServer> {
  let inFlight = 0;
  let peak = 0;
  const finished: string[] = [];
  const server = http.createServer((req, res) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const delay = Number(/^d(\d+)\./.exec(host)?.[1] ?? 0);
    setTimeout(() => {
      inFlight -= 1;
      finished.push(host);
      res.writeHead(301, { location: `https://${host}/` }).end();
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    peak: () => peak,
    finished,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let server: CountingServer;
beforeEach(async () => {
  server = await startCountingServer('127.0.0.1');
});
afterEach(async () => {
  await server.close();
});

const DELAYS = [150, 10, 120, 20, 90, 30, 60, 5];

test('results come back in input order; never more than `concurrency` at once, and that many are used', async () => {
  const endpoints = DELAYS.map((d) => endpointFor('http', server.port, { host: `d${d}.test` }));
  const done: string[] = [];
  const results = await probeAll(endpoints, {
    concurrency: 3,
    perHost: 100,
    extraCa: [],
    onEndpointDone: (facts: EndpointFacts) => done.push(facts.host),
  });
  expect(results.map((f) => f.host)).toEqual(DELAYS.map((d) => `d${d}.test`));
  expect(results.map((f) => f.http?.location)).toEqual(DELAYS.map((d) => `https://d${d}.test/`));
  expect(server.peak()).toBeLessThanOrEqual(3);
  expect(server.peak()).toBeGreaterThanOrEqual(2);
  // The callback saw each endpoint once, as each finished: the slowest (150 ms, first in the
  // input) cannot have been reported first. Exact finishing order is left alone: near-equal
  // delays race on a busy machine.
  expect([...done].sort()).toEqual(results.map((f) => f.host).sort());
  expect(done[0]).not.toBe('d150.test');
});

test('per-address limit holds below the overall one', async () => {
  const endpoints = DELAYS.map((d) => endpointFor('http', server.port, { host: `d${d}.test` }));
  await probeAll(endpoints, { concurrency: 8, perHost: 1, extraCa: [] });
  expect(server.peak()).toBe(1);
});

test('per-address limit applies to each address separately', async () => {
  const other = await startCountingServer('127.0.0.2').catch(() => null);
  if (!other) return; // 127.0.0.2 not routable here: the single-address case above still holds
  try {
    const endpoints = DELAYS.flatMap((d) => [
      endpointFor('http', server.port, { host: `d${d}.test` }),
      endpointFor('http', other.port, { host: `d${d}.test`, address: '127.0.0.2' }),
    ]);
    await probeAll(endpoints, { concurrency: 8, perHost: 2, extraCa: [] });
    expect(server.peak()).toBe(2);
    expect(other.peak()).toBe(2);
  } finally {
    await other.close();
  }
});

test('unresolved endpoints take their place in the order and open nothing', async () => {
  const endpoints = [
    endpointFor('http', server.port, { host: 'd30.test' }),
    endpointFor('smtp', 25, { host: 'nowhere.test', address: null, resolveError: 'ENOTFOUND' }),
    endpointFor('http', server.port, { host: 'd0.test' }),
  ];
  const results = await probeAll(endpoints, { concurrency: 2, extraCa: [] });
  expect(results.map((f) => [f.host, f.connections, f.error?.kind ?? null])).toEqual([
    ['d30.test', 1, null],
    ['nowhere.test', 0, 'unresolved'],
    ['d0.test', 1, null],
  ]);
});

test('on a host probed one endpoint at a time, the endpoints with the most connections go first; results stay in input order', async () => {
  const accepted: string[] = [];
  const hangUp = (name: string) => startRawServer((socket) => {
    accepted.push(name);
    socket.destroy();
  });
  const servers = { forbidden: await hangUp('forbidden'), http: await hangUp('http'), imaps: await hangUp('imaps'), smtp: await hangUp('smtp') };
  try {
    const endpoints = [
      endpointFor('pop3', servers.forbidden.port, { expectation: 'forbid' }),
      endpointFor('http', servers.http.port),
      endpointFor('imaps', servers.imaps.port),
      endpointFor('smtp', servers.smtp.port),
    ];
    const facts = await probeAll(endpoints, { concurrency: 4, perHost: 1, extraCa: [], retryAfterMs: 1 });
    expect(facts.map((f) => f.port)).toEqual(endpoints.map((e) => e.port));
    // Each server's first connection, in the order they came: one endpoint at a time.
    expect([...new Set(accepted)]).toEqual(['smtp', 'imaps', 'http', 'forbidden']);
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.close()));
  }
});
