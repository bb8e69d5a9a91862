// ManageSieve (RFC 5804): the server greets with its capabilities, one per line as quoted
// strings ("SASL" "PLAIN"), ended by OK; STARTTLS; after TLS the server sends them again unasked.
import type { ProbeStep } from '../facts.js';
import { greetingSaysBusy } from '../busy-greeting.js';
import { ProbeFailure, busyFailure, clipEvidence } from '../failure.js';
import { type MailDialogue, type Session, isTextLine, mechanismNames, quitTimeout, unique } from './dialogue.js';

/** How long to wait for the capabilities a server should send unasked after the upgrade. */
const UNASKED_WAIT_MS = 2000;
const FINAL = /^(OK|NO|BYE)\b/i;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

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

function keyword(capability: string): string {
  return capability.split(' ', 1)[0] ?? '';
}

export const managesieve: MailDialogue = {
  protocol: 'managesieve',

  async greeting(s) {
    const response = await readResponse(s, 'greeting');
    if (greetingSaysBusy('managesieve', response.raw)) throw busyFailure('greeting', `ManageSieve greeting ${response.status}`, clipEvidence(response.raw));
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
      s.reader.write('STARTTLS\r\nNOOP\r\n');
    } else {
      s.send('STARTTLS');
    }
    const response = await readResponse(s, 'starttls');
    return { accepted: response.status === 'OK', reply: response.raw };
  },

  async afterUpgrade(s) {
    let response: Response;
    try {
      response = await readResponse(s, 'after-tls', Math.min(s.timeoutMs, UNASKED_WAIT_MS));
    } catch (err) {
      // Some servers skip the re-send RFC 5804 §2.2 asks for; ask for the capabilities instead.
      if (!(err instanceof ProbeFailure) || err.error.kind !== 'timeout' || err.evidence !== null) throw err;
      s.send('CAPABILITY');
      response = await readResponse(s, 'after-tls');
    }
    return response.status === 'OK' ? capabilitiesOf(response) : [];
  },

  async quit(s) {
    try {
      s.send('LOGOUT');
      await readResponse(s, 'after-tls', quitTimeout(s));
    } catch {
      // The session is over either way.
    }
  },
};
