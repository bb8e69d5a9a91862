// Port 80 against the shipped HTTP fixtures and raw servers: status and Location recorded,
// redirects never followed, the policy host in Host, and only the planned address dialled.
import http from 'node:http';
import type net from 'node:net';
import { startHttpServer, type HttpServer } from '../../src/demo/http-servers.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import { hostHeader } from '../../src/probe/http.js';
import { HOST, closedPort, endpointFor, serversClosedAfterEach, startRawServer } from './helpers.js';

const options = { concurrency: 1, extraCa: [] };
const hold = serversClosedAfterEach();
const fixture = (kind: Parameters<typeof startHttpServer>[0]): Promise<HttpServer> => hold(startHttpServer(kind));

test('a 301 to https on the same host: status and location, one connection, nothing followed', async () => {
  const server = await fixture('redirect-https');
  const facts = await probeEndpoint(endpointFor('http', server.port), options);
  expect(facts.error).toBeNull();
  expect(facts.reachable).toBe(true);
  expect(facts.http).toEqual({ status: 301, location: `https://${HOST}/`, error: null });
  expect(server.hosts).toEqual([`${HOST}:${server.port}`]);
  expect(facts.connections).toBe(1);
  expect(server.accepted).toBe(1);
});

test('a 200 has no location', async () => {
  const server = await fixture('ok');
  const facts = await probeEndpoint(endpointFor('http', server.port), options);
  expect(facts.http).toEqual({ status: 200, location: null, error: null });
});

test('a redirect to another host is reported as it is and not followed', async () => {
  const server = await fixture('redirect-elsewhere');
  const facts = await probeEndpoint(endpointFor('http', server.port), options);
  expect(facts.http).toEqual({ status: 301, location: 'https://elsewhere.mail-tls-gate.test/', error: null });
  expect(server.accepted).toBe(1);
});

test('a refused port 80', async () => {
  const facts = await probeEndpoint(endpointFor('http', await closedPort()), options);
  expect(facts).toMatchObject({ reachable: false, connections: 1, error: { kind: 'refused', step: 'connect' }, http: { status: null, location: null } });
});

test('a server that never answers times out at the http step', async () => {
  const server = await hold(startRawServer(() => undefined));
  const facts = await probeEndpoint(endpointFor('http', server.port, {}, 300), options);
  expect(facts.reachable).toBe(true);
  expect(facts.error).toMatchObject({ kind: 'timeout', step: 'http' });
  expect(facts.durationMs).toBeGreaterThanOrEqual(300);
  expect(facts.http?.error).toContain('no response within 300 ms');
});

test('garbage instead of HTTP is misbehaving', async () => {
  const server = await hold(startRawServer((socket) => socket.end('220 mail.example.test ESMTP\r\n')));
  const facts = await probeEndpoint(endpointFor('http', server.port), options);
  expect(facts.reachable).toBe(true);
  expect(facts.error).toMatchObject({ kind: 'misbehaving', step: 'http' });
  expect(facts.http?.status).toBeNull();
});

test('a huge body is not read to its end', async () => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    // Keep writing until the client goes away; a reader that took it all would never finish.
    const pump = () => {
      while (res.write(chunk)) continue;
    };
    res.on('drain', pump);
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await hold({ close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) });
  const port = (server.address() as net.AddressInfo).port;
  const facts = await probeEndpoint(endpointFor('http', port, {}, 5000), options);
  expect(facts.http).toEqual({ status: 200, location: null, error: null });
  expect(facts.error).toBeNull();
});

test('an IPv6 host name is bracketed in Host', () => {
  expect(hostHeader('2001:db8::25', 80)).toBe('[2001:db8::25]');
  expect(hostHeader('2001:db8::25', 8080)).toBe('[2001:db8::25]:8080');
  expect(hostHeader('mail.example.test', 80)).toBe('mail.example.test');
  expect(hostHeader('192.0.2.1', 80)).toBe('192.0.2.1');
});

test('over IPv6 loopback, with an IPv6 literal as the host', async () => {
  const hosts: string[] = [];
  const server = http.createServer((req, res) => {
    hosts.push(req.headers.host ?? '');
    res.writeHead(301, { location: 'https://[::1]/' }).end();
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, '::1', () => resolve(true));
  });
  if (!listening) return; // no IPv6 loopback on this machine: nothing to test against
  await hold({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
  const port = (server.address() as net.AddressInfo).port;
  const facts = await probeEndpoint(endpointFor('http', port, { host: '::1', address: '::1' }), options);
  expect(facts.http).toEqual({ status: 301, location: 'https://[::1]/', error: null });
  expect(hosts).toEqual([`[::1]:${port}`]);
});
