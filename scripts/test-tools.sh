#!/bin/sh
# The tests use real programs: LibreOffice (soffice) and poppler (pdftotext) read our exports back,
# Chromium runs the editor app.
# Installs them from Debian's packages when they are missing.
set -e
missing=""
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need these Debian packages:$missing (install them as root with apt-get)." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
