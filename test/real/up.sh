#!/usr/bin/env bash
# Starts real mail servers from the distribution's packages (Postfix, Dovecot, nginx) on loopback
# addresses, one address and one host name per scenario, for the real-server test suite
# (__tests__/real/). Run as root: it binds the standard ports and edits /etc/hosts.
#
#   sudo bash test/real/up.sh        # start; prints the variables the test suite needs
#   sudo bash test/real/down.sh      # stop exactly what up.sh started, undo /etc/hosts
#
# Everything it writes (configurations, CA and certificates, logs, pid files, spool) lives in one
# temporary directory, recorded in the state file so that down.sh finds it. Nothing listens on
# any address outside 127.0.0.0/8.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=test/real/common.sh
. "$HERE/common.sh"

[ "$(id -u)" -eq 0 ] || die "must run as root (it binds ports 25, 80, 443, … and edits /etc/hosts): sudo bash $0"
for tool in openssl postfix postconf dovecot nginx; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed: apt-get install -y --no-install-recommends postfix dovecot-imapd dovecot-pop3d dovecot-managesieved nginx openssl"
done
[ -x "$POSTFIX_DAEMONS/master" ] || die "Postfix's master daemon is not at $POSTFIX_DAEMONS/master"

# A previous run that was never taken down would hold the same addresses and ports.
if [ -e "$STATE_FILE" ]; then
  log "a previous run is still recorded in $STATE_FILE: taking it down first"
  bash "$HERE/down.sh"
fi

started_at=$(date +%s)
RUN=$(mktemp -d "${TMPDIR:-/tmp}/mail-tls-gate-real.XXXXXX")
# The daemons' unprivileged users (postfix, dovenull, www-data) must be able to traverse it.
chmod 755 "$RUN"
printf 'dir %s\n' "$RUN" >"$STATE_FILE"

up_done=0
on_exit() {
  local status=$?
  [ "$up_done" -eq 1 ] && return 0
  log "up.sh failed (exit $status); taking down what it started. Logs are kept in $RUN/log."
  for f in "$RUN"/log/*.log; do
    [ -s "$f" ] || continue
    log "--- last lines of ${f##*/}:"
    tail -n 15 "$f" >&2 || true
  done
  MAIL_TLS_GATE_REAL_KEEP_DIR=1 bash "$HERE/down.sh" || true
  exit "$status"
}
trap on_exit EXIT

# Every port a scenario may use: nothing may listen on them before the run, nor on the closed host.
PORTS=(25 587 465 143 993 110 995 4190 80 443)

# Nothing may be listening on the scenario addresses yet.
for scenario in "${SCENARIOS[@]}"; do
  for port in "${PORTS[@]}"; do
    if port_open "$(addr_of "$scenario")" "$port"; then
      die "$(addr_of "$scenario"):$port is already in use; is another run still up? (sudo bash $HERE/down.sh)"
    fi
  done
done

PKI=$RUN/pki
mkdir -p "$PKI" "$RUN/log" "$RUN/run" "$RUN/state"

# -------------------------------------------------------------------------------------------------
# Certificates: one CA for the run, and a leaf per scenario.

log "generating the CA and certificates"
umask 077
openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 365 \
  -keyout "$PKI/ca.key" -out "$PKI/ca.pem" \
  -subj "/O=mail-tls-gate tests/CN=mail-tls-gate test CA $(date -u +%Y%m%d%H%M%S)" \
  -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash" 2>/dev/null
mkdir -p "$PKI/ca-db"
: >"$PKI/ca-db/index.txt"
openssl rand -hex 16 >"$PKI/ca-db/serial"
cat >"$PKI/ca.cnf" <<EOF
[ ca ]
default_ca = run_ca

[ run_ca ]
database = $PKI/ca-db/index.txt
new_certs_dir = $PKI/ca-db
serial = $PKI/ca-db/serial
certificate = $PKI/ca.pem
private_key = $PKI/ca.key
default_md = sha256
policy = any_name
unique_subject = no
copy_extensions = none
email_in_dn = no

[ any_name ]
organizationName = optional
commonName = supplied

[ server ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:\${ENV::LEAF_NAME}
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
EOF

# issue SCENARIO NAME [openssl ca validity options…]: a leaf for NAME signed by the run's CA.
# `openssl ca` is used rather than `openssl x509 -req` because OpenSSL 3.0's x509 cannot set a
# start date in the past, which the expired certificate needs.
issue() {
  local scenario=$1 name=$2
  shift 2
  openssl req -new -newkey rsa:2048 -nodes -keyout "$PKI/$scenario.key" -out "$PKI/$scenario.csr" \
    -subj "/O=mail-tls-gate tests/CN=$name" 2>/dev/null
  LEAF_NAME=$name openssl ca -batch -notext -config "$PKI/ca.cnf" -extensions server \
    -in "$PKI/$scenario.csr" -out "$PKI/$scenario.pem" "$@" 2>"$RUN/log/openssl-ca.log" ||
    die "openssl ca could not issue the $scenario certificate: $(cat "$RUN/log/openssl-ca.log")"
}
utc() { date -u -d "$1" +%Y%m%d%H%M%SZ; }

issue good "$(host_of good)" -days 90
issue legacy "$(host_of legacy)" -days 90
issue expired "$(host_of expired)" -startdate "$(utc '-400 days')" -enddate "$(utc '-30 days')"
issue expiring "$(host_of expiring)" -days 5
issue wrongname "other.$DOMAIN" -days 90
rm -f "$RUN/log/openssl-ca.log"
# DH groups for DHE: RFC 7919's ffdhe2048 for the well-configured host (what docs/rules/tls-dh-weak.md
# advises), and a 1024-bit group for the legacy host (tls-dh-weak).
openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out "$PKI/ffdhe2048.pem" 2>/dev/null ||
  die "openssl could not write the ffdhe2048 group"
openssl dhparam -out "$PKI/dh1024.pem" 1024 2>/dev/null || die "openssl could not generate a 1024-bit DH group"
openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 90 \
  -keyout "$PKI/selfsigned.key" -out "$PKI/selfsigned.pem" \
  -subj "/O=mail-tls-gate tests/CN=$(host_of selfsigned)" \
  -addext "subjectAltName=DNS:$(host_of selfsigned)" \
  -addext "basicConstraints=critical,CA:FALSE" \
  -addext "extendedKeyUsage=serverAuth" 2>/dev/null
umask 022
chmod 644 "$PKI"/*.pem
chmod 755 "$PKI"

# -------------------------------------------------------------------------------------------------
# Host names

hosts_tmp=$(mktemp)
grep -v -F "$HOSTS_MARK" /etc/hosts >"$hosts_tmp" || true
for scenario in "${SCENARIOS[@]}"; do
  printf '%s\t%s\t%s\n' "$(addr_of "$scenario")" "$(host_of "$scenario")" "$HOSTS_MARK" >>"$hosts_tmp"
done
# /etc/hosts is often a bind mount (containers): rewrite it in place rather than replace it.
cat "$hosts_tmp" >/etc/hosts
rm -f "$hosts_tmp"
printf 'hosts %s\n' "$HOSTS_MARK" >>"$STATE_FILE"

# -------------------------------------------------------------------------------------------------
# Dovecot: one instance per kind of configuration. Each writes its own base_dir, state and log.

mkdir -p "$RUN/mail"
printf 'probe:{PLAIN}%s::::::\n' "$(openssl rand -hex 12)" >"$RUN/dovecot-users"
chmod 640 "$RUN/dovecot-users"
chgrp dovecot "$RUN/dovecot-users"

# dovecot_common INSTANCE ADDRESS…: what every instance shares (paths, users, mailboxes).
dovecot_common() {
  local instance=$1
  shift
  cat <<EOF
# Dovecot 2.3: $instance
instance_name = dovecot-$instance
base_dir = $RUN/run/dovecot-$instance
state_dir = $RUN/state/dovecot-$instance
log_path = $RUN/log/dovecot-$instance.log
listen = $*
protocols = imap pop3 sieve
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = $RUN/dovecot-users
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=$RUN/mail/%u
}
mail_location = maildir:~/Maildir
EOF
}

mkdir -p "$RUN/dovecot"

# The well-configured host: STARTTLS on 143/110/4190 and no authentication before TLS, implicit
# TLS on 993/995, TLS 1.2 or later only. Postfix authenticates submission clients through it.
# ssl = yes (not required): that no cleartext login is offered before STARTTLS comes from
# disable_plaintext_auth alone, as the plaintext-auth-offered page says.
{
  dovecot_common good "$(addr_of good)"
  cat <<EOF

ssl = yes
ssl_cert = <$PKI/good.pem
ssl_key = <$PKI/good.key
ssl_min_protocol = TLSv1.2
ssl_prefer_server_ciphers = yes
# Mozilla's intermediate suites (docs/rules/tls-cipher-weak.md and the other cipher pages), and
# RFC 7919's 2048-bit group for its DHE suites (tls-dh-weak).
ssl_cipher_list = ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305
ssl_dh = <$PKI/ffdhe2048.pem
# No LOGIN, USER or SASL PLAIN before STARTTLS (IMAP shows LOGINDISABLED).
# (Dovecot 2.4 calls this auth_allow_cleartext = no.)
disable_plaintext_auth = yes

service imap-login {
  inet_listener imap {
    port = 143
  }
  inet_listener imaps {
    port = 993
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 110
  }
  inet_listener pop3s {
    port = 995
    ssl = yes
  }
}
service managesieve-login {
  inet_listener sieve {
    port = 4190
  }
}
# SASL for Postfix (smtpd_sasl_type = dovecot).
service auth {
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
EOF
} >"$RUN/dovecot/good.conf"

# The plaintext host: no TLS at all, passwords accepted in the clear.
{
  dovecot_common plain "$(addr_of plain)"
  cat <<EOF

ssl = no
disable_plaintext_auth = no

service imap-login {
  inet_listener imap {
    port = 143
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 110
  }
  inet_listener pop3s {
    port = 0
  }
}
service managesieve-login {
  inet_listener sieve {
    port = 4190
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
EOF
} >"$RUN/dovecot/plain.conf"

# The legacy host: still accepts TLS 1.0 and 1.1. OpenSSL 3 refuses those versions at its default
# security level (they sign the handshake with SHA-1 and MD5), so this also takes @SECLEVEL=0.
# Its suites add what the cipher rules find: a NULL-encryption suite (tls-cipher-weak; the 3DES
# and RC4 ones are not built into Debian's OpenSSL 3), an anonymous one (tls-cipher-anonymous),
# its RSA key transport (tls-forward-secrecy-missing, under the profile intermediate) and
# DHE with a 1024-bit group (tls-dh-weak). ALL, not DEFAULT: DEFAULT deletes the anonymous and NULL
# suites for good (a suite removed with ! never comes back, whatever follows), and it is a keyword
# only at the head of a list. ALL keeps the anonymous suites; the NULL one is added by name.
{
  dovecot_common legacy "$(addr_of legacy)"
  cat <<EOF

ssl = required
ssl_cert = <$PKI/legacy.pem
ssl_key = <$PKI/legacy.key
ssl_min_protocol = TLSv1
ssl_cipher_list = ALL:ECDHE-RSA-NULL-SHA:@SECLEVEL=0
ssl_dh = <$PKI/dh1024.pem
disable_plaintext_auth = yes

service imap-login {
  inet_listener imap {
    port = 143
  }
  inet_listener imaps {
    port = 993
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = 0
  }
}
service managesieve-login {
  inet_listener sieve {
    port = 0
  }
}
EOF
} >"$RUN/dovecot/legacy.conf"

# The certificate scenarios: IMAPS only, one certificate per local address.
{
  dovecot_common certs "$(addr_of expired)" "$(addr_of expiring)" "$(addr_of selfsigned)" "$(addr_of wrongname)"
  cat <<EOF

ssl = required
ssl_cert = <$PKI/expired.pem
ssl_key = <$PKI/expired.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
EOF
  for scenario in expired expiring selfsigned wrongname; do
    cat <<EOF
local $(addr_of "$scenario") {
  ssl_cert = <$PKI/$scenario.pem
  ssl_key = <$PKI/$scenario.key
}
EOF
  done
  cat <<EOF

service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    port = 993
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = 0
  }
}
service managesieve-login {
  inet_listener sieve {
    port = 0
  }
}
EOF
} >"$RUN/dovecot/certs.conf"

for instance in good plain legacy certs; do
  mkdir -p "$RUN/state/dovecot-$instance"
  log "starting dovecot ($instance)"
  dovecot -c "$RUN/dovecot/$instance.conf" >>"$RUN/log/dovecot-$instance.log" 2>&1 ||
    die "dovecot ($instance) did not start"
  record_pid "dovecot-$instance" "$RUN/run/dovecot-$instance/master.pid" dovecot
done

# -------------------------------------------------------------------------------------------------
# Postfix: one instance; each service is bound to its scenario's address in master.cf, and the
# scenarios that differ from main.cf override it there with -o.

# The queue and data directories lie outside the configuration directory, which postfix(1)
# expects to be owned by root throughout.
PF=$RUN/postfix
mkdir -p "$PF" "$RUN/postfix-spool" "$RUN/postfix-data"
chown postfix "$RUN/postfix-data"
cat >"$PF/main.cf" <<EOF
# Postfix 3.7 for the well-configured host; master.cf overrides it per scenario.
compatibility_level = 3.6
queue_directory = $RUN/postfix-spool
data_directory = $RUN/postfix-data
maillog_file = $RUN/log/postfix.log
maillog_file_prefixes = $RUN/log
mail_owner = postfix
setgid_group = postdrop
# Postfix only accepts interface addresses here, and lo carries just 127.0.0.1: every smtpd below
# names its own address in master.cf instead.
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = $(host_of good)
mydomain = $DOMAIN
myorigin = \$myhostname
mydestination =
relay_domains =
local_recipient_maps =
alias_maps =
alias_database =
mynetworks = 127.0.0.1/32
smtpd_banner = \$myhostname ESMTP
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination

# TLS for every smtpd: STARTTLS offered on 25 and 587 (RFC 3207), TLS 1.2 or later only.
smtpd_tls_chain_files = $PKI/good.key, $PKI/good.pem
smtpd_tls_security_level = may
smtpd_tls_protocols = >=TLSv1.2
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_tls_loglevel = 1
# No weak suites at any level (docs/rules/tls-cipher-weak.md), and no anonymous ones either, so
# that the well-configured host shows not even tls-cipher-anonymous's notice; none where TLS is
# mandatory, as docs/rules/tls-cipher-anonymous.md shows; RFC 7919's 2048-bit group for DHE.
smtpd_tls_exclude_ciphers = eNULL, EXPORT, RC4, DES, 3DES, MD5, aNULL
smtpd_tls_mandatory_exclude_ciphers = aNULL
smtpd_tls_dh1024_param_file = $PKI/ffdhe2048.pem
# Never offer AUTH before STARTTLS; SASL itself is Dovecot's.
smtpd_tls_auth_only = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $RUN/run/dovecot-good/auth-postfix
smtpd_sasl_auth_enable = no
EOF

# bind SCENARIO PORT: the "address:port" of a master.cf service.
bind() { printf '%s:%s' "$(addr_of "$1")" "$2"; }
{
  cat <<EOF
# service type  private unpriv  chroot  wakeup  maxproc command + args
# The well-configured host: MX on 25 with STARTTLS, submission on 587 with STARTTLS and AUTH, and
# implicit TLS on 465 (RFC 8314). Submission keeps main.cf's smtpd_tls_security_level = may, so
# that AUTH appearing only after STARTTLS is main.cf's smtpd_tls_auth_only = yes at work (as the
# plaintext-auth-offered page shows), not a side effect of encrypt.
$(bind good 25)        inet  n       -       n       -       -       smtpd
$(bind good 587)       inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix/submission
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
$(bind good 465)       inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
# The plaintext host: no STARTTLS, and AUTH offered in the clear.
$(bind plain 25)       inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix/plain
  -o myhostname=$(host_of plain)
  -o smtpd_tls_security_level=none
  -o smtpd_tls_auth_only=no
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_path=$RUN/run/dovecot-plain/auth-postfix
$(bind plain 587)      inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix/plain-submission
  -o myhostname=$(host_of plain)
  -o smtpd_tls_security_level=none
  -o smtpd_tls_auth_only=no
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_path=$RUN/run/dovecot-plain/auth-postfix
EOF
  for scenario in expired expiring selfsigned wrongname; do
    cat <<EOF
# $scenario certificate, on STARTTLS.
$(bind "$scenario" 25)  inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix/$scenario
  -o myhostname=$(host_of "$scenario")
  -o smtpd_tls_chain_files=$PKI/$scenario.key,$PKI/$scenario.pem
EOF
  done
  cat <<'EOF'
# Postfix's own services.
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
} >"$PF/master.cf"

log "starting postfix"
# Without syslog, postfix(1) prints its errors only to a terminal: give it one.
script -qec "postfix -c '$PF' start" /dev/null >>"$RUN/log/postfix-start.log" 2>&1 ||
  die "postfix did not start: $(tr -d '\r' <"$RUN/log/postfix-start.log")"
record_pid postfix "$RUN/postfix-spool/pid/master.pid" master

# -------------------------------------------------------------------------------------------------
# nginx: webmail on 443 per scenario, and port 80.

NG=$RUN/nginx
mkdir -p "$NG"
{
  cat <<EOF
# nginx for the real-server suite.
user www-data;
worker_processes 1;
pid $RUN/run/nginx.pid;
error_log $RUN/log/nginx-error.log warn;
events {
  worker_connections 256;
}
http {
  access_log $RUN/log/nginx-access.log;
  client_body_temp_path $NG/client_body;
  proxy_temp_path $NG/proxy;
  fastcgi_temp_path $NG/fastcgi;
  uwsgi_temp_path $NG/uwsgi;
  scgi_temp_path $NG/scgi;
  default_type text/plain;
  server_tokens off;

  # The well-configured host: port 80 only sends browsers to https on the same host name (nginx's
  # host variable: the name the client asked for, as docs/rules/http-not-redirected.md shows).
  server {
    listen $(bind good 80);
    server_name $(host_of good);
    return 301 https://\$host\$request_uri;
  }
  server {
    listen $(bind good 443) ssl;
    server_name $(host_of good);
    ssl_certificate $PKI/good.pem;
    ssl_certificate_key $PKI/good.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    # Mozilla's intermediate configuration, with RFC 7919's 2048-bit group for DHE.
    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305;
    ssl_prefer_server_ciphers off;
    ssl_dhparam $PKI/ffdhe2048.pem;
    add_header Strict-Transport-Security "max-age=31536000" always;
    return 200 "webmail\n";
  }

  # The plaintext host: the web page in the clear, no redirect.
  server {
    listen $(bind plain 80);
    server_name $(host_of plain);
    return 200 "webmail\n";
  }

  # The legacy host: TLS 1.0 and 1.1 still accepted. The versions and ciphers of a listening
  # address come from its default server, and OpenSSL 3 needs @SECLEVEL=0 for TLS 1.0/1.1. Its
  # suites add a NULL-encryption one, an anonymous one and DHE with a 1024-bit group, as
  # Dovecot's legacy instance does.
  server {
    listen $(bind legacy 443) ssl;
    server_name $(host_of legacy);
    ssl_certificate $PKI/legacy.pem;
    ssl_certificate_key $PKI/legacy.key;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_ciphers ALL:ECDHE-RSA-NULL-SHA:@SECLEVEL=0;
    ssl_dhparam $PKI/dh1024.pem;
    return 200 "webmail\n";
  }
EOF
  for scenario in expired expiring selfsigned wrongname; do
    cat <<EOF

  # $scenario certificate.
  server {
    listen $(bind "$scenario" 443) ssl;
    server_name $(host_of "$scenario");
    ssl_certificate $PKI/$scenario.pem;
    ssl_certificate_key $PKI/$scenario.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    return 200 "webmail\n";
  }
EOF
  done
  echo '}'
} >"$NG/nginx.conf"

log "starting nginx"
nginx -e "$RUN/log/nginx-error.log" -p "$NG" -c "$NG/nginx.conf" -t >>"$RUN/log/nginx-start.log" 2>&1 ||
  die "nginx rejected its configuration: $(cat "$RUN/log/nginx-start.log")"
nginx -e "$RUN/log/nginx-error.log" -p "$NG" -c "$NG/nginx.conf" >>"$RUN/log/nginx-start.log" 2>&1 ||
  die "nginx did not start: $(cat "$RUN/log/nginx-start.log")"
record_pid nginx "$RUN/run/nginx.pid" nginx

# -------------------------------------------------------------------------------------------------
# Wait until every service answers; nothing may answer on the closed host.

log "waiting for the services to answer"
wait_for good 25 '^220 '
wait_for good 587 '^220 '
wait_for good 465
wait_for good 143 '^\* OK'
wait_for good 993
wait_for good 110 '^\+OK'
wait_for good 995
wait_for good 4190 '^"IMPLEMENTATION"'
wait_for good 80
wait_for good 443
wait_for plain 25 '^220 '
wait_for plain 587 '^220 '
wait_for plain 143 '^\* OK'
wait_for plain 110 '^\+OK'
wait_for plain 4190 '^"IMPLEMENTATION"'
wait_for plain 80
wait_for legacy 143 '^\* OK'
wait_for legacy 993
wait_for legacy 443
for scenario in expired expiring selfsigned wrongname; do
  wait_for "$scenario" 25 '^220 '
  wait_for "$scenario" 993
  wait_for "$scenario" 443
done
for port in "${PORTS[@]}"; do
  if port_open "$(addr_of closed)" "$port"; then die "$(addr_of closed):$port answers, but the closed host must have nothing listening"; fi
done

# -------------------------------------------------------------------------------------------------
# What the test suite reads.

{
  echo "# Written by test/real/up.sh for __tests__/real/; removed by test/real/down.sh."
  echo "MAIL_TLS_GATE_REAL_DIR=$RUN"
  echo "MAIL_TLS_GATE_REAL_CA=$PKI/ca.pem"
  printf 'MAIL_TLS_GATE_REAL_HOSTS='
  for scenario in "${SCENARIOS[@]}"; do printf '%s:%s:%s ' "$scenario" "$(host_of "$scenario")" "$(addr_of "$scenario")"; done
  echo
} >"$ENV_FILE"
chmod 644 "$ENV_FILE"
printf 'env %s\n' "$ENV_FILE" >>"$STATE_FILE"

up_done=1
log "up in $(($(date +%s) - started_at)) s: ${#SCENARIOS[@]} scenarios on $(addr_of "${SCENARIOS[0]}")…$(addr_of "${SCENARIOS[-1]}")"
log "run the suite with: MAIL_TLS_GATE_REAL=1 MAIL_TLS_GATE_REAL_ENV=$ENV_FILE npm test"
echo "MAIL_TLS_GATE_REAL_ENV=$ENV_FILE"
