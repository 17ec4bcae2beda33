#!/usr/bin/env bash
# The test server's start as a user's test JVM pays it (benchmarks/…/TestServerStarts.java): JVMS fresh JVMs, each
# starting the server STARTS times in a row; prints the median of the first starts and of the later ones, in ms, and
# of what a request costs on the last server of each JVM (µs, no faults configured: see TestServerStarts).
# With BASELINE_CLASSPATH (an older build's benchmarks.jar) that build runs too, in interleaved JVMs; with
# VARIANT_JAVA_OPTIONS this build runs a second time in each round, its JVMs given those options (e.g.
# -XX:TieredStopAtLevel=1, as a user's surefire argLine would).
# Needs the built jars (./mvnw -B -DskipTests package).
# Usage: [BASELINE_CLASSPATH=…] [VARIANT_JAVA_OPTIONS=…] benchmarks/test-server-start.sh [JVMS] [STARTS]
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/steal.sh
jvms="${1:-9}"
starts="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A classpaths=([this]=benchmarks/target/benchmarks.jar) options=([this]="")
if [ -n "${BASELINE_CLASSPATH:-}" ]; then
  classpaths[baseline]="$BASELINE_CLASSPATH" options[baseline]=""
fi
if [ -n "${VARIANT_JAVA_OPTIONS:-}" ]; then
  classpaths[variant]=benchmarks/target/benchmarks.jar options[variant]="$VARIANT_JAVA_OPTIONS"
fi
steal_mark
for jvm in $(seq "$jvms"); do
  for name in "${!classpaths[@]}"; do
    # shellcheck disable=SC2086 # the options are words
    java ${options[$name]} -cp "${classpaths[$name]}" io.github.teamauthkit.benchmarks.TestServerStarts "$starts" \
      2>/dev/null >> "$work/$name"
  done
done
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "| build | first start, ms | each later start, ms | a request, µs |"
echo "|---|---|---|---|"
for name in "${!classpaths[@]}"; do
  echo "| $name (${classpaths[$name]}${options[$name]:+, ${options[$name]}}) | $(awk '$1 == 1 {print $2}' "$work/$name" | median) | $(awk '$1 > 1 && $1 != "requests" {print $2}' "$work/$name" | median) | $(awk '$1 == "requests" {print $2}' "$work/$name" | median) |"
done
steal_report
