#!/usr/bin/env bash
# Ingest throughput of two builds side by side on one corpus, in one run (a change's before and after):
# for ROUNDS rounds, each build ingests the corpus into a fresh TDB2 store with --threads 1 and with
# --threads 2, the builds alternating so that both see the same machine load; HanLP standard
# segmentation of the same files is measured in the same rounds. The new build runs with
# --compact never (its ingest alone) and once more per round as a user runs it (compacting at the end).
# Prints one line per run and a summary of medians: docs/s from the ingest's own summary line (no JVM
# start), CPU seconds of the whole process (user + system, JIT and GC included: the work done, which
# other jobs on a shared machine disturb less than the wall time), disk by du.
# Usage: scripts/bench-ingest-compare.sh OLD.jar NEW.jar CORPUS_DIR [ROUNDS]   (after bench-scale.sh built target/bench.classpath;
#        GNU time at /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$1 NEW=$2 CORPUS=$3 ROUNDS=${4:-2}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
n=$(find "$CORPUS" -maxdepth 1 -type f | wc -l)
median() { sort -n | awk -v k="$1" -v u="$2" '{v[NR]=$1} END {if (NR) printf "%-24s %7.1f %s\n", k, (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2), u}'; }
log() { echo "$* (load $(cut -d' ' -f1 /proc/loadavg))" | tee -a "$WORK/runs"; }
run() { # label jar threads [args…]
  local label=$1 jar=$2 threads=$3; shift 3
  rm -rf "$WORK/store"
  local line cpu secs
  line=$(/usr/bin/time -f "cpu %U %S" -o "$WORK/time" java -jar "$jar" ingest "$CORPUS" --store "$WORK/store" --threads "$threads" "$@" \
    2>"$WORK/err" | tail -1)
  cpu=$(awk '/^cpu/ {printf "%.1f", $2 + $3}' "$WORK/time")
  secs=$(sed -E 's/.* ([0-9.]+) s.*/\1/' <<<"$line")
  log "$label threads=$threads: $(awk -v n="$n" -v s="$secs" 'BEGIN{printf "%.1f docs/s (ingest %.1f s", n/s, s}'), CPU $cpu s, $(du -sm "$WORK/store" | cut -f1) MB)"
}
for r in $(seq "$ROUNDS"); do
  for t in 1 2; do
    log "hanlp threads=$t: $(java -cp "$CP" org.policykg.bench.HanlpSegmentation "$CORPUS" "$t" | sed -E 's/.*, ([0-9.]+) docs\/s/\1 docs\/s/')"
    run old "$OLD" "$t"
    run new "$NEW" "$t" --compact never
  done
done
run new+compact "$NEW" 2
grep compacted "$WORK/err" | sed 's/^/  /' | tee -a "$WORK/runs"
echo "== medians over $ROUNDS rounds ($n documents)"
for key in "hanlp threads=1" "old threads=1" "new threads=1" "hanlp threads=2" "old threads=2" "new threads=2" "new+compact threads=2"; do
  grep "^$key:" "$WORK/runs" | sed -E 's/.*: ([0-9.]+) docs\/s.*/\1/' | median "$key" "docs/s"
  { grep "^$key:" "$WORK/runs" | grep -o "CPU [0-9.]*" || true; } | cut -d' ' -f2 | median "$key" "CPU s"
done
