#!/usr/bin/env bash
# CPU time a server spends per request: one wrk run against URL, with the server process's user and
# system time (from /proc/PID/stat) read before and after, divided by the requests wrk completed.
# Usage: benchmarks/cpu-per-request.sh PID URL [SECONDS] (the bearer key is the fixture's acme-alice key)
set -euo pipefail
pid=$1; url=$2; seconds=${3:-10}
read -r user0 system0 < <(awk '{print $14, $15}' "/proc/$pid/stat")
out=$(wrk -t2 -c50 -d"${seconds}s" --latency -H "Authorization: Bearer ${KEY:-acme-alice-key-0001}" "$url")
read -r user1 system1 < <(awk '{print $14, $15}' "/proc/$pid/stat")
requests=$(echo "$out" | awk '/requests in/ {print $1}')
ticks=$(getconf CLK_TCK)
echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s, p99 $(echo "$out" | awk '$1 == "99%" {print $2}')," \
  "user $(( (user1 - user0) * 1000000 / ticks / requests )) µs and system $(( (system1 - system0) * 1000000 / ticks / requests )) µs per request"
