#!/usr/bin/env bash
# The test server's start as a user's test JVM pays it (benchmarks/…/TestServerStarts.java): JVMS fresh JVMs, each
# starting the server STARTS times in a row; prints the median of the first starts and of the later ones, in ms.
# With BASELINE_CLASSPATH (an older build's benchmarks.jar) that build runs too, in interleaved JVMs.
# Needs the built jars (./mvnw -B -DskipTests package).
# Usage: [BASELINE_CLASSPATH=…] benchmarks/test-server-start.sh [JVMS] [STARTS]
set -euo pipefail
cd "$(dirname "$0")/.."
jvms="${1:-9}"
starts="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A classpaths=([this]=benchmarks/target/benchmarks.jar)
[ -n "${BASELINE_CLASSPATH:-}" ] && classpaths[baseline]="$BASELINE_CLASSPATH"
for jvm in $(seq "$jvms"); do
  for name in "${!classpaths[@]}"; do
    java -cp "${classpaths[$name]}" io.github.teamauthkit.benchmarks.TestServerStarts "$starts" 2>/dev/null >> "$work/$name"
  done
done
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "| build | first start, ms | each later start, ms |"
echo "|---|---|---|"
for name in "${!classpaths[@]}"; do
  echo "| $name (${classpaths[$name]}) | $(awk '$1 == 1 {print $2}' "$work/$name" | median) | $(awk '$1 > 1 {print $2}' "$work/$name" | median) |"
done
