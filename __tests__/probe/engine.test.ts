// The engine's failure paths and bookkeeping against real loopback servers: refused, timeouts
// with their deadline, misbehaving greetings, busy services and the retry, forbidden services,
// unresolved hosts, and connection counts seen from the server side.
import net from 'node:net';
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startMailFixture } from '../../src/demo/mail-servers.js';
import { probeEndpoint, type ProbeOptions } from '../../src/probe/engine.js';
import { MAX_LINE_BYTES, MAX_REPLY_BYTES } from '../../src/probe/lines.js';
import { closedPort, endpointFor, serversClosedAfterEach, startRawServer } from './helpers.js';

const options: ProbeOptions = { concurrency: 1, extraCa: [], heloName: 'probe.test', retryAfterMs: 20 };
const hold = serversClosedAfterEach();
const raw = (onConnection: Parameters<typeof startRawServer>[0]) => hold(startRawServer(onConnection));

describe('reachability', () => {
  test('a closed port is refused, with one connection attempted and none accepted', async () => {
    const facts = await probeEndpoint(endpointFor('smtp', await closedPort()), options);
    expect(facts.reachable).toBe(false);
    expect(facts.error).toMatchObject({ kind: 'refused', step: 'connect' });
    expect(facts.error?.message).toContain('ECONNREFUSED');
    expect(facts.connections).toBe(1);
    expect(facts.plaintext).toBeNull();
  });

  test('a server that never greets times out at the greeting, no sooner than its deadline, having heard nothing from us', async () => {
    let received = 0;
    const tarpit = await raw((socket) => socket.on('data', (chunk: Buffer) => (received += chunk.length)));
    const facts = await probeEndpoint(endpointFor('imap', tarpit.port, {}, 300), options);
    expect(facts.reachable).toBe(true);
    expect(facts.error).toMatchObject({ kind: 'timeout', step: 'greeting' });
    expect(facts.durationMs).toBeGreaterThanOrEqual(300);
    expect(facts.durationMs).toBeLessThan(10_000);
    // Never speak before the greeting.
    expect(received).toBe(0);
    expect(facts.connections).toBe(1);
  });

  test('an unresolved host opens nothing', async () => {
    const facts = await probeEndpoint(endpointFor('smtp', 25, { address: null, resolveError: 'ENOTFOUND mail.example.test' }), options);
    expect(facts).toMatchObject({ reachable: false, connections: 0, error: { kind: 'unresolved', step: 'resolve', message: 'ENOTFOUND mail.example.test' } });
  });

  test('a host that is not an address literal is never dialled', async () => {
    const facts = await probeEndpoint(endpointFor('smtp', 25, { address: 'localhost' }), options);
    expect(facts).toMatchObject({ reachable: false, connections: 0, error: { kind: 'other', step: 'connect' } });
  });

  test('a forbidden service that listens is reachable after one bare connect; no byte is sent', async () => {
    let received = 0;
    const server = await raw((socket) => {
      socket.write('220 hello\r\n');
      socket.on('data', (chunk: Buffer) => (received += chunk.length));
    });
    const facts = await probeEndpoint(endpointFor('pop3', server.port, { expectation: 'forbid' }), options);
    expect(facts).toMatchObject({ reachable: true, connections: 1, error: null, plaintext: null, tls: null });
    expect(server.accepted).toBe(1);
    expect(received).toBe(0);
  });

  test('a forbidden service that is closed is unreachable', async () => {
    const facts = await probeEndpoint(endpointFor('imap', await closedPort(), { expectation: 'forbid' }), options);
    expect(facts).toMatchObject({ reachable: false, connections: 1, error: { kind: 'refused' } });
  });
});

describe('misbehaving servers', () => {
  test('a greeting line over 8 KiB is misbehaving, with the start of it kept as evidence', async () => {
    const server = await raw((socket) => socket.write(`220 ${'x'.repeat(MAX_LINE_BYTES + 10)}\r\n`));
    const facts = await probeEndpoint(endpointFor('smtp', server.port), options);
    expect(facts.error).toMatchObject({ kind: 'misbehaving', step: 'greeting' });
    expect(facts.plaintext?.greeting.startsWith('220 xxxx')).toBe(true);
    expect(facts.plaintext!.greeting.length).toBeLessThan(2048);
  });

  test('a line of exactly 8 KiB is still a line', async () => {
    const server = await raw((socket) => {
      socket.write(`+OK ${'y'.repeat(MAX_LINE_BYTES - 4)}\r\n`);
      socket.on('data', (chunk: Buffer) => {
        if (chunk.toString().startsWith('CAPA')) socket.write('+OK\r\nUSER\r\n.\r\n');
        if (chunk.toString().startsWith('QUIT')) socket.end('+OK bye\r\n');
      });
    });
    const facts = await probeEndpoint(endpointFor('pop3', server.port), options);
    expect(facts.error).toBeNull();
    expect(facts.plaintext?.greeting.length).toBe(MAX_LINE_BYTES);
    expect(facts.plaintext?.authBeforeTls).toEqual(['USER']);
  });

  test('a reply over 64 KiB in many short lines is misbehaving', async () => {
    const server = await raw((socket) => {
      socket.write('220 ok\r\n');
      socket.on('data', () => {
        const line = `250-${'z'.repeat(1000)}\r\n`;
        socket.write(line.repeat(Math.ceil(MAX_REPLY_BYTES / 1000) + 2));
      });
    });
    const facts = await probeEndpoint(endpointFor('smtp', server.port), options);
    expect(facts.error).toMatchObject({ kind: 'misbehaving', step: 'capabilities' });
    expect(facts.error?.message).toContain('reply longer than');
  });

  test('binary instead of a greeting is misbehaving, bytes kept', async () => {
    const server = await raw((socket) => socket.write(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x2a, 0x01, 0x0d, 0x0a])));
    const facts = await probeEndpoint(endpointFor('imap', server.port), options);
    expect(facts.error).toMatchObject({ kind: 'misbehaving', step: 'greeting' });
    expect(facts.plaintext?.greeting).toBe('\x16\x03\x01\x00*\x01');
  });

  test('binary that never ends a line is misbehaving at the deadline, not a plain timeout', async () => {
    const server = await raw((socket) => socket.write(Buffer.from([0x00, 0xff, 0x13, 0x37])));
    const facts = await probeEndpoint(endpointFor('pop3', server.port, {}, 300), options);
    expect(facts.error).toMatchObject({ kind: 'misbehaving', step: 'greeting' });
    expect(facts.plaintext?.greeting).toBe('\x00\xff\x13\x37');
  });

  test('an HTTP server on a mail port is misbehaving', async () => {
    const server = await raw((socket) => socket.write('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'));
    const facts = await probeEndpoint(endpointFor('managesieve', server.port), options);
    expect(facts.error).toMatchObject({ kind: 'misbehaving', step: 'greeting' });
    expect(facts.plaintext?.greeting).toBe('HTTP/1.1 400 Bad Request');
  });

  test('an SMTP 554 greeting is misbehaving, not busy, and is not retried', async () => {
    const server = await raw((socket) => socket.end('554 5.3.2 no service for you\r\n'));
    const facts = await probeEndpoint(endpointFor('smtp', server.port), options);
    expect(facts.error).toMatchObject({ kind: 'misbehaving', step: 'greeting' });
    expect(facts.error?.busy).toBeUndefined();
    expect(facts.plaintext?.greeting).toBe('554 5.3.2 no service for you');
    expect(server.accepted).toBe(1);
  });

  test('bytes after the STARTTLS go-ahead (in the same packet) are a failed upgrade, and no handshake is tried on them', async () => {
    const server = await raw((socket) => {
      socket.write('* OK ready\r\n');
      socket.on('data', (chunk: Buffer) => {
        const [tag, verb] = chunk.toString('latin1').trim().split(' ');
        if (verb === 'CAPABILITY') socket.write(`* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n${tag} OK done\r\n`);
        if (verb === 'STARTTLS') socket.write(`${tag} OK go ahead\r\n* OK surprise\r\n`);
      });
    });
    const facts = await probeEndpoint(endpointFor('imap', server.port), options);
    expect(facts.error).toMatchObject({ kind: 'tls-handshake', step: 'handshake', message: expect.stringContaining('after its STARTTLS go-ahead, before it could have read our ClientHello') });
    expect(facts.plaintext?.starttlsReply).toBe('a2 OK go ahead');
    expect(facts.tls).toBeNull();
  });
});

describe('busy services', () => {
  test('a 421 greeting twice is busy, after exactly one retry', async () => {
    const server = await raw((socket) => socket.end('421 4.3.2 too busy, try later\r\n'));
    const facts = await probeEndpoint(endpointFor('smtp', server.port), options);
    expect(facts.error).toMatchObject({ kind: 'closed', step: 'greeting', busy: true });
    expect(facts.plaintext?.greeting).toBe('421 4.3.2 too busy, try later');
    expect(facts.connections).toBe(2);
    expect(server.accepted).toBe(2);
  });

  test.each([
    ['imap', '* BYE too many connections\r\n'],
    ['pop3', '-ERR [SYS/TEMP] try later\r\n'],
    ['pop3', '-ERR [IN-USE] mailbox locked\r\n'],
    ['managesieve', 'BYE "too many connections"\r\n'],
    ['managesieve', 'NO "try again later"\r\n'],
    ['smtp', '421 4.7.0 try later\r\n'],
  ] as const)('%s turning us away (%j) is busy', async (service, greeting) => {
    const server = await raw((socket) => socket.end(greeting));
    const facts = await probeEndpoint(endpointFor(service, server.port), options);
    expect(facts.error).toMatchObject({ kind: 'closed', step: 'greeting', busy: true });
    expect(server.accepted).toBe(2);
  });

  test('a bare POP3 -ERR greeting is no busy signal: misbehaving, not retried', async () => {
    const server = await raw((socket) => socket.end('-ERR go away\r\n'));
    const facts = await probeEndpoint(endpointFor('pop3', server.port), options);
    expect(facts.error).toMatchObject({ kind: 'misbehaving', step: 'greeting' });
    expect(facts.error?.busy).toBeUndefined();
    expect(facts.plaintext?.greeting).toBe('-ERR go away');
    expect(server.accepted).toBe(1);
  });

  test('a close before any greeting is retried once, and is not busy: nothing was ever served', async () => {
    const server = await raw((socket) => socket.end());
    const facts = await probeEndpoint(endpointFor('smtp', server.port), options);
    expect(facts.error).toMatchObject({ kind: 'closed', step: 'greeting' });
    expect(facts.error?.busy).toBeUndefined();
    expect(server.accepted).toBe(2);
  });

  test('a service busy once and fine on the retry is probed normally', async () => {
    const pem: Pem = await (await createFixtureCertificates()).good(['mail.example.test']);
    const good = await hold(startMailFixture('pop3', 'good', pem));
    // The first connection is turned away; later ones are passed through to a good server.
    const front = await raw((socket, index) => {
      if (index === 1) return void socket.end('-ERR [IN-USE] busy\r\n');
      const back = new net.Socket();
      back.connect(good.port, '127.0.0.1');
      back.on('error', () => socket.destroy());
      socket.on('close', () => back.destroy());
      back.on('close', () => socket.destroy());
      socket.pipe(back).pipe(socket);
    });
    const facts = await probeEndpoint(endpointFor('pop3', front.port), { ...options, extraCa: [] });
    expect(facts.error).toBeNull();
    expect(facts.plaintext?.greeting).toBe('+OK fixture.mail-tls-gate.test POP3 fixture ready');
    expect(facts.plaintext?.starttls).toBe(true);
    // the busy one, the retry, the injection test (which answers TLS 1.2 too), the sweep's TLS
    // 1.0–1.1 question, two cipher questions
    expect(facts.connections).toBe(6);
    expect(front.accepted).toBe(6);
  });
});
