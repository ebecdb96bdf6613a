#!/usr/bin/env bash
# `npm ci && npm test` as on a machine with nothing but Node and npm: a fresh clone of this
# repository's HEAD, run in a private mount namespace (unshare; needs no root) where Debian's
# chromium, poppler (pdftotext …), libxml2-utils (xmllint), LibreOffice and openpyxl are hidden,
# with an empty temporary directory, so the npm-packaged Chromium unpacks anew.
# Prints the wall time of each command; the full log is kept only when something fails.
# Used by `npm run bench -- bare`; runs on Linux only.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/behovsmelding-bare-XXXXXX")
git clone --quiet "$root" "$work/repo"
mkdir "$work/tmp"

hide='
  set -euo pipefail
  for file in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/chromedriver /usr/bin/pdftotext /usr/bin/pdftoppm \
    /usr/bin/pdftocairo /usr/bin/pdfinfo /usr/bin/xmllint /usr/bin/soffice /usr/bin/libreoffice; do
    if [[ -e $file ]]; then mount --bind /dev/null "$file"; fi
  done
  for dir in /usr/lib/chromium /usr/lib/libreoffice /usr/lib/python3/dist-packages/openpyxl; do
    if [[ -d $dir ]]; then mount -t tmpfs none "$dir"; fi
  done
  for program in chromium pdftotext xmllint soffice; do
    if [[ -x $(command -v "$program" || true) && -f $(command -v "$program") ]]; then echo "$program is still there" >&2; exit 1; fi
  done
  if python3 -c "import openpyxl" 2>/dev/null; then echo "openpyxl is still there" >&2; exit 1; fi
  cd "$1"
  start=$(date +%s%N)
  npm ci --no-audit --no-fund >"$2/npm-ci.log" 2>&1 || { cat "$2/npm-ci.log"; exit 1; }
  middle=$(date +%s%N)
  npm test >"$2/npm-test.log" 2>&1 || { cat "$2/npm-test.log"; exit 1; }
  end=$(date +%s%N)
  grep -E "Nettlesertestene bruker|^Tests:|^(ℹ|#) (pass|fail) |^✓ Alle" "$2/npm-test.log"
  seconds() { echo $((($2 - $1) / 1000000000)); }
  echo "npm ci: $(seconds "$start" "$middle") s, npm test: $(seconds "$middle" "$end") s, i alt: $(seconds "$start" "$end") s"
'
# Root gets a mount namespace of its own; anyone else a user namespace that keeps their uid, so
# that the npm Chromium unpacks (and chowns, when root) as it would on a real machine.
if [[ $(id -u) -eq 0 ]]; then namespace=(unshare --mount); else namespace=(unshare --user --map-current-user --mount); fi
status=0
TMPDIR="$work/tmp" "${namespace[@]}" -- bash -c "$hide" bare "$work/repo" "$work" || status=$?
if ((status == 0)); then rm -rf "$work"; else echo "Loggene ligger i $work" >&2; fi
exit "$status"
