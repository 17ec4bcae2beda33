#!/usr/bin/env bash
# Throughput of GET /v1/teams/{id}/secrets on loopback: the reference server (H2) on Undertow; the
# same application on RESTEasy's Vert.x and Reactor Netty engines; Undertow serving the same body
# canned (the baseline). With BASELINE_JAR=path/to/an/older/reference-server.jar, that build runs too,
# for an A/B of a change. With DB_URL=jdbc:postgresql://… (and DB_USER, DB_PASSWORD), every server but
# the canned one shares that PostgreSQL database instead of its own H2. Needs wrk (Debian: apt-get
# install wrk), npm (for Prism) and the built jars (./mvnw -B -DskipTests package). With MIX=writes, one
# request in ten writes (create, update, delete in turn: benchmarks/write-mix.lua) and the rest list.
# With BASELINE_DB_URL the baseline build has a database of its own (two builds cannot share one schema);
# with AB_ONLY=1 only this build, the baseline and the canned handler run (benchmarks/on-postgres.sh);
# BASELINE_JAVA_OPTIONS are the baseline JVM's options (BASELINE_JAR=this build's jar and
# BASELINE_JAVA_OPTIONS=-XX:TieredStopAtLevel=1 measure the client compiler alone against the default);
# REFERENCE_OPTIONS are more options for this build's server and REFERENCE_JAVA_OPTIONS its JVM's (BASELINE_JAR=this
# build's jar, REFERENCE_OPTIONS="--warm-up 30" and REFERENCE_JAVA_OPTIONS=-XX:CICompilerCount=6 measure the README's
# recipe for a server loaded from its first second against the defaults).
#
# Servers are measured in interleaved rounds, so drift of the machine hits them all alike, and each
# server's figure is the median of its last half of rounds: on 2 cores the JIT needs about two minutes
# of this load before the reference server's throughput settles (measured 2026-11-29: rounds 1-12 rose
# from 0.5k to 8-10k req/s), hence 16 rounds by default. The last column is the first round against
# that figure: what a short CI job using the server sees.
# Usage: benchmarks/secrets-list.sh [ROUNDS] [SECONDS_PER_ROUND] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/steal.sh
rounds="${1:-16}"
seconds="${2:-10}"
connections="${3:-50}"
jar=reference-server/target/reference-server.jar
fixture=reference-server/src/test/resources/fixture.json
key=acme-alice-key-0001
path=/v1/teams/team-acme/secrets
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

db=()
if [ -n "${DB_URL:-}" ]; then
  # Servers sharing a database must share its master key (the database keeps a check value of it).
  db=(--db-url "$DB_URL" --db-user "${DB_USER:-}" --db-password "${DB_PASSWORD:-}" --master-key-file "$work/master.key")
  export DB_URL DB_USER DB_PASSWORD
fi
names=()
declare -A port label
started() {  # NAME PORT LABEL: waits for the ready line, then stores 20 secrets (one full page)
  until grep -q '^Listening on' "$work/$1.out" 2>/dev/null; do sleep 0.2; done
  for name in $(seq -f 'SECRET_%02g' 1 20); do
    curl -sf -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
      -d "{\"name\":\"$name\",\"value\":\"benchmark-value\"}" "http://127.0.0.1:$2/v1/teams/team-acme/secrets" || true
  done
  names+=("$1"); port[$1]=$2; label[$1]=$3
}

read -r -a reference_options <<< "${REFERENCE_OPTIONS:-}"
read -r -a reference_java_options <<< "${REFERENCE_JAVA_OPTIONS:-}"
java "${reference_java_options[@]}" -jar "$jar" --port 18180 --data-dir "$work/reference-data" --seed "$fixture" "${db[@]}" "${reference_options[@]}" \
  > "$work/reference.out" 2> /dev/null &
store="${DB_URL:+PostgreSQL}"; store="${store:-H2}"
started reference 18180 "reference server (RESTEasy + Undertow + $store, access log on)${REFERENCE_JAVA_OPTIONS:+ ${REFERENCE_JAVA_OPTIONS}}${REFERENCE_OPTIONS:+ ${REFERENCE_OPTIONS}}"
if [ -n "${BASELINE_JAR:-}" ]; then
  baseline_db=("${db[@]}")
  if [ -n "${BASELINE_DB_URL:-}" ]; then
    baseline_db=(--db-url "$BASELINE_DB_URL" --db-user "${DB_USER:-}" --db-password "${DB_PASSWORD:-}"
      --master-key-file "$work/baseline-master.key")
  fi
  read -r -a baseline_options <<< "${BASELINE_JAVA_OPTIONS:-}"
  java "${baseline_options[@]}" -jar "$BASELINE_JAR" --port 18184 --data-dir "$work/baseline-data" --seed "$fixture" "${baseline_db[@]}" \
    > "$work/baseline.out" 2> /dev/null &
  started baseline 18184 "reference server, $(basename "$BASELINE_JAR") ${BASELINE_JAVA_OPTIONS:-}"
fi
engines=(vertx:18182 reactor-netty:18183)
[ "${AB_ONLY:-}" = 1 ] && engines=()
for engine in "${engines[@]}"; do
  java -cp benchmarks/target/benchmarks.jar io.github.teamauthkit.benchmarks.EngineReferenceServer "${engine%:*}" \
    "${engine#*:}" "$work/${engine%:*}-data" "$fixture" > "$work/${engine%:*}.out" 2> /dev/null &
  started "${engine%:*}" "${engine#*:}" "same application on RESTEasy + ${engine%:*} + $store (no access log)"
done
body="$(curl -sf -H "Authorization: Bearer $key" "http://127.0.0.1:18180$path")"
java -cp "$jar" benchmarks/CannedSecretsServer.java 18181 "$body" "$key" > "$work/canned.out" &
until grep -q '^Listening on' "$work/canned.out" 2>/dev/null; do sleep 0.2; done
names+=(canned); port[canned]=18181; label[canned]="canned Undertow handler (baseline)"
# The peer most people start instead: Stoplight Prism mocking our spec (pinned in .ci/tools).
if [ "${AB_ONLY:-}" != 1 ]; then
prism=.ci/tools/node_modules/.bin/prism
[ -x "$prism" ] || npm ci --prefix .ci/tools --no-audit --no-fund --ignore-scripts --loglevel=error
"$prism" mock -h 127.0.0.1 -p 18185 spec/paperspace-team-auth-api-openapi.yml > "$work/prism.out" 2>&1 &
until grep -q 'Prism is listening' "$work/prism.out" 2>/dev/null; do sleep 0.2; done
names+=(prism); port[prism]=18185; label[prism]="Stoplight Prism 5.16 mocking the spec (peer)"
fi
# Prism serves the spec's paths without the servers' /v1 base path: /v1/teams/… is its 404.
declare -A base
for name in "${names[@]}"; do base[$name]="http://127.0.0.1:${port[$name]}/v1"; done
[ -n "${port[prism]:-}" ] && base[prism]="http://127.0.0.1:${port[prism]}"
for name in "${names[@]}"; do
  # A server that does not answer the measured request with 200 would be measured answering errors.
  curl -sf -o /dev/null -H "Authorization: Bearer $key" "${base[$name]}${path#/v1}" \
    || { echo "$name does not answer GET ${base[$name]}${path#/v1} with 200" >&2; exit 1; }
done

mix=()
[ "${MIX:-}" = writes ] && mix=(-s benchmarks/write-mix.lua)
steal_mark
for round in $(seq "$rounds"); do
  for name in "${names[@]}"; do
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "${mix[@]}" -H "Authorization: Bearer $key" \
      "${base[$name]}${path#/v1}" > "$work/$name.$round.txt"
    echo "round $round $name $(awk '/Requests\/sec/ {print $2}' "$work/$name.$round.txt") req/s" \
      "$(awk '/Non-2xx/ {print "(" $NF " answers not 2xx)"}' "$work/$name.$round.txt")" >&2
  done
done

median() {  # NAME FIELD: median over the last half of rounds of "Requests/sec" or " 99%"
  for round in $(seq $((rounds / 2 + 1)) "$rounds"); do
    awk -v f="$2" '$0 ~ f {v = $2; if (v ~ /ms$/) v += 0; else if (v ~ /us$/) v /= 1000; else if (v ~ /s$/) v *= 1000; print v}' \
      "$work/$1.$round.txt"
  done | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
canned=$(median canned 'Requests/sec')
echo
echo "| server | requests/s | p99 ms | ratio to canned | first round, % of requests/s |"
echo "|---|---|---|---|---|"
for name in "${names[@]}"; do
  rps=$(median "$name" 'Requests/sec')
  first=$(awk '/Requests\/sec/ {print $2}' "$work/$name.1.txt")
  printf '| %s | %.0f | %.1f | %.3f | %.0f %% |\n' "${label[$name]}" "$rps" "$(median "$name" ' 99%')" \
    "$(awk -v a="$rps" -v b="$canned" 'BEGIN {print a / b}')" "$(awk -v a="$first" -v b="$rps" 'BEGIN {print 100 * a / b}')"
done
if [ -n "${BASELINE_JAR:-}" ]; then
  echo
  echo "this build / baseline: $(awk -v a="$(median reference 'Requests/sec')" -v b="$(median baseline 'Requests/sec')" \
    'BEGIN {printf "%.2fx", a / b}') (requests/s, median of rounds $((rounds / 2 + 1))-$rounds)"
fi
steal_report
