#!/usr/bin/env bash
# Sets up and builds TaskLanes if needed, then runs the whole test suite: first every test
# that must hold however loaded the machine is, then the speed claims (the ctest label
# "timing"), which a busy machine can miss without anything being wrong: each of those
# gets up to three tries. Extra arguments go to both ctest runs.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
cd "$here"
preset=${TASKLANES_PRESET:-default}
ctest --preset "$preset" --label-exclude timing "$@"
ctest --preset "$preset" --label-regex timing --repeat until-pass:3 "$@"
