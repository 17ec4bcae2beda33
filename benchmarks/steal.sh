# Sourced by the benchmark scripts: how much CPU time the host took from this machine while they ran ("steal" in
# /proc/stat, Linux only). A virtual machine whose host is busy runs everything slower by a share that changes from
# minute to minute; the scripts' ratios come from interleaved rounds, so a steady share cancels out, but a run with a
# large share is worth repeating. steal_mark at the start, steal_report at the end.
steal_mark() {
  steal_before=$(awk '/^cpu / {total = 0; for (i = 2; i <= NF; i++) total += $i; print $9, total}' /proc/stat 2>/dev/null || true)
}
steal_report() {
  [ -n "${steal_before:-}" ] || return 0
  awk -v before="$steal_before" '/^cpu / {
    split(before, b, " "); total = 0; for (i = 2; i <= NF; i++) total += $i
    if (total > b[2]) printf "CPU time taken by the host (steal) during the run: %.0f %%\n", 100 * ($9 - b[1]) / (total - b[2])
  }' /proc/stat
}
