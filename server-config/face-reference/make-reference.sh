#!/usr/bin/env bash
# Produces the face engine's reference vectors (src/test/resources/faceapi/reference.json) by running
# the upstream JavaScript pipeline (@vladmandic/face-api 1.7.15, TF.js 4.22.0 WASM backend) once.
# Never run at build or run time; the JSON is committed. Needs node + npm (Debian's `npm` package).
#   server-config/face-reference/make-reference.sh [OUT.json]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/src/test/resources/faceapi/reference.json}
command -v npm >/dev/null 2>&1 || { echo "npm is missing (apt-get install npm)" >&2; exit 1; }
# exact versions from package-lock.json, into server-config/face-reference/node_modules (gitignored)
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
debian_root=$("$here/astronaut.sh")
node "$here/reference.mjs" "$out" "$debian_root"
