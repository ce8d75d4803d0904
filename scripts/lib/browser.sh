# shellcheck shell=bash
# Set-up for the browser tests in tests/browser/.
#
#   source scripts/lib/browser.sh
#   browser_setup
#   (cd tests/browser && node --test)
#
# browser_setup installs Debian's chromium if /usr/bin/chromium is missing (never a browser
# download), and runs `npm ci` in tests/browser when node_modules is missing or was installed
# from a different package-lock.json.

_KINDRED_BROWSER_TESTS=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../tests/browser" && pwd)

browser_setup() {
    if [[ ! -x /usr/bin/chromium ]]; then
        echo "browser: /usr/bin/chromium missing; installing Debian's chromium (apt-get)"
        local sudo=()
        [[ $(id -u) -eq 0 ]] || sudo=(sudo -n)
        if ! { "${sudo[@]}" apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium; } >/tmp/kindred-chromium-apt.log 2>&1; then
            tail -n 30 /tmp/kindred-chromium-apt.log >&2
            echo "browser_setup: installing chromium failed (full log: /tmp/kindred-chromium-apt.log)" >&2
            return 1
        fi
    fi

    local lock_sum stamp="$_KINDRED_BROWSER_TESTS/node_modules/.kindred-lock.sha256"
    lock_sum=$(sha256sum <"$_KINDRED_BROWSER_TESTS/package-lock.json")
    if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
        echo "browser: npm ci in tests/browser"
        if ! (cd "$_KINDRED_BROWSER_TESTS" && npm ci --no-audit --no-fund --loglevel=error); then
            echo "browser_setup: npm ci failed" >&2
            return 1
        fi
        echo "$lock_sum" >"$stamp"
    fi
}
