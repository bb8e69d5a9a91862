// Shared pieces of the rules' server fixes (RuleMeta.servers): the certificate paths the snippets
// use, and links into each server's own documentation, one anchor per setting.
//
// Each snippet follows the server's own documentation (postconf(5), Dovecot's wiki and example
// configuration, the Exim specification, nginx's module reference). Where the real-server suite
// (test/real/up.sh) configures a setting, the snippet uses the same value, and a test holds them
// together (__tests__/docs/real-config.test.ts). Paths follow certbot's layout
// (/etc/letsencrypt/live/<name>/), the host is mail.example.com.
import type { DocLink, ServerFix, ServerName } from './rule.js';

export const LIVE = '/etc/letsencrypt/live/mail.example.com';

/** postconf(5): one anchor per Postfix parameter. */
export const postconf = (parameter: string): DocLink => ({ label: `postconf(5): ${parameter}`, url: `https://www.postfix.org/postconf.5.html#${parameter}` });

/** Dovecot 2.3's settings reference: one anchor per setting. */
export const dovecotSetting = (setting: string): DocLink => ({
  label: `Dovecot settings: ${setting}`,
  url: `https://doc.dovecot.org/2.3/settings/core/#core_setting-${setting}`,
});

/** A chapter of the Exim specification (current release). */
export const exim = (chapter: string, file: string): DocLink => ({
  label: `Exim specification: ${chapter}`,
  url: `https://www.exim.org/exim-html-current/doc/html/spec_html/${file}.html`,
});

/** nginx's reference: one anchor per directive of an http module. */
export const nginx = (module: string, directive: string): DocLink => ({
  label: `nginx ngx_http_${module}_module: ${directive}`,
  url: `https://nginx.org/en/docs/http/ngx_http_${module}_module.html#${directive}`,
});

/**
 * The certificate and key, full chain (leaf first), per server: the fix of every rule about the
 * certificate itself (certificate-expired, -expiring, -untrusted, and Exim's for -weak).
 */
export const CERTIFICATE_CHAIN: Readonly<Record<ServerName, ServerFix>> = {
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
};
