#!/usr/bin/env bash
# Opens a rendered report (or out/index.html) in headless Chromium (Debian's
# `chromium`, installed with apt-get when missing), checks that the page's DOM
# shows the numbers the report is expected to show, and saves two screenshots
# to look at: a desktop one and, beside it as NAME-phone.png, a phone-width one.
#
# usage: scripts/check-report.sh OUT/SET/report.html [SCREENSHOT.png] [NUMBER...]
#   NUMBER...  strings that must appear in the rendered page (e.g. 40 12);
#              by default the "Total" rows must be present.
set -euo pipefail

page=${1:?usage: check-report.sh OUT/SET/report.html [SCREENSHOT.png] [NUMBER...]}
shot=${2:-${page%.html}.png}
shift $(( $# >= 2 ? 2 : 1 ))

if ! command -v chromium >/dev/null 2>&1; then
    echo "installing Debian's chromium package" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(realpath "$page")"
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
       --disable-component-update --no-first-run --disable-sync
       --user-data-dir="$profile" --hide-scrollbars)

dom=$(chromium "${flags[@]}" --dump-dom "$url" 2>/dev/null)
status=0
if [ $# -eq 0 ]; then
    set -- "<h1>"
fi
for want in "$@"; do
    if grep -qF -- "$want" <<<"$dom"; then
        echo "ok: page shows '$want'"
    else
        echo "MISSING: page does not show '$want'" >&2
        status=1
    fi
done
chromium "${flags[@]}" --window-size=1280,2400 --screenshot="$(realpath -m "$shot")" "$url" >/dev/null 2>&1
phone="${shot%.png}-phone.png"
chromium "${flags[@]}" --window-size=390,2400 --screenshot="$(realpath -m "$phone")" "$url" >/dev/null 2>&1
echo "screenshots: $shot $phone"
exit $status
