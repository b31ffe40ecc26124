#!/usr/bin/env bash
# Measures the library at each of the given commits with today's benchmarks, for the "before and after each
# change" table of BENCHMARKS.md. Each commit is checked out in a temporary worktree, given this checkout's
# benchmarks module and parent POM (so every commit runs the same benchmark code), built, and measured: the rating
# benchmark at 100, 10,000 and 100,000 cases, the JSON read, and the memory per case.
#
#   benchmarks/history.sh COMMIT...        for example: benchmarks/history.sh 4666ca7 6ddba13 8a3d989
#
# Results go to benchmarks/results/history/; run benchmarks/run.sh afterwards (or the report alone) to regenerate
# BENCHMARKS.md. About three minutes per commit on 2 cores; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/benchmarks/results/history"
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
trap 'git -C "$root" worktree prune; rm -rf "$work"' EXIT
# One snapshot of the benchmark code for every commit, whatever happens to the checkout meanwhile.
rsync -a --exclude target --exclude results benchmarks/ "$work/benchmarks/"
cp pom.xml "$work/pom.xml"

n=0
for commit in "$@"; do
  n=$((n + 1))
  sha=$(git rev-parse --short "$commit")
  name=$(printf '%02d-%s' "$n" "$sha")
  tree="$work/$sha"
  git worktree add --detach -q "$tree" "$sha"
  rsync -a "$work/benchmarks/" "$tree/benchmarks/"
  cp "$work/pom.xml" "$tree/pom.xml"
  (cd "$tree" && ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true)
  jar="$tree/benchmarks/target/benchmarks.jar"
  git log -1 --format='%h%x09%s' "$sha" > "$out/$name.txt"
  java -jar "$jar" 'RatingBenchmark.(library|baseline)$' -p cases=100,10000,100000 \
    -f 1 -wi 3 -i 5 -w 1s -r 1s -rf json -rff "$out/$name.rating.json"
  java -jar "$jar" 'JsonBenchmark.(libraryRead|baselineRead)' \
    -f 1 -wi 2 -i 3 -w 3s -r 3s -rf json -rff "$out/$name.json.json"
  java -Djdk.attach.allowAttachSelf=true -Xmx2g -cp "$jar" org.inspectionkit.benchmarks.MemoryFootprint \
    > "$out/$name.memory.tsv"
  git worktree remove --force "$tree"
done
echo "history.sh: results in $out"
