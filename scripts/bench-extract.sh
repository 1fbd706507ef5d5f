#!/usr/bin/env bash
# Extraction per core (not part of `mvn verify`): HanLP standard segmentation vs extraction alone
# (read … SHACL, nothing stored) side by side in one JVM, on THREADS workers, after a warm-up; with an
# older build's classes or jar as OLD, that build's extraction is measured too, the JVMs alternating so
# that both see the same machine load. Each line: wall s, docs/s, the workers' CPU (ms per document, the
# figure to trust on a shared machine) and the process's CPU (JIT and GC included).
# Usage: scripts/bench-extract.sh [N] [OLD]   (N documents of the synthetic corpus, seed 42, default 1000;
#        OLD = a target/classes folder or policykg.jar of another build; ROUNDS=2 JVM runs each,
#        THREADS=2; JFR=FILE records the new build's measured run (after the warm-up)
#        for scripts/jfr-stages.py; MVN_FLAGS=-o offline;
#        PASSES=K measured rounds in each JVM (default 1); UNSEEN=1 each of them on the next N documents,
#        none seen before — the cost to a long-lived worker such as a Spark executor, which the JIT keeps
#        lowering for ~20,000 documents; with PASSES > 1 a summary gives the median of each build's
#        later half of rounds and the ratio HanLP/extraction)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000} OLD=${2:-}
ROUNDS=${ROUNDS:-2} THREADS=${THREADS:-2}
CORPUS=${BENCH_WORK:-target/bench}/corpus
mvn -q ${MVN_FLAGS:-} -DskipTests test-compile
mvn -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
DEPS=$(cat target/bench.classpath)
jfr=()
[ -n "${JFR:-}" ] && jfr=("-Dbench.jfr=$JFR")
PASSES=${PASSES:-1}
props=("-Dbench.unseen=$([ -n "${UNSEEN:-}" ] && echo true || echo false)")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
run() { # build-label run-number class-path extra-java-options...
  local label=$1 r=$2 cp=$3
  shift 3
  java -Xmx${BENCH_HEAP:-2g} "${props[@]}" "$@" -cp "$cp" \
    org.policykg.bench.ExtractBenchmark "$CORPUS" "$N" "$THREADS" "$PASSES" | sed "s/^round /$label run $r round /" | tee -a "$out"
}
for r in $(seq "$ROUNDS"); do
  run new "$r" "target/test-classes:target/classes:$DEPS" ${jfr[@]+"${jfr[@]}"}
  if [ -n "$OLD" ]; then
    run old "$r" "$OLD:target/test-classes:$DEPS"
  fi
done
if [ "$PASSES" -gt 1 ]; then
  python3 - "$out" "$PASSES" <<'PY'
import re, statistics, sys
later = int(sys.argv[2]) // 2
ms = {}
for line in open(sys.argv[1]):
    m = re.match(r"(\w+) run \d+ round (\d+) (\w+) .*worker CPU [\d.]+ s \(([\d.]+) ms/doc", line)
    if m and int(m.group(2)) > later:
        ms.setdefault((m.group(1), m.group(3)), []).append(float(m.group(4)))
for build in sorted({b for b, _ in ms}):
    h, e = statistics.median(ms[(build, "hanlp")]), statistics.median(ms[(build, "extract")])
    print(f"{build} rounds > {later}: hanlp {h:.2f} ms/doc, extract {e:.2f} ms/doc (median of {len(ms[(build, 'extract')])}): "
          f"extraction {h / e:.2f}x HanLP by worker CPU")
PY
fi
