// Every mail dialogue against the shipped fixture servers, STARTTLS upgrade included: the facts
// each one produces, asserted whole.
import { createFixtureCertificates, type Pem } from '../../src/demo/certificates.js';
import { type MailProtocol, type MailServer, startMailServer, startMailFixture } from '../../src/demo/mail-servers.js';
import { probeEndpoint } from '../../src/probe/engine.js';
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

const SERVICE_OF: Record<MailProtocol, ServiceName> = { smtp: 'submission', imap: 'imap', pop3: 'pop3', managesieve: 'managesieve' };

async function probe(protocol: MailProtocol, server: MailServer) {
  return probeEndpoint(endpointFor(SERVICE_OF[protocol], server.port), { concurrency: 1, extraCa: [ca], heloName: 'probe.test', retryAfterMs: 50 });
}

const GOOD = {
  smtp: {
    greeting: '220-fixture.mail-tls-gate.test ESMTP fixture\n220 fixture.mail-tls-gate.test ready',
    capabilities: ['PIPELINING', 'SIZE 10240000', 'STARTTLS', '8BITMIME'],
    authBeforeTls: [],
    loginDisabled: null,
    starttlsReply: '220 2.0.0 Ready to start TLS',
    capabilitiesAfterTls: ['PIPELINING', 'SIZE 10240000', 'AUTH PLAIN LOGIN', '8BITMIME'],
  },
  imap: {
    greeting: '* OK [CAPABILITY IMAP4rev1 LITERAL+ ID STARTTLS LOGINDISABLED] fixture.mail-tls-gate.test IMAP fixture ready',
    capabilities: ['IMAP4rev1', 'LITERAL+', 'ID', 'STARTTLS', 'LOGINDISABLED'],
    authBeforeTls: [],
    loginDisabled: true,
    starttlsReply: 'a1 OK Begin TLS negotiation now',
    capabilitiesAfterTls: ['IMAP4rev1', 'LITERAL+', 'ID', 'AUTH=PLAIN', 'AUTH=LOGIN'],
  },
  pop3: {
    greeting: '+OK fixture.mail-tls-gate.test POP3 fixture ready',
    capabilities: ['TOP', 'UIDL', 'RESP-CODES', 'STLS'],
    authBeforeTls: [],
    loginDisabled: null,
    starttlsReply: '+OK Begin TLS negotiation',
    capabilitiesAfterTls: ['TOP', 'UIDL', 'RESP-CODES', 'USER', 'SASL PLAIN LOGIN'],
  },
  managesieve: {
    greeting: [
      '"IMPLEMENTATION" "mail-tls-gate fixture"',
      '"SASL" ""',
      '"SIEVE" "fileinto reject envelope"',
      '"STARTTLS"',
      '"VERSION" "1.0"',
      'OK "ManageSieve fixture ready"',
    ].join('\n'),
    capabilities: ['IMPLEMENTATION mail-tls-gate fixture', 'SASL', 'SIEVE fileinto reject envelope', 'STARTTLS', 'VERSION 1.0'],
    authBeforeTls: [],
    loginDisabled: null,
    starttlsReply: 'OK "Begin TLS negotiation now"',
    capabilitiesAfterTls: ['IMPLEMENTATION mail-tls-gate fixture', 'SASL PLAIN LOGIN', 'SIEVE fileinto reject envelope', 'VERSION 1.0'],
  },
} as const;

describe.each(['smtp', 'imap', 'pop3', 'managesieve'] as const)('%s', (protocol) => {
  test('a good server: STARTTLS offered and taken, nothing to authenticate with before TLS, injection refused', async () => {
    const server = await serve(startMailFixture(protocol, 'good', pem));
    const facts = await probe(protocol, server);
    expect(facts.error).toBeNull();
    expect(facts.reachable).toBe(true);
    expect(facts.plaintext).toEqual({ ...GOOD[protocol], starttls: true, commandInjection: false });
    expect(facts.tls).toMatchObject({ mode: 'starttls', version: 'TLSv1.3', error: null, versionsAccepted: ['TLSv1.2', 'TLSv1.3'] });
    expect(facts.tls?.certificate).toMatchObject({ trusted: true, nameMatch: true });
    // main dialogue; the injection test, whose handshake offers TLS 1.2 alone and so answers
    // the sweep's TLS 1.2 question; the sweep's TLS 1.0–1.1 question; two cipher questions at
    // TLS 1.2 (node's default list picks RSA key transport, then refuses the rest)
    expect(facts.connections).toBe(5);
    expect(server.accepted).toBe(5);
    if (protocol === 'imap') {
      // The greeting carried [CAPABILITY …]: nobody asks again before STARTTLS, only after it.
      const first = server.sessions[0]!.commands.map((c) => c.split(' ')[1]);
      expect(first).toEqual(['STARTTLS', 'CAPABILITY', 'LOGOUT']);
    }
  });

  test('a vulnerable server answers the pipelined command inside TLS', async () => {
    const server = await serve(startMailFixture(protocol, 'injectable', pem));
    const facts = await probe(protocol, server);
    expect(facts.error).toBeNull();
    expect(facts.plaintext?.commandInjection).toBe(true);
  });

  test('STARTTLS answered with an error', async () => {
    const server = await serve(startMailFixture(protocol, 'starttls-refused', pem));
    const facts = await probe(protocol, server);
    expect(facts.error).toMatchObject({ kind: 'starttls-refused', step: 'starttls' });
    expect(facts.plaintext?.starttls).toBe(true);
    expect(facts.plaintext?.starttlsReply).toBe(
      { smtp: '454 4.7.0 TLS not available due to temporary reason', imap: 'a1 NO TLS not available', pop3: '-ERR TLS not available', managesieve: 'NO "TLS not available"' }[protocol],
    );
    expect(facts.tls).toBeNull();
    expect(facts.connections).toBe(1);
  });
});

describe('plaintext servers: no STARTTLS, authentication offered in the clear', () => {
  test.each([
    ['smtp', ['PLAIN', 'LOGIN'], null, ['PIPELINING', 'SIZE 10240000', 'AUTH PLAIN LOGIN', '8BITMIME']],
    ['imap', ['PLAIN', 'LOGIN'], false, ['IMAP4rev1', 'LITERAL+', 'ID', 'AUTH=PLAIN', 'AUTH=LOGIN']],
    ['pop3', ['PLAIN', 'LOGIN', 'USER'], null, ['TOP', 'UIDL', 'RESP-CODES', 'USER', 'SASL PLAIN LOGIN']],
    ['managesieve', ['PLAIN', 'LOGIN'], null, ['IMPLEMENTATION mail-tls-gate fixture', 'SASL PLAIN LOGIN', 'SIEVE fileinto reject envelope', 'VERSION 1.0']],
  ] as const)('%s', async (protocol, auth, loginDisabled, capabilities) => {
    const server = await serve(startMailFixture(protocol, 'plaintext', pem));
    const facts = await probe(protocol, server);
    expect(facts.error).toBeNull();
    expect(facts.tls).toBeNull();
    expect(facts.plaintext).toMatchObject({
      capabilities,
      starttls: false,
      authBeforeTls: auth,
      loginDisabled,
      starttlsReply: null,
      capabilitiesAfterTls: null,
      commandInjection: null,
    });
    expect(facts.connections).toBe(1);
  });

  test('IMAP without LOGINDISABLED counts LOGIN even with no AUTH= mechanism', async () => {
    // A good IMAP server but told to allow authentication before TLS: LOGINDISABLED goes away.
    const server = await serve(startMailServer({ protocol: 'imap', pem, authBeforeTls: true }));
    const facts = await probe('imap', server);
    expect(facts.plaintext?.loginDisabled).toBe(false);
    expect(facts.plaintext?.authBeforeTls).toEqual(['PLAIN', 'LOGIN']);
    expect(facts.plaintext?.starttls).toBe(true);
  });
});

describe('implicit TLS: greeting and capabilities read inside TLS', () => {
  test.each([
    ['submissions', 'smtp', '220-fixture.mail-tls-gate.test ESMTP fixture\n220 fixture.mail-tls-gate.test ready'],
    ['imaps', 'imap', '* OK [CAPABILITY IMAP4rev1 LITERAL+ ID AUTH=PLAIN AUTH=LOGIN] fixture.mail-tls-gate.test IMAP fixture ready'],
    ['pop3s', 'pop3', '+OK fixture.mail-tls-gate.test POP3 fixture ready'],
  ] as const)('%s', async (service, protocol, greeting) => {
    const server = await serve(startMailFixture(protocol, 'implicit-tls', pem));
    const facts = await probeEndpoint(endpointFor(service, server.port), { concurrency: 1, extraCa: [ca] });
    expect(facts.error).toBeNull();
    expect(facts.tls).toMatchObject({ mode: 'implicit', version: 'TLSv1.3', versionsAccepted: ['TLSv1.2', 'TLSv1.3'], error: null });
    expect(facts.plaintext).toMatchObject({ greeting, capabilities: [], starttls: false, authBeforeTls: [], commandInjection: null });
    expect(facts.plaintext?.capabilitiesAfterTls).toEqual(GOOD[protocol].capabilitiesAfterTls);
    // main, the first cipher question at TLS 1.2 (node's default list picks RSA key transport,
    // which answers the sweep's TLS 1.2 question too), the sweep's TLS 1.0–1.1 question, the
    // second cipher question (refused)
    expect(facts.connections).toBe(4);
  });
});

/** Waits for a condition the server reaches by itself; a leak makes this (and the test) time out. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('housekeeping', () => {
  test.each(['smtp', 'imap', 'pop3', 'managesieve'] as const)('%s: every connection is closed once the probe returns', async (protocol) => {
    const server = await serve(startMailFixture(protocol, 'injectable', pem));
    const facts = await probe(protocol, server);
    expect(facts.connections).toBe(server.accepted);
    await until(() => server.open === 0);
    expect(server.open).toBe(0);
  });

  test('a ManageSieve server that does not re-send its capabilities after STARTTLS is asked for them', async () => {
    const server = await serve(startMailServer({ protocol: 'managesieve', pem, silentAfterUpgrade: true }));
    const facts = await probe('managesieve', server);
    expect(facts.error).toBeNull();
    expect(facts.plaintext?.capabilitiesAfterTls).toEqual(GOOD.managesieve.capabilitiesAfterTls);
  });
});

test('a ManageSieve server that skips the re-send and runs the pipelined NOOP is still caught', async () => {
  const server = await serve(startMailServer({ protocol: 'managesieve', pem, silentAfterUpgrade: true, injection: 'vulnerable' }));
  const facts = await probe('managesieve', server);
  expect(facts.plaintext?.commandInjection).toBe(true);
});
