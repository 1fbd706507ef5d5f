#!/usr/bin/env bash
# Load test of the running service (not part of mvn verify):
#   scripts/load-test.sh [SECONDS=60] [CLIENTS=200]        (WARMUP=10 seconds before them; WARMUP=0 for none)
#   MIX=fresh scripts/load-test.sh [SECONDS] [CLIENTS]     half the requests distinct questions (see below)
#   HOG=1 …                                                one core taken by `yes` pinned to it meanwhile
#   SHARE=N …         queries a client may run at once (--queries-per-client; fresh mix: the default 2)
#   UPLOAD_EVERY=S …  fresh mix: an upload every S seconds (15) changes the store, so kept answers go
#   FORWARDED=1 …     fresh mix: the server runs --behind-proxy and each request names one of CLIENTS
#                     clients in X-Forwarded-For, so the server sees CLIENTS researchers, not one address
#   SERVE_JAVA_OPTS=… extra JVM options for the server, e.g. -Xlog:gc:file=/tmp/gc.log to see its pauses
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
# wrk's connections all come from 127.0.0.1: one client to the server. In the cached mix they stand for
# CLIENTS researchers (a share of CLIENTS queries at once); in the fresh mix the address is one client
# with the default share, and what it asks beyond it is answered 429 (a client over its share).
if [ "${MIX:-cached}" = fresh ]; then share=${SHARE:-2}; else share=${SHARE:-$clients}; fi
proxy=()
if [ "${FORWARDED:-0}" = 1 ]; then proxy=(--behind-proxy); export LOAD_CLIENTS=$clients; fi
POLICYKG_ADMIN_TOKEN=load-test java -Xmx512m ${SERVE_JAVA_OPTS:-} -jar target/policykg.jar serve --store "$tmp/store" --port "$port" --host 127.0.0.1 \
  --query-timeout 2s --queries-per-client "$share" "${proxy[@]}" > "$tmp/serve.out" 2> "$tmp/serve.err" &
server=$!
hog=
sampler=
trap 'kill $server 2>/dev/null; [ -z "$hog" ] || kill $hog 2>/dev/null; [ -z "$sampler" ] || kill $sampler 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 120); do curl -fs "$base/health" >/dev/null && break; sleep 0.5; done
before=$(curl -fs -H 'Accept: text/csv' "$base/api/queries/citations" | md5sum)

if [ "${HOG:-0}" = 1 ]; then
  taskset -c 1 yes > /dev/null &
  hog=$!
  echo "one core taken: yes (pid $hog) pinned to cpu 1"
fi
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# the server's resident memory, sampled every second: its highest value is reported with the figures
rss_sampler() { while kill -0 "$server" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$server/status"; sleep 1; done > "$tmp/rss.txt"; }
rss_sampler & sampler=$!
rss_report() { echo "server resident memory (-Xmx512m): $(awk 'NR == 1 {first = $1} $1 > max {max = $1} END {printf "%d MB at the start of the load, %d MB at most", first / 1024, max / 1024}' "$tmp/rss.txt")"; }

if [ "${MIX:-cached}" = fresh ]; then
  # Half the requests are distinct questions (fresh parameters: every one executes), beside the cached
  # questions, the runaways and /health; one wrk per kind of request, so that each has its latency.
  warmup=${WARMUP:-10}
  n=$((clients - 3))
  c_api=$((n * 15 / 100)); c_pages=$((n * 15 / 100)); c_fapi=$((n * 25 / 100)); c_fpages=$((n * 25 / 100))
  c_fds=$((n - c_api - c_pages - c_fapi - c_fpages))
  pids=()
  python3 scripts/load/known-questions.py "$base" "$tmp/known.lua"
  run() { # name connections script seconds, in the background
    wrk -t1 -c"$2" -d"$4s" --timeout 10s --latency -s "scripts/load/$3" "$base" -- "$tmp/known.lua" > "$tmp/$1.txt" 2>&1 &
    pids+=($!)
  }
  uploads() { # every UPLOAD_EVERY seconds a changed copy of a shipped document: the store changes
    local every=${UPLOAD_EVERY:-15} k=0 f
    while sleep "$every"; do
      k=$((k + 1)); f=$(ls data/documents/*.txt | sed -n "$(( (k - 1) % $(ls data/documents/*.txt | wc -l) + 1 ))p")
      mkdir -p "$tmp/upload-$k"; { cat "$f"; printf '\n（负载测试第%d次上传）\n' "$k"; } > "$tmp/upload-$k/$(basename "$f")"
      curl -s -o /dev/null -w "upload $k: %{http_code} in %{time_total}s\n" -H 'Authorization: Bearer load-test' \
        -F "file=@$tmp/upload-$k/$(basename "$f")" "$base/api/documents" >> "$tmp/uploads.txt"
    done
  }
  wait_runs() { wait "${pids[@]}"; pids=(); }
  if [ "$warmup" -gt 0 ]; then
    run w-api "$c_api" cached-api.lua "$warmup"; run w-pages "$c_pages" cached-pages.lua "$warmup"
    run w-fapi "$c_fapi" fresh-api.lua "$warmup"; run w-fpages "$c_fpages" fresh-pages.lua "$warmup"
    run w-fds "$c_fds" fresh-ds.lua "$warmup"; wait_runs
    echo "warm-up, the first ${warmup}s after start-up: not counted below"
  fi
  uploads & uploader=$!
  run runaway 2 runaway.lua "$seconds"; run health 1 health.lua "$seconds"
  run api "$c_api" cached-api.lua "$seconds"; run pages "$c_pages" cached-pages.lua "$seconds"
  run fapi "$c_fapi" fresh-api.lua "$seconds"; run fpages "$c_fpages" fresh-pages.lua "$seconds"
  run fds "$c_fds" fresh-ds.lua "$seconds"; wait_runs
  kill "$uploader" 2>/dev/null || true
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  total=0; fresh=0
  printf '%-34s %5s %9s %8s %8s %8s %8s  %s\n' kind conns requests p50 p99 max socket statuses
  for k in api:cached-saved-query-API pages:cached-pages fapi:fresh-saved-query-API fpages:fresh-pages fds:fresh-ad-hoc-/ds runaway:runaway health:/health; do
    f="$tmp/${k%%:*}.txt"
    req=$(awk '/requests in/ {print $1}' "$f")
    total=$((total + req)); case ${k%%:*} in f*) fresh=$((fresh + req));; esac
    printf '%-34s %5s %9s %8s %8s %8s %8s  %s\n' "${k#*:}" "$(awk '/connections/ {print $4}' "$f")" "$req" \
      "$(awk '/ 50%/ {print $2}' "$f")" "$(awk '/ 99%/ {print $2}' "$f")" "$(awk '/Latency/ {print $4}' "$f")" \
      "$(awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}' "$f")" "$(grep '^statuses:' "$f" | cut -d: -f2-)"
  done
  echo "distinct questions: $fresh of $total requests ($((100 * fresh / total)) %); client share $share;" \
    "clients as the server sees them: $([ "${FORWARDED:-0}" = 1 ] && echo "$clients (X-Forwarded-For)" || echo "1 (one address)")"
  cat "$tmp/uploads.txt" 2>/dev/null || echo "no upload"
  echo "after: /health $(curl -s -o /dev/null -w '%{http_code} in %{time_total}s' "$base/health")"
  kill "$sampler" 2>/dev/null || true; rss_report
  exit 0
fi

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
kill "$sampler" 2>/dev/null || true; rss_report
cat "$tmp/mix.txt" >&2
