import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { Severity, TlsProfile } from '../../policy/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { describeEndpoint } from '../describe.js';
import { MOZILLA_GUIDELINES, acceptedOf, profileOf } from '../ciphers.js';
import { judgesNonAead } from '../../common/profiles.js';
import { DOVECOT_CIPHER_LIST, EXIM_PRIORITY, NGINX_CIPHERS } from '../cipher-fixes.js';
import { defineRule } from '../rule.js';
import { postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'tls-forward-secrecy-missing',
  defaultSeverity: 'off',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'TLS 1.2 without forward secrecy accepted',
  summary: 'A TLS 1.2 session without forward secrecy (RSA key transport) can be made. Off unless a profile (intermediate, modern) or this setting turns it on.',
  what: "The server accepts a TLS 1.2 suite with RSA key transport (or static DH) when a client offers only such suites, so a session's keys can be recovered from the server's private key. Off unless the policy turns it on: the profile intermediate or modern makes it an error for the services held to it, and a severity set here applies whatever the profile.",
  why: 'RFC 9325 §4.1 recommends forward-secret suites only: with RSA key transport, whoever obtains the server key later (a seized server, a leaked backup) can decrypt every recorded session. Mozilla Server Side TLS 5.7 intermediate and modern allow (EC)DHE only. It stays off without a profile because old MTAs that speak only RSA key transport would fall back to plaintext on port 25.',
  fix: 'Leave RSA key transport out: Postfix smtpd_tls_mandatory_exclude_ciphers = aNULL, kRSA (and kRSA in smtpd_tls_exclude_ciphers for port 25 too); Dovecot ssl_cipher_list, Exim tls_require_ciphers and nginx ssl_ciphers with Mozilla\'s intermediate list.',
  references: ['RFC 9325 §4.1', MOZILLA_GUIDELINES],
  cwe: '327',
  securitySeverity: '4.8',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_mandatory_exclude_ciphers = aNULL, kRSA',
      note: 'Applies where TLS is mandatory (submission with encrypt, wrapper mode on 465); aNULL is there as tls-cipher-anonymous asks, since one parameter holds both. For port 25 as well, add kRSA to smtpd_tls_exclude_ciphers: a sending MTA that knows only RSA key transport then delivers in plaintext, which is why the rule is off without a profile. Check with postfix check, apply with postfix reload.',
      docs: [postconf('smtpd_tls_mandatory_exclude_ciphers'), postconf('smtpd_tls_exclude_ciphers')],
    },
    dovecot: DOVECOT_CIPHER_LIST,
    exim: EXIM_PRIORITY,
    nginx: NGINX_CIPHERS,
  },
});

/**
 * The profiles intermediate and modern make a finding an error; a severity the policy sets wins.
 * Also read by cipher-classes.ts, so that the question is asked wherever the rule judges it.
 */
export function severityByProfile(profile: TlsProfile | undefined): Severity | undefined {
  return judgesNonAead(profile) ? 'error' : undefined;
}

function checkForwardSecrecy(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const rsa = acceptedOf(facts, ['no-forward-secrecy']);
  if (rsa.versions.length === 0) return [];
  const profile = profileOf(endpoint);
  const severity = severityByProfile(profile);
  const byProfile = severity !== undefined;
  return [
    {
      rule: 'tls-forward-secrecy-missing',
      message: `${describeEndpoint(endpoint)} accepts TLS 1.2 sessions without forward secrecy (RSA key transport)${byProfile ? `, which the profile ${profile} (${MOZILLA_GUIDELINES}) does not allow` : ''}.`,
      evidence: `picked: ${rsa.evidence.join('; ')}`,
      ...(byProfile ? { severity, setting: 'tls.profile' } : {}),
    },
  ];
}

export const checks: EndpointChecks = { require: checkForwardSecrecy };
