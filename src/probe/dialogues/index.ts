// The protocol table: every protocol module, each with its service entries and its dialogue.
// The policy's service table (src/policy/service-table.ts) and the schemas' service lists are
// generated from it (`npm run docs`), in this order. See docs/architecture.md, "Adding a protocol".
import type { ServiceName } from '../../policy/services.js';
import type { MailDialogue } from './dialogue.js';
import * as http from './http.js';
import * as imap from './imap.js';
import * as managesieve from './managesieve.js';
import * as pop3 from './pop3.js';
import type { DialogueOptions, Protocol, ServiceEntry } from './protocol.js';
import * as smtp from './smtp.js';

export const PROTOCOLS: readonly Protocol[] = [smtp.protocol, imap.protocol, pop3.protocol, managesieve.protocol, http.protocol];

const BY_SERVICE: ReadonlyMap<string, Protocol> = new Map(PROTOCOLS.flatMap((protocol) => protocol.services.map((service) => [service.name, protocol] as const)));

/** The protocol a service speaks. */
export function protocolOf(service: ServiceName): Protocol {
  const protocol = BY_SERVICE.get(service);
  if (protocol === undefined) throw new Error(`no protocol module names the service ${service}`);
  return protocol;
}

/** A service's entry in its protocol module (port, transport, label). */
export function serviceEntryOf(service: ServiceName): ServiceEntry {
  return protocolOf(service).services.find((entry) => entry.name === service)!;
}

/** The mail dialogue a service speaks, built with `options`, or null (https and http speak none of these). */
export function dialogueFor(service: ServiceName, options: DialogueOptions): MailDialogue | null {
  return protocolOf(service).dialogue?.(options) ?? null;
}

export type { MailDialogue } from './dialogue.js';
export type { DialogueOptions, Protocol, ServiceEntry } from './protocol.js';
export { Session } from './dialogue.js';
