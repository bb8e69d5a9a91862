import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../probe/facts.js';
import { certificateOf, isExpired, validityEvidence, validityOf } from '../certificate.js';
import { describeEndpoint } from '../describe.js';
import { defineRule } from '../rule.js';
import { LIVE, dovecotSetting, exim, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'certificate-expired',
  defaultSeverity: 'error',
  scope: 'endpoint',
  inconclusive: false,
  title: 'Certificate expired or not yet valid',
  summary: 'The certificate is not yet valid, or has expired.',
  what: "The check's time is after the certificate's notAfter or before its notBefore.",
  why: 'Outside the validity period of RFC 5280 §4.1.2.5 validating clients refuse the connection, and users taught to click past the warning lose what TLS protects.',
  fix: 'Renew and deploy the certificate, then reload every service that uses it (postfix reload, doveadm reload, nginx -s reload); automate renewal with an ACME client and a hook that reloads them. For a not-yet-valid certificate, check its start date and the clocks involved.',
  references: ['RFC 5280 §4.1.2.5'],
  cwe: '298',
  securitySeverity: '6.5',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
      note: 'Postfix 3.4 and later. The files are read in order and must hold the key first, then the leaf certificate, then its intermediates; fullchain.pem has the leaf and the intermediates. Replaces smtpd_tls_cert_file and smtpd_tls_key_file. Apply with postfix reload.',
      docs: [postconf('smtpd_tls_chain_files'), { label: 'Postfix TLS support', url: 'https://www.postfix.org/TLS_README.html' }],
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: `ssl_cert = <${LIVE}/fullchain.pem\nssl_key = <${LIVE}/privkey.pem`,
      note: "The < makes Dovecot read the file's contents; without it the value is taken as the certificate itself. Put the intermediates in the ssl_cert file after the leaf. Dovecot 2.4 names these ssl_server_cert_file and ssl_server_key_file and takes plain paths (no <). Apply with doveadm reload.",
      docs: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
    },
    exim: {
      file: 'the main configuration (Debian: conf.d/main/03_exim4-config_tlsoptions)',
      settings: `tls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
      note: 'The files are opened by the Exim user (Debian-exim on Debian), so it must be able to read the key: give it a copy, or group read access. A restart (systemctl restart exim4) is the certain way to make every listener use the new files.',
      docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Main configuration', 'ch-main_configuration')],
    },
    nginx: {
      file: 'the server block with listen 443 ssl',
      settings: `ssl_certificate ${LIVE}/fullchain.pem;\nssl_certificate_key ${LIVE}/privkey.pem;`,
      note: 'ssl_certificate must be the full chain, leaf first. Apply with nginx -s reload (or systemctl reload nginx).',
      docs: [nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
    },
  },
});

function checkValidity(endpoint: Endpoint, facts: EndpointFacts, now: Date): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null) return [];
  const validity = validityOf(certificate);
  if (validity === null || !isExpired(validity, now)) return [];
  const notYet = now.getTime() < validity.notBefore;
  return [
    {
      rule: 'certificate-expired',
      message: notYet
        ? `${describeEndpoint(endpoint)} presents a certificate that is not valid yet.`
        : `${describeEndpoint(endpoint)} presents an expired certificate.`,
      evidence: validityEvidence(certificate),
    },
  ];
}

export const checks: EndpointChecks = { require: checkValidity };
