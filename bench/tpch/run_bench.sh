#!/usr/bin/env bash
# The TPC-H-shaped benchmark (issue 19's second workload; bench/tpch/README.md): generates the
# sources at a scale factor (bench/tpch/gen.sql, once per scale: the database tpch_bench_SF is
# kept), then times
#   1. the full build: `starling run` on an empty target;
#   2. the floor: bench/tpch/handwritten.sql building the same tables in one script, same data;
#   3. one "hour" of changes: tpch.refresh (RF1 new orders anywhere in history, RF2 deleted orders
#      and their lines, customers moved to another nation and segment, orders moved to another
#      date or customer, corrected line quantities), then `starling run`;
#   4. a run with nothing new: `starling run` again;
# with peak memory for each, then compares the two facts with bench/tpch/reference.sql and runs
# `starling verify` (exit 1 when a model differs from a rebuild).
# Usage: bench/tpch/run_bench.sh [SF]   (SF 1: about 6 million lines; default 0.01)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sf="${1:-0.01}"
bin="$("$root/scripts/build.sh" --release)"
"$root/scripts/pg.sh" start >/dev/null 2>&1
db="tpch_bench_${sf//./_}"
admin="$("$root/scripts/pg.sh" dsn postgres)"
export STARLING_DSN="$("$root/scripts/pg.sh" dsn "$db")"
starling=("$bin/starling" --project "$here")
timed_out=/tmp/starling-tpch-bench.out timed_width=38
. "$root/bench/timed.sh"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
if ! psql -qtA "$admin" -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  psql -q "$admin" -c "CREATE DATABASE $db"
  timed "generate (scale factor $sf)" psql -q "$STARLING_DSN" -v sf="$sf" -f "$here/gen.sql"
fi
psql -qtA "$STARLING_DSN" -c "SELECT 'data: ' || (SELECT count(*) FROM tpch.lineitem) || ' lines, ' ||
  (SELECT count(*) FROM tpch.orders) || ' orders, ' || (SELECT count(*) FROM tpch.customer) ||
  ' customers, ' || (SELECT count(*) FROM tpch.part) || ' parts, ' ||
  (SELECT count(*) FROM tpch.supplier) || ' suppliers'"
# an empty target: no tables, no meta schema (watermarks, built periods)
psql -q "$STARLING_DSN" -c "SET client_min_messages = warning;
  DROP SCHEMA IF EXISTS tpch_reference, warehouse, handwritten, starling CASCADE"
psql -q "$STARLING_DSN" -c "VACUUM ANALYZE"
timed "full build (starling run)" "${starling[@]}" run -q
full="$last_secs"
timed "hand-written SQL, same tables" psql -q "$STARLING_DSN" -f "$here/handwritten.sql"
floor="$last_secs"
seed="$(date +%s)"
timed "one hour of changes (tpch.refresh)" psql -qtA "$STARLING_DSN" -c "SELECT tpch.refresh($seed)"
cat "$timed_out"
timed "hourly run (one hour of changes)" "${starling[@]}" run -q
hourly="$last_secs"
timed "run with nothing new" "${starling[@]}" run -q
nothing="$last_secs"
awk -v f="$full" -v fl="$floor" -v h="$hourly" -v n="$nothing" 'BEGIN {
  printf "full build / floor: %.2fx (goal: within 1.3x); hourly run: %.1f %% of the full build (goal: under 5 %%); nothing new: %.2f s\n",
         f / fl, 100 * h / f, n }'
psql -q "$STARLING_DSN" -c "SELECT model, duration_ms, rows_inserted, rows_updated, rows_deleted, periods_built
  FROM starling.model_runs WHERE run_id = (SELECT max(run_id) - 1 FROM starling.runs) ORDER BY duration_ms DESC"
psql -q "$STARLING_DSN" -f "$here/reference.sql"
psql -qtA "$STARLING_DSN" -c "
  SELECT 'reference, ' || v || ': ' || missing || ' rows missing from starling''s table, ' || extra || ' rows too many'
  FROM (SELECT 'fct_order_lines' AS v,
          (SELECT count(*) FROM (TABLE tpch_reference.expected_order_lines EXCEPT ALL
                                 TABLE tpch_reference.actual_order_lines) x) AS missing,
          (SELECT count(*) FROM (TABLE tpch_reference.actual_order_lines EXCEPT ALL
                                 TABLE tpch_reference.expected_order_lines) x) AS extra
        UNION ALL
        SELECT 'fct_daily_revenue_by_nation',
          (SELECT count(*) FROM (TABLE tpch_reference.expected_daily_revenue EXCEPT ALL
                                 TABLE tpch_reference.actual_daily_revenue) x),
          (SELECT count(*) FROM (TABLE tpch_reference.actual_daily_revenue EXCEPT ALL
                                 TABLE tpch_reference.expected_daily_revenue) x)) r"
psql -q "$STARLING_DSN" -c "SET client_min_messages = warning; DROP SCHEMA tpch_reference CASCADE"
if "${starling[@]}" verify -q > /tmp/starling-tpch-bench.verify 2>&1; then
  echo "verify: every model equals a from-scratch rebuild"
else
  echo "verify FAILED:"; grep -v "^error:   only" /tmp/starling-tpch-bench.verify; exit 1
fi
