#!/usr/bin/env bash
# Sets up and builds TaskLanes if needed, then runs the whole test suite.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
cd "$here"
exec ctest --preset "${TASKLANES_PRESET:-default}" "$@"
