import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { certificateOf, weaknesses } from '../certificate.js';
import { describeEndpoint, listOf } from '../describe.js';
import { defineRule } from '../rule.js';
import { CERTIFICATE_CHAIN, dovecotSetting, LIVE, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'certificate-weak',
  defaultSeverity: 'warning',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Weak certificate key or signature',
  summary: 'RSA below 2048 bits, EC below 256 bits, or a SHA-1 signature.',
  what: 'The certificate has an RSA or DSA key under 2048 bits, an EC key under 256 bits, or an SHA-1 or MD5 signature.',
  why: 'Short keys and SHA-1 or MD5 signatures are within reach of well-funded attackers; RFC 9325 asks for RSA keys of at least 2048 bits and RFC 9155 removes MD5 and SHA-1 signatures from TLS 1.2.',
  fix: 'Reissue the certificate with an RSA key of 2048 bits or more or an ECDSA P-256 or P-384 key, signed with SHA-256 or stronger, and deploy it with current intermediates.',
  references: ['RFC 9325', 'RFC 9155', 'RFC 5280'],
  cwe: '326',
  securitySeverity: '5.9',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_chain_files = /etc/postfix/ecdsa-chain.pem, /etc/postfix/rsa-chain.pem',
      note: 'Postfix can serve an ECDSA and an RSA certificate side by side; each file holds a key followed by its certificate and intermediates. A single file per key type works as well.',
      docs: [postconf('smtpd_tls_chain_files'), { label: 'Postfix TLS support', url: 'https://www.postfix.org/TLS_README.html' }],
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: [
        `ssl_cert = <${LIVE}/fullchain.pem`,
        `ssl_key = <${LIVE}/privkey.pem`,
        `ssl_alt_cert = <${LIVE}-rsa/fullchain.pem`,
        `ssl_alt_key = <${LIVE}-rsa/privkey.pem`,
      ].join('\n'),
      note: 'ssl_alt_cert and ssl_alt_key (Dovecot 2.3) add a second certificate of another key type, e.g. RSA next to ECDSA.',
      docs: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_alt_cert'), dovecotSetting('ssl_alt_key'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
    },
    exim: CERTIFICATE_CHAIN.exim,
    nginx: {
      file: 'the server block with listen 443 ssl',
      settings: [
        `ssl_certificate ${LIVE}/fullchain.pem;`,
        `ssl_certificate_key ${LIVE}/privkey.pem;`,
        `ssl_certificate ${LIVE}-rsa/fullchain.pem;`,
        `ssl_certificate_key ${LIVE}-rsa/privkey.pem;`,
      ].join('\n'),
      note: 'nginx 1.11.0 and later accept several ssl_certificate pairs (e.g. ECDSA and RSA) and pick one per client.',
      docs: [nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
    },
  },
});

function checkStrength(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null) return [];
  const found = weaknesses(certificate);
  if (found.length === 0) return [];
  return [
    {
      rule: 'certificate-weak',
      message: `${describeEndpoint(endpoint)} presents a weak certificate: ${listOf(found)}.`,
      evidence: `key: ${certificate.keyType} ${certificate.keyBits ?? '?'} bits; signature: ${certificate.signature}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkStrength };
