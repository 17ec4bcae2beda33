#!/usr/bin/env bash
# Whole-process wall time of the `paperspace` command, as a user runs it: `--version` and
# `secrets list` against a local reference server, with and without the class-data-sharing archive
# the build makes (cli/target/paperspace.jsa), and curl making the same request as the floor.
# Every variant runs in interleaved rounds; each figure is the median. Needs the built jars
# (./mvnw -B -DskipTests package) and curl.
# Usage: benchmarks/cli-startup.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-9}"
key=acme-alice-key-0001
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

java -jar reference-server/target/reference-server.jar --port 18190 --data-dir "$work/data" \
  --seed reference-server/src/test/resources/fixture.json > "$work/server.out" 2> /dev/null &
until grep -q '^Listening on' "$work/server.out" 2>/dev/null; do sleep 0.2; done
for name in HF_TOKEN WANDB_API_KEY; do
  curl -sf -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"value\":\"benchmark-value\"}" "http://127.0.0.1:18190/v1/teams/team-acme/secrets"
done
export PAPERSPACE_API_URL=http://127.0.0.1:18190/v1 PAPERSPACE_API_KEY=$key HOME="$work"
jar=cli/target/paperspace.jar
plain=(java -XX:TieredStopAtLevel=1 -jar "$jar")
declare -A commands=(
  ["version, jar"]="${plain[*]} --version"
  ["version, ./paperspace"]="./paperspace --version"
  ["secrets list, jar"]="${plain[*]} secrets list --team team-acme"
  ["secrets list, ./paperspace"]="./paperspace secrets list --team team-acme"
  ["secrets list, curl"]="curl -sf -H Authorization:Bearer\ $key $PAPERSPACE_API_URL/teams/team-acme/secrets"
)
declare -A times
for round in $(seq "$rounds"); do
  for name in "${!commands[@]}"; do
    start=$(date +%s%N)
    eval "${commands[$name]}" > /dev/null
    times[$name]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
echo "| command | median ms (of $rounds) |"
echo "|---|---|"
for name in "version, jar" "version, ./paperspace" "secrets list, jar" "secrets list, ./paperspace" "secrets list, curl"; do
  median=$(echo "${times[$name]}" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "| $name | $median |"
done
