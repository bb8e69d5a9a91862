import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { describeEndpoint, listOf } from '../describe.js';
import { versionsSeen } from '../tls-session.js';
import { defineRule } from '../rule.js';
import { dovecotSetting, exim, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'tls13-not-supported',
  defaultSeverity: 'off',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'TLS 1.3 not supported',
  summary: 'TLS 1.3 is not negotiated (off unless enabled here).',
  what: 'The server does not accept TLS 1.3. Off unless the policy turns it on.',
  why: 'RFC 9325 recommends TLS 1.3: it drops legacy key exchange and cipher suites and encrypts more of the handshake. A well-configured TLS 1.2 is still acceptable, hence off by default.',
  fix: 'Run the server against OpenSSL 1.1.1 or later and do not cap the version: Postfix smtpd_tls_protocols = >=TLSv1.2, Dovecot ssl_min_protocol = TLSv1.2 without ssl_max_protocol, nginx ssl_protocols TLSv1.2 TLSv1.3;.',
  references: ['RFC 9325 §3.1.1', 'RFC 8446'],
  securitySeverity: '2.0',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2',
      note: 'No upper bound (no <=TLSv1.2, no !TLSv1.3). TLS 1.3 needs Postfix 3.4 or later built with OpenSSL 1.1.1 or later.',
      docs: [postconf('smtpd_tls_protocols'), postconf('smtpd_tls_mandatory_protocols')],
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: 'ssl_min_protocol = TLSv1.2',
      note: 'Dovecot 2.3 sets only a lower bound (ssl_min_protocol), so TLS 1.3 is on whenever Dovecot runs with OpenSSL 1.1.1 or later.',
      docs: [dovecotSetting('ssl_min_protocol')],
    },
    exim: {
      file: 'the main configuration',
      settings: 'tls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1',
      note: 'Do not remove VERS-TLS1.3 from the GnuTLS priority string (or add +no_tlsv1_3 to openssl_options). TLS 1.3 needs GnuTLS 3.6.5 or OpenSSL 1.1.1 or later.',
      docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Main configuration', 'ch-main_configuration')],
    },
    nginx: {
      file: 'every server block on the address (or the http block)',
      settings: 'ssl_protocols TLSv1.2 TLSv1.3;',
      note: 'TLS 1.3 needs nginx 1.13.0 or later built with OpenSSL 1.1.1 or later (nginx -V shows both).',
      docs: [nginx('ssl', 'ssl_protocols')],
    },
  },
});

function checkTls13(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (facts.tls?.version == null) return [];
  const seen = versionsSeen(facts);
  if (seen.includes('TLSv1.3')) return [];
  return [
    {
      rule: 'tls13-not-supported',
      message: `${describeEndpoint(endpoint)} does not accept TLS 1.3.`,
      evidence: `accepted: ${listOf(seen)}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkTls13 };
