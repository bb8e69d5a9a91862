#!/usr/bin/env bash
# What `npm run bench` needs besides node: Debian's sslscan, the peer measured beside the check
# (bench/one-host.ts), installed the way .ci/run installs the test servers; and node 24, which the
# action runs on, for the start-up rows (bench/runtimes.ts), as .ci/run gets it (scripts/node24.sh).
# Without either the bench still runs and says what it left out.
set -uo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v sslscan >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends sslscan >/dev/null; } || echo "apt-get could not install sslscan"
  else
    echo "sslscan is not installed (apt-get install -y sslscan, as root): the bench's sslscan rows will say so"
  fi
fi
bash "$(dirname "$0")/../scripts/node24.sh" >/dev/null || echo "no Node 24: the start-up rows run under this node only"
exit 0
