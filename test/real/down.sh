#!/usr/bin/env bash
# Stops exactly what test/real/up.sh started (by the pids it recorded), removes its /etc/hosts
# lines, its env file and its temporary directory. Harmless to run twice, or with nothing up.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=test/real/common.sh
. "$HERE/common.sh"

[ "$(id -u)" -eq 0 ] || die "must run as root (it stops root daemons and edits /etc/hosts): sudo bash $0"

# running PID COMMAND: is the pid alive (not a zombie) and still running that command?
running() {
  [ -r "/proc/$1/stat" ] && [ "$(cat "/proc/$1/comm" 2>/dev/null)" = "$2" ] &&
    [ "$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)" != Z ]
}

remove_hosts_lines() {
  grep -q -F "$HOSTS_MARK" /etc/hosts 2>/dev/null || return 0
  local kept
  kept=$(mktemp)
  grep -v -F "$HOSTS_MARK" /etc/hosts >"$kept" || true
  # /etc/hosts is often a bind mount (containers): rewrite it in place rather than replace it.
  cat "$kept" >/etc/hosts
  rm -f "$kept"
  log "removed the test host names from /etc/hosts"
}

if [ ! -e "$STATE_FILE" ]; then
  log "nothing recorded in $STATE_FILE: nothing to stop"
  remove_hosts_lines
  exit 0
fi

dir=''
env_file=''
# TERM every daemon that still runs the command it was started as (a pid may have been reused),
# then wait up to 10 s for all of them before resorting to KILL.
mapfile -t pids < <(grep '^pid ' "$STATE_FILE" | tac)
waiting=()
for line in "${pids[@]}"; do
  read -r _ name pid command <<<"$line"
  if running "$pid" "$command"; then
    kill -TERM "$pid" 2>/dev/null || true
    waiting+=("$name $pid $command")
  else
    log "$name (pid $pid) is not running"
  fi
done
for _ in $(seq 1 50); do
  still=()
  for entry in "${waiting[@]}"; do
    read -r name pid command <<<"$entry"
    if running "$pid" "$command"; then still+=("$entry"); else log "stopped $name (pid $pid)"; fi
  done
  waiting=("${still[@]}")
  [ ${#waiting[@]} -eq 0 ] && break
  sleep 0.2
done
for entry in "${waiting[@]}"; do
  read -r name pid command <<<"$entry"
  log "$name (pid $pid) ignored TERM for 10 s: killing it"
  kill -KILL "$pid" 2>/dev/null || true
done
while read -r kind value _; do
  case $kind in
    dir) dir=$value ;;
    env) env_file=$value ;;
  esac
done <"$STATE_FILE"

remove_hosts_lines
[ -n "$env_file" ] && rm -f "$env_file"
if [ -n "$dir" ] && [ -d "$dir" ]; then
  case $dir in
    */mail-tls-gate-real.*)
      if [ "${MAIL_TLS_GATE_REAL_KEEP_DIR:-0}" = 1 ]; then
        log "kept $dir for inspection"
      else
        rm -rf "$dir"
      fi
      ;;
    *) log "not removing $dir: it is not a directory up.sh made" ;;
  esac
fi
rm -f "$STATE_FILE"
log "down"
