// The cipher questions against real TLS servers on loopback (node's own OpenSSL, configured with
// the anonymous, RSA key transport and DHE suites each class is about): which classes each server
// accepts, the suite it picked as evidence, the DH group read from the ServerKeyExchange, and what
// it costs in connections. Node's OpenSSL is built without the weak suites (3DES, RC4, NULL are
// "weak-ssl-ciphers", off at build time, at any security level): the weak class is asked of
// GnuTLS instead, in cipher-crosscheck.test.ts.
import { createFixtureCertificates, type FixtureCertificates } from '../../src/demo/certificates.js';
import { startTlsServer, type TlsServerOptions } from '../../src/demo/tls-server.js';
import { startMailServer } from '../../src/demo/mail-servers.js';
import { probeEndpoint } from '../../src/probe/engine.js';
import type { Endpoint } from '../../src/plan/types.js';
import type { TlsProfile } from '../../src/policy/types.js';
import { dhParamsPem } from '../support/dh-params.js';
import { MAX_CONNECTIONS_PER_ENDPOINT } from '../../src/facts/vocabulary.js';
import { judge } from '../../src/rules/judge.js';
import { policy } from '../rules/fixtures.js';
import { judgedCipherClasses } from '../../src/rules/cipher-classes.js';
import type { SeverityOverrides } from '../../src/policy/types.js';
import type { CipherClass } from '../../src/facts/endpoint.js';
import * as net from 'node:net';
import { HOST, endpointFor, factsBesideCost, serversClosedAfterEach, startRawServer } from './helpers.js';

let certs: FixtureCertificates;
const hold = serversClosedAfterEach();

beforeAll(async () => {
  certs = await createFixtureCertificates();
});

const serve = async (options: Omit<TlsServerOptions, 'pem'>) => hold(startTlsServer({ pem: await certs.good([HOST]), ...options }));

/** Mozilla's intermediate list (Server Side TLS 5.7) without its DHE suites: what a good server accepts at TLS 1.2. */
const GOOD = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';

function withProfile(endpoint: Endpoint, profile: TlsProfile): Endpoint {
  return { ...endpoint, settings: { ...endpoint.settings, tls: { ...endpoint.settings.tls, profile } } };
}

/** An implicit-TLS endpoint with no greeting (https), so that every connection is a TLS question. */
const probe = (port: number, profile?: TlsProfile) => {
  const endpoint = endpointFor('https', port);
  return probeEndpoint(profile ? withProfile(endpoint, profile) : endpoint, { concurrency: 1, extraCa: [certs.ca.cert] });
};

/**
 * The main handshake and the version sweep of a TLS 1.2 + 1.3 server: 1.2 alone, then 1.0–1.1.
 * The first cipher question at TLS 1.2 goes out before the sweep (after the main handshake): where
 * it is refused, the sweep asks about TLS 1.2 as before, and the refusal stands as the cipher
 * questions' first answer.
 */
const BASELINE_MODERN = 3;
/**
 * The same where the first cipher question picked a suite at TLS 1.2: that ServerHello answers the
 * sweep's TLS 1.2 question too, which is not asked. The main handshake and 1.0–1.1.
 */
const BASELINE_PICKED = 2;
/** The connection of the first cipher question: the one after the main handshake. */
const FIRST_CIPHER_QUESTION = 2;

/** Connects `socket` to the server on `port` and passes it what the client sends; each side's close ends the other. */
function upstreamOf(socket: net.Socket, port: number): net.Socket {
  const upstream = net.connect(port, '127.0.0.1');
  upstream.on('error', () => socket.destroy());
  socket.on('close', () => upstream.destroy());
  socket.pipe(upstream);
  return upstream;
}

/**
 * A front for the server on `upstreamPort` that passes every connection through whole, but those
 * `instead` takes (it returns true for them: it answers them itself, or leaves them unanswered).
 */
const frontOf = (upstreamPort: number, instead: (socket: net.Socket, index: number) => boolean) =>
  hold(
    startRawServer((socket, index) => {
      if (!instead(socket, index)) upstreamOf(socket, upstreamPort).pipe(socket);
    }),
  );

describe('cipher questions at TLS 1.2 (node OpenSSL fixtures)', () => {
  test('a server with only forward-secret AEAD suites refuses every class, at one extra connection', async () => {
    const server = await serve({ ciphers: GOOD });
    const facts = await probe(server.port);
    expect(facts.tls?.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(facts.tls?.ciphers).toEqual({
      'TLSv1.2': { picked: [], accepted: [], refused: ['weak', 'anonymous', 'no-forward-secrecy', 'dhe'], untested: [] },
    });
    expect(facts.connections).toBe(BASELINE_MODERN + 1);
  });

  test('RSA key transport alone (node default list): no-forward-secrecy, and nothing weak', async () => {
    const server = await serve({});
    const facts = await probe(server.port);
    const answers = facts.tls?.ciphers?.['TLSv1.2'];
    expect(answers?.accepted).toEqual(['no-forward-secrecy']);
    expect(answers?.refused).toEqual(['weak', 'anonymous', 'dhe']);
    expect(answers?.picked).toHaveLength(1);
    expect(answers?.picked[0]!.suite).toMatch(/^TLS_RSA_WITH_AES_(128|256)_/);
  });

  test('anonymous DH: the aNULL suite is the evidence, and its ServerKeyExchange gives the group', async () => {
    const server = await serve({ ciphers: `${GOOD}:ADH-AES128-GCM-SHA256:@SECLEVEL=0`, dhparam: dhParamsPem(2048) });
    const facts = await probe(server.port);
    const answers = facts.tls?.ciphers?.['TLSv1.2'];
    expect(answers).toEqual({
      picked: [{ suite: 'TLS_DH_anon_WITH_AES_128_GCM_SHA256', classes: ['anonymous'] }],
      accepted: ['anonymous'],
      refused: ['weak', 'no-forward-secrecy', 'dhe'],
      untested: [],
      dhBits: 2048,
    });
  });

  test('DHE with a 1024-bit group: the DH prime size is read from the ServerKeyExchange', async () => {
    const server = await serve({ ciphers: `${GOOD}:DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0`, dhparam: dhParamsPem(1024) });
    const facts = await probe(server.port);
    expect(facts.tls?.ciphers?.['TLSv1.2']).toEqual({
      picked: [{ suite: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256', classes: ['dhe'] }],
      accepted: ['dhe'],
      refused: ['weak', 'anonymous', 'no-forward-secrecy'],
      untested: [],
      dhBits: 1024,
    });
    // The DHE suite picked (answering the TLS 1.2 question too), then the refusal of the rest.
    expect(facts.connections).toBe(BASELINE_PICKED + 2);
  });

  test('DHE with a 2048-bit group', async () => {
    const server = await serve({ ciphers: `${GOOD}:DHE-RSA-AES256-GCM-SHA384`, dhparam: dhParamsPem(2048) });
    const facts = await probe(server.port);
    expect(facts.tls?.ciphers?.['TLSv1.2']?.dhBits).toBe(2048);
  });

  test('the non-AEAD class is asked only where the profile judges it (intermediate, modern)', async () => {
    const server = await serve({ ciphers: `${GOOD}:ECDHE-RSA-AES128-SHA` });
    const plain = await probe(server.port);
    expect(plain.tls?.ciphers?.['TLSv1.2']?.refused).toEqual(['weak', 'anonymous', 'no-forward-secrecy', 'dhe']);
    const intermediate = await probe(server.port, 'intermediate');
    expect(intermediate.tls?.ciphers?.['TLSv1.2']).toEqual({
      picked: [{ suite: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA', classes: ['non-aead'] }],
      accepted: ['non-aead'],
      refused: ['weak', 'anonymous', 'no-forward-secrecy', 'dhe'],
      untested: [],
    });
  });
});

describe('the budget: at most 4 extra connections for a TLS 1.2 + 1.3 server', () => {
  test('a server that accepts a suite of every class OpenSSL can serve still costs no more than 4 cipher questions', async () => {
    const server = await serve({ ciphers: 'ALL:@SECLEVEL=0', dhparam: dhParamsPem(1024) });
    const facts = await probe(server.port);
    expect(facts.tls?.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    const answers = facts.tls!.ciphers!['TLSv1.2']!;
    expect([...answers.accepted].sort()).toEqual(['anonymous', 'dhe', 'no-forward-secrecy']);
    expect(answers.refused).toEqual(['weak']);
    expect(answers.untested).toEqual([]);
    expect(answers.dhBits).toBe(1024);
    // One connection per suite picked, and one for the refusal that closed the question.
    expect(facts.connections - BASELINE_PICKED).toBe(answers.picked.length + 1);
    expect(facts.connections - BASELINE_PICKED).toBeLessThanOrEqual(4);
  });

  test('under profile intermediate, a fifth class asked is left untested over budget, never refused', async () => {
    const server = await serve({ ciphers: 'ALL:@SECLEVEL=0', dhparam: dhParamsPem(1024) });
    const facts = await probe(server.port, 'intermediate');
    const answers = facts.tls!.ciphers!['TLSv1.2']!;
    expect(facts.connections - BASELINE_PICKED).toBeLessThanOrEqual(4);
    expect(answers.refused).toEqual([]);
    expect([...answers.accepted, ...answers.untested].sort()).toEqual(['anonymous', 'dhe', 'no-forward-secrecy', 'non-aead', 'weak']);
    if (answers.untested.length > 0) expect(answers.untestedReason).toMatch(/^connection budget reached/);
    // The classes are listed in the order asked, whatever order the answers came in, as when
    // nothing is left untested.
    const asked: CipherClass[] = ['weak', 'anonymous', 'no-forward-secrecy', 'non-aead', 'dhe'];
    expect(answers.accepted).toEqual(asked.filter((c) => answers.accepted.includes(c)));
    expect(answers.untested).toEqual(asked.filter((c) => answers.untested.includes(c)));
  });
});

describe('cipher questions at older versions', () => {
  test('a TLS 1.0–1.2 server is asked at each version: weak and anonymous below 1.2, the DH group once', async () => {
    const server = await serve({ ciphers: `${GOOD}:AES128-SHA:ADH-AES128-SHA:@SECLEVEL=0`, dhparam: dhParamsPem(2048), minVersion: 'TLSv1', maxVersion: 'TLSv1.2' });
    const facts = await probe(server.port);
    expect(facts.tls?.versionsAccepted).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2']);
    const ciphers = facts.tls!.ciphers!;
    expect(Object.keys(ciphers)).toEqual(['TLSv1.2', 'TLSv1.1', 'TLSv1']);
    expect(ciphers['TLSv1.2']?.accepted).toEqual(['anonymous', 'no-forward-secrecy']);
    expect(ciphers['TLSv1.2']?.refused).toEqual(['weak', 'dhe']);
    expect(ciphers['TLSv1.2']?.dhBits).toBe(2048);
    for (const version of ['TLSv1.1', 'TLSv1'] as const) {
      expect(ciphers[version]).toEqual({
        picked: [{ suite: 'TLS_DH_anon_WITH_AES_128_CBC_SHA', classes: ['anonymous'] }],
        accepted: ['anonymous'],
        refused: ['weak'],
        untested: [],
        dhBits: 2048,
      });
    }
  });

  test('a TLS 1.3-only server is asked nothing', async () => {
    const server = await serve({ minVersion: 'TLSv1.3' });
    const facts = await probe(server.port);
    expect(facts.tls?.versionsAccepted).toEqual(['TLSv1.3']);
    expect(facts.tls?.ciphers).toBeUndefined();
  });
});

describe('a question without an answer', () => {
  test('a server that swallows the cipher ClientHellos leaves the classes untested, never refused', async () => {
    const server = await serve({});
    // The main handshake and the sweep's two questions reach the server; the cipher questions'
    // connections (the first one, asked ahead of the sweep, and every one after the sweep) are
    // accepted and never answered. The first one's silence says nothing of TLS 1.2: the sweep
    // asks as before, and that silence then stands for the first cipher question, which is not
    // asked (and waited for) a second time.
    const front = await frontOf(server.port, (_socket, index) => index === FIRST_CIPHER_QUESTION || index > BASELINE_MODERN + 1);
    const facts = await probeEndpoint(endpointFor('https', front.port, {}, 600), { concurrency: 1, extraCa: [certs.ca.cert] });
    expect(facts.tls?.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(facts.tls?.ciphers?.['TLSv1.2']).toEqual({
      picked: [],
      accepted: [],
      refused: [],
      untested: ['weak', 'anonymous', 'no-forward-secrecy', 'dhe'],
      untestedReason: 'timeout at handshake (no answer to the ClientHello within 600 ms)',
    });
    expect(facts.connections).toBe(BASELINE_MODERN + 1);
  });
});

describe('a ServerHello, then nothing more', () => {
  /**
   * A front for `upstream` whose first cipher question passes on only the server's ServerHello
   * (cut out of its flight, in a record of its own), then ends the connection (`close`) or holds
   * it open in silence (`stall`); every other connection passes through whole.
   */
  const cutAfterServerHello = (upstreamPort: number, then: 'close' | 'stall') =>
    frontOf(upstreamPort, (socket, index) => {
      if (index !== FIRST_CIPHER_QUESTION) return false;
      const upstream = upstreamOf(socket, upstreamPort);
      let flight = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        flight = Buffer.concat([flight, chunk]);
        // Record header (5 bytes), then the ServerHello's handshake header (type, 3-byte length).
        if (flight.length < 9) return;
        const message = flight.subarray(5, 9 + flight.readUIntBE(6, 3));
        if (message.length < 9 + flight.readUIntBE(6, 3) - 5) return;
        upstream.off('data', onData);
        const header = Buffer.from([22, 3, 3, message.length >> 8, message.length & 0xff]);
        socket.write(Buffer.concat([header, message]));
        if (then === 'close') socket.end();
      };
      upstream.on('data', onData);
      return true;
    });

  test.each([
    ['a close', 'close', 'the connection closed after the ServerHello'],
    ['silence until the deadline', 'stall', 'no ServerKeyExchange within 600 ms'],
  ] as const)('%s after a DHE ServerHello: the suite stands as accepted, its group unknown, never refused', async (_name, then, why) => {
    const server = await serve({ ciphers: `${GOOD}:DHE-RSA-AES128-GCM-SHA256`, dhparam: dhParamsPem(2048) });
    const front = await cutAfterServerHello(server.port, then);
    const facts = await probeEndpoint(endpointFor('https', front.port, {}, 600), { concurrency: 1, extraCa: [certs.ca.cert] });
    expect(facts.tls?.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(facts.tls?.ciphers?.['TLSv1.2']).toEqual({
      picked: [{ suite: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256', classes: ['dhe'] }],
      accepted: [],
      refused: ['weak', 'anonymous', 'no-forward-secrecy'],
      untested: ['dhe'],
      untestedReason: `the DH group could not be read (${why})`,
    });
    // The ServerHello alone answers the TLS 1.2 question: the suite was picked at TLS 1.2.
    expect(facts.connections).toBe(BASELINE_PICKED + 2);
  });
});

describe('through STARTTLS', () => {
  test('each question is a session of its own up to the STARTTLS go-ahead, and the facts are those of implicit TLS', async () => {
    const server = await hold(
      startMailServer({ protocol: 'smtp', pem: await certs.good([HOST]), ciphers: `${GOOD}:ADH-AES128-GCM-SHA256:@SECLEVEL=0`, dhparam: dhParamsPem(1024) }),
    );
    const facts = await probeEndpoint(endpointFor('smtp', server.port), { concurrency: 1, extraCa: [certs.ca.cert] });
    expect(facts.error).toBeNull();
    expect(facts.tls?.ciphers?.['TLSv1.2']).toEqual({
      picked: [{ suite: 'TLS_DH_anon_WITH_AES_128_GCM_SHA256', classes: ['anonymous'] }],
      accepted: ['anonymous'],
      refused: ['weak', 'no-forward-secrecy', 'dhe'],
      untested: [],
      dhBits: 1024,
    });
    // the session, the injection test (whose TLS 1.2-only handshake answers the sweep's TLS 1.2
    // question), the sweep's TLS 1.0–1.1 question, two cipher questions
    expect(facts.connections).toBe(5);
    expect(server.accepted).toBe(5);
  });
});

describe('from the fixture to the findings', () => {
  const findingsOf = async (port: number, profile?: TlsProfile) => {
    const base = endpointFor('https', port);
    const endpoint = profile ? withProfile(base, profile) : base;
    const facts = await probeEndpoint(endpoint, { concurrency: 1, extraCa: [certs.ca.cert] });
    return judge(policy(), [{ endpoint, facts }], new Date()).map((f) => [f.rule, f.severity]);
  };

  test('anonymous DH, RSA key transport and a 1024-bit DHE group: exactly the cipher findings, at their severities', async () => {
    const server = await serve({ ciphers: `${GOOD}:ADH-AES128-GCM-SHA256:AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0`, dhparam: dhParamsPem(1024) });
    expect(await findingsOf(server.port)).toEqual([
      ['tls-cipher-anonymous', 'notice'],
      ['tls-dh-weak', 'warning'],
    ]);
    // Mozilla intermediate: RSA key transport is an error too.
    expect(await findingsOf(server.port, 'intermediate')).toEqual([
      ['tls-cipher-anonymous', 'notice'],
      ['tls-dh-weak', 'warning'],
      ['tls-forward-secrecy-missing', 'error'],
    ]);
    // Mozilla modern: and TLS 1.2 itself.
    expect(await findingsOf(server.port, 'modern')).toEqual([
      ['tls-cipher-anonymous', 'notice'],
      ['tls-dh-weak', 'warning'],
      ['tls-forward-secrecy-missing', 'error'],
      ['tls-version-legacy', 'error'],
    ]);
  });

  test('a good server has no cipher finding under any profile but modern, which wants TLS 1.3 alone', async () => {
    const server = await serve({ ciphers: GOOD });
    expect(await findingsOf(server.port)).toEqual([]);
    expect(await findingsOf(server.port, 'intermediate')).toEqual([]);
    expect(await findingsOf(server.port, 'modern')).toEqual([['tls-version-legacy', 'error']]);
  });
});

describe('only the classes a rule judges are asked (as a run asks them)', () => {
  /** The probe as run() calls it: the classes asked are those some rule judges under `rules`. */
  const probeAsRun = (port: number, rules: SeverityOverrides, profile?: TlsProfile) => {
    const base = endpointFor('https', port);
    const endpoint = profile ? withProfile(base, profile) : base;
    return probeEndpoint(endpoint, { concurrency: 1, extraCa: [certs.ca.cert], cipherClasses: (e) => judgedCipherClasses(e, rules) });
  };
  const at = (severity: 'off' | 'error') => ({ severity, location: { file: 'policy.yml', line: 3, column: 3 } });

  test('the default policy: RSA key transport is not asked, and node\'s default list costs one cipher question', async () => {
    const server = await serve({});
    const facts = await probeAsRun(server.port, {});
    expect(facts.tls?.ciphers).toEqual({
      'TLSv1.2': { picked: [], accepted: [], refused: ['weak', 'anonymous', 'dhe'], untested: [], notAsked: ['no-forward-secrecy'] },
    });
    expect(facts.connections).toBe(BASELINE_MODERN + 1);
  });

  test('a policy that turns forward secrecy on asks it: two cipher questions, RSA key transport found', async () => {
    const server = await serve({});
    const facts = await probeAsRun(server.port, { 'tls-forward-secrecy-missing': at('error') });
    const answers = facts.tls?.ciphers?.['TLSv1.2'];
    expect(answers?.accepted).toEqual(['no-forward-secrecy']);
    expect(answers?.refused).toEqual(['weak', 'anonymous', 'dhe']);
    expect(answers?.notAsked).toBeUndefined();
    expect(facts.connections).toBe(BASELINE_PICKED + 2);
  });

  test('profile intermediate asks forward secrecy and non-AEAD too, within the budget', async () => {
    const server = await serve({});
    const facts = await probeAsRun(server.port, {}, 'intermediate');
    const answers = facts.tls!.ciphers!['TLSv1.2']!;
    expect(answers.notAsked).toBeUndefined();
    expect([...answers.accepted].sort()).toEqual(['no-forward-secrecy', 'non-aead']);
    expect(answers.refused).toEqual(['weak', 'anonymous', 'dhe']);
    // One connection per suite picked, and the refusal that closed the question.
    expect(facts.connections - BASELINE_PICKED).toBe(answers.picked.length + 1);
    expect(facts.connections - BASELINE_PICKED).toBeLessThanOrEqual(3);
  });

  test('the class a rule judges is still found when the others are off', async () => {
    const server = await serve({ ciphers: `${GOOD}:ADH-AES128-GCM-SHA256:@SECLEVEL=0`, dhparam: dhParamsPem(1024) });
    const facts = await probeAsRun(server.port, { 'tls-cipher-weak': at('off'), 'tls-dh-weak': at('off') });
    expect(facts.tls?.ciphers?.['TLSv1.2']).toEqual({
      picked: [{ suite: 'TLS_DH_anon_WITH_AES_128_GCM_SHA256', classes: ['anonymous'] }],
      accepted: ['anonymous'],
      refused: [],
      untested: [],
      dhBits: 1024,
      notAsked: ['weak', 'no-forward-secrecy', 'dhe'],
    });
    // The anonymous suite picked answers the TLS 1.2 question; nothing is left to ask at TLS 1.2.
    expect(facts.connections).toBe(BASELINE_PICKED + 1);
  });

  test('every cipher rule off: no cipher question at all, and every class recorded as not asked', async () => {
    const server = await serve({});
    const off = { 'tls-cipher-weak': at('off'), 'tls-cipher-anonymous': at('off'), 'tls-forward-secrecy-missing': at('off'), 'tls-dh-weak': at('off') };
    const facts = await probeAsRun(server.port, off);
    expect(facts.tls?.ciphers).toEqual({
      'TLSv1.2': { picked: [], accepted: [], refused: [], untested: [], notAsked: ['weak', 'anonymous', 'no-forward-secrecy', 'dhe'] },
    });
    expect(facts.connections).toBe(BASELINE_MODERN);
  });
});

/** A TLS 1.2 ServerHello record that picks `suite`, as a server would answer a ClientHello. */
function serverHelloPicking(suite: number): Buffer {
  const body = Buffer.concat([Buffer.from([3, 3]), Buffer.alloc(32, 7), Buffer.from([0, suite >> 8, suite & 0xff, 0, 0, 0])]);
  const message = Buffer.concat([Buffer.from([2, 0, body.length >> 8, body.length & 0xff]), body]);
  return Buffer.concat([Buffer.from([22, 3, 3, message.length >> 8, message.length & 0xff]), message]);
}

describe('the first cipher question at TLS 1.2 before the TLS 1.2 question (implicit TLS)', () => {
  // Each server is probed twice as a run probes it (the classes the default policy's rules judge,
  // under the profile given), at one instant: in the order the engine now uses, and with the
  // internal option that restores the order every endpoint had before (the sweep's TLS 1.2
  // question, then the cipher questions). Every fact must be the same; only the cost may differ,
  // and it is written out for both orders.
  const probeInOrder = (port: number, cipherQuestionFirst: boolean, now: Date, profile?: TlsProfile) => {
    const base = endpointFor('https', port);
    const endpoint = profile ? withProfile(base, profile) : base;
    return probeEndpoint(endpoint, { concurrency: 1, extraCa: [certs.ca.cert], now: () => now, cipherClasses: (e) => judgedCipherClasses(e, {}), cipherQuestionFirst });
  };

  const DHE_1024 = { ciphers: `${GOOD}:DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0`, dhparam: dhParamsPem(1024) };
  const cases: [string, Omit<TlsServerOptions, 'pem'>, TlsProfile | undefined, { before: number; now: number }][] = [
    // The first cipher question is refused; the sweep asks TLS 1.2 and the refusal is reused.
    ['a good server (ECDHE with AEAD only)', { ciphers: GOOD }, undefined, { before: 4, now: 4 }],
    // Session, TLS 1.2, 1.0–1.1, the DHE suite picked, the refusal: the TLS 1.2 question is spared.
    ['DHE with a 2048-bit group', { ciphers: `${GOOD}:DHE-RSA-AES256-GCM-SHA384`, dhparam: dhParamsPem(2048) }, undefined, { before: 5, now: 4 }],
    ['DHE with a 1024-bit group', DHE_1024, undefined, { before: 5, now: 4 }],
    ['anonymous DH', { ciphers: `${GOOD}:ADH-AES128-GCM-SHA256:@SECLEVEL=0`, dhparam: dhParamsPem(2048) }, undefined, { before: 5, now: 4 }],
    // Node's default list under intermediate: RSA key transport picked, then a non-AEAD suite, then the refusal.
    ['RSA key transport under profile intermediate', {}, 'intermediate', { before: 6, now: 5 }],
    // The first cipher question is refused and the sweep finds no TLS 1.2: a connection more.
    ['a TLS 1.3-only server', { minVersion: 'TLSv1.3' }, undefined, { before: 3, now: 4 }],
    // The session got TLS 1.2: there is no TLS 1.2 question to spare, and the order is the old one.
    ['a TLS 1.2-only server with DHE', { ...DHE_1024, maxVersion: 'TLSv1.2' }, undefined, { before: 4, now: 4 }],
    // Profile modern expects TLS 1.3 alone: the old order.
    ['DHE under profile modern', DHE_1024, 'modern', { before: 5, now: 5 }],
  ];

  test.each(cases)('%s: the same facts as the old order', async (_name, options, profile, cost) => {
    const server = await serve(options);
    const now = new Date();
    const before = await probeInOrder(server.port, false, now, profile);
    const reordered = await probeInOrder(server.port, true, now, profile);
    expect(before.error).toBeNull();
    expect(before.tls?.versionsAccepted.length).toBeGreaterThan(0);
    expect(factsBesideCost(reordered)).toEqual(factsBesideCost(before));
    expect({ before: before.connections, now: reordered.connections }).toEqual(cost);
  });

  test('the most the first cipher question ahead of the sweep can cost stays within the budget', async () => {
    // TLS 1.0–1.3 and a suite of most classes at every version, behind a front that hangs up on
    // the first connection (the session is retried): the session twice, the first cipher question
    // (a suite picked, which answers TLS 1.2), 1.0–1.1, 1.0, then 3 more cipher questions at 1.2
    // and 2 each at 1.1 and 1.0.
    const server = await serve({ ciphers: 'ALL:@SECLEVEL=0', dhparam: dhParamsPem(1024), minVersion: 'TLSv1' });
    const front = await frontOf(server.port, (socket, index) => index === 1 && (socket.destroy(), true));
    const endpoint = endpointFor('https', front.port);
    const now = new Date();
    const options = { concurrency: 1, extraCa: [certs.ca.cert], now: () => now, retryAfterMs: 20 };
    const reordered = await probeEndpoint(endpoint, options);
    const before = await probeEndpoint(endpointFor('https', server.port), { ...options, cipherQuestionFirst: false });
    expect(before.tls?.versionsAccepted).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(factsBesideCost(reordered)).toEqual({ ...factsBesideCost(before), port: front.port });
    expect(before.tls?.versionsOverBudget).toBeUndefined();
    expect([before.connections, reordered.connections, front.accepted]).toEqual([12, 12, 12]);
    expect(reordered.connections).toBeLessThanOrEqual(MAX_CONNECTIONS_PER_ENDPOINT);
  });

  // The one server whose facts the order changes: one whose TLS 1.2 takes only suites the
  // sweep's ClientHello does not offer (it offers every suite a server might insist on for a
  // version, but no anonymous, NULL or export one). The sweep's TLS 1.2 question is refused, so
  // the old order found TLS 1.3 alone and asked no cipher question; the cipher question's
  // ServerHello at TLS 1.2 shows TLS 1.2 accepted, with the anonymous suite that proves it.
  test('a server whose TLS 1.2 takes only anonymous DH: the old order missed TLS 1.2, this one finds it', async () => {
    const server = await serve({ ciphers: 'ADH-AES128-GCM-SHA256:@SECLEVEL=0', dhparam: dhParamsPem(2048) });
    const now = new Date();
    const before = await probeInOrder(server.port, false, now);
    const reordered = await probeInOrder(server.port, true, now);
    expect(before.tls?.versionsAccepted).toEqual(['TLSv1.3']);
    expect(before.tls?.ciphers).toBeUndefined();
    expect(reordered.tls?.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(reordered.tls?.ciphers?.['TLSv1.2']).toEqual({
      picked: [{ suite: 'TLS_DH_anon_WITH_AES_128_GCM_SHA256', classes: ['anonymous'] }],
      accepted: ['anonymous'],
      refused: ['weak', 'dhe'],
      untested: [],
      dhBits: 2048,
      notAsked: ['no-forward-secrecy'],
    });
    // Session, the anonymous suite picked, 1.0–1.1, the refusal; before: session, 1.2, 1.0–1.1.
    expect([before.connections, reordered.connections]).toEqual([3, 4]);
  });

  test('the facts themselves, for DHE with a 1024-bit group: TLS 1.2 and the group found at 4 connections', async () => {
    const server = await serve(DHE_1024);
    const facts = await probeInOrder(server.port, true, new Date());
    expect(facts.tls?.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(facts.tls?.versionsUntested).toBeUndefined();
    expect(facts.tls?.ciphers).toEqual({
      'TLSv1.2': {
        picked: [{ suite: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256', classes: ['dhe'] }],
        accepted: ['dhe'],
        refused: ['weak', 'anonymous'],
        untested: [],
        dhBits: 1024,
        notAsked: ['no-forward-secrecy'],
      },
    });
    expect(facts.connections).toBe(4);
  });

  test('a first cipher question answered with a suite it did not offer: its classes untested at TLS 1.2, asked once, and the sweep asks TLS 1.2', async () => {
    const server = await serve(DHE_1024);
    // A front answers the first cipher question itself, picking ECDHE-RSA-AES128-GCM-SHA256 (which
    // no cipher question offers) at TLS 1.2; every other connection reaches the server. A broken
    // answer proves nothing, not even TLS 1.2: the sweep asks it, and the answer stands for the
    // question, as a cipher question's broken answer always has.
    const front = await frontOf(server.port, (socket, index) => {
      if (index !== FIRST_CIPHER_QUESTION) return false;
      socket.once('data', () => socket.end(serverHelloPicking(0xc02f)));
      return true;
    });
    const facts = await probeInOrder(front.port, true, new Date());
    expect(facts.tls?.versionsAccepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(facts.tls?.ciphers).toEqual({
      'TLSv1.2': {
        picked: [],
        accepted: [],
        refused: [],
        untested: ['weak', 'anonymous', 'dhe'],
        untestedReason: 'the server chose suite 0xc02f, which was not offered',
        notAsked: ['no-forward-secrecy'],
      },
    });
    // The session, the broken answer, TLS 1.2, 1.0–1.1.
    expect([facts.connections, front.accepted]).toEqual([4, 4]);
  });
});

// No TLS library on this machine serves IDEA (OpenSSL 3 and GnuTLS dropped it), so a front answers
// the first cipher question itself with a ServerHello that picks TLS_RSA_WITH_IDEA_CBC_SHA, as an
// old server would; every other connection goes to a real server. IDEA's 64-bit block is 3DES's
// weakness (Sweet32), and TLS 1.2 dropped it with DES: it is asked and found as weak.
describe('IDEA', () => {
  const IDEA = 0x0007;

  test('the weak question offers it, and a server that picks it accepts a weak suite', async () => {
    const server = await serve({ ciphers: GOOD });
    const offered: number[][] = [];
    const front = await frontOf(server.port, (socket, index) => {
      if (index !== FIRST_CIPHER_QUESTION) return false;
      socket.once('data', (hello: Buffer) => {
        let at = 5 + 4 + 2 + 32;
        at += 1 + hello[at]!;
        const end = at + 2 + hello.readUInt16BE(at);
        const suites: number[] = [];
        for (at += 2; at < end; at += 2) suites.push(hello.readUInt16BE(at));
        offered.push(suites);
        socket.write(serverHelloPicking(IDEA));
      });
      return true;
    });
    const facts = await probe(front.port);
    expect(offered).toHaveLength(1);
    expect(offered[0]).toContain(IDEA);
    expect(facts.tls?.ciphers?.['TLSv1.2']).toMatchObject({ picked: [{ suite: 'TLS_RSA_WITH_IDEA_CBC_SHA', classes: ['weak', 'no-forward-secrecy'] }], accepted: ['weak', 'no-forward-secrecy'] });
    const findings = judge(policy(), [{ endpoint: endpointFor('https', front.port), facts }], new Date());
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['tls-cipher-weak', 'error']]);
  });
});
