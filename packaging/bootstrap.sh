#!/usr/bin/env bash
# Installs what EM Console needs to build, test and run on Debian 12.
# Idempotent: when everything is present it only checks (dpkg-query) and exits.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql postgresql libqt6opengl6-dev qt6-charts-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-qpa-plugins qt6-translations-l10n
    libssl-dev openssl libxml2-dev libxml2-utils xmlsec1
    libcurl4-openssl-dev python3-aiosmtpd
    tinyproxy-bin sqlite3
    libssh-dev openssh-server openssh-client
    xvfb xauth fonts-dejavu-core
    desktop-file-utils appstream dpkg-dev file
    librsvg2-bin man-db systemd
    clang-14 libclang-rt-14-dev llvm-14 lld
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "bootstrap: all ${#packages[@]} packages present"
    exit 0
fi

echo "bootstrap: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
    echo "bootstrap: must run as root to install packages (missing: ${missing[*]})" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
