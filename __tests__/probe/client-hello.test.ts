// The sweep's one-message version question: the ClientHello we write, and the reading of what
// comes back, against real TLS servers on loopback (node's, at each version range) and against
// raw peers that answer with alerts, garbage, fragments or nothing.
import * as net from 'node:net';
import * as tls from 'node:tls';
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { startTlsServer, type TlsServerOptions } from '../../src/demo/tls-server.js';
import { ServerHelloReader, clientHello, dhPrimeBits, goodbyeAlerts, type HelloAnswer } from '../../src/probe/client-hello.js';
import type { TlsVersionName } from '../../src/facts/endpoint.js';
import { askVersion, type TlsContext } from '../../src/probe/tls.js';
import { HOST, LEGACY, connect, serversClosedAfterEach, startRawServer } from './helpers.js';

const ALL: TlsVersionName[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

let certs: FixtureCertificates;
const hold = serversClosedAfterEach();

beforeAll(async () => {
  certs = await createFixtureCertificates();
});

function context(overrides: Partial<TlsContext> = {}): TlsContext {
  return { servername: HOST, extraCa: [], timeoutMs: 3000, now: new Date(), ...overrides };
}

async function tlsServer(options: Partial<TlsServerOptions>) {
  return hold(startTlsServer({ pem: await certs.good([HOST]), ...options }));
}

const rawServer = (onConnection: (socket: net.Socket) => void) => hold(startRawServer(onConnection));

/** Reads `bytes` one at a time, as the slowest network would deliver them. */
function readByteByByte(bytes: Buffer): { answer: HelloAnswer | null; consumed: number } {
  const reader = new ServerHelloReader();
  for (let i = 0; i < bytes.length; i++) {
    const answer = reader.push(bytes.subarray(i, i + 1));
    if (answer) return { answer, consumed: i + 1 };
  }
  return { answer: null, consumed: bytes.length };
}

/** What a real TLS server sends first in answer to our ClientHello (its first flight, whole). */
async function firstFlight(options: Partial<TlsServerOptions>, offer: { min: TlsVersionName; max: TlsVersionName }): Promise<Buffer> {
  const server = await tlsServer(options);
  const socket = await connect(server.port);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.write(clientHello({ ...offer, servername: HOST }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  socket.destroy();
  return Buffer.concat(chunks);
}

function record(type: number, body: Buffer, version = 0x0303): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt8(type, 0);
  head.writeUInt16BE(version, 1);
  head.writeUInt16BE(body.length, 3);
  return Buffer.concat([head, body]);
}

/** A ServerHello handshake message, built to RFC 8446 §4.1.3. */
function serverHello(legacyVersion: number, options: { supportedVersion?: number; sessionIdLength?: number } = {}): Buffer {
  const sessionId = Buffer.alloc(options.sessionIdLength ?? 32, 7);
  const parts = [Buffer.from([legacyVersion >> 8, legacyVersion & 0xff]), Buffer.alloc(32, 1), Buffer.from([sessionId.length]), sessionId, Buffer.from([0x13, 0x01, 0])];
  if (options.supportedVersion !== undefined) {
    const v = options.supportedVersion;
    parts.push(Buffer.from([0, 6, 0, 43, 0, 2, v >> 8, v & 0xff]));
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([2, 0, body.length >> 8, body.length & 0xff]), body]);
}

/** The extensions of one ClientHello record: type → length of its data. */
function extensionsOf(hello: Buffer): Map<number, number> {
  let at = 5 + 4 + 2 + 32; // record header, handshake header, version, random
  at += 1 + hello[at]!; // session id
  at += 2 + hello.readUInt16BE(at); // cipher suites
  at += 1 + hello[at]!; // compression methods
  const end = at + 2 + hello.readUInt16BE(at);
  at += 2;
  const found = new Map<number, number>();
  while (at < end) {
    found.set(hello.readUInt16BE(at), hello.readUInt16BE(at + 2));
    at += 4 + hello.readUInt16BE(at + 2);
  }
  expect(at).toBe(hello.length);
  return found;
}

describe('askVersion against node TLS servers', () => {
  const cases: [string, Partial<TlsServerOptions>, [TlsVersionName, TlsVersionName], TlsVersionName | null][] = [
    ['a modern server asked for 1.2 alone', {}, ['TLSv1.2', 'TLSv1.2'], 'TLSv1.2'],
    ['a modern server asked for 1.3 alone', {}, ['TLSv1.3', 'TLSv1.3'], 'TLSv1.3'],
    ['a modern server offered 1.2–1.3 picks 1.3', {}, ['TLSv1.2', 'TLSv1.3'], 'TLSv1.3'],
    ['a modern server asked for 1.0–1.1 refuses', {}, ['TLSv1', 'TLSv1.1'], null],
    ['a 1.2-only server asked for 1.3 refuses', { maxVersion: 'TLSv1.2' }, ['TLSv1.3', 'TLSv1.3'], null],
    ['a 1.3-only server asked for 1.2 refuses', { minVersion: 'TLSv1.3' }, ['TLSv1.2', 'TLSv1.2'], null],
    ['a legacy server offered 1.0–1.1 picks 1.1', { minVersion: 'TLSv1', ciphers: LEGACY }, ['TLSv1', 'TLSv1.1'], 'TLSv1.1'],
    ['a legacy server asked for 1.0 alone', { minVersion: 'TLSv1', ciphers: LEGACY }, ['TLSv1', 'TLSv1'], 'TLSv1'],
    ['a 1.0-only server offered 1.0–1.1 picks 1.0', { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: LEGACY }, ['TLSv1', 'TLSv1.1'], 'TLSv1'],
  ];
  test.each(cases)('%s', async (_name, options, [min, max], expected) => {
    const server = await tlsServer(options);
    const socket = await connect(server.port);
    expect(await askVersion(socket, context(), { min, max })).toBe(expected);
    // Answered or refused, the connection is closed before the next one may open.
    expect(socket.destroyed).toBe(true);
  });

  test('the question carries SNI for a name and none for an address literal', async () => {
    const seen: string[] = [];
    const pem = await certs.good([HOST, '127.0.0.1']);
    const server = tls.createServer({ cert: pem.cert, key: pem.key, SNICallback: (name, done) => (seen.push(name), done(null, undefined)) });
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      expect(await askVersion(await connect(port), context(), { min: 'TLSv1.2', max: 'TLSv1.2' })).toBe('TLSv1.2');
      expect(await askVersion(await connect(port), context({ servername: '127.0.0.1' }), { min: 'TLSv1.2', max: 'TLSv1.2' })).toBe('TLSv1.2');
      expect(seen).toEqual([HOST]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test("a real server's first flight, read one byte at a time, names its version and nothing past the ServerHello is needed", async () => {
    const flight = await firstFlight({}, { min: 'TLSv1.2', max: 'TLSv1.2' });
    const { answer, consumed } = readByteByByte(flight);
    expect(answer).toEqual({ kind: 'server-hello', version: 'TLSv1.2', suite: expect.any(Number) });
    // The certificate and key exchange follow the ServerHello; they were never read.
    expect(consumed).toBeLessThan(flight.length);
    const tls13 = readByteByByte(await firstFlight({}, { min: 'TLSv1.2', max: 'TLSv1.3' }));
    expect(tls13.answer).toEqual({ kind: 'server-hello', version: 'TLSv1.3', suite: expect.any(Number) });
    // The suite the server chose is read from its ServerHello: a TLS 1.3 suite here.
    expect([0x1301, 0x1302, 0x1303]).toContain((tls13.answer as { suite: number }).suite);
    const refused = readByteByByte(await firstFlight({}, { min: 'TLSv1', max: 'TLSv1.1' }));
    expect(refused.answer).toEqual({ kind: 'alert', level: 2, description: 70 }); // protocol_version
  });
});

describe('askVersion against raw peers', () => {
  test('after a ServerHello the client leaves with user_canceled and close_notify, then a FIN', async () => {
    const received: Buffer[] = [];
    let ended = false;
    const server = await rawServer((socket) => {
      let greeted = false;
      socket.on('data', (chunk: Buffer) => {
        if (!greeted) {
          greeted = true;
          socket.write(record(22, serverHello(0x0303)));
          return;
        }
        received.push(chunk);
      });
      socket.on('end', () => {
        ended = true;
        socket.end();
      });
    });
    expect(await askVersion(await connect(server.port), context(), { min: 'TLSv1.2', max: 'TLSv1.2' })).toBe('TLSv1.2');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Buffer.concat(received)).toEqual(goodbyeAlerts('TLSv1.2'));
    expect(Buffer.concat(received).toString('hex')).toBe('1503030002015a' + '1503030002010' + '0');
    expect(ended).toBe(true);
  });

  test('a version outside the offer is not counted (a broken peer)', async () => {
    const server = await rawServer((socket) => socket.once('data', () => socket.write(record(22, serverHello(0x0303)))));
    expect(await askVersion(await connect(server.port), context(), { min: 'TLSv1', max: 'TLSv1.1' })).toBeNull();
  });

  test('SSL 3.0 is not a version we name: no version', async () => {
    const server = await rawServer((socket) => socket.once('data', () => socket.write(record(22, serverHello(0x0300), 0x0300))));
    expect(await askVersion(await connect(server.port), context(), { min: 'TLSv1', max: 'TLSv1.1' })).toBeNull();
  });

  test('a warning (unrecognized_name) before the ServerHello does not end the question', async () => {
    const server = await rawServer((socket) =>
      socket.once('data', () => socket.write(Buffer.concat([record(21, Buffer.from([1, 112])), record(22, serverHello(0x0302), 0x0302)]))),
    );
    expect(await askVersion(await connect(server.port), context(), { min: 'TLSv1', max: 'TLSv1.1' })).toBe('TLSv1.1');
  });

  test('a fatal alert is a refusal, answered at once', async () => {
    const server = await rawServer((socket) => socket.once('data', () => socket.end(record(21, Buffer.from([2, 40])))));
    const started = Date.now();
    expect(await askVersion(await connect(server.port), context({ timeoutMs: 20_000 }), { min: 'TLSv1.2', max: 'TLSv1.2' })).toBeNull();
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('a plaintext greeting is not TLS: no version, without waiting for the deadline', async () => {
    const server = await rawServer((socket) => socket.write('220 mail.example.test ESMTP\r\n'));
    const started = Date.now();
    const socket = await connect(server.port);
    expect(await askVersion(socket, context({ timeoutMs: 20_000 }), { min: 'TLSv1.2', max: 'TLSv1.2' })).toBeNull();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(socket.destroyed).toBe(true);
  });

  test('a peer that never answers: untested at the deadline (silence is no refusal), and the socket is destroyed', async () => {
    const server = await rawServer(() => undefined);
    const socket = await connect(server.port);
    const answer = await askVersion(socket, context({ timeoutMs: 300 }), { min: 'TLSv1.2', max: 'TLSv1.2' });
    expect(answer).toMatchObject({ untested: { error: { kind: 'timeout', step: 'handshake' } } });
    expect(String((answer as { untested: Error }).untested.message)).toBe('no answer to the ClientHello within 300 ms');
    expect(socket.destroyed).toBe(true);
  });

  test('a peer that starts a ServerHello and stalls: untested at the deadline, not a refusal', async () => {
    const server = await rawServer((socket) => socket.once('data', () => socket.write(record(22, serverHello(0x0303)).subarray(0, 12))));
    const answer = await askVersion(await connect(server.port), context({ timeoutMs: 300 }), { min: 'TLSv1', max: 'TLSv1.1' });
    expect(answer).toMatchObject({ untested: { error: { kind: 'timeout' } } });
  });

  test('a peer that resets or closes: no version', async () => {
    const resetting = await rawServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
    expect(await askVersion(await connect(resetting.port), context(), { min: 'TLSv1.2', max: 'TLSv1.2' })).toBeNull();
    const closing = await rawServer((socket) => socket.once('data', () => socket.end()));
    expect(await askVersion(await connect(closing.port), context(), { min: 'TLSv1.2', max: 'TLSv1.2' })).toBeNull();
  });

  test('endless handshake records that never finish a ServerHello are cut off, bounded', async () => {
    const server = await rawServer((socket) => {
      socket.once('data', () => {
        // A ServerHello that claims 16 KiB, then record after record of filler, for ever.
        socket.write(record(22, Buffer.from([2, 0, 0x40, 0])));
        const timer = setInterval(() => socket.write(record(22, Buffer.alloc(16000))), 1);
        socket.on('close', () => clearInterval(timer));
      });
    });
    const started = Date.now();
    expect(await askVersion(await connect(server.port), context({ timeoutMs: 20_000 }), { min: 'TLSv1.2', max: 'TLSv1.2' })).toBeNull();
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('an already closed socket: no version, at once', async () => {
    const server = await rawServer(() => undefined);
    const socket = await connect(server.port);
    socket.destroy();
    expect(await askVersion(socket, context({ timeoutMs: 5000 }), { min: 'TLSv1.2', max: 'TLSv1.2' })).toBeNull();
  });
});

describe('ServerHelloReader', () => {
  const read = (bytes: Buffer) => readByteByByte(bytes).answer;

  test('TLS 1.3 is named in supported_versions, not in the legacy version', () => {
    expect(read(record(22, serverHello(0x0303, { supportedVersion: 0x0304 })))).toEqual({ kind: 'server-hello', version: 'TLSv1.3', suite: 0x1301 });
  });

  test('a ServerHello split across records is put together', () => {
    const hello = serverHello(0x0301);
    const split = Buffer.concat([record(22, hello.subarray(0, 3), 0x0301), record(22, hello.subarray(3, 40), 0x0301), record(22, hello.subarray(40), 0x0301)]);
    expect(read(split)).toEqual({ kind: 'server-hello', version: 'TLSv1', suite: 0x1301 });
  });

  test.each<[string, Buffer, string]>([
    ['a record that is not TLS', Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'), 'not a TLS record'],
    ['an over-long record', Buffer.from([22, 3, 3, 0xff, 0xff]), 'record of 65535 bytes'],
    ['an empty record', Buffer.from([22, 3, 3, 0, 0]), 'record of 0 bytes'],
    ['application data first', record(23, Buffer.alloc(10)), 'other than a handshake'],
    ['a Certificate where the ServerHello belongs', record(22, Buffer.from([11, 0, 0, 1, 0])), 'where a ServerHello belongs'],
    ['a session id longer than 32 bytes', record(22, serverHello(0x0303, { sessionIdLength: 33 })), 'malformed'],
    ['a truncated ServerHello', record(22, Buffer.from([2, 0, 0, 3, 3, 3, 0])), 'malformed'],
  ])('%s is not TLS', (_name, bytes, reason) => {
    const answer = read(bytes);
    expect(answer?.kind).toBe('not-tls');
    expect(answer).toMatchObject({ reason: expect.stringContaining(reason) });
  });

  test('a warning and a fatal alert in one record: the fatal one is the answer', () => {
    expect(read(record(21, Buffer.from([1, 112, 2, 40])))).toEqual({ kind: 'alert', level: 2, description: 40 });
  });

  test('past the byte cap the answer is the same however the bytes are cut', () => {
    // Thousands of warnings, then a ServerHello: more than the reader reads before giving up.
    const bytes = Buffer.concat([...Array.from({ length: 6000 }, () => record(21, Buffer.from([1, 112]))), record(22, serverHello(0x0303))]);
    const whole = new ServerHelloReader().push(bytes);
    const reader = new ServerHelloReader();
    let cut: HelloAnswer | null = null;
    for (let at = 0; at < bytes.length && !cut; at += 1000) cut = reader.push(bytes.subarray(at, at + 1000));
    expect(whole).toMatchObject({ kind: 'not-tls', reason: expect.stringContaining('no ServerHello') });
    expect(cut).toEqual(whole);
  });

  test('a close_notify before any ServerHello is a refusal', () => {
    expect(read(record(21, Buffer.from([1, 0])))).toEqual({ kind: 'alert', level: 1, description: 0 });
  });
});

describe('ServerHelloReader reading on to the ServerKeyExchange (DHE suites)', () => {
  const DHE = 0x009e;
  /** A TLS 1.2 ServerHello choosing `suite`. */
  const hello12 = (suite: number) => {
    const hello = serverHello(0x0303);
    hello.writeUInt16BE(suite, 4 + 2 + 32 + 1 + 32);
    return hello;
  };
  const message = (type: number, body: Buffer) => Buffer.concat([Buffer.from([type, body.length >> 16, (body.length >> 8) & 0xff, body.length & 0xff]), body]);
  /** ServerDHParams with a prime of `bytes` bytes (its first byte `top`), then g and Ys, then a signature-sized tail. */
  const keyExchange = (bytes: number, top = 0xff) => {
    const p = Buffer.alloc(bytes, 0xab);
    p[0] = top;
    return message(12, Buffer.concat([Buffer.from([bytes >> 8, bytes & 0xff]), p, Buffer.from([0, 1, 2]), Buffer.from([0, 2, 9, 9]), Buffer.alloc(64, 5)]));
  };
  const readKx = (bytes: Buffer, chunk = 1) => {
    const reader = new ServerHelloReader((suite) => suite === DHE);
    for (let i = 0; i < bytes.length; i += chunk) {
      const answer = reader.push(bytes.subarray(i, i + chunk));
      if (answer) return answer;
    }
    return null;
  };

  test('the DH prime size, with a certificate first, however the bytes are split', () => {
    const flight = Buffer.concat([hello12(DHE), message(11, Buffer.alloc(3000, 1)), keyExchange(256), message(14, Buffer.alloc(0))]);
    const records = Buffer.concat([record(22, flight.subarray(0, 1000)), record(22, flight.subarray(1000, 1001)), record(22, flight.subarray(1001))]);
    for (const chunk of [1, 7, 1500, records.length]) {
      expect(readKx(records, chunk)).toEqual({ kind: 'server-hello', version: 'TLSv1.2', suite: DHE, dhBits: 2048 });
    }
  });

  test('leading zero bits of the prime are not counted', () => {
    expect(dhPrimeBits(keyExchange(128, 0x01).subarray(4))).toBe(1017);
    expect(dhPrimeBits(Buffer.from([0, 3, 0, 0, 0x80]))).toBe(8);
    expect(dhPrimeBits(Buffer.from([0, 3, 0, 0, 0]))).toBeNull();
    expect(dhPrimeBits(Buffer.from([0, 9, 1]))).toBeNull();
  });

  test('a suite that needs no key exchange read answers at the ServerHello', () => {
    expect(readKx(record(22, hello12(0x009c)))).toEqual({ kind: 'server-hello', version: 'TLSv1.2', suite: 0x009c });
  });

  test.each<[string, Buffer, string]>([
    ['ServerHelloDone without a ServerKeyExchange', record(22, Buffer.concat([hello12(DHE), message(14, Buffer.alloc(0))])), 'no ServerKeyExchange before ServerHelloDone'],
    ['a fatal alert after the ServerHello', Buffer.concat([record(22, hello12(DHE)), record(21, Buffer.from([2, 40]))]), 'alert 40 after the ServerHello'],
    ['a ServerKeyExchange too short for its prime', record(22, Buffer.concat([hello12(DHE), message(12, Buffer.from([1, 0, 5]))])), 'malformed ServerKeyExchange'],
    ['an oversized handshake message', record(22, Buffer.concat([hello12(DHE), Buffer.from([11, 0x7f, 0xff, 0xff])])), 'oversized handshake message'],
    ['application data after the ServerHello', Buffer.concat([record(22, hello12(DHE)), record(23, Buffer.alloc(8))]), 'other than a handshake'],
  ])('%s: the chosen suite stands, its key exchange unread', (_name, bytes, why) => {
    expect(readKx(bytes)).toEqual({ kind: 'server-hello', version: 'TLSv1.2', suite: DHE, keyExchangeUnread: expect.stringContaining(why) });
  });

  test('cut short (a close or the deadline): the ServerHello read so far stands; before one, nothing does', () => {
    const reader = new ServerHelloReader((suite) => suite === DHE);
    const flight = record(22, Buffer.concat([hello12(DHE), message(11, Buffer.alloc(3000, 1))]));
    expect(reader.cutShort('closed')).toBeNull();
    expect(reader.push(flight.subarray(0, 20))).toBeNull();
    expect(reader.cutShort('closed')).toBeNull();
    expect(reader.push(flight.subarray(20))).toBeNull();
    expect(reader.cutShort('closed')).toEqual({ kind: 'server-hello', version: 'TLSv1.2', suite: DHE, keyExchangeUnread: 'closed' });
  });

  test('a certificate that never ends is given up on within the cap, the same however the bytes are cut', () => {
    const endless = Buffer.concat([record(22, hello12(DHE)), ...Array.from({ length: 20 }, () => record(22, Buffer.alloc(16384, 0)))]);
    const whole = readKx(endless, endless.length);
    expect(whole).toMatchObject({ suite: DHE, keyExchangeUnread: expect.stringContaining('no ServerKeyExchange within the first records') });
    expect(readKx(endless, 999)).toEqual(whole);
  });
});

describe('clientHello', () => {
  test('never between 256 and 511 bytes long (padded past what old load balancers choke on)', () => {
    for (const [min, max] of [['TLSv1', 'TLSv1.1'], ['TLSv1.2', 'TLSv1.2'], ['TLSv1.2', 'TLSv1.3'], ['TLSv1.3', 'TLSv1.3'], ['TLSv1', 'TLSv1.3']] as const) {
      // Every name length a DNS name can have, and none (an address literal).
      for (let n = 0; n <= 253; n++) {
        const name = n === 0 ? null : `${'a'.repeat(Math.min(n, 63))}${'.b'.repeat(Math.max(0, n - 63) >> 1)}`.padEnd(n, 'c');
        const hello = clientHello({ min, max, servername: name });
        const length = hello.readUInt16BE(3);
        expect(length < 256 || length >= 512).toBe(true);
        const extensions = extensionsOf(hello);
        expect(extensions.has(0)).toBe(n !== 0); // SNI, for a name only
        // A padding extension, where there is one, is never empty (some servers refuse that).
        if (extensions.has(21)) expect(extensions.get(21)).toBeGreaterThan(0);
        // signature_algorithms only where TLS 1.2 or later is offered (RFC 5246 §7.4.1.4.1).
        expect(extensions.has(13)).toBe(max !== 'TLSv1.1');
        // A record header and one ClientHello message that fills it.
        expect(hello[0]).toBe(22);
        expect(hello[5]).toBe(1);
        expect(hello.readUIntBE(6, 3)).toBe(length - 4);
      }
    }
  });

  test('every hello has its own random', () => {
    const a = clientHello({ min: 'TLSv1.2', max: 'TLSv1.2', servername: HOST });
    const b = clientHello({ min: 'TLSv1.2', max: 'TLSv1.2', servername: HOST });
    expect(a.subarray(11, 43).equals(b.subarray(11, 43))).toBe(false);
  });

  test('an empty range is refused', () => {
    expect(() => clientHello({ min: 'TLSv1.3', max: 'TLSv1.2', servername: HOST })).toThrow(RangeError);
  });

  test.each(ALL)('a server that speaks only %s answers it with that version', async (version) => {
    const server = await tlsServer({ minVersion: version, maxVersion: version, ciphers: LEGACY });
    expect(await askVersion(await connect(server.port), context(), { min: 'TLSv1', max: 'TLSv1.3' })).toBe(version);
  });
});
