// The STARTTLS command-injection test (CVE-2011-0411) against fixture servers that answer the
// pipelined command inside TLS, twice, never, before the handshake (in the go-ahead's packet and
// in one of its own), before it and inside it again, feed it to TLS as handshake bytes (as
// Dovecot does), or say nothing inside TLS. The verdict comes from the order of the replies to
// the pipelined command and to the command sent once TLS is up, never from a wait for silence:
// every endpoint here has a 60 s timeout, far past the test's own limit, so a probe that waited
// for a deadline instead of reading the order of replies would fail the test.
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { type MailProtocol, type MailServer, type MailServerOptions, startMailServer } from '../../src/demo/mail-servers.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import type { EndpointFacts } from '../../src/facts/endpoint.js';
import type { ServiceName } from '../../src/policy/services.js';
import { HOST, endpointFor, serversClosedAfterEach } from './helpers.js';

let pem: Pem;
let ca: string;
const serve = serversClosedAfterEach();

beforeAll(async () => {
  const certs = await createFixtureCertificates();
  pem = await certs.good([HOST]);
  ca = certs.ca.cert;
});

const SERVICE_OF: Record<MailProtocol, ServiceName> = { smtp: 'smtp', imap: 'imap', pop3: 'pop3', managesieve: 'managesieve' };
/** Far past the test's limit: a verdict that waited for it would time the test out. */
const NO_WAIT_TIMEOUT_MS = 60_000;
const TEST_LIMIT_MS = 20_000;

async function probe(protocol: MailProtocol, options: Omit<MailServerOptions, 'protocol' | 'pem'>, timeoutMs = NO_WAIT_TIMEOUT_MS): Promise<{ facts: EndpointFacts; server: MailServer }> {
  const server = await serve(startMailServer({ protocol, pem, ...options }));
  const facts = await probeEndpoint(endpointFor(SERVICE_OF[protocol], server.port, {}, timeoutMs), {
    concurrency: 1,
    extraCa: [ca],
    heloName: 'probe.test',
    retryAfterMs: 50,
  });
  return { facts, server };
}

/** The injection test's session, as the server saw it: the one after the main dialogue's. */
function injectionSession(server: MailServer): string[] {
  return server.sessions[1]!.commands;
}

/** What the probe sends once TLS is up on that session: its own question, then its goodbye. */
const ASKED_INSIDE_TLS: Record<MailProtocol, RegExp> = {
  smtp: /^QUIT$/,
  imap: /^a\d+ LOGOUT$/,
  pop3: /^CAPA$/,
  managesieve: /^NOOP "SENT-INSIDE-TLS"$/,
};

describe.each(['smtp', 'imap', 'pop3', 'managesieve'] as const)('%s', (protocol) => {
  test(
    'never answered (dropped at the upgrade, as Postfix does): not vulnerable, decided by our own command',
    async () => {
      const { facts, server } = await probe(protocol, { injection: 'clean' });
      expect(facts.error).toBeNull();
      expect(facts.plaintext?.commandInjection).toBe(false);
      expect(facts.plaintext?.commandInjectionUntested).toBeUndefined();
      // The server dropped the pipelined NOOP unread and answered our question inside TLS.
      const commands = injectionSession(server);
      expect(commands.filter((c) => /NOOP/i.test(c) && !ASKED_INSIDE_TLS[protocol].test(c))).toEqual([]);
      expect(commands.some((c) => ASKED_INSIDE_TLS[protocol].test(c))).toBe(true);
    },
    TEST_LIMIT_MS,
  );

  test(
    'answered inside TLS: vulnerable',
    async () => {
      const { facts } = await probe(protocol, { injection: 'vulnerable' });
      expect(facts.error).toBeNull();
      expect(facts.plaintext?.commandInjection).toBe(true);
    },
    TEST_LIMIT_MS,
  );

  test(
    'answered inside TLS, but only after longer than a wait for silence would have lasted: still vulnerable',
    async () => {
      // The order of replies decides, however late they come within the deadline: ours is
      // answered after the pipelined command's, so that one is waited for.
      const { facts } = await probe(protocol, { injection: 'vulnerable', carriedRunsAfterMs: 2000 });
      expect(facts.error).toBeNull();
      expect(facts.plaintext?.commandInjection).toBe(true);
    },
    TEST_LIMIT_MS,
  );

  test(
    'answered twice inside TLS: vulnerable',
    async () => {
      const { facts } = await probe(protocol, { injection: 'twice-inside' });
      expect(facts.plaintext?.commandInjection).toBe(true);
    },
    TEST_LIMIT_MS,
  );

  test(
    'fed to TLS as handshake bytes, so the handshake fails (Dovecot): not vulnerable',
    async () => {
      const { facts, server } = await probe(protocol, { injection: 'fed-to-tls' });
      expect(facts.error).toBeNull();
      expect(facts.plaintext?.commandInjection).toBe(false);
      expect(facts.plaintext?.commandInjectionUntested).toBeUndefined();
      // The server never read the pipelined command as a command, and no TLS session came up
      // to carry ours: STARTTLS was the last command it read.
      expect(injectionSession(server).at(-1)).toMatch(/^(\S+ )?(STARTTLS|STLS)$/);
    },
    TEST_LIMIT_MS,
  );

  test.each([
    ['in the go-ahead packet', undefined],
    ['in a packet of its own', 30],
  ])(
    'answered in plaintext before the handshake, %s: inconclusive, never "not vulnerable"',
    async (_where, plaintextAnswerDelayMs) => {
      for (const injection of ['before-tls', 'before-and-inside'] as const) {
        const { facts } = await probe(protocol, { injection, ...(plaintextAnswerDelayMs === undefined ? {} : { plaintextAnswerDelayMs }) });
        expect({ injection, error: facts.error, result: facts.plaintext?.commandInjection }).toEqual({ injection, error: null, result: null });
      }
    },
    TEST_LIMIT_MS,
  );

  test('nothing answered inside TLS, not even our own command: the question stays open', async () => {
    const { facts } = await probe(protocol, { injection: 'vulnerable', insideTls: 'silent' }, 300);
    expect(facts.plaintext?.commandInjection).toBeNull();
    expect(facts.plaintext?.commandInjectionUntested).toMatch(/^timeout at after-tls/);
  });

  test('hung up on inside TLS before any answer: the question stays open', async () => {
    const { facts } = await probe(protocol, { injection: 'clean', insideTls: 'close' });
    expect(facts.plaintext?.commandInjection).toBeNull();
    expect(facts.plaintext?.commandInjectionUntested).toMatch(/^(closed|reset) at after-tls/);
  }, TEST_LIMIT_MS);
});

// Where the upgrade got TLS 1.3, the injection test's handshake offers TLS 1.2 alone, so that it
// also answers the sweep's TLS 1.2 question. A server without TLS 1.2 refuses that handshake
// whatever was pipelined: the refusal must not read as "not vulnerable" (Dovecot's refusal does),
// so the test is made again offering what the upgrade did, and every verdict stays as it is.
describe.each(['smtp', 'imap', 'pop3', 'managesieve'] as const)('%s on a TLS 1.3-only server', (protocol) => {
  test.each([
    ['clean', false],
    ['vulnerable', true],
    ['fed-to-tls', false],
  ] as const)(
    '%s: %s, and TLS 1.2 is asked about again by the sweep',
    async (injection, vulnerable) => {
      const { facts, server } = await probe(protocol, { injection, minVersion: 'TLSv1.3' });
      expect(facts.error).toBeNull();
      expect(facts.plaintext?.commandInjection).toBe(vulnerable);
      expect(facts.plaintext?.commandInjectionUntested).toBeUndefined();
      expect(facts.tls).toMatchObject({ version: 'TLSv1.3', versionsAccepted: ['TLSv1.3'] });
      expect(facts.tls?.versionsUntested).toBeUndefined();
      // main; injection test offering TLS 1.2 (refused: the offer, not the pipelined command, may
      // be why); the injection test again offering 1.2–1.3; the first cipher question at TLS 1.2
      // (refused, and dropped: TLS 1.2 is not accepted); the sweep's TLS 1.2 question (refused);
      // its TLS 1.0–1.1 question; no cipher facts, TLS 1.2 not being accepted
      expect(facts.tls?.ciphers).toBeUndefined();
      expect(facts.connections).toBe(6);
      expect(server.accepted).toBe(6);
    },
    TEST_LIMIT_MS,
  );
});

describe.each(['smtp', 'imap', 'pop3', 'managesieve'] as const)('%s on a server with TLS 1.2 and 1.3', (protocol) => {
  test.each([
    ['clean', false],
    ['vulnerable', true],
    ['fed-to-tls', false],
  ] as const)(
    "%s: %s; the injection test's TLS 1.2 session answers the sweep's TLS 1.2 question",
    async (injection, vulnerable) => {
      const { facts, server } = await probe(protocol, { injection });
      expect(facts.plaintext?.commandInjection).toBe(vulnerable);
      expect(facts.tls).toMatchObject({ version: 'TLSv1.3', versionsAccepted: ['TLSv1.2', 'TLSv1.3'] });
      // Dovecot refuses the TLS 1.2-only handshake too, so the test is made again offering
      // 1.2–1.3, refused again: the pipelined command's doing (not vulnerable). TLS 1.2 is then
      // still open: the first cipher question at TLS 1.2 answers it (node's default list picks RSA
      // key transport), then the legacy question and the second cipher question (refused).
      const connections = injection === 'fed-to-tls' ? 6 : 5;
      expect(facts.connections).toBe(connections);
      expect(server.accepted).toBe(connections);
    },
    TEST_LIMIT_MS,
  );
});

// A server that takes TLS 1.2, but not with what the injection test's TLS 1.2-only hello offers,
// refuses that hello whatever was pipelined: for want of a suite (it takes Camellia alone), or of a
// signature (its TLS 1.2 signs with SHA-1 alone, which node's hello does not offer and the sweep's
// does). No other hello can say why it was refused, so the refusal is not taken for Dovecot's: the
// test is made again offering what the upgrade did, and a vulnerable server is found.
describe.each([
  ['taking TLS 1.2 only with a suite the TLS 1.2-only handshake does not offer', { ciphers: 'CAMELLIA128-SHA' }, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA', ['smtp', 'imap']],
  ['whose TLS 1.2 signs with SHA-1 only', { tls12SignsWithSha1Only: true }, 'TLS_RSA_WITH_AES_128_GCM_SHA256', ['smtp', 'imap', 'pop3', 'managesieve']],
] as const)('a server %s', (_what, serverOptions, picked, protocols) => {
  describe.each(protocols)('%s', (protocol) => {
    test.each([
      ['clean', false],
      ['vulnerable', true],
      ['fed-to-tls', false],
    ] as const)(
      '%s: %s',
      async (injection, vulnerable) => {
        const { facts, server } = await probe(protocol, { injection, ...serverOptions });
        expect(facts.error).toBeNull();
        expect(facts.plaintext?.commandInjection).toBe(vulnerable);
        expect(facts.plaintext?.commandInjectionUntested).toBeUndefined();
        expect(facts.tls).toMatchObject({ version: 'TLSv1.3', versionsAccepted: ['TLSv1.2', 'TLSv1.3'] });
        // main; the TLS 1.2-only handshake (refused); the injection test offering 1.2–1.3; the
        // first cipher question at TLS 1.2 (a suite with RSA key transport picked, which answers
        // TLS 1.2); the legacy question; the second cipher question (refused)
        expect(facts.tls?.ciphers?.['TLSv1.2']).toMatchObject({ picked: [{ suite: picked }], accepted: ['no-forward-secrecy'] });
        expect(facts.connections).toBe(6);
        expect(server.accepted).toBe(6);
      },
      TEST_LIMIT_MS,
    );
  });
});

describe('ManageSieve tags', () => {
  test.each([
    ['clean', false, false],
    ['vulnerable', false, true],
    ['clean', true, false],
    ['vulnerable', true, true],
  ] as const)(
    'a server that drops the NOOP tag (%s, capabilities not re-sent: %s): the bare replies up to the close after LOGOUT are counted',
    async (injection, silentAfterUpgrade, vulnerable) => {
      const { facts } = await probe('managesieve', { injection, silentAfterUpgrade, dropNoopTag: true });
      expect(facts.error).toBeNull();
      expect(facts.plaintext?.commandInjection).toBe(vulnerable);
    },
    TEST_LIMIT_MS,
  );

  test.each(['clean', 'vulnerable'] as const)(
    'a server that skips the capabilities after the upgrade (%s): still decided, and its capabilities asked for',
    async (injection) => {
      const { facts } = await probe('managesieve', { injection, silentAfterUpgrade: true });
      expect(facts.error).toBeNull();
      expect(facts.plaintext?.commandInjection).toBe(injection === 'vulnerable');
      expect(facts.plaintext?.capabilitiesAfterTls).toContain('SASL PLAIN LOGIN');
    },
    TEST_LIMIT_MS,
  );

});
