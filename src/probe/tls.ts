// The TLS half of a probe: wrap a connected plaintext socket in TLS, record what was negotiated
// and what certificate came back, and find out which protocol versions a server accepts while
// spending as few connections as the facts need, each a single ClientHello (client-hello.ts).

import { isIP, type Socket } from 'node:net';
import * as tls from 'node:tls';
import type { CertificateFacts, TlsVersionName } from '../facts/endpoint.js';
import { ProbeFailure } from './failure.js';
import { baseRoots, rootsKey, type TrustSource, trustedRootPems } from './roots.js';
import { ServerHelloReader, type ServerHelloAnswer, clientHello, goodbyeAlerts } from './client-hello.js';
import { TLS_VERSION_ORDER, asTlsVersionName, tlsVersionRank } from '../common/tls-versions.js';

// The certificate parser (and the ASN.1 libraries under it) loads when the first handshake
// starts, not when the process does: a run's first connection goes out without waiting for it.
type CertificateModule = typeof import('./certificate.js');
let certificateModule: Promise<CertificateModule> | undefined;
function loadCertificateModule(): Promise<CertificateModule> {
  return (certificateModule ??= import('./certificate.js'));
}

export interface TlsContext {
  /** The policy host name: sent as SNI unless it is an IP literal, and the name to match. */
  servername: string;
  /** PEM roots trusted in addition to the base roots. */
  extraCa: string[];
  /** The base roots: the system's or node's bundled ones (default system). */
  trust?: TrustSource;
  timeoutMs: number;
  now: Date;
}

export interface HandshakeOutcome {
  /** Open on success; the caller continues the dialogue and destroys it. */
  socket: tls.TLSSocket | null;
  version: TlsVersionName | null;
  cipher: string | null;
  /** Filled whenever a certificate was seen, including when verification failed. */
  certificate: CertificateFacts | null;
  /** Why the handshake failed (null on success). */
  error: string | null;
  /**
   * The deadline passed with the handshake unfinished: the peer does not speak TLS at any
   * pace worth waiting for, so more handshakes (a version sweep) would only wait again.
   */
  timedOut?: boolean;
  /**
   * The peer reset the connection before sending any TLS record (no certificate seen): it
   * turned the connection away rather than failing a negotiation.
   */
  reset?: boolean;
  /**
   * The peer closed the connection cleanly (a FIN) before sending any TLS record: a close before
   * the greeting, which is how busy or rate-limiting servers turn a client away.
   */
  closedEarly?: boolean;
}

export interface VersionRange {
  min: TlsVersionName;
  max: TlsVersionName;
}

/**
 * What the session's handshake offers: what a current client offers. Older versions are only ever
 * asked about by the sweep's ClientHellos (client-hello.ts), never negotiated.
 */
const MODERN: VersionRange = { min: 'TLSv1.2', max: 'TLSv1.3' };

function inVersionRange(version: TlsVersionName, range: VersionRange): boolean {
  return tlsVersionRank(version) >= tlsVersionRank(range.min) && tlsVersionRank(version) <= tlsVersionRank(range.max);
}

/** The SNI name for the policy host: none for an address literal (RFC 6066 §3). */
export function sniName(servername: string): string | null {
  return isIP(servername.replace(/^\[(.*)\]$/, '$1')) === 0 ? servername : null;
}

// Building a context parses every bundled root, so contexts are shared per set of extra roots.
const contextCache = new Map<string, tls.SecureContext>();

/**
 * The context of every connection that verifies its peer (the session's handshake, the MTA-STS
 * policy fetch): the trusted roots parsed once per run, not once per connection.
 */
export function secureContextFor(extraCa: readonly string[], trust: TrustSource | undefined): tls.SecureContext {
  const key = rootsKey(extraCa, trust);
  let context = contextCache.get(key);
  if (!context) {
    context =
      baseRoots(trust).source === 'bundled' && defaultStoreIsBundled()
        ? bundledRootsAnd(extraCa)
        : tls.createSecureContext({
            // Passing `ca` replaces node's roots: the base roots are listed alongside the extras.
            ca: trustedRootPems(extraCa, trust),
            minVersion: MODERN.min,
            maxVersion: MODERN.max,
          });
    contextCache.set(key, context);
  }
  return context;
}

/**
 * Whether node's default store (the one a context built without `ca` uses) holds node's bundled
 * roots and nothing else: NODE_EXTRA_CA_CERTS adds to it, and --use-openssl-ca or --use-system-ca
 * (on the command line or in NODE_OPTIONS) swap it for the system's, as NODE_USE_SYSTEM_CA=1 does
 * on the node versions that know it. Where in doubt, false: the roots are then passed as `ca`.
 */
export function defaultStoreIsBundled(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): boolean {
  if (env.NODE_EXTRA_CA_CERTS || env.NODE_USE_SYSTEM_CA) return false;
  const flags = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  return !flags.some((flag) => /^--use-(openssl|system)-ca$/.test(flag));
}

/**
 * A context trusting node's bundled roots and the extras: node's default store, with the extras
 * added to the context's own copy of it (node copies the shared store before the first addition,
 * so no other context sees them). The same trust as `ca: [...tls.rootCertificates, ...extraCa]`
 * without parsing the 140-odd bundled PEMs again: 17 ms on node 20, most of a one-host check's
 * first handshake. The `addCACert` of the native context is not documented, so where it is
 * missing the roots are passed as `ca` after all.
 */
function bundledRootsAnd(extraCa: readonly string[]): tls.SecureContext {
  const context = tls.createSecureContext({ minVersion: MODERN.min, maxVersion: MODERN.max });
  const native = (context as { context?: { addCACert?: (pem: string) => void } }).context;
  if (typeof native?.addCACert !== 'function') {
    return tls.createSecureContext({ ca: [...tls.rootCertificates, ...extraCa], minVersion: MODERN.min, maxVersion: MODERN.max });
  }
  for (const pem of extraCa) native.addCACert(pem);
  return context;
}

/**
 * Builds the session context before the first handshake needs it: the trusted roots are parsed
 * for it (17 ms on node 20, where node's root store is built on first use; 4 ms on node 24 with a
 * system store), and begun while the first connections wait for their SYN-ACK and greeting, that
 * time is spent under the network's round trips instead of after them. The certificate parser
 * still waits for the first handshake: a run that reads no certificate never loads it. Never
 * throws: a context that cannot be built fails again, and is reported, at the handshake.
 */
export function prepareSessionContext(extraCa: readonly string[], trust: TrustSource | undefined): void {
  try {
    secureContextFor(extraCa, trust);
  } catch {
    // The handshake builds it again and reports why it cannot.
  }
}

/**
 * The TLS 1.2 suites a certificate-less handshake offers when it offers TLS 1.2 alone (the
 * injection test's, answering the sweep's TLS 1.2 question too), by OpenSSL name and IANA code:
 * spelled out, so that what node really puts in that hello can be checked against it.
 */
export const TLS12_ONLY_SUITES: readonly (readonly [string, number])[] = [
  ['ECDHE-ECDSA-AES128-GCM-SHA256', 0xc02b],
  ['ECDHE-RSA-AES128-GCM-SHA256', 0xc02f],
  ['ECDHE-ECDSA-AES256-GCM-SHA384', 0xc02c],
  ['ECDHE-RSA-AES256-GCM-SHA384', 0xc030],
  ['ECDHE-ECDSA-CHACHA20-POLY1305', 0xcca9],
  ['ECDHE-RSA-CHACHA20-POLY1305', 0xcca8],
  ['DHE-RSA-AES128-GCM-SHA256', 0x009e],
  ['DHE-RSA-AES256-GCM-SHA384', 0x009f],
  ['DHE-RSA-CHACHA20-POLY1305', 0xccaa],
  ['ECDHE-ECDSA-AES128-SHA256', 0xc023],
  ['ECDHE-RSA-AES128-SHA256', 0xc027],
  ['ECDHE-ECDSA-AES256-SHA384', 0xc024],
  ['ECDHE-RSA-AES256-SHA384', 0xc028],
  ['DHE-RSA-AES128-SHA256', 0x0067],
  ['DHE-RSA-AES256-SHA256', 0x006b],
  ['ECDHE-ECDSA-AES128-SHA', 0xc009],
  ['ECDHE-RSA-AES128-SHA', 0xc013],
  ['ECDHE-ECDSA-AES256-SHA', 0xc00a],
  ['ECDHE-RSA-AES256-SHA', 0xc014],
  ['DHE-RSA-AES128-SHA', 0x0033],
  ['DHE-RSA-AES256-SHA', 0x0039],
  ['AES128-GCM-SHA256', 0x009c],
  ['AES256-GCM-SHA384', 0x009d],
  ['AES128-SHA256', 0x003c],
  ['AES256-SHA256', 0x003d],
  ['AES128-SHA', 0x002f],
  ['AES256-SHA', 0x0035],
];

const untrusting = new Map<string, tls.SecureContext>();

/**
 * A context that trusts no root at all, for a handshake whose certificate nobody reads (the
 * injection test's): no chain can verify, so node neither builds the peer's certificate chain as
 * JavaScript objects nor runs the identity check, which is most of a client's handshake cost.
 * One per range of versions offered.
 */
function untrustingContext(range: VersionRange): tls.SecureContext {
  const key = `${range.min}-${range.max}`;
  let context = untrusting.get(key);
  if (!context) {
    const tls12Alone = range.min === 'TLSv1.2' && range.max === 'TLSv1.2';
    context = tls.createSecureContext({
      ca: [],
      minVersion: range.min as tls.SecureVersion,
      maxVersion: range.max as tls.SecureVersion,
      ...(tls12Alone ? { ciphers: TLS12_ONLY_SUITES.map(([name]) => name).join(':') } : {}),
    });
    untrusting.set(key, context);
  }
  return context;
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // OpenSSL's own message carries an error-queue prefix and a source file path; its short
  // reason ("wrong version number", "tlsv1 alert protocol version") is what a reader needs.
  const { code, reason } = err as Error & { code?: string; reason?: string };
  const text = (reason ?? err.message).trim();
  return code && !text.includes(code) ? `${code}: ${text}` : text;
}

function handshake(raw: Socket, ctx: TlsContext, describe: CertificateModule['peerCertificateFacts'] | null, offer: VersionRange = MODERN): Promise<HandshakeOutcome> {
  return new Promise((resolve) => {
    const failed = (error: string, certificate: CertificateFacts | null = null): HandshakeOutcome => ({
      socket: null,
      version: null,
      cipher: null,
      certificate,
      error,
    });
    if (raw.destroyed || !raw.writable) {
      raw.destroy();
      resolve({ ...failed('the connection was closed before the TLS handshake'), closedEarly: true });
      return;
    }

    const servername = sniName(ctx.servername);
    // The peer certificate as node reads it for the identity check of a chain that verified:
    // kept, so that the facts are built from it rather than from a second read.
    let presented: tls.PeerCertificate | undefined;
    let socket: tls.TLSSocket;
    try {
      socket = tls.connect({
        socket: raw,
        ...(servername === null ? {} : { servername }),
        secureContext: describe === null ? untrustingContext(offer) : secureContextFor(ctx.extraCa, ctx.trust),
        // Trust and names are judged from the facts (certificate.ts), so the handshake goes on
        // whatever the chain looks like and the certificate is always recorded.
        rejectUnauthorized: false,
        checkServerIdentity: (_host, cert) => {
          presented = cert;
          return undefined;
        },
      });
    } catch (err) {
      raw.destroy();
      resolve(failed(describeError(err)));
      return;
    }

    let settled = false;
    const settle = (outcome: HandshakeOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      socket.removeListener('secureConnect', onSecure);
      socket.removeListener('close', onClose);
      resolve(outcome);
    };
    const certificateNow = () =>
      describe === null
        ? null
        : safely(() =>
            describe(socket, { host: ctx.servername, now: ctx.now, extraCa: ctx.extraCa, trust: ctx.trust }, presented as tls.DetailedPeerCertificate | undefined),
          );
    const fail = (error: string, timedOut = false) => {
      if (settled) return;
      // The peer may have sent its certificate before the handshake broke down.
      const certificate = certificateNow();
      socket.destroy();
      raw.destroy();
      settle(timedOut ? { ...failed(error, certificate), timedOut } : failed(error, certificate));
    };
    const onSecure = () => {
      settle({
        socket,
        version: asTlsVersionName(socket.getProtocol()),
        cipher: socket.getCipher()?.name ?? null,
        certificate: certificateNow(),
        error: null,
      });
    };
    const onClose = () => {
      if (settled || socket.bytesRead !== 0) return fail('the connection closed during the TLS handshake');
      socket.destroy();
      raw.destroy();
      settle({ ...failed('the connection was closed before any TLS record was received'), closedEarly: true });
    };

    const deadline = setTimeout(
      () => fail(`timeout: the TLS handshake did not complete within ${ctx.timeoutMs} ms`, true),
      ctx.timeoutMs,
    );
    socket.once('secureConnect', onSecure);
    socket.once('close', onClose);
    // Stays attached after success: a late reset must never become an uncaught exception, and
    // the caller's own listeners still see every error.
    socket.on('error', (err) => {
      const { code, syscall } = err as NodeJS.ErrnoException;
      if (code !== 'ECONNRESET' || socket.bytesRead !== 0) return fail(describeError(err));
      if (settled) return;
      socket.destroy();
      raw.destroy();
      // A real RST comes from a read (`syscall: 'read'`). Node reports a clean close (FIN) before
      // the handshake as a synthetic ECONNRESET ("Client network socket disconnected before
      // secure TLS connection was established") with no syscall: that is a close, not a reset.
      if (syscall === 'read') settle({ ...failed(describeError(err)), reset: true });
      else settle({ ...failed('the connection was closed before any TLS record was received'), closedEarly: true });
    });
  });
}

function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * Wrap an already-connected plaintext socket in TLS (a fresh TCP connection for implicit TLS, or
 * one whose STARTTLS was just accepted). Never rejects; on failure the socket is destroyed.
 * `certificate: false`: a session wanted only for what is said inside it (the injection test);
 * its certificate is neither verified nor read, and the outcome carries none. Such a session may
 * offer a narrower range of modern versions (`versions`), so that it also answers a version
 * question of the sweep; a certificate-reading handshake always offers what a current client does.
 */
export async function tlsHandshake(raw: Socket, ctx: TlsContext, options: { certificate?: boolean; versions?: VersionRange } = {}): Promise<HandshakeOutcome> {
  if (options.certificate === false) return handshake(raw, ctx, null, options.versions);
  const { peerCertificateFacts } = await loadCertificateModule();
  return handshake(raw, ctx, peerCertificateFacts);
}

/**
 * What one version question came to: the version the server chose, null for a refusal (an
 * alert, a close, a reset, an answer outside the offer or not TLS at all), or `untested` with
 * why there was no answer: no connection for the question could be had, or the server said
 * nothing conclusive before the deadline. Silence is no refusal: a slow or rate-limiting server
 * is not one that turned the version down.
 */
export type VersionAnswer = TlsVersionName | null | { untested: unknown };

/** How long a version question waits for the server to close after our goodbye. */
const LINGER_MS = 1000;

/**
 * Asks a connected socket's server which version it picks from `versions`: one ClientHello, the
 * first message of the answer, then goodbye alerts and a close. Never rejects, and resolves once
 * the socket is closed, so that an endpoint's connections stay one after another. Null: no
 * version in the range (an alert, a close, a reset, or something that is not TLS); `untested`
 * when the deadline passed without an answer.
 */
export async function askVersion(raw: Socket, ctx: TlsContext, versions: VersionRange): Promise<VersionAnswer> {
  const answer = await askHello(raw, ctx, clientHello({ ...versions, servername: sniName(ctx.servername) }), new ServerHelloReader());
  if (answer === null || 'untested' in answer) return answer;
  // A server answering outside the offered range would be a broken peer; do not count it.
  return answer.version !== null && inVersionRange(answer.version, versions) ? answer.version : null;
}

/**
 * Sends one ClientHello on a connected socket and reads the server's answer with `reader`: the
 * ServerHello (and what the reader reads after it), then goodbye alerts and a close. Never
 * rejects, and resolves once the socket is closed. Null: a refusal (an alert, a close, a reset,
 * or something that is not TLS); `untested` when the deadline passed without an answer. A close
 * or the deadline after a ServerHello, while the reader reads on, leaves that ServerHello.
 */
export function askHello(raw: Socket, ctx: TlsContext, hello: Buffer, reader: ServerHelloReader): Promise<ServerHelloAnswer | null | { untested: unknown }> {
  return new Promise((resolve) => {
    let answered = false;
    const stopListening = () => {
      answered = true;
      clearTimeout(deadline);
      raw.off('data', onData);
      raw.off('close', onEnd);
      raw.off('end', onEnd);
      raw.off('error', onEnd);
    };
    const onData = (chunk: Buffer) => {
      const answer = reader.push(chunk);
      if (!answer) return;
      if (answer.kind !== 'server-hello') return onEnd();
      stopListening();
      leave(answer);
    };
    // The server is waiting for the rest of our handshake: tell it we are leaving, and close once
    // it has closed too (or after a moment). What it still sends is read and dropped, so that the
    // close is a FIN and not a reset for unread data.
    const leave = (answer: ServerHelloAnswer) => {
      const linger = setTimeout(() => raw.destroy(), Math.min(ctx.timeoutMs, LINGER_MS));
      raw.on('data', () => undefined);
      raw.on('error', () => raw.destroy());
      raw.once('end', () => raw.destroy());
      raw.once('close', () => {
        clearTimeout(linger);
        resolve(answer);
      });
      raw.end(goodbyeAlerts(answer.version));
    };
    // A ServerHello already read while the reader read on for the key exchange is the answer,
    // whatever ends the connection after it: the server chose its suite.
    const onEnd = () => {
      if (answered) return;
      stopListening();
      raw.destroy();
      resolve(reader.cutShort('the connection closed after the ServerHello'));
    };
    const onDeadline = () => {
      if (answered) return;
      stopListening();
      raw.destroy();
      resolve(
        reader.cutShort(`no ServerKeyExchange within ${ctx.timeoutMs} ms`) ?? {
          untested: new ProbeFailure('timeout', 'handshake', `no answer to the ClientHello within ${ctx.timeoutMs} ms`),
        },
      );
    };
    const deadline = setTimeout(onDeadline, ctx.timeoutMs);
    raw.on('data', onData);
    // A socket handed over after STARTTLS was paused by its line reader.
    raw.resume();
    raw.once('end', onEnd);
    raw.once('close', onEnd);
    raw.once('error', onEnd);
    if (raw.destroyed || !raw.writable) return onEnd();
    try {
      raw.write(hello);
    } catch {
      onEnd();
    }
  });
}

/**
 * Does the server accept a version within `versions`, and which?
 * `untested` when no connection ready for the question could be had (the server turned it away,
 * or it could not be opened): that says nothing about the versions.
 */
async function tryVersions(openReady: () => Promise<Socket>, ctx: TlsContext, versions: VersionRange): Promise<VersionAnswer> {
  let raw: Socket;
  try {
    raw = await openReady();
  } catch (err) {
    return { untested: err };
  }
  return askVersion(raw, ctx, versions);
}

export interface SweepOutcome {
  /** Versions a server chose in its ServerHello when asked, ascending. */
  accepted: TlsVersionName[];
  /**
   * Versions the sweep could not test, ascending: no connection for them was had, or their
   * question got no answer before the deadline.
   */
  untested: TlsVersionName[];
  /** Why: what opening the connection threw (or the unanswered question), with the versions it left untested. */
  untestedBecause: { versions: TlsVersionName[]; error: unknown }[];
}

/**
 * Which TLS versions the server accepts, ascending. `negotiated` is what the main handshake (a
 * modern client offering 1.2–1.3) agreed on, so servers are assumed to pick the highest version
 * both sides offer: a server that chose 1.2 has no 1.3, one that chose 1.1 from a 1.0–1.1 offer
 * is asked about 1.0 alone. A modern server costs two extra connections, a legacy one three.
 * What the sweep could not find out is kept apart from what it found: a connection that was
 * turned away, or a question that got no answer in time, leaves its versions untested, never
 * "not accepted". `answered`: single-version questions already answered for this endpoint (the
 * TLS 1.2 one, by the injection test's handshake offering TLS 1.2 alone, or asked on its own
 * there with the sweep's own ClientHello; on implicit TLS, by a ServerHello at TLS 1.2 to the
 * first cipher question): they are not asked again.
 */
export async function sweepTls(
  openReady: () => Promise<Socket>,
  ctx: TlsContext,
  negotiated: TlsVersionName | null,
  answered: Partial<Record<TlsVersionName, VersionAnswer>> = {},
): Promise<SweepOutcome> {
  const accepted = new Set<TlsVersionName>();
  const untested = new Set<TlsVersionName>();
  const untestedBecause: SweepOutcome['untestedBecause'] = [];
  const only = (v: TlsVersionName): VersionRange => ({ min: v, max: v });
  const attempt = async (range: VersionRange, known?: VersionAnswer): Promise<TlsVersionName | null> => {
    const v = known !== undefined ? known : await tryVersions(openReady, ctx, range);
    if (v !== null && typeof v === 'object') {
      const versions = TLS_VERSION_ORDER.filter((version) => inVersionRange(version, range));
      for (const version of versions) untested.add(version);
      untestedBecause.push({ versions, error: v.untested });
      return null;
    }
    if (v) accepted.add(v);
    return v;
  };
  if (negotiated) accepted.add(negotiated);
  const ask = (version: TlsVersionName) => (accepted.has(version) ? Promise.resolve(version) : attempt(only(version), answered[version]));

  if (negotiated === null) {
    // Nothing is known: ask for each modern version on its own.
    await ask('TLSv1.3');
    await ask('TLSv1.2');
  } else if (negotiated === 'TLSv1.3') {
    await ask('TLSv1.2');
  }

  if (negotiated === 'TLSv1.1') {
    await attempt(only('TLSv1'));
  } else if (negotiated !== 'TLSv1') {
    const legacy = await attempt({ min: 'TLSv1', max: 'TLSv1.1' });
    if (legacy === 'TLSv1.1') await attempt(only('TLSv1'));
  }

  return {
    accepted: TLS_VERSION_ORDER.filter((v) => accepted.has(v)),
    untested: TLS_VERSION_ORDER.filter((v) => untested.has(v) && !accepted.has(v)),
    untestedBecause: untestedBecause
      .map(({ versions, error }) => ({ versions: versions.filter((v) => !accepted.has(v)), error }))
      .filter(({ versions }) => versions.length > 0),
  };
}
