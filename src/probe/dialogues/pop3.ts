// POP3 (RFC 1939) with CAPA (RFC 2449) and STLS (RFC 2595): greeting, CAPA, STLS, QUIT.
import type { ProbeStep } from '../../facts/endpoint.js';
import { ProbeFailure, busyFailure, clipEvidence } from '../failure.js';
import type { Protocol } from './protocol.js';
import { type MailDialogue, type Session, goodbye, isTextLine, mechanismNames, unique, whoseReplyFirst } from './dialogue.js';

function status(line: string, step: ProbeStep): '+OK' | '-ERR' {
  if (/^\+OK\b/i.test(line) && isTextLine(line)) return '+OK';
  if (/^-ERR\b/i.test(line) && isTextLine(line)) return '-ERR';
  throw new ProbeFailure('misbehaving', step, 'not a POP3 response', clipEvidence(line));
}

/** A single-line POP3 response. */
async function readStatus(s: Session, step: ProbeStep, timeoutMs = s.timeoutMs): Promise<{ ok: boolean; raw: string }> {
  const line = await s.reader.readLine(timeoutMs, step);
  return { ok: status(line, step) === '+OK', raw: line };
}

function keyword(capability: string): string {
  return (capability.split(/\s/, 1)[0] ?? '').toUpperCase();
}

/** RFC 2449 §8.1.1 (IN-USE) and RFC 3206 §4 (SYS/TEMP), with any finer code under them. */
const POP3_BUSY = /^-ERR \[(?:IN-USE|SYS\/TEMP)(?:\/[^\]\s]*)?\]/i;

function pop3GreetingSaysBusy(text: string): boolean {
  return POP3_BUSY.test(text.split('\n')[0]!.replace(/\r$/, ''));
}

export const pop3: MailDialogue = {
  protocol: 'pop3',

  async greeting(s) {
    const line = await s.reader.readLine(s.timeoutMs, 'greeting');
    if (status(line, 'greeting') === '-ERR') {
      // Only the response codes that mean "try later" make a refusal busy; a bare -ERR greeting
      // is a service that is not there for clients.
      if (pop3GreetingSaysBusy(line)) throw busyFailure('greeting', 'POP3 greeting -ERR [IN-USE] or [SYS/TEMP]', clipEvidence(line));
      throw new ProbeFailure('misbehaving', 'greeting', 'POP3 greeting -ERR without [IN-USE] or [SYS/TEMP]', clipEvidence(line));
    }
    return { text: line, capabilities: null };
  },

  async capabilities(s) {
    s.send('CAPA');
    let first = true;
    let ok = false;
    const lines = await s.reader.readReply(
      (line) => {
        if (first) {
          first = false;
          ok = status(line, 'capabilities') === '+OK';
          return !ok;
        }
        return line === '.';
      },
      s.timeoutMs,
      'capabilities',
    );
    // Without CAPA a server advertises nothing, STLS included.
    if (!ok) return [];
    return lines
      .slice(1, -1)
      .map((line) => (line.startsWith('.') ? line.slice(1) : line).trim())
      .filter((line) => line.length > 0);
  },

  read(capabilities) {
    const mechanisms: string[] = [];
    for (const capability of capabilities) {
      // "SASL PLAIN LOGIN": the names after the keyword.
      if (keyword(capability) === 'SASL') mechanisms.push(...mechanismNames(capability).slice(1));
    }
    // USER means USER/PASS: a password in the clear.
    if (capabilities.some((capability) => keyword(capability) === 'USER')) mechanisms.push('USER');
    return {
      starttls: capabilities.some((capability) => keyword(capability) === 'STLS'),
      authBeforeTls: unique(mechanisms),
      loginDisabled: null,
    };
  },

  async starttls(s, _capabilities, pipelined) {
    // NOOP gets a one-line answer (-ERR before login, RFC 1939 allows it only after), never the
    // multi-line list that answers CAPA (RFC 2449, allowed in any state): what the injection test
    // sends inside TLS.
    s.reader.write(pipelined ? 'STLS\r\nNOOP\r\n' : 'STLS\r\n');
    const reply = await readStatus(s, 'starttls');
    return { accepted: reply.ok, reply: reply.raw };
  },

  async afterUpgrade() {
    return null;
  },

  async injectionAnswer(s) {
    s.send('CAPA');
    // A status line is a one-line answer unless the next line continues it (a capability, or
    // the '.' that ends the list): only the look at that next line tells, so a line read too far
    // is held for the next reply.
    let held: string | null = null;
    const next = (timeoutMs: number) => {
      const line = held;
      held = null;
      return line === null ? s.reader.readLine(timeoutMs, 'after-tls') : Promise.resolve(line);
    };
    const isStatus = (line: string) => /^(\+OK|-ERR)\b/i.test(line);
    const answer = await whoseReplyFirst(s, async (timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      const left = () => Math.max(1, deadline - Date.now());
      const first = await next(left());
      if (status(first, 'after-tls') === '-ERR') return 'not-ours';
      const second = await next(left());
      if (isStatus(second)) {
        held = second;
        return 'not-ours';
      }
      if (!isTextLine(second)) throw new ProbeFailure('misbehaving', 'after-tls', 'not a POP3 capability list', clipEvidence(second));
      // The capability list that answers our CAPA: read to its end.
      if (second !== '.') await s.reader.readReply((line) => line === '.', left(), 'after-tls');
      return 'ours';
    });
    await pop3.quit(s);
    return answer;
  },

  quit(s) {
    return goodbye(s, (timeoutMs) => {
      s.send('QUIT');
      return readStatus(s, 'after-tls', timeoutMs);
    });
  },
};

export const protocol: Protocol = {
  name: 'pop3',
  services: [
    { name: 'pop3', port: 110, transport: 'starttls', tls: true, label: 'POP3' },
    { name: 'pop3s', port: 995, transport: 'implicit-tls', tls: true, label: 'POP3 over implicit TLS' },
  ],
  speaksFirst: 'server',
  upgradeWord: 'STLS',
  greetingSaysBusy: pop3GreetingSaysBusy,
  // Nothing the client says of itself is part of this dialogue.
  dialogue: () => pop3,
};
