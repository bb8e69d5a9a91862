// Shared pieces of the rules' server fixes (RuleMeta.servers): the certificate paths the snippets
// use, and links into each server's own documentation, one anchor per setting.
//
// Each snippet follows the server's own documentation (postconf(5), Dovecot's wiki and example
// configuration, the Exim specification, nginx's module reference). Where the real-server suite
// (test/real/up.sh) configures a setting, the snippet uses the same value, and a test holds them
// together (__tests__/docs/real-config.test.ts). Paths follow certbot's layout
// (/etc/letsencrypt/live/<name>/), the host is mail.example.com.
import type { DocLink } from './rule.js';

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
