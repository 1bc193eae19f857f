#!/usr/bin/env bash
# Configures and builds everything into build/ (ends with build/pmocalc.oxt).
set -euo pipefail
cd "$(dirname "$0")/.."
"./scripts/bootstrap.sh"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
