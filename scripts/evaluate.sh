#!/usr/bin/env bash
# Scores extraction on a folder of documents against gold annotations, through the saved queries:
#   scripts/evaluate.sh [DOC_DIR [GOLD_DIR]]
#     DOC_DIR   the documents to ingest (default data/documents)
#     GOLD_DIR  citations.tsv, departments.tsv, indicators.tsv (default ../shared/eval); score.py is
#               taken from GOLD_DIR or its parent (SCORE=path overrides)
#   JAR=path uses another build (default target/policykg.jar, built if missing);
#   SCORE_VERBOSE=1 lists every missed gold row; KEEP=1 keeps the store and the predictions.
# Ingests DOC_DIR into a temporary store, runs citations.rq, task-departments.rq and
# indicator-targets.rq as TSV and prints score.py's figures for each, with the documents refused.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-data/documents}
gold=${2:-../shared/eval}
jar=${JAR:-target/policykg.jar}
score=${SCORE:-}
[ -n "$score" ] || for c in "$gold/score.py" "$gold/../score.py"; do [ -f "$c" ] && { score=$c; break; }; done
[ -n "$score" ] || { echo "no score.py in $gold or its parent (set SCORE=path)" >&2; exit 2; }
[ -f "$jar" ] || mvn -q -DskipTests package
tmp=$(mktemp -d)
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$tmp"' EXIT; else echo "kept in $tmp"; fi
java -jar "$jar" ingest "$docs" --store "$tmp/store" > "$tmp/ingest.log" 2>&1 || true
refused=$(grep -c '^error' "$tmp/ingest.log" || true)
echo "== ingest: $refused documents refused"
grep -E '^(error|warn)' "$tmp/ingest.log" || true
for pair in citations:citations departments:task-departments indicators:indicator-targets; do
  kind=${pair%%:*}; query=queries/${pair#*:}.rq
  [ -f "$gold/$kind.tsv" ] || continue
  java -jar "$jar" query "$query" --store "$tmp/store" --format tsv > "$tmp/$kind.tsv"
  echo "== $kind ($query)"
  python3 "$score" "$kind" "$gold/$kind.tsv" "$tmp/$kind.tsv" --docs "$docs"
done
