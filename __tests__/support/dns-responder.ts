// A small authoritative DNS server on 127.0.0.1 (UDP) for tests that need answers no ordinary
// server gives: MX, CNAME, A, AAAA, TXT and TLSA records whose names hold any bytes (':', '#', '[',
// spaces: labels are written as given, only split at '.'), dozens of MX hosts, or addresses in
// any range. It answers from a fixed zone: a CNAME is followed within the zone (as a recursive
// resolver's answer would carry the chain), a name without records of the asked type gets an
// empty NOERROR answer (ENODATA), an unknown name NXDOMAIN (ENOTFOUND). Every query is logged.
// With `authenticated`, every answer carries the AD bit, as a validating resolver's would: a
// test that names it as the resolver then has its answers believed as DNSSEC-validated.
// With `delayMs`, the answers of the types it names go out that long after their question came,
// as from a slow resolver; `log` then tells which questions arrived while others were unanswered.
import dgram from 'node:dgram';
import { isIPv4 } from 'node:net';
import { parseIpv6 } from '../../src/common/ip-literals.js';

export interface ZoneEntry {
  mx?: { preference: number; exchange: string }[];
  a?: string[];
  aaaa?: string[];
  cname?: string;
  txt?: string[][];
  /** TLSA records: usage, selector, matching type and the association data as raw bytes. */
  tlsa?: { usage: number; selector: number; matchingType: number; data: Buffer }[];
}

/** Names as written (any case, no final dot) to their records. */
export type Zone = Record<string, ZoneEntry>;

const TYPE = { A: 1, CNAME: 5, MX: 15, TXT: 16, AAAA: 28, TLSA: 52 } as const;
const TYPE_NAMES: Record<number, string> = { 1: 'A', 5: 'CNAME', 15: 'MX', 16: 'TXT', 28: 'AAAA', 52: 'TLSA' };

export interface DnsResponder {
  address: string;
  port: number;
  /** `TYPE name` of every question, in order. */
  readonly queries: string[];
  /** `asked TYPE name` when a question arrives and `answered TYPE name` when its answer goes out, in order. */
  readonly log: string[];
  close(): Promise<void>;
}

/** The wire form of a name: each '.'-separated part as one label of its UTF-8 bytes. */
function encodeName(name: string): Buffer {
  const parts = name === '' ? [] : name.split('.');
  const out: Buffer[] = [];
  for (const part of parts) {
    const label = Buffer.from(part, 'utf8');
    if (label.length === 0 || label.length > 63) throw new Error(`label '${part}' of '${name}' is not 1 to 63 bytes`);
    out.push(Buffer.from([label.length]), label);
  }
  out.push(Buffer.from([0]));
  return Buffer.concat(out);
}

/** The question's name (labels joined by '.', bytes as Latin-1 lower-cased), type and the offset past it. */
function readQuestion(query: Buffer): { name: string; type: number; end: number } | null {
  let i = 12;
  const labels: string[] = [];
  while (i < query.length && query[i] !== 0) {
    const length = query[i]!;
    if (length > 63 || i + 1 + length > query.length) return null;
    labels.push(query.subarray(i + 1, i + 1 + length).toString('utf8'));
    i += 1 + length;
  }
  if (i + 5 > query.length) return null;
  return { name: labels.join('.'), type: query.readUInt16BE(i + 1), end: i + 5 };
}

/** A pointer to the question's name (at offset 12), so that many answers fit in 512 bytes. */
const QUESTION_NAME = Buffer.from([0xc0, 0x0c]);

function record(owner: string | Buffer, type: number, data: Buffer): Buffer {
  const head = Buffer.alloc(10);
  head.writeUInt16BE(type, 0);
  head.writeUInt16BE(1, 2); // IN
  head.writeUInt32BE(60, 4); // TTL
  head.writeUInt16BE(data.length, 8);
  return Buffer.concat([typeof owner === 'string' ? encodeName(owner) : owner, head, data]);
}

function rdata(type: number, entry: ZoneEntry): Buffer[] {
  switch (type) {
    case TYPE.A:
      return (entry.a ?? []).map((a) => {
        if (!isIPv4(a)) throw new Error(`${a} is not IPv4`);
        return Buffer.from(a.split('.').map(Number));
      });
    case TYPE.AAAA:
      return (entry.aaaa ?? []).map((a) => {
        const groups = parseIpv6(a);
        if (groups === undefined) throw new Error(`${a} is not IPv6`);
        const out = Buffer.alloc(16);
        groups.forEach((g, i) => out.writeUInt16BE(g, i * 2));
        return out;
      });
    case TYPE.MX:
      return (entry.mx ?? []).map((m) => {
        const preference = Buffer.alloc(2);
        preference.writeUInt16BE(m.preference, 0);
        return Buffer.concat([preference, encodeName(m.exchange)]);
      });
    case TYPE.TXT:
      return (entry.txt ?? []).map((strings) =>
        Buffer.concat(strings.map((s) => Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s, 'utf8')]))),
      );
    case TYPE.TLSA:
      return (entry.tlsa ?? []).map((t) => Buffer.concat([Buffer.from([t.usage, t.selector, t.matchingType]), t.data]));
    default:
      return [];
  }
}

/** Starts the responder; `zone` may be changed between queries. */
export async function startDnsResponder(zone: Zone, options: { authenticated?: boolean; delayMs?: Partial<Record<keyof typeof TYPE, number>> } = {}): Promise<DnsResponder> {
  const byName = (name: string): [string, ZoneEntry] | undefined => {
    const key = Object.keys(zone).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : [key, zone[key]!];
  };
  const queries: string[] = [];
  const log: string[] = [];
  const pending = new Set<NodeJS.Timeout>();
  const socket = dgram.createSocket('udp4');
  socket.on('message', (query, peer) => {
    if (query.length < 12) return;
    const question = readQuestion(query);
    if (question === null) return;
    const asked = `${TYPE_NAMES[question.type] ?? question.type} ${question.name}`;
    queries.push(asked);
    log.push(`asked ${asked}`);
    const answers: Buffer[] = [];
    let found = byName(question.name);
    const exists = found !== undefined;
    // Follow CNAMEs inside the zone, as a recursive resolver's answer carries the chain.
    for (let hops = 0; found !== undefined && hops < 8; hops++) {
      const [name, entry] = found;
      const owner = hops === 0 ? QUESTION_NAME : name;
      if (entry.cname !== undefined && question.type !== TYPE.CNAME) {
        answers.push(record(owner, TYPE.CNAME, encodeName(entry.cname)));
        found = byName(entry.cname);
        continue;
      }
      if (question.type === TYPE.CNAME && entry.cname !== undefined) answers.push(record(owner, TYPE.CNAME, encodeName(entry.cname)));
      else for (const data of rdata(question.type, entry)) answers.push(record(owner, question.type, data));
      break;
    }
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2); // the query's id
    header[2] = 0x84 | (query[2]! & 0x01); // QR, AA, the query's RD
    header[3] = 0x80 | (options.authenticated ? 0x20 : 0) | (exists ? 0 : 3); // RA, AD when asked; NOERROR or NXDOMAIN
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    const reply = Buffer.concat([header, query.subarray(12, question.end), ...answers]);
    if (reply.length > 512) throw new Error(`the answer to ${question.name} does not fit in 512 bytes: make the test zone smaller`);
    const send = () => {
      log.push(`answered ${asked}`);
      socket.send(reply, peer.port, peer.address);
    };
    const delay = options.delayMs?.[TYPE_NAMES[question.type] as keyof typeof TYPE] ?? 0;
    if (delay === 0) send();
    else {
      const timer = setTimeout(() => {
        pending.delete(timer);
        send();
      }, delay);
      pending.add(timer);
    }
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    address: '127.0.0.1',
    port: socket.address().port,
    queries,
    log,
    close: () => {
      for (const timer of pending) clearTimeout(timer);
      return new Promise<void>((resolve) => socket.close(() => resolve()));
    },
  };
}
