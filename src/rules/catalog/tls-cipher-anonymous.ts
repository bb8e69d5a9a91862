import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { describeEndpoint, listOf } from '../describe.js';
import { acceptedOf } from '../ciphers.js';
import { DOVECOT_CIPHER_LIST, EXIM_PRIORITY, NGINX_CIPHERS } from '../cipher-fixes.js';
import { defineRule } from '../rule.js';
import { postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'tls-cipher-anonymous',
  defaultSeverity: 'notice',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Anonymous cipher suite accepted',
  summary: 'An anonymous (aNULL) suite is accepted: a session without a server certificate.',
  what: 'The server accepts an anonymous cipher suite (aNULL: DH_anon or ECDH_anon key exchange) when a client offers only such suites: a session in which the server shows no certificate, so the client cannot know whom it talks to.',
  why: "Postfix offers anonymous suites on purpose on port 25: opportunistic TLS between MTAs (RFC 7435) is mostly unauthenticated anyway, and a client that does not check certificates gains nothing from one, while anonymous suites spare it nothing either. A client that verifies certificates (DANE, MTA-STS, a mail user agent) never offers them, so it cannot be led into one: hence a notice, acceptable on port 25. Where TLS is mandatory (submission, IMAP, POP3) no legitimate client needs them, and RFC 9325 §4.1 says anonymous suites must not be used where authentication is expected: turn them off there.",
  fix: 'Leave aNULL out where TLS is mandatory: Postfix smtpd_tls_mandatory_exclude_ciphers = aNULL (keep port 25 opportunistic, or add smtpd_tls_exclude_ciphers = aNULL to drop them everywhere); Dovecot ssl_cipher_list, Exim tls_require_ciphers and nginx ssl_ciphers with Mozilla\'s intermediate list.',
  references: ['RFC 9325 §4.1', 'RFC 7435', 'RFC 7672 §8.2'],
  cwe: '295',
  securitySeverity: '3.7',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_mandatory_exclude_ciphers = aNULL',
      note: "Postfix enables anonymous suites by default (its cipher lists start aNULL:-aNULL:… so they come last), and turns them off by itself where it asks for client certificates. This setting drops them where TLS is mandatory (submission with encrypt, wrapper mode on 465); to drop them on port 25 as well, smtpd_tls_exclude_ciphers = aNULL. Check with postfix check, apply with postfix reload.",
      docs: [postconf('smtpd_tls_mandatory_exclude_ciphers'), postconf('smtpd_tls_exclude_ciphers'), { label: 'Postfix TLS support: server-side cipher controls', url: 'https://www.postfix.org/TLS_README.html#server_cipher' }],
    },
    dovecot: DOVECOT_CIPHER_LIST,
    exim: EXIM_PRIORITY,
    nginx: NGINX_CIPHERS,
  },
});

function checkAnonymousSuites(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const anonymous = acceptedOf(facts, ['anonymous']);
  if (anonymous.versions.length === 0) return [];
  return [
    {
      rule: 'tls-cipher-anonymous',
      message: `${describeEndpoint(endpoint)} accepts anonymous cipher suites (no server certificate) at ${listOf(anonymous.versions)}.`,
      evidence: `picked: ${anonymous.evidence.join('; ')}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkAnonymousSuites };
