#!/usr/bin/env bash
# Installs what building and testing pmocalc needs on Debian, if it is missing.
set -euo pipefail

packages=(
  cmake make g++ pkg-config python3 python3-numpy python3-uno util-linux zip
  libreoffice-calc libreoffice-dev fonts-noto-cjk poppler-utils
  googletest libgtest-dev nlohmann-json3-dev libbenchmark-dev libpugixml-dev
  planner-data xsltproc
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "bootstrap: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then
    sudo_cmd=(sudo)
  else
    echo "bootstrap: missing packages (${missing[*]}) and not root: install them and run again" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
