#!/usr/bin/env bash
# Makes sure the face-api engine's networks are there (idempotent; CI and run-dev.sh call it):
#   1. Debian's npm and python3-onnx, installed with apt when missing (root only);
#   2. npm pack @vladmandic/face-api@1.7.15 into the cache (outside target/, so `mvn clean` keeps it),
#      the tarball checked against its pinned SHA-256, then extracted (LICENSE, model/, demo/ samples);
#   3. server-config/face-models/tfjs2onnx.py (with /usr/bin/python3) converts the TF.js weights to
#      ONNX; the generated files are checked against their pinned SHA-256 too.
# Prints the models directory on its last line. Cache: ${OPENTVS_MODEL_CACHE:-$HOME/.cache/opentvs}.
# Without npm or python3-onnx (and not root) it warns and exits 0: the build then runs without the
# engine and the face tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE="@vladmandic/face-api"
VERSION="1.7.15"
TARBALL_SHA256="0d77fffeef362ef9c0939cf6c567f3a2e8e177f114fa257a3270cbd2e509b031"
ONNX_SHA256="d2a37b5bf24bfecaa1f76659eda9164d31b344248a0de55ee51e45177afa5756  ssd_mobilenetv1.onnx
ea7c26977dee6fffc56e7456a122f2342f7ab879b23a0d3d91eee89b0d7e1e81  tiny_face_detector.onnx
0f44b1ae3d9b03d434fddc85ad35a589ba7fd838e183b96aab6fbd23dd2cf53e  face_landmark_68.onnx
690a5ef46d9d77acb7d02c3e6e643efda4b849ba09e6bf2f24e9fdab16cea840  face_recognition.onnx"

CACHE="${OPENTVS_MODEL_CACHE:-$HOME/.cache/opentvs}/face-api-$VERSION"
ONNX_DIR="$CACHE/onnx"

if [[ -d "$ONNX_DIR" ]] && (cd "$ONNX_DIR" && sha256sum --quiet -c - <<<"$ONNX_SHA256") >/dev/null 2>&1 \
    && [[ -f "$CACHE/package/LICENSE" ]]; then
  echo "$ONNX_DIR"
  exit 0
fi

missing=()
command -v npm >/dev/null 2>&1 || missing+=(npm)
/usr/bin/python3 -c 'import onnx' >/dev/null 2>&1 || missing+=(python3-onnx)
if (( ${#missing[@]} )); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${missing[*]} with apt ..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "${missing[*]} not installed and this is not root with apt: no face models, the face tests will be skipped" >&2
    exit 0
  fi
fi

mkdir -p "$CACHE"
tarball="$CACHE/vladmandic-face-api-$VERSION.tgz"
if [[ ! -f "$tarball" ]] || ! sha256sum --quiet -c - <<<"$TARBALL_SHA256  $tarball" >/dev/null 2>&1; then
  rm -f "$tarball"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null)
  mv "$tmp/vladmandic-face-api-$VERSION.tgz" "$tarball"
fi
if ! sha256sum --quiet -c - <<<"$TARBALL_SHA256  $tarball"; then
  echo "$tarball does not have the pinned SHA-256 $TARBALL_SHA256: refusing it" >&2
  rm -f "$tarball"
  exit 1
fi

rm -rf "$CACHE/package" "$ONNX_DIR.tmp"
tar -xzf "$tarball" -C "$CACHE" package/LICENSE package/README.md package/package.json package/model package/demo
/usr/bin/python3 server-config/face-models/tfjs2onnx.py "$CACHE/package/model" "$ONNX_DIR.tmp" >&2
if ! (cd "$ONNX_DIR.tmp" && sha256sum --quiet -c - <<<"$ONNX_SHA256"); then
  echo "the converted networks differ from the pinned SHA-256 (different numpy/onnx?): refusing them" >&2
  exit 1
fi
printf '%s\n' "$ONNX_SHA256" > "$ONNX_DIR.tmp/SHA256SUMS"
rm -rf "$ONNX_DIR"
mv "$ONNX_DIR.tmp" "$ONNX_DIR"
echo "$ONNX_DIR"
