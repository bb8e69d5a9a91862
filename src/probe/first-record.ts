// A pass-through stream between a socket whose STARTTLS was just accepted and the TLS layer that
// takes it over, noting whether the first byte the server sent after its go-ahead opened a TLS
// record. The injection test needs to tell a server that answered the pipelined command in
// plaintext (text where TLS was due) from one whose TLS layer refused the handshake (an alert or
// a close), whether those bytes came in the go-ahead's packet or later: node's TLS layer reads a
// plain socket below JavaScript, so the bytes can only be seen by passing them through here.
import type net from 'node:net';
import { Duplex } from 'node:stream';

/** TLS record content types a server may open with: change_cipher_spec, alert, handshake, application_data. */
const FIRST_RECORD_TYPE = 20;
const LAST_RECORD_TYPE = 23;

export class FirstRecordWatch extends Duplex {
  private first: number | null = null;

  constructor(private readonly raw: net.Socket) {
    super();
    raw.on('data', (chunk: Buffer) => {
      if (this.first === null && chunk.length > 0) this.first = chunk[0]!;
      if (!this.push(chunk)) raw.pause();
    });
    raw.on('end', () => this.push(null));
    raw.on('error', (err) => this.destroy(err));
    raw.on('close', () => this.destroy());
  }

  /** The server's first bytes were not a TLS record (plaintext, most likely a reply line). */
  get textFirst(): boolean {
    return this.first !== null && (this.first < FIRST_RECORD_TYPE || this.first > LAST_RECORD_TYPE);
  }

  override _read(): void {
    this.raw.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    this.raw.write(chunk, done);
  }

  override _final(done: (err?: Error | null) => void): void {
    this.raw.end(done);
  }

  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    this.raw.destroy();
    done(err);
  }
}
