#!/usr/bin/env bash
# Every test, in the order that fails fastest: types, units, then the built site in a browser.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
npx tsc --noEmit
npm run lint
npx vitest run
# Canonical URLs, the sitemap and social-card URLs are fixed at build time, for the address the e2e server uses.
SITE_URL=http://127.0.0.1:${E2E_PORT:-3210} npm run build
npx playwright test
