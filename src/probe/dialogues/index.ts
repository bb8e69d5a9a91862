// The service → dialogue table: SERVICES[s].dialogue names the protocol, this maps it to code.
import { SERVICES, type ServiceName } from '../../policy/services.js';
import type { MailDialogue } from './dialogue.js';
import { imap } from './imap.js';
import { managesieve } from './managesieve.js';
import { pop3 } from './pop3.js';
import { smtp } from './smtp.js';

export const DIALOGUES: Readonly<Record<MailDialogue['protocol'], MailDialogue>> = { smtp, imap, pop3, managesieve };

/** The mail dialogue a service speaks, or null (https and http speak none of these). */
export function dialogueFor(service: ServiceName): MailDialogue | null {
  const name = SERVICES[service].dialogue;
  return name in DIALOGUES ? DIALOGUES[name as MailDialogue['protocol']] : null;
}

export type { MailDialogue } from './dialogue.js';
export { Session } from './dialogue.js';
