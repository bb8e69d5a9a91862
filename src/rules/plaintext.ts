// What the STARTTLS rules share (starttls-not-offered, starttls-failed, plaintext-auth-offered,
// starttls-command-injection; their checks are in src/rules/catalog/): the upgrade command's
// name and what a client could authenticate with before TLS, both the protocol module's word.
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import type { EndpointFacts } from '../facts/endpoint.js';
import { protocolOf } from '../probe/dialogues/index.js';

/** The command that upgrades the service to TLS, as its protocol names it (STARTTLS, POP3's STLS). */
export function upgradeCommand(endpoint: Endpoint): string {
  return protocolOf(endpoint.service).upgradeWord ?? 'STARTTLS';
}

/**
 * What a client could send a password with before TLS (SASL mechanisms, and the protocol's own
 * cleartext login where it has one), as the service's protocol module reads the recorded facts.
 */
export function authOfferedBeforeTls(endpoint: Endpoint, facts: EndpointFacts): string[] {
  const plaintext = facts.plaintext;
  // On implicit-TLS ports everything the server says is already inside TLS.
  if (plaintext === null || SERVICES[endpoint.service].transport !== 'starttls') return [];
  return protocolOf(endpoint.service).authBeforeTls(plaintext);
}
