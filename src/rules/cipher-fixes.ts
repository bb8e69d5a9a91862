// The server fixes the cipher rules share (tls-cipher-weak, tls-cipher-anonymous,
// tls-forward-secrecy-missing, tls-dh-weak): Mozilla's intermediate cipher list (Server Side TLS
// 5.7), which leaves out every class those rules find, as each server writes it.
import type { ServerFix } from './rule.js';
import { dovecotSetting, exim, nginx } from './server-docs.js';

/** Mozilla Server Side TLS 5.7, intermediate: forward-secret AEAD suites only (OpenSSL names). */
export const MOZILLA_INTERMEDIATE_CIPHERS =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305';

/** The same suites as a GnuTLS priority string (Exim built with GnuTLS, as Debian's exim4 is). */
export const GNUTLS_INTERMEDIATE_PRIORITY = 'NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:-RSA:-CIPHER-ALL:+AES-128-GCM:+AES-256-GCM:+CHACHA20-POLY1305';


export const DOVECOT_CIPHER_LIST: ServerFix = {
  file: 'conf.d/10-ssl.conf',
  settings: `ssl_cipher_list = ${MOZILLA_INTERMEDIATE_CIPHERS}`,
  note: "Mozilla's intermediate list: forward-secret AEAD suites only, which leaves out weak, anonymous and RSA key transport suites alike. Dovecot's own default (ALL:!kRSA:!SRP:!kDHd:!DSS:!aNULL:!eNULL:!EXPORT:!DES:!3DES:!MD5:!PSK:!RC4:!ADH:!LOW@STRENGTH) is safe too: look for an override (doveconf ssl_cipher_list), also inside local and local_name blocks. TLS 1.3 suites are not set here. Check with doveconf -n, apply with doveadm reload.",
  docs: [dovecotSetting('ssl_cipher_list')],
};

export const EXIM_PRIORITY: ServerFix = {
  file: 'the main configuration',
  settings: `tls_require_ciphers = ${GNUTLS_INTERMEDIATE_PRIORITY}`,
  note: "For Exim built with GnuTLS (Debian's exim4 packages), tls_require_ciphers is a GnuTLS priority string: this one is Mozilla's intermediate list (gnutls-cli -l --priority '…' shows the suites it allows). With OpenSSL, tls_require_ciphers takes an OpenSSL cipher list instead: use Mozilla's intermediate list as nginx's ssl_ciphers shows it. Check with exim -bV.",
  docs: [exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl'), exim('Main configuration', 'ch-main_configuration')],
};

export const NGINX_CIPHERS: ServerFix = {
  file: 'every server block on the address (or the http block)',
  settings: `ssl_ciphers ${MOZILLA_INTERMEDIATE_CIPHERS};\nssl_prefer_server_ciphers off;`,
  note: "Mozilla's intermediate configuration; TLS 1.3 suites are not set by ssl_ciphers. nginx takes a listening address's settings from its default server block, so set it there too, or once in the http block. Check with nginx -t, apply with nginx -s reload.",
  docs: [nginx('ssl', 'ssl_ciphers'), nginx('ssl', 'ssl_prefer_server_ciphers')],
};


