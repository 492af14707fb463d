#!/usr/bin/env bash
# Installs what TaskLanes needs on Debian bookworm (only what is missing), then configures
# and builds it. Used by run.sh and test.sh; safe to call again.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
preset=${TASKLANES_PRESET:-default}

packages=(cmake ninja-build g++ python3 ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qcoro-qt6-dev libgl-dev
    qt6-qpa-plugins xvfb xauth fonts-dejavu-core appstream desktop-file-utils)

# The fuzz targets need clang with libFuzzer and its sanitizer runtimes.
if [ "$preset" = fuzz ]; then packages+=(clang-14 libclang-rt-14-dev); fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}" >&2
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >&2
fi

cd "$here"
# The cache is shared by every clone: paths are taken relative to the clone, and the
# folder a file was built in does not count.
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
cmake --preset "$preset" >&2
cmake --build --preset "$preset" >&2
