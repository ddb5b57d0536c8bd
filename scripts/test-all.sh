#!/usr/bin/env bash
# Every test, in the order that fails fastest: types, then lint with the production build
# running beside it, units, then the built site in a browser.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
# Each part says how long it took, so a slower suite shows where.
part_started=$SECONDS
took() {
  echo "test-all: $1 took $((SECONDS - part_started)) s"
  part_started=$SECONDS
}
bash scripts/install-test-deps.sh
# Before the build starts: the type check reads the route types the build writes to .next/types.
npx tsc --noEmit
took "install-test-deps and the type check"

# The build runs beside lint, which has no timing to disturb (the unit tests do: they start
# servers and kill processes mid-send, so they get the machine to themselves). Canonical URLs,
# the sitemap and social-card URLs are fixed at build time, for the address the e2e server uses.
build_log=$(mktemp)
# In a session of its own, so a failed lint stops the build and every process it started.
trap 'rm -f "$build_log"; [ -n "${build:-}" ] && kill -- "-$build" 2>/dev/null || true' EXIT
SITE_URL=http://127.0.0.1:${E2E_PORT:-3210} setsid npm run build >"$build_log" 2>&1 &
build=$!
npm run lint
build_status=0
wait "$build" || build_status=$?
build=
cat "$build_log"
if [ "$build_status" -ne 0 ]; then
  echo "The production build failed (its output is above)." >&2
  exit 1
fi
took "lint beside the production build"

npx vitest run
took "the unit tests"
npx playwright test
took "the browser tests"
echo "test-all: everything passed in $SECONDS s"
