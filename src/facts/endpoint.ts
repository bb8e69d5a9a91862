// Observations: what the network showed for one endpoint, and nothing about whether it is good.
// The shape is the report's `endpoints[]` (docs/architecture.md, "Report format"); fields that
// do not apply are null. Facts, never findings: see docs/architecture.md, "Facts versus findings".

export type ProbeStep =
  | 'resolve'
  | 'connect'
  | 'greeting'
  | 'capabilities'
  | 'starttls'
  | 'handshake'
  | 'after-tls'
  | 'http';

export type ProbeErrorKind =
  | 'unresolved' // the host name has no address
  | 'refused' // TCP RST in answer to SYN
  | 'reset' // connection reset after it was established
  | 'timeout' // a step's deadline passed
  | 'unreachable' // no route, network down, host unreachable
  | 'closed' // the peer closed the connection cleanly mid-dialogue
  | 'misbehaving' // over-long line or reply, garbage instead of protocol
  | 'starttls-refused' // the server answered STARTTLS with an error
  | 'tls-handshake' // the TLS handshake did not complete
  | 'other';

export interface ProbeError {
  kind: ProbeErrorKind;
  step: ProbeStep;
  /** Our own words, plus the system error code where there is one (ECONNREFUSED, …). */
  message: string;
  /**
   * The server turned the session away before it began, and did so again after one retry: it
   * said so in its greeting (SMTP 4xx, IMAP `* BYE`, POP3 `-ERR [IN-USE]` or `[SYS/TEMP]`,
   * ManageSieve `NO`/`BYE`), or it closed or reset this connection before the greeting after
   * serving an earlier one to the same endpoint in this run. A close or reset at first contact
   * alone is not busy. The checks are inconclusive, not failed. Absent when not so.
   */
  busy?: boolean;
  /** The system's error code when a connect failed (ENETUNREACH, ECONNREFUSED, …). Absent otherwise. */
  code?: string;
  /**
   * An `unreachable` connect error that came back before the event loop turned: the system refused
   * the connect itself, before any packet could be answered (no route for the address, no such
   * address family on this machine), a fact about the runner's network, not the server's. Absent
   * otherwise.
   */
  atOnce?: true;
}

export interface PlaintextFacts {
  /** The greeting as received (latin1-decoded, possibly several lines joined by \n). */
  greeting: string;
  /** Capabilities advertised before TLS (EHLO keywords, IMAP CAPABILITY atoms, POP3 CAPA lines, …). */
  capabilities: string[];
  /** STARTTLS (or STLS) advertised before TLS. */
  starttls: boolean;
  /** Authentication offered before TLS: SASL mechanisms, plus LOGIN (IMAP without LOGINDISABLED) or USER (POP3). */
  authBeforeTls: string[];
  /** IMAP only: LOGINDISABLED advertised before TLS. Null for other protocols. */
  loginDisabled: boolean | null;
  /** The server's reply to STARTTLS, when it was sent. */
  starttlsReply: string | null;
  /** Capabilities advertised after the upgrade (null when there was no upgrade). */
  capabilitiesAfterTls: string[] | null;
  /** A command pipelined with STARTTLS was answered inside TLS. Null when not tested. */
  commandInjection: boolean | null;
  /**
   * Why the injection test could not be made when a connection for it was turned away (busy) or
   * could not be had: the test is inconclusive, not passed. Absent when it was made, or not
   * applicable.
   */
  commandInjectionUntested?: string;
}

export interface CertificateFacts {
  subject: string;
  issuer: string;
  san: string[];
  notBefore: string; // ISO 8601
  notAfter: string; // ISO 8601
  /** Whole days from the probe's clock to notAfter (negative once expired). */
  daysLeft: number;
  /** Chains to a trusted root (system roots plus `ca-file`); self-signed is untrusted. */
  trusted: boolean;
  /** A SAN (or, for IP literals, an IP SAN) matches the policy host name (RFC 6125 / 7817). */
  nameMatch: boolean;
  keyType: string; // rsa | ec | ed25519 | …
  keyBits: number | null;
  signature: string; // e.g. sha256WithRSAEncryption
  /** OpenSSL's verification error code when untrusted (e.g. DEPTH_ZERO_SELF_SIGNED_CERT). */
  error: string | null;
  /** SHA-256 fingerprint of the leaf, colon-separated hex. */
  fingerprint256: string;
  /** Certificates the server sent after the leaf, subject → issuer, in order. */
  chain: { subject: string; issuer: string }[];
  /**
   * Every certificate of the chain, leaf first, then `chain` in its order, by digest: what DANE
   * TLSA records are matched against (RFC 6698 §2.1, RFC 7671 §5). No DER is kept.
   */
  presented: PresentedCertificate[];
}

/**
 * One certificate of a presented chain, by the digests TLSA records name it by (lower-case hex).
 * A TLSA record of matching type 0 (the full DER or SubjectPublicKeyInfo) is matched by its
 * SHA-256 against `sha256` or `spkiSha256`: equal digests stand for equal bytes, and the report
 * stays small.
 */
export interface PresentedCertificate {
  subject: string;
  /** SHA-256 and SHA-512 of the certificate's DER (TLSA selector 0, Cert). */
  sha256: string;
  sha512: string;
  /** SHA-256 and SHA-512 of its SubjectPublicKeyInfo DER (TLSA selector 1, SPKI); null when it cannot be read. */
  spkiSha256: string | null;
  spkiSha512: string | null;
  /**
   * Whether the next certificate of the list issued this one (names match) and its key verifies
   * this one's signature; null for the last, which has no next.
   */
  issuedByNext: boolean | null;
  /**
   * The certificate is one of the roots the probe trusts (the trust setting's roots and ca-file).
   * Node appends such a root to the chain when the server's last certificate is not self-signed,
   * so for the last certificate this means: sent by the server, or added from the local store,
   * which cannot be told apart. DANE senders see only what the server sent (RFC 7672 §3.1.2).
   */
  trustedRoot: boolean;
}

export type TlsVersionName = 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

export interface TlsFacts {
  mode: 'implicit' | 'starttls';
  /** Negotiated with the best client settings; null when the handshake failed. */
  version: TlsVersionName | null;
  cipher: string | null;
  /** Which versions the server accepted in the sweep (ascending). */
  versionsAccepted: TlsVersionName[];
  /**
   * Versions the sweep could not test because the connection for them was turned away (busy) or
   * could not be opened, or their question got no answer before the deadline, ascending:
   * unknown, not "not accepted". Absent when every version was tested.
   */
  versionsUntested?: TlsVersionName[];
  /** Why the versions in `versionsUntested` were not tested (one reason per cause). */
  versionsUntestedReason?: string;
  /**
   * The part of `versionsUntested` left so only because the probe's own connection budget was
   * spent: the server turned nothing away, so this is no sign of a busy service.
   */
  versionsOverBudget?: TlsVersionName[];
  /**
   * The part of `versionsUntested` left so because the server turned the connection for it away
   * (busy, also on the retry): only these make the open question service-busy.
   */
  versionsTurnedAway?: TlsVersionName[];
  certificate: CertificateFacts | null;
  /** Why the handshake failed (null when it completed). */
  error: string | null;
  /**
   * What the cipher questions showed, per version asked (TLS 1.2 and below, each only when the
   * sweep saw it accepted). Absent when none was asked (a TLS 1.3-only server, a failed handshake).
   */
  ciphers?: CipherFacts;
}

/**
 * The classes of TLS 1.0–1.2 cipher suites the cipher questions ask about. A suite can be in
 * several (TLS_RSA_WITH_3DES_EDE_CBC_SHA: weak, no-forward-secrecy, non-aead).
 * - `weak`: NULL, EXPORT, RC4, DES, 3DES or IDEA encryption or an MD5 MAC;
 * - `anonymous`: no server authentication (aNULL: DH_anon, ECDH_anon);
 * - `no-forward-secrecy`: RSA key transport or static (EC)DH, asked at TLS 1.2;
 * - `non-aead`: any suite without AEAD encryption (CBC, RC4, NULL), asked at TLS 1.2 where the
 *   endpoint's profile judges it (intermediate, modern);
 * - `dhe`: finite-field ephemeral DH, asked to read the size of the server's DH group.
 */
export type CipherClass = 'weak' | 'anonymous' | 'no-forward-secrecy' | 'non-aead' | 'dhe';

/** What the cipher questions at one TLS version showed. */
export interface CipherVersionFacts {
  /**
   * The suite the server picked for each question it accepted, in the order asked, by its IANA
   * name (TLS_RSA_WITH_3DES_EDE_CBC_SHA), with the classes asked about that it belongs to: the
   * evidence for `accepted`.
   */
  picked: { suite: string; classes: CipherClass[] }[];
  /** Classes the server accepted a suite of. */
  accepted: CipherClass[];
  /** Classes the server refused every suite of (an alert, a close, a reset, no TLS answer). */
  refused: CipherClass[];
  /** Classes asked about that got no answer: unknown, never "not accepted". */
  untested: CipherClass[];
  /**
   * Classes this version's questions would cover that were not asked because no rule judges them
   * on this endpoint (their rules are off for it, as `tls-forward-secrecy-missing` is without a
   * profile): neither accepted, refused nor untested, and read by no rule. Absent when every class
   * was asked.
   */
  notAsked?: CipherClass[];
  /**
   * Why `untested` are untested: the connection was turned away (starts with the vocabulary's
   * TURNED_AWAY), the probe's own budget was spent (CONNECTION_BUDGET_REACHED), the question
   * went unanswered, the server chose a suite or version that was not offered, or (for `dhe`) a
   * DHE suite was picked but its DH group could not be read; several reasons are joined with "; ".
   * Absent when every class was answered.
   */
  untestedReason?: string;
  /** The size in bits of the DH prime of the ServerKeyExchange, when a DHE suite was picked and its key exchange read. */
  dhBits?: number;
}

/** The cipher questions' answers by version (`TLSv1.2`, `TLSv1.1`, `TLSv1`), newest first. */
export type CipherFacts = Partial<Record<Exclude<TlsVersionName, 'TLSv1.3'>, CipherVersionFacts>>;

export interface HttpFacts {
  status: number | null;
  location: string | null;
  error: string | null;
}

export interface EndpointFacts {
  host: string;
  address: string | null;
  port: number;
  service: string;
  /** A TCP connection was accepted. */
  reachable: boolean;
  durationMs: number;
  /** TCP connections this probe opened to the endpoint. */
  connections: number;
  /** The first thing that went wrong, if anything did. */
  error: ProbeError | null;
  plaintext: PlaintextFacts | null;
  tls: TlsFacts | null;
  http: HttpFacts | null;
}
