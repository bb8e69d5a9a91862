// Hostile fixture servers on 127.0.0.1: peers built to hang, flood, confuse or trick a prober.
// A tarpit, a drip, an endless line, binary garbage, a reset right after accept, HTTP on a mail
// port, STARTTLS answered with garbage, a refusal or a stalled handshake, capability lists of
// thousands of entries, a slow HTTP body, and a replay server that speaks whatever bytes it is
// given. The hostile tests, the fuzzing properties and the bench probe them (the demo does not: it
// ships, they do not); they listen on loopback only,
// on ephemeral ports, and every socket and timer they hold is dropped by close().
import http from 'node:http';
import net from 'node:net';
import { closeDestroyingAll, listenOnLoopback } from '../../src/demo/loopback.js';

export interface HostileServer {
  address: string;
  port: number;
  /** TCP connections accepted so far. */
  readonly accepted: number;
  /** Bytes this server has handed to its sockets so far. */
  readonly bytesSent: number;
  /** Bytes received from clients so far. */
  readonly bytesReceived: number;
  /** Stops listening, drops every connection and stops every timer. */
  close(): Promise<void>;
}

/** What a hostile behaviour gets for each connection. */
export interface HostileConnection {
  socket: net.Socket;
  /** 1-based index of the connection. */
  index: number;
  /** Writes and counts; never throws on a socket the client already dropped. */
  send(data: string | Buffer): boolean;
  /** A timer that close() (and the socket's close) clears. */
  every(intervalMs: number, tick: () => void): void;
}

export type HostileBehaviour = (connection: HostileConnection) => void;

const LOOPBACK = '127.0.0.1';

/** A raw TCP server that hands each connection to `behaviour`, counting what goes each way. */
export async function startHostileServer(behaviour: HostileBehaviour): Promise<HostileServer> {
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let accepted = 0;
  let bytesSent = 0;
  let bytesReceived = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    const own = new Set<NodeJS.Timeout>();
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      bytesReceived += chunk.length;
    });
    socket.on('close', () => {
      sockets.delete(socket);
      for (const timer of own) {
        clearInterval(timer);
        timers.delete(timer);
      }
    });
    const connection: HostileConnection = {
      socket,
      index: accepted,
      send(data) {
        if (socket.destroyed || !socket.writable) return false;
        const buffer = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
        bytesSent += buffer.length;
        return socket.write(buffer);
      },
      every(intervalMs, tick) {
        const timer = setInterval(tick, intervalMs);
        own.add(timer);
        timers.add(timer);
      },
    };
    behaviour(connection);
  });
  const { port } = await listenOnLoopback(server, LOOPBACK);
  return {
    address: LOOPBACK,
    port,
    get accepted() {
      return accepted;
    },
    get bytesSent() {
      return bytesSent;
    },
    get bytesReceived() {
      return bytesReceived;
    },
    close: () => {
      for (const timer of timers) clearInterval(timer);
      timers.clear();
      return closeDestroyingAll(server, sockets);
    },
  };
}

/** Accepts and never says a word. */
export function startTarpitServer(): Promise<HostileServer> {
  return startHostileServer(() => undefined);
}

/**
 * Accepts, reads the ClientHello (and anything after it), never answers: to a TLS client, the
 * same silent peer as a tarpit.
 */
export function startStallingTls(): Promise<HostileServer> {
  return startTarpitServer();
}

/** Sends `text` one byte every `intervalMs` (a greeting that takes for ever to arrive). */
export function startDrip(text: string | Buffer = '220 mail.example ESMTP ready\r\n', intervalMs = 1000): Promise<HostileServer> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'latin1') : text;
  return startHostileServer((c) => {
    let next = 0;
    c.every(intervalMs, () => {
      if (next < bytes.length) c.send(bytes.subarray(next, next + 1));
      next += 1;
    });
  });
}

/**
 * One line that never ends: `prefix`, then the same byte for as long as the client reads,
 * written only as fast as the client takes it (so the flood is the client's to bound).
 */
export function startEndlessLine(prefix = '220 ', fill = 0x41, chunkBytes = 16 * 1024): Promise<HostileServer> {
  const chunk = Buffer.alloc(chunkBytes, fill);
  return startHostileServer((c) => {
    c.send(prefix);
    const pump = () => {
      while (c.send(chunk));
    };
    c.socket.on('drain', pump);
    pump();
  });
}

/** Binary garbage where the greeting should be; then silence (or a close). */
export function startGarbageGreeting(garbage: Buffer = GARBAGE, then: 'wait' | 'close' = 'wait'): Promise<HostileServer> {
  return startHostileServer((c) => {
    c.send(garbage);
    if (then === 'close') c.socket.end();
  });
}

/** Bytes no mail protocol would send: NULs, high bytes, a bare CR, escape sequences. */
export const GARBAGE = Buffer.from([0x00, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a, 0x0d, 0x80, 0x81, 0x16, 0x03, 0x01, 0x00, 0x0a, 0x7f, 0x00]);

/** Accepts, then closes at once (a FIN): before any greeting, before any TLS record. */
export function startCloseOnAccept(): Promise<HostileServer> {
  return startHostileServer((c) => void c.socket.end());
}

/**
 * Accepts, then answers with a TCP RST: at once (on loopback the client may see it before its
 * connect completes), or `afterMs` later, once the client is surely connected and waiting.
 */
export function startResetOnAccept(afterMs = 0): Promise<HostileServer> {
  return startHostileServer((c) => {
    if (afterMs <= 0) return void c.socket.resetAndDestroy();
    const timer = setTimeout(() => c.socket.resetAndDestroy(), afterMs);
    c.socket.once('close', () => clearTimeout(timer));
  });
}

/**
 * HTTP on a mail port. `silent`: a real HTTP server, which says nothing until it is asked;
 * `eager`: one that answers at once with an HTTP error (as some front ends do to any byte).
 */
export async function startHttpOnMailPort(mode: 'silent' | 'eager'): Promise<HostileServer> {
  if (mode === 'eager') {
    return startHostileServer((c) => {
      c.send('HTTP/1.1 400 Bad Request\r\nServer: hostile\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      c.socket.end();
    });
  }
  const parser = http.createServer((_req, res) => res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request\n'));
  parser.on('clientError', (_err, socket) => socket.destroy());
  // The hostile server owns the sockets; node's HTTP parser is attached to each.
  return startHostileServer((c) => parser.emit('connection', c.socket));
}

export type HostileMailProtocol = 'smtp' | 'imap' | 'pop3' | 'managesieve';

export interface ScriptedMailOptions {
  protocol: HostileMailProtocol;
  /**
   * What becomes of STARTTLS (STLS): answered with garbage, refused (SMTP 454), or a go-ahead
   * whose handshake then stalls or whose ClientHello is answered with garbage (a later packet);
   * `go-ahead-with-garbage` sends the garbage in the same write as the go-ahead.
   */
  starttls: 'garbage' | 'refuse' | 'stall' | 'garbage-handshake' | 'go-ahead-with-garbage';
  /** Extra capabilities advertised before STARTTLS (thousands of them, say). */
  extraCapabilities?: number;
}

function words(protocol: HostileMailProtocol) {
  switch (protocol) {
    case 'smtp':
      return {
        greeting: '220 hostile.test ESMTP\r\n',
        capabilities: (_tag: string, extra: string[]) =>
          ['hostile.test', ...extra, 'STARTTLS'].map((t, i, all) => `250${i === all.length - 1 ? ' ' : '-'}${t}\r\n`).join(''),
        goAhead: () => '220 2.0.0 Ready to start TLS\r\n',
        refuse: () => '454 4.7.0 TLS not available due to temporary reason\r\n',
      };
    case 'imap':
      return {
        greeting: '* OK hostile.test IMAP ready\r\n',
        capabilities: (tag: string, extra: string[]) => `* CAPABILITY IMAP4rev1 ${extra.join(' ')} STARTTLS LOGINDISABLED\r\n${tag} OK done\r\n`,
        goAhead: (tag: string) => `${tag} OK Begin TLS negotiation now\r\n`,
        refuse: (tag: string) => `${tag} NO TLS not available\r\n`,
      };
    case 'pop3':
      return {
        greeting: '+OK hostile.test POP3 ready\r\n',
        capabilities: (_tag: string, extra: string[]) => `+OK\r\n${[...extra, 'STLS'].map((t) => `${t}\r\n`).join('')}.\r\n`,
        goAhead: () => '+OK Begin TLS\r\n',
        refuse: () => '-ERR TLS not available\r\n',
      };
    case 'managesieve':
      return {
        greeting: `"IMPLEMENTATION" "hostile"\r\n"SASL" ""\r\n"STARTTLS"\r\nOK "ready"\r\n`,
        capabilities: (_tag: string, extra: string[]) => `${[...extra.map((t) => `"${t}"`), '"STARTTLS"'].map((t) => `${t}\r\n`).join('')}OK "done"\r\n`,
        goAhead: () => 'OK "Begin TLS negotiation now"\r\n',
        refuse: () => 'NO "TLS not available"\r\n',
      };
  }
}

/**
 * A mail server that greets and advertises STARTTLS properly, then turns hostile when STARTTLS
 * is asked for. ManageSieve carries its capabilities in the greeting, so extra capabilities go
 * there for it.
 */
export function startScriptedMail(options: ScriptedMailOptions): Promise<HostileServer> {
  const w = words(options.protocol);
  const extra = Array.from({ length: options.extraCapabilities ?? 0 }, (_, i) => `X-HOSTILE-${i}`);
  return startHostileServer((c) => {
    let pending = '';
    let upgraded = false;
    const greeting =
      options.protocol === 'managesieve' && extra.length > 0 ? `${extra.map((t) => `"${t}"\r\n`).join('')}${w.greeting}` : w.greeting;
    c.send(greeting);
    c.socket.on('data', (chunk: Buffer) => {
      if (upgraded) {
        // Whatever arrives now is a ClientHello (or more of it).
        if (options.starttls === 'garbage-handshake') c.send(GARBAGE);
        return;
      }
      pending += chunk.toString('latin1');
      for (let lf = pending.indexOf('\n'); lf !== -1 && !upgraded; lf = pending.indexOf('\n')) {
        const line = pending.slice(0, lf).replace(/\r$/, '');
        pending = pending.slice(lf + 1);
        const parts = line.split(' ');
        const tag = options.protocol === 'imap' ? (parts[0] ?? '*') : '';
        const verb = (options.protocol === 'imap' ? (parts[1] ?? '') : (parts[0] ?? '')).toUpperCase();
        if (verb === 'EHLO' || verb === 'CAPABILITY' || verb === 'CAPA') c.send(w.capabilities(tag, extra));
        else if (verb === 'STARTTLS' || verb === 'STLS') {
          if (options.starttls === 'garbage') c.send(Buffer.concat([GARBAGE, Buffer.from('\r\n')]));
          else if (options.starttls === 'refuse') c.send(w.refuse(tag));
          else if (options.starttls === 'go-ahead-with-garbage') {
            c.send(Buffer.concat([Buffer.from(w.goAhead(tag), 'latin1'), GARBAGE]));
            upgraded = true;
            pending = '';
          } else {
            c.send(w.goAhead(tag));
            upgraded = true;
            pending = '';
          }
        } else if (verb === 'QUIT' || verb === 'LOGOUT') {
          c.socket.end();
        } else c.send(w.refuse(tag));
      }
    });
  });
}

/**
 * Port 80 answering with a redirect whose body then drips one byte every `intervalMs` and never
 * ends: headers in time, the response never finished.
 */
export function startSlowHttpBody(location: string, intervalMs = 1000): Promise<HostileServer> {
  return startHostileServer((c) => {
    let asked = false;
    c.socket.on('data', () => {
      if (asked) return;
      asked = true;
      c.send(`HTTP/1.1 301 Moved Permanently\r\nLocation: ${location}\r\nContent-Length: 1000000\r\nContent-Type: text/plain\r\n\r\n`);
      c.every(intervalMs, () => c.send('.'));
    });
  });
}

/**
 * Replays a script: the first chunk on accept, the next one each time the client sends
 * something, then closes or falls silent. Fuzzing feeds it random replies.
 */
export function startReplay(chunks: readonly Buffer[], then: 'close' | 'wait'): Promise<HostileServer> {
  return startHostileServer((c) => {
    let next = 0;
    const step = () => {
      const chunk = chunks[next];
      next += 1;
      if (chunk !== undefined) c.send(chunk);
      if (next >= chunks.length && then === 'close') c.socket.end();
    };
    c.socket.on('data', () => {
      if (next < chunks.length) step();
    });
    step();
  });
}
