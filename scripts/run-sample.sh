#!/usr/bin/env bash
# The main job on the shipped sample: build, install the extension into a
# private profile, recalculate the sample portfolio (en and ja) in headless
# Calc and print its key figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
python3 tools/run_sample.py build/pmocalc.oxt examples/functions-demo-en.fods examples/functions-demo-ja.fods
