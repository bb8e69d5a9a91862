// The protocol table: every protocol module, each with its service entries and its dialogue.
// The policy's service table (src/policy/service-table.ts) and the schemas' service lists are
// generated from it (`npm run docs`), in this order. See docs/architecture.md, "Adding a protocol".
import type { ServiceName } from '../../policy/services.js';
import type { MailDialogue } from './dialogue.js';
import * as http from './http.js';
import * as imap from './imap.js';
import * as managesieve from './managesieve.js';
import * as pop3 from './pop3.js';
import type { Protocol } from './protocol.js';
import * as smtp from './smtp.js';

export const PROTOCOLS: readonly Protocol[] = [smtp.protocol, imap.protocol, pop3.protocol, managesieve.protocol, http.protocol];

const BY_SERVICE: ReadonlyMap<string, Protocol> = new Map(PROTOCOLS.flatMap((protocol) => protocol.services.map((service) => [service.name, protocol] as const)));

/** The protocol a service speaks. */
export function protocolOf(service: ServiceName): Protocol {
  const protocol = BY_SERVICE.get(service);
  if (protocol === undefined) throw new Error(`no protocol module names the service ${service}`);
  return protocol;
}

/** The mail dialogues by protocol name. */
export const DIALOGUES: Readonly<Record<string, MailDialogue>> = Object.fromEntries(
  PROTOCOLS.flatMap((protocol) => (protocol.dialogue === null ? [] : [[protocol.name, protocol.dialogue] as const])),
);

/** The mail dialogue a service speaks, or null (https and http speak none of these). */
export function dialogueFor(service: ServiceName): MailDialogue | null {
  return protocolOf(service).dialogue;
}

export type { MailDialogue } from './dialogue.js';
export type { Protocol, ServiceEntry } from './protocol.js';
export { Session } from './dialogue.js';
