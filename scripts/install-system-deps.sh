#!/usr/bin/env bash
# Installs the Debian packages layar's tests need: Chromium (the HTML deck is
# tested in a real browser), LibreOffice Impress (with Math, which draws the
# PPTX's equations) and poppler (the PPTX is
# converted to PDF and read back), xmllint and python3 (every PPTX part is
# validated against the OOXML schemas), and the metric-compatible fonts the layout
# relies on. Idempotent: installs only what is missing, and does nothing
# (not even `apt-get update`) when everything is present.
set -euo pipefail

packages=(
  chromium
  libreoffice-impress
  libreoffice-math
  poppler-utils
  libxml2-utils
  python3
  fonts-crosextra-carlito
  fonts-crosextra-caladea
  fonts-liberation
  fonts-dejavu-core
)
# Programs the tests start; each must be on PATH afterwards.
commands=(chromium soffice pdftoppm pdftotext xmllint python3)

log() { printf 'install-system-deps: %s\n' "$*"; }
fail() { printf 'install-system-deps: ERROR: %s\n' "$*" >&2; exit 1; }

installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${packages[@]}"; do
    installed "$package" || missing+=("$package")
  done
else
  # Not Debian: we cannot check packages, only the programs.
  for program in "${commands[@]}"; do
    command -v "$program" >/dev/null 2>&1 || fail "$program is missing and this is not a Debian system (no dpkg-query); install ${packages[*]} or their equivalents by hand."
  done
  log "no dpkg-query; required programs are on PATH, assuming the fonts are present"
  exit 0
fi

if ((${#missing[@]} == 0)); then
  log "all system packages present: ${packages[*]}"
else
  log "missing: ${missing[*]}"
  command -v apt-get >/dev/null 2>&1 || fail "apt-get not found; install ${missing[*]} by hand."
  as_root=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || fail "not root and sudo is not available; run as root: apt-get install ${missing[*]}"
    as_root=(sudo)
  fi
  log "running: ${as_root[*]:+${as_root[*]} }apt-get update"
  "${as_root[@]}" apt-get update || fail "apt-get update failed"
  log "running: ${as_root[*]:+${as_root[*]} }apt-get install -y --no-install-recommends ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}" || fail "apt-get install ${missing[*]} failed"
  for package in "${missing[@]}"; do
    installed "$package" || fail "$package is still not installed after apt-get install"
  done
  log "installed: ${missing[*]}"
fi

for program in "${commands[@]}"; do
  command -v "$program" >/dev/null 2>&1 || fail "$program is not on PATH although its package is installed"
done
