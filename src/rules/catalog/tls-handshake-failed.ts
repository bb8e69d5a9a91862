import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { describeEndpoint, errorEvidence } from '../describe.js';
import { failureRule } from '../probe-outcome.js';
import { defineRule } from '../rule.js';
import { LIVE, dovecotSetting, exim, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'tls-handshake-failed',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Implicit TLS handshake failed',
  summary: 'Implicit TLS does not complete.',
  what: 'A service on an implicit-TLS port (465, 993, 995, 443 or one the policy names) accepted the connection but the TLS handshake did not complete.',
  why: 'RFC 8314 §3 requires TLS to start as soon as the connection opens on these ports; without a completed handshake clients cannot use the service, and some retry on cleartext ports.',
  fix: 'Make sure the listener runs TLS (Postfix smtpd_tls_wrappermode = yes on the submissions service, Dovecot ssl = yes), that a readable certificate and key are configured, and that ssl_protocols / ssl_min_protocol allow TLS 1.2 and 1.3.',
  references: ['RFC 8314 §3', 'RFC 9325'],
  securitySeverity: '5.9',
  servers: {
    postfix: {
      file: 'master.cf',
      settings: [
        'submissions inet n       -       y       -       -       smtpd',
        '  -o syslog_name=postfix/submissions',
        '  -o smtpd_tls_wrappermode=yes',
        '  -o smtpd_sasl_auth_enable=yes',
      ].join('\n'),
      note: 'The certificate comes from smtpd_tls_chain_files in main.cf. The reason of a failed handshake is in the mail log with smtpd_tls_loglevel = 1.',
      docs: [{ label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' }, postconf('syslog_name'), postconf('smtpd_tls_wrappermode'), postconf('smtpd_sasl_auth_enable'), postconf('smtpd_tls_loglevel')],
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf and conf.d/10-master.conf',
      settings: [
        'ssl = yes',
        `ssl_cert = <${LIVE}/fullchain.pem`,
        `ssl_key = <${LIVE}/privkey.pem`,
        'ssl_min_protocol = TLSv1.2',
        'service imap-login {',
        '  inet_listener imaps {',
        '    port = 993',
        '    ssl = yes',
        '  }',
        '}',
      ].join('\n'),
      note: 'With ssl = no, the imaps and pop3s listeners cannot do TLS at all. doveconf -n shows what Dovecot actually reads.',
      docs: [dovecotSetting('ssl'), dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), dovecotSetting('ssl_min_protocol'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }, { label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' }],
    },
    exim: {
      file: 'the main configuration',
      settings: [
        'tls_on_connect_ports = 465',
        `tls_certificate = ${LIVE}/fullchain.pem`,
        `tls_privatekey = ${LIVE}/privkey.pem`,
      ].join('\n'),
      note: 'Port 465 must also be in daemon_smtp_ports.',
      docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Main configuration', 'ch-main_configuration')],
    },
    nginx: {
      file: 'the server block for the host',
      settings: [
        'listen 443 ssl;',
        `ssl_certificate ${LIVE}/fullchain.pem;`,
        `ssl_certificate_key ${LIVE}/privkey.pem;`,
        'ssl_protocols TLSv1.2 TLSv1.3;',
      ].join('\n'),
      note: 'The ssl parameter on listen turns TLS on; without it nginx answers plain HTTP on 443. nginx -t checks the configuration before a reload.',
      docs: [nginx('core', 'listen'), nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key'), nginx('ssl', 'ssl_protocols')],
    },
  },
});

function checkImplicitHandshake(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (failureRule(endpoint, facts) !== 'tls-handshake-failed') return [];
  const evidence = [
    facts.error ? errorEvidence(facts.error) : null,
    facts.tls?.error ? `TLS: ${facts.tls.error}` : null,
  ].filter((part): part is string => part !== null);
  return [
    {
      rule: 'tls-handshake-failed',
      message: `${describeEndpoint(endpoint)} accepted a connection but the TLS handshake did not complete.`,
      evidence: evidence.length > 0 ? evidence.join('; ') : null,
    },
  ];
}

export const checks: EndpointChecks = { require: checkImplicitHandshake };
