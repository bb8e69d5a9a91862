import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { SERVICES } from '../../policy/services.js';
import { describeEndpoint, listOf } from '../describe.js';
import { upgradeCommand } from '../plaintext.js';
import { defineRule } from '../rule.js';
import { LIVE, dovecotSetting, exim, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'starttls-not-offered',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'STARTTLS not offered',
  summary: 'A required plaintext service does not advertise STARTTLS (STLS for POP3).',
  what: 'A required plaintext service (SMTP, submission, IMAP, POP3 or ManageSieve) does not advertise STARTTLS (STLS in POP3) before TLS.',
  why: 'Without the upgrade defined by RFC 3207, RFC 2595 and RFC 5804, mail and passwords cross the network in cleartext, which RFC 8314 deprecates for submission and mail access.',
  fix: 'Configure a certificate and turn the upgrade on: Postfix smtpd_tls_security_level = may with smtpd_tls_chain_files (and smtpd_tls_auth_only = yes, or encrypt on 587); Dovecot ssl = yes (or required) with ssl_cert and ssl_key.',
  references: ['RFC 3207', 'RFC 2595', 'RFC 5804 §2.2', 'RFC 8314'],
  cwe: '319',
  securitySeverity: '7.4',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem\nsmtpd_tls_security_level = may`,
      note: 'may offers STARTTLS on port 25 without refusing senders that cannot use it (RFC 3207 forbids requiring TLS on a public MX). On submission (587), smtpd_tls_auth_only = yes keeps AUTH until after STARTTLS; to refuse every mail transaction before TLS as well, add -o smtpd_tls_security_level=encrypt to its master.cf entry. Apply with postfix reload.',
      docs: [postconf('smtpd_tls_chain_files'), postconf('smtpd_tls_security_level'), { label: 'Postfix TLS support', url: 'https://www.postfix.org/TLS_README.html' }],
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: [
        'ssl = yes',
        `ssl_cert = <${LIVE}/fullchain.pem`,
        `ssl_key = <${LIVE}/privkey.pem`,
      ].join('\n'),
      note: 'ssl = yes makes IMAP advertise STARTTLS, POP3 STLS and ManageSieve STARTTLS; with disable_plaintext_auth = yes (the default) no cleartext login is accepted before TLS. ssl = required also refuses every other mechanism before TLS. Apply with doveadm reload.',
      docs: [dovecotSetting('ssl'), dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
    },
    exim: {
      file: 'the main configuration',
      settings: [
        'tls_advertise_hosts = *',
        `tls_certificate = ${LIVE}/fullchain.pem`,
        `tls_privatekey = ${LIVE}/privkey.pem`,
      ].join('\n'),
      note: "Exim offers STARTTLS only to hosts matching tls_advertise_hosts (default *), so look for an override that empties it. Without tls_certificate, Exim still offers STARTTLS but with a self-signed certificate that clients cannot verify. Debian's split configuration: MAIN_TLS_ENABLE = yes in a local macro file sets tls_advertise_hosts = *, with the files from MAIN_TLS_CERTIFICATE and MAIN_TLS_PRIVATEKEY (default /etc/exim4/exim.crt and /etc/exim4/exim.key).",
      docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Main configuration', 'ch-main_configuration')],
    },
  },
});

/**
 * Judged only once the capability list was read in full: a dialogue cut short before it
 * says nothing about STARTTLS, and is reported by the reachability rules instead.
 */
function checkStarttlsOffered(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (SERVICES[endpoint.service].transport !== 'starttls') return [];
  const plaintext = facts.plaintext;
  if (plaintext === null || plaintext.starttls) return [];
  const step = facts.error?.step;
  if (step === 'resolve' || step === 'connect' || step === 'greeting' || step === 'capabilities') return [];
  return [
    {
      rule: 'starttls-not-offered',
      message: `${describeEndpoint(endpoint)} does not advertise ${upgradeCommand(endpoint)}, so clients must talk in cleartext.`,
      evidence: `capabilities: ${plaintext.capabilities.length > 0 ? listOf(plaintext.capabilities) : '(none)'}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkStarttlsOffered };
