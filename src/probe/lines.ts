// A bounded line reader over a byte stream: the only way remote plaintext enters the prober.
// Lines are latin1 (every byte maps to one char, so nothing is lost or rejected), end at LF with
// an optional CR, and are capped; each read has a deadline. It can hand the socket back at the
// moment STARTTLS is accepted without having consumed anything past the go-ahead line.
import type { Duplex } from 'node:stream';
import type { ProbeStep } from '../facts/endpoint.js';
import { ProbeFailure, classifySocketError, clipEvidence } from './failure.js';

export const MAX_LINE_BYTES = 8 * 1024;
export const MAX_REPLY_BYTES = 64 * 1024;
/** Past this much unread input the reader stops pulling from the socket (back-pressure). */
const HIGH_WATER_BYTES = MAX_REPLY_BYTES + MAX_LINE_BYTES;

type Ending = { kind: 'closed' } | { kind: 'error'; err: unknown };

export class LineReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ending: Ending | null = null;
  private wake: (() => void) | null = null;
  private released = false;

  private readonly onData = (chunk: Buffer) => {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    if (this.buffer.length > HIGH_WATER_BYTES) this.stream.pause();
    this.notify();
  };
  private readonly onEnd = () => {
    this.ending ??= { kind: 'closed' };
    this.notify();
  };
  private readonly onError = (err: unknown) => {
    this.ending ??= { kind: 'error', err };
    this.notify();
  };

  constructor(private readonly stream: Duplex) {
    stream.on('data', this.onData);
    stream.on('end', this.onEnd);
    stream.on('close', this.onEnd);
    stream.on('error', this.onError);
  }

  write(text: string): void {
    this.stream.write(Buffer.from(text, 'latin1'));
  }

  /** Reads one line (without its CR LF) within timeoutMs. */
  async readLine(timeoutMs: number, step: ProbeStep): Promise<string> {
    const [line] = await this.readReply(() => true, timeoutMs, step);
    return line as string;
  }

  /**
   * Reads lines until `isLast` says a line ends the reply; one deadline covers the whole reply so
   * that a server dripping lines cannot hold the probe past it.
   */
  async readReply(isLast: (line: string) => boolean, timeoutMs: number, step: ProbeStep): Promise<string[]> {
    const lines: string[] = [];
    let replyBytes = 0;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = await this.nextLine(deadline, timeoutMs, step, lines);
      replyBytes += line.length;
      lines.push(line);
      if (replyBytes > MAX_REPLY_BYTES) {
        throw new ProbeFailure('misbehaving', step, `reply longer than ${MAX_REPLY_BYTES} bytes`, clipEvidence(lines.join('\n')));
      }
      if (isLast(line)) return lines;
    }
  }

  /**
   * Stops reading and detaches from the stream, so that a TLS layer can take it over. Returns
   * the bytes the server sent that were not read as lines: after a STARTTLS go-ahead there must be
   * none, since the server has to wait for our ClientHello.
   */
  release(): Buffer {
    this.released = true;
    this.stream.pause();
    this.stream.off('data', this.onData);
    this.stream.off('end', this.onEnd);
    this.stream.off('close', this.onEnd);
    this.stream.off('error', this.onError);
    const rest = this.buffer;
    this.buffer = Buffer.alloc(0);
    return rest;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private takeLine(step: ProbeStep): string | null {
    const lf = this.buffer.indexOf(0x0a);
    const end = lf === -1 ? this.buffer.length : lf;
    const length = end > 0 && this.buffer[end - 1] === 0x0d ? end - 1 : end;
    if (length > MAX_LINE_BYTES) {
      throw new ProbeFailure(
        'misbehaving',
        step,
        `line longer than ${MAX_LINE_BYTES} bytes`,
        clipEvidence(this.buffer.toString('latin1', 0, Math.min(this.buffer.length, 256))),
      );
    }
    if (lf === -1) return null;
    const line = this.buffer.toString('latin1', 0, length);
    this.buffer = this.buffer.subarray(lf + 1);
    if (this.stream.isPaused() && !this.released && this.buffer.length <= HIGH_WATER_BYTES) this.stream.resume();
    return line;
  }

  private async nextLine(deadline: number, timeoutMs: number, step: ProbeStep, sofar: string[]): Promise<string> {
    if (this.released) throw new ProbeFailure('other', step, 'line reader used after release');
    for (;;) {
      const line = this.takeLine(step);
      if (line !== null) return line;
      if (this.ending) {
        const partial = [...sofar, this.buffer.toString('latin1')].join('\n');
        if (this.ending.kind === 'closed') {
          throw new ProbeFailure('closed', step, 'the server closed the connection', partial ? clipEvidence(partial) : null);
        }
        const e = classifySocketError(this.ending.err, step);
        throw new ProbeFailure(e.kind, step, e.message, partial ? clipEvidence(partial) : null);
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        // Bytes that never became a line are not a slow server but a broken one (binary, a
        // protocol without line ends): that is misbehaviour, and the bytes are the evidence.
        if (this.buffer.length > 0) {
          throw new ProbeFailure('misbehaving', step, 'data that never ends a line', clipEvidence([...sofar, this.buffer.toString('latin1')].join('\n')));
        }
        throw new ProbeFailure('timeout', step, `no complete reply within ${timeoutMs} ms`, sofar.length ? clipEvidence(sofar.join('\n')) : null);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.wake = null;
          resolve();
        }, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}
