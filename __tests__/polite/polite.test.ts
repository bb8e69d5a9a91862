// Polite probing: nothing said before the greeting, EHLO with helo-name, a goodbye at the end of
// every session, few connections (counted on the server side), and a rate-limited server that
// the gate waits out instead of hammering.
import type { MailProtocol } from '../../src/demo/mail-servers.js';
import type { ServiceName } from '../../src/policy/services.js';
import { certificates, goodbyes, HELO, HOST, perTest, runCheck } from './world.js';

const { serve, policyFor } = perTest();

const GOODBYE: Readonly<Record<MailProtocol, string>> = { smtp: 'QUIT', imap: 'LOGOUT', pop3: 'QUIT', managesieve: 'LOGOUT' };

test('a server that drops clients talking before its (late) banner: the gate waits, and passes', async () => {
  const pem = await (await certificates()).good([HOST]);
  const smtp = await serve({ protocol: 'smtp', pem, injection: 'clean', greetingDelayMs: 300, dropEarlyTalkers: true });
  const ws = await policyFor([['smtp', smtp.port]]);
  const outcome = await runCheck(ws);
  expect(outcome.report.findings).toEqual([]);
  expect(outcome.exitCode).toBe(0);
  expect(smtp.sessions.length).toBeGreaterThan(0);
  expect(smtp.sessions.filter((s) => s.spokeEarly)).toEqual([]);
  expect(outcome.report.endpoints[0]!.connections).toBe(smtp.accepted);
});

describe.each<[ServiceName, MailProtocol, boolean, number]>([
  // STARTTLS: the session, the injection test (which answers the TLS 1.2 question too), the
  // legacy offer, one cipher question; implicit TLS: the session, TLS 1.2 alone, the legacy
  // offer, one cipher question (RSA key transport, which node's default list accepts, is not
  // asked: its rule is off without a profile)
  ['smtp', 'smtp', false, 4],
  ['submission', 'smtp', false, 4],
  ['imap', 'imap', false, 4],
  ['pop3', 'pop3', false, 4],
  ['managesieve', 'managesieve', false, 4],
  ['submissions', 'smtp', true, 4],
  ['imaps', 'imap', true, 4],
  ['pop3s', 'pop3', true, 4],
])('%s on a modern-only server', (service, protocol, implicitTls, budget) => {
  test(`${budget} connections, each greeted before spoken to and ended with its goodbye`, async () => {
    const pem = await (await certificates()).good([HOST]);
    const server = await serve({ protocol, pem, implicitTls, injection: 'clean' });
    const ws = await policyFor([[service, server.port]], '1s');
    const outcome = await runCheck(ws);
    expect(outcome.report.findings).toEqual([]);
    const [facts] = outcome.report.endpoints;
    expect(facts!.tls!.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(facts!.connections).toBe(budget);
    expect(server.accepted).toBe(budget);
    expect(server.sessions.filter((s) => s.spokeEarly)).toEqual([]);
    // Sessions the server saw: every one ends with the goodbye, except the sweep's version
    // questions and the cipher question, which end in the TLS handshake: after the STARTTLS
    // go-ahead (RFC 3207 §4.1: a client that will not finish the handshake closes), or, on
    // implicit TLS, before any greeting. Over STARTTLS the injection test's session answers the
    // TLS 1.2 question, so one version question is left.
    const allowed = new Set([GOODBYE[protocol], ...(implicitTls ? [] : ['STARTTLS', 'STLS'])]);
    const ends = goodbyes(server);
    for (const last of ends) expect(allowed).toContain(last);
    expect(ends.filter((last) => last === GOODBYE[protocol]).length).toBe(implicitTls ? 1 : 2);
    expect(ends.filter((last) => last !== GOODBYE[protocol]).length).toBe(implicitTls ? 0 : 2);
    if (protocol === 'smtp') {
      // EHLO with helo-name, and nothing else by way of introduction (a sweep session that is
      // only there to see the handshake says QUIT straight after the greeting).
      const ehlos = server.sessions.flatMap((s) => s.commands.filter((c) => /^(EHLO|HELO)\b/i.test(c)));
      expect(ehlos.length).toBeGreaterThan(0);
      for (const c of ehlos) expect(c).toBe(`EHLO ${HELO}`);
      for (const s of server.sessions) expect(s.commands[0]).toMatch(new RegExp(`^(EHLO ${HELO.replace(/\./g, '\\.')}|QUIT)$`));
    }
  });
});

test('a server allowing 2 sessions per window per client: with per-host 1 the gate waits it out and finishes with full facts', async () => {
  const WINDOW_MS = 1500;
  const served: number[] = [];
  const turnedAwayAt: number[] = [];
  // Shared by both ports, as a per-client-address limit is.
  const limiter = (): boolean => {
    const now = Date.now();
    while (served.length > 0 && served[0]! <= now - WINDOW_MS) served.shift();
    if (served.length >= 2) {
      turnedAwayAt.push(now);
      return true;
    }
    served.push(now);
    return false;
  };
  const pem = await (await certificates()).good([HOST]);
  const smtp = await serve({ protocol: 'smtp', pem, injection: 'clean', turnAway: limiter });
  const smtps = await serve({ protocol: 'smtp', pem, implicitTls: true, turnAway: limiter });
  const connectTimes: number[] = [];
  const ws = await policyFor([['smtp', smtp.port], ['submissions', smtps.port]], '500ms');
  const sample = setInterval(() => connectTimes.push(smtp.open + smtps.open), 5);
  let outcome;
  try {
    outcome = await runCheck(ws, { perHost: 1, retryAfterMs: WINDOW_MS + 100 });
  } finally {
    clearInterval(sample);
  }
  // Full, correct facts and no finding: the limit cost time, not truth.
  expect(outcome.report.findings).toEqual([]);
  expect([outcome.report.summary.result, outcome.exitCode]).toEqual(['pass', 0]);
  const [a, b] = [...outcome.report.endpoints].sort((x, y) => x.port - y.port);
  for (const facts of [a!, b!]) {
    expect(facts.error).toBeNull();
    expect(facts.tls!.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(facts.tls!.versionsUntested).toBeUndefined();
  }
  const smtpFacts = outcome.report.endpoints.find((e) => e.port === smtp.port)!;
  expect(smtpFacts.plaintext!.commandInjection).toBe(false);
  // The limit was met (some sessions were turned away: a minute scaled down to 1.5 s, with
  // retry-after set above the window as the README advises for rate-limited servers), and each
  // refusal cost one retry, not a cascade: fewer refusals than served sessions.
  expect(turnedAwayAt.length).toBeGreaterThan(0);
  expect(turnedAwayAt.length).toBeLessThan(smtp.accepted + smtps.accepted - turnedAwayAt.length);
  // One connection at a time to the host (sampled; a closing socket may linger a moment).
  expect(Math.max(...connectTimes)).toBeLessThanOrEqual(1);
  // The report's counts are the servers' accepts.
  expect(smtpFacts.connections).toBe(smtp.accepted);
  expect(outcome.report.endpoints.find((e) => e.port === smtps.port)!.connections).toBe(smtps.accepted);
}, 30_000);
