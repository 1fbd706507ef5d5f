#!/usr/bin/env bash
# Scores extraction on a folder of documents against gold annotations, through the saved queries:
#   scripts/evaluate.sh [DOC_DIR [GOLD_DIR]]
#     DOC_DIR   the documents to ingest (default data/documents)
#     GOLD_DIR  citations.tsv, departments.tsv, indicators.tsv, citation-relations.tsv (default
#               ../shared/eval); each file present is scored; score.py is
#               taken from GOLD_DIR or its parent (SCORE=path overrides)
#   JAR=path uses another build (default target/policykg.jar, built if missing);
#   SCORE_VERBOSE=1 lists every missed gold row; KEEP=1 keeps the store and the predictions.
# Ingests DOC_DIR into a temporary store, runs citations.rq, task-departments.rq,
# indicator-targets.rq and citation-relations.rq as TSV and prints score.py's figures for each, with
# the documents refused; for the relations also which relation is taken for which.
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
for pair in citations:citations:citations departments:departments:task-departments \
            indicators:indicators:indicator-targets relations:citation-relations:citation-relations; do
  kind=${pair%%:*}; rest=${pair#*:}; file=${rest%%:*}; query=queries/${rest#*:}.rq
  [ -f "$gold/$file.tsv" ] || continue
  java -jar "$jar" query "$query" --store "$tmp/store" --format tsv > "$tmp/$file.tsv"
  echo "== $kind ($query)"
  python3 "$score" "$kind" "$gold/$file.tsv" "$tmp/$file.tsv" --docs "$docs"
  if [ "$kind" = relations ]; then
    python3 scripts/relation-confusion.py "$score" "$gold/$file.tsv" "$tmp/$file.tsv" --docs "$docs"
  fi
done
