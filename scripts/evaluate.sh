#!/usr/bin/env bash
# Scores extraction on the shipped documents against gold annotations, through the saved queries:
#   scripts/evaluate.sh [EVAL_DIR]     (EVAL_DIR holds score.py and the gold TSVs; default ../shared/eval)
# Builds the jar if needed, ingests data/documents into a temporary store, runs citations.rq,
# task-departments.rq and indicator-targets.rq as TSV and prints score.py's figures for each.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}
[ -f "$eval_dir/score.py" ] || { echo "no score.py in $eval_dir" >&2; exit 2; }
[ -f target/policykg.jar ] || mvn -q -DskipTests package
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
java -jar target/policykg.jar ingest data/documents --store "$tmp/store"
for pair in citations:citations departments:task-departments indicators:indicator-targets; do
  kind=${pair%%:*}; query=queries/${pair#*:}.rq
  java -jar target/policykg.jar query "$query" --store "$tmp/store" --format tsv > "$tmp/$kind.tsv"
  echo "== $kind ($query)"
  python3 "$eval_dir/score.py" "$kind" "$eval_dir/$kind.tsv" "$tmp/$kind.tsv" --docs data/documents
done
