// SMTP (RFC 5321) with STARTTLS (RFC 3207): greeting, EHLO, STARTTLS, QUIT.
import type { ProbeStep } from '../../facts/endpoint.js';
import { ProbeFailure, busyFailure, clipEvidence } from '../failure.js';
import type { DialogueOptions, Protocol } from './protocol.js';
import { type MailDialogue, type Session, goodbye, isTextLine, mechanismNames, unique, whoseReplyFirst } from './dialogue.js';

interface SmtpReply {
  code: number;
  /** Each line's text after the code and separator. */
  texts: string[];
  raw: string;
}

const REPLY_LINE = /^(\d{3})(?:([ -])(.*))?$/;

async function readReply(s: Session, step: ProbeStep, timeoutMs = s.timeoutMs): Promise<SmtpReply> {
  const lines = await s.reader.readReply(
    (line) => {
      const m = REPLY_LINE.exec(line);
      if (!m || !isTextLine(line)) {
        throw new ProbeFailure('misbehaving', step, 'not an SMTP reply', clipEvidence(line));
      }
      return m[2] !== '-';
    },
    timeoutMs,
    step,
  );
  return {
    code: Number(lines[lines.length - 1]!.slice(0, 3)),
    texts: lines.map((line) => line.slice(4)),
    raw: lines.join('\n'),
  };
}

function keyword(capability: string): string {
  return (capability.split(/[\s=]/, 1)[0] ?? '').toUpperCase();
}

/** RFC 5321 §4.2: every line of a reply carries its code; 421 and other 4xx mean "try later". */
function smtpGreetingSaysBusy(text: string): boolean {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  return /^4\d\d(?:[ -]|$)/.test(last) && /^4\d\d(?:[ -]|$)/.test(first);
}

/** SMTP's dialogue, saying EHLO with the client's name. */
export const smtpDialogue = ({ clientName }: DialogueOptions): MailDialogue => ({
  protocol: 'smtp',

  async greeting(s) {
    const reply = await readReply(s, 'greeting');
    if (reply.code === 220) return { text: reply.raw, capabilities: null };
    // 421 and other 4xx: "try later"; a 5xx greeting (554 "no service here") is not a mail
    // service a client could use at all.
    if (smtpGreetingSaysBusy(reply.raw)) throw busyFailure('greeting', `SMTP greeting ${reply.code}`, clipEvidence(reply.raw));
    throw new ProbeFailure('misbehaving', 'greeting', `SMTP greeting ${reply.code}, not 220`, clipEvidence(reply.raw));
  },

  async capabilities(s) {
    s.send(`EHLO ${clientName}`);
    const reply = await readReply(s, 'capabilities');
    // A server without ESMTP has no extensions, so no STARTTLS either.
    if (reply.code !== 250) return [];
    return reply.texts.slice(1).map((text) => text.trim()).filter((text) => text.length > 0);
  },

  read(capabilities) {
    const mechanisms: string[] = [];
    for (const capability of capabilities) {
      // "AUTH PLAIN LOGIN", and the pre-standard "AUTH=PLAIN LOGIN" some servers still send.
      const m = /^AUTH[ =](.*)$/i.exec(capability);
      if (m) mechanisms.push(...mechanismNames(m[1]!));
    }
    return {
      starttls: capabilities.some((capability) => keyword(capability) === 'STARTTLS'),
      authBeforeTls: unique(mechanisms),
      loginDisabled: null,
    };
  },

  async starttls(s, _capabilities, pipelined) {
    // NOOP is answered 250 (or an error code), never 221: the code of QUIT's reply, which is what
    // the injection test sends inside TLS.
    s.reader.write(pipelined ? 'STARTTLS\r\nNOOP\r\n' : 'STARTTLS\r\n');
    const reply = await readReply(s, 'starttls');
    return { accepted: reply.code === 220, reply: reply.raw };
  },

  async afterUpgrade() {
    return null;
  },

  async injectionAnswer(s) {
    // QUIT is both the question and the goodbye. A 220 inside TLS is a greeting sent again, not
    // an answer to NOOP: read past it.
    s.send('QUIT');
    return whoseReplyFirst(s, async (timeoutMs) => {
      const { code } = await readReply(s, 'after-tls', timeoutMs);
      return code === 221 ? 'ours' : code === 220 ? 'unsolicited' : 'not-ours';
    });
  },

  quit(s) {
    return goodbye(s, (timeoutMs) => {
      s.send('QUIT');
      return readReply(s, 'after-tls', timeoutMs);
    });
  },
});

export const protocol: Protocol = {
  name: 'smtp',
  services: [
    { name: 'smtp', port: 25, transport: 'starttls', tls: true, label: 'SMTP' },
    { name: 'submission', port: 587, transport: 'starttls', tls: true, label: 'submission (SMTP)' },
    { name: 'submissions', port: 465, transport: 'implicit-tls', aliases: ['smtps'], tls: true, label: 'submission over implicit TLS' },
  ],
  speaksFirst: 'server',
  upgradeWord: 'STARTTLS',
  greetingSaysBusy: smtpGreetingSaysBusy,
  dialogue: smtpDialogue,
};
