#!/usr/bin/env bash
# Every test, in the order that fails fastest: types, units, then the built site in a browser.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
npx tsc --noEmit
npx vitest run
npm run build
npx playwright test
