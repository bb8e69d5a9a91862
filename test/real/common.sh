# Shared by up.sh and down.sh (sourced, not run): the scenarios, where the run's state is kept,
# and small helpers.

# Every scenario gets its own loopback address (127.0.10.N, in this order) and host name.
SCENARIOS=(good plain legacy expired expiring selfsigned wrongname closed)
DOMAIN=mail-tls-gate.test
ADDRESS_PREFIX=127.0.10

# The state file names the run's directory, the pids started and the /etc/hosts marker, so that
# down.sh undoes exactly what up.sh did. The env file is what the test suite reads.
STATE_FILE=${MAIL_TLS_GATE_REAL_STATE:-${TMPDIR:-/tmp}/mail-tls-gate-real.state}
ENV_FILE=${MAIL_TLS_GATE_REAL_ENV:-${TMPDIR:-/tmp}/mail-tls-gate-real.env}
HOSTS_MARK='# mail-tls-gate-real'
POSTFIX_DAEMONS=$(postconf -h daemon_directory 2>/dev/null || echo /usr/lib/postfix/sbin)
WAIT_SECONDS=${MAIL_TLS_GATE_REAL_WAIT:-30}

log() { printf 'real-servers [%3d s]: %s\n' "$SECONDS" "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

addr_of() {
  local i
  for i in "${!SCENARIOS[@]}"; do
    if [ "${SCENARIOS[$i]}" = "$1" ]; then
      printf '%s.%s' "$ADDRESS_PREFIX" "$((i + 1))"
      return 0
    fi
  done
  die "unknown scenario '$1'"
}
host_of() { printf '%s.%s' "$1" "$DOMAIN"; }

# port_open ADDRESS PORT: does anything accept a TCP connection there?
port_open() {
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# wait_for SCENARIO PORT [GREETING_REGEX]: until the port accepts a connection (and, for a
# plaintext protocol, its first line matches), for at most WAIT_SECONDS.
wait_for() {
  local scenario=$1 port=$2 pattern=${3:-} addr line='' deadline
  addr=$(addr_of "$scenario")
  deadline=$((SECONDS + WAIT_SECONDS))
  while :; do
    if [ -z "$pattern" ]; then
      port_open "$addr" "$port" && return 0
    else
      line=$(timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2" && IFS= read -r line <&3 && printf "%s" "${line%$'\''\r'\''}"' _ "$addr" "$port" 2>/dev/null) || line=''
      [[ $line =~ $pattern ]] && return 0
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      die "$(host_of "$scenario") ($addr) port $port did not answer within ${WAIT_SECONDS} s${line:+ (it said: $line)}"
    fi
    sleep 0.2
  done
}

# record_pid NAME PIDFILE COMMAND: wait for a daemon's pid file and note the pid in the state file.
record_pid() {
  local name=$1 file=$2 command=$3 pid='' i
  for i in $(seq 1 50); do
    if [ -s "$file" ]; then
      pid=$(tr -d ' \n' <"$file")
      [ -d "/proc/$pid" ] && break
    fi
    sleep 0.2
  done
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || die "$name did not write a live pid to $file"
  [ "$(cat "/proc/$pid/comm")" = "$command" ] || die "$name: pid $pid is not '$command'"
  printf 'pid %s %s %s\n' "$name" "$pid" "$command" >>"$STATE_FILE"
}
