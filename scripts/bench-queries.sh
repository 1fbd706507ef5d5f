#!/usr/bin/env bash
# Benchmark (not part of `mvn verify`): cold start of `policykg serve`, and the saved queries' latency
# (p50, p99) through PolicyKG and through a plain Fuseki server over the same TDB2 data, in one run.
# Writes BENCHMARKS.md. Usage: scripts/bench-queries.sh [ROUNDS]   (MVN_FLAGS=-o for offline builds)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MVN_FLAGS:-} -DskipTests package
mvn -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.policykg.serve.bench.QueryBenchmark target/policykg.jar BENCHMARKS.md "${1:-300}"
