#!/usr/bin/env bash
# Saved-query latency through the running service on a large store (not part of `mvn verify`):
#   scripts/bench-service-scale.sh STORE [ROUNDS=10] [HEAP=2g]
# Starts `serve` on STORE (e.g. one written by scripts/bench-scale.sh or `policykg ingest` of a
# CorpusGenerator corpus), then asks every saved query without parameters through /api/queries (JSON):
# the first request (which waits for the answer the server computes in the background after start-up,
# or computes it) and ROUNDS requests after it (kept answers). Prints a markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
store=$1; rounds=${2:-10}; heap=${3:-2g}
[ -f target/policykg.jar ] || mvn -q -DskipTests package
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
started=$(date +%s.%N)
java -Xmx"$heap" -jar target/policykg.jar serve --store "$store" --port "$port" --host 127.0.0.1 --query-timeout 600s \
  > /tmp/bench-service.out 2> /tmp/bench-service.err &
server=$!
trap 'kill $server 2>/dev/null' EXIT
base="http://127.0.0.1:$port"
until curl -fs -o /dev/null "$base/health"; do sleep 0.1; done
echo "serving after $(echo "$(date +%s.%N) - $started" | bc | cut -c1-5) s; load average $(cut -d' ' -f1-3 /proc/loadavg); heap $heap"
echo
echo "| query | first request (s) | kept answer p50 (ms) | p99 (ms) | answer (MB) |"
echo "|---|---:|---:|---:|---:|"
names=$(curl -fs "$base/api/queries" | python3 -c 'import json,sys; print(" ".join(q["name"] for q in json.load(sys.stdin) if all(p["optional"] for p in q["parameters"])))')
for name in $names; do
  first=$(curl -fs -o /dev/null -w '%{time_total}' -H 'Accept: application/sparql-results+json' "$base/api/queries/$name")
  times=(); size=0
  for _ in $(seq "$rounds"); do
    read -r t s < <(curl -fs -o /dev/null -w '%{time_total} %{size_download}\n' -H 'Accept: application/sparql-results+json' "$base/api/queries/$name")
    times+=("$t"); size=$s
  done
  stats=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{p50=a[int((NR+1)/2)]; p99=a[NR]; printf "%.1f | %.1f", p50*1000, p99*1000}')
  printf '| `%s` | %.2f | %s | %.1f |\n' "$name" "$first" "$stats" "$(echo "$size / 1000000" | bc -l)"
done
