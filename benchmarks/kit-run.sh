#!/usr/bin/env bash
# Wall time of a whole run of the contract kit's jar (java -jar contract-tests.jar, the README's command) against a
# local reference server seeded with contract-tests/kit-target.json, a fresh server for every run (a run removes
# its disposable member). With BASELINE_KIT_JAR=path/to/an/older/contract-tests.jar that jar runs too, in
# interleaved rounds against the same build of the server. Each figure is the median of the rounds.
# Usage: [BASELINE_KIT_JAR=…] benchmarks/kit-run.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
server=reference-server/target/reference-server.jar
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export CONTRACT_ADMIN_KEY=acme-alice-key-0001 CONTRACT_MEMBER_KEY=acme-bob-key-0001 \
  CONTRACT_OTHER_TEAM_KEY=other-olga-key-0001 CONTRACT_DISPOSABLE_MEMBER_ID=user-carol \
  CONTRACT_DISPOSABLE_MEMBER_KEY=acme-carol-key-0001
unset CI
declare -A kits=([this]=contract-tests/target/contract-tests.jar)
[ -n "${BASELINE_KIT_JAR:-}" ] && kits[baseline]="$BASELINE_KIT_JAR"

run() {  # NAME ROUND: one kit run against a fresh server; prints seconds, checks passed, exit code
  java -jar "$server" --port 18200 --data-dir "$work/data-$1-$2" --seed contract-tests/kit-target.json \
    --auth-failure-limit 1000 > "$work/server.out" 2> /dev/null &
  local pid=$!
  until grep -q '^Listening on' "$work/server.out" 2>/dev/null; do sleep 0.1; done
  local start end code=0
  start=$(date +%s.%N)
  java -jar "${kits[$1]}" --base-url http://127.0.0.1:18200/v1 --team-id team-acme --reports "$work/reports-$1-$2" \
    > "$work/kit-$1-$2.out" 2>&1 || code=$?
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(echo "$end - $start" | bc) $(awk '/tests successful/ {print $2}' "$work/kit-$1-$2.out") $code"
}

for round in $(seq "$rounds"); do
  for name in "${!kits[@]}"; do
    run "$name" "$round" >> "$work/$name.times"
    echo "round $round $name: $(tail -1 "$work/$name.times") (seconds, checks passed, exit code)" >&2
  done
done
echo "| kit jar | median wall s | checks passed | exit codes |"
echo "|---|---|---|---|"
for name in "${!kits[@]}"; do
  printf '| %s | %.1f | %s | %s |\n' "$name (${kits[$name]})" \
    "$(awk '{print $1}' "$work/$name.times" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')" \
    "$(awk '{print $2}' "$work/$name.times" | sort -u | paste -sd/)" "$(awk '{print $3}' "$work/$name.times" | sort -u | paste -sd/)"
done
