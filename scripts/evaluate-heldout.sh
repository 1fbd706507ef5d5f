#!/usr/bin/env bash
# Scores extraction on the held-out documents (src/test/resources/heldout) like evaluate.sh does for
# the seeds:  scripts/evaluate-heldout.sh [EVAL_DIR]   (EVAL_DIR holds score.py; default ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}
held=src/test/resources/heldout
[ -f "$eval_dir/score.py" ] || { echo "no score.py in $eval_dir" >&2; exit 2; }
[ -f target/policykg.jar ] || mvn -q -DskipTests package
tmp=${KEEP_DIR:-$(mktemp -d)}; [ -n "${KEEP_DIR:-}" ] || trap 'rm -rf "$tmp"' EXIT
rm -rf "$tmp/store"
java -jar target/policykg.jar ingest "$held/documents" --store "$tmp/store" || true
for pair in citations:citations departments:task-departments indicators:indicator-targets; do
  kind=${pair%%:*}; query=queries/${pair#*:}.rq
  java -jar target/policykg.jar query "$query" --store "$tmp/store" --format tsv > "$tmp/$kind.tsv"
  echo "== $kind ($query)"
  python3 "$eval_dir/score.py" "$kind" "$held/$kind.tsv" "$tmp/$kind.tsv" --docs "$held/documents"
done
