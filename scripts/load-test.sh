#!/usr/bin/env bash
# Load test of the running service (not part of mvn verify):
#   scripts/load-test.sh [SECONDS=60] [CLIENTS=200]        (WARMUP=10 seconds before them; WARMUP=0 for none)
# Builds the jar if needed, ingests data/documents into a temporary store, starts `serve` on a free
# localhost port with a 2 s query timeout. The same load first runs for WARMUP seconds right after
# start-up (a cold JVM: reported on its own line, not counted in the figures), then for SECONDS runs CLIENTS-2 connections cycling through
# the saved queries (scripts/load/mix.lua) and, at the same time, 2 connections sending a runaway query every 5 s
# queries (scripts/load/runaway.lua) that must be cut by the timeout. Reports requests, errors,
# p50/p99 latency of the mix, and checks /health and a saved query's answer after the load.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; clients=${2:-200}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/policykg.jar ] || mvn -q -DskipTests package
tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -jar target/policykg.jar ingest data/documents --store "$tmp/store" >/dev/null
java -Xmx1g -jar target/policykg.jar serve --store "$tmp/store" --port "$port" --host 127.0.0.1 \
  --query-timeout 2s > "$tmp/serve.out" 2> "$tmp/serve.err" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 120); do curl -fs "$base/health" >/dev/null && break; sleep 0.5; done
before=$(curl -fs -H 'Accept: text/csv' "$base/api/queries/citations" | md5sum)

warmup=${WARMUP:-10}
wrk -t2 -c2 -d"$((seconds + warmup))s" --timeout 10s -s scripts/load/runaway.lua "$base" > "$tmp/runaway.txt" &
runaway=$!
if [ "$warmup" -gt 0 ]; then
  wrk -t2 -c$((clients - 2)) -d"${warmup}s" --timeout 10s --latency -s scripts/load/mix.lua "$base" > "$tmp/warmup.txt"
  w_errors=$(awk '/Non-2xx/ {print $5}' "$tmp/warmup.txt")
  echo "warm-up, the first ${warmup}s after start-up (not counted below): $(awk '/requests in/ {print $1}' "$tmp/warmup.txt") requests," \
    "errors (non-2xx) ${w_errors:-0}, p50 $(awk '/ 50%/ {print $2}' "$tmp/warmup.txt"), p99 $(awk '/ 99%/ {print $2}' "$tmp/warmup.txt")"
fi
wrk -t2 -c$((clients - 2)) -d"${seconds}s" --timeout 10s --latency -s scripts/load/mix.lua "$base" > "$tmp/mix.txt"
wait $runaway

after_status=$(curl -s -o /dev/null -w '%{http_code}' "$base/health")
after=$(curl -fs -H 'Accept: text/csv' "$base/api/queries/citations" | md5sum)
requests=$(awk '/requests in/ {print $1}' "$tmp/mix.txt")
errors=$(awk '/Non-2xx/ {print $5}' "$tmp/mix.txt"); errors=${errors:-0}
socket=$(awk '/Socket errors/ {print $0}' "$tmp/mix.txt")
p50=$(awk '/ 50%/ {print $2}' "$tmp/mix.txt"); p99=$(awk '/ 99%/ {print $2}' "$tmp/mix.txt")
rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/mix.txt")
runaway_requests=$(awk '/requests in/ {print $1}' "$tmp/runaway.txt")
runaway_cut=$(awk '/Non-2xx/ {print $5}' "$tmp/runaway.txt"); runaway_cut=${runaway_cut:-0}
echo "mix: $requests requests by $((clients - 2)) clients in ${seconds}s ($rps req/s), errors (non-2xx) $errors ${socket:+, $socket}"
echo "mix latency: p50 $p50, p99 $p99"
echo "runaway (warm-up included): $runaway_requests requests by 2 clients (one every 5 s each), $runaway_cut answered with an error status (cut by the 2 s timeout)"
echo "after: /health $after_status; saved query answer unchanged: $([ "$before" = "$after" ] && echo yes || echo NO)"
cat "$tmp/mix.txt" >&2
