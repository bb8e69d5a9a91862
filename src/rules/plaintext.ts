// What the STARTTLS rules share (starttls-not-offered, starttls-failed, plaintext-auth-offered,
// starttls-command-injection; their checks are in src/rules/catalog/): the upgrade command's
// name, and what a client could authenticate with before TLS.
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import type { EndpointFacts } from '../probe/facts.js';

const UPGRADE_WORD: Readonly<Record<string, string>> = { pop3: 'STLS' };

export function upgradeCommand(endpoint: Endpoint): string {
  return UPGRADE_WORD[SERVICES[endpoint.service].dialogue] ?? 'STARTTLS';
}

/** Mechanisms (and IMAP LOGIN, POP3 USER) a client could send a password with before TLS. */
export function authOfferedBeforeTls(endpoint: Endpoint, facts: EndpointFacts): string[] {
  const plaintext = facts.plaintext;
  // On implicit-TLS ports everything the server says is already inside TLS.
  if (plaintext === null || SERVICES[endpoint.service].transport !== 'starttls') return [];
  const offered = new Set(plaintext.authBeforeTls.map((mechanism) => mechanism.toUpperCase()));
  const dialogue = SERVICES[endpoint.service].dialogue;
  // IMAP's LOGIN command exists unless LOGINDISABLED says otherwise (RFC 2595, RFC 9051).
  if (dialogue === 'imap' && plaintext.loginDisabled === false) offered.add('LOGIN');
  if (dialogue === 'pop3' && plaintext.capabilities.some((line) => /^USER\b/i.test(line.trim()))) {
    offered.add('USER');
  }
  return [...offered].sort();
}

