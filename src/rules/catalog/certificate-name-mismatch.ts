import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { certificateOf } from '../certificate.js';
import { describeEndpoint, listOf } from '../describe.js';
import { defineRule } from '../rule.js';
import { LIVE, dovecotSetting, exim, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'certificate-name-mismatch',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Certificate does not name the host',
  summary: 'No subject alternative name matches the host.',
  what: 'No subject alternative name in the certificate matches the host name in the policy (for an IP literal, no matching IP address SAN). Checked only when certificate verify is on.',
  why: 'RFC 7817 and RFC 6125 define how mail clients match the server name; a mismatch makes validating clients refuse and trains users to accept interception.',
  fix: 'Put the name clients use into the certificate as a DNS SAN (a wildcard covers one label only); on servers with several names, serve the right certificate per name (Dovecot local_name, Postfix tls_server_sni_maps, nginx server_name).',
  references: ['RFC 7817 §3', 'RFC 6125 §6'],
  cwe: '297',
  securitySeverity: '7.4',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: [
        `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
        'indexed = ${default_database_type}:${config_directory}/',
        'tls_server_sni_maps = ${indexed}sni',
      ].join('\n'),
      note: 'The default certificate must name the MX host (mail.example.com, not example.com). For further names, tls_server_sni_maps (Postfix 3.4 and later) maps each name to its own key-and-chain file, one line per name in /etc/postfix/sni (e.g. imap.example.net /etc/postfix/sni-chains/example.net.pem); build it with postmap -F, and list the default name there too.',
      docs: [postconf('smtpd_tls_chain_files'), postconf('tls_server_sni_maps'), postconf('default_database_type'), postconf('config_directory')],
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: [
        `ssl_cert = <${LIVE}/fullchain.pem`,
        `ssl_key = <${LIVE}/privkey.pem`,
        'local_name imap.example.net {',
        '  ssl_cert = </etc/letsencrypt/live/imap.example.net/fullchain.pem',
        '  ssl_key = </etc/letsencrypt/live/imap.example.net/privkey.pem',
        '}',
      ].join('\n'),
      note: 'local_name picks the certificate by the name the client sends (SNI); clients that send no SNI get the default.',
      docs: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
    },
    exim: {
      file: 'the main configuration',
      settings: `tls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
      note: 'For several names, use one certificate that lists them all, or expand the file name from the name the client asked for ($tls_in_sni).',
      docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Main configuration', 'ch-main_configuration')],
    },
    nginx: {
      file: 'one server block per name',
      settings: [
        'server {',
        '    listen 443 ssl;',
        '    server_name mail.example.com;',
        `    ssl_certificate ${LIVE}/fullchain.pem;`,
        `    ssl_certificate_key ${LIVE}/privkey.pem;`,
        '}',
      ].join('\n'),
      note: 'nginx picks the server block, and so the certificate, by SNI; a client without SNI gets the default server of the address.',
      docs: [nginx('core', 'server_name'), nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
    },
  },
});

function checkName(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null || !endpoint.settings.certificate.verify || certificate.nameMatch) return [];
  return [
    {
      rule: 'certificate-name-mismatch',
      setting: 'certificate.verify',
      message: `${describeEndpoint(endpoint)} presents a certificate that does not name ${endpoint.host}.`,
      evidence: `subject: ${certificate.subject}; SAN: ${certificate.san.length > 0 ? listOf(certificate.san) : '(none)'}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkName };
