// The least a client can do to reach TLS on an endpoint: the bench's floors, against which the
// full check is measured.
import { once } from 'node:events';
import net from 'node:net';
import * as tls from 'node:tls';
import type { Endpoint } from '../src/plan/types.js';
import { SERVICES } from '../src/policy/services.js';
import { type HelloOffer, clientHello } from '../src/probe/client-hello.js';
import { Session, dialogueFor } from '../src/probe/dialogues/index.js';
import { LineReader } from '../src/probe/lines.js';
import { TLS12_ONLY_SUITES } from '../src/probe/tls.js';

/** Runs `task` over `items`, `limit` at a time. */
export async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * One bare TLS handshake. One shared context, as any client would keep, trusting what the engine
 * trusts (node's bundled roots and the fixture CA); node verifies the chain and the name, as for
 * any client that does not opt out.
 */
export function bareHandshake(endpoint: Endpoint, context: tls.SecureContext): Promise<boolean> {
  return handshake({ host: endpoint.address!, port: endpoint.port, ...named(endpoint), secureContext: context }, true);
}

/**
 * What any STARTTLS client must do to reach TLS, done with the engine's own dialogues (greeting,
 * capabilities, STARTTLS), then one bare handshake on that socket.
 */
export async function bareStarttls(endpoint: Endpoint, context: tls.SecureContext): Promise<boolean> {
  const socket = await upgraded(endpoint, false);
  if (!socket) return false;
  try {
    return await handshake({ socket, ...named(endpoint), secureContext: context }, true);
  } finally {
    socket.destroy();
  }
}

/** SNI and the name to verify: the policy host, or for an address literal no SNI and the address. */
function named(endpoint: Endpoint): Pick<tls.ConnectionOptions, 'servername' | 'checkServerIdentity'> {
  if (!net.isIP(endpoint.host)) return { servername: endpoint.host };
  return { servername: undefined, checkServerIdentity: (_: string, cert: tls.PeerCertificate) => tls.checkServerIdentity(endpoint.host, cert) };
}

/** A handshake, then a hang-up: true once it completed and, where `verify`, node verified it. */
function handshake(options: tls.ConnectionOptions, verify: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const secure = tls.connect(options);
    const done = (ok: boolean) => {
      secure.destroy();
      resolve(ok);
    };
    secure.once('secureConnect', () => done(!verify || secure.authorized));
    secure.once('error', () => done(false));
  });
}

/**
 * A fresh connection taken through the dialogue up to an accepted STARTTLS, ready for a
 * ClientHello, or null. `pipelined`: the injection test's STARTTLS, with the dialogue's harmless
 * command in the same write.
 */
async function upgraded(endpoint: Endpoint, pipelined: boolean): Promise<net.Socket | null> {
  const dialogue = dialogueFor(endpoint.service, { clientName: 'bench.example' })!;
  const socket = net.connect({ host: endpoint.address!, port: endpoint.port });
  socket.setNoDelay(true);
  try {
    await once(socket, 'connect');
    const session = new Session(new LineReader(socket), endpoint.settings.timeoutMs);
    const greeting = await dialogue.greeting(session);
    const reply = await dialogue.starttls(session, await dialogue.capabilities(session, greeting), pipelined);
    if (reply?.accepted && session.reader.release().length === 0) return socket;
  } catch {
    // Not reached: the caller counts it.
  }
  socket.destroy();
  return null;
}

let tls12Alone: tls.SecureContext | undefined;

/**
 * The injection test's handshake offer where the upgrade got TLS 1.3 (src/probe/tls.ts): TLS 1.2
 * alone with the suites it lists, no root trusted, since nobody reads that certificate.
 */
function tls12AloneContext(): tls.SecureContext {
  return (tls12Alone ??= tls.createSecureContext({
    ca: [],
    minVersion: 'TLSv1.2',
    maxVersion: 'TLSv1.2',
    ciphers: TLS12_ONLY_SUITES.map(([name]) => name).join(':'),
  }));
}

/** RFC 8446 §5.1: the largest record a peer may send (2^14 plus expansion). */
const MAX_RECORD = 16384 + 2048;
const RECORD_ALERT = 21;
const RECORD_HANDSHAKE = 22;

/**
 * A raw question: one ClientHello on a connected socket, the first whole record of the answer (a
 * handshake record, the ServerHello, or an alert), then a hang-up. True when that record came.
 */
function firstRecord(socket: net.Socket, hello: Buffer, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let received: Buffer = Buffer.alloc(0);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('data', (chunk: Buffer) => {
      received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
      if (received.length < 5) return;
      const length = received.readUInt16BE(3);
      if ((received[0] !== RECORD_ALERT && received[0] !== RECORD_HANDSHAKE) || received[1] !== 3 || length > MAX_RECORD) done(false);
      else if (received.length >= 5 + length) done(true);
    });
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
    // A socket handed over after STARTTLS was paused by its line reader.
    socket.resume();
    socket.write(hello);
  });
}

/** What the floor with the check's questions did at one endpoint. */
export interface BareQuestions {
  connections: number;
  /** Every connection got its answer: TLS reached, or the first record of the answer to its ClientHello. */
  answered: boolean;
}

/**
 * The connections the check makes at an endpoint of the bench's fixtures (TLS 1.2 and 1.3 on
 * node's default suites; over STARTTLS, Postfix-like), each made with the least code that makes
 * it, one after another: the floor's bare handshake (after the dialogue up to STARTTLS where there
 * is one); then, over STARTTLS, the injection test's connection: the dialogue with STARTTLS and
 * the harmless command in one write, and a bare handshake offering TLS 1.2 alone, which answers the
 * TLS 1.2 question there (its command after the handshake is the engine's, not asked here); on
 * implicit TLS, the cipher question (`cipherSuites`, none: not asked), which the fixtures refuse,
 * and the TLS 1.2 question as raw ClientHellos; then the TLS 1.0-1.1 question, and over STARTTLS
 * the cipher question, as raw ClientHellos, each over STARTTLS on a connection of its own taken
 * through the dialogue.
 */
export async function bareQuestions(endpoint: Endpoint, context: tls.SecureContext, cipherSuites: readonly number[]): Promise<BareQuestions> {
  const starttls = SERVICES[endpoint.service].transport === 'starttls';
  const servername = net.isIP(endpoint.host) ? null : endpoint.host;
  let connections = 1;
  let answered = await (starttls ? bareStarttls(endpoint, context) : bareHandshake(endpoint, context));
  const ask = async (offer: HelloOffer): Promise<boolean> => {
    connections += 1;
    const socket = starttls ? await upgraded(endpoint, false) : net.connect({ host: endpoint.address!, port: endpoint.port });
    return socket !== null && firstRecord(socket, clientHello(offer), endpoint.settings.timeoutMs);
  };
  if (starttls) {
    connections += 1;
    const socket = await upgraded(endpoint, true);
    const reached = socket !== null && (await handshake({ socket, servername: servername ?? undefined, secureContext: tls12AloneContext(), rejectUnauthorized: false }, false));
    socket?.destroy();
    answered = reached && answered;
  } else {
    // After a TLS 1.3 session the engine asks the first cipher question before the TLS 1.2
    // question; the fixtures refuse it, so the TLS 1.2 question still follows.
    if (cipherSuites.length > 0) answered = (await ask({ min: 'TLSv1.2', max: 'TLSv1.2', servername, suites: cipherSuites })) && answered;
    answered = (await ask({ min: 'TLSv1.2', max: 'TLSv1.2', servername })) && answered;
  }
  answered = (await ask({ min: 'TLSv1', max: 'TLSv1.1', servername })) && answered;
  if (starttls && cipherSuites.length > 0) answered = (await ask({ min: 'TLSv1.2', max: 'TLSv1.2', servername, suites: cipherSuites })) && answered;
  return { connections, answered };
}

/** One plain HTTP request and its status line: the floor of the http check. */
export function bareHttp(endpoint: Endpoint): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: endpoint.address!, port: endpoint.port });
    let head = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => socket.write(`GET / HTTP/1.1\r\nHost: ${endpoint.host}\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n')) done(/^HTTP\/1\.[01] 3\d\d /.test(head));
    });
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
}

/** A connection attempt where nothing listens: the floor of a forbidden service's check. */
export function bareRefused(endpoint: Endpoint): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: endpoint.address!, port: endpoint.port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}
