#!/usr/bin/env bash
# Runs every benchmark and regenerates BENCHMARKS.md from the results. Never part of mvn verify.
#
#   benchmarks/run.sh short   one fork, 2 warm-up and 3 measured iterations of 1 s (3 of 3 s for JSON):
#                             under 10 minutes on 2 cores
#   benchmarks/run.sh full    one fork, 3 warm-up and 5 measured iterations (the classes' own settings)
#
# Results (JMH JSON, the memory table, the machine) go to benchmarks/results/; BENCHMARKS.md is written from them,
# and from benchmarks/results/history/ if benchmarks/history.sh has filled it (the before-and-after table).
# Run on an otherwise idle machine: the ratios compare two measurements of the same run, but a busy core widens
# the error of both.
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-short}"
case "$profile" in
  short) opts=(-f 1 -wi 2 -i 3 -w 1s -r 1s); json=(-f 1 -wi 3 -i 3 -w 3s -r 3s) ;;
  full) opts=(-f 1); json=(-f 1) ;;
  *) echo "usage: benchmarks/run.sh [short|full]" >&2; exit 2 ;;
esac

./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
jar=benchmarks/target/benchmarks.jar
out=benchmarks/results
mkdir -p "$out" && rm -f "$out"/jmh-*.json "$out"/memory.tsv "$out"/machine.txt "$out"/command.txt

{
  echo "Date:    $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "Commit:  $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks/results' ':!BENCHMARKS.md' || echo ' (with uncommitted changes)')"
  echo "CPU:     $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1) ($(nproc) cores available)"
  echo "Memory:  $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "OS:      $(uname -sr)"
  echo "JVM:     $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.name = //p') $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')"
} > "$out/machine.txt"

run() {
  echo "java -jar $jar $*" >> "$out/command.txt"
  java -jar "$jar" "$@"
}
: > "$out/command.txt"
echo "benchmarks/run.sh $profile, which runs:" >> "$out/command.txt"
run 'RatingBenchmark|StoreBenchmark' "${opts[@]}" -rf json -rff "$out/jmh-1.json"
# JSON operations take up to half a second each and warm up slowly: longer iterations.
run 'JsonBenchmark' "${json[@]}" -rf json -rff "$out/jmh-2.json"
run 'ConsistencyBenchmark' "${opts[@]}" -prof gc -rf json -rff "$out/jmh-3.json"
run 'PortfolioBenchmark' "${opts[@]}" -rf json -rff "$out/jmh-4.json"
echo "java -Djdk.attach.allowAttachSelf=true -Xmx2g -cp $jar org.inspectionkit.benchmarks.MemoryFootprint" >> "$out/command.txt"
java -Djdk.attach.allowAttachSelf=true -Xmx2g -cp "$jar" org.inspectionkit.benchmarks.MemoryFootprint | tee "$out/memory.tsv"

java -cp "$jar" org.inspectionkit.benchmarks.report.BenchmarksReport "$out" BENCHMARKS.md
echo "run.sh: wrote BENCHMARKS.md"
