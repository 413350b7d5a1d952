#!/usr/bin/env bash
# The hourly-run benchmark (issue "The hourly run"): generates Airbeds data at a scale, then times
#   1. the full build: `starling run` on an empty target (the first run: everything, backfills);
#   2. the floor: bench/handwritten.sql building the same tables in one script, on the same data;
#   3. one hour of new data: `airbeds-gen advance --hours 1`, then `starling run`;
#   4. a run with nothing new: `starling run` again;
#   5. bench/hourly_floor.sql: the days the hour touched rebuilt by hand in the daily funnel, the
#      least an hour costs a tool that rebuilds whole days (the funnel counts distinct users);
# with starling's peak memory for each. Usage: bench/run_bench.sh [SCALE] [DAYS]
# With BASELINE_BIN=DIR (the build folder of another commit, holding its `starling`), it times
# instead that binary and this one alternately, ROUNDS times each (default 2), on the same data:
# a full build on an empty target, an hour of new data and the hourly run, a run with nothing new;
# and prints each step's best time per binary and their ratio (this / baseline).
# Scale 70 over 60 days is about 10 million events and 200,000 users; scale 12 over 365 days is
# the same size over a year (one hour is then a sixth as much data; see docs/benchmarks.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scale="${1:-70}"
days="${2:-60}"
bin="$("$root/scripts/build.sh" --release)"
"$root/scripts/pg.sh" start >/dev/null 2>&1
db="airbeds_bench_${scale}_${days}"
admin="$("$root/scripts/pg.sh" dsn postgres)"
export STARLING_DSN="$("$root/scripts/pg.sh" dsn "$db")"
timed_out=/tmp/starling-bench.out timed_width=34
. "$root/bench/timed.sh"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
if ! psql -qtA "$admin" -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  psql -q "$admin" -c "CREATE DATABASE $db"
  "$bin/starling" --project "$root" migrate -q
  timed "generate ($days days, scale $scale)" "$bin/airbeds-gen" --dsn "$STARLING_DSN" init --days "$days" --scale "$scale"
fi
# run measures source freshness first: bring data generated earlier up to the current hour
behind="$(psql -qtA "$STARLING_DSN" -c "SELECT greatest(0, floor(extract(epoch FROM
  (now() AT TIME ZONE 'UTC') - clock) / 3600))::int FROM app.airbeds_generator")"
if [ "$behind" -gt 0 ]; then
  timed "catch up $behind hours" "$bin/airbeds-gen" --dsn "$STARLING_DSN" advance --hours "$behind"
fi
psql -qtA "$STARLING_DSN" -c "SELECT 'data: ' || (SELECT count(*) FROM raw.tracks) || ' events, ' ||
  (SELECT count(*) FROM app.users) || ' users, ' || (SELECT count(*) FROM app.bookings) || ' bookings, ' ||
  (SELECT count(*) FROM app.listings) || ' listings'"
reset_target() {  # an empty target for the models: no tables, watermarks, built periods
  psql -q "$STARLING_DSN" -c "DROP SCHEMA IF EXISTS warehouse CASCADE; DROP SCHEMA IF EXISTS handwritten CASCADE;
    TRUNCATE starling.models, starling.watermarks, starling.built_periods, starling.repeatable_migrations" 2>/dev/null
  psql -q "$STARLING_DSN" -c "VACUUM ANALYZE"
}
if [ -n "${BASELINE_BIN:-}" ]; then
  rounds="${ROUNDS:-2}"
  declare -A best
  for ((r = 1; r <= rounds; r++)); do
    for which in baseline current; do
      b="$bin"; [ "$which" = baseline ] && b="$BASELINE_BIN"
      reset_target
      for step in full hourly nothing; do
        [ "$step" = hourly ] && "$bin/airbeds-gen" --dsn "$STARLING_DSN" advance --hours 1 >/dev/null
        timed "round $r, $which: $step" "$b/starling" --project "$root" run -q
        key="$which.$step"
        if [ -z "${best[$key]:-}" ] || awk -v a="$last_secs" -v b="${best[$key]}" 'BEGIN{exit !(a<b)}'; then
          best[$key]="$last_secs"
        fi
      done
    done
  done
  echo "best of $rounds (seconds): step, baseline ($BASELINE_BIN), current ($bin), current / baseline"
  for step in full hourly nothing; do
    awk -v s="$step" -v a="${best[baseline.$step]}" -v b="${best[current.$step]}" \
      'BEGIN { printf "%-8s %8.2f %8.2f %6.2fx\n", s, a, b, b / a }'
  done
  exit 0
fi
reset_target
timed "full build (starling run)" "$bin/starling" --project "$root" run -q
full="$last_secs"
timed "hand-written SQL, same tables" psql -q "$STARLING_DSN" -f "$root/bench/handwritten.sql"
floor="$last_secs"
since="$(psql -qtA "$STARLING_DSN" -c "SELECT clock FROM app.airbeds_generator")"
timed "generate one more hour" "$bin/airbeds-gen" --dsn "$STARLING_DSN" advance --hours 1
timed "hourly run (one hour of new data)" "$bin/starling" --project "$root" run -q
hourly="$last_secs"
timed "run with nothing new" "$bin/starling" --project "$root" run -q
# the least an hour costs any tool that rebuilds the funnel's days: those days by hand
timed "the hour's funnel days, by hand" psql -q "$STARLING_DSN" -v since="'$since+00'" \
  -f "$root/bench/hourly_floor.sql"
funnel="$last_secs"
awk -v f="$full" -v fl="$floor" -v h="$hourly" -v fu="$funnel" 'BEGIN {
  printf "full build / floor: %.2fx; hourly run: %.1f %% of the full build (goal: under 2 %%)\n",
         f / fl, 100 * h / f
  printf "the funnel days by hand: %.1f %% of the full build, %.1f %% of the floor\n",
         100 * fu / f, 100 * fu / fl }'
psql -q "$STARLING_DSN" -c "SELECT model, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built
  FROM starling.model_runs WHERE run_id = (SELECT max(run_id) - 1 FROM starling.runs) ORDER BY duration_ms DESC"
if "$bin/starling" --project "$root" verify -q > /tmp/starling-bench.verify 2>&1; then
  echo "verify: every model equals a from-scratch rebuild"
else
  echo "verify FAILED:"; cat /tmp/starling-bench.verify; exit 1
fi
