import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../probe/facts.js';
import { certificateOf } from '../certificate.js';
import { describeEndpoint } from '../describe.js';
import { defineRule } from '../rule.js';
import { LIVE, dovecotSetting, exim, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'certificate-untrusted',
  defaultSeverity: 'error',
  scope: 'endpoint',
  inconclusive: false,
  title: 'Certificate not trusted',
  summary: 'The chain does not reach a trusted root; self-signed included.',
  what: "OpenSSL does not verify the certificate chain up to a trusted root (the roots the trust setting selects, plus any ca-file): no path to one, a self-signed certificate, or a chain that breaks a rule of its own (name constraints, key usage, an unknown critical extension, an expired or weak intermediate). The leaf's own dates and weak key or signature are reported by certificate-expired and certificate-weak instead. Checked only when certificate verify is on.",
  why: 'Clients that validate the chain (RFC 5280 §6), as RFC 8314 asks mail clients to, refuse the connection; clients that do not validate are open to interception.',
  fix: 'Use a certificate from a public CA and serve the full chain, leaf first: Postfix smtpd_tls_chain_files, Dovecot ssl_cert with the full-chain file, nginx ssl_certificate with fullchain.pem. An MX host secured by DANE-EE TLSA records (RFC 7672) may set certificate verify to false instead.',
  references: ['RFC 5280 §6', 'RFC 8314', 'RFC 7672'],
  cwe: '295',
  securitySeverity: '7.4',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
      note: 'Postfix 3.4 and later. The files are read in order and must hold the key first, then the leaf certificate, then its intermediates; fullchain.pem has the leaf and the intermediates. Replaces smtpd_tls_cert_file and smtpd_tls_key_file. Apply with postfix reload. A port-25 MX with DANE TLSA records (RFC 7672) may use a certificate from a private CA; set certificate verify: false for it in the policy.',
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

function checkTrust(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null || !endpoint.settings.certificate.verify || certificate.trusted) return [];
  const selfSigned = certificate.subject === certificate.issuer || /SELF_SIGNED/i.test(certificate.error ?? '');
  const evidence = [
    certificate.error ? `error: ${certificate.error}` : null,
    `subject: ${certificate.subject}`,
    `issuer: ${certificate.issuer}`,
  ].filter((part): part is string => part !== null);
  return [
    {
      rule: 'certificate-untrusted',
      message: selfSigned
        ? `${describeEndpoint(endpoint)} presents a self-signed certificate.`
        : `${describeEndpoint(endpoint)} presents a certificate that does not chain to a trusted root.`,
      evidence: evidence.join('; '),
    },
  ];
}

export const checks: EndpointChecks = { require: checkTrust };
