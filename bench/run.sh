#!/usr/bin/env bash
# `npm run bench`: installs what the benchmark needs when it is missing (Debian's chromium,
# nginx, wrk, and postgresql for the pg and uploads steps), then runs bench/run.ts.
# Arguments are passed on (--only=…, --readme).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-deps.sh

missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
only=""
for arg in "$@"; do
  case "$arg" in --only=*) only="${arg#--only=}" ;; esac
done
if [ -z "$only" ] || [[ ",$only," =~ ,(pg|uploads), ]]; then
  [ -n "${PG_BIN:-}" ] || compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian for the benchmark…"
  # Only the binaries are used: the bench starts its own nginx and PostgreSQL on 127.0.0.1 with
  # their own config (Debian may start its default PostgreSQL cluster; the bench never uses it).
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

# react-server: the bench makes form tokens with the site's own lib/leads/guard.ts ("server-only").
exec npx tsx --conditions react-server bench/run.ts "$@"
