import type { Draft, EndpointChecks } from '../draft.js';
import { DAY_MS } from '../../common/time.js';
import { certificateOf, isExpired, validityEvidence, validityOf } from '../certificate.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../probe/facts.js';
import { describeEndpoint } from '../describe.js';
import { defineRule } from '../rule.js';
import { LIVE, dovecotSetting, exim, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'certificate-expiring',
  defaultSeverity: 'warning',
  scope: 'endpoint',
  inconclusive: false,
  title: 'Certificate expiring soon',
  summary: 'Fewer than min-days-left days remain before the certificate expires.',
  what: "The certificate expires in fewer days than the policy's min-days-left.",
  why: 'Validity ends at notAfter (RFC 5280 §4.1.2.5); renewing well ahead leaves time to notice a failed renewal before clients start refusing the service.',
  fix: 'Renew now and find out why automatic renewal did not run; make sure the renewal hook reloads Postfix, Dovecot and nginx, since a new file on disk is not served until the daemon reloads.',
  references: ['RFC 5280 §4.1.2.5'],
  securitySeverity: '3.1',
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

function checkExpiring(endpoint: Endpoint, facts: EndpointFacts, now: Date): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null) return [];
  const validity = validityOf(certificate);
  if (validity === null || isExpired(validity, now)) return [];
  const minDaysLeft = endpoint.settings.certificate.minDaysLeft;
  const msLeft = validity.notAfter - now.getTime();
  if (msLeft >= minDaysLeft * DAY_MS) return [];
  const daysLeft = Math.floor(msLeft / DAY_MS);
  return [
    {
      rule: 'certificate-expiring',
      message: `${describeEndpoint(endpoint)} presents a certificate that expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'}, fewer than the policy's ${minDaysLeft}.`,
      evidence: validityEvidence(certificate),
    },
  ];
}

export const checks: EndpointChecks = { require: checkExpiring };
