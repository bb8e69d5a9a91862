// ManageSieve (RFC 5804): the server greets with its capabilities, one per line as quoted
// strings ("SASL" "PLAIN"), ended by OK; STARTTLS; after TLS the server sends them again unasked.
import type { ProbeStep } from '../../facts/endpoint.js';
import { ProbeFailure, busyFailure, clipEvidence } from '../failure.js';
import type { Protocol } from './protocol.js';
import { MAX_INJECTION_REPLIES, type MailDialogue, type Session, goodbye, isTextLine, mechanismNames, unique, whoseReplyFirst } from './dialogue.js';

const FINAL = /^(OK|NO|BYE)\b/i;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
/** The TAG response code RFC 5804 §2.13 has NOOP echo: `OK (TAG "…") "Done"`. */
const TAG_CODE = /^(?:OK|NO|BYE)\s*\(TAG\s+"((?:[^"\\]|\\.)*)"\)/i;

/** NOOP tags (RFC 5804 §2.13 echoes them), so that each reply says whose it is. */
const AFTER_UPGRADE_TAG = 'AFTER-STARTTLS';
const PIPELINED_TAG = 'PIPELINED-WITH-STARTTLS';
const INSIDE_TLS_TAG = 'SENT-INSIDE-TLS';

interface Response {
  /** OK, NO or BYE (upper-cased). */
  status: string;
  /** The lines before the final one. */
  data: string[];
  raw: string;
}

async function readResponse(s: Session, step: ProbeStep, timeoutMs = s.timeoutMs): Promise<Response> {
  const lines = await s.reader.readReply(
    (line) => {
      if (!isTextLine(line) || !(FINAL.test(line) || line.startsWith('"'))) {
        throw new ProbeFailure('misbehaving', step, 'not a ManageSieve response', clipEvidence(line));
      }
      return FINAL.test(line);
    },
    timeoutMs,
    step,
  );
  const last = lines[lines.length - 1]!;
  return { status: FINAL.exec(last)![1]!.toUpperCase(), data: lines.slice(0, -1), raw: lines.join('\n') };
}

/** `"SASL" "PLAIN LOGIN"` → `SASL PLAIN LOGIN`; `"STARTTLS"` → `STARTTLS`. */
function capabilityOf(line: string): string {
  const strings = [...line.matchAll(QUOTED)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  const [name = '', value] = strings;
  return value ? `${name.toUpperCase()} ${value}` : name.toUpperCase();
}

function capabilitiesOf(response: Response): string[] {
  return response.data.map(capabilityOf).filter((c) => c.length > 0);
}

/** The tag a NOOP reply echoes, or null when it carries none. */
function tagOf(response: Response): string | null {
  const m = TAG_CODE.exec(response.raw);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : null;
}

function keyword(capability: string): string {
  return capability.split(' ', 1)[0] ?? '';
}

/**
 * The injection test with a server that drops NOOP's tag, after its first bare reply: LOGOUT
 * (unless already sent), and count the bare replies up to the close that LOGOUT brings. Our
 * NOOP and LOGOUT make two; the pipelined NOOP, run inside TLS, a third. The close ends the
 * count, not silence; a server that does not close leaves the answer unclear at the deadline.
 */
async function countRepliesToClose(s: Session, goodbyeSent: boolean): Promise<boolean | null> {
  if (!goodbyeSent) s.send('LOGOUT');
  const deadline = Date.now() + s.timeoutMs;
  let bare = 1;
  for (let read = 0; read < MAX_INJECTION_REPLIES; read += 1) {
    let response: Response;
    try {
      response = await readResponse(s, 'after-tls', Math.max(1, deadline - Date.now()));
    } catch (err) {
      if (!(err instanceof ProbeFailure) || err.error.kind !== 'closed' || err.evidence !== null) return null;
      return bare === 3 ? true : bare === 2 ? false : null;
    }
    if (response.data.length === 0) bare += 1;
  }
  return null;
}

/** RFC 5804 §1.3/§2.1: capability lines end with OK; NO or BYE there turns the client away. */
function managesieveGreetingSaysBusy(text: string): boolean {
  const lines = text.split('\n');
  return /^(?:NO|BYE)\b/i.test(lines[lines.length - 1]!.replace(/\r$/, ''));
}

export const managesieve: MailDialogue = {
  protocol: 'managesieve',

  async greeting(s) {
    const response = await readResponse(s, 'greeting');
    if (managesieveGreetingSaysBusy(response.raw)) throw busyFailure('greeting', `ManageSieve greeting ${response.status}`, clipEvidence(response.raw));
    return { text: response.raw, capabilities: capabilitiesOf(response) };
  },

  async capabilities(s, greeting) {
    if (greeting?.capabilities) return greeting.capabilities;
    s.send('CAPABILITY');
    const response = await readResponse(s, 'capabilities');
    return response.status === 'OK' ? capabilitiesOf(response) : [];
  },

  read(capabilities) {
    const sasl = capabilities.find((c) => keyword(c) === 'SASL');
    const mechanisms = sasl ? mechanismNames(sasl).slice(1) : [];
    return {
      starttls: capabilities.some((c) => keyword(c) === 'STARTTLS'),
      authBeforeTls: unique(mechanisms),
      loginDisabled: null,
    };
  },

  async starttls(s, capabilities, pipelined) {
    if (pipelined) {
      // NOOP came with RFC 5804's VERSION capability; a server without it might take NOOP as
      // an error and hang up, which would say nothing about injection.
      const hasNoop = capabilities.some((c) => keyword(c) === 'VERSION' || keyword(c) === 'NOOP');
      if (!hasNoop) return null;
      s.pipelinedTag = PIPELINED_TAG;
      s.reader.write(`STARTTLS\r\nNOOP "${PIPELINED_TAG}"\r\n`);
    } else {
      s.send('STARTTLS');
    }
    const response = await readResponse(s, 'starttls');
    return { accepted: response.status === 'OK', reply: response.raw };
  },

  async afterUpgrade(s) {
    // RFC 5804 §2.2 has the server send its capabilities again, unasked; some servers skip it.
    // A NOOP sent at once tells which without waiting for silence: the capabilities come before
    // its reply (a bare response; NO from a server without NOOP serves as well), or it comes
    // alone. Its reply after the capabilities is not waited for: the goodbye reads it (`quit`).
    s.send(`NOOP "${AFTER_UPGRADE_TAG}"`);
    const response = await readResponse(s, 'after-tls');
    if (response.data.length === 0) return null;
    return response.status === 'OK' ? capabilitiesOf(response) : [];
  },

  async injectionAnswer(s) {
    s.send(`NOOP "${INSIDE_TLS_TAG}"`);
    let saidGoodbye = false;
    let tagless = false;
    const answer = await whoseReplyFirst(s, async (timeoutMs) => {
      const response = await readResponse(s, 'after-tls', timeoutMs);
      // Lines of data: the capabilities re-sent after the upgrade. A NOOP's reply has none.
      if (response.data.length > 0) {
        // The goodbye goes now: it also acknowledges the capabilities at once, which a server
        // that holds small writes until then (Nagle) waits for before sending the next reply.
        if (!saidGoodbye) s.send('LOGOUT');
        saidGoodbye = true;
        return 'unsolicited';
      }
      // A server that drops the tag RFC 5804 has NOOP echo leaves both replies alike.
      const tag = tagOf(response);
      tagless = tag === null;
      if (tag === null) return 'unclear';
      if (tag === INSIDE_TLS_TAG) return 'ours';
      return tag === s.pipelinedTag ? 'pipelined' : 'not-ours';
    });
    if (tagless) return countRepliesToClose(s, saidGoodbye);
    if (!saidGoodbye) await managesieve.quit(s);
    return answer;
  },

  quit(s) {
    return goodbye(s, async (timeoutMs) => {
      s.send('LOGOUT');
      // The reply to the NOOP sent after the upgrade may still be on its way (`afterUpgrade`).
      const deadline = Date.now() + timeoutMs;
      const first = await readResponse(s, 'after-tls', timeoutMs);
      if (tagOf(first) === AFTER_UPGRADE_TAG) await readResponse(s, 'after-tls', Math.max(1, deadline - Date.now()));
    });
  },
};

export const protocol: Protocol = {
  name: 'managesieve',
  services: [{ name: 'managesieve', port: 4190, transport: 'starttls', aliases: ['sieve'], tls: true, label: 'ManageSieve' }],
  speaksFirst: 'server',
  upgradeWord: 'STARTTLS',
  greetingSaysBusy: managesieveGreetingSaysBusy,
  // Nothing the client says of itself is part of this dialogue.
  dialogue: () => managesieve,
};
