import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { describeEndpoint, listOf } from '../describe.js';
import { MOZILLA_GUIDELINES, acceptedOf, profileOf } from '../ciphers.js';
import { judgesNonAead } from '../../common/profiles.js';
import { DOVECOT_CIPHER_LIST, EXIM_PRIORITY, NGINX_CIPHERS } from '../cipher-fixes.js';
import { defineRule } from '../rule.js';
import { postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'tls-cipher-weak',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Weak cipher suite accepted',
  summary: 'A NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5-MAC suite is accepted (under profile intermediate or modern: any non-AEAD suite).',
  what: "The server accepts a TLS 1.0–1.2 cipher suite with no encryption (NULL), export-grade keys (EXPORT), RC4, DES, 3DES or IDEA encryption, or an MD5 MAC, when a client offers only such suites. Under the profiles intermediate and modern it also finds a TLS 1.2 suite without AEAD encryption (CBC), which Mozilla's intermediate list leaves out: one rule for 'a suite the policy's cipher list excludes', so that one waiver or severity covers it.",
  why: 'RFC 9325 §4.1 forbids NULL, EXPORT-grade and RC4 suites (RFC 7465) and suites under 112 bits of security (DES, and 3DES with its 64-bit block, Sweet32; IDEA has the same 64-bit block, and TLS 1.2 removed it with DES, RFC 5246 §1.2); MD5 is broken (RFC 6151). An attacker on the path can force them on a client that still offers them. RFC 9325 §4.2 recommends AEAD suites only at TLS 1.2 (CBC suites have a history of padding-oracle attacks: Lucky Thirteen), as Mozilla Server Side TLS 5.7 intermediate does.',
  fix: "Leave the classes out of the server's cipher list: Postfix smtpd_tls_exclude_ciphers = eNULL, EXPORT, RC4, DES, 3DES, IDEA, MD5; Dovecot ssl_cipher_list, Exim tls_require_ciphers and nginx ssl_ciphers with Mozilla's intermediate list.",
  references: ['RFC 9325 §4.1', 'RFC 9325 §4.2', 'RFC 7465', 'RFC 6151', 'RFC 5246 §1.2', MOZILLA_GUIDELINES],
  cwe: '327',
  securitySeverity: '7.4',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_exclude_ciphers = eNULL, EXPORT, RC4, DES, 3DES, IDEA, MD5',
      note: 'Applies at every TLS security level, port 25 included (smtpd_tls_mandatory_exclude_ciphers only adds to it where TLS is mandatory). Under profile intermediate, CBC suites go too where TLS is mandatory (submission with encrypt, wrapper mode on 465): smtpd_tls_mandatory_ciphers = high with tls_high_cipherlist = ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20. Check with postfix check, apply with postfix reload.',
      docs: [postconf('smtpd_tls_exclude_ciphers'), postconf('smtpd_tls_mandatory_ciphers'), postconf('tls_high_cipherlist')],
    },
    dovecot: DOVECOT_CIPHER_LIST,
    exim: EXIM_PRIORITY,
    nginx: NGINX_CIPHERS,
  },
});

function checkWeakSuites(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const weak = acceptedOf(facts, ['weak']);
  if (weak.versions.length > 0) {
    return [
      {
        rule: 'tls-cipher-weak',
        message: `${describeEndpoint(endpoint)} accepts weak cipher suites (NULL, EXPORT, RC4, DES, 3DES, IDEA or MD5) at ${listOf(weak.versions)}.`,
        evidence: `picked: ${weak.evidence.join('; ')}`,
      },
    ];
  }
  const profile = profileOf(endpoint);
  if (!judgesNonAead(profile)) return [];
  const cbc = acceptedOf(facts, ['non-aead']);
  if (cbc.versions.length === 0) return [];
  return [
    {
      rule: 'tls-cipher-weak',
      setting: 'tls.profile',
      message: `${describeEndpoint(endpoint)} accepts cipher suites without AEAD encryption at ${listOf(cbc.versions)}, which the profile ${profile} (${MOZILLA_GUIDELINES}) leaves out.`,
      evidence: `picked: ${cbc.evidence.join('; ')}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkWeakSuites };
