#!/usr/bin/env bash
# Starts the real console under Xvfb over the repository's samples, visits every screen and writes
# one PNG per screen to docs/screenshots/ (or the folder given as $1).
#
# Installs nothing. It needs a virtual X server and GTK for JavaFX's desktop glass:
#   apt-get install -y --no-install-recommends xvfb libgtk-3-0 xauth
#
# Usage (from anywhere): app-ui/scripts/screenshots.sh [output-folder]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$repo/docs/screenshots}"
command -v xvfb-run >/dev/null || { echo "xvfb-run not found: apt-get install -y --no-install-recommends xvfb libgtk-3-0 xauth" >&2; exit 1; }
cd "$repo"
mvn -q -DskipTests install -pl app-ui -am
# The tour is a TestFX test tagged "tour"; it runs with the desktop (GTK) glass instead of Monocle.
xvfb-run -a -s "-screen 0 1400x1000x24" \
  mvn -q -pl app-ui surefire:test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false \
    -Dui.excludedGroups=none "-Dtestfx.jvm=-Dprism.order=sw -Dtestfx.robot=glass -Daside.screenshots=$out"
ls -1 "$out"
