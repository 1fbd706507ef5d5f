#!/bin/sh
# Screenshots of the web pages for the README, taken by Debian's chromium from a running server:
#   java -jar target/policykg.jar serve &   then   scripts/screenshots.sh [http://localhost:8080]
# (needs chromium and fonts-wqy-microhei; the browser tests save more under target/screenshots/).
set -e
SERVER=${1:-http://localhost:8080}
shot() {
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,900 \
    --virtual-time-budget=5000 --screenshot="docs/pages-$1.png" "$SERVER$2" 2>/dev/null
}
shot home /
shot compare '/compare?concept=tree-cover'
