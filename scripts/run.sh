#!/usr/bin/env bash
# Sets up and builds TaskLanes if needed, then runs it: the desktop app with no arguments,
# the command line (tasklanes list, tasklanes run ...) with arguments.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
exec "$here/build/${TASKLANES_PRESET:-default}/src/tasklanes" "$@"
