#!/usr/bin/env bash
# What the tests need besides Node packages: Debian's Chromium for the browser tests
# (Playwright cannot download its own browser here), poppler and LibreOffice to open
# exported files, and the fonts pages and PDFs are rendered with. Installs whatever is
# missing on Debian or Ubuntu when it can (as root, or with sudo that needs no password);
# otherwise stops at once with the exact command to run.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/liberation ] || missing+=(fonts-liberation)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

command_line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need: ${missing[*]} (Debian package names). Install them with your system's package manager." >&2
  echo "Chromium may live elsewhere: set CHROMIUM_PATH to its executable." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  echo "The tests need these Debian packages, which are not installed: ${missing[*]}" >&2
  echo "Install them, then run the tests again:" >&2
  echo "  sudo sh -c '$command_line'" >&2
  exit 1
fi

echo "Installing what the tests need: ${missing[*]}"
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
