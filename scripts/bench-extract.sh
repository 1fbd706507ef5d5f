#!/usr/bin/env bash
# Extraction per core (not part of `mvn verify`): HanLP standard segmentation vs extraction alone
# (read … SHACL, nothing stored) side by side in one JVM, on THREADS workers, after a warm-up; with an
# older build's classes or jar as OLD, that build's extraction is measured too, the JVMs alternating so
# that both see the same machine load. Each line: wall s, docs/s, the workers' CPU (ms per document, the
# figure to trust on a shared machine) and the process's CPU (JIT and GC included).
# Usage: scripts/bench-extract.sh [N] [OLD]   (N documents of the synthetic corpus, seed 42, default 1000;
#        OLD = a target/classes folder or policykg.jar of another build; ROUNDS=2 JVM runs each,
#        THREADS=2; JFR=FILE records the new build's measured run (after the warm-up)
#        for scripts/jfr-stages.py; MVN_FLAGS=-o offline)
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
for r in $(seq "$ROUNDS"); do
  java -Xmx${BENCH_HEAP:-2g} ${jfr[@]+"${jfr[@]}"} -cp "target/test-classes:target/classes:$DEPS" \
    org.policykg.bench.ExtractBenchmark "$CORPUS" "$N" "$THREADS" 1 | sed "s/^round 1/new  run $r/"
  if [ -n "$OLD" ]; then
    java -Xmx${BENCH_HEAP:-2g} -cp "$OLD:target/test-classes:$DEPS" \
      org.policykg.bench.ExtractBenchmark "$CORPUS" "$N" "$THREADS" 1 | sed "s/^round 1/old  run $r/"
  fi
done
