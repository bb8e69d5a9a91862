// A DNS server on 127.0.0.1 (UDP and TCP on one port) whose every answer a test writes: for the
// DNS client's own tests, which need answers no real server gives (a wrong ID, another question,
// a truncated or oversized message, garbage, silence). Each query is decoded and logged with the
// transport it came over; the test's `answer` returns the raw messages to send back (none: silence).
import dgram from 'node:dgram';
import net from 'node:net';
import dnsPacket from 'dns-packet';

export interface ScriptedQuery {
  transport: 'udp' | 'tcp';
  packet: dnsPacket.DecodedPacket;
  /** The raw query, as received. */
  raw: Buffer;
  /** Where a UDP query came from (the client's port). */
  from: { address: string; port: number };
}

/** The messages to send back: over TCP each is framed with its length, unless `rawTcp` is set; `close` ends a TCP connection after them. */
export type Script = (query: ScriptedQuery) => { messages: Buffer[]; rawTcp?: boolean; close?: boolean } | Buffer[];

export interface ScriptedDns {
  address: string;
  port: number;
  readonly queries: ScriptedQuery[];
  script: Script;
  close(): Promise<void>;
}

/** A response to `query` with these answers: ID and question copied, RA set, AD as asked. */
export function respond(
  query: dnsPacket.DecodedPacket,
  options: { answers?: dnsPacket.Answer[]; ad?: boolean; tc?: boolean; rcode?: number; id?: number; questions?: dnsPacket.Question[] } = {},
): Buffer {
  let flags = dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | (options.rcode ?? 0);
  if (options.ad) flags |= dnsPacket.AUTHENTIC_DATA;
  if (options.tc) flags |= dnsPacket.TRUNCATED_RESPONSE;
  return dnsPacket.encode({
    type: 'response',
    id: options.id ?? query.id ?? 0,
    flags,
    questions: options.questions ?? query.questions ?? [],
    answers: options.answers ?? [],
  });
}

/** Starts the server; a port free for UDP but taken for TCP is given up and another one tried. */
export async function startScriptedDns(script: Script): Promise<ScriptedDns> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await startOnce(script);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw err;
    }
  }
}

async function startOnce(script: Script): Promise<ScriptedDns> {
  const queries: ScriptedQuery[] = [];
  const udp = dgram.createSocket('udp4');
  const state = { script };
  const run = (query: ScriptedQuery) => {
    queries.push(query);
    const out = state.script(query);
    return Array.isArray(out) ? { messages: out, rawTcp: false, close: false } : { messages: out.messages, rawTcp: out.rawTcp ?? false, close: out.close ?? false };
  };
  udp.on('message', (raw, peer) => {
    let packet: dnsPacket.DecodedPacket;
    try {
      packet = dnsPacket.decode(raw);
    } catch {
      return;
    }
    for (const message of run({ transport: 'udp', packet, raw, from: { address: peer.address, port: peer.port } }).messages) {
      udp.send(message, peer.port, peer.address);
    }
  });
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  const port = udp.address().port;
  const sockets = new Set<net.Socket>();
  const tcp = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let received = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2 || received.length < 2 + received.readUInt16BE(0)) return;
      const raw = received.subarray(2, 2 + received.readUInt16BE(0));
      received = Buffer.alloc(0);
      const { messages, rawTcp, close } = run({ transport: 'tcp', packet: dnsPacket.decode(raw), raw, from: { address: socket.remoteAddress ?? '', port: socket.remotePort ?? 0 } });
      for (const message of messages) {
        if (rawTcp) socket.write(message);
        else {
          const length = Buffer.alloc(2);
          length.writeUInt16BE(message.length, 0);
          socket.write(Buffer.concat([length, message]));
        }
      }
      if (close) socket.end();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      tcp.once('error', reject);
      tcp.listen(port, '127.0.0.1', () => resolve());
    });
  } catch (err) {
    udp.close();
    throw err;
  }
  return {
    address: '127.0.0.1',
    port,
    queries,
    get script() {
      return state.script;
    },
    set script(next: Script) {
      state.script = next;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([new Promise<void>((resolve) => udp.close(() => resolve())), new Promise<void>((resolve) => tcp.close(() => resolve()))]);
    },
  };
}
