#!/usr/bin/env bash
# What the tests need from Debian, installed only if missing: Chromium (Playwright's own browser
# download cannot work offline), a Java runtime for the Nu HTML Checker (vnu-jar, whose own Java
# download is not used), PostgreSQL (the store's tests run on it as well as on SQLite, in a
# throwaway cluster they start themselves) and nginx (the rate limit is tested behind the
# shipped proxy configuration).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "The tests need ${missing[*]} and this user cannot install it. Run: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing from Debian for the tests: ${missing[*]}…"
# Slim Debian images drop this directory, and the JRE's post-install step fails without it.
"${as_root[@]}" mkdir -p /usr/share/man/man1
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
