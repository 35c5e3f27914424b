#!/usr/bin/env bash
# Builds the benchmark programs (Release, in build-bench/) and runs them all,
# writing every line they print to a results file.
#
#   tests/benchmarks/run-all.sh [RESULTS_FILE]
#
# Environment: EM_BENCH_BUILD (build folder, default <repo>/build-bench),
# EM_BENCH_WORK (scratch folder on the disk to measure, default the build
# folder), EM_BENCH_QUICK=1 (fewer repetitions, 200 lab servers), EM_BENCH_MAX_LOAD
# (wait up to 10 minutes for the 1-minute load average to drop below it,
# default 0.5; the load is recorded either way).
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
build="${EM_BENCH_BUILD:-$repo/build-bench}"
work="${EM_BENCH_WORK:-$build}"
results="${1:-$build/benchmark-results.txt}"
quick="${EM_BENCH_QUICK:-0}"
max_load="${EM_BENCH_MAX_LOAD:-0.5}"

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEM_BUILD_BENCHMARKS=ON > /dev/null
ninja -C "$build" emctl emconsole em_bench_generate bench_console bench_export bench_feed bench_cycle \
    bench_directory > /dev/null

bin="$build/tests/benchmarks"
mkdir -p "$work"
scratch="$(mktemp -d "$work/bench-run-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

wait_for_quiet() {
    local waited=0
    while [ "$waited" -lt 600 ]; do
        load="$(cut -d' ' -f1 /proc/loadavg)"
        if awk -v l="$load" -v m="$max_load" 'BEGIN { exit !(l < m) }'; then
            return
        fi
        sleep 10
        waited=$((waited + 10))
    done
}

{
    echo "# EM Console benchmarks, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$repo" rev-parse --short HEAD)"
    echo "# nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/\s\+/ /g'); $(grep MemTotal /proc/meminfo | sed 's/\s\+/ /g')"
    echo "# work folder $work ($(df -T "$work" | awk 'NR==2 { print $2 }'))"
    "$bin/em_bench_generate" directory "$scratch/large.db" 10000 30 2> /dev/null
    if [ "$quick" = 1 ]; then
        servers=200; repeat=1; launches=3; iterations=11; changes=100; exports=3
    else
        servers=1000; repeat=3; launches=7; iterations=21; changes=200; exports=7
    fi
    for bench in console export feed cycle directory; do
        wait_for_quiet
        echo "## bench_$bench (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
        case "$bench" in
        console) "$bin/bench_console" --directory "$scratch/large.db" --launches "$launches" --work "$scratch" 2>&1 \
            | grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR ;;
        export) "$bin/bench_export" --directory "$scratch/large.db" --repeat "$exports" --work "$scratch" ;;
        feed) "$bin/bench_feed" --iterations "$iterations" ;;
        cycle) "$bin/bench_cycle" --servers "$servers" --repeat "$repeat" --work "$scratch" ;;
        directory) "$bin/bench_directory" --changes "$changes" --repeat "$repeat" ;;
        esac
    done
} 2>&1 | tee "$results"
echo "results written to $results"
