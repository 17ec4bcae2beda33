#!/usr/bin/env bash
# benchmarks/secrets-list.sh with the servers on PostgreSQL: a private PostgreSQL (Debian's binaries, initdb -A
# trust, max_connections=200) is started here and removed after. The servers share one database; with
# BASELINE_JAR (an A/B of two builds, best with AB_ONLY=1) the baseline has a database of its own. With
# LATENCY_US=500 every server reaches PostgreSQL through benchmarks/LatencyProxy.java, which holds each chunk
# 0.5 ms each way: a 1 ms round trip, a network in one data centre (this machine's kernel has no netem).
# Usage: [BASELINE_JAR=path/to/reference-server.jar AB_ONLY=1] [LATENCY_US=500] benchmarks/on-postgres.sh [ROUNDS] [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pg="$(mktemp -d)"
port=55432
as=()
cleanup() {
  kill "${proxy:-}" 2>/dev/null || true
  "${as[@]}" "$bin/pg_ctl" -D "$pg/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg"
}
trap cleanup EXIT
# initdb refuses to run as root: as root, the cluster belongs to the postgres user.
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg"; as=(runuser -u postgres --); fi
"${as[@]}" "$bin/initdb" -A trust -U postgres -D "$pg/data" >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$pg/data" -l "$pg/log" -w \
  -o "-p $port -k $pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
for database in candidate baseline; do
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE $database" >/dev/null
done
reach=$port
if [ -n "${LATENCY_US:-}" ]; then
  reach=55433
  java benchmarks/LatencyProxy.java "$reach" "$port" "$LATENCY_US" &
  proxy=$!
  until (exec 3<>"/dev/tcp/127.0.0.1/$reach") 2>/dev/null; do sleep 0.2; done
fi
DB_URL="jdbc:postgresql://127.0.0.1:$reach/candidate" BASELINE_DB_URL="jdbc:postgresql://127.0.0.1:$reach/baseline" \
  DB_USER=postgres benchmarks/secrets-list.sh "$@"
