import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { belowMinimum, minimumOf, versionsSeen } from '../tls-session.js';
import { MOZILLA_GUIDELINES } from '../ciphers.js';
import { describeEndpoint, listOf } from '../describe.js';
import { defineRule } from '../rule.js';
import { dovecotSetting, exim, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'tls-version-legacy',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Legacy TLS version accepted',
  summary: 'A TLS version below min-version (or below the profile: TLS 1.3 for modern) is accepted.',
  what: "The server completes a handshake with a TLS version below the policy's min-version (TLS 1.0 or 1.1 with the usual minimum of 1.2), or below the floor of the service's profile where that is higher: TLS 1.3 under modern (Mozilla's modern configuration is TLS 1.3 only), TLS 1.2 under intermediate.",
  why: 'RFC 8996 deprecates TLS 1.0 and 1.1 (RFC 8997 for mail) and RFC 9325 requires TLS 1.2 or later; accepting old versions lets an attacker on the path push clients onto weaker cryptography.',
  fix: 'Allow only TLS 1.2 and 1.3: Postfix smtpd_tls_protocols = >=TLSv1.2 and smtpd_tls_mandatory_protocols = >=TLSv1.2; Dovecot ssl_min_protocol = TLSv1.2; nginx ssl_protocols TLSv1.2 TLSv1.3;. Where old versions are accepted on purpose (opportunistic TLS on port 25, RFC 7435), say so in the policy rather than with a waiver: give that service its own minimum, { service: smtp, tls: { min-version: "1.0" } }.',
  references: ['RFC 8996', 'RFC 8997', 'RFC 9325 §3.1.1'],
  cwe: '327',
  securitySeverity: '5.3',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2',
      note: 'The >= syntax needs Postfix 3.6 or later; older releases: smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 (and the same for smtpd_tls_mandatory_protocols). The first is used with opportunistic TLS (port 25), the second where TLS is required (encrypt, and wrapper mode on 465).',
      docs: [postconf('smtpd_tls_protocols'), postconf('smtpd_tls_mandatory_protocols')],
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: 'ssl_min_protocol = TLSv1.2',
      note: 'TLSv1.2 is the default of Dovecot 2.3 and 2.4: look for an override (doveconf ssl_min_protocol), including inside local and local_name blocks. Remove any ssl_cipher_list with @SECLEVEL=0 kept for old clients.',
      docs: [dovecotSetting('ssl_min_protocol'), dovecotSetting('ssl_cipher_list')],
    },
    exim: {
      file: 'the main configuration',
      settings: 'tls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1',
      note: "For Exim built with GnuTLS (Debian's exim4 packages): tls_require_ciphers is a GnuTLS priority string, and GnuTLS's NORMAL still includes TLS 1.0 and 1.1. With OpenSSL instead: openssl_options = +no_sslv3 +no_tlsv1 +no_tlsv1_1, since Exim's default (+no_sslv2 +no_sslv3 +single_dh_use +no_ticket +no_renegotiation) leaves TLS 1.0 and 1.1 on. Never set openssl_options with GnuTLS: Exim refuses the configuration. exim -bV checks either.",
      docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Main configuration', 'ch-main_configuration')],
    },
    nginx: {
      file: 'every server block on the address (or the http block)',
      settings: 'ssl_protocols TLSv1.2 TLSv1.3;',
      note: 'nginx takes the protocols of a listening address from its default server block, so set it there too, or once in the http block.',
      docs: [nginx('ssl', 'ssl_protocols')],
    },
  },
});

function checkLegacyVersions(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (facts.tls?.version == null) return [];
  const { version: minimum, byProfile } = minimumOf(endpoint.settings.tls);
  const seen = versionsSeen(facts);
  const legacy = seen.filter((version) => belowMinimum(version, minimum));
  if (legacy.length === 0) return [];
  const whose = byProfile === null ? "the policy's minimum" : `the minimum of the profile ${byProfile} (${MOZILLA_GUIDELINES})`;
  return [
    {
      rule: 'tls-version-legacy',
      setting: byProfile === null ? 'tls.min-version' : 'tls.profile',
      message: `${describeEndpoint(endpoint)} accepts ${listOf(legacy)}, below ${whose} of TLS ${minimum}.`,
      evidence: `accepted: ${listOf(seen)}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkLegacyVersions };
