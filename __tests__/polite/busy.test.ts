// Busy servers: one retry after retry-after, then service-busy (inconclusive, exit code 3), never
// starttls-not-offered and never a pass; extra connections (sweep, injection test) that meet a
// busy server leave their checks untested rather than inventing facts. Connection counts in the
// report are checked against the accepts each server counted.
import net from 'node:net';
import { startHostileServer } from '../support/hostile-servers.js';
import type { MailProtocol, MailServerOptions } from '../../src/demo/mail-servers.js';
import type { ServiceName } from '../../src/policy/services.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';
import { MAX_CONNECTIONS_PER_ENDPOINT } from '../../src/facts/vocabulary.js';
import { dhParamsPem } from '../support/dh-params.js';
import { certificates, HOST, perTest, runCheck } from './world.js';

const { serve, policyFor } = perTest();

/** turnAway for the given session numbers (1-based, counted per server). */
function awayOn(...sessions: number[]): () => boolean {
  let n = 0;
  return () => sessions.includes(++n);
}
const always = (): boolean => true;

test('421 on the first connection, fine on the second: no finding, pass, every connection counted', async () => {
  const pem = await (await certificates()).good([HOST]);
  const smtp = await serve({ protocol: 'smtp', pem, injection: 'clean', turnAway: awayOn(1) });
  const ws = await policyFor([['smtp', smtp.port]]);
  const started = Date.now();
  const outcome = await runCheck(ws, { retryAfterMs: 200 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  expect(outcome.report.findings).toEqual([]);
  expect(outcome.report.summary.result).toBe('pass');
  expect(outcome.exitCode).toBe(0);
  const [facts] = outcome.report.endpoints;
  expect(facts).toMatchObject({ error: null, plaintext: { starttls: true, commandInjection: false }, tls: { versionsAccepted: ['TLSv1.2', 'TLSv1.3'] } });
  expect(facts!.plaintext!.greeting).toMatch(/^220/);
  expect(facts!.tls!.versionsUntested).toBeUndefined();
  // the busy one, the session, the injection test (which answers TLS 1.2 too), the legacy offer,
  // one cipher question (RSA key transport is not asked: its rule is off without a profile)
  expect(facts!.connections).toBe(5);
  expect(smtp.accepted).toBe(facts!.connections);
  expect(smtp.sessions.filter((s) => s.turnedAway)).toHaveLength(1);
});

describe.each<[ServiceName, MailProtocol]>([
  ['smtp', 'smtp'],
  ['imap', 'imap'],
  ['pop3', 'pop3'],
  ['managesieve', 'managesieve'],
])('%s always busy', (service, protocol) => {
  test('service-busy after exactly one retry: inconclusive, exit code 3, never starttls-not-offered', async () => {
    const pem = await (await certificates()).good([HOST]);
    const server = await serve({ protocol, pem, turnAway: always });
    const ws = await policyFor([[service, server.port]]);
    const outcome = await runCheck(ws);
    expect(outcome.report.findings.map((f) => [f.rule, f.severity])).toEqual([['service-busy', 'warning']]);
    expect(outcome.report.findings[0]!.message).toMatch(/none of its checks could be concluded \(STARTTLS/);
    expect(outcome.report.summary.result).toBe('inconclusive');
    expect(outcome.exitCode).toBe(3);
    const [facts] = outcome.report.endpoints;
    expect(facts).toMatchObject({ reachable: true, connections: 2, error: { busy: true, step: 'greeting' }, tls: null });
    expect(server.accepted).toBe(2);
    // The client spoke only after the refusal, if at all, and said goodbye.
    for (const s of server.sessions) expect(s.spokeEarly).toBe(false);
  });
});

test('a close before the greeting, twice, with nothing ever served, is not busy: required-service-unreachable, exit 1', async () => {
  const hangUp = await startHostileServer((c) => void c.socket.end());
  try {
    const ws = await policyFor([['submission', hangUp.port]]);
    const outcome = await runCheck(ws);
    expect(outcome.report.findings.map((f) => f.rule)).toEqual(['required-service-unreachable']);
    expect(outcome.report.findings[0]!.inconclusive).toBeUndefined();
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.endpoints[0]!.connections).toBe(2);
    expect(hangUp.accepted).toBe(2);
  } finally {
    await hangUp.close();
  }
});

test('served first, then closed before the greeting: the pattern of a busy server, so service-busy for what was left open', async () => {
  const pem = await (await certificates()).good([HOST]);
  const backend = await serve({ protocol: 'smtp', pem, injection: 'clean' });
  // Sessions 1 and 2 (the session, the injection test, which answers TLS 1.2 too) are passed to a
  // good server; the legacy question, the first cipher question and their retries are closed at
  // once, before any greeting.
  const front = await startHostileServer((c) => {
    if (c.index >= 3) return void c.socket.end();
    const upstream = net.connect(backend.port, '127.0.0.1');
    upstream.on('error', () => c.socket.destroy());
    upstream.on('close', () => c.socket.destroy());
    c.socket.on('close', () => upstream.destroy());
    c.socket.pipe(upstream).pipe(c.socket);
  });
  try {
    const ws = await policyFor([['smtp', front.port]], '1s');
    const outcome = await runCheck(ws, { retryAfterMs: 50 });
    const [facts] = outcome.report.endpoints;
    expect(facts!.tls).toMatchObject({ versionsAccepted: ['TLSv1.2', 'TLSv1.3'], versionsUntested: ['TLSv1', 'TLSv1.1'], versionsTurnedAway: ['TLSv1', 'TLSv1.1'] });
    expect(facts!.tls!.versionsUntestedReason).toMatch(/^turned away as busy/);
    expect(outcome.report.findings.map((f) => [f.rule, f.inconclusive])).toEqual([['service-busy', true]]);
    expect([outcome.report.summary.result, outcome.exitCode]).toEqual(['inconclusive', 3]);
    // and the first cipher question and its retry, closed the same way
    expect(facts!.tls!.ciphers!['TLSv1.2']!.untestedReason).toMatch(/^turned away as busy/);
    expect(front.accepted).toBe(6);
  } finally {
    await front.close();
  }
});

test('fail-on inconclusive makes an inconclusive run a failure (exit 1); fail-on never keeps it at 0 but never calls it a pass', async () => {
  const server = await serve({ protocol: 'imap', turnAway: always });
  const ws = await policyFor([['imap', server.port]]);
  const strict = await runCheck(ws, { failOn: 'inconclusive' });
  expect([strict.report.summary.result, strict.exitCode]).toEqual(['fail', 1]);
  const lax = await runCheck(ws, { failOn: 'never' });
  expect([lax.report.summary.result, lax.exitCode]).toEqual(['inconclusive', 0]);
});

test('a waived service-busy is accepted; the run passes when something else was concluded', async () => {
  const pem = await (await certificates()).good([HOST]);
  const busy = await serve({ protocol: 'pop3', pem, turnAway: always });
  const good = await serve({ protocol: 'imap', pem, implicitTls: true });
  const waiver = ['waivers:', '  - rule: service-busy', `    host: ${HOST}`, `    port: ${busy.port}`, '    reason: "rate limit, OPS-7"', '    expires: 2999-01-01'].join('\n');
  const ws = await policyFor([['pop3', busy.port], ['imaps', good.port]], '2s', waiver);
  const outcome = await runCheck(ws);
  expect(outcome.report.findings.map((f) => [f.rule, f.waived])).toEqual([['service-busy', true]]);
  expect([outcome.report.summary.result, outcome.exitCode]).toEqual(['pass', 0]);
});

test('nothing concluded is never a pass, even with the findings that say so turned off', async () => {
  const server = await serve({ protocol: 'smtp', turnAway: always });
  const ws = await policyFor([['smtp', server.port]], '2s', 'rules:\n  service-busy: off');
  const outcome = await runCheck(ws);
  expect(outcome.report.findings).toEqual([]);
  expect([outcome.report.summary.result, outcome.exitCode]).toEqual(['inconclusive', 3]);
  expect(formatText(outcome.report, { color: false })).toMatch(/Not concluded.*\n.*no required endpoint could be reached/);
});

test('the CLI text and the job summary name what could not be concluded', async () => {
  const server = await serve({ protocol: 'smtp', turnAway: always });
  const ws = await policyFor([['smtp', server.port]]);
  const outcome = await runCheck(ws);
  const text = formatText(outcome.report, { color: false });
  expect(text).toContain('Not concluded (inconclusive checks):');
  expect(text).toContain(`${HOST}:${server.port} smtp: smtp on ${HOST}:${server.port}`);
  expect(text.trimEnd().split('\n').pop()).toBe('INCONCLUSIVE: 1 warning in 1 endpoint');
  const summary = summaryMarkdown(outcome.report);
  expect(summary).toContain('### Not concluded');
  expect(summary).toContain('**INCONCLUSIVE&#58; 1 warning in 1 endpoint**');
});

/**
 * The endpoint that takes the most connections (engine.ts): STARTTLS upgraded to TLS 1.3, TLS 1.2
 * served only with suites the injection test's TLS 1.2-only handshake does not offer (so that
 * handshake is refused and the injection test is made again), TLS 1.0 and 1.1 accepted, and at
 * TLS 1.2 a suite of each class node's OpenSSL can serve, each proving one class: anonymous DH,
 * RSA key transport, DHE.
 */
const WORST_CASE: Omit<MailServerOptions, 'pem'> = {
  protocol: 'smtp',
  injection: 'clean',
  minVersion: 'TLSv1',
  maxVersion: 'TLSv1.3',
  ciphers: 'ADH-AES128-SHA:CAMELLIA128-SHA:DHE-RSA-CAMELLIA128-SHA:@SECLEVEL=0',
  dhparam: dhParamsPem(2048),
};

/** The rule that makes RSA key transport a question (off by default, without a profile). */
const FORWARD_SECRECY_ON = 'rules:\n  tls-forward-secrecy-missing: warning';

describe('extra connections that meet a busy server', () => {
  test('a sweep turned away (also on its retry) leaves the legacy versions untested, not "not accepted"', async () => {
    const pem = await (await certificates()).good([HOST]);
    // Sessions 1 and 2 (session, injection test, which answers TLS 1.2 too) are served; the legacy
    // offer and its retry are turned away.
    const smtp = await serve({ protocol: 'smtp', pem, injection: 'clean', turnAway: awayOn(3, 4) });
    const ws = await policyFor([['smtp', smtp.port]], '1s');
    const outcome = await runCheck(ws);
    const [facts] = outcome.report.endpoints;
    expect(facts!.tls).toMatchObject({ versionsAccepted: ['TLSv1.2', 'TLSv1.3'], versionsUntested: ['TLSv1', 'TLSv1.1'] });
    expect(facts!.plaintext!.commandInjection).toBe(false);
    expect(outcome.report.findings.map((f) => f.rule)).toEqual(['service-busy']);
    expect(outcome.report.findings[0]!.message).toMatch(/whether TLS 1\.0 and TLS 1\.1 are accepted \(tls-version-legacy\)/);
    expect([outcome.report.summary.result, outcome.exitCode]).toEqual(['inconclusive', 3]);
    // and one cipher question at TLS 1.2
    expect(facts!.connections).toBe(5);
    expect(smtp.accepted).toBe(5);
  });

  test('a sweep connection busy once is retried and the facts are complete', async () => {
    const pem = await (await certificates()).good([HOST]);
    // Session 3 is the legacy offer (the injection test, session 2, answers TLS 1.2 too).
    const smtp = await serve({ protocol: 'smtp', pem, injection: 'clean', turnAway: awayOn(3) });
    const ws = await policyFor([['smtp', smtp.port]], '1s');
    const outcome = await runCheck(ws);
    const [facts] = outcome.report.endpoints;
    expect(facts!.tls!.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(facts!.tls!.versionsUntested).toBeUndefined();
    expect(outcome.report.findings).toEqual([]);
    expect([facts!.connections, smtp.accepted]).toEqual([5, 5]);
  });

  test('an injection test turned away is untested, not "not vulnerable"', async () => {
    const pem = await (await certificates()).good([HOST]);
    const imap = await serve({ protocol: 'imap', pem, injection: 'clean', turnAway: awayOn(2, 3) });
    const ws = await policyFor([['imap', imap.port]], '1s');
    const outcome = await runCheck(ws);
    const [facts] = outcome.report.endpoints;
    expect(facts!.plaintext!.commandInjection).toBeNull();
    expect(facts!.plaintext!.commandInjectionUntested).toMatch(/turned away as busy.*\* BYE/);
    expect(facts!.tls!.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(outcome.report.findings.map((f) => f.rule)).toEqual(['service-busy']);
    expect(outcome.report.findings[0]!.message).toMatch(/starttls-command-injection/);
    expect(outcome.exitCode).toBe(3);
    // the session, the injection test and its retry, TLS 1.2 alone, the legacy offer, one cipher question
    expect([facts!.connections, imap.accepted]).toEqual([6, 6]);
  });

  test('the endpoint that takes the most connections stays within the budget with one busy retry, and nothing is left unasked', async () => {
    const pem = await (await certificates()).good([HOST]);
    // The session (1, retried as 2), two injection connections (TLS 1.2 alone, refused; then
    // 1.2–1.3), the first cipher question at TLS 1.2 (anonymous DH picked, which answers TLS 1.2),
    // the legacy offer, TLS 1.0 alone, three more cipher questions at TLS 1.2 and two at each of
    // 1.1 and 1.0: 14 of 15. RSA key transport is asked only where a rule judges it: the policy
    // turns its rule on.
    const smtp = await serve({ ...WORST_CASE, pem, turnAway: awayOn(1) });
    const ws = await policyFor([['smtp', smtp.port]], '1s', FORWARD_SECRECY_ON);
    const outcome = await runCheck(ws, { retryAfterMs: 50 });
    const [facts] = outcome.report.endpoints;
    expect(facts!.tls).toMatchObject({ version: 'TLSv1.3', versionsAccepted: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] });
    expect(facts!.tls!.versionsUntested).toBeUndefined();
    expect(facts!.plaintext!.commandInjection).toBe(false);
    expect(facts!.tls!.ciphers!['TLSv1.2']).toMatchObject({ accepted: ['anonymous', 'no-forward-secrecy', 'dhe'], refused: ['weak'], untested: [] });
    expect(facts!.tls!.ciphers!['TLSv1.2']!.picked).toHaveLength(3);
    for (const version of ['TLSv1.1', 'TLSv1'] as const) {
      expect(facts!.tls!.ciphers![version]).toMatchObject({ accepted: ['anonymous'], refused: ['weak'], untested: [] });
    }
    expect(outcome.report.findings.map((f) => f.rule)).not.toContain('service-busy');
    expect([facts!.connections, smtp.accepted]).toEqual([14, 14]);
    expect(MAX_CONNECTIONS_PER_ENDPOINT).toBe(15);
  });

  test('a question stopped by the connection budget says so and is not service-busy', async () => {
    const pem = await (await certificates()).good([HOST]);
    // The worst case of the test above, with two more connections turned away: the legacy offer
    // (6, retried as 7) and TLS 1.0 alone (8, retried as 9) meet a busy server once, so the second
    // cipher question at TLS 1.0 would be a sixteenth connection.
    const smtp = await serve({ ...WORST_CASE, pem, turnAway: awayOn(1, 6, 8) });
    const ws = await policyFor([['smtp', smtp.port]], '1s', FORWARD_SECRECY_ON);
    const outcome = await runCheck(ws, { retryAfterMs: 50 });
    const [facts] = outcome.report.endpoints;
    expect(facts!.tls).toMatchObject({ versionsAccepted: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] });
    expect(facts!.tls!.versionsUntested).toBeUndefined();
    expect(facts!.tls!.ciphers!.TLSv1).toMatchObject({ accepted: ['anonymous'], refused: [], untested: ['weak'] });
    expect(facts!.tls!.ciphers!.TLSv1!.untestedReason).toMatch(/^connection budget reached/);
    expect(facts!.tls!.ciphers!.TLSv1!.untestedReason).not.toMatch(/turned away|busy/);
    expect(facts!.plaintext!.commandInjection).toBe(false);
    const rules = outcome.report.findings.map((f) => f.rule);
    expect(rules).toContain('tls-version-legacy');
    expect(rules).not.toContain('service-busy');
    expect(rules).not.toContain('check-inconclusive');
    expect([facts!.connections, smtp.accepted]).toEqual([MAX_CONNECTIONS_PER_ENDPOINT, MAX_CONNECTIONS_PER_ENDPOINT]);
  });

  test('an untested version the policy allows is no version question, but its cipher suites were never asked', async () => {
    const pem = await (await certificates()).good([HOST]);
    // The injection test's TLS 1.2-only handshake (session 2) is refused (the server feeds the
    // pipelined command to TLS), and so is its test offering 1.2–1.3 (session 3), so TLS 1.2 is
    // still open: the first cipher question at TLS 1.2 (session 4, retried as 5) and the sweep's
    // TLS 1.2 question (6, retried as 7) are turned away; min-version 1.2 allows 1.2, but the
    // cipher rules judge its suites, which no question reached.
    const smtp = await serve({ protocol: 'smtp', pem, injection: 'fed-to-tls', turnAway: awayOn(4, 5, 6, 7) });
    const outcome = await runCheck(await policyFor([['smtp', smtp.port]], '1s'));
    expect(outcome.report.endpoints[0]!.tls!.versionsUntested).toEqual(['TLSv1.2']);
    expect(outcome.report.findings.map((f) => [f.rule, f.inconclusive])).toEqual([['service-busy', true]]);
    expect(outcome.report.findings[0]!.message).toContain('whether TLS 1.2 is accepted, and with weak, anonymous');
    expect(outcome.report.findings[0]!.message).not.toContain('tls-version-legacy');
    expect(outcome.exitCode).toBe(3);
  });

  test('with every cipher rule off, an untested version the policy allows changes nothing', async () => {
    const pem = await (await certificates()).good([HOST]);
    // With no cipher class judged there is no first cipher question: the sweep's TLS 1.2 question
    // (session 4, retried as 5) is the one turned away.
    const smtp = await serve({ protocol: 'smtp', pem, injection: 'fed-to-tls', turnAway: awayOn(4, 5) });
    const off = 'rules:\n  tls-cipher-weak: off\n  tls-cipher-anonymous: off\n  tls-dh-weak: off';
    const outcome = await runCheck(await policyFor([['smtp', smtp.port]], '1s', off));
    expect(outcome.report.endpoints[0]!.tls!.versionsUntested).toEqual(['TLSv1.2']);
    expect(outcome.report.findings).toEqual([]);
    expect(outcome.exitCode).toBe(0);
  });
});
