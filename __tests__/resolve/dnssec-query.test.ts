// The DNSSEC-aware DNS client against a scripted server on loopback: what it asks (RD, AD, EDNS0
// with DO), what it believes (AD only from a trusted resolver), and how it takes hostile answers:
// truncated, oversized, a wrong ID or question, garbage, a forged datagram from another port,
// silence. Each of these ends in a fact (an RCODE, an error word), never a throw or a hang.
import dgram from 'node:dgram';
import net from 'node:net';
import dnsPacket from 'dns-packet';
import { DNSSEC_ERRORS, describeDnssecError, MAX_ANSWER_CNAME_HOPS } from '../../src/facts/dane-vocabulary.js';
import { tlsaStanding, unansweredWords } from '../../src/rules/dane.js';
import { createDaneResolver, EDNS_UDP_PAYLOAD, queryWithDnssec, recordsAtChainEnd } from '../../src/resolve/dnssec-query.js';
import { respond, startScriptedDns, type ScriptedDns } from '../support/scripted-dns.js';

const MX_ANSWER: dnsPacket.Answer = { type: 'MX', name: 'example.test', ttl: 60, class: 'IN', data: { preference: 10, exchange: 'mx1.example.test' } };
const tlsa = (name: string, usage: number, hex: string): dnsPacket.Answer => ({
  type: 'TLSA',
  name,
  ttl: 60,
  class: 'IN',
  data: { usage, selector: 1, matchingType: 1, certificate: Buffer.from(hex, 'hex') },
});

let server: ScriptedDns;
beforeAll(async () => {
  server = await startScriptedDns(() => []);
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.queries.length = 0;
});

const at = (timeoutMs = 2000, trusted = true) => ({ server: { address: server.address, port: server.port }, timeoutMs, trusted });

describe('what is asked', () => {
  test('one question with RD and AD set, and an EDNS0 OPT record with DO and a 1232-byte payload', async () => {
    server.script = (q) => [respond(q.packet, { answers: [MX_ANSWER], ad: true })];
    await queryWithDnssec('example.test', 'MX', at());
    expect(server.queries).toHaveLength(1);
    const { packet, transport } = server.queries[0]!;
    expect(transport).toBe('udp');
    expect(packet.flag_rd).toBe(true);
    expect(packet.flag_ad).toBe(true);
    expect(packet.flag_cd).toBe(false);
    expect(packet.questions).toEqual([{ name: 'example.test', type: 'MX', class: 'IN' }]);
    const opt = packet.additionals?.find((a) => a.type === 'OPT') as dnsPacket.OptAnswer | undefined;
    expect(opt).toMatchObject({ udpPayloadSize: EDNS_UDP_PAYLOAD, flag_do: true });
  });

  test('the query ID differs from one query to the next', async () => {
    server.script = (q) => [respond(q.packet, { answers: [MX_ANSWER] })];
    for (let i = 0; i < 6; i++) await queryWithDnssec('example.test', 'MX', at());
    expect(new Set(server.queries.map((q) => q.packet.id)).size).toBeGreaterThan(1);
  });
});

describe('what is believed', () => {
  test('AD set by a trusted resolver: authenticated, with the records', async () => {
    server.script = (q) => [respond(q.packet, { answers: [MX_ANSWER], ad: true })];
    const result = await queryWithDnssec('example.test', 'MX', at());
    expect(result.answer).toEqual({ rcode: 'NOERROR', authenticated: true, error: null });
    expect(result.records).toMatchObject([{ type: 'MX', data: { exchange: 'mx1.example.test' } }]);
  });

  test('AD clear: not authenticated', async () => {
    server.script = (q) => [respond(q.packet, { answers: [MX_ANSWER], ad: false })];
    expect((await queryWithDnssec('example.test', 'MX', at())).answer).toEqual({ rcode: 'NOERROR', authenticated: false, error: null });
  });

  test('AD set by a resolver nobody named: not authenticated, and the error says why; the records are still given', async () => {
    server.script = (q) => [respond(q.packet, { answers: [MX_ANSWER], ad: true })];
    const result = await queryWithDnssec('example.test', 'MX', at(2000, false));
    expect(result.answer).toEqual({ rcode: 'NOERROR', authenticated: false, error: DNSSEC_ERRORS.untrustedResolver });
    expect(result.records).toHaveLength(1);
    expect(describeDnssecError(result.answer.error!)).toMatch(/not trusted/);
  });

  test.each([
    ['SERVFAIL', 2],
    ['NXDOMAIN', 3],
    ['REFUSED', 5],
  ])('RCODE %s is the fact, with no records and no error', async (name, code) => {
    server.script = (q) => [respond(q.packet, { rcode: code })];
    expect(await queryWithDnssec('example.test', 'MX', at())).toEqual({ answer: { rcode: name, authenticated: false, error: null }, records: [] });
  });
});

describe('truncation', () => {
  test('a truncated UDP answer is asked again over TCP, and the TCP answer is the one kept', async () => {
    server.script = (q) => (q.transport === 'udp' ? [respond(q.packet, { tc: true })] : [respond(q.packet, { answers: [MX_ANSWER], ad: true })]);
    const result = await queryWithDnssec('example.test', 'MX', at());
    expect(server.queries.map((q) => q.transport)).toEqual(['udp', 'tcp']);
    expect(result.answer).toEqual({ rcode: 'NOERROR', authenticated: true, error: null });
    expect(result.records).toHaveLength(1);
  });

  test('truncated over TCP too: no answer, error truncated', async () => {
    server.script = (q) => [respond(q.packet, { tc: true, answers: [MX_ANSWER] })];
    const result = await queryWithDnssec('example.test', 'MX', at());
    expect(result).toEqual({ answer: { rcode: null, authenticated: null, error: DNSSEC_ERRORS.truncated }, records: [] });
  });
});

describe('hostile answers', () => {
  const big = (q: dnsPacket.DecodedPacket) =>
    respond(q, { answers: Array.from({ length: 40 }, (_, i) => tlsa('_25._tcp.mx.example.test', 3, (i.toString(16).padStart(2, '0')).repeat(32))) });

  test('an answer over the size cap by UDP, and nothing else: too-large', async () => {
    server.script = (q) => [big(q.packet)];
    const result = await queryWithDnssec('_25._tcp.mx.example.test', 'TLSA', { ...at(400), maxBytes: 512 });
    expect(result.answer).toEqual({ rcode: null, authenticated: null, error: DNSSEC_ERRORS.tooLarge });
  });

  test('an oversized UDP datagram does not stop the real answer from being read', async () => {
    server.script = (q) => [big(q.packet), respond(q.packet, { answers: [MX_ANSWER], ad: true })];
    const result = await queryWithDnssec('example.test', 'MX', { ...at(), maxBytes: 512 });
    expect(result.answer.authenticated).toBe(true);
  });

  test('over TCP, a length prefix past the cap ends the read at once: too-large', async () => {
    server.script = (q) =>
      q.transport === 'udp' ? [respond(q.packet, { tc: true })] : { messages: [Buffer.from([0xff, 0xff, 0, 0, 0, 0])], rawTcp: true };
    const result = await queryWithDnssec('example.test', 'MX', at());
    expect(result.answer).toEqual({ rcode: null, authenticated: null, error: DNSSEC_ERRORS.tooLarge });
  });

  test('a wrong ID is ignored and the right answer after it is read', async () => {
    server.script = (q) => [respond(q.packet, { id: (q.packet.id! + 1) & 0xffff, answers: [MX_ANSWER], ad: true, rcode: 3 }), respond(q.packet, { answers: [MX_ANSWER] })];
    const result = await queryWithDnssec('example.test', 'MX', at());
    expect(result.answer).toEqual({ rcode: 'NOERROR', authenticated: false, error: null });
  });

  test('only wrong IDs: no answer, timeout', async () => {
    server.script = (q) => [respond(q.packet, { id: (q.packet.id! + 1) & 0xffff, answers: [MX_ANSWER], ad: true })];
    expect((await queryWithDnssec('example.test', 'MX', at(300))).answer).toEqual({ rcode: null, authenticated: null, error: DNSSEC_ERRORS.timeout });
  });

  test.each([
    ['another name', [{ name: 'evil.test', type: 'MX', class: 'IN' }]],
    ['another type', [{ name: 'example.test', type: 'A', class: 'IN' }]],
    ['the name with a blank before or after it', [{ name: ' example.test ', type: 'MX', class: 'IN' }]],
    ['no question', []],
    ['two questions', [{ name: 'example.test', type: 'MX', class: 'IN' }, { name: 'example.test', type: 'MX', class: 'IN' }]],
  ] as [string, dnsPacket.Question[]][])('an answer to %s is ignored', async (_, questions) => {
    server.script = (q) => [respond(q.packet, { questions, answers: [MX_ANSWER], ad: true })];
    expect((await queryWithDnssec('example.test', 'MX', at(300))).answer.error).toBe(DNSSEC_ERRORS.timeout);
  });

  test('the question is matched without regard to case or a final dot', async () => {
    server.script = (q) => [respond(q.packet, { questions: [{ name: 'EXAMPLE.Test.', type: 'MX', class: 'IN' }], answers: [MX_ANSWER], ad: true })];
    expect((await queryWithDnssec('example.test', 'MX', at())).answer.authenticated).toBe(true);
  });

  test('garbage, a query echoed back, and a message with bytes its records do not account for are ignored', async () => {
    server.script = (q) => {
      const echoed = Buffer.from(q.raw);
      const trailing = Buffer.concat([respond(q.packet, { answers: [MX_ANSWER], ad: true }), Buffer.from('extra')]);
      const garbage = Buffer.concat([q.raw.subarray(0, 2), Buffer.from('\x81\x80\x00\x01\x00\x01\x00\x00\x00\x00\xff\xff\xff', 'latin1')]);
      return [garbage, echoed, trailing];
    };
    expect((await queryWithDnssec('example.test', 'MX', at(300))).answer.error).toBe(DNSSEC_ERRORS.timeout);
  });

  test('over TCP, garbage in place of the answer: malformed', async () => {
    server.script = (q) => (q.transport === 'udp' ? [respond(q.packet, { tc: true })] : [Buffer.from('HTTP/1.1 200 OK\r\n\r\n')]);
    expect((await queryWithDnssec('example.test', 'MX', at())).answer).toEqual({ rcode: null, authenticated: null, error: DNSSEC_ERRORS.malformed });
  });

  test('over TCP, half an answer held open: the deadline ends it', async () => {
    server.script = (q) => (q.transport === 'udp' ? [respond(q.packet, { tc: true })] : { messages: [Buffer.from([0x01, 0x00, 0x12])], rawTcp: true });
    expect((await queryWithDnssec('example.test', 'MX', at(300))).answer.error).toBe(DNSSEC_ERRORS.timeout);
  });

  test('over TCP, a connection closed before the answer is whole: connection-failed', async () => {
    server.script = (q) => (q.transport === 'udp' ? [respond(q.packet, { tc: true })] : { messages: [Buffer.from([0x01, 0x00, 0x12])], rawTcp: true, close: true });
    expect((await queryWithDnssec('example.test', 'MX', at())).answer).toEqual({ rcode: null, authenticated: null, error: DNSSEC_ERRORS.connection });
  });

  test('a silent resolver: timeout, after the query was sent again once', async () => {
    server.script = () => [];
    const result = await queryWithDnssec('example.test', 'MX', at(400));
    expect(result).toEqual({ answer: { rcode: null, authenticated: null, error: DNSSEC_ERRORS.timeout }, records: [] });
    expect(server.queries).toHaveLength(2);
    expect(server.queries[0]!.packet.id).toBe(server.queries[1]!.packet.id);
  });

  test('a forged answer from another port, with the right ID and question, is never read', async () => {
    const forger = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => forger.bind(0, '127.0.0.1', resolve));
    try {
      server.script = (q) => {
        if (q.transport === 'udp') forger.send(respond(q.packet, { answers: [MX_ANSWER], ad: true }), q.from.port, q.from.address);
        return [];
      };
      expect((await queryWithDnssec('example.test', 'MX', at(300))).answer.error).toBe(DNSSEC_ERRORS.timeout);
    } finally {
      forger.close();
    }
  });

  test('no server on the port: connection-refused', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await queryWithDnssec('example.test', 'MX', { server: { address: '127.0.0.1', port }, timeoutMs: 2000, trusted: true });
    expect(result.answer).toEqual({ rcode: null, authenticated: null, error: DNSSEC_ERRORS.refused });
  });

  test('a resolver the socket cannot connect to: connection-failed, at once, not a crash or a wait for the deadline', async () => {
    // The limited broadcast address: connect() on a UDP socket without SO_BROADCAST fails in the
    // kernel (EACCES, or no route where there is none), and a UDP connect sends no packet.
    const result = await queryWithDnssec('example.test', 'MX', { server: { address: '255.255.255.255', port: 53 }, timeoutMs: 60_000, trusted: true });
    expect(result.answer).toEqual({ rcode: null, authenticated: null, error: DNSSEC_ERRORS.connection });
  });
});

describe('TLSA records through the DANE resolver', () => {
  const name = '_25._tcp.mx.example.test';

  test('usage, selector, matching type and the data in lower-case hex', async () => {
    server.script = (q) => [respond(q.packet, { answers: [tlsa(name, 3, 'AB'.repeat(32)), tlsa(name, 2, '01'.repeat(32))], ad: true })];
    const dane = createDaneResolver({ server: { address: server.address, port: server.port }, timeoutMs: 2000 });
    expect(await dane.tlsa(name)).toEqual({
      tlsa: { rcode: 'NOERROR', authenticated: true, error: null },
      records: [
        { usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) },
        { usage: 2, selector: 1, matchingType: 1, data: '01'.repeat(32) },
      ],
    });
  });

  test('a CNAME chain is followed within the answer; records under other owners are not taken', async () => {
    server.script = (q) => [
      respond(q.packet, {
        answers: [
          { type: 'CNAME', name, ttl: 60, class: 'IN', data: '_25._tcp.mx.provider.test' },
          tlsa('_25._tcp.mx.provider.test', 3, 'cd'.repeat(32)),
          tlsa('_25._tcp.elsewhere.test', 3, 'ee'.repeat(32)),
        ],
        ad: true,
      }),
    ];
    const dane = createDaneResolver({ server: { address: server.address, port: server.port }, timeoutMs: 2000 });
    expect((await dane.tlsa(name)).records).toEqual([{ usage: 3, selector: 1, matchingType: 1, data: 'cd'.repeat(32) }]);
  });

  test('a CNAME loop ends', () => {
    const loop: dnsPacket.Answer[] = [
      { type: 'CNAME', name: 'a.test', ttl: 60, class: 'IN', data: 'b.test' },
      { type: 'CNAME', name: 'b.test', ttl: 60, class: 'IN', data: 'a.test' },
    ];
    expect(recordsAtChainEnd(loop, 'a.test', 'TLSA')).toBeNull();
  });

  test('a record whose owner is the name with a blank or a second final dot is not at the name', () => {
    const records = [tlsa(`${name} `, 3, 'ab'.repeat(32)), tlsa(`${name}..`, 3, 'cd'.repeat(32)), tlsa(`${name.toUpperCase()}.`, 3, 'ef'.repeat(32))];
    expect(recordsAtChainEnd(records, name, 'TLSA')).toEqual([records[2]]);
  });

  /** An answer whose chain from `name` runs through `hops` aliases to the TLSA record. */
  const chainOf = (hops: number): dnsPacket.Answer[] => {
    const names = [name, ...Array.from({ length: hops }, (_, i) => `_25._tcp.alias${i}.provider.test`)];
    return [
      ...names.slice(1).map((target, i): dnsPacket.Answer => ({ type: 'CNAME', name: names[i]!, ttl: 60, class: 'IN', data: target })),
      tlsa(names[hops]!, 3, 'cd'.repeat(32)),
    ];
  };

  test(`a chain of ${MAX_ANSWER_CNAME_HOPS} aliases is followed to its records`, async () => {
    server.script = (q) => [respond(q.packet, { answers: chainOf(MAX_ANSWER_CNAME_HOPS), ad: true })];
    const dane = createDaneResolver({ server: { address: server.address, port: server.port }, timeoutMs: 2000 });
    expect(await dane.tlsa(name)).toEqual({
      tlsa: { rcode: 'NOERROR', authenticated: true, error: null },
      records: [{ usage: 3, selector: 1, matchingType: 1, data: 'cd'.repeat(32) }],
    });
  });

  test('a chain that goes on past the aliases followed: the records are unknown, an answer without a verdict, never "no TLSA records"', async () => {
    server.script = (q) => [respond(q.packet, { answers: chainOf(MAX_ANSWER_CNAME_HOPS + 1), ad: true })];
    const dane = createDaneResolver({ server: { address: server.address, port: server.port }, timeoutMs: 2000 });
    const found = await dane.tlsa(name);
    expect(found).toEqual({ tlsa: { rcode: 'NOERROR', authenticated: true, error: DNSSEC_ERRORS.aliasChain }, records: [] });
    const host = { host: 'mx.example.test', tlsaName: name, tlsa: found.tlsa, records: found.records };
    expect(tlsaStanding(host)).toEqual({ kind: 'unanswered' });
    expect(unansweredWords(found.tlsa)).toBe(`the answer's CNAME chain did not end within ${MAX_ANSWER_CNAME_HOPS} aliases, so its records are not known`);
  });

  test("no resolver named: the system's first name server is asked, and its AD bit is not believed", async () => {
    server.script = (q) => [respond(q.packet, { answers: [tlsa(name, 3, 'ab'.repeat(32))], ad: true })];
    const dane = createDaneResolver({ timeoutMs: 2000, systemServers: () => [`${server.address}:${server.port}`, '192.0.2.53'] });
    expect(await dane.tlsa(name)).toEqual({
      tlsa: { rcode: 'NOERROR', authenticated: false, error: DNSSEC_ERRORS.untrustedResolver },
      records: [{ usage: 3, selector: 1, matchingType: 1, data: 'ab'.repeat(32) }],
    });
    expect(server.queries).toHaveLength(1);
  });

  test('no resolver named and none configured: no answer, and the error says so', async () => {
    const dane = createDaneResolver({ timeoutMs: 2000, systemServers: () => [] });
    expect(await dane.mx('example.test')).toEqual({ rcode: null, authenticated: null, error: DNSSEC_ERRORS.noResolver });
    expect(server.queries).toHaveLength(0);
  });

  test('the MX answer gives its AD bit', async () => {
    server.script = (q) => [respond(q.packet, { answers: [MX_ANSWER], ad: true })];
    const dane = createDaneResolver({ server: { address: server.address, port: server.port }, timeoutMs: 2000 });
    expect(await dane.mx('example.test')).toEqual({ rcode: 'NOERROR', authenticated: true, error: null });
  });
});
