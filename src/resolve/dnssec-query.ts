// DNS queries that tell whether the answer was DNSSEC-validated: node:dns does not expose the AD
// bit, so these speak DNS themselves (messages encoded and decoded by dns-packet). A query goes to
// the one resolver and nowhere else, over UDP with EDNS0 and the DO bit set, and AD set in the
// query (RFC 6840 §5.7) so that the resolver reports its validation; over TCP again when the UDP
// answer is truncated (RFC 7766). Every answer is hostile until proven otherwise: it must come from
// the resolver (a connected UDP socket), carry the query's ID and exactly its question, fit in
// MAX_DNS_ANSWER_BYTES, arrive before the deadline, and decode to exactly its own length. On UDP
// anything else is a stray packet and is ignored (a spoofer must not end the wait); on TCP, where
// the peer can only be the resolver, it ends the query as `malformed`. Nothing is thrown: a failure
// is the `error` of the answer (docs/domains.md, "DANE").
import { randomInt } from 'node:crypto';
import dgram from 'node:dgram';
import net from 'node:net';
import type * as dnsPacket from 'dns-packet';
import { withoutRootDot } from '../common/host-names.js';
import type { DnssecAnswer, TlsaRecord } from '../facts/dane.js';
import { DNSSEC_ERRORS, MAX_ANSWER_CNAME_HOPS, MAX_DNS_ANSWER_BYTES } from '../facts/dane-vocabulary.js';
import { getServers } from 'node:dns';
import { parseResolverAddress, type ResolverAddress } from './dns.js';

/** The EDNS0 UDP payload size we advertise: the DNS flag day 2020 value, which avoids fragments. */
export const EDNS_UDP_PAYLOAD = 1232;

/** MX and TLSA for DANE; SOA, the cheapest question, for a zone's readiness. */
export type DnssecQueryType = 'MX' | 'TLSA' | 'SOA';

export interface DnssecQueryOptions {
  server: ResolverAddress;
  /** The deadline of each transport's attempt (UDP, then TCP when truncated). */
  timeoutMs: number;
  /** Whether the resolver is one the policy or the input named: only then is AD believed. */
  trusted: boolean;
  /** Tests only: a smaller cap than MAX_DNS_ANSWER_BYTES. */
  maxBytes?: number;
}

/** The answer and, when one came, its answer section (records of every type: CNAMEs included). */
export interface DnssecResult {
  answer: DnssecAnswer;
  records: dnsPacket.Answer[];
}

type Attempt = { ok: true; packet: dnsPacket.DecodedPacket } | { ok: false; error: string };

type Codec = typeof dnsPacket;

/** dns-packet, loaded on the first DNSSEC query, not at start-up: most runs ask none. */
let codec: Promise<Codec> | undefined;
function loadCodec(): Promise<Codec> {
  // A CommonJS module: its exports are the namespace's default (the bundle may give them as both).
  codec ??= import('dns-packet').then((m) => (m as unknown as { default?: Codec }).default ?? (m as unknown as Codec));
  return codec;
}

/** One query: its wire form, and the reader that knows its answer from anything else. */
interface Question {
  wire: Buffer;
  read(message: Buffer): dnsPacket.DecodedPacket | null;
}

/** The query's wire form: RD, AD, one question, and an OPT record with DO (RFC 3225). */
function encodeQuery(packets: Codec, id: number, name: string, type: DnssecQueryType): Buffer {
  return packets.encode({
    type: 'query',
    id,
    flags: packets.RECURSION_DESIRED | packets.AUTHENTIC_DATA,
    questions: [{ type, class: 'IN', name }],
    additionals: [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_UDP_PAYLOAD, extendedRcode: 0, ednsVersion: 0, flags: packets.DNSSEC_OK, flag_do: true, options: [] }],
  });
}

/**
 * Names compare without case and without the one final root dot (RFC 4343), and otherwise byte
 * for byte: a reply's question or a record's owner with a blank or a second dot added is another
 * name (canonicalName, which trims and drops every final dot, would take it for ours).
 */
function sameName(a: string, b: string): boolean {
  return withoutRootDot(a) === withoutRootDot(b);
}

/**
 * The message decoded when it is the answer to this query: a response, the same ID, exactly our
 * question, and every byte accounted for by its records (a record that lies about its length
 * shifts everything after it). Null otherwise.
 */
function readAnswer(packets: Codec, message: Buffer, id: number, name: string, type: DnssecQueryType): dnsPacket.DecodedPacket | null {
  if (message.length < 12 || message.readUInt16BE(0) !== id) return null;
  let packet: dnsPacket.DecodedPacket;
  try {
    packet = packets.decode(message);
  } catch {
    return null;
  }
  if (packets.decode.bytes !== message.length) return null;
  const questions = packet.questions ?? [];
  if (!packet.flag_qr || questions.length !== 1) return null;
  const question = questions[0]!;
  if (!sameName(question.name, name) || question.type !== type || question.class !== 'IN') return null;
  return packet;
}

/** A socket error in our words: a refusal (ICMP port unreachable, a reset) or any other failure. */
function socketError(err: Error): string {
  return (err as NodeJS.ErrnoException).code === 'ECONNREFUSED' ? DNSSEC_ERRORS.refused : DNSSEC_ERRORS.connection;
}

function overUdp(options: DnssecQueryOptions, question: Question): Promise<Attempt> {
  const maxBytes = options.maxBytes ?? MAX_DNS_ANSWER_BYTES;
  return new Promise((resolve) => {
    const socket = dgram.createSocket(net.isIPv6(options.server.address) ? 'udp6' : 'udp4');
    let settled = false;
    let oversized = false;
    const finish = (attempt: Attempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(resend);
      socket.close();
      resolve(attempt);
    };
    // One resend halfway to the deadline: a UDP datagram may be lost on the way.
    const resend = setTimeout(() => socket.send(question.wire, () => undefined), Math.max(1, Math.floor(options.timeoutMs / 2)));
    const deadline = setTimeout(() => finish({ ok: false, error: oversized ? DNSSEC_ERRORS.tooLarge : DNSSEC_ERRORS.timeout }), options.timeoutMs);
    socket.on('error', (err) => finish({ ok: false, error: socketError(err) }));
    socket.on('message', (message) => {
      // Bigger than the cap: not read, but the real answer may still come (or this was a spoof).
      if (message.length > maxBytes) {
        oversized = true;
        return;
      }
      const packet = question.read(message);
      if (packet !== null) finish({ ok: true, packet });
    });
    // Connected: the kernel drops datagrams from anyone but the resolver's address and port. A
    // connect that fails (no route to the resolver) comes to this callback, not to 'error'.
    socket.connect(options.server.port, options.server.address, (err?: Error) => (err ? finish({ ok: false, error: socketError(err) }) : socket.send(question.wire, () => undefined)));
  });
}

function overTcp(options: DnssecQueryOptions, question: Question): Promise<Attempt> {
  const maxBytes = options.maxBytes ?? MAX_DNS_ANSWER_BYTES;
  return new Promise((resolve) => {
    const socket = net.connect({ host: options.server.address, port: options.server.port });
    let settled = false;
    let received = Buffer.alloc(0);
    const finish = (attempt: Attempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      socket.destroy();
      resolve(attempt);
    };
    const deadline = setTimeout(() => finish({ ok: false, error: DNSSEC_ERRORS.timeout }), options.timeoutMs);
    socket.on('error', (err) => finish({ ok: false, error: socketError(err) }));
    socket.on('close', () => finish({ ok: false, error: DNSSEC_ERRORS.connection }));
    socket.on('connect', () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(question.wire.length, 0);
      socket.write(Buffer.concat([length, question.wire]));
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const size = received.readUInt16BE(0);
      // Known from the length prefix: no need to wait for bytes that will not be read.
      if (size > maxBytes) return finish({ ok: false, error: DNSSEC_ERRORS.tooLarge });
      if (received.length < 2 + size) return;
      const packet = question.read(received.subarray(2, 2 + size));
      finish(packet === null ? { ok: false, error: DNSSEC_ERRORS.malformed } : { ok: true, packet });
    });
  });
}

/**
 * Asks the resolver for `name`/`type` with DO set. The answer's `authenticated` is its AD bit,
 * believed only from a trusted resolver (`options.trusted`); from any other, it is false and the
 * error says why (`untrusted-resolver`), though the records are still given.
 */
export async function queryWithDnssec(name: string, type: DnssecQueryType, options: DnssecQueryOptions): Promise<DnssecResult> {
  const packets = await loadCodec();
  const id = randomInt(0, 0x10000);
  const question: Question = { wire: encodeQuery(packets, id, name, type), read: (message) => readAnswer(packets, message, id, name, type) };
  let attempt = await overUdp(options, question);
  if (attempt.ok && attempt.packet.flag_tc) {
    attempt = await overTcp(options, question);
    if (attempt.ok && attempt.packet.flag_tc) attempt = { ok: false, error: DNSSEC_ERRORS.truncated };
  }
  if (!attempt.ok) return { answer: { rcode: null, authenticated: null, error: attempt.error }, records: [] };
  const { packet } = attempt;
  // dns-packet decodes the RCODE's name, which its types leave out.
  const rcode = (packet as dnsPacket.DecodedPacket & { rcode?: string }).rcode ?? null;
  return {
    answer: options.trusted
      ? { rcode, authenticated: packet.flag_ad, error: null }
      : { rcode, authenticated: false, error: DNSSEC_ERRORS.untrustedResolver },
    records: packet.answers ?? [],
  };
}

/**
 * The records of `type` at the end of the answer's CNAME chain from `name` (RFC 6698 §2.2 and
 * RFC 7672 §2.2.2 allow a TLSA name to be an alias; the resolver answers with the chain).
 * Records under any other owner are not ours and are left out. Null when the chain has not ended
 * after MAX_ANSWER_CNAME_HOPS aliases (a longer chain, or a loop): where the records are is not
 * known, which is never "no records".
 */
export function recordsAtChainEnd(records: readonly dnsPacket.Answer[], name: string, type: string): dnsPacket.Answer[] | null {
  let current = name;
  for (let hop = 0; ; hop++) {
    const alias = records.find((r) => r.type === 'CNAME' && sameName(r.name, current));
    if (alias === undefined) break;
    if (hop === MAX_ANSWER_CNAME_HOPS) return null;
    current = String((alias as dnsPacket.StringAnswer).data);
  }
  return records.filter((r) => r.type === type && sameName(r.name, current));
}

/** What the domains stage asks for DANE (RFC 7672): the MX answer's AD bit and the TLSA records. Injectable. */
export interface DaneResolver {
  /** The MX look-up of the domain, with DO set, for its AD bit. */
  mx(domain: string): Promise<DnssecAnswer>;
  /** The TLSA records at `name` (`_25._tcp.<mx>`), with the answer's AD bit. */
  tlsa(name: string): Promise<{ tlsa: DnssecAnswer; records: TlsaRecord[] }>;
}

/**
 * The resolver the policy or the input names, trusted; without one, the system's first name
 * server, whose AD bit is not trusted (its path from here is not known to be secure).
 */
export function createDaneResolver(options: {
  server?: ResolverAddress;
  timeoutMs: number;
  /** The system's name servers, as node:dns gives them; injectable for tests. */
  systemServers?: () => string[];
}): DaneResolver {
  let target: { server: ResolverAddress; trusted: boolean } | null = null;
  if (options.server !== undefined) target = { server: options.server, trusted: true };
  else {
    const first = (options.systemServers ?? getServers)()[0];
    const parsed = first === undefined ? null : parseResolverAddress(first);
    if (parsed !== null && !('error' in parsed)) target = { server: parsed, trusted: false };
  }
  const none = { rcode: null, authenticated: null, error: DNSSEC_ERRORS.noResolver };
  const ask = (name: string, type: DnssecQueryType) =>
    target === null
      ? Promise.resolve({ answer: none, records: [] })
      : queryWithDnssec(name, type, { server: target.server, trusted: target.trusted, timeoutMs: Math.max(1, options.timeoutMs) });
  return {
    mx: async (domain) => (await ask(domain, 'MX')).answer,
    tlsa: async (name) => {
      const { answer, records } = await ask(name, 'TLSA');
      const atEnd = recordsAtChainEnd(records, name, 'TLSA');
      // An alias chain that does not end leaves the records unknown: an answer with no verdict
      // (unless the resolver's AD bit was not believed anyway, which is the finding then).
      if (atEnd === null && answer.error === null) return { tlsa: { ...answer, error: DNSSEC_ERRORS.aliasChain }, records: [] };
      const tlsa = (atEnd ?? []) as dnsPacket.TlsaAnswer[];
      return {
        tlsa: answer,
        records: tlsa.map((r) => ({ usage: r.data.usage, selector: r.data.selector, matchingType: r.data.matchingType, data: r.data.certificate.toString('hex') })),
      };
    },
  };
}
