// The least a client can do to reach TLS on an endpoint: the bench's floors, against which the
// full check is measured.
import { once } from 'node:events';
import net from 'node:net';
import * as tls from 'node:tls';
import type { Endpoint } from '../src/plan/types.js';
import { Session, dialogueFor } from '../src/probe/dialogues/index.js';
import { LineReader } from '../src/probe/lines.js';

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
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: endpoint.address!,
      port: endpoint.port,
      servername: net.isIP(endpoint.host) ? undefined : endpoint.host,
      ...(net.isIP(endpoint.host) ? { checkServerIdentity: (_: string, cert: tls.PeerCertificate) => tls.checkServerIdentity(endpoint.host, cert) } : {}),
      secureContext: context,
    });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('secureConnect', () => done(socket.authorized));
    socket.once('error', () => done(false));
  });
}

/**
 * What any STARTTLS client must do to reach TLS, done with the engine's own dialogues (greeting,
 * capabilities, STARTTLS), then one bare handshake on that socket.
 */
export async function bareStarttls(endpoint: Endpoint, context: tls.SecureContext): Promise<boolean> {
  const dialogue = dialogueFor(endpoint.service, { clientName: 'bench.example' })!;
  const socket = net.connect({ host: endpoint.address!, port: endpoint.port });
  socket.setNoDelay(true);
  try {
    await once(socket, 'connect');
    const session = new Session(new LineReader(socket), endpoint.settings.timeoutMs);
    const greeting = await dialogue.greeting(session);
    const reply = await dialogue.starttls(session, await dialogue.capabilities(session, greeting), false);
    if (!reply?.accepted || session.reader.release().length > 0) return false;
    return await new Promise<boolean>((resolve) => {
      const secure = tls.connect({
        socket,
        servername: net.isIP(endpoint.host) ? undefined : endpoint.host,
        ...(net.isIP(endpoint.host) ? { checkServerIdentity: (_: string, cert: tls.PeerCertificate) => tls.checkServerIdentity(endpoint.host, cert) } : {}),
        secureContext: context,
      });
      const done = (ok: boolean) => {
        secure.destroy();
        resolve(ok);
      };
      secure.once('secureConnect', () => done(secure.authorized));
      secure.once('error', () => done(false));
    });
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
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
