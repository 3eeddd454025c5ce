# Sourced by .ci/run: Firefox for the e2e suite, both builds it runs on.
# - 153 ESR: Debian's firefox-esr (security updates), installed with apt when missing.
# - 140 ESR, the manifest's minimum: the .deb from Debian's main archive, unpacked into
#   .firefox/140 (no system change). FIREFOX_140 / FIREFOX_153 point elsewhere when set.
FF140_VERSION="140.12.0esr-1~deb12u1"
ff140_dir="$(pwd)/.firefox/140"
if ! command -v firefox-esr >/dev/null 2>&1 && [ -z "${FIREFOX_153:-}" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian firefox-esr"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  else
    echo "firefox-esr missing and not root: install it with apt-get (or set FIREFOX_153)" >&2
    exit 1
  fi
fi
if [ -z "${FIREFOX_140:-}" ] && [ ! -x "$ff140_dir/usr/lib/firefox-esr/firefox-esr" ]; then
  echo "unpacking firefox-esr $FF140_VERSION into $ff140_dir"
  tmp="$(mktemp -d)"
  chmod 755 "$tmp" # apt downloads as _apt
  (cd "$tmp" && apt-get download -qq "firefox-esr=$FF140_VERSION" >/dev/null)
  mkdir -p "$ff140_dir"
  dpkg -x "$tmp"/firefox-esr_*.deb "$ff140_dir"
  rm -rf "$tmp"
fi
