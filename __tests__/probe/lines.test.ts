// The bounded line reader over a real loopback socket: line ends, caps, deadlines, and handing
// the socket over at STARTTLS without swallowing what came after.
import net from 'node:net';
import { ProbeFailure } from '../../src/probe/failure.js';
import { LineReader, MAX_LINE_BYTES } from '../../src/probe/lines.js';
import { startRawServer, type RawServer } from './helpers.js';

let server: RawServer | null = null;
let client: net.Socket | null = null;

afterEach(async () => {
  client?.destroy();
  await server?.close();
  server = client = null;
});

/** A reader on a client socket whose server side runs `script`. */
async function readerFor(script: (socket: net.Socket) => void): Promise<LineReader> {
  server = await startRawServer(script);
  const socket = net.connect(server.port, '127.0.0.1');
  client = socket;
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  return new LineReader(socket);
}

async function failureOf(promise: Promise<unknown>): Promise<ProbeFailure> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ProbeFailure) return err;
    throw err;
  }
  throw new Error('expected a ProbeFailure');
}

test('CRLF, bare LF, and lines split across writes all read the same', async () => {
  const reader = await readerFor((socket) => {
    socket.write('one\r\ntwo\nth');
    setTimeout(() => socket.write('ree\r'), 20);
    setTimeout(() => socket.write('\nfour\r\n'), 40);
  });
  const lines = await reader.readReply((line) => line === 'four', 2000, 'greeting');
  expect(lines).toEqual(['one', 'two', 'three', 'four']);
});

test('bytes are latin1: every byte comes through as one character', async () => {
  const reader = await readerFor((socket) => socket.write(Buffer.from([0x41, 0xe9, 0xff, 0x80, 0x0d, 0x0a])));
  expect(await reader.readLine(2000, 'greeting')).toBe('A\xe9\xff\x80');
});

test('a line longer than the cap fails as misbehaving even before its end arrives', async () => {
  const reader = await readerFor((socket) => socket.write('a'.repeat(MAX_LINE_BYTES + 3)));
  const failure = await failureOf(reader.readLine(5000, 'greeting'));
  expect(failure.error).toEqual({ kind: 'misbehaving', step: 'greeting', message: `line longer than ${MAX_LINE_BYTES} bytes` });
});

test('the deadline covers the whole reply, not each line', async () => {
  // One line every 60 ms for ever: each line is quick, the reply never ends.
  const reader = await readerFor((socket) => {
    const timer = setInterval(() => socket.write('250-more\r\n'), 60);
    socket.on('close', () => clearInterval(timer));
  });
  const started = Date.now();
  const failure = await failureOf(reader.readReply((line) => line.startsWith('250 '), 400, 'capabilities'));
  expect(failure.error.kind).toBe('timeout');
  expect(Date.now() - started).toBeGreaterThanOrEqual(399);
  expect(failure.evidence).toContain('250-more');
});

test('a close mid-reply is "closed", with what came before as evidence', async () => {
  const reader = await readerFor((socket) => socket.end('250-first\r\n250-sec'));
  const failure = await failureOf(reader.readReply((line) => line.startsWith('250 '), 2000, 'capabilities'));
  expect(failure.error).toMatchObject({ kind: 'closed', step: 'capabilities' });
  expect(failure.evidence).toBe('250-first\n250-sec');
});

test('release hands back exactly the unread bytes, and the socket then carries the rest untouched', async () => {
  const reader = await readerFor((socket) => {
    socket.write('220 go ahead\r\n\x16\x03\x01');
    socket.once('data', () => socket.write('after'));
  });
  expect(await reader.readLine(2000, 'starttls')).toBe('220 go ahead');
  const rest = reader.release();
  expect([...rest]).toEqual([0x16, 0x03, 0x01]);
  // Whatever reads the socket next (the TLS layer) sees the following bytes; the reader does not.
  const next = new Promise<string>((resolve) => client!.once('data', (chunk: Buffer) => resolve(chunk.toString())));
  client!.resume();
  client!.write('x');
  expect(await next).toBe('after');
});

test('a reader released is not used again by mistake', async () => {
  const reader = await readerFor((socket) => socket.write('+OK\r\n'));
  reader.release();
  const failure = await failureOf(reader.readLine(100, 'after-tls'));
  expect(failure.error.kind).toBe('other');
});
