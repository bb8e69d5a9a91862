// What the STARTTLS rules share (starttls-not-offered, starttls-failed, plaintext-auth-offered,
// starttls-command-injection; their checks are in src/rules/catalog/): the upgrade command's
// name, from the service table the protocol modules generate, and what a client could
// authenticate with before TLS, as the probe recorded it.
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import type { EndpointFacts } from '../facts/endpoint.js';

/** The command that upgrades the service to TLS, as its protocol names it (STARTTLS, POP3's STLS). */
export function upgradeCommand(endpoint: Endpoint): string {
  return SERVICES[endpoint.service].upgradeWord ?? 'STARTTLS';
}

/**
 * What a client could send a password with before TLS: the fact the dialogue recorded (SASL
 * mechanisms, plus the protocol's own cleartext login where it has one: IMAP LOGIN without
 * LOGINDISABLED, POP3 USER), upper-cased and sorted.
 */
export function authOfferedBeforeTls(endpoint: Endpoint, facts: EndpointFacts): string[] {
  const plaintext = facts.plaintext;
  // On implicit-TLS ports everything the server says is already inside TLS.
  if (plaintext === null || SERVICES[endpoint.service].transport !== 'starttls') return [];
  return [...new Set(plaintext.authBeforeTls.map((mechanism) => mechanism.toUpperCase()))].sort();
}
