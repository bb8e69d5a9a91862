// TLS through the engine: versions swept over STARTTLS and implicit TLS, handshakes that fail or
// stall, and the number of connections each case costs (never more than six), counted by the
// servers themselves.
import net from 'node:net';
import { createFixtureCertificates, type FixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startMailServer } from '../../src/demo/mail-servers.js';
import { startTlsServer } from '../../src/demo/tls-server.js';
import { startStallingTls } from '../support/hostile-servers.js';
import { MAX_CONNECTIONS_PER_ENDPOINT } from '../../src/facts/vocabulary.js';
import { probeEndpoint, type ProbeOptions } from '../../src/probe/engine.js';
import { HOST, endpointFor, serversClosedAfterEach, startRawServer } from './helpers.js';

let certs: FixtureCertificates;
let pem: Pem;
let options: ProbeOptions;
const hold = serversClosedAfterEach();

beforeAll(async () => {
  certs = await createFixtureCertificates();
  pem = await certs.good([HOST]);
  options = { concurrency: 1, extraCa: [certs.ca.cert], retryAfterMs: 20 };
});

test('STARTTLS capped at TLS 1.2: negotiated, swept and its suites asked, five connections', async () => {
  const server = await hold(startMailServer({ protocol: 'smtp', pem, maxVersion: 'TLSv1.2' }));
  const facts = await probeEndpoint(endpointFor('smtp', server.port), options);
  expect(facts.error).toBeNull();
  expect(facts.tls).toMatchObject({ mode: 'starttls', version: 'TLSv1.2', versionsAccepted: ['TLSv1.2'], error: null });
  expect(facts.plaintext?.commandInjection).toBe(false);
  // main, injection test, the sweep's 1.0–1.1 question, and two cipher questions (node's default
  // list picks an RSA key transport suite, then refuses the rest)
  expect(facts.connections).toBe(5);
  expect(server.accepted).toBe(5);
});

test('STARTTLS on a legacy-only server: the modern handshake fails, the sweep finds TLS 1.0 and 1.1', async () => {
  const server = await hold(startMailServer({ protocol: 'pop3', pem, minVersion: 'TLSv1', maxVersion: 'TLSv1.1' }));
  const facts = await probeEndpoint(endpointFor('pop3', server.port), options);
  expect(facts.error).toMatchObject({ kind: 'tls-handshake', step: 'handshake' });
  expect(facts.tls).toMatchObject({ mode: 'starttls', version: null, versionsAccepted: ['TLSv1', 'TLSv1.1'] });
  expect(facts.tls?.error).toEqual(expect.any(String));
  expect(facts.plaintext).toMatchObject({ starttls: true, starttlsReply: '+OK Begin TLS negotiation', capabilitiesAfterTls: null, commandInjection: null });
  // main, then the sweep: 1.3 alone, 1.2 alone, 1.0–1.1, 1.0 alone; then one cipher question at
  // 1.1 and one at 1.0, each refused
  expect(facts.connections).toBe(7);
  expect(server.accepted).toBe(7);
});

test('a busy retry in front of a legacy-only server stays within the budget', async () => {
  const legacy = await hold(startMailServer({ protocol: 'imap', pem, minVersion: 'TLSv1', maxVersion: 'TLSv1.1' }));
  const front = await hold(startRawServer((socket, index) => {
    if (index === 1) return void socket.end('* BYE busy\r\n');
    const back = net.connect(legacy.port, '127.0.0.1');
    back.on('error', () => socket.destroy());
    back.on('close', () => socket.destroy());
    socket.on('close', () => back.destroy());
    socket.pipe(back).pipe(socket);
  }));
  const facts = await probeEndpoint(endpointFor('imap', front.port), options);
  expect(facts.tls?.versionsAccepted).toEqual(['TLSv1', 'TLSv1.1']);
  // the busy one, the retry, four sweep questions, one cipher question at 1.1 and one at 1.0
  expect(facts.connections).toBe(8);
  expect(front.accepted).toBe(8);
  expect(facts.connections).toBeLessThanOrEqual(MAX_CONNECTIONS_PER_ENDPOINT);
});

test('https: implicit TLS with nothing spoken after, four connections', async () => {
  const server = await hold(startTlsServer({ pem }));
  const facts = await probeEndpoint(endpointFor('https', server.port), options);
  // main, the first cipher question at 1.2 (node's default list picks an RSA key transport suite,
  // which answers the sweep's 1.2 question too), the sweep's 1.0–1.1 question, the refusal of the rest
  expect(facts).toMatchObject({ reachable: true, error: null, plaintext: null, http: null, connections: 4 });
  expect(facts.tls).toMatchObject({ mode: 'implicit', version: 'TLSv1.3', versionsAccepted: ['TLSv1.2', 'TLSv1.3'], error: null });
  expect(facts.tls?.certificate).toMatchObject({ trusted: true, nameMatch: true });
});

test('implicit TLS that stalls the handshake times out at the handshake step, and no sweep waits on it again', async () => {
  const server = await hold(startStallingTls());
  const facts = await probeEndpoint(endpointFor('imaps', server.port, {}, 300), options);
  expect(facts.error).toMatchObject({ kind: 'tls-handshake', step: 'handshake' });
  expect(facts.tls).toMatchObject({ mode: 'implicit', version: null, versionsAccepted: [] });
  expect(facts.durationMs).toBeGreaterThanOrEqual(300);
  // A peer that lets one handshake time out would let every sweep handshake time out too:
  // one connection, one deadline, not four.
  expect(facts.connections).toBe(1);
});

test('STARTTLS with a self-signed certificate completes; the certificate says untrusted', async () => {
  const server = await hold(startMailServer({ protocol: 'managesieve', pem: await certs.selfSigned([HOST]) }));
  const facts = await probeEndpoint(endpointFor('managesieve', server.port), options);
  expect(facts.error).toBeNull();
  expect(facts.tls?.version).toBe('TLSv1.3');
  expect(facts.tls?.certificate).toMatchObject({ trusted: false, nameMatch: true });
  expect(facts.plaintext?.capabilitiesAfterTls).toContain('SASL PLAIN LOGIN');
});
