// What a protocol module exports beside its dialogue: the services it names, and what the rest
// of the program must know of it without speaking it. The table in index.ts registers the
// modules; the policy's service table (src/policy/service-table.ts) and the schemas' service
// lists are generated from it (`npm run docs`). See docs/architecture.md, "Adding a protocol".
import type { PlaintextFacts } from '../../facts/endpoint.js';
import type { Transport } from '../../policy/services.js';
import type { MailDialogue } from './dialogue.js';

/** One service a policy can name, reached over this protocol. */
export interface ServiceEntry {
  name: string;
  /** The standard port, used when the policy names none. */
  port: number;
  transport: Transport;
  /** Other names people use for the same service (RFC 8314 calls 465 "submissions"). */
  aliases?: readonly string[];
  /** Does `require` hold this service to the TLS and certificate rules? */
  tls: boolean;
  /** How a sentence names what speaks there (`init`'s reasons: "something answered, but not as IMAP"). */
  label: string;
}

/**
 * What the client says of itself where a protocol asks for it (SMTP's EHLO name, the `helo-name`
 * input). A dialogue is built with it, so that a session carries only what every protocol shares.
 */
export interface DialogueOptions {
  clientName: string;
}

export interface Protocol {
  /** The protocol's name, as service entries and reports give it. */
  name: string;
  services: readonly ServiceEntry[];
  /**
   * Who speaks first on a new connection: the server (a greeting the probe waits for, never
   * sending first) or the client (HTTP's request).
   */
  speaksFirst: 'server' | 'client';
  /** The command that upgrades the connection to TLS (STARTTLS, POP3's STLS); null without one. */
  upgradeWord: string | null;
  /**
   * Does the greeting turn the client away as busy ("come back later")? Only a signal the
   * protocol defines for it counts: a refusal without one says the service is not there for
   * clients. `text` is the greeting as received, lines joined by \n.
   */
  greetingSaysBusy(text: string): boolean;
  /**
   * Builds the plaintext dialogue the probe speaks, or null (HTTP: the probe's request is all
   * there is).
   */
  dialogue: ((options: DialogueOptions) => MailDialogue) | null;
}

