#!/usr/bin/env bash
# Prints a directory that holds usr/lib/python3/dist-packages/skimage/data/astronaut.png (Debian
# python3-skimage 0.19.3-8): "/" when the package is installed, else the .deb unpacked (not installed)
# into $HOME/.cache/opentvs/debian/python3-skimage_0.19.3-8. Prints nothing when neither is possible.
set -euo pipefail
rel=usr/lib/python3/dist-packages/skimage/data/astronaut.png
sha=88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5
if [[ -f /$rel ]]; then echo /; exit 0; fi
cache=${XDG_CACHE_HOME:-$HOME/.cache}/opentvs/debian/python3-skimage_0.19.3-8
if [[ ! -f $cache/$rel ]] && command -v apt-get >/dev/null 2>&1; then
  tmp=$(mktemp -d)
  if (cd "$tmp" && apt-get download -qq python3-skimage=0.19.3-8 >/dev/null 2>&1); then
    mkdir -p "$cache"
    dpkg-deb --fsys-tarfile "$tmp"/python3-skimage_0.19.3-8_all.deb | tar -x -C "$cache" "./$rel"
  fi
  rm -rf "$tmp"
fi
if [[ -f $cache/$rel ]]; then
  echo "$sha  $cache/$rel" | sha256sum -c --quiet - >&2 || { echo "astronaut.png: SHA-256 mismatch" >&2; exit 1; }
  echo "$cache"
else
  echo "python3-skimage not available: astronaut.png skipped" >&2
fi
