import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { authOfferedBeforeTls } from '../plaintext.js';
import { describeEndpoint, listOf } from '../describe.js';
import { defineRule } from '../rule.js';
import { dovecotSetting, exim, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'plaintext-auth-offered',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Authentication offered before TLS',
  summary: 'Authentication is offered before TLS.',
  what: 'Authentication is offered on the cleartext connection: SASL mechanisms before STARTTLS, IMAP LOGIN without LOGINDISABLED, or the POP3 USER command.',
  why: 'Passwords sent before TLS can be read by anyone on the path; RFC 2595 requires servers to be able to refuse cleartext logins without TLS, and RFC 8314 deprecates cleartext authentication.',
  fix: 'Offer authentication only after TLS: Postfix smtpd_tls_auth_only = yes; Dovecot disable_plaintext_auth = yes (auth_allow_cleartext = no from Dovecot 2.4), which also makes IMAP advertise LOGINDISABLED.',
  references: ['RFC 2595', 'RFC 5804', 'RFC 8314'],
  cwe: '523',
  securitySeverity: '7.5',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_auth_only = yes',
      note: 'Postfix then announces and accepts AUTH only after STARTTLS, on every smtpd with smtpd_sasl_auth_enable = yes (typically submission on 587) and smtpd_tls_security_level = may. smtpd_tls_security_level = encrypt implies it. Apply with postfix reload.',
      docs: [postconf('smtpd_tls_auth_only'), postconf('smtpd_tls_security_level'), postconf('smtpd_sasl_auth_enable')],
    },
    dovecot: {
      file: 'conf.d/10-auth.conf',
      settings: 'disable_plaintext_auth = yes',
      note: 'Dovecot 2.3; yes is its default, so look for an override to no (doveconf disable_plaintext_auth). Dovecot 2.4 renames it: auth_allow_cleartext = no. IMAP then advertises LOGINDISABLED and POP3 refuses USER before TLS. ssl = required goes further and refuses every mechanism before TLS. Dovecot always allows cleartext logins from its own addresses and from login_trusted_networks, so keep that list to proxies you run.',
      docs: [dovecotSetting('disable_plaintext_auth'), dovecotSetting('login_trusted_networks'), { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' }],
    },
    exim: {
      file: 'the main configuration',
      settings: 'auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}',
      note: "Advertises AUTH only once the session is encrypted. Alternatively set server_advertise_condition = ${if eq{$tls_in_cipher}{}{}{*}} on each PLAIN and LOGIN authenticator, as Debian's example authenticators do.",
      docs: [exim('SMTP authentication', 'ch-smtp_authentication'), exim('Main configuration', 'ch-main_configuration')],
    },
  },
});

function checkPlaintextAuth(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const offered = authOfferedBeforeTls(endpoint, facts);
  if (offered.length === 0) return [];
  return [
    {
      rule: 'plaintext-auth-offered',
      message: `${describeEndpoint(endpoint)} offers authentication before TLS (${listOf(offered)}), so passwords can cross the network in cleartext.`,
      evidence: `before TLS: ${listOf(offered)}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkPlaintextAuth };
