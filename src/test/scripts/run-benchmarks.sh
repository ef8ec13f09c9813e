#!/usr/bin/env bash
# Runs every JMH benchmark of issue 7 at its full sizes and prints each figure beside its baseline
# from the same run, the ratio and the target (BenchmarkSummary). Meant for a quiet machine: the
# script records the load average while it runs, and every figure comes with CPU time per operation
# (CpuTimeProfiler), which a loaded machine inflates much less than wall time.
#
#   src/test/scripts/run-benchmarks.sh            full run, about 25 minutes on 2 cores
#   src/test/scripts/run-benchmarks.sh --quick    fewer and shorter iterations (about 10 minutes), for a first look
#   src/test/scripts/run-benchmarks.sh --quick ImportBenchmark -p program=gen-json-50000    any JMH arguments after the mode
#
# Results: target/bench/results-<time>.json (JMH), target/bench/summary-<time>.txt (what is printed).
set -euo pipefail
cd "$(dirname "$0")/../../.."

iterations=""
if [[ "${1:-}" == "--quick" ]]; then
    iterations="-wi 1 -w 1 -i 3 -r 1"
    shift
fi
selection=("$@")
mvn_flags=${MVN_FLAGS:--q -o}

out=target/bench
mkdir -p "$out"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$PWD/$out/results-$stamp.json"
summary="$out/summary-$stamp.txt"
loads="$out/load-$stamp.txt"

# the load average every 15 s while the benchmarks run
( while true; do cut -d' ' -f1 /proc/loadavg; sleep 15; done ) > "$loads" &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

# shellcheck disable=SC2086 # MVN_FLAGS and the iteration options are word lists
mvn $mvn_flags -Pbench test-compile exec:exec \
    -Dbench="${selection[*]:-} $iterations -prof org.conferenceplanner.bench.CpuTimeProfiler -rf json -rff $results"
kill "$sampler" 2>/dev/null || true

# shellcheck disable=SC2086
mvn $mvn_flags dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
{
    echo "Conference Planner benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
    awk '{ s += $1; if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1 }
         END { if (NR) printf "load average during the run: %.1f to %.1f, mean %.1f (%d samples)\n", lo, hi, s / NR, NR }' "$loads"
    echo "wall time per op (the JMH score; for sampled benchmarks the percentile named), CPU time per op of the"
    echo "benchmark's JVM (all threads), the baseline measured in the same run, and the ratios"
    echo
    java -cp "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
        org.conferenceplanner.bench.BenchmarkSummary "$results"
} | tee "$summary"
