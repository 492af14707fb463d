#!/usr/bin/env bash
# Builds the fuzz targets (clang with libFuzzer, AddressSanitizer and UBSan; the "fuzz"
# preset, through setup.sh) and runs each for a fixed time, from the seeds in
# tests/corpus/<target>:
#   scripts/fuzz.sh [seconds per target, default 60] [target...]
# (CI runs it with the default, TASKLANES_FUZZ_SECONDS if set.)
# New inputs go to build/fuzz/corpus/<target>, never into the checked-in seeds; a crash
# leaves its input in build/fuzz/crashes and fails the script. Prints each target's
# executions and executions per second.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-${TASKLANES_FUZZ_SECONDS:-60}}
shift || true

TASKLANES_PRESET=fuzz "$here/scripts/setup.sh" # installs clang too, then builds
cd "$here"

targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(fuzz_queuefile fuzz_queuelist fuzz_traceimport fuzz_workerprotocol fuzz_commandline
             fuzz_demoserver fuzz_scenariofile fuzz_scenariotrace fuzz_householdfile fuzz_daytrace)
fi
mkdir -p build/fuzz/crashes
status=0
for t in "${targets[@]}"; do
    work=build/fuzz/corpus/$t
    mkdir -p "$work"
    log=build/fuzz/$t.log
    if ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen build/fuzz/$t -max_total_time="$seconds" \
        -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 -artifact_prefix=build/fuzz/crashes/"$t"- \
        "$work" "tests/corpus/$t" </dev/null >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    per=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    echo "$t: $result, $runs executions in ${seconds} s ($per per second), corpus $(ls "$work" | wc -l) inputs"
    if [ "$result" = FAILED ]; then
        grep -E "ERROR|fuzz: |SUMMARY|Test unit written" "$log" | head -5 >&2
    fi
done
exit $status
