// Mail fixture servers on 127.0.0.1: real SMTP, IMAP, POP3 and ManageSieve over node:net, with a
// real STARTTLS upgrade, in the good and the bad shapes the rules care about. The tests probe
// them and the `demo` command runs them, so they ship with the tool.
import net from 'node:net';
import tls from 'node:tls';
import type { Pem } from './certificates.js';
import { closeDestroyingAll, listenOnLoopback } from './loopback.js';

export type MailProtocol = 'smtp' | 'imap' | 'pop3' | 'managesieve';

export interface MailServerOptions {
  protocol: MailProtocol;
  /** Served for STARTTLS and implicit TLS. Without it STARTTLS is neither offered nor possible. */
  pem?: Pem;
  minVersion?: tls.SecureVersion;
  maxVersion?: tls.SecureVersion;
  /** An OpenSSL cipher list for TLS 1.2 and below (a legacy fixture gets DEFAULT@SECLEVEL=0 without one). */
  ciphers?: string;
  /** DH parameters (PEM) for DHE and anonymous DH suites. */
  dhparam?: string;
  /** offer (the default with a pem); absent: never advertised or accepted; refuse: advertised, answered with an error. */
  starttls?: 'offer' | 'absent' | 'refuse';
  /** Offer authentication before TLS: SASL PLAIN and LOGIN, and IMAP LOGIN / POP3 USER in the clear. */
  authBeforeTls?: boolean;
  /**
   * What becomes of plaintext a client pipelined after STARTTLS:
   * - `clean` throws it away (what RFC 3207 §4.2 asks, and Postfix does);
   * - `vulnerable` runs it inside TLS (CVE-2011-0411);
   * - `twice-inside` runs it twice inside TLS;
   * - `fed-to-tls` hands it to TLS as the first handshake bytes, which fails (Dovecot 2.3 does);
   * - `before-tls` answers it in plaintext after the go-ahead, then starts TLS;
   * - `before-and-inside` answers it in plaintext and runs it again inside TLS.
   */
  injection?: 'clean' | 'vulnerable' | 'twice-inside' | 'fed-to-tls' | 'before-tls' | 'before-and-inside';
  /** What was carried into TLS (`vulnerable`, `twice-inside`) runs this long after the handshake: a slow server. */
  carriedRunsAfterMs?: number;
  /**
   * With `before-tls` and `before-and-inside`: the plaintext answer goes out this long after the
   * go-ahead, in a packet of its own. Without it, in the go-ahead's own write.
   */
  plaintextAnswerDelayMs?: number;
  /** Greet inside TLS, as submissions / imaps / pop3s do. Needs a pem. */
  implicitTls?: boolean;
  /** Replaces the protocol's greeting (busy, garbage, …); sent as is. */
  rawGreeting?: string | Buffer;
  /** Once TLS is up after STARTTLS: read and never answer (`silent`), or hang up (`close`). */
  insideTls?: 'silent' | 'close';
  /** ManageSieve only: answer NOOP without the TAG response code RFC 5804 §2.13 asks for. */
  dropNoopTag?: boolean;
  /** ManageSieve only: skip the capabilities RFC 5804 §2.2 says to send after STARTTLS (as some servers do). */
  silentAfterUpgrade?: boolean;
  /**
   * After STARTTLS, sign TLS 1.2 key exchanges with SHA-1 only, as old servers do: a ClientHello
   * that offers nothing above TLS 1.2 and no rsa_pkcs1_sha1 signature gets a handshake_failure
   * alert. Node's TLS server cannot be told this, so the hello is read before TLS starts.
   */
  tls12SignsWithSha1Only?: boolean;
  /** Wait this long before greeting (as tarpits and busy servers do). */
  greetingDelayMs?: number;
  /** Hang up on a client that sends anything before the greeting (Exim's "synchronization error"). */
  dropEarlyTalkers?: boolean;
  /**
   * Asked once per session, before greeting: true turns the client away with the protocol's
   * "busy" greeting (SMTP 421, IMAP * BYE, POP3 -ERR, ManageSieve BYE) and a close. For rate
   * limits and overload in tests.
   */
  turnAway?: () => boolean;
}

/** What one client session did, as this server saw it. */
export interface ServerSession {
  /** Every command line received, in order, before and after STARTTLS. */
  commands: string[];
  /** Turned away with the busy greeting. */
  turnedAway: boolean;
  /** Spoke before the greeting (and was dropped, with dropEarlyTalkers). */
  spokeEarly: boolean;
}

export interface MailServer {
  address: string;
  port: number;
  /** TCP connections accepted so far. */
  readonly accepted: number;
  /** Connections open right now, as this server sees them. */
  readonly open: number;
  /** Most connections open at one time so far. */
  readonly peak: number;
  /** Every session that reached the greeting stage (for implicit TLS: the TLS handshake), in order. */
  readonly sessions: readonly ServerSession[];
  close(): Promise<void>;
}

interface SessionState {
  secure: boolean;
  options: MailServerOptions;
}

interface Answer {
  lines: string[];
  then?: 'starttls' | 'close';
}

/** One protocol's server side: what it says first, and how it answers a command line. */
interface ServerProtocol {
  greeting(state: SessionState): string[];
  answer(line: string, state: SessionState): Answer;
  /** What it says unasked once TLS is up (ManageSieve re-sends its capabilities). */
  afterUpgrade(state: SessionState): string[];
}

const NAME = 'fixture.mail-tls-gate.test';

function offersStarttls(state: SessionState): boolean {
  return !state.secure && state.options.starttls !== 'absent' && (state.options.pem !== undefined || state.options.starttls === 'refuse');
}

function offersAuth(state: SessionState): boolean {
  return state.secure || state.options.authBeforeTls === true;
}

/** STARTTLS asked for: go ahead, refuse, or not known, each in the protocol's own words. */
function starttlsAnswer(state: SessionState, words: { go: string; refuse: string; unknown: string }): Answer {
  if (state.secure || state.options.starttls === 'absent') return { lines: [words.unknown] };
  if (state.options.starttls === 'refuse' || state.options.pem === undefined) return { lines: [words.refuse] };
  return { lines: [words.go], then: 'starttls' };
}

const smtp: ServerProtocol = {
  greeting: () => [`220-${NAME} ESMTP fixture`, `220 ${NAME} ready`],
  answer(line, state) {
    const verb = (line.split(' ', 1)[0] ?? '').toUpperCase();
    switch (verb) {
      case 'EHLO': {
        const caps = ['PIPELINING', 'SIZE 10240000', ...(offersStarttls(state) ? ['STARTTLS'] : []), ...(offersAuth(state) ? ['AUTH PLAIN LOGIN'] : []), '8BITMIME'];
        return { lines: [NAME, ...caps].map((text, i, all) => `250${i === all.length - 1 ? ' ' : '-'}${text}`) };
      }
      case 'HELO':
        return { lines: [`250 ${NAME}`] };
      case 'STARTTLS':
        return starttlsAnswer(state, { go: '220 2.0.0 Ready to start TLS', refuse: '454 4.7.0 TLS not available due to temporary reason', unknown: '502 5.5.1 Command not implemented' });
      case 'NOOP':
        return { lines: ['250 2.0.0 OK'] };
      case 'QUIT':
        return { lines: ['221 2.0.0 Bye'], then: 'close' };
      default:
        return { lines: ['500 5.5.2 Command not recognised'] };
    }
  },
  afterUpgrade: () => [],
};

function imapCapabilities(state: SessionState): string {
  const caps = ['IMAP4rev1', 'LITERAL+', 'ID'];
  if (offersStarttls(state)) caps.push('STARTTLS');
  if (offersAuth(state)) caps.push('AUTH=PLAIN', 'AUTH=LOGIN');
  else caps.push('LOGINDISABLED');
  return caps.join(' ');
}

const imap: ServerProtocol = {
  greeting: (state) => [`* OK [CAPABILITY ${imapCapabilities(state)}] ${NAME} IMAP fixture ready`],
  answer(line, state) {
    const [tag = '*', verb = ''] = line.split(' ');
    switch (verb.toUpperCase()) {
      case 'CAPABILITY':
        return { lines: [`* CAPABILITY ${imapCapabilities(state)}`, `${tag} OK CAPABILITY completed`] };
      case 'STARTTLS':
        return starttlsAnswer(state, { go: `${tag} OK Begin TLS negotiation now`, refuse: `${tag} NO TLS not available`, unknown: `${tag} BAD Unknown command` });
      case 'NOOP':
        return { lines: [`${tag} OK NOOP completed`] };
      case 'LOGOUT':
        return { lines: ['* BYE Logging out', `${tag} OK LOGOUT completed`], then: 'close' };
      default:
        return { lines: [`${tag} BAD Unknown command`] };
    }
  },
  afterUpgrade: () => [],
};

const pop3: ServerProtocol = {
  greeting: () => [`+OK ${NAME} POP3 fixture ready`],
  answer(line, state) {
    switch ((line.split(' ', 1)[0] ?? '').toUpperCase()) {
      case 'CAPA': {
        const caps = ['TOP', 'UIDL', 'RESP-CODES'];
        if (offersStarttls(state)) caps.push('STLS');
        if (offersAuth(state)) caps.push('USER', 'SASL PLAIN LOGIN');
        return { lines: ['+OK Capability list follows', ...caps, '.'] };
      }
      case 'STLS':
        return starttlsAnswer(state, { go: '+OK Begin TLS negotiation', refuse: '-ERR TLS not available', unknown: '-ERR Unknown command' });
      case 'NOOP':
        // RFC 1939 allows NOOP only once logged in; the answer still shows it was read.
        return { lines: ['-ERR Not logged in'] };
      case 'QUIT':
        return { lines: ['+OK Bye'], then: 'close' };
      default:
        return { lines: ['-ERR Unknown command'] };
    }
  },
  afterUpgrade: () => [],
};

function sieveCapabilities(state: SessionState): string[] {
  return [
    '"IMPLEMENTATION" "mail-tls-gate fixture"',
    `"SASL" "${offersAuth(state) ? 'PLAIN LOGIN' : ''}"`,
    '"SIEVE" "fileinto reject envelope"',
    ...(offersStarttls(state) ? ['"STARTTLS"'] : []),
    '"VERSION" "1.0"',
    'OK "ManageSieve fixture ready"',
  ];
}

const managesieve: ServerProtocol = {
  greeting: sieveCapabilities,
  answer(line, state) {
    switch ((line.split(' ', 1)[0] ?? '').toUpperCase()) {
      case 'CAPABILITY':
        return { lines: sieveCapabilities(state) };
      case 'STARTTLS':
        return starttlsAnswer(state, { go: 'OK "Begin TLS negotiation now"', refuse: 'NO "TLS not available"', unknown: 'NO "Unknown command"' });
      case 'NOOP': {
        // RFC 5804 §2.13: a NOOP with a string has it echoed in a TAG response code.
        const tag = state.options.dropNoopTag ? undefined : /^NOOP\s+("(?:[^"\\]|\\.)*")/i.exec(line)?.[1];
        return { lines: [tag ? `OK (TAG ${tag}) "Done"` : 'OK "NOOP completed"'] };
      }
      case 'LOGOUT':
        return { lines: ['OK "Bye"'], then: 'close' };
      default:
        return { lines: ['NO "Unknown command"'] };
    }
  },
  // RFC 5804 §2.2: after a successful STARTTLS the server sends its capabilities again.
  afterUpgrade: sieveCapabilities,
};

const PROTOCOLS: Readonly<Record<MailProtocol, ServerProtocol>> = { smtp, imap, pop3, managesieve };

const BUSY_GREETING: Readonly<Record<MailProtocol, string>> = {
  smtp: '421 4.7.0 fixture: too many connections from your address, try again later',
  imap: '* BYE too many connections from your address',
  pop3: '-ERR [SYS/TEMP] too many connections from your address',
  managesieve: 'BYE "too many connections from your address"',
};

function tlsOptions(options: MailServerOptions): tls.SecureContextOptions | null {
  if (!options.pem) return null;
  const old = options.minVersion === 'TLSv1' || options.minVersion === 'TLSv1.1';
  return {
    cert: options.pem.cert,
    key: options.pem.key,
    minVersion: options.minVersion ?? 'TLSv1.2',
    maxVersion: options.maxVersion ?? 'TLSv1.3',
    // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; a legacy fixture must lower it.
    ...(options.ciphers ? { ciphers: options.ciphers } : old ? { ciphers: 'DEFAULT@SECLEVEL=0' } : {}),
    ...(options.dhparam ? { dhparam: options.dhparam } : {}),
  };
}

const RSA_PKCS1_SHA1 = 0x0201;
const TLS13 = 0x0304;
const HANDSHAKE_FAILURE_ALERT = Buffer.from([21, 3, 3, 0, 2, 2, 40]);

/**
 * Reads the first TLS record off `socket` and, when it is a ClientHello a SHA-1-only server could
 * not serve at TLS 1.2 (`tls12SignsWithSha1Only`), refuses it with an alert; otherwise puts it
 * back and lets TLS start. Anything that is not a whole handshake record goes to TLS as it is.
 */
function screenHello(socket: net.Socket, proceed: () => void): void {
  let got = Buffer.alloc(0);
  const onData = (chunk: Buffer) => {
    got = Buffer.concat([got, chunk]);
    if (got[0] === 22 && (got.length < 5 || got.length < 5 + got.readUInt16BE(3))) return;
    socket.off('data', onData);
    socket.pause();
    if (needsSha1Signature(got)) {
      socket.end(HANDSHAKE_FAILURE_ALERT);
      return;
    }
    socket.unshift(got);
    proceed();
  };
  socket.on('data', onData);
  socket.resume();
}

/** A ClientHello offering nothing above TLS 1.2 whose signature algorithms leave out rsa_pkcs1_sha1. */
function needsSha1Signature(record: Buffer): boolean {
  try {
    if (record[0] !== 22 || record[5] !== 1) return false;
    let at = 5 + 4 + 2 + 32;
    at += 1 + record[at]!;
    at += 2 + record.readUInt16BE(at);
    at += 1 + record[at]!;
    const end = at + 2 + record.readUInt16BE(at);
    let schemes: number[] = [];
    for (at += 2; at + 4 <= end; at += 4 + record.readUInt16BE(at + 2)) {
      const type = record.readUInt16BE(at);
      const data = record.subarray(at + 4, at + 4 + record.readUInt16BE(at + 2));
      const list = (from: number) => Array.from({ length: (data.length - from) >> 1 }, (_, i) => data.readUInt16BE(from + 2 * i));
      if (type === 43 && list(1).includes(TLS13)) return false;
      if (type === 13) schemes = list(2);
    }
    return record.readUInt16BE(9) === 0x0303 && !schemes.includes(RSA_PKCS1_SHA1);
  } catch {
    return false;
  }
}

/** Runs one client session on a stream, upgrading it in place on STARTTLS. */
function serve(
  stream: net.Socket,
  secure: boolean,
  options: MailServerOptions,
  context: tls.SecureContext | null,
  track: (s: net.Socket) => void,
  record: ServerSession,
): void {
  const protocol = PROTOCOLS[options.protocol];
  const state: SessionState = { secure, options };
  let current: net.Socket = stream;
  let pending = '';
  let busy = false;
  let greeted = false;

  const send = (lines: string[]) => {
    if (lines.length > 0) current.write(lines.map((l) => `${l}\r\n`).join(''), 'latin1');
  };

  /** Answers every whole line in `pending`, in order, and returns the answers (a close or an upgrade they ask for is not done). */
  const answerPending = (): string[] => {
    const lines: string[] = [];
    for (let lf = pending.indexOf('\n'); lf !== -1; lf = pending.indexOf('\n')) {
      const line = pending.slice(0, lf).replace(/\r$/, '');
      pending = pending.slice(lf + 1);
      record.commands.push(line);
      lines.push(...protocol.answer(line, state).lines);
    }
    return lines;
  };

  const drain = () => {
    if (busy) return;
    for (let lf = pending.indexOf('\n'); lf !== -1; lf = pending.indexOf('\n')) {
      const line = pending.slice(0, lf).replace(/\r$/, '');
      pending = pending.slice(lf + 1);
      record.commands.push(line);
      const answer = protocol.answer(line, state);
      if (answer.then === 'starttls' && context) {
        goAhead(answer.lines);
        return;
      }
      send(answer.lines);
      if (answer.then === 'close') {
        current.end();
        return;
      }
    }
  };

  /** STARTTLS accepted: the go-ahead, whatever the injection mode says of the pipelined rest. */
  const goAhead = (lines: string[]) => {
    busy = true;
    const mode = options.injection ?? 'clean';
    if (mode !== 'before-tls' && mode !== 'before-and-inside') {
      send(lines);
      upgrade();
      return;
    }
    // Nothing more is read in plaintext: the client's ClientHello waits for the TLS layer.
    current.off('data', onData);
    current.pause();
    const carried = pending;
    const early = answerPending();
    if (mode === 'before-and-inside') pending = carried;
    if (!options.plaintextAnswerDelayMs) {
      send([...lines, ...early]);
      upgrade();
      return;
    }
    send(lines);
    setTimeout(() => {
      if (current.destroyed) return;
      send(early);
      upgrade();
    }, options.plaintextAnswerDelayMs);
  };

  const onData = (chunk: Buffer) => {
    if (!greeted) {
      record.spokeEarly = true;
      if (options.dropEarlyTalkers) {
        current.end('554 5.5.0 SMTP synchronization error\r\n');
        current.destroy();
        return;
      }
    }
    pending += chunk.toString('latin1');
    if (greeted) drain();
  };

  const upgrade = () => {
    busy = true;
    current.off('data', onData);
    // Whatever the client sent after STARTTLS is still in `pending`: a careful server drops
    // it, a vulnerable one carries it across into the TLS session.
    const mode = options.injection ?? 'clean';
    const carried = mode === 'vulnerable' || mode === 'before-and-inside' ? pending : mode === 'twice-inside' ? pending + pending : '';
    // Node's TLS layer takes bytes already read from the socket as the first handshake bytes
    // (paused first, or the stream would hand them to no one before TLS reads them).
    if (mode === 'fed-to-tls' && pending.length > 0) {
      current.pause();
      current.unshift(Buffer.from(pending, 'latin1'));
    }
    pending = '';
    if (options.tls12SignsWithSha1Only) screenHello(current, () => startTls(carried));
    else startTls(carried);
  };

  const startTls = (carried: string) => {
    const secured = new tls.TLSSocket(current, { isServer: true, secureContext: context! });
    track(secured);
    secured.on('error', () => secured.destroy());
    secured.once('secure', () => {
      state.secure = true;
      current = secured;
      if (options.insideTls === 'close') {
        secured.end();
        return;
      }
      if (options.insideTls === 'silent') {
        secured.resume();
        return;
      }
      if (!options.silentAfterUpgrade) send(protocol.afterUpgrade(state));
      pending = carried;
      secured.on('data', onData);
      const resume = () => {
        busy = false;
        drain();
      };
      // A slow server runs what it carried late, and whatever it reads meanwhile after it.
      if (carried && options.carriedRunsAfterMs) setTimeout(resume, options.carriedRunsAfterMs);
      else resume();
    });
  };

  current.on('data', onData);
  const greet = () => {
    if (current.destroyed) return;
    greeted = true;
    if (options.turnAway?.()) {
      record.turnedAway = true;
      current.end(`${BUSY_GREETING[options.protocol]}\r\n`, 'latin1');
      return;
    }
    if (options.rawGreeting !== undefined) current.write(options.rawGreeting);
    else send(protocol.greeting(state));
    drain();
  };
  if (options.greetingDelayMs) setTimeout(greet, options.greetingDelayMs).unref();
  else greet();
}

export async function startMailServer(options: MailServerOptions): Promise<MailServer> {
  const secure = tlsOptions(options);
  const context = secure ? tls.createSecureContext(secure) : null;
  if (options.implicitTls && !secure) throw new Error('an implicit-TLS fixture needs a certificate');
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  let accepted = 0;
  let peak = 0;
  const sessions: ServerSession[] = [];
  const begin = (): ServerSession => {
    const session: ServerSession = { commands: [], turnedAway: false, spokeEarly: false };
    sessions.push(session);
    return session;
  };
  const connections = new Set<net.Socket>();
  const server: net.Server = options.implicitTls
    ? tls.createServer(secure!, (socket) => serve(socket, true, options, context, track, begin()))
    : net.createServer((socket) => serve(socket, false, options, context, track, begin()));
  server.on('connection', (socket: net.Socket) => {
    accepted += 1;
    track(socket);
    connections.add(socket);
    peak = Math.max(peak, connections.size);
    socket.on('close', () => connections.delete(socket));
  });
  // A handshake a client abandons is routine here (version sweeps); it must not crash the server.
  server.on('tlsClientError', (_err: Error, socket: net.Socket) => socket.destroy());
  const { port } = await listenOnLoopback(server);
  return {
    address: '127.0.0.1',
    port,
    get accepted() {
      return accepted;
    },
    get open() {
      return connections.size;
    },
    get peak() {
      return peak;
    },
    sessions,
    close: () => closeDestroyingAll(server, sockets),
  };
}

/** The shapes the demo and tests use most, by name. */
export type MailFixtureKind = 'good' | 'plaintext' | 'injectable' | 'starttls-refused' | 'implicit-tls';

function mailFixtureOptions(protocol: MailProtocol, kind: MailFixtureKind, pem: Pem): MailServerOptions {
  switch (kind) {
    case 'good':
      return { protocol, pem, injection: 'clean' };
    case 'plaintext':
      return { protocol, starttls: 'absent', authBeforeTls: true };
    case 'injectable':
      return { protocol, pem, injection: 'vulnerable' };
    case 'starttls-refused':
      return { protocol, pem, starttls: 'refuse' };
    case 'implicit-tls':
      return { protocol, pem, implicitTls: true };
  }
}

export function startMailFixture(protocol: MailProtocol, kind: MailFixtureKind, pem: Pem): Promise<MailServer> {
  return startMailServer(mailFixtureOptions(protocol, kind, pem));
}
