# Sourced by the benchmarks: `timed LABEL COMMAND...` runs COMMAND, its output in $timed_out
# (shown, and the script ended, when it fails), prints "LABEL  seconds  peak KiB" with LABEL
# $timed_width wide, and leaves the seconds in $last_secs. Set timed_out and timed_width first.
timed() {
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$timed_out.time" "$@" >"$timed_out" 2>&1 || {
    cat "$timed_out"; exit 1; }
  read -r secs kib < "$timed_out.time"
  last_secs="$secs"
  printf '%-*s %8.2f s  %7d KiB peak\n' "$timed_width" "$label" "$secs" "$kib"
}
