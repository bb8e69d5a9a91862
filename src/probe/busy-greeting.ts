// What counts as a server saying "busy, come back later" in its greeting: the one answer the
// dialogues (which throw a busy failure on it) and the rules (which judge recorded greetings)
// both use, so that a greeting is never busy to one and broken to the other.
//
// Only a signal the protocol defines for it counts: a refusal without one (an SMTP 5xx, a bare
// POP3 -ERR) says the service is not there for clients, not that it is busy.

export type GreetingProtocol = 'smtp' | 'imap' | 'pop3' | 'managesieve';

/** RFC 2449 §8.1.1 (IN-USE) and RFC 3206 §4 (SYS/TEMP), with any finer code under them. */
const POP3_BUSY = /^-ERR \[(?:IN-USE|SYS\/TEMP)(?:\/[^\]\s]*)?\]/i;

/** `text` is the greeting as received, lines joined by \n (partial lines included as they came). */
export function greetingSaysBusy(protocol: GreetingProtocol, text: string): boolean {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  switch (protocol) {
    case 'smtp':
      // RFC 5321 §4.2: every line of a reply carries its code; 421 and other 4xx mean "try later".
      return /^4\d\d(?:[ -]|$)/.test(last) && /^4\d\d(?:[ -]|$)/.test(first);
    case 'imap':
      // RFC 9051 §7.1.5: a BYE greeting refuses the connection.
      return /^\* BYE\b/i.test(first);
    case 'pop3':
      return POP3_BUSY.test(first);
    case 'managesieve':
      // RFC 5804 §1.3/§2.1: capability lines end with OK; NO or BYE there turns the client away.
      return /^(?:NO|BYE)\b/i.test(last);
  }
}
