#!/usr/bin/env bash
# Refreshes one read-only replica (docs/scaling.md, "Read replicas") from a snapshot of the primary's store:
# builds a new TDB2 store from the snapshot with `policykg load` in a folder of its own, stops the replica
# serving the previous one, starts `policykg serve --read-only` on the new store on the same port and waits
# until it answers /health. The previous store is kept for a rollback, older ones are deleted. Run it for
# one replica at a time (a rolling refresh): the load balancer's health check takes the replica out while
# it restarts, and the others serve meanwhile.
#
# Usage: scripts/replica-refresh.sh SNAPSHOT REPLICA_DIR
#   SNAPSHOT     the primary's store as N-Quads: a backup file (*.nq.gz; `tdb2.tdbbackup --loc STORE`,
#                Fuseki's /$/backup, or `policykg export --format nq | gzip`, with the primary stopped), or the
#                primary's dataset URL (http://PRIMARY:8080/ds), fetched with one GET of URL/get, which the
#                primary answers from one read transaction: a consistent snapshot while it serves.
#   REPLICA_DIR  this replica's folder: store-TIMESTAMP generations, a `current` link, serve.pid, serve.log.
# Environment: PORT (8080), HOST (127.0.0.1; 0.0.0.0 behind a load balancer on another machine),
#   POLICYKG_JAR (target/policykg.jar, with its lib/ beside it), JAVA_OPTS (-Xmx1g), READY_SECONDS (300).
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
SNAPSHOT=$1
ROOT=$2
PORT=${PORT:-8080}
HOST=${HOST:-127.0.0.1}
JAR=${POLICYKG_JAR:-target/policykg.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
[ -f "$JAR" ] || { echo "error: $JAR not found (mvn -DskipTests package, or set POLICYKG_JAR)" >&2; exit 2; }
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$ROOT"
ROOT=$(cd "$ROOT" && pwd)

if [[ $SNAPSHOT == http://* || $SNAPSHOT == https://* ]]; then
  file="$ROOT/snapshot-$stamp.nq.gz"
  echo "fetching ${SNAPSHOT%/}/get as N-Quads …" >&2
  curl --fail --silent --show-error -H 'Accept: application/n-quads' "${SNAPSHOT%/}/get" | gzip > "$file.part"
  mv "$file.part" "$file"
  SNAPSHOT=$file
fi

new="$ROOT/store-$stamp"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" load "$SNAPSHOT" --store "$new"

if [ -f "$ROOT/serve.pid" ] && kill -0 "$(cat "$ROOT/serve.pid")" 2>/dev/null; then
  old=$(cat "$ROOT/serve.pid")
  echo "stopping the replica serving the previous store (pid $old) …" >&2
  kill "$old"
  for _ in $(seq 1 60); do kill -0 "$old" 2>/dev/null || break; sleep 1; done
  kill -0 "$old" 2>/dev/null && { echo "error: pid $old did not stop within 60 s" >&2; exit 1; }
fi
ln -sfn "store-$stamp" "$ROOT/current"
# shellcheck disable=SC2086
nohup java $JAVA_OPTS -jar "$JAR" serve --read-only --store "$new" --port "$PORT" --host "$HOST" > "$ROOT/serve.log" 2>&1 &
echo $! > "$ROOT/serve.pid"

probe=$HOST
[ "$probe" = 0.0.0.0 ] && probe=127.0.0.1
for _ in $(seq 1 "${READY_SECONDS:-300}"); do
  if curl --fail --silent "http://$probe:$PORT/health" > /dev/null; then
    echo "replica serving $new at http://$probe:$PORT/ (pid $(cat "$ROOT/serve.pid"))" >&2
    # keep this store and the previous one (a rollback: point `current` back, run serve on it); delete older
    find "$ROOT" -maxdepth 1 -name 'store-*' -type d | sort | head -n -2 | xargs -r rm -rf
    find "$ROOT" -maxdepth 1 -name 'snapshot-*.nq.gz' | sort | head -n -1 | xargs -r rm -f
    exit 0
  fi
  kill -0 "$(cat "$ROOT/serve.pid")" 2>/dev/null || { echo "error: the replica stopped; see $ROOT/serve.log" >&2; tail -5 "$ROOT/serve.log" >&2; exit 1; }
  sleep 1
done
echo "error: the replica did not answer /health within ${READY_SECONDS:-300} s; see $ROOT/serve.log" >&2
exit 1
