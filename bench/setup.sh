#!/usr/bin/env bash
# What `npm run bench` needs besides node: Debian's sslscan, the peer measured beside the check
# (bench/one-host.ts). Installed the way .ci/run installs the test servers; without it the bench
# still runs and its sslscan row says so.
set -uo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v sslscan >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends sslscan >/dev/null; } || echo "apt-get could not install sslscan"
  else
    echo "sslscan is not installed (apt-get install -y sslscan, as root): the bench's sslscan rows will say so"
  fi
fi
exit 0
