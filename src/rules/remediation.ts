// How to fix each rule on the servers people run: Postfix, Dovecot (2.3 syntax, with the 2.4
// names in the notes), Exim and nginx. Part of the rule metadata (RuleMeta.servers): the rule
// pages in docs/rules/ and the SARIF help are generated from it.
//
// Each snippet follows the server's own documentation (postconf(5), Dovecot's wiki and example
// configuration, the Exim specification, nginx's module reference). Where the real-server suite
// (test/real/up.sh) configures a setting, the snippet uses the same value, and a test holds them
// together (__tests__/docs/real-config.test.ts). Paths follow certbot's layout
// (/etc/letsencrypt/live/<name>/), the host is mail.example.com.
import type { DocLink, RuleId, ServerFix, ServerFixes, ServerName } from './types.js';

const LIVE = '/etc/letsencrypt/live/mail.example.com';

/** A server section before its documentation links are attached (see DOCS below). */
type Draft = Omit<ServerFix, 'docs'>;
type Drafts = Readonly<Partial<Record<ServerName, Draft>>>;

/** The certificate and key, full chain (leaf first), per server. */
const CHAIN: Readonly<Record<ServerName, Draft>> = {
  postfix: {
    file: 'main.cf',
    settings: `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
    note: 'Postfix 3.4 and later. The files are read in order and must hold the key first, then the leaf certificate, then its intermediates; fullchain.pem has the leaf and the intermediates. Replaces smtpd_tls_cert_file and smtpd_tls_key_file. Apply with postfix reload.',
  },
  dovecot: {
    file: 'conf.d/10-ssl.conf',
    settings: `ssl_cert = <${LIVE}/fullchain.pem\nssl_key = <${LIVE}/privkey.pem`,
    note: 'The < makes Dovecot read the file\'s contents; without it the value is taken as the certificate itself. Put the intermediates in the ssl_cert file after the leaf. Dovecot 2.4 names these ssl_server_cert_file and ssl_server_key_file and takes plain paths (no <). Apply with doveadm reload.',
  },
  exim: {
    file: 'the main configuration (Debian: conf.d/main/03_exim4-config_tlsoptions)',
    settings: `tls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
    note: 'The files are opened by the Exim user (Debian-exim on Debian), so it must be able to read the key: give it a copy, or group read access. A restart (systemctl restart exim4) is the certain way to make every listener use the new files.',
  },
  nginx: {
    file: 'the server block with listen 443 ssl',
    settings: `ssl_certificate ${LIVE}/fullchain.pem;\nssl_certificate_key ${LIVE}/privkey.pem;`,
    note: 'ssl_certificate must be the full chain, leaf first. Apply with nginx -s reload (or systemctl reload nginx).',
  },
};

const DRAFTS: Readonly<Record<RuleId, Drafts>> = {
  'required-service-unreachable': {
    postfix: {
      file: 'master.cf',
      settings: [
        'submission inet  n       -       y       -       -       smtpd',
        '  -o syslog_name=postfix/submission',
        '  -o smtpd_sasl_auth_enable=yes',
        'submissions inet n       -       y       -       -       smtpd',
        '  -o syslog_name=postfix/submissions',
        '  -o smtpd_tls_wrappermode=yes',
        '  -o smtpd_sasl_auth_enable=yes',
      ].join('\n'),
      note: 'Port 25 is the smtp inet line, on by default. Submission takes smtpd_tls_security_level = may and smtpd_tls_auth_only = yes from main.cf, so it offers STARTTLS and announces AUTH only after it (-o smtpd_tls_security_level=encrypt also refuses every command but EHLO, STARTTLS and QUIT before TLS). Debian ships submission and submissions commented out in master.cf; uncomment them. main.cf inet_interfaces (default all) must include the address the policy probes. Apply with postfix reload, then check with ss -ltn.',
    },
    dovecot: {
      file: 'dovecot.conf and conf.d/10-master.conf',
      settings: [
        'protocols = imap pop3 sieve',
        'service imap-login {',
        '  inet_listener imaps {',
        '    port = 993',
        '    ssl = yes',
        '  }',
        '}',
        'service pop3-login {',
        '  inet_listener pop3s {',
        '    port = 995',
        '    ssl = yes',
        '  }',
        '}',
      ].join('\n'),
      note: 'A protocol listens only when it is in protocols and its package is installed (Debian: dovecot-imapd, dovecot-pop3d, dovecot-managesieved for sieve on 4190). listen (default *, ::) must include the probed address.',
    },
    exim: {
      file: 'the main configuration',
      settings: 'daemon_smtp_ports = 25 : 465 : 587\ntls_on_connect_ports = 465',
      note: 'On Debian, SMTPLISTENEROPTIONS in /etc/default/exim4 can override the ports; local_interfaces (dc_local_interfaces in update-exim4.conf.conf) must not restrict Exim to 127.0.0.1.',
    },
    nginx: {
      file: 'the http block',
      settings: 'server {\n    listen 443 ssl;\n    server_name mail.example.com;\n}',
      note: 'Also check firewalls and cloud security groups between the checker and the host, and that the name has A/AAAA records.',
    },
  },
  'forbidden-service-reachable': {
    postfix: {
      file: 'master.cf',
      settings: '#submission inet  n       -       y       -       -       smtpd',
      note: 'Comment out (or delete) the service and the -o lines under it, then postfix reload. Never remove the smtp line of an MX host: port 25 is how other servers deliver mail.',
    },
    dovecot: {
      file: 'conf.d/10-master.conf',
      settings: [
        'service imap-login {',
        '  inet_listener imap {',
        '    port = 0',
        '  }',
        '}',
        'service pop3-login {',
        '  inet_listener pop3 {',
        '    port = 0',
        '  }',
        '}',
      ].join('\n'),
      note: 'port = 0 closes the cleartext listener and keeps imaps and pop3s (993, 995). Apply with doveadm reload.',
    },
    exim: {
      file: 'the main configuration',
      settings: 'daemon_smtp_ports = 25 : 465',
      note: 'Lists only the ports Exim should listen on (here without 587).',
    },
    nginx: {
      file: 'the http block',
      settings: 'server {\n    listen 443 ssl;\n    server_name mail.example.com;\n}',
      note: 'Remove the server block that has listen 80 (or the listen 80 line). For webmail, a redirect to https on port 80 is usually the better choice: require http instead of forbidding it.',
    },
  },
  'service-misbehaving': {
    postfix: {
      file: 'master.cf',
      settings: [
        'smtp      inet  n       -       y       -       -       smtpd',
        'submissions inet n       -       y       -       -       smtpd',
        '  -o smtpd_tls_wrappermode=yes',
      ].join('\n'),
      note: 'smtpd_tls_wrappermode=yes belongs on the submissions (465) service only: on 25 or 587 the server waits for a TLS handshake instead of greeting. With postscreen on port 25, its after-greeting tests and a long postscreen_greet_wait can hold the greeting back.',
    },
    dovecot: {
      file: 'conf.d/10-master.conf',
      settings: [
        'service imap-login {',
        '  inet_listener imap {',
        '    port = 143',
        '  }',
        '  inet_listener imaps {',
        '    port = 993',
        '    ssl = yes',
        '  }',
        '}',
      ].join('\n'),
      note: 'ssl = yes inside a listener means implicit TLS: set it on 993 and 995 only, never on 143, 110 or 4190, which greet in cleartext and upgrade with STARTTLS.',
    },
    exim: {
      file: 'the main configuration',
      settings: 'tls_on_connect_ports = 465\nrfc1413_query_timeout = 0s',
      note: 'tls_on_connect_ports must not list 25 or 587. An ident (RFC 1413) query to the client delays the greeting; a timeout of 0s turns it off. 0s is Exim\'s built-in default, so look for an override.',
    },
  },
  'tls-handshake-failed': {
    postfix: {
      file: 'master.cf',
      settings: [
        'submissions inet n       -       y       -       -       smtpd',
        '  -o syslog_name=postfix/submissions',
        '  -o smtpd_tls_wrappermode=yes',
        '  -o smtpd_sasl_auth_enable=yes',
      ].join('\n'),
      note: 'The certificate comes from smtpd_tls_chain_files in main.cf. The reason of a failed handshake is in the mail log with smtpd_tls_loglevel = 1.',
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
    },
    exim: {
      file: 'the main configuration',
      settings: `tls_on_connect_ports = 465\ntls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
      note: 'Port 465 must also be in daemon_smtp_ports.',
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
    },
  },
  'starttls-not-offered': {
    postfix: {
      file: 'main.cf',
      settings: [`smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`, 'smtpd_tls_security_level = may'].join('\n'),
      note: 'may offers STARTTLS on port 25 without refusing senders that cannot use it (RFC 3207 forbids requiring TLS on a public MX). On submission (587), smtpd_tls_auth_only = yes keeps AUTH until after STARTTLS; to refuse every mail transaction before TLS as well, add -o smtpd_tls_security_level=encrypt to its master.cf entry. Apply with postfix reload.',
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: ['ssl = yes', `ssl_cert = <${LIVE}/fullchain.pem`, `ssl_key = <${LIVE}/privkey.pem`].join('\n'),
      note: 'ssl = yes makes IMAP advertise STARTTLS, POP3 STLS and ManageSieve STARTTLS; with disable_plaintext_auth = yes (the default) no cleartext login is accepted before TLS. ssl = required also refuses every other mechanism before TLS. Apply with doveadm reload.',
    },
    exim: {
      file: 'the main configuration',
      settings: `tls_advertise_hosts = *\ntls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
      note: 'Exim offers STARTTLS only to hosts matching tls_advertise_hosts (default *), so look for an override that empties it. Without tls_certificate, Exim still offers STARTTLS but with a self-signed certificate that clients cannot verify. Debian\'s split configuration: MAIN_TLS_ENABLE = yes in a local macro file sets tls_advertise_hosts = *, with the files from MAIN_TLS_CERTIFICATE and MAIN_TLS_PRIVATEKEY (default /etc/exim4/exim.crt and /etc/exim4/exim.key).',
    },
  },
  'starttls-failed': {
    postfix: {
      file: 'main.cf',
      settings: [
        `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
        'smtpd_tls_protocols = >=TLSv1.2',
        'smtpd_tls_mandatory_protocols = >=TLSv1.2',
        'smtpd_tls_loglevel = 1',
      ].join('\n'),
      note: 'With smtpd_tls_loglevel = 1 the mail log says why each handshake failed. An unreadable key or a key that does not match its certificate makes Postfix log a warning and refuse STARTTLS.',
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf and conf.d/10-logging.conf',
      settings: [`ssl_cert = <${LIVE}/fullchain.pem`, `ssl_key = <${LIVE}/privkey.pem`, 'ssl_min_protocol = TLSv1.2', 'verbose_ssl = yes'].join('\n'),
      note: 'verbose_ssl = yes logs the TLS errors of each connection; turn it off again once fixed.',
    },
    exim: {
      file: 'the main configuration',
      settings: `tls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem\nlog_selector = +tls_cipher +tls_peerdn`,
      note: 'Exim logs every failed TLS negotiation in its main log (Debian: /var/log/exim4/mainlog) with the reason (TLS error on connection ...), whatever log_selector says. tls_cipher (on by default) and tls_peerdn add the cipher and the client certificate\'s DN to the lines of messages received over TLS.',
    },
  },
  'plaintext-auth-offered': {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_auth_only = yes',
      note: 'Postfix then announces and accepts AUTH only after STARTTLS, on every smtpd with smtpd_sasl_auth_enable = yes (typically submission on 587) and smtpd_tls_security_level = may. smtpd_tls_security_level = encrypt implies it. Apply with postfix reload.',
    },
    dovecot: {
      file: 'conf.d/10-auth.conf',
      settings: 'disable_plaintext_auth = yes',
      note: 'Dovecot 2.3; yes is its default, so look for an override to no (doveconf disable_plaintext_auth). Dovecot 2.4 renames it: auth_allow_cleartext = no. IMAP then advertises LOGINDISABLED and POP3 refuses USER before TLS. ssl = required goes further and refuses every mechanism before TLS. Dovecot always allows cleartext logins from its own addresses and from login_trusted_networks, so keep that list to proxies you run.',
    },
    exim: {
      file: 'the main configuration',
      settings: 'auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}',
      note: 'Advertises AUTH only once the session is encrypted. Alternatively set server_advertise_condition = ${if eq{$tls_in_cipher}{}{}{*}} on each PLAIN and LOGIN authenticator, as Debian\'s example authenticators do.',
    },
  },
  'starttls-command-injection': {
    postfix: {
      file: 'shell',
      settings: 'postconf mail_version',
      note: 'Postfix fixed CVE-2011-0411 in March 2011, in every release line it supported then; any Postfix from a current distribution is fixed. If the finding persists, something in front of Postfix (a proxy or load balancer that handles STARTTLS itself) keeps the cleartext buffer.',
    },
    dovecot: {
      file: 'shell',
      settings: 'dovecot --version',
      note: 'Run a supported Dovecot release from your distribution, and check any IMAP or POP3 proxy in front of it: it must discard whatever the client sent before the TLS handshake.',
    },
    exim: {
      file: 'shell',
      settings: 'exim -bV',
      note: 'Run a supported Exim release; Exim discards input received before the TLS handshake. A proxy in front of Exim must do the same.',
    },
  },
  'http-not-redirected': {
    nginx: {
      file: 'the http block',
      settings: [
        'server {',
        '    listen 80;',
        '    server_name mail.example.com;',
        '    return 301 https://$host$request_uri;',
        '}',
        'server {',
        '    listen 443 ssl;',
        '    server_name mail.example.com;',
        '    add_header Strict-Transport-Security "max-age=31536000" always;',
        '}',
      ].join('\n'),
      note: '$host is the name the browser asked for (from the request line or Host header, else server_name), so the redirect stays on the same host. Add listen [::]:80; when the host has an AAAA record. HSTS (RFC 6797) on the HTTPS server keeps browsers from trying cleartext again. With Apache: Redirect permanent / https://mail.example.com/ in the port-80 VirtualHost.',
    },
  },
  'tls-version-legacy': {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2',
      note: 'The >= syntax needs Postfix 3.6 or later; older releases: smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 (and the same for smtpd_tls_mandatory_protocols). The first is used with opportunistic TLS (port 25), the second where TLS is required (encrypt, and wrapper mode on 465).',
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: 'ssl_min_protocol = TLSv1.2',
      note: 'TLSv1.2 is the default of Dovecot 2.3 and 2.4: look for an override (doveconf ssl_min_protocol), including inside local and local_name blocks. Remove any ssl_cipher_list with @SECLEVEL=0 kept for old clients.',
    },
    exim: {
      file: 'the main configuration',
      settings: 'tls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1',
      note: 'For Exim built with GnuTLS (Debian\'s exim4 packages): tls_require_ciphers is a GnuTLS priority string, and GnuTLS\'s NORMAL still includes TLS 1.0 and 1.1. With OpenSSL instead: openssl_options = +no_sslv3 +no_tlsv1 +no_tlsv1_1, since Exim\'s default (+no_sslv2 +no_sslv3 +single_dh_use +no_ticket +no_renegotiation) leaves TLS 1.0 and 1.1 on. Never set openssl_options with GnuTLS: Exim refuses the configuration. exim -bV checks either.',
    },
    nginx: {
      file: 'every server block on the address (or the http block)',
      settings: 'ssl_protocols TLSv1.2 TLSv1.3;',
      note: 'nginx takes the protocols of a listening address from its default server block, so set it there too, or once in the http block.',
    },
  },
  'tls13-not-supported': {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2',
      note: 'No upper bound (no <=TLSv1.2, no !TLSv1.3). TLS 1.3 needs Postfix 3.4 or later built with OpenSSL 1.1.1 or later.',
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: 'ssl_min_protocol = TLSv1.2',
      note: 'Dovecot 2.3 sets only a lower bound (ssl_min_protocol), so TLS 1.3 is on whenever Dovecot runs with OpenSSL 1.1.1 or later.',
    },
    exim: {
      file: 'the main configuration',
      settings: 'tls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1',
      note: 'Do not remove VERS-TLS1.3 from the GnuTLS priority string (or add +no_tlsv1_3 to openssl_options). TLS 1.3 needs GnuTLS 3.6.5 or OpenSSL 1.1.1 or later.',
    },
    nginx: {
      file: 'every server block on the address (or the http block)',
      settings: 'ssl_protocols TLSv1.2 TLSv1.3;',
      note: 'TLS 1.3 needs nginx 1.13.0 or later built with OpenSSL 1.1.1 or later (nginx -V shows both).',
    },
  },
  'certificate-untrusted': {
    ...CHAIN,
    postfix: { ...CHAIN.postfix, note: `${CHAIN.postfix.note} A port-25 MX with DANE TLSA records (RFC 7672) may use a certificate from a private CA; set certificate verify: false for it in the policy.` },
  },
  'certificate-name-mismatch': {
    postfix: {
      file: 'main.cf',
      settings: [
        `smtpd_tls_chain_files = ${LIVE}/privkey.pem, ${LIVE}/fullchain.pem`,
        'indexed = ${default_database_type}:${config_directory}/',
        'tls_server_sni_maps = ${indexed}sni',
      ].join('\n'),
      note: 'The default certificate must name the MX host (mail.example.com, not example.com). For further names, tls_server_sni_maps (Postfix 3.4 and later) maps each name to its own key-and-chain file, one line per name in /etc/postfix/sni (e.g. imap.example.net /etc/postfix/sni-chains/example.net.pem); build it with postmap -F, and list the default name there too.',
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: [
        `ssl_cert = <${LIVE}/fullchain.pem`,
        `ssl_key = <${LIVE}/privkey.pem`,
        'local_name imap.example.net {',
        '  ssl_cert = </etc/letsencrypt/live/imap.example.net/fullchain.pem',
        '  ssl_key = </etc/letsencrypt/live/imap.example.net/privkey.pem',
        '}',
      ].join('\n'),
      note: 'local_name picks the certificate by the name the client sends (SNI); clients that send no SNI get the default.',
    },
    exim: {
      file: 'the main configuration',
      settings: `tls_certificate = ${LIVE}/fullchain.pem\ntls_privatekey = ${LIVE}/privkey.pem`,
      note: 'For several names, use one certificate that lists them all, or expand the file name from the name the client asked for ($tls_in_sni).',
    },
    nginx: {
      file: 'one server block per name',
      settings: [
        'server {',
        '    listen 443 ssl;',
        '    server_name mail.example.com;',
        `    ssl_certificate ${LIVE}/fullchain.pem;`,
        `    ssl_certificate_key ${LIVE}/privkey.pem;`,
        '}',
      ].join('\n'),
      note: 'nginx picks the server block, and so the certificate, by SNI; a client without SNI gets the default server of the address.',
    },
  },
  'certificate-expired': CHAIN,
  'certificate-expiring': CHAIN,
  'certificate-weak': {
    postfix: {
      file: 'main.cf',
      settings: 'smtpd_tls_chain_files = /etc/postfix/ecdsa-chain.pem, /etc/postfix/rsa-chain.pem',
      note: 'Postfix can serve an ECDSA and an RSA certificate side by side; each file holds a key followed by its certificate and intermediates. A single file per key type works as well.',
    },
    dovecot: {
      file: 'conf.d/10-ssl.conf',
      settings: [
        `ssl_cert = <${LIVE}/fullchain.pem`,
        `ssl_key = <${LIVE}/privkey.pem`,
        'ssl_alt_cert = </etc/letsencrypt/live/mail.example.com-rsa/fullchain.pem',
        'ssl_alt_key = </etc/letsencrypt/live/mail.example.com-rsa/privkey.pem',
      ].join('\n'),
      note: 'ssl_alt_cert and ssl_alt_key (Dovecot 2.3) add a second certificate of another key type, e.g. RSA next to ECDSA.',
    },
    exim: CHAIN.exim,
    nginx: {
      file: 'the server block with listen 443 ssl',
      settings: [
        `ssl_certificate ${LIVE}/fullchain.pem;`,
        `ssl_certificate_key ${LIVE}/privkey.pem;`,
        'ssl_certificate /etc/letsencrypt/live/mail.example.com-rsa/fullchain.pem;',
        'ssl_certificate_key /etc/letsencrypt/live/mail.example.com-rsa/privkey.pem;',
      ].join('\n'),
      note: 'nginx 1.11.0 and later accept several ssl_certificate pairs (e.g. ECDSA and RSA) and pick one per client.',
    },
  },
  'mx-lookup-failed': {},
  'mta-sts-missing': {
    nginx: {
      file: 'the http block',
      settings: [
        'server {',
        '    listen 443 ssl;',
        '    server_name mta-sts.example.com;',
        '    ssl_certificate /etc/letsencrypt/live/mta-sts.example.com/fullchain.pem;',
        '    ssl_certificate_key /etc/letsencrypt/live/mta-sts.example.com/privkey.pem;',
        '    location = /.well-known/mta-sts.txt {',
        '        root /var/www/mta-sts;',
        '        default_type text/plain;',
        '    }',
        '}',
      ].join('\n'),
      note: 'Put the policy in /var/www/mta-sts/.well-known/mta-sts.txt: version: STSv1, mode: enforce, one mx: line per MX host, max_age: 604800. Then publish the TXT record _mta-sts.example.com "v=STSv1; id=20250101T000000".',
    },
  },
  'mta-sts-invalid': {
    nginx: {
      file: 'the mta-sts.example.com server block',
      settings: ['location = /.well-known/mta-sts.txt {', '    root /var/www/mta-sts;', '    default_type text/plain;', '}'].join('\n'),
      note: 'The policy must come straight from https://mta-sts.<domain>/.well-known/mta-sts.txt: status 200, no redirect (remove any return 301 or rewrite for this name), and a valid certificate for mta-sts.<domain>. Lines end in CRLF or LF, as key: value.',
    },
  },
  'mta-sts-not-enforcing': {},
  'mta-sts-mx-not-covered': {},
  'tls-rpt-missing': {},
  'waiver-expired': {},
  'dns-targets-skipped': {},
  'service-busy': {
    postfix: {
      file: 'main.cf',
      settings: [
        'postscreen_access_list = permit_mynetworks, cidr:/etc/postfix/postscreen_access.cidr',
        'smtpd_client_event_limit_exceptions = $mynetworks, 192.0.2.10',
      ].join('\n'),
      note: 'Put the checker\'s address in /etc/postfix/postscreen_access.cidr (192.0.2.10/32 permit) so postscreen lets it straight through, and exempt it from smtpd_client_connection_count_limit and smtpd_client_connection_rate_limit. Replace 192.0.2.10 with the address the checks come from.',
    },
    dovecot: {
      file: 'conf.d/10-master.conf',
      settings: ['service imap-login {', '  process_limit = 500', '}', 'service pop3-login {', '  process_limit = 500', '}'].join('\n'),
      note: 'In its default mode Dovecot runs one login process per connection, at most default_process_limit (100) per service; the log then says process_limit (100) reached and new connections are dropped.',
    },
    exim: {
      file: 'the main configuration',
      settings: 'smtp_accept_max = 100\nsmtp_accept_reserve = 5\nsmtp_reserve_hosts = 192.0.2.10',
      note: 'Past smtp_accept_max simultaneous connections (default 20) Exim answers 421; smtp_reserve_hosts may use the last smtp_accept_reserve of them. Check smtp_accept_max_per_host and any ratelimit ACLs too.',
    },
  },
  // The runner's network, not a server's configuration: docs/runner-network.md says what to change.
  'runner-network-limited': {},
  'check-inconclusive': {},
};

// -------------------------------------------------------------------------------------------------
// The server's own documentation of each section's settings, shown under the section on the page.

/** postconf(5): one anchor per Postfix parameter. */
const postconf = (parameter: string): DocLink => ({ label: `postconf(5): ${parameter}`, url: `https://www.postfix.org/postconf.5.html#${parameter}` });
const MASTER_5: DocLink = { label: 'master(5): master.cf', url: 'https://www.postfix.org/master.5.html' };
const POSTFIX_TLS: DocLink = { label: 'Postfix TLS support', url: 'https://www.postfix.org/TLS_README.html' };
const POSTSCREEN: DocLink = { label: 'Postfix postscreen', url: 'https://www.postfix.org/POSTSCREEN_README.html' };

/** Dovecot 2.3's settings reference: one anchor per setting. */
const dovecotSetting = (setting: string): DocLink => ({
  label: `Dovecot settings: ${setting}`,
  url: `https://doc.dovecot.org/2.3/settings/core/#core_setting-${setting}`,
});
const DOVECOT_SSL: DocLink = { label: 'Dovecot SSL configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/' };
const DOVECOT_SERVICES: DocLink = { label: 'Dovecot service configuration', url: 'https://doc.dovecot.org/2.3/configuration_manual/service_configuration/' };
const DOVECOT_SECURITY: DocLink = { label: 'Dovecot security', url: 'https://doc.dovecot.org/2.3/admin_manual/security/' };

/** A chapter of the Exim specification (current release). */
const exim = (chapter: string, file: string): DocLink => ({
  label: `Exim specification: ${chapter}`,
  url: `https://www.exim.org/exim-html-current/doc/html/spec_html/${file}.html`,
});
const EXIM_TLS = exim('Encrypted SMTP connections using TLS/SSL', 'ch-encrypted_smtp_connections_using_tlsssl');
const EXIM_MAIN = exim('Main configuration', 'ch-main_configuration');
const EXIM_AUTH = exim('SMTP authentication', 'ch-smtp_authentication');
const EXIM_LOG = exim('Log files', 'ch-log_files');
const EXIM_COMMAND_LINE = exim('The Exim command line', 'ch-the_exim_command_line');

/** nginx's reference: one anchor per directive of an http module. */
const nginx = (module: string, directive: string): DocLink => ({
  label: `nginx ngx_http_${module}_module: ${directive}`,
  url: `https://nginx.org/en/docs/http/ngx_http_${module}_module.html#${directive}`,
});

const CHAIN_DOCS: Readonly<Record<ServerName, readonly DocLink[]>> = {
  postfix: [postconf('smtpd_tls_chain_files'), POSTFIX_TLS],
  dovecot: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), DOVECOT_SSL],
  exim: [EXIM_TLS, EXIM_MAIN],
  nginx: [nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
};

type Docs = Readonly<Partial<Record<ServerName, readonly DocLink[]>>>;

const DOCS: Readonly<Record<RuleId, Docs>> = {
  'required-service-unreachable': {
    postfix: [MASTER_5, postconf('syslog_name'), postconf('smtpd_sasl_auth_enable'), postconf('smtpd_tls_wrappermode'), postconf('inet_interfaces')],
    dovecot: [dovecotSetting('protocols'), dovecotSetting('listen'), DOVECOT_SERVICES],
    exim: [EXIM_MAIN, EXIM_TLS],
    nginx: [nginx('core', 'listen'), nginx('core', 'server_name')],
  },
  'forbidden-service-reachable': {
    postfix: [MASTER_5],
    dovecot: [DOVECOT_SERVICES],
    exim: [EXIM_MAIN],
    nginx: [nginx('core', 'listen')],
  },
  'service-misbehaving': {
    postfix: [MASTER_5, postconf('smtpd_tls_wrappermode'), postconf('postscreen_greet_wait'), POSTSCREEN],
    dovecot: [DOVECOT_SERVICES, DOVECOT_SSL],
    exim: [EXIM_MAIN, EXIM_TLS],
  },
  'tls-handshake-failed': {
    postfix: [MASTER_5, postconf('syslog_name'), postconf('smtpd_tls_wrappermode'), postconf('smtpd_sasl_auth_enable'), postconf('smtpd_tls_loglevel')],
    dovecot: [dovecotSetting('ssl'), dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), dovecotSetting('ssl_min_protocol'), DOVECOT_SSL, DOVECOT_SERVICES],
    exim: [EXIM_TLS, EXIM_MAIN],
    nginx: [nginx('core', 'listen'), nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key'), nginx('ssl', 'ssl_protocols')],
  },
  'starttls-not-offered': {
    postfix: [postconf('smtpd_tls_chain_files'), postconf('smtpd_tls_security_level'), POSTFIX_TLS],
    dovecot: [dovecotSetting('ssl'), dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), DOVECOT_SSL],
    exim: [EXIM_TLS, EXIM_MAIN],
  },
  'starttls-failed': {
    postfix: [postconf('smtpd_tls_chain_files'), postconf('smtpd_tls_protocols'), postconf('smtpd_tls_mandatory_protocols'), postconf('smtpd_tls_loglevel')],
    dovecot: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), dovecotSetting('ssl_min_protocol'), dovecotSetting('verbose_ssl')],
    exim: [EXIM_TLS, EXIM_LOG],
  },
  'plaintext-auth-offered': {
    postfix: [postconf('smtpd_tls_auth_only'), postconf('smtpd_tls_security_level'), postconf('smtpd_sasl_auth_enable')],
    dovecot: [dovecotSetting('disable_plaintext_auth'), dovecotSetting('login_trusted_networks'), DOVECOT_SSL],
    exim: [EXIM_AUTH, EXIM_MAIN],
  },
  'starttls-command-injection': {
    postfix: [{ label: 'postconf(1)', url: 'https://www.postfix.org/postconf.1.html' }, postconf('mail_version')],
    dovecot: [DOVECOT_SECURITY],
    exim: [EXIM_COMMAND_LINE],
  },
  'http-not-redirected': {
    nginx: [nginx('core', 'listen'), nginx('core', 'server_name'), nginx('rewrite', 'return'), nginx('core', 'var_host'), nginx('headers', 'add_header')],
  },
  'tls-version-legacy': {
    postfix: [postconf('smtpd_tls_protocols'), postconf('smtpd_tls_mandatory_protocols')],
    dovecot: [dovecotSetting('ssl_min_protocol'), dovecotSetting('ssl_cipher_list')],
    exim: [EXIM_TLS, EXIM_MAIN],
    nginx: [nginx('ssl', 'ssl_protocols')],
  },
  'tls13-not-supported': {
    postfix: [postconf('smtpd_tls_protocols'), postconf('smtpd_tls_mandatory_protocols')],
    dovecot: [dovecotSetting('ssl_min_protocol')],
    exim: [EXIM_TLS, EXIM_MAIN],
    nginx: [nginx('ssl', 'ssl_protocols')],
  },
  'certificate-untrusted': CHAIN_DOCS,
  'certificate-name-mismatch': {
    postfix: [postconf('smtpd_tls_chain_files'), postconf('tls_server_sni_maps'), postconf('default_database_type'), postconf('config_directory')],
    dovecot: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_key'), DOVECOT_SSL],
    exim: [EXIM_TLS, EXIM_MAIN],
    nginx: [nginx('core', 'server_name'), nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
  },
  'certificate-expired': CHAIN_DOCS,
  'certificate-expiring': CHAIN_DOCS,
  'certificate-weak': {
    postfix: [postconf('smtpd_tls_chain_files'), POSTFIX_TLS],
    dovecot: [dovecotSetting('ssl_cert'), dovecotSetting('ssl_alt_cert'), dovecotSetting('ssl_alt_key'), DOVECOT_SSL],
    exim: CHAIN_DOCS.exim,
    nginx: [nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key')],
  },
  'mx-lookup-failed': {},
  'mta-sts-missing': {
    nginx: [nginx('core', 'server_name'), nginx('ssl', 'ssl_certificate'), nginx('ssl', 'ssl_certificate_key'), nginx('core', 'location'), nginx('core', 'root'), nginx('core', 'default_type')],
  },
  'mta-sts-invalid': {
    nginx: [nginx('core', 'location'), nginx('core', 'root'), nginx('core', 'default_type')],
  },
  'mta-sts-not-enforcing': {},
  'mta-sts-mx-not-covered': {},
  'tls-rpt-missing': {},
  'waiver-expired': {},
  'dns-targets-skipped': {},
  'service-busy': {
    postfix: [postconf('postscreen_access_list'), postconf('smtpd_client_event_limit_exceptions'), postconf('smtpd_client_connection_count_limit'), POSTSCREEN],
    dovecot: [DOVECOT_SERVICES, dovecotSetting('default_process_limit')],
    exim: [EXIM_MAIN],
  },
  'runner-network-limited': {},
  'check-inconclusive': {},
};

/** Each rule's server sections, each with the documentation of its settings; none without. */
function withDocs(rule: RuleId): ServerFixes {
  const out: Partial<Record<ServerName, ServerFix>> = {};
  for (const [server, draft] of Object.entries(DRAFTS[rule]) as Array<[ServerName, Draft]>) {
    const docs = DOCS[rule][server];
    if (docs === undefined || docs.length === 0) throw new Error(`${rule}: the ${server} section has no documentation link`);
    out[server] = { ...draft, docs };
  }
  return out;
}

export const SERVER_FIXES: Readonly<Record<RuleId, ServerFixes>> = Object.fromEntries(
  (Object.keys(DRAFTS) as RuleId[]).map((rule) => [rule, withDocs(rule)]),
) as Record<RuleId, ServerFixes>;
