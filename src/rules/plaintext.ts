// What a STARTTLS service shows before TLS, and whether the upgrade works:
// starttls-not-offered, starttls-failed, plaintext-auth-offered, starttls-command-injection.
import type { Endpoint } from '../plan/types.js';
import { SERVICES } from '../policy/services.js';
import type { EndpointFacts } from '../probe/facts.js';
import type { Draft } from './draft.js';
import { describeEndpoint, errorEvidence, listOf } from './describe.js';
import { failureRule } from './probe-outcome.js';

const UPGRADE_WORD: Readonly<Record<string, string>> = { pop3: 'STLS' };

function upgradeCommand(endpoint: Endpoint): string {
  return UPGRADE_WORD[SERVICES[endpoint.service].dialogue] ?? 'STARTTLS';
}

/**
 * Judged only once the capability list was read in full: a dialogue cut short before it
 * says nothing about STARTTLS, and is reported by the reachability rules instead.
 */
export function checkStarttlsOffered(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (SERVICES[endpoint.service].transport !== 'starttls') return [];
  const plaintext = facts.plaintext;
  if (plaintext === null || plaintext.starttls) return [];
  const step = facts.error?.step;
  if (step === 'resolve' || step === 'connect' || step === 'greeting' || step === 'capabilities') return [];
  return [
    {
      rule: 'starttls-not-offered',
      message: `${describeEndpoint(endpoint)} does not advertise ${upgradeCommand(endpoint)}, so clients must talk in cleartext.`,
      evidence: `capabilities: ${plaintext.capabilities.length > 0 ? listOf(plaintext.capabilities) : '(none)'}`,
    },
  ];
}

export function checkStarttlsUpgrade(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (failureRule(endpoint, facts) !== 'starttls-failed') return [];
  const refused = facts.error?.kind === 'starttls-refused';
  const evidence = [
    facts.plaintext?.starttlsReply ? `reply: ${facts.plaintext.starttlsReply}` : null,
    facts.error ? errorEvidence(facts.error) : null,
    facts.tls?.error ? `TLS: ${facts.tls.error}` : null,
  ].filter((part): part is string => part !== null);
  return [
    {
      rule: 'starttls-failed',
      message: refused
        ? `${describeEndpoint(endpoint)} advertises ${upgradeCommand(endpoint)} but refused it.`
        : `${describeEndpoint(endpoint)} accepted ${upgradeCommand(endpoint)} but the TLS handshake did not complete.`,
      evidence: evidence.length > 0 ? evidence.join('; ') : null,
    },
  ];
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

export function checkPlaintextAuth(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const offered = authOfferedBeforeTls(endpoint, facts);
  if (offered.length === 0) return [];
  return [
    {
      rule: 'plaintext-auth-offered',
      message: `${describeEndpoint(endpoint)} offers authentication before TLS (${listOf(offered)}), so passwords can cross the network in cleartext.`,
      evidence: `before TLS: ${listOf(offered)}`,
    },
  ];
}

export function checkCommandInjection(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (SERVICES[endpoint.service].transport !== 'starttls' || facts.plaintext?.commandInjection !== true) return [];
  return [
    {
      rule: 'starttls-command-injection',
      message: `${describeEndpoint(endpoint)} executed a command pipelined after ${upgradeCommand(endpoint)} inside the TLS session.`,
      evidence: [
        'a command sent in the same packet as the upgrade was answered after the handshake',
        facts.plaintext.starttlsReply ? `reply to ${upgradeCommand(endpoint)}: ${facts.plaintext.starttlsReply}` : null,
      ]
        .filter((part): part is string => part !== null)
        .join('; '),
    },
  ];
}
