#!/usr/bin/env bash
# Kept for callers of the old name; scripts/install-test-deps.sh installs Chromium and Java.
exec bash "$(dirname "$0")/install-test-deps.sh"
