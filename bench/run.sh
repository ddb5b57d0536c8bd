#!/usr/bin/env bash
# `npm run bench`: installs what the benchmark needs when it is missing (Debian's chromium,
# nginx and wrk), then runs bench/run.ts. Arguments are passed on (--only=…, --readme).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-deps.sh

missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian for the benchmark…"
  # Only the binaries are used: the bench starts its own nginx on 127.0.0.1 with its own config.
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "${missing[*]} missing and this user cannot install them. Run: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
export PATH="$PATH:/usr/sbin"

exec npx tsx bench/run.ts "$@"
