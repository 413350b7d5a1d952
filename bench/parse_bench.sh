#!/usr/bin/env bash
# Times `starling validate` and `starling plan --offline` on a generated project of N models
# (default 10000), with peak memory, using a release build. Usage: bench/parse_bench.sh [N]
# BASELINE_BIN=/path/to/another/starling times that binary too, run for run alternating with this
# one, so that both are measured in the same minutes of a VM whose speed varies.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-10000}"
dir="$("$root/bench/gen_models.sh" "$n")"
bin="$("$root/scripts/build.sh" --release)/starling"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
echo "project: $n models ($(du -sh --apparent-size "$dir/models" | cut -f1) of YAML in $(find "$dir/models" -name "*.yaml" | wc -l) files)"
bins=("$bin")
[ -n "${BASELINE_BIN:-}" ] && bins+=("$BASELINE_BIN")
for cmd in "validate" "plan --offline" "plan --offline --sql"; do
  for run in 1 2 3; do
    for b in "${bins[@]}"; do
      /usr/bin/time -f "%e s, %M KiB max RSS" -o /tmp/starling-bench-time \
        "$b" --project "$dir" $cmd > /dev/null 2>/tmp/starling-bench-err || {
        cat /tmp/starling-bench-err; exit 1; }
      who=""; [ "$b" != "$bin" ] && who=" [baseline $b]"
      echo "starling $cmd (run $run)$who: $(cat /tmp/starling-bench-time)"
    done
  done
done
