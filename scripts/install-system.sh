#!/usr/bin/env bash
# Install the Debian packages eokg needs, only those missing: graphviz (static pictures) and
# chromium (browser tests, printing reports to PDF; never a browser downloaded by a test tool),
# fonts (DejaVu, the Cyrillic font the tests write PDF reports in).
# Usage: scripts/install-system.sh graphviz [chromium] [fonts]
set -euo pipefail
need=()
for pkg in "$@"; do
  case "$pkg" in
    graphviz) command -v dot >/dev/null 2>&1 || need+=(graphviz) ;;
    chromium) command -v /usr/bin/chromium >/dev/null 2>&1 || need+=(chromium chromium-driver fonts-dejavu-core) ;;
    fonts) test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || need+=(fonts-dejavu-core) ;;
    *) echo "install-system.sh: unknown package group '$pkg'" >&2; exit 2 ;;
  esac
done
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing Debian packages: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
