#!/usr/bin/env bash
# Builds the benchmark programs (Release, in build-bench/) and runs them all,
# writing every line they print to a results file. The directory benchmarks
# (console, export, cycle, directory) run on both engines, one after the
# other: SQLite files in the work folder, and a private PostgreSQL cluster
# (em_bench_postgres: the tests' fixture, durable settings, its data in the
# work folder too) into which `emctl directory copy` copies the generated
# 10,000-server SQLite directory.
#
#   tests/benchmarks/run-all.sh [RESULTS_FILE]
#
# Environment: EM_BENCH_BUILD (build folder, default <repo>/build-bench),
# EM_BENCH_WORK (scratch folder on the disk to measure, default the build
# folder), EM_BENCH_QUICK=1 (fewer repetitions, 200 lab servers), EM_BENCH_MAX_LOAD
# (wait up to 10 minutes for the 1-minute load average to drop below it,
# default 0.5; the load is recorded either way), EM_BENCH_ONLY (the benchmarks
# to run, default "console export feed cycle directory"), EM_BENCH_ENGINES
# (default "sqlite postgresql").
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
build="${EM_BENCH_BUILD:-$repo/build-bench}"
work="${EM_BENCH_WORK:-$build}"
results="${1:-$build/benchmark-results.txt}"
quick="${EM_BENCH_QUICK:-0}"
max_load="${EM_BENCH_MAX_LOAD:-0.5}"
only="${EM_BENCH_ONLY:-console export feed cycle directory}"
engines="${EM_BENCH_ENGINES:-sqlite postgresql}"

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEM_BUILD_BENCHMARKS=ON > /dev/null
ninja -C "$build" emctl emconsole em_bench_generate em_bench_postgres bench_console bench_export bench_feed \
    bench_cycle bench_directory > /dev/null

bin="$build/tests/benchmarks"
mkdir -p "$work"
scratch="$(mktemp -d "$work/bench-run-XXXXXX")"
# The PostgreSQL server runs as the postgres user: it must reach its folder in here.
chmod 0755 "$scratch"
pg_pid=""
pg_in=""
stop_postgres() {
    if [ -n "$pg_pid" ]; then
        exec {pg_in}>&- # its standard input ends: it stops the cluster and deletes its folder
        wait "$pg_pid" || true
        pg_pid=""
    fi
}
trap 'stop_postgres; rm -rf "$scratch"' EXIT

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
} 2>&1 | tee "$results"

pg_server=""
pg_large=""
case " $engines " in
*" postgresql "*)
    coproc PG { exec "$bin/em_bench_postgres" --work "$scratch" --copy-from "$scratch/large.db" --database large; }
    pg_pid="$PG_PID"
    pg_in="${PG[1]}"
    while IFS= read -r line <&"${PG[0]}"; do
        case "$line" in
        "server "*) pg_server="${line#server }" ;;
        "directory "*) pg_large="${line#directory }" ;;
        ready) break ;;
        esac
        echo "$line" | tee -a "$results"
    done
    if [ -z "$pg_large" ]; then
        echo "em_bench_postgres did not start the PostgreSQL cluster" >&2
        exit 1
    fi
    ;;
esac

if [ "$quick" = 1 ]; then
    servers=200; repeat=1; launches=3; iterations=11; changes=100; exports=3
else
    servers=1000; repeat=3; launches=7; iterations=21; changes=200; exports=7
fi
{
    for bench in $only; do
        for engine in $engines; do
            [ "$bench" = feed ] && [ "$engine" != "${engines%% *}" ] && continue # no directory in it
            if [ "$engine" = postgresql ]; then
                large="$pg_large"; on_server=(--postgres "$pg_server")
            else
                large="$scratch/large.db"; on_server=()
            fi
            wait_for_quiet
            echo "## bench_$bench, $engine (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
            status=0
            case "$bench" in
            console) "$bin/bench_console" --directory "$large" --launches "$launches" --work "$scratch" 2>&1 \
                | grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR ;;
            export) "$bin/bench_export" --directory "$large" --repeat "$exports" --work "$scratch" ;;
            feed) "$bin/bench_feed" --iterations "$iterations" ;;
            cycle) "$bin/bench_cycle" --servers "$servers" --repeat "$repeat" --work "$scratch" "${on_server[@]}" ;;
            directory) "$bin/bench_directory" --changes "$changes" --repeat "$repeat" "${on_server[@]}" ;;
            esac || status=$?
            [ "$status" = 0 ] || echo "## bench_$bench, $engine: FAILED (exit $status)"
        done
    done
} 2>&1 | tee -a "$results"
stop_postgres
echo "results written to $results"
