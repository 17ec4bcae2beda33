#!/usr/bin/env bash
# Whole-process wall time of the `paperspace` command, as a user runs it: `--version` and `secrets list` against a
# local reference server (two secrets), with `./paperspace` (the build's class-data-sharing archive) and with a bare
# `java -jar`; the floor is a JVM printing "hi" with the launcher's flags, and curl making the same request. Every
# variant runs in interleaved rounds; each figure is the median, and each ratio is to the JVM floor of the same run.
# With BASELINE_DIR (another checkout, built) its ./paperspace runs too, against the same server.
# Needs the built jars (./mvnw -B -DskipTests package), javac and curl.
# Usage: [BASELINE_DIR=…] benchmarks/cli-startup.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/steal.sh
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
mkdir "$work/hi"
echo 'class Hi { public static void main(String[] args) { System.out.println("hi"); } }' > "$work/hi/Hi.java"
javac -d "$work/hi" "$work/hi/Hi.java"
# The flags ./paperspace runs the JVM with, for the floor and the bare jar alike.
launcher=$(sed -n 's/^exec java \(.*\) \$cds -jar.*/\1/p' paperspace)
export PAPERSPACE_API_URL=http://127.0.0.1:18190/v1 PAPERSPACE_API_KEY=$key HOME="$work"
names=("JVM printing hi (floor)" "version, java -jar" "version, ./paperspace" "secrets list, java -jar"
  "secrets list, ./paperspace" "secrets list, curl")
declare -A commands=(
  ["JVM printing hi (floor)"]="java $launcher -cp $work/hi Hi"
  ["version, java -jar"]="java $launcher -jar cli/target/paperspace.jar --version"
  ["version, ./paperspace"]="./paperspace --version"
  ["secrets list, java -jar"]="java $launcher -jar cli/target/paperspace.jar secrets list --team team-acme"
  ["secrets list, ./paperspace"]="./paperspace secrets list --team team-acme"
  ["secrets list, curl"]="curl -sf -H Authorization:Bearer\ $key $PAPERSPACE_API_URL/teams/team-acme/secrets"
)
if [ -n "${BASELINE_DIR:-}" ]; then
  names+=("version, baseline ./paperspace" "secrets list, baseline ./paperspace")
  commands["version, baseline ./paperspace"]="$BASELINE_DIR/paperspace --version"
  commands["secrets list, baseline ./paperspace"]="$BASELINE_DIR/paperspace secrets list --team team-acme"
fi
steal_mark
declare -A times
for round in $(seq "$rounds"); do
  for name in "${names[@]}"; do
    start=$(date +%s%N)
    eval "${commands[$name]}" > /dev/null
    times[$name]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
median() { echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
floor=$(median "${times["JVM printing hi (floor)"]}")
echo "| command | median ms (of $rounds) | × the JVM floor |"
echo "|---|---|---|"
for name in "${names[@]}"; do
  ms=$(median "${times[$name]}")
  echo "| $name | $ms | $(awk -v a="$ms" -v b="$floor" 'BEGIN {printf "%.1f", a / b}') |"
done
steal_report
