import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { describeEndpoint, errorEvidence } from '../describe.js';
import { failureRule } from '../probe-outcome.js';
import { upgradeCommand } from '../plaintext.js';
import { defineRule } from '../rule.js';
import { LIVE, dovecotSetting, exim, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'starttls-failed',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'STARTTLS upgrade failed',
  summary: 'STARTTLS is refused, or the upgraded handshake fails.',
  what: 'The server advertised STARTTLS (or STLS) but refused the command, or the TLS handshake that followed did not complete.',
  why: 'A broken upgrade leaves clients to give up or carry on in cleartext, and opportunistic SMTP senders silently fall back to cleartext (RFC 3207, RFC 2595).',
  fix: 'Read the server log at the time of the check: usually the certificate or key cannot be read (Postfix smtpd_tls_chain_files, Dovecot ssl_cert / ssl_key), or the protocol and cipher settings share nothing with current clients.',
  references: ['RFC 3207 §4', 'RFC 2595', 'RFC 5804 §2.2'],
  cwe: '319',
  securitySeverity: '7.4',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: [
        `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
        'smtpd_tls_protocols = >=TLSv1.2',
        'smtpd_tls_mandatory_protocols = >=TLSv1.2',
        'smtpd_tls_loglevel = 1',
      ].join('\n'),
      note: 'With smtpd_tls_loglevel = 1 the mail log says why each handshake failed. An unreadable key or a key that does not match its certificate makes Postfix log a warning and refuse STARTTLS.',
      docs: [postconf('smtpd_tls_chain_files'), postconf('smtpd_tls_protocols'), postconf('smtpd_tls_mandatory_protocols'), postconf('smtpd_tls_loglevel')],
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf and conf.d/10-logging.conf',
      settings: [
        `ssl_cert = <${LIVE}/fullchain.pem`,
        `ssl_key = <${LIVE}/privkey.pem`,
        'ssl_min_protocol = TLSv1.2',
        'verbose_ssl = yes',
      ].join('\n'),
      note: 'verbose_ssl = yes logs the TLS errors of each connection; turn it off again once fixed.',
      docs: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), dovecotSetting('ssl_min_protocol'), dovecotSetting('verbose_ssl')],
    },
    exim: {
      file: 'the main configuration',
      settings: [
        `tls_certificate = ${LIVE}/fullchain.pem`,
        `tls_privatekey = ${LIVE}/privkey.pem`,
        'log_selector = +tls_cipher +tls_peerdn',
      ].join('\n'),
      note: "Exim logs every failed TLS negotiation in its main log (Debian: /var/log/exim4/mainlog) with the reason (TLS error on connection ...), whatever log_selector says. tls_cipher (on by default) and tls_peerdn add the cipher and the client certificate's DN to the lines of messages received over TLS.",
      docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Log files', 'ch-log_files')],
    },
  },
});

function checkStarttlsUpgrade(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (failureRule(endpoint, facts) !== 'starttls-failed') return [];
  const refused = facts.error?.kind === 'starttls-refused';
  const evidence = [
    facts.plaintext?.starttlsReply ? `reply: ${facts.plaintext.starttlsReply}` : null,
    facts.error ? errorEvidence(facts.error) : null,
    facts.tls?.error ? `TLS: ${facts.tls.error}` : null,
  ].filter((part): part is string => part !== null);
  return [
    {
      rule: 'starttls-failed',
      message: refused
        ? `${describeEndpoint(endpoint)} advertises ${upgradeCommand(endpoint)} but refused it.`
        : `${describeEndpoint(endpoint)} accepted ${upgradeCommand(endpoint)} but the TLS handshake did not complete.`,
      evidence: evidence.length > 0 ? evidence.join('; ') : null,
    },
  ];
}

export const checks: EndpointChecks = { require: checkStarttlsUpgrade };
