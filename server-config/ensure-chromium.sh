#!/usr/bin/env bash
# Makes sure headless Chromium and its driver from Debian are there for the portal's browser tests
# (/usr/bin/chromium, /usr/bin/chromedriver). Installs them with apt when absent (root only).
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is not installed: installing chromium and chromium-driver with apt ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
else
  echo "Chromium is not installed and this is not root with apt: the browser tests will be skipped" >&2
fi
