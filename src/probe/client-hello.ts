// The version sweep's question, asked at the cost of one message: send a TLS ClientHello that
// offers a range of versions, read the server's first answer, and hang up. A ServerHello names the
// version the server chose; an alert says it accepts none in the range. Nothing after the
// ServerHello is needed for that fact, so no key is agreed, no certificate checked and no session
// set up: a fraction of a full handshake's work on both sides (testssl.sh asks the same way).
//
// node:tls cannot stop a handshake at the ServerHello, so the few bytes of the ClientHello are
// written here (RFC 5246 §7.4.1.2, RFC 8446 §4.1.2) and only the first handshake message of the
// answer is parsed; all of it is bounded, and anything unexpected is "no version".

import { generateKeyPairSync, randomFillSync } from 'node:crypto';
import { TLS_VERSION_ORDER } from '../common/tls-versions.js';
import type { TlsVersionName } from '../facts/endpoint.js';

const VERSION_CODES: Readonly<Record<TlsVersionName, number>> = {
  TLSv1: 0x0301,
  'TLSv1.1': 0x0302,
  'TLSv1.2': 0x0303,
  'TLSv1.3': 0x0304,
};

/** TLS 1.3's suites (RFC 8446 §B.4). */
const TLS13_SUITES = [0x1301, 0x1302, 0x1303];

/**
 * Every suite a TLS 1.0–1.2 server might still insist on: the question is which versions it
 * accepts, not which suites, so the offer is wide enough that no server refuses a version for
 * want of a suite (old ones that know only 3DES or RC4 included). Nothing is ever encrypted with
 * them: the connection ends at the ServerHello.
 *
 * RSA key transport comes first, because it is the cheapest answer for the server: with it the
 * server sends its certificate and signs nothing, where an (EC)DHE suite costs it a key pair and a
 * signature before its first byte. Servers that follow the client's order (Postfix's, Dovecot's and
 * nginx's default) spare that work; those that no longer offer RSA key transport pick the next.
 */
const TLS12_SUITES = [
  // RSA key transport: AEAD, then CBC
  0x009c, 0x009d, 0x003c, 0x003d, 0x002f, 0x0035,
  // ECDHE and DHE with AEAD
  0xc02c, 0xc030, 0x009f, 0xcca9, 0xcca8, 0xccaa, 0xc02b, 0xc02f, 0x009e,
  // ECDHE and DHE with CBC (SHA-2, then SHA-1)
  0xc024, 0xc028, 0x006b, 0xc023, 0xc027, 0x0067, 0xc00a, 0xc014, 0x0039, 0xc009, 0xc013, 0x0033,
  // Camellia, 3DES, RC4: what the oldest servers still speak
  0x0041, 0x0084, 0x0045, 0x0088, 0x000a, 0xc012, 0x0016, 0xc011, 0x0005, 0x0004,
];

const GROUPS = [0x001d, 0x0017, 0x0018, 0x0019, 0x001e, 0x0100, 0x0101]; // x25519, P-256/384/521, x448, ffdhe2048/3072
const SIGNATURE_SCHEMES = [
  0x0403, 0x0503, 0x0603, 0x0807, 0x0808, // ECDSA, EdDSA
  0x0804, 0x0805, 0x0806, 0x0809, 0x080a, 0x080b, // RSA-PSS
  0x0401, 0x0501, 0x0601, // RSA PKCS#1
  0x0303, 0x0301, 0x0203, 0x0201, // SHA-224 and SHA-1: what old servers sign with
];

const EXTENSION = {
  serverName: 0,
  padding: 21,
  supportedGroups: 10,
  ecPointFormats: 11,
  signatureAlgorithms: 13,
  extendedMasterSecret: 23,
  sessionTicket: 35,
  supportedVersions: 43,
  pskKeyExchangeModes: 45,
  keyShare: 51,
  renegotiationInfo: 0xff01,
} as const;

const RECORD = { changeCipherSpec: 20, alert: 21, handshake: 22, applicationData: 23 } as const;
const HANDSHAKE_SERVER_HELLO = 2;
const HANDSHAKE_SERVER_KEY_EXCHANGE = 12;
const HANDSHAKE_SERVER_HELLO_DONE = 14;
const ALERT_WARNING = 1;
const ALERT_CLOSE_NOTIFY = 0;
const ALERT_USER_CANCELED = 90;
/** RFC 8446 §4.1.3: the largest record a peer may send (2^14 plus expansion). */
const MAX_RECORD = 16384 + 2048;
/** A ServerHello is a few hundred bytes; a server that sends more before one is not speaking TLS. */
const MAX_BYTES_BEFORE_ANSWER = 2 * (MAX_RECORD + 5);
/**
 * Read on for a ServerKeyExchange, the Certificate comes first: a long chain is tens of kilobytes,
 * so a few records more are allowed, and no more.
 */
const MAX_BYTES_BEFORE_KEY_EXCHANGE = 8 * (MAX_RECORD + 5);

function u8(n: number): Buffer {
  return Buffer.from([n & 0xff]);
}
function u16(n: number): Buffer {
  return Buffer.from([(n >> 8) & 0xff, n & 0xff]);
}
function u24(n: number): Buffer {
  return Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
}
function list16(values: readonly number[]): Buffer {
  return Buffer.concat(values.map(u16));
}
/** An opaque vector with a length prefix of `width` bytes. */
function vector(width: 1 | 2 | 3, body: Buffer): Buffer {
  const length = width === 1 ? u8(body.length) : width === 2 ? u16(body.length) : u24(body.length);
  return Buffer.concat([length, body]);
}
function extension(type: number, body: Buffer): Buffer {
  return Buffer.concat([u16(type), vector(2, body)]);
}

/** An X25519 public key for TLS 1.3's key share: the server needs a real one to answer at all. */
function x25519PublicKey(): Buffer {
  const { publicKey } = generateKeyPairSync('x25519');
  return Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
}

export interface HelloOffer {
  /** The versions offered, lowest and highest. */
  min: TlsVersionName;
  max: TlsVersionName;
  /** Sent as SNI; null for an address literal (RFC 6066 §3). */
  servername: string | null;
  /**
   * The TLS 1.0–1.2 suites to offer instead of the sweep's wide list: a cipher question offers
   * only the suites of the classes it asks about (cipher-questions.ts).
   */
  suites?: readonly number[];
}

// Random bytes are drawn a few kilobytes at a time: one call per hello costs more than the rest
// of the hello together.
const randomPool = Buffer.alloc(4096);
let randomUsed = randomPool.length;

/** 32 fresh random bytes (a copy: the pool is refilled under it). */
function freshRandom(): Buffer {
  if (randomUsed + 32 > randomPool.length) {
    randomFillSync(randomPool);
    randomUsed = 0;
  }
  randomUsed += 32;
  return Buffer.from(randomPool.subarray(randomUsed - 32, randomUsed));
}

/** The parts of a ClientHello that are the same for every hello with the same versions. */
interface HelloTemplate {
  legacyVersion: number;
  tls13: boolean;
  suites: Buffer;
  /** Every extension but server_name and key_share, which differ from hello to hello. */
  extensions: Buffer;
  supportedVersions: Buffer | null;
}

// A sweep asks the same few questions of every endpoint: build each offer's fixed bytes once.
const templates = new Map<string, HelloTemplate>();

function templateFor(min: TlsVersionName, max: TlsVersionName, suites: readonly number[] = TLS12_SUITES): HelloTemplate {
  const key = `${min}|${max}|${suites.join(',')}`;
  const cached = templates.get(key);
  if (cached) return cached;
  const lo = TLS_VERSION_ORDER.indexOf(min);
  const hi = TLS_VERSION_ORDER.indexOf(max);
  if (lo < 0 || hi < lo) throw new RangeError(`no versions between ${min} and ${max}`);
  const offered = TLS_VERSION_ORDER.slice(lo, hi + 1);
  const tls13 = offered.includes('TLSv1.3');
  const belowTls13 = offered.some((v) => v !== 'TLSv1.3');
  const template: HelloTemplate = {
    // legacy_version: the highest offered, TLS 1.2 when 1.3 is offered (RFC 8446 §4.1.2).
    legacyVersion: VERSION_CODES[tls13 ? 'TLSv1.2' : max],
    tls13,
    suites: vector(2, list16([...(tls13 ? TLS13_SUITES : []), ...(belowTls13 ? suites : [])])),
    extensions: Buffer.concat([
      extension(EXTENSION.supportedGroups, vector(2, list16(GROUPS))),
      extension(EXTENSION.ecPointFormats, vector(1, u8(0))),
      // Meaningless before TLS 1.2, and a client offering only older versions must not send it
      // (RFC 5246 §7.4.1.4.1).
      ...(hi >= TLS_VERSION_ORDER.indexOf('TLSv1.2') ? [extension(EXTENSION.signatureAlgorithms, vector(2, list16(SIGNATURE_SCHEMES)))] : []),
      extension(EXTENSION.extendedMasterSecret, Buffer.alloc(0)),
      extension(EXTENSION.sessionTicket, Buffer.alloc(0)),
      // Secure renegotiation (RFC 5746) said with the extension, not also with the signalling
      // suite: both at once is not recommended.
      extension(EXTENSION.renegotiationInfo, vector(1, Buffer.alloc(0))),
      ...(tls13 ? [extension(EXTENSION.pskKeyExchangeModes, vector(1, u8(1)))] : []),
    ]),
    // Highest first: the list is the client's preference (RFC 8446 §4.2.1).
    supportedVersions: tls13
      ? extension(EXTENSION.supportedVersions, vector(1, list16([...offered].reverse().map((v) => VERSION_CODES[v]))))
      : null,
  };
  templates.set(key, template);
  return template;
}

/** The bytes of one ClientHello record offering `offer`'s versions. */
export function clientHello(offer: HelloOffer): Buffer {
  const template = templateFor(offer.min, offer.max, offer.suites);
  const perHello: Buffer[] = [];
  if (offer.servername) {
    const name = Buffer.from(offer.servername, 'ascii');
    perHello.push(extension(EXTENSION.serverName, vector(2, Buffer.concat([u8(0), vector(2, name)]))));
  }
  if (template.supportedVersions) {
    perHello.push(
      template.supportedVersions,
      extension(EXTENSION.keyShare, vector(2, Buffer.concat([u16(0x001d), vector(2, x25519PublicKey())]))),
    );
  }
  const head = Buffer.concat([
    u16(template.legacyVersion),
    freshRandom(),
    // TLS 1.3: a 32-byte legacy session id, for middleboxes that expect one (§D.4).
    template.tls13 ? Buffer.concat([u8(32), freshRandom()]) : u8(0),
    template.suites,
    COMPRESSION_NULL,
  ]);
  let extensions = Buffer.concat([...perHello, template.extensions]);
  // Some load balancers hang on a ClientHello of 256 to 511 bytes; padding takes it past them
  // (RFC 7685), as browsers do.
  const length = 4 + head.length + 2 + extensions.length;
  if (length >= 256 && length < 512) {
    // Never an empty padding extension, which some servers refuse as the last one.
    const room = 512 - length;
    extensions = Buffer.concat([extensions, extension(EXTENSION.padding, Buffer.alloc(room >= 5 ? room - 4 : 1))]);
  }
  const body = Buffer.concat([head, vector(2, extensions)]);
  // Record version TLS 1.0: what clients send in their first record, since some servers reject
  // anything higher there (RFC 8446 §5.1).
  return Buffer.concat([RECORD_HEADER_START, u16(body.length + 4), u8(1), u24(body.length), body]);
}

const COMPRESSION_NULL = Buffer.from([1, 0]);
const RECORD_HEADER_START = Buffer.from([22, 0x03, 0x01]);

export type HelloAnswer =
  /**
   * The server chose `version` (null: one we do not name, such as SSL 3.0) and the cipher suite
   * `suite`. When the reader was asked to read on (`readKeyExchange`), `dhBits` is the size of the
   * finite-field DH prime of its ServerKeyExchange, or `keyExchangeUnread` says why none was read.
   */
  | { kind: 'server-hello'; version: TlsVersionName | null; suite: number; dhBits?: number; keyExchangeUnread?: string }
  /** The server refused, with this alert (RFC 8446 §6). */
  | { kind: 'alert'; level: number; description: number }
  /** What came back is not a TLS answer to a ClientHello. */
  | { kind: 'not-tls'; reason: string };

/** The ServerHello a question drew, as the reader read it. */
export type ServerHelloAnswer = Extract<HelloAnswer, { kind: 'server-hello' }>;

/**
 * The verdict of an alert record (RFC 5246 §6.2.1 lets one record carry several alerts): the first
 * fatal alert or close_notify ends the question. Warnings before the ServerHello (unrecognized_name,
 * from servers with no certificate for the SNI name) are not refusals: the handshake goes on.
 */
function readAlerts(fragment: Buffer): HelloAnswer | null {
  if (fragment.length % 2 !== 0) return { kind: 'not-tls', reason: 'a truncated alert' };
  for (let at = 0; at < fragment.length; at += 2) {
    const [level, description] = [fragment[at]!, fragment[at + 1]!];
    if (level !== ALERT_WARNING || description === ALERT_CLOSE_NOTIFY) return { kind: 'alert', level, description };
  }
  return null;
}

function versionName(code: number): TlsVersionName | null {
  return (Object.keys(VERSION_CODES) as TlsVersionName[]).find((v) => VERSION_CODES[v] === code) ?? null;
}

/**
 * Reads a server's answer to a ClientHello from the bytes as they arrive: `push` returns the
 * answer once it is known, null while more bytes are needed. Handshake messages may be split
 * across records; only the first one (the ServerHello) is reassembled, and only so far.
 */
export class ServerHelloReader {
  /** Bytes received and not yet read as records, kept as they came until a record is whole. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  private handshake: Buffer = Buffer.alloc(0);
  /** Bytes of the whole records read so far: what the cap counts, whatever the chunking. */
  private consumed = 0;
  /** The ServerHello, once read, while the messages after it are read for its key exchange. */
  private hello: ServerHelloAnswer | null = null;

  /**
   * `readKeyExchange`: for a chosen suite it returns true for, read on past the ServerHello to the
   * ServerKeyExchange (TLS 1.0–1.2, RFC 5246 §7.4.3), which the server sends before any key is
   * derived, to learn the size of its DH prime.
   */
  constructor(private readonly readKeyExchange?: (suite: number) => boolean) {}

  push(chunk: Buffer): HelloAnswer | null {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      const header = this.peek(5);
      if (!header) return null;
      const type = header[0]!;
      const major = header[1]!;
      const length = header.readUInt16BE(3);
      if (major !== 3 || type < RECORD.changeCipherSpec || type > RECORD.applicationData) {
        return this.unread({ kind: 'not-tls', reason: 'the answer is not a TLS record' });
      }
      if (length === 0 || length > MAX_RECORD) return this.unread({ kind: 'not-tls', reason: `a TLS record of ${length} bytes` });
      if (this.consumed + 5 + length > (this.hello ? MAX_BYTES_BEFORE_KEY_EXCHANGE : MAX_BYTES_BEFORE_ANSWER)) {
        return this.unread({ kind: 'not-tls', reason: this.hello ? 'no ServerKeyExchange within the first records' : 'no ServerHello within the first records' });
      }
      const record = this.take(5 + length);
      if (!record) return null;
      this.consumed += record.length;
      const fragment = record.subarray(5);
      if (type === RECORD.alert) {
        const alert = readAlerts(fragment);
        if (alert) return this.unread(alert);
        continue;
      }
      if (type !== RECORD.handshake) return this.unread({ kind: 'not-tls', reason: 'a record other than a handshake before the ServerHello' });
      this.handshake = Buffer.concat([this.handshake, fragment]);
      const answer = this.hello ? this.keyExchange() : this.serverHello();
      if (answer) return answer;
    }
  }

  /**
   * The connection ended, or the deadline passed, before the reader had its answer (`why`): a
   * ServerHello already read stands (the suite was chosen) with its key exchange unread; before
   * one, null, and the caller decides what the silence or the close means.
   */
  cutShort(why: string): ServerHelloAnswer | null {
    return this.hello ? { ...this.hello, keyExchangeUnread: why } : null;
  }

  /**
   * Trouble after the ServerHello leaves the hello standing (the suite was chosen) with its key
   * exchange unread; before it, the trouble is the answer.
   */
  private unread(answer: HelloAnswer): HelloAnswer {
    if (!this.hello) return answer;
    const why = answer.kind === 'alert' ? `alert ${answer.description} after the ServerHello` : answer.kind === 'not-tls' ? answer.reason : 'no ServerKeyExchange';
    return { ...this.hello, keyExchangeUnread: why };
  }

  /** The handshake messages after the ServerHello, up to its ServerKeyExchange or ServerHelloDone. */
  private keyExchange(): HelloAnswer | null {
    for (;;) {
      const h = this.handshake;
      if (h.length < 4) return null;
      const type = h[0]!;
      const length = h.readUIntBE(1, 3);
      if (length > MAX_BYTES_BEFORE_KEY_EXCHANGE) return this.unread({ kind: 'not-tls', reason: 'an oversized handshake message' });
      if (h.length < 4 + length) return null;
      const body = h.subarray(4, 4 + length);
      this.handshake = h.subarray(4 + length);
      if (type === HANDSHAKE_SERVER_KEY_EXCHANGE) {
        const bits = dhPrimeBits(body);
        return bits === null ? this.unread({ kind: 'not-tls', reason: 'a malformed ServerKeyExchange' }) : { ...this.hello!, dhBits: bits };
      }
      if (type === HANDSHAKE_SERVER_HELLO_DONE) return this.unread({ kind: 'not-tls', reason: 'no ServerKeyExchange before ServerHelloDone' });
      // Certificate, CertificateStatus, CertificateRequest: not what is asked, skipped.
    }
  }

  /** The first `n` buffered bytes, joined into one buffer only once they are all there. */
  private peek(n: number): Buffer | null {
    if (this.buffered < n) return null;
    if (this.chunks[0]!.length < n) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0]!;
  }

  /** Removes and returns the first `n` buffered bytes, or null while fewer have come. */
  private take(n: number): Buffer | null {
    const head = this.peek(n);
    if (!head) return null;
    const taken = head.subarray(0, n);
    const rest = head.subarray(n);
    this.chunks = rest.length > 0 ? [rest, ...this.chunks.slice(1)] : this.chunks.slice(1);
    this.buffered -= n;
    return taken;
  }

  private serverHello(): HelloAnswer | null {
    const h = this.handshake;
    if (h.length < 4) return null;
    if (h[0] !== HANDSHAKE_SERVER_HELLO) return { kind: 'not-tls', reason: `handshake message ${h[0]} where a ServerHello belongs` };
    const length = h.readUIntBE(1, 3);
    if (length > MAX_RECORD) return { kind: 'not-tls', reason: 'an oversized ServerHello' };
    if (h.length < 4 + length) return null;
    const answer = parseServerHello(h.subarray(4, 4 + length));
    if (answer.kind !== 'server-hello' || answer.version === 'TLSv1.3' || !this.readKeyExchange?.(answer.suite)) return answer;
    this.hello = answer;
    this.handshake = h.subarray(4 + length);
    return this.keyExchange();
  }
}

/**
 * The size in bits of the prime `dh_p` that opens a finite-field DH ServerKeyExchange
 * (ServerDHParams, RFC 5246 §7.4.3: a 2-byte length, then the prime, big-endian), leading zero
 * bits not counted; null when the message is too short to hold it.
 */
export function dhPrimeBits(body: Buffer): number | null {
  if (body.length < 2) return null;
  const length = body.readUInt16BE(0);
  if (length === 0 || body.length < 2 + length) return null;
  let at = 2;
  const end = 2 + length;
  while (at < end && body[at] === 0) at += 1;
  if (at === end) return null;
  return (end - at - 1) * 8 + (32 - Math.clz32(body[at]!));
}

function parseServerHello(body: Buffer): HelloAnswer {
  const broken: HelloAnswer = { kind: 'not-tls', reason: 'a malformed ServerHello' };
  let at = 0;
  const need = (n: number) => at + n <= body.length;
  if (!need(2 + 32 + 1)) return broken;
  const legacyVersion = body.readUInt16BE(at);
  at += 2 + 32;
  const sessionIdLength = body[at]!;
  at += 1;
  if (sessionIdLength > 32 || !need(sessionIdLength + 2 + 1)) return broken;
  at += sessionIdLength;
  const suite = body.readUInt16BE(at);
  at += 2 + 1; // cipher suite, compression method
  let version = legacyVersion;
  // Extensions are optional before TLS 1.3; TLS 1.3 names its version in supported_versions.
  if (need(2)) {
    const end = at + 2 + body.readUInt16BE(at);
    at += 2;
    if (end > body.length) return broken;
    while (at + 4 <= end) {
      const type = body.readUInt16BE(at);
      const size = body.readUInt16BE(at + 2);
      at += 4;
      if (at + size > end) return broken;
      if (type === EXTENSION.supportedVersions) {
        if (size !== 2) return broken;
        version = body.readUInt16BE(at);
      }
      at += size;
    }
  }
  return { kind: 'server-hello', version: versionName(version), suite };
}

/**
 * What a client that gives up after the ServerHello sends: user_canceled, then close_notify (RFC
 * 8446 §6.1), as plaintext alert records since no keys were agreed. The server sees a client that
 * left, not one that broke the protocol.
 */
export function goodbyeAlerts(version: TlsVersionName | null): Buffer {
  const recordVersion = version && version !== 'TLSv1.3' ? VERSION_CODES[version] : 0x0303;
  let alerts = goodbyes.get(recordVersion);
  if (!alerts) {
    const alert = (description: number) => Buffer.concat([u8(RECORD.alert), u16(recordVersion), u16(2), u8(1), u8(description)]);
    alerts = Buffer.concat([alert(ALERT_USER_CANCELED), alert(ALERT_CLOSE_NOTIFY)]);
    goodbyes.set(recordVersion, alerts);
  }
  return alerts;
}

const goodbyes = new Map<number, Buffer>();
