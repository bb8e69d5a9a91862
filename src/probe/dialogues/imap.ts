// IMAP (RFC 9051 / 3501) with STARTTLS and LOGINDISABLED (RFC 2595): greeting, CAPABILITY,
// STARTTLS, LOGOUT. Commands are tagged; a command's reply ends at the line with its tag.
import type { ProbeStep } from '../../facts/endpoint.js';
import { ProbeFailure, busyFailure, clipEvidence } from '../failure.js';
import type { Protocol } from './protocol.js';
import { type MailDialogue, type Session, isMechanismName, goodbye, isTextLine, unique, whoseReplyFirst, words } from './dialogue.js';

const GREETING = /^\* (OK|PREAUTH|BYE)\b(.*)$/i;

/** The capability atoms in a "[CAPABILITY …]" response code, if the text carries one. */
function capabilityCode(text: string): string[] | null {
  const m = /\[CAPABILITY ([^\]]*)\]/i.exec(text);
  return m ? words(m[1]!) : null;
}

interface Tagged {
  untagged: string[];
  /** OK, NO or BAD (upper-cased). */
  status: string;
  raw: string;
}

/** Each session's last command tag: IMAP's own state, kept beside the session rather than in it. */
const lastTag = new WeakMap<Session, number>();

/** A fresh command tag for the session (a1, a2, …). */
function nextTag(s: Session): string {
  const n = (lastTag.get(s) ?? 0) + 1;
  lastTag.set(s, n);
  return `a${n}`;
}

async function command(s: Session, text: string, step: ProbeStep, timeoutMs = s.timeoutMs): Promise<Tagged> {
  const tag = nextTag(s);
  s.send(`${tag} ${text}`);
  return readTagged(s, tag, step, timeoutMs);
}

async function readTagged(s: Session, tag: string, step: ProbeStep, timeoutMs = s.timeoutMs): Promise<Tagged> {
  const prefix = `${tag} `;
  const lines = await s.reader.readReply(
    (line) => {
      if (!isTextLine(line)) throw new ProbeFailure('misbehaving', step, 'not an IMAP response', clipEvidence(line));
      return line.startsWith(prefix);
    },
    timeoutMs,
    step,
  );
  const last = lines[lines.length - 1]!;
  return {
    untagged: lines.slice(0, -1),
    status: (last.slice(prefix.length).split(' ', 1)[0] ?? '').toUpperCase(),
    raw: lines.join('\n'),
  };
}

/** RFC 9051 §7.1.5: a BYE greeting refuses the connection. */
function imapGreetingSaysBusy(text: string): boolean {
  return /^\* BYE\b/i.test(text.split('\n')[0]!.replace(/\r$/, ''));
}

export const imap: MailDialogue = {
  protocol: 'imap',

  async greeting(s) {
    const line = await s.reader.readLine(s.timeoutMs, 'greeting');
    const m = GREETING.exec(line);
    if (!m || !isTextLine(line)) throw new ProbeFailure('misbehaving', 'greeting', 'not an IMAP greeting', clipEvidence(line));
    if (imapGreetingSaysBusy(line)) throw busyFailure('greeting', 'IMAP greeting * BYE', clipEvidence(line));
    return { text: line, capabilities: capabilityCode(m[2]!) };
  },

  async capabilities(s, greeting) {
    // A greeting that carries [CAPABILITY …] has answered already: clients need not ask again
    // (RFC 9051 §7.1), and Dovecot, Cyrus and Courier all greet so. A round trip saved per session.
    if (greeting?.capabilities && greeting.capabilities.length > 0) return unique(greeting.capabilities);
    const reply = await command(s, 'CAPABILITY', 'capabilities');
    if (reply.status !== 'OK') return greeting?.capabilities ?? [];
    const found: string[] = [];
    for (const line of reply.untagged) {
      const m = /^\* CAPABILITY (.*)$/i.exec(line);
      if (m) found.push(...words(m[1]!));
    }
    return unique(found);
  },

  read(capabilities) {
    const upper = capabilities.map((c) => c.toUpperCase());
    const loginDisabled = upper.includes('LOGINDISABLED');
    const mechanisms = upper.filter((c) => c.startsWith('AUTH=')).map((c) => c.slice('AUTH='.length)).filter(isMechanismName);
    // Without LOGINDISABLED the LOGIN command takes a password in the clear (RFC 2595 §3.2).
    if (!loginDisabled) mechanisms.push('LOGIN');
    return { starttls: upper.includes('STARTTLS'), authBeforeTls: unique(mechanisms), loginDisabled };
  },

  async starttls(s, _capabilities, pipelined) {
    const tag = nextTag(s);
    if (pipelined) {
      const noop = nextTag(s);
      s.pipelinedTag = noop;
      s.reader.write(`${tag} STARTTLS\r\n${noop} NOOP\r\n`);
    } else {
      s.send(`${tag} STARTTLS`);
    }
    const reply = await readTagged(s, tag, 'starttls');
    return { accepted: reply.status === 'OK', reply: reply.raw };
  },

  async afterUpgrade() {
    return null;
  },

  async injectionAnswer(s) {
    // Tags say whose reply a line ends; LOGOUT is both the question and the goodbye.
    const pipelined = `${s.pipelinedTag ?? ''} `;
    const ours = nextTag(s);
    s.send(`${ours} LOGOUT`);
    return whoseReplyFirst(s, async (timeoutMs) => {
      const line = await s.reader.readLine(timeoutMs, 'after-tls');
      if (!isTextLine(line)) throw new ProbeFailure('misbehaving', 'after-tls', 'not an IMAP response', clipEvidence(line));
      if (line.startsWith(`${ours} `)) return 'ours';
      if (s.pipelinedTag !== null && line.startsWith(pipelined)) return 'pipelined';
      return line.startsWith('* ') || line.startsWith('+ ') ? 'unsolicited' : 'not-ours';
    });
  },

  quit(s) {
    return goodbye(s, (timeoutMs) => command(s, 'LOGOUT', 'after-tls', timeoutMs));
  },
};

export const protocol: Protocol = {
  name: 'imap',
  services: [
    { name: 'imap', port: 143, transport: 'starttls', tls: true, label: 'IMAP' },
    { name: 'imaps', port: 993, transport: 'implicit-tls', tls: true, label: 'IMAP over implicit TLS' },
  ],
  speaksFirst: 'server',
  upgradeWord: 'STARTTLS',
  greetingSaysBusy: imapGreetingSaysBusy,
  // Nothing the client says of itself is part of this dialogue.
  dialogue: () => imap,
};
