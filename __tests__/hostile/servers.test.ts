// The hostile fixture corpus: peers that hang, drip, flood, reset, speak the wrong protocol or
// turn on the client at STARTTLS. Each one is named in a policy, probed on loopback and judged:
// the rule it earns, a run that ends inside a bound computed from the policy's timeout, and
// memory that stays bounded: every probe is measured against a generous cap, and the floods
// against a tighter one, because the reader's caps are hit.
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { startHttpServer } from '../../src/demo/http-servers.js';
import {
  GARBAGE,
  type HostileServer,
  startDrip,
  startEndlessLine,
  startGarbageGreeting,
  startHostileServer,
  startHttpOnMailPort,
  startResetOnAccept,
  startScriptedMail,
  startSlowHttpBody,
  startStallingTls,
  startTarpitServer,
} from '../support/hostile-servers.js';
import { startMailServer } from '../../src/demo/mail-servers.js';
import { EVIDENCE_LIMIT } from '../../src/probe/failure.js';
import { MAX_LINE_BYTES, MAX_REPLY_BYTES } from '../../src/probe/lines.js';
import { HOST, MiB, deadlineBound, heapGrowth, policyText, probeAndJudge } from './helpers.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function hold<T extends { close(): Promise<void> }>(server: Promise<T>): Promise<T> {
  const s = await server;
  closers.push(() => s.close());
  return s;
}

const PROTOCOLS = ['smtp', 'imap', 'pop3', 'managesieve'] as const;

/** Probes one required service on the test host and checks the run against its bound. */
async function probeOne(service: string, port: number, timeoutMs: number, steps: number, extraCa: string[] = []) {
  const judged = await probeAndJudge(policyText([{ service, port }], `${timeoutMs}ms`), { extraCa });
  expect(judged.elapsedMs).toBeLessThan(deadlineBound(timeoutMs, steps));
  expect(judged.facts).toHaveLength(1);
  return { ...judged, fact: judged.facts[0]! };
}

/** Generous: a probe's own working set is far below it, a flood held in memory is far above. */
const HEAP_CAP = 16 * MiB;

/** probeOne, with the heap measured across it (once, after collections) and held under HEAP_CAP. */
async function probeBounded(...args: Parameters<typeof probeOne>): ReturnType<typeof probeOne> {
  const { result, growth } = await heapGrowth(() => probeOne(...args));
  expect(growth).toBeLessThan(HEAP_CAP);
  return result;
}

describe('peers that never finish saying anything', () => {
  test('a tarpit on a STARTTLS port: service-misbehaving, a timeout at the greeting', async () => {
    const tarpit = await hold(startTarpitServer());
    const { rules, fact } = await probeBounded('smtp', tarpit.port, 300, 2);
    expect(rules).toEqual(['service-misbehaving']);
    expect(fact.error).toMatchObject({ kind: 'timeout', step: 'greeting' });
    expect(tarpit.accepted).toBe(1);
  });

  test('a tarpit on an implicit-TLS port: tls-handshake-failed, and no version sweep after the stalled handshake', async () => {
    const tarpit = await hold(startTarpitServer());
    // connect + handshake, for the main attempt and a sweep of up to four versions
    const { rules, fact } = await probeBounded('imaps', tarpit.port, 300, 10);
    expect(rules).toEqual(['tls-handshake-failed']);
    expect(fact.error).toMatchObject({ kind: 'tls-handshake', step: 'handshake' });
    expect(fact.tls?.versionsAccepted).toEqual([]);
  });

  test('a drip, one byte a second: service-misbehaving, not held past the greeting deadline', async () => {
    const drip = await hold(startDrip('220 mail.hostile.test ESMTP a very slow greeting\r\n', 1000));
    const { rules, fact } = await probeBounded('smtp', drip.port, 1500, 2);
    expect(rules).toEqual(['service-misbehaving']);
    // Some bytes came, never a line: broken, not merely slow.
    expect(fact.error).toMatchObject({ kind: 'misbehaving', step: 'greeting' });
    expect(fact.plaintext?.greeting.startsWith('2')).toBe(true);
    expect(drip.bytesSent).toBeLessThan(10);
  });
});

describe('floods', () => {
  test('an endless line without a newline: the 8 KiB line cap, and the heap barely moves', async () => {
    const flood = await hold(startEndlessLine('220 '));
    const { result, growth } = await heapGrowth(() => probeOne('smtp', flood.port, 2000, 2));
    const { rules, fact } = result;
    expect(rules).toEqual(['service-misbehaving']);
    expect(fact.error).toMatchObject({ kind: 'misbehaving', step: 'greeting' });
    expect(fact.error?.message).toContain(`line longer than ${MAX_LINE_BYTES} bytes`);
    // What is kept of it is clipped evidence, not the flood.
    expect(fact.plaintext!.greeting.length).toBeLessThanOrEqual(EVIDENCE_LIMIT + 1);
    expect(growth).toBeLessThan(8 * MiB);
  });

  test('an endless line on an IMAP port, in binary: the cap again', async () => {
    const flood = await hold(startEndlessLine('* OK ', 0x00));
    const { rules, fact } = await probeBounded('imap', flood.port, 2000, 2);
    expect(rules).toEqual(['service-misbehaving']);
    expect(fact.error?.message).toContain(`line longer than ${MAX_LINE_BYTES} bytes`);
  });

  test('SMTP with 3,000 capabilities, under the 64 KiB reply cap: read whole, judged on what it says', async () => {
    const server = await hold(startScriptedMail({ protocol: 'smtp', starttls: 'refuse', extraCapabilities: 3000 }));
    const { result, growth } = await heapGrowth(() => probeOne('smtp', server.port, 2000, 6));
    expect(result.rules).toEqual(['starttls-failed']);
    expect(result.fact.plaintext?.capabilities).toHaveLength(3001);
    expect(result.fact.plaintext?.starttls).toBe(true);
    expect(growth).toBeLessThan(8 * MiB);
  });

  test('SMTP with 10,000 capabilities: the reply cap is hit, nothing of it is kept as capabilities', async () => {
    const server = await hold(startScriptedMail({ protocol: 'smtp', starttls: 'refuse', extraCapabilities: 10_000 }));
    const { result, growth } = await heapGrowth(() => probeOne('smtp', server.port, 2000, 3));
    expect(result.rules).toEqual(['service-misbehaving']);
    expect(result.fact.error).toMatchObject({ kind: 'misbehaving', step: 'capabilities' });
    expect(result.fact.error?.message).toContain(`reply longer than ${MAX_REPLY_BYTES} bytes`);
    expect(result.fact.plaintext?.capabilities).toEqual([]);
    expect(growth).toBeLessThan(8 * MiB);
  });

  test.each([
    ['imap', 'line longer than'],
    ['pop3', 'reply longer than'],
    ['managesieve', 'reply longer than'],
  ] as const)('%s with 10,000 capabilities: the cap is hit (%s)', async (protocol, message) => {
    const server = await hold(startScriptedMail({ protocol, starttls: 'refuse', extraCapabilities: 10_000 }));
    const { result, growth } = await heapGrowth(() => probeOne(protocol, server.port, 2000, 3));
    expect(result.rules).toEqual(['service-misbehaving']);
    expect(result.fact.error?.kind).toBe('misbehaving');
    expect(result.fact.error?.message).toContain(message);
    expect(growth).toBeLessThan(8 * MiB);
  });
});

describe('the wrong bytes, or none', () => {
  test.each(PROTOCOLS)('%s: binary garbage instead of a greeting is service-misbehaving', async (protocol) => {
    const server = await hold(startGarbageGreeting(GARBAGE, 'wait'));
    const { rules, fact } = await probeBounded(protocol, server.port, 500, 2);
    expect(rules).toEqual(['service-misbehaving']);
    expect(fact.error).toMatchObject({ kind: 'misbehaving', step: 'greeting' });
    // Not retried: garbage is not a busy server.
    expect(server.accepted).toBe(1);
  });

  // On loopback an immediate RST can beat the client's connect; on a real network the client is
  // connected before the server's process even accepts. Both must be judged the same way.
  test.each(['smtp', 'imap', 'imaps', 'https', 'http'])('%s: a reset at once after accept is required-service-unreachable', async (service) => {
    const server = await hold(startResetOnAccept());
    const { rules, fact } = await probeBounded(service, server.port, 500, 10);
    expect(rules).toEqual(['required-service-unreachable']);
    expect(fact.error?.kind).toBe('reset');
  });

  test.each(['smtp', 'imap', 'pop3', 'managesieve'])('%s: a reset once the client is connected and waiting is required-service-unreachable', async (service) => {
    const server = await hold(startResetOnAccept(100));
    const { rules, fact } = await probeBounded(service, server.port, 1000, 2);
    expect(rules).toEqual(['required-service-unreachable']);
    expect(fact.error).toMatchObject({ kind: 'reset', step: 'greeting' });
  });

  // The RST comes after the client's first bytes (a ClientHello, a GET) instead of before a
  // greeting. DESIGN.md: a required service that resets is required-service-unreachable.
  test.each(['imaps', 'https', 'http'])('%s: a reset once the client is connected is required-service-unreachable too', async (service) => {
    const server = await hold(startResetOnAccept(100));
    const { rules } = await probeBounded(service, server.port, 1000, 10);
    expect(rules).toEqual(['required-service-unreachable']);
  });

  test('imaps: a reset before any TLS record is required-service-unreachable after one retry, with no version sweep', async () => {
    const server = await hold(startResetOnAccept(100));
    const { rules, fact } = await probeBounded('imaps', server.port, 1000, 4);
    expect(rules).toEqual(['required-service-unreachable']);
    expect(fact.error).toMatchObject({ kind: 'reset', step: 'handshake' });
    expect(fact.error?.busy).toBeUndefined();
    expect(server.accepted).toBe(2);
    expect(fact.connections).toBe(2);
  });

  test.each(['imaps', 'pop3s', 'submissions'])('%s: a clean close before any TLS record is a hang-up at first contact: one retry, then required-service-unreachable, not busy', async (service) => {
    // Accepts and ends at once (a FIN, no RST). Nothing was ever served, so nothing says "busy".
    const server = await hold(startHostileServer((c) => void c.socket.end()));
    const { rules, fact, findings } = await probeBounded(service, server.port, 1000, 4);
    expect(rules).toEqual(['required-service-unreachable']);
    expect(fact.error).toMatchObject({ kind: 'closed', step: 'handshake' });
    expect(fact.error?.busy).toBeUndefined();
    expect(findings[0]!.message).toContain('hung up (closed or reset the connection) before the service said anything, also on the retry');
    // The main attempt and its retry; no version sweep after the server hung up.
    expect(server.accepted).toBe(2);
    expect(fact.connections).toBe(2);
    expect(fact.tls).toMatchObject({ version: null, versionsAccepted: [] });
  });

  test.each(PROTOCOLS)('%s: a silent HTTP server on the mail port is service-misbehaving (no greeting in time)', async (protocol) => {
    const server = await hold(startHttpOnMailPort('silent'));
    const { rules, fact } = await probeBounded(protocol, server.port, 300, 2);
    expect(rules).toEqual(['service-misbehaving']);
    expect(fact.error).toMatchObject({ kind: 'timeout', step: 'greeting' });
    // We never spoke first, so the HTTP server never answered.
    expect(server.bytesReceived).toBe(0);
  });

  test.each(['smtp', 'imap', 'pop3'] as const)('%s: an HTTP error in place of the greeting is service-misbehaving', async (protocol) => {
    const server = await hold(startHttpOnMailPort('eager'));
    const { rules, fact } = await probeBounded(protocol, server.port, 500, 2);
    expect(rules).toEqual(['service-misbehaving']);
    expect(fact.plaintext?.greeting).toBe('HTTP/1.1 400 Bad Request');
  });
});

describe('STARTTLS turned against the client', () => {
  test.each(PROTOCOLS)('%s: STARTTLS answered with garbage is service-misbehaving', async (protocol) => {
    const server = await hold(startScriptedMail({ protocol, starttls: 'garbage' }));
    const { rules, fact } = await probeBounded(protocol, server.port, 500, 5);
    expect(rules).toEqual(['service-misbehaving']);
    expect(fact.error).toMatchObject({ kind: 'misbehaving', step: 'starttls' });
    expect(fact.tls).toBeNull();
  });

  test.each(PROTOCOLS)('%s: STARTTLS refused (SMTP 454 and its kin) is starttls-failed', async (protocol) => {
    const server = await hold(startScriptedMail({ protocol, starttls: 'refuse' }));
    const { rules, fact } = await probeBounded(protocol, server.port, 500, 6);
    expect(rules).toEqual(['starttls-failed']);
    expect(fact.error?.kind).toBe('starttls-refused');
    if (protocol === 'smtp') expect(fact.plaintext?.starttlsReply).toMatch(/^454 /);
  });

  test.each(['smtp', 'imap'] as const)('%s: a go-ahead whose handshake then stalls past the timeout is starttls-failed', async (protocol) => {
    const server = await hold(startScriptedMail({ protocol, starttls: 'stall' }));
    // Up to six connections of five steps each (greeting, capabilities, STARTTLS, handshake, connect).
    const { rules, fact } = await probeBounded(protocol, server.port, 300, 30);
    expect(rules).toEqual(['starttls-failed']);
    expect(fact.error).toMatchObject({ kind: 'tls-handshake', step: 'handshake' });
    expect(fact.tls?.version).toBeNull();
    // One connection: a handshake that times out after the go-ahead is not tried again.
    expect([fact.connections, server.accepted]).toEqual([1, 1]);
  });

  test.each(['smtp', 'imap'] as const)('%s: a go-ahead whose handshake is answered with garbage is starttls-failed', async (protocol) => {
    const server = await hold(startScriptedMail({ protocol, starttls: 'garbage-handshake' }));
    const { rules, fact } = await probeBounded(protocol, server.port, 500, 30);
    expect(rules).toEqual(['starttls-failed']);
    expect(fact.tls?.error).toBeTruthy();
  });

  test('an implicit-TLS handshake that stalls past the timeout is tls-handshake-failed', async () => {
    const server = await hold(startStallingTls());
    const { rules, fact } = await probeBounded('imaps', server.port, 300, 10);
    expect(rules).toEqual(['tls-handshake-failed']);
    expect(fact.error).toMatchObject({ kind: 'tls-handshake', step: 'handshake' });
    expect(server.bytesReceived).toBeGreaterThan(0); // it did get our ClientHello
  });
});

describe('STARTTLS command injection (CVE-2011-0411), judged', () => {
  let pem: Pem;
  let ca: string;
  beforeAll(async () => {
    const certs = await createFixtureCertificates();
    pem = await certs.good([HOST]);
    ca = certs.ca.cert;
  });

  // main session 7 steps, injection test 6, a sweep of two more sessions 5 each
  const STEPS = 23;

  test.each(['smtp', 'imap', 'pop3'] as const)('%s: a vulnerable server earns starttls-command-injection and nothing else', async (protocol) => {
    const server = await hold(startMailServer({ protocol, pem, injection: 'vulnerable' }));
    const { rules, fact } = await probeBounded(protocol, server.port, 1000, STEPS, [ca]);
    expect(rules).toEqual(['starttls-command-injection']);
    expect(fact.plaintext?.commandInjection).toBe(true);
  });

  test.each(['smtp', 'imap', 'pop3'] as const)('%s: a clean server with a good certificate has no finding at all', async (protocol) => {
    const server = await hold(startMailServer({ protocol, pem, injection: 'clean' }));
    const { rules, fact } = await probeBounded(protocol, server.port, 1000, STEPS, [ca]);
    expect(rules).toEqual([]);
    expect(fact.plaintext?.commandInjection).toBe(false);
    expect(fact.error).toBeNull();
  });

  test('pop3: NOOP (a one-line answer) is pipelined after STLS, and CAPA (a list) is asked inside TLS, so the two replies cannot be confused', async () => {
    const server = await hold(startMailServer({ protocol: 'pop3', pem, injection: 'vulnerable' }));
    const { fact } = await probeBounded('pop3', server.port, 1000, STEPS, [ca]);
    expect(fact.plaintext?.commandInjection).toBe(true);
    // The injection session: CAPA, STLS with NOOP, then inside TLS the carried NOOP, our CAPA, QUIT.
    expect(server.sessions[1]!.commands.map((command) => command.toUpperCase())).toEqual(['CAPA', 'STLS', 'NOOP', 'CAPA', 'QUIT']);
  });
});

describe('port 80', () => {
  test('a redirect to another host is http-not-redirected, and is not followed', async () => {
    const server = await hold(startHttpServer('redirect-elsewhere', 'https://elsewhere.hostile.test/'));
    const { rules, fact } = await probeBounded('http', server.port, 500, 3);
    expect(rules).toEqual(['http-not-redirected']);
    expect(fact.http).toMatchObject({ status: 301, location: 'https://elsewhere.hostile.test/' });
    expect(server.accepted).toBe(1);
    expect(server.hosts).toEqual([`${HOST}:${server.port}`]);
  });

  test('an endless header line: the parser cap ends it, service-misbehaving, heap bounded', async () => {
    const flood = await hold(startEndlessLine(`HTTP/1.1 301 Moved Permanently\r\nLocation: https://${HOST}/\r\nX-Flood: `));
    const { result, growth } = await heapGrowth(() => probeOne('http', flood.port, 2000, 3));
    expect(result.rules).toEqual(['service-misbehaving']);
    expect(result.fact.error).toMatchObject({ kind: 'misbehaving', step: 'http' });
    expect(result.fact.http?.location).toBeNull();
    expect(growth).toBeLessThan(8 * MiB);
  });

  test('a redirect whose body drips for ever: the body deadline ends it, service-misbehaving', async () => {
    const server = await hold(startSlowHttpBody(`https://${HOST}/`, 100));
    // connect, response headers, response body
    const { rules, fact } = await probeBounded('http', server.port, 1000, 3);
    expect(rules).toEqual(['service-misbehaving']);
    expect(fact.error).toMatchObject({ kind: 'timeout', step: 'http' });
    expect(server.accepted).toBe(1);
  });
});
