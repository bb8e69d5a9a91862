import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { describeEndpoint, listOf } from '../describe.js';
import { MOZILLA_GUIDELINES, acceptedOf, dhBitsOf, minimumDhBits, profileOf } from '../ciphers.js';
import { defineRule } from '../rule.js';
import { dovecotSetting, exim, nginx, postconf } from '../server-docs.js';

export const meta = defineRule({
  id: 'tls-dh-weak',
  defaultSeverity: 'warning',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Weak DH group',
  summary: 'A finite-field DHE suite uses a group under 2048 bits (1024 under profile old).',
  what: "The server picks a finite-field DHE suite (DHE or DH_anon key exchange) with a DH prime under 2048 bits, read from its ServerKeyExchange. Under the profile old the limit is 1024 bits, as Mozilla's old configuration allows.",
  why: 'RFC 9325 §4.1 asks for DH groups of at least 2048 bits: 1024-bit groups are within reach of a well-funded attacker (Logjam), and one shared 1024-bit prime broken once opens every session that used it. Mozilla Server Side TLS 5.7 uses the 2048-bit ffdhe2048 group of RFC 7919 for intermediate.',
  fix: "Serve a 2048-bit group (RFC 7919's ffdhe2048, as Mozilla publishes it) or drop DHE suites: Postfix smtpd_tls_dh1024_param_file, Dovecot ssl_dh, Exim tls_dhparam = ffdhe2048, nginx ssl_dhparam.",
  references: ['RFC 9325 §4.1', 'RFC 7919', MOZILLA_GUIDELINES],
  cwe: '326',
  securitySeverity: '5.3',
  servers: {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_dh1024_param_file = /etc/postfix/ffdhe2048.pem',
      note: "Despite its name the parameter takes a group of any size. Fetch the file from https://ssl-config.mozilla.org/ffdhe2048.txt (RFC 7919's group). Left empty, Postfix uses its own 2048-bit group; a 1024-bit file named here is the usual cause. Check with postfix check, apply with postfix reload.",
      docs: [postconf('smtpd_tls_dh1024_param_file'), { label: 'Postfix forward secrecy', url: 'https://www.postfix.org/FORWARD_SECRECY_README.html' }],
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: 'ssl_dh = </etc/dovecot/ffdhe2048.pem',
      note: "Dovecot 2.3 needs ssl_dh for any DHE suite; the < makes it read the file. Fetch the file from https://ssl-config.mozilla.org/ffdhe2048.txt, or generate one with openssl dhparam -out /etc/dovecot/dh.pem 2048. Check with doveconf -n, apply with doveadm reload.",
      docs: [dovecotSetting('ssl_dh')],
    },
    exim: {
      file: 'the main configuration',
      settings: 'tls_dhparam = ffdhe2048',
      note: "Exim knows RFC 7919's groups by name (ffdhe2048, ffdhe3072, …); a path to a PEM file works too. A tls_dhparam naming a 1024-bit group (ike2, or an old file) is the usual cause. Check with exim -bV.",
      docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Main configuration', 'ch-main_configuration')],
    },
    nginx: {
      file: 'the http block (or every server block on the address)',
      settings: 'ssl_dhparam /etc/nginx/ffdhe2048.pem;',
      note: "Fetch the file from https://ssl-config.mozilla.org/ffdhe2048.txt. Without ssl_dhparam nginx offers no DHE suites at all, which is also a fix. Check with nginx -t, apply with nginx -s reload.",
      docs: [nginx('ssl', 'ssl_dhparam')],
    },
  },
});

function checkDhGroup(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  const bits = dhBitsOf(facts);
  const minimum = minimumDhBits(profileOf(endpoint));
  if (bits === null || bits >= minimum) return [];
  const dhe = acceptedOf(facts, ['dhe', 'anonymous']);
  return [
    {
      rule: 'tls-dh-weak',
      message: `${describeEndpoint(endpoint)} uses a ${bits}-bit DH group for DHE, under the ${minimum} bits required.`,
      evidence: `DH prime: ${bits} bits${dhe.evidence.length > 0 ? `; picked: ${listOf(dhe.evidence)}` : ''}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkDhGroup };
