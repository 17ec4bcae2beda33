#!/usr/bin/env bash
# Throughput of GET /v1/teams/{id}/secrets on the reference server (H2) on Undertow, the same
# application on RESTEasy's Vert.x engine, and Undertow serving the same body canned, in one run on
# loopback. Needs wrk (Debian: apt-get install wrk) and the built jars (./mvnw -B -DskipTests package).
# Usage: benchmarks/secrets-list.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
connections="${2:-50}"
jar=reference-server/target/reference-server.jar
key=acme-alice-key-0001
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

java -jar "$jar" --port 18180 --data-dir "$work/data" --seed reference-server/src/test/resources/fixture.json \
  > "$work/server.out" 2> "$work/server.err" &
until grep -q '^Listening on' "$work/server.out" 2>/dev/null; do sleep 0.2; done
for name in HF_TOKEN WANDB_API_KEY; do
  curl -sf -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"value\":\"benchmark-value\"}" http://127.0.0.1:18180/v1/teams/team-acme/secrets
done
body="$(curl -sf -H "Authorization: Bearer $key" http://127.0.0.1:18180/v1/teams/team-acme/secrets)"

java -cp "$jar" benchmarks/CannedSecretsServer.java 18181 "$body" "$key" > "$work/canned.out" &
until grep -q '^Listening on' "$work/canned.out" 2>/dev/null; do sleep 0.2; done
java -cp benchmarks/target/benchmarks.jar io.github.teamauthkit.benchmarks.VertxReferenceServer 18182 "$work/vertx-data" \
  reference-server/src/test/resources/fixture.json > "$work/vertx.out" 2> "$work/vertx.err" &
until grep -q '^Listening on' "$work/vertx.out" 2>/dev/null; do sleep 0.2; done
for name in HF_TOKEN WANDB_API_KEY; do
  curl -sf -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"value\":\"benchmark-value\"}" http://127.0.0.1:18182/v1/teams/team-acme/secrets
done

run() {  # warm up, then measure; prints requests/s
  wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $key" "$1" > /dev/null
  wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $key" "$1" | tee "$work/$2.txt" >&2
  awk '/Requests\/sec/ {print $2}' "$work/$2.txt"
}
reference=$(run http://127.0.0.1:18180/v1/teams/team-acme/secrets reference)
vertx=$(run http://127.0.0.1:18182/v1/teams/team-acme/secrets vertx)
canned=$(run http://127.0.0.1:18181/v1/teams/team-acme/secrets canned)
p99() { awk '/ 99%/ {print $2}' "$work/$1.txt"; }
echo
echo "| server | requests/s | p99 |"
echo "|---|---|---|"
echo "| reference server (RESTEasy + Undertow + H2) | $reference | $(p99 reference) |"
echo "| same application on RESTEasy + Vert.x + H2 | $vertx | $(p99 vertx) |"
echo "| canned Undertow handler | $canned | $(p99 canned) |"
echo "ratio reference/canned: $(awk -v r="$reference" -v c="$canned" 'BEGIN {printf "%.3f", r / c}')"
echo "ratio vertx/undertow: $(awk -v r="$reference" -v v="$vertx" 'BEGIN {printf "%.3f", v / r}')"
