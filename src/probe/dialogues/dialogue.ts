// The one interface every plaintext mail dialogue implements. The engine drives a dialogue
// through the same steps whatever the protocol; the modules beside this one know the words.
import { ProbeFailure } from '../failure.js';
import type { LineReader } from '../lines.js';

/**
 * One conversation with a server; the reader is swapped for a TLS one after an upgrade. Only what
 * every protocol shares: what a protocol keeps for itself (IMAP's tag counter) its module keeps.
 */
export class Session {
  /**
   * The tag of the command pipelined after STARTTLS, where the protocol tags its replies (IMAP,
   * ManageSieve's NOOP): the injection test tells its reply from ours by it.
   */
  pipelinedTag: string | null = null;

  constructor(
    public reader: LineReader,
    readonly timeoutMs: number,
  ) {}

  send(command: string): void {
    this.reader.write(`${command}\r\n`);
  }
}

export interface Greeting {
  /** As received, lines joined by \n. */
  text: string;
  /** Capabilities the greeting itself carried (IMAP [CAPABILITY …], ManageSieve), if any. */
  capabilities: string[] | null;
}

/** What a capability list says about security before TLS. */
export interface CapabilityReading {
  starttls: boolean;
  authBeforeTls: string[];
  loginDisabled: boolean | null;
}

export interface StarttlsReply {
  accepted: boolean;
  /** The reply as received, lines joined by \n. */
  reply: string;
}

export interface MailDialogue {
  /** The protocol module's name (Protocol.name). */
  readonly protocol: string;
  /** Reads the server's greeting. Throws a busy failure when it turns us away. */
  greeting(s: Session): Promise<Greeting>;
  /** Asks for (or, where the greeting carried them, reuses) the capability list. */
  capabilities(s: Session, greeting: Greeting | null): Promise<string[]>;
  read(capabilities: string[]): CapabilityReading;
  /**
   * Sends STARTTLS and reads the answer. With `pipelined`, a harmless command follows STARTTLS in
   * the same write (the command-injection test), one whose reply cannot be taken for the reply to
   * the command `injectionAnswer` sends; returns null when the protocol has no such command here.
   */
  starttls(s: Session, capabilities: string[], pipelined: boolean): Promise<StarttlsReply | null>;
  /** What the server says unasked right after the upgrade (ManageSieve's capabilities), or null. */
  afterUpgrade(s: Session): Promise<string[] | null>;
  /**
   * The injection test's question, once TLS is up on a session whose STARTTLS carried a pipelined
   * command: sends a command of our own at once and reads the replies in order (`whoseReplyFirst`).
   * True: the pipelined command was answered inside TLS (CVE-2011-0411). False: ours was answered
   * first, so the pipelined command was dropped. Null: the replies cannot say. Ends the session.
   * Throws (a ProbeFailure) when nothing at all was answered: the question is still open.
   */
  injectionAnswer(s: Session): Promise<boolean | null>;
  /** Ends the session politely; never throws. */
  quit(s: Session): Promise<void>;
}

/** A polite goodbye must not hold the probe up: a short deadline, and errors do not matter. */
export const QUIT_TIMEOUT_MS = 1000;

function quitTimeout(s: Session): number {
  return Math.min(s.timeoutMs, QUIT_TIMEOUT_MS);
}

/**
 * Ends a session politely: `exchange` sends the protocol's goodbye and reads its reply within the
 * short deadline it is given. Whatever goes wrong, the session is over either way: never throws.
 */
export async function goodbye(s: Session, exchange: (timeoutMs: number) => Promise<unknown>): Promise<void> {
  try {
    await exchange(quitTimeout(s));
  } catch {
    // The session is over either way.
  }
}

/**
 * Whose reply one read inside TLS brought, in the injection test:
 * - `ours`: the reply to the command sent inside TLS;
 * - `pipelined`: the pipelined command's, certainly (its tag);
 * - `not-ours`: a reply to some command, not ours: the pipelined command's, once ours follows it;
 * - `unsolicited`: something a server may say unasked (IMAP untagged data, the capabilities
 *   ManageSieve re-sends after the upgrade): no one's reply, read past;
 * - `unclear`: the replies cannot be told apart by their shape (a ManageSieve server that drops
 *   NOOP's tag: the dialogue then counts them instead).
 */
export type ReplyOwner = 'ours' | 'pipelined' | 'not-ours' | 'unsolicited' | 'unclear';

/** Past this many replies inside TLS without ours among them, the answer is unclear. */
export const MAX_INJECTION_REPLIES = 16;

/**
 * Reads replies inside TLS until it is settled whether the command pipelined with STARTTLS was
 * answered before ours. A server answers commands in the order it read them, and it read the
 * pipelined one first: if it kept it across the handshake, its reply comes before ours. So the
 * first reply decides, and no silence is waited for. One deadline, the session's timeout,
 * bounds the whole question. A failure before any reply is thrown (the question went
 * unanswered); after a reply that was not ours, it leaves the answer unclear (null).
 */
export async function whoseReplyFirst(s: Session, readOne: (timeoutMs: number) => Promise<ReplyOwner>): Promise<boolean | null> {
  const deadline = Date.now() + s.timeoutMs;
  let otherReplyFirst = false;
  for (let read = 0; read < MAX_INJECTION_REPLIES; read += 1) {
    let owner: ReplyOwner;
    try {
      owner = await readOne(Math.max(1, deadline - Date.now()));
    } catch (err) {
      if (!otherReplyFirst || !(err instanceof ProbeFailure)) throw err;
      return null;
    }
    switch (owner) {
      case 'ours':
        return otherReplyFirst;
      case 'pipelined':
        return true;
      case 'unclear':
        return null;
      case 'not-ours':
        otherReplyFirst = true;
        break;
      case 'unsolicited':
        break;
    }
  }
  return null;
}

export function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** The whitespace-separated words of a line or capability (IMAP atoms, SASL mechanism lists). */
export function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

/** RFC 4422 §3.1: a mechanism name is 1 to 20 characters from A-Z, 0-9, `-` and `_`. */
const SASL_MECHANISM_NAME = /^[A-Z0-9_-]{1,20}$/;

/**
 * Is this word (upper-cased) a SASL mechanism name? Anything else a server lists (`@octocat`,
 * `#1`, markup) names no mechanism a client could use: it stays in the capability list, as
 * evidence, and never becomes a name that findings quote.
 */
export function isMechanismName(word: string): boolean {
  return SASL_MECHANISM_NAME.test(word);
}

/** SASL mechanism names, upper-cased as the rules compare them; words that cannot be one are left out. */
export function mechanismNames(text: string): string[] {
  return words(text)
    .map((name) => name.toUpperCase())
    .filter(isMechanismName);
}

/**
 * No control characters but tab: a protocol line never has them, binary nearly always does.
 * Bytes above 0x7f are let through, as some servers greet in UTF-8.
 */
export function isTextLine(line: string): boolean {
  return !/[\x00-\x08\x0a-\x1f\x7f]/.test(line);
}
