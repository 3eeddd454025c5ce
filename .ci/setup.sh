# Sourced by .ci/run and .ci/demo: everything the tests and the demo need on a fresh Debian
# machine. As root it installs what is missing; as a user it says, in one line, what to install.
source .ci/node.sh
echo "node $(node --version), npm $(npm --version 2>/dev/null)"

if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian chromium and fonts-noto-cjk"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "chromium or fonts-noto-cjk missing and not root: run 'sudo apt-get install chromium fonts-noto-cjk firefox-esr'" >&2
    exit 1
  fi
fi
