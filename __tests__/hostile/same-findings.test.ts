// The same server gets the same findings on every run, however its bytes happen to be split into
// packets and whichever of a close or a reset the client happens to see. Each hostile behaviour
// below is probed RUNS times against one fixture server, and every run's findings (rule, message,
// evidence, everything) must equal the first run's and carry the rule the behaviour earns.
import {
  type HostileServer,
  startCloseOnAccept,
  startHostileServer,
  startReplay,
  startResetOnAccept,
  startScriptedMail,
} from '../support/hostile-servers.js';
import type { Finding } from '../../src/rules/types.js';
import { policyText, probeAndJudge } from './helpers.js';

const RUNS = 20;
/** Short, so that twenty runs stay quick; the busy retry waits this long. */
const RETRY_AFTER_MS = 10;

const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function hold(server: Promise<HostileServer>): Promise<HostileServer> {
  const s = await server;
  servers.push(s);
  return s;
}

/** Probes `service` on the server RUNS times; returns the first run's findings after checking that every run had the same. */
async function sameEveryRun(service: string, server: HostileServer, timeout = '500ms'): Promise<Finding[]> {
  const text = policyText([{ service, port: server.port }], timeout);
  const runs: Finding[][] = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push((await probeAndJudge(text, { retryAfterMs: RETRY_AFTER_MS })).findings);
  }
  const first = runs[0]!;
  // Compared one by one, so that a failure names the run that differed.
  runs.forEach((findings, i) => expect([i, findings]).toEqual([i, first]));
  return first;
}

const rulesOf = (findings: Finding[]) => findings.map((f) => [f.rule, f.severity, f.inconclusive ?? false]);
const UNREACHABLE = [['required-service-unreachable', 'error', false]];

const PLAINTEXT = ['smtp', 'imap', 'pop3', 'managesieve'] as const;
const IMPLICIT = ['imaps', 'pop3s', 'submissions'] as const;

describe(`a hang-up at first contact, ${RUNS} runs each: required-service-unreachable every time, never service-busy`, () => {
  test.each([...PLAINTEXT, ...IMPLICIT])('%s: a reset at once after accept', async (service) => {
    const server = await hold(startResetOnAccept());
    const findings = await sameEveryRun(service, server);
    expect(rulesOf(findings)).toEqual(UNREACHABLE);
    expect(findings[0]!.message).toContain('hung up (closed or reset the connection) before the service said anything, also on the retry');
    // Each run: the attempt and its one retry.
    expect(server.accepted).toBe(2 * RUNS);
  });

  test.each([...PLAINTEXT, ...IMPLICIT])('%s: a close (FIN) at once after accept', async (service) => {
    const server = await hold(startCloseOnAccept());
    const findings = await sameEveryRun(service, server);
    expect(rulesOf(findings)).toEqual(UNREACHABLE);
    expect(findings[0]!.evidence).toBe('nothing received before the hang-up');
    expect(server.accepted).toBe(2 * RUNS);
  });

  test.each([
    ['a reset at once after accept', startResetOnAccept],
    ['a close (FIN) at once after accept', startCloseOnAccept],
  ] as const)('http: %s, or after the request', async (_name, start) => {
    const server = await hold(start());
    const findings = await sameEveryRun('http', server);
    expect(rulesOf(findings)).toEqual(UNREACHABLE);
    expect(findings[0]!.message).toContain('hung up (closed or reset the connection) before the service said anything.');
    // HTTP gets no busy retry: one connection a run.
    expect(server.accepted).toBe(RUNS);
  });

  test.each([
    ['reset', (c: { socket: import('node:net').Socket }) => c.socket.once('data', () => c.socket.resetAndDestroy())],
    ['close', (c: { socket: import('node:net').Socket }) => c.socket.once('data', () => c.socket.end())],
  ] as const)('http: a %s once the request is in', async (_name, behave) => {
    const server = await hold(startHostileServer(behave));
    expect(rulesOf(await sameEveryRun('http', server))).toEqual(UNREACHABLE);
  });

  test.each(IMPLICIT)('%s: a reset once the ClientHello is in', async (service) => {
    const server = await hold(startHostileServer((c) => c.socket.once('data', () => c.socket.resetAndDestroy())));
    expect(rulesOf(await sameEveryRun(service, server))).toEqual(UNREACHABLE);
  });
});

describe(`a close after N bytes of an SMTP greeting, ${RUNS} runs each`, () => {
  const GREETING = '220 mail.hostile.test ESMTP\r\n';

  test.each([1, 4, 12, GREETING.length - 2, GREETING.length - 1])('%i bytes (no complete line): required-service-unreachable, the bytes as evidence', async (n) => {
    const server = await hold(startReplay([Buffer.from(GREETING.slice(0, n), 'latin1')], 'close'));
    const findings = await sameEveryRun('smtp', server);
    expect(rulesOf(findings)).toEqual(UNREACHABLE);
    expect(findings[0]!.evidence).toBe(`received before the hang-up: ${GREETING.slice(0, n)}`);
  });

  test('the whole greeting, then a close: the service spoke, so it is service-misbehaving', async () => {
    const server = await hold(startReplay([Buffer.from(GREETING, 'latin1')], 'close'));
    const findings = await sameEveryRun('smtp', server);
    expect(rulesOf(findings)).toEqual([['service-misbehaving', 'error', false]]);
    expect(findings[0]!.message).toContain('closed the connection at the capabilities step');
  });
});

describe(`STARTTLS answered with a go-ahead and then bytes that are not TLS, ${RUNS} runs each: starttls-failed however they were split`, () => {
  test.each(PLAINTEXT)('%s: the garbage in the same packet as the go-ahead', async (protocol) => {
    const server = await hold(startScriptedMail({ protocol, starttls: 'go-ahead-with-garbage' }));
    const findings = await sameEveryRun(protocol, server);
    expect(rulesOf(findings)).toEqual([['starttls-failed', 'error', false]]);
    expect(findings[0]!.evidence).toContain('after its STARTTLS go-ahead, before it could have read our ClientHello');
  });

  test.each(PLAINTEXT)('%s: the garbage in a later packet, in answer to the ClientHello', async (protocol) => {
    const server = await hold(startScriptedMail({ protocol, starttls: 'garbage-handshake' }));
    const findings = await sameEveryRun(protocol, server);
    expect(rulesOf(findings)).toEqual([['starttls-failed', 'error', false]]);
  });
});

describe(`greetings that refuse, ${RUNS} runs each: busy only on the protocol's own busy signal`, () => {
  test.each([
    ['pop3', '-ERR [IN-USE] mailbox in use\r\n', 'service-busy'],
    ['pop3', '-ERR [SYS/TEMP] try again later\r\n', 'service-busy'],
    ['pop3', '-ERR go away\r\n', 'service-misbehaving'],
    ['managesieve', 'NO "server overloaded"\r\n', 'service-busy'],
    ['managesieve', 'BYE "too many connections"\r\n', 'service-busy'],
    ['imap', '* BYE too many connections\r\n', 'service-busy'],
    ['smtp', '421 4.7.0 try again later\r\n', 'service-busy'],
    ['smtp', '554 5.7.1 no service here\r\n', 'service-misbehaving'],
  ])('%s greeting %j → %s', async (service, greeting, rule) => {
    const server = await hold(startReplay([Buffer.from(greeting, 'latin1')], 'close'));
    const findings = await sameEveryRun(service, server);
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect(findings[0]!.inconclusive ?? false).toBe(rule === 'service-busy');
    // Retried once only when busy.
    expect(server.accepted).toBe((rule === 'service-busy' ? 2 : 1) * RUNS);
  });
});
