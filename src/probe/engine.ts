// The probe engine: for each planned endpoint, the connections and dialogues that turn it into
// facts. It never judges (that is src/rules), never throws, and destroys every socket it opened.
//
// Connections per endpoint. A forbidden service or http takes 1. A TLS service takes its session
// (1, and 1 retry where the service said it is busy or hung up before it said anything), then:
// - over STARTTLS, the injection test: 1 connection offering what the upgrade did; where the
//   upgrade got TLS 1.3 its handshake offers TLS 1.2 alone instead, and so also answers the
//   sweep's TLS 1.2 question. Where that handshake is refused (no TLS 1.2, or not with what node
//   offers at TLS 1.2, or Dovecot feeding the pipelined command to TLS), the test is made again
//   offering what the upgrade did (2), and the TLS 1.2 question stays open. No injection test
//   where the upgrade failed;
// - the version sweep: 1.0–1.1 in one question and 1.0 alone where that got 1.1 (up to 2), after
//   a session that got TLS 1.3 also 1.2 alone unless the injection test or the first cipher
//   question answered it (up to 3), after a failed handshake 1.3 and 1.2 alone too (up to 4);
// - the cipher questions (cipher-questions.ts, docs/ciphers.md) at each version of 1.2 and below
//   the sweep saw accepted, about the classes some rule judges on the endpoint (`cipherClasses`,
//   worked out by the entry point: RSA key transport only under a profile or a policy that turns
//   its rule on; nothing where every cipher rule is off): up to 4 at TLS 1.2, 2 at 1.1 and at 1.0
//   (3 at the newest, for the DH group, where 1.2 is not accepted): up to 8. After a TLS 1.3
//   session whose TLS 1.2 question is still open (implicit TLS; STARTTLS where the injection
//   test's TLS 1.2-only handshake was refused), profile not modern, the first one at TLS 1.2 is
//   asked before the sweep (`sweepAndCiphers`): a suite picked answers the sweep's TLS 1.2
//   question (one fewer); any other answer is the first at TLS 1.2 if the sweep finds it accepted
//   (none more), and is otherwise dropped (one more: a TLS 1.3-only server).
// The most, before the busy retries of the extra connections: STARTTLS upgraded to TLS 1.3 on a
// server that takes TLS 1.2 only with suites the injection test's TLS 1.2-only handshake does not
// offer, accepts TLS 1.0 and 1.1 too and a suite of most classes: 1 + 2 + 1 (the first cipher
// question, answering TLS 1.2) + 2 + 7 = 13; implicit TLS after a failed session handshake, TLS
// 1.0–1.2 found by the sweep: 1 + 4 + 8 = 13; STARTTLS upgraded to 1.2: 1 + 1 + 2 + 8 = 12. With
// the session's busy retry, 14, under MAX_CONNECTIONS_PER_ENDPOINT (15). On the fixture servers
// (node's default TLS 1.2 list, which takes RSA key transport) under the default policy, which
// does not ask about RSA key transport, the cipher questions cost 1 (2 where a profile or the
// policy turns forward secrecy on: the RSA suite picked, then the refusal): TLS 1.2 and 1.3 cost
// 4 on implicit TLS (session, 1 cipher question refused, 1.2 alone, 1.0–1.1; where forward
// secrecy is asked, session, the RSA suite picked, which answers 1.2 too, 1.0–1.1, the refusal),
// 4 over STARTTLS where the pipelined command is dropped, as Postfix does (session, injection
// test answering 1.2, 1.0–1.1, 1 cipher question), and 6 where it is fed to TLS, as Dovecot does
// (the injection test twice, the cipher question refused, 1.2 alone, 1.0–1.1); TLS 1.3 only
// costs 4 on implicit TLS (the first cipher question, refused and dropped; 3 under the profile
// modern) and 6 over STARTTLS (5 under modern); TLS 1.2 only costs 3 on implicit TLS and 4 over
// STARTTLS.
// The extra connections (injection test, sweep, cipher questions) get their own busy retry only
// while the budget lasts; one turned away for good, a question unanswered in time, or one the
// budget no longer covers, leaves its check untested (`versionsUntested`,
// `commandInjectionUntested`, `ciphers[version].untested`), never a false "not accepted" or "not
// vulnerable".
//
// Politeness: nothing is sent before the server's greeting, SMTP says EHLO with `heloName`, and
// every session that got as far as a greeting ends with QUIT / LOGOUT (inside TLS when it is up),
// except the sweep's version questions, which end inside the handshake with TLS alerts (tls.ts).
import os from 'node:os';
import type net from 'node:net';
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import { CONNECTION_BUDGET_REACHED, MAX_CONNECTIONS_PER_ENDPOINT, TURNED_AWAY } from '../facts/vocabulary.js';
import { ConnectionBudgetReached, Connector } from './connect.js';
import { type DialogueOptions, type MailDialogue, Session, dialogueFor, protocolOf } from './dialogues/index.js';
import type { Greeting } from './dialogues/dialogue.js';
import type { CipherClass, EndpointFacts, PlaintextFacts, ProbeError, TlsFacts, TlsVersionName } from '../facts/endpoint.js';
import { ProbeFailure, clipEvidence } from './failure.js';
import { FirstRecordWatch } from './first-record.js';
import { probeHttp } from './http.js';
import { LineReader } from './lines.js';
import { Semaphore } from './semaphore.js';
import type { TrustSource } from './roots.js';
import { type HandshakeOutcome, type SweepOutcome, type TlsContext, type VersionAnswer, type VersionRange, prepareSessionContext, sweepTls, tlsHandshake } from './tls.js';
import { type CipherQuestionOptions, type FirstCipherQuestion, askCiphers, askFirstCipherQuestion } from './cipher-questions.js';
import { judgesNonAead } from '../common/profiles.js';

export interface ProbeOptions {
  concurrency: number;
  extraCa: string[];
  /** The base roots (the `trust` setting); default system. */
  trust?: TrustSource;
  heloName?: string;
  now?: () => Date;
  onEndpointDone?: (facts: EndpointFacts) => void;
  /** Wait before retrying a service that turned us away (the `retry-after` input). Default 5 s. */
  retryAfterMs?: number;
  /**
   * Simultaneous connections per host (the `per-host` input), default 2: per policy host name
   * (one name with several addresses is one operator) and per IP address (several names on one
   * machine are one server). An endpoint's own connections are made one after another.
   */
  perHost?: number;
  /**
   * The cipher classes some rule judges on an endpoint: only those are asked (docs/ciphers.md,
   * "What is asked when"). The entry point computes them from the rules and the policy
   * (src/rules/cipher-classes.ts), because the probe knows no rules; absent, every class is asked.
   */
  cipherClasses?: (endpoint: Endpoint) => ReadonlySet<CipherClass>;
  /**
   * Internal, for tests that compare the two orders: false asks, on implicit TLS, the sweep's TLS
   * 1.2 question before the first cipher question at TLS 1.2, as every endpoint once did. The
   * facts are the same either way, only `connections` differs, but for a server whose TLS 1.2
   * takes only suites the sweep's ClientHello does not offer (docs/ciphers.md). Default true.
   */
  cipherQuestionFirst?: boolean;
}

export const DEFAULT_RETRY_AFTER_MS = 5000;
export const DEFAULT_PER_HOST = 2;

interface OpenSession {
  socket: net.Socket;
  session: Session;
  greeting: Greeting;
}

/** Everything one endpoint's probe needs, and the facts it fills in as it goes. */
class EndpointProbe {
  readonly facts: EndpointFacts;
  private readonly timeoutMs: number;
  /** What the dialogues say of the client: SMTP's EHLO name (`heloName`). */
  private readonly dialogueOptions: DialogueOptions;
  private readonly retryAfterMs: number;
  /**
   * An earlier connection to this endpoint got as far as the service's greeting (or, for https,
   * its TLS handshake). Only then is a later connection that is closed or reset before the
   * greeting a sign of a busy server: the pattern of one that serves some and turns others away.
   */
  private served = false;

  constructor(
    private readonly endpoint: Endpoint,
    private readonly connector: Connector,
    private readonly options: ProbeOptions,
    facts: EndpointFacts,
  ) {
    this.facts = facts;
    this.timeoutMs = endpoint.settings.timeoutMs;
    this.dialogueOptions = { clientName: options.heloName ?? os.hostname() };
    this.retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  }

  private tlsContext(): TlsContext {
    return {
      servername: this.endpoint.host,
      extraCa: this.options.extraCa,
      trust: this.options.trust,
      timeoutMs: this.timeoutMs,
      now: (this.options.now ?? (() => new Date()))(),
    };
  }

  /** Keeps the first thing that went wrong; later trouble is a consequence of it. */
  private fail(error: ProbeError): void {
    this.facts.error ??= error;
  }

  async run(): Promise<void> {
    const spec = SERVICES[this.endpoint.service];
    if (this.endpoint.expectation === 'forbid') return this.reachOnly();
    if (spec.transport === 'http') return this.http();
    if (spec.transport === 'implicit-tls') return this.implicitTls();
    return this.starttls(dialogueFor(this.endpoint.service, this.dialogueOptions)!);
  }

  /** A forbidden service only has to be shown reachable or not: connect, and hang up at once. */
  private async reachOnly(): Promise<void> {
    const socket = await this.connector.connect();
    socket.destroy();
  }

  private async http(): Promise<void> {
    const outcome = await probeHttp(this.connector, this.endpoint.host, this.timeoutMs);
    this.facts.http = outcome.facts;
    if (outcome.error) this.fail(outcome.error);
  }

  /**
   * A service that says it is busy, or hangs up (close or reset) before it said anything, gets
   * one more chance after `retryAfterMs`. Still so: a busy one is inconclusive; one that hung up
   * at first contact again is unreachable, with what it did as the evidence.
   */
  private async withBusyRetry<T>(attempt: () => Promise<T>): Promise<T> {
    for (let round = 0; ; round += 1) {
      try {
        return await attempt();
      } catch (err) {
        if (!(err instanceof ProbeFailure)) throw err;
        this.markBusy(err.error);
        if (!(err.error.busy || hungUpFirst(err.error)) || round > 0) throw err;
        this.facts.plaintext = null;
        this.facts.tls = null;
        await this.backOff();
      }
    }
  }

  /** A hang-up before the greeting is "busy" only after this endpoint served an earlier connection. */
  private markBusy(e: ProbeError): void {
    if (this.served && hungUpFirst(e)) e.busy = true;
  }

  /**
   * The same for an extra connection (injection test, sweep): one retry after `retryAfterMs`,
   * and only while the connection budget lasts. Nothing of the facts is touched.
   */
  private async politely<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof ProbeFailure)) throw err;
      this.markBusy(err.error);
      if (!err.error.busy || this.connector.connections >= MAX_CONNECTIONS_PER_ENDPOINT) throw err;
      await this.backOff();
    }
    try {
      return await attempt();
    } catch (err) {
      if (err instanceof ProbeFailure) this.markBusy(err.error);
      throw err;
    }
  }

  private backOff(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.retryAfterMs));
  }

  /**
   * Read the greeting on a connected stream; nothing is sent before it. `record` keeps a refusal's
   * text in the facts (the main session only: an extra connection must not overwrite them).
   */
  private async greet(dialogue: MailDialogue, socket: net.Socket, stream: net.Socket = socket, record = false): Promise<OpenSession> {
    const session = new Session(new LineReader(stream), this.timeoutMs);
    try {
      const greeting = await dialogue.greeting(session);
      this.served = true;
      return { socket, session, greeting };
    } catch (err) {
      if (record && err instanceof ProbeFailure && err.evidence !== null && err.error.step === 'greeting') {
        this.facts.plaintext = emptyPlaintext(err.evidence);
      }
      // A server that said "busy" still gets its goodbye (RFC 5321 §3.1 asks for QUIT).
      if (err instanceof ProbeFailure && err.error.busy) await dialogue.quit(session);
      socket.destroy();
      throw err;
    }
  }

  private recordSweep(sweep: SweepOutcome): void {
    if (!this.facts.tls) return;
    this.facts.tls.versionsAccepted = sweep.accepted;
    if (sweep.untested.length === 0) return;
    this.facts.tls.versionsUntested = sweep.untested;
    this.facts.tls.versionsUntestedReason = [...new Set(sweep.untestedBecause.map(({ error }) => untestedReason(error)))].join('; ');
    const overBudget = new Set(sweep.untestedBecause.filter(({ error }) => error instanceof ConnectionBudgetReached).flatMap(({ versions }) => versions));
    if (overBudget.size > 0) this.facts.tls.versionsOverBudget = sweep.untested.filter((v) => overBudget.has(v));
    const turnedAway = new Set(sweep.untestedBecause.filter(({ error }) => errorOf(error).busy === true).flatMap(({ versions }) => versions));
    if (turnedAway.size > 0) this.facts.tls.versionsTurnedAway = sweep.untested.filter((v) => turnedAway.has(v));
  }

  /**
   * What the cipher questions ask on this endpoint: the classes a rule judges (`cipherClasses`),
   * and the non-AEAD class only where the endpoint's profile makes it one.
   */
  private cipherOptions(): CipherQuestionOptions {
    this.cipherQuestionOptions ??= { nonAead: judgesNonAead(this.endpoint.settings.tls.profile), judged: this.options.cipherClasses?.(this.endpoint) };
    return this.cipherQuestionOptions;
  }

  private cipherQuestionOptions: CipherQuestionOptions | undefined;

  /**
   * The cipher questions (cipher-questions.ts) at every version of TLS 1.2 and below that the
   * sweep saw accepted. `first`: the first question at TLS 1.2, asked ahead of the sweep.
   */
  private async askCiphers(open: () => Promise<net.Socket>, ctx: TlsContext, first?: FirstCipherQuestion): Promise<void> {
    const tls = this.facts.tls;
    if (!tls) return;
    const ciphers = await askCiphers(open, ctx, tls.versionsAccepted, this.cipherOptions(), untestedReason, first);
    if (ciphers) tls.ciphers = ciphers;
  }

  /**
   * Takes the socket back from the line reader once STARTTLS is accepted. A server must wait for
   * our ClientHello; bytes it sent after its go-ahead are what the TLS layer would read as the
   * server's first TLS record, and they came before it could have seen ours: the upgrade failed.
   * The same bytes a moment later (after our ClientHello) fail the handshake itself: both are a
   * failed upgrade, however the bytes were split into packets.
   */
  private handOver(open: OpenSession): net.Socket {
    const leftover = open.session.reader.release();
    if (leftover.length > 0) {
      open.socket.destroy();
      throw new ProbeFailure(
        'tls-handshake',
        'handshake',
        'the server sent data after its STARTTLS go-ahead, before it could have read our ClientHello',
        clipEvidence(leftover.toString('latin1')),
      );
    }
    return open.socket;
  }

  private tlsFacts(mode: TlsFacts['mode'], outcome: HandshakeOutcome): TlsFacts {
    return { mode, version: outcome.version, cipher: outcome.cipher, versionsAccepted: [], certificate: outcome.certificate, error: outcome.error };
  }

  private async implicitTls(): Promise<void> {
    // Inside TLS, a protocol whose server speaks first (465, 993, 995) greets, and its greeting
    // and capabilities are read; where the client speaks first (https) nothing is waited for and
    // the handshake is all there is: the probe has no request of its own to send there.
    const dialogue = protocolOf(this.endpoint.service).speaksFirst === 'server' ? dialogueFor(this.endpoint.service, this.dialogueOptions) : null;
    const ctx = this.tlsContext();
    let negotiated: HandshakeOutcome | null = null;
    try {
      await this.withBusyRetry(async () => {
        const raw = await this.connector.connect();
        const outcome = await tlsHandshake(raw, ctx);
        negotiated = outcome;
        this.facts.tls = this.tlsFacts('implicit', outcome);
        // A reset or close before any TLS record is implicit TLS's hang-up before the greeting.
        if (outcome.reset) throw new ProbeFailure('reset', 'handshake', outcome.error ?? 'the connection was reset');
        if (outcome.closedEarly) throw new ProbeFailure('closed', 'handshake', outcome.error ?? 'the connection was closed before the TLS handshake');
        if (!outcome.socket) throw new ProbeFailure('tls-handshake', 'handshake', outcome.error ?? 'the TLS handshake failed');
        if (!dialogue) {
          this.served = true;
          outcome.socket.destroy();
          return;
        }
        // Inside TLS the greeting and capabilities are still worth recording: what the service
        // offers once the channel is secure.
        const open = await this.greet(dialogue, raw, outcome.socket, true);
        this.facts.plaintext = emptyPlaintext(open.greeting.text);
        try {
          this.facts.plaintext.capabilitiesAfterTls = await dialogue.capabilities(open.session, open.greeting);
          await dialogue.quit(open.session);
        } finally {
          outcome.socket.destroy();
        }
      });
    } catch (err) {
      this.fail(errorOf(err));
    }
    if (!this.facts.tls) return;
    const first = negotiated as HandshakeOutcome | null;
    // A peer that stalled, reset or hung up before any TLS record would only do so again.
    if (first?.timedOut || first?.reset || first?.closedEarly) return;
    await this.sweepAndCiphers(() => this.connector.connect(), ctx, first?.version ?? null, {});
  }

  /**
   * The version sweep, then the cipher questions. After a TLS 1.3 session whose TLS 1.2 question
   * is still open, the sweep's next question is TLS 1.2 alone, and the cipher questions at TLS 1.2
   * follow it. A server that accepts a judged class at TLS 1.2 (DHE: Mozilla intermediate,
   * Dovecot's and Postfix's defaults; anonymous DH: Postfix's) answers the first cipher question
   * with a ServerHello at TLS 1.2, which answers the TLS 1.2 question too: asked first, it spares
   * that connection. Any other answer says nothing of TLS 1.2, so the sweep asks it as before,
   * and the answer stands as the cipher questions' first at TLS 1.2 if TLS 1.2 is accepted. Not
   * under profile modern, which expects TLS 1.3 alone: there the cipher question would mostly be
   * a connection more.
   */
  private async sweepAndCiphers(
    open: () => Promise<net.Socket>,
    ctx: TlsContext,
    negotiated: TlsVersionName | null,
    answered: Partial<Record<TlsVersionName, VersionAnswer>>,
  ): Promise<void> {
    const cipherFirst =
      negotiated === 'TLSv1.3' && answered['TLSv1.2'] === undefined && this.options.cipherQuestionFirst !== false && this.endpoint.settings.tls.profile !== 'modern'
        ? await askFirstCipherQuestion(open, ctx, this.cipherOptions())
        : null;
    const known = cipherFirst?.tls12Accepted ? { ...answered, 'TLSv1.2': 'TLSv1.2' as const } : answered;
    this.recordSweep(await sweepTls(open, ctx, negotiated, known));
    await this.askCiphers(open, ctx, cipherFirst ?? undefined);
  }

  private async starttls(dialogue: MailDialogue): Promise<void> {
    const ctx = this.tlsContext();
    const open = await this.withBusyRetry(async () => this.greet(dialogue, await this.connector.connect(), undefined, true));
    const plaintext = emptyPlaintext(open.greeting.text);
    this.facts.plaintext = plaintext;
    try {
      plaintext.capabilities = await dialogue.capabilities(open.session, open.greeting);
    } catch (err) {
      open.socket.destroy();
      throw err;
    }
    Object.assign(plaintext, dialogue.read(plaintext.capabilities));
    // Not advertised: that is the finding. Trying it anyway would test a server nobody uses.
    if (!plaintext.starttls) {
      await dialogue.quit(open.session);
      open.socket.destroy();
      return;
    }

    const reply = (await dialogue.starttls(open.session, plaintext.capabilities, false))!;
    plaintext.starttlsReply = reply.reply;
    if (!reply.accepted) {
      await dialogue.quit(open.session);
      open.socket.destroy();
      throw new ProbeFailure('starttls-refused', 'starttls', 'the server refused STARTTLS', clipEvidence(reply.reply));
    }
    const outcome = await tlsHandshake(this.handOver(open), ctx);
    this.facts.tls = this.tlsFacts('starttls', outcome);
    const answered: Partial<Record<TlsVersionName, VersionAnswer>> = {};
    if (outcome.socket) {
      open.session.reader = new LineReader(outcome.socket);
      try {
        const unasked = await dialogue.afterUpgrade(open.session);
        plaintext.capabilitiesAfterTls = unasked ?? (await dialogue.capabilities(open.session, null));
        await dialogue.quit(open.session);
      } catch (err) {
        this.fail(errorOf(err));
      } finally {
        outcome.socket.destroy();
      }
      // Where the upgrade got TLS 1.3, the sweep would ask about TLS 1.2 on a connection of its
      // own: the injection test's handshake offers TLS 1.2 alone instead and answers that too.
      const injection = await this.injectionTest(dialogue, ctx, outcome.version === 'TLSv1.3' ? TLS12_ONLY : null);
      plaintext.commandInjection = injection.result;
      if (injection.untested !== undefined) plaintext.commandInjectionUntested = injection.untested;
      if (injection.tls12 !== undefined) answered['TLSv1.2'] = injection.tls12;
    } else {
      this.fail({ kind: 'tls-handshake', step: 'handshake', message: outcome.error ?? 'the TLS handshake failed' });
    }

    if (outcome.timedOut) return;
    await this.sweepAndCiphers(() => this.politely(() => this.readyForTls(dialogue)), ctx, outcome.version, answered);
  }

  /** A fresh connection taken through the dialogue up to an accepted STARTTLS (for the sweep). */
  private async readyForTls(dialogue: MailDialogue): Promise<net.Socket> {
    const open = await this.greet(dialogue, await this.connector.connect());
    try {
      const capabilities = await dialogue.capabilities(open.session, open.greeting);
      const reply = await dialogue.starttls(open.session, capabilities, false);
      if (!reply?.accepted) {
        await dialogue.quit(open.session);
        throw new ProbeFailure('starttls-refused', 'starttls', 'the server refused STARTTLS');
      }
      return this.handOver(open);
    } catch (err) {
      open.socket.destroy();
      throw err;
    }
  }

  /**
   * CVE-2011-0411: STARTTLS and a harmless command go out in one write. A server that answers
   * the command inside TLS kept plaintext from before the handshake and ran it as if it had
   * been protected. Once TLS is up a command of our own goes out at once, and the order of the
   * replies decides (`injectionAnswer`): one round trip, no silence waited for. `result` is null
   * when the test could not be made or the replies prove nothing; `untested` then says why when
   * the question itself went unanswered (turned away, refused, no reply before the deadline).
   *
   * `offer`: TLS 1.2 alone, where the upgrade got TLS 1.3: the handshake then also answers the
   * sweep's TLS 1.2 question (`tls12`). A handshake refused under that offer proves nothing about
   * injection by itself (a server without TLS 1.2, or without what node offers at TLS 1.2,
   * refuses it whatever was pipelined), so the test is made again on a fresh connection offering
   * what the endpoint's own upgrade did, and the TLS 1.2 question is left to the sweep.
   */
  private async injectionTest(
    dialogue: MailDialogue,
    ctx: TlsContext,
    offer: VersionRange | null,
  ): Promise<{ result: boolean | null; untested?: string; tls12?: VersionAnswer }> {
    if (offer) {
      const narrow = await this.injectionAttempt(dialogue, ctx, offer);
      if (narrow !== REFUSED) return narrow;
      // No other hello can say why node's was refused (the sweep's differs in groups and
      // signature algorithms as well as suites): the test is made again, offering what the
      // endpoint's own upgrade did, and the TLS 1.2 question stays the sweep's.
    }
    const full = await this.injectionAttempt(dialogue, ctx, null);
    // This endpoint's own upgrade just succeeded with the same offer, so a handshake refused here
    // was refused because of our pipelined command: the server fed it to TLS as handshake bytes
    // (Dovecot does), which means it never ran it. Not vulnerable.
    return full === REFUSED ? { result: false } : full;
  }

  /**
   * One connection of the injection test. REFUSED: the handshake after the pipelined STARTTLS was
   * refused (an alert or a hang-up, not text and not silence); what that means depends on the
   * offer (`injectionTest`).
   */
  private async injectionAttempt(
    dialogue: MailDialogue,
    ctx: TlsContext,
    offer: VersionRange | null,
  ): Promise<{ result: boolean | null; untested?: string; tls12?: VersionAnswer } | typeof REFUSED> {
    let open: OpenSession;
    let reply: Awaited<ReturnType<MailDialogue['starttls']>>;
    try {
      open = await this.politely(async () => this.greet(dialogue, await this.connector.connect()));
    } catch (err) {
      return { result: null, untested: untestedReason(err) };
    }
    try {
      const capabilities = await dialogue.capabilities(open.session, open.greeting);
      reply = await dialogue.starttls(open.session, capabilities, true);
    } catch (err) {
      open.socket.destroy();
      return { result: null, untested: untestedReason(err) };
    }
    try {
      // A refusal of the pipelined STARTTLS (or a protocol with no harmless command here) runs
      // nothing inside TLS: not the vulnerability.
      if (!reply?.accepted) {
        if (reply) await dialogue.quit(open.session);
        return { result: null };
      }
      // An answer to the command before the handshake means it ran in plaintext, where it was
      // sent, and it stands where the server's TLS should: what TLS would show stays unknown.
      // That answer may come in the go-ahead's packet or after it; either way it is seen.
      if (open.session.reader.release().length > 0) return { result: null };
      const watch = new FirstRecordWatch(open.socket);
      // tls.connect takes any duplex stream; the watch passes every byte through. The session is
      // wanted for what is said inside it: the certificate was read on the endpoint's own upgrade.
      const outcome = await tlsHandshake(watch as unknown as net.Socket, ctx, { certificate: false, ...(offer ? { versions: offer } : {}) });
      if (!outcome.socket) {
        if (watch.textFirst) return { result: null };
        if (outcome.timedOut) return { result: null, untested: `timeout at handshake (${outcome.error ?? 'no TLS answer'})` };
        return REFUSED;
      }
      // A handshake offering TLS 1.2 alone that completed answers the sweep's TLS 1.2 question.
      const answersTls12 = offer && outcome.version === 'TLSv1.2' ? { tls12: outcome.version } : {};
      open.session.reader = new LineReader(outcome.socket);
      try {
        return { result: await dialogue.injectionAnswer(open.session), ...answersTls12 };
      } catch (err) {
        // Nothing was answered inside TLS, not even our own command: the question is open.
        if (err instanceof ProbeFailure && (err.error.kind === 'timeout' || err.error.kind === 'closed' || err.error.kind === 'reset')) {
          return { result: null, untested: untestedReason(err), ...answersTls12 };
        }
        return { result: null, ...answersTls12 };
      } finally {
        outcome.socket.destroy();
      }
    } catch {
      return { result: null };
    } finally {
      open.socket.destroy();
    }
  }
}

/** The injection test's handshake, where it also asks the sweep's TLS 1.2 question. */
const TLS12_ONLY: VersionRange = { min: 'TLSv1.2', max: 'TLSv1.2' };
const REFUSED = Symbol('refused');

/**
 * The server hung up (a close or a reset: which one the client sees depends on packet timing)
 * before the service said anything: right after accepting, before the greeting, or before any
 * TLS record on implicit TLS. Alone this says nothing about why; see EndpointProbe.markBusy.
 */
function hungUpFirst(e: ProbeError): boolean {
  if (e.kind !== 'closed' && e.kind !== 'reset') return false;
  return e.step === 'greeting' || e.step === 'handshake' || (e.kind === 'reset' && e.step === 'connect');
}

function untestedReason(err: unknown): string {
  // The probe's own cap stopped it, not the server: nothing was turned away.
  if (err instanceof ConnectionBudgetReached) return `${CONNECTION_BUDGET_REACHED} (${MAX_CONNECTIONS_PER_ENDPOINT} connections to this endpoint)`;
  const e = errorOf(err);
  const evidence = err instanceof ProbeFailure && err.evidence ? `: ${err.evidence.split('\n', 1)[0]}` : '';
  return `${e.busy ? TURNED_AWAY : `${e.kind} at ${e.step}`} (${e.message}${evidence})`;
}

function emptyPlaintext(greeting: string): PlaintextFacts {
  return {
    greeting,
    capabilities: [],
    starttls: false,
    authBeforeTls: [],
    loginDisabled: null,
    starttlsReply: null,
    capabilitiesAfterTls: null,
    commandInjection: null,
  };
}

function errorOf(err: unknown): ProbeError {
  if (err instanceof ProbeFailure) return err.error;
  return { kind: 'other', step: 'connect', message: err instanceof Error ? err.message : String(err) };
}

/** Probes one endpoint. Never throws; every socket it opened is destroyed when it returns. */
export async function probeEndpoint(endpoint: Endpoint, options: ProbeOptions): Promise<EndpointFacts> {
  const started = performance.now();
  const facts: EndpointFacts = {
    host: endpoint.host,
    address: endpoint.address,
    port: endpoint.port,
    service: endpoint.service,
    reachable: false,
    durationMs: 0,
    connections: 0,
    error: null,
    plaintext: null,
    tls: null,
    http: null,
  };
  if (endpoint.address === null) {
    facts.error = { kind: 'unresolved', step: 'resolve', message: endpoint.resolveError ?? `${endpoint.host} has no address` };
    return facts;
  }
  let connector: Connector | null = null;
  try {
    connector = new Connector(endpoint.address, endpoint.port, endpoint.settings.timeoutMs);
    await new EndpointProbe(endpoint, connector, options, facts).run();
  } catch (err) {
    facts.error ??= errorOf(err);
  } finally {
    connector?.destroyAll();
  }
  facts.reachable = (connector?.established ?? 0) > 0;
  facts.connections = connector?.connections ?? 0;
  facts.durationMs = Math.round(performance.now() - started);
  return facts;
}

/**
 * Roughly what an endpoint's probe costs, in connections and dialogue: a STARTTLS service speaks
 * its dialogue on each of its connections, implicit TLS handshakes, http asks once, a forbidden
 * service is only connected to.
 */
function connectionsExpected(endpoint: Endpoint): number {
  if (endpoint.address === null || endpoint.expectation === 'forbid') return 0;
  const transport = SERVICES[endpoint.service].transport;
  return transport === 'starttls' ? 3 : transport === 'implicit-tls' ? 2 : 1;
}

/**
 * Probes every endpoint, at most `concurrency` at once overall and `perHost` at once per host name
 * and per address; results come back in the order of the input whatever order they finish in.
 */
export async function probeAll(endpoints: Endpoint[], options: ProbeOptions): Promise<EndpointFacts[]> {
  const overall = new Semaphore(Math.max(1, Math.floor(options.concurrency) || 1));
  const perHostLimit = Math.max(1, Math.floor(options.perHost ?? DEFAULT_PER_HOST) || 1);
  const perName = new Map<string, Semaphore>();
  const perAddress = new Map<string, Semaphore>();
  const slot = (map: Map<string, Semaphore>, key: string): Semaphore => {
    let semaphore = map.get(key);
    if (!semaphore) {
      semaphore = new Semaphore(perHostLimit);
      map.set(key, semaphore);
    }
    return semaphore;
  };
  // Once the first connections are on their way (after this turn of the event loop), the TLS
  // context gets ready while those connections wait on the network.
  if (endpoints.some((e) => e.address !== null && e.expectation === 'require' && SERVICES[e.service].transport !== 'http')) {
    setImmediate(() => prepareSessionContext(options.extraCa, options.trust));
  }
  const results: EndpointFacts[] = new Array<EndpointFacts>(endpoints.length);
  // The queues are first come, first served: endpoints that take the most connections queue
  // first, so that a host's last slot is not left to its slowest endpoint while the others idle.
  const startOrder = endpoints.map((_, i) => i).sort((a, b) => connectionsExpected(endpoints[b]!) - connectionsExpected(endpoints[a]!) || a - b);
  await Promise.all(
    startOrder.map(async (i) => {
      const endpoint = endpoints[i]!;
      const probe = () => overall.run(() => probeEndpoint(endpoint, options));
      // An endpoint with no address opens no connection and waits for nobody. The others take
      // the name's slot, then the address's, then an overall one: always in that order, so no
      // two endpoints can each hold what the other waits for, and one waiting on a busy host
      // holds no overall slot that another host could use.
      const facts =
        endpoint.address === null
          ? await probe()
          : await slot(perName, endpoint.host.toLowerCase()).run(() => slot(perAddress, endpoint.address!).run(probe));
      results[i] = facts;
      try {
        options.onEndpointDone?.(facts);
      } catch {
        // A progress callback's failure is not the probe's.
      }
    }),
  );
  return results;
}
