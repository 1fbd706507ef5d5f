#!/usr/bin/env bash
# Extraction figures on the three sets side by side, for one or two builds:
#   scripts/evaluate-all.sh [OLD_JAR]      (EVAL=../shared/eval by default; the dev set is EVAL/dev)
# Prints one line per set and build: P/R/F1 of citations, departments, indicators and citation relations
# (where the set has their gold) and the documents refused, as
# docs/evaluation.md reports them.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL:-../shared/eval}
jars=(target/policykg.jar); [ $# -gt 0 ] && jars=("$1" target/policykg.jar)
[ -f target/policykg.jar ] || mvn -q -DskipTests package
sets=("seeds|data/documents|$eval_dir" "composed|src/test/resources/heldout/documents|src/test/resources/heldout"
      "dev|$eval_dir/dev/docs|$eval_dir/dev")
printf '%-9s %-26s %-20s %-20s %-20s %-20s %s\n' set build citations departments indicators relations refused
for s in "${sets[@]}"; do
  IFS='|' read -r name docs gold <<< "$s"
  [ -d "$docs" ] || continue
  for jar in "${jars[@]}"; do
    out=$(JAR=$jar SCORE=$eval_dir/score.py scripts/evaluate.sh "$docs" "$gold" 2>&1)
    figs=$(echo "$out" | awk '/^all /{printf "%s/%s/%s ", $5, $6, $7}')
    refused=$(echo "$out" | sed -n 's/^== ingest: \([0-9]*\) documents refused/\1/p')
    read -r c d i r <<< "$figs"
    printf '%-9s %-26s %-20s %-20s %-20s %-20s %s\n' "$name" "$jar" "$c" "$d" "$i" "${r:--}" "$refused"
  done
done
