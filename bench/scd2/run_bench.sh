#!/usr/bin/env bash
# The versions-dimension benchmark (issue 20; bench/scd2/README.md): generates a CRM's current-state
# customers table (bench/scd2/gen.sql, once per size: the database scd2_bench_N is kept), then times
#   1. the full build: `starling run` on an empty target (one version per member);
#   2. one hour of changes (crm.change_hour: CHANGES customers change segment, plan or e-mail), then
#      `starling run`, and the same changes applied by bench/scd2/handwritten.sql to a copy of the
#      dimension made before the hour: the hand-written UPDATE + INSERT a cron job would run;
#   3. a run with nothing new;
# then compares the two tables' versions (every column but the surrogate key) and runs verify.
# Usage: bench/scd2/run_bench.sh [MEMBERS] [CHANGES]   (default 1000000 10000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
members="${1:-1000000}"
changes="${2:-10000}"
bin="$("$root/scripts/build.sh" --release)"
"$root/scripts/pg.sh" start >/dev/null 2>&1
db="scd2_bench_${members}"
admin="$("$root/scripts/pg.sh" dsn postgres)"
export STARLING_DSN="$("$root/scripts/pg.sh" dsn "$db")"
starling=("$bin/starling" --project "$here")
timed_out=/tmp/starling-scd2-bench.out timed_width=44
. "$root/bench/timed.sh"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
if ! psql -qtA "$admin" -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  psql -q "$admin" -c "CREATE DATABASE $db"
fi
# the same sources every time: generated again (the hour changes them)
timed "generate ($members members)" psql -q "$STARLING_DSN" -v members="$members" -f "$here/gen.sql"
psql -q "$STARLING_DSN" -c "SET client_min_messages = warning;
  DROP SCHEMA IF EXISTS warehouse, handwritten, starling CASCADE"
psql -q "$STARLING_DSN" -c "VACUUM ANALYZE"
timed "full build (starling run)" "${starling[@]}" run -q
full="$last_secs"
# the hand-written job starts from the same table (its own identity past the copied keys)
psql -q "$STARLING_DSN" -c "CREATE SCHEMA handwritten;
  CREATE TABLE handwritten.dim_customer (LIKE warehouse.dim_customer INCLUDING ALL);
  INSERT INTO handwritten.dim_customer OVERRIDING SYSTEM VALUE SELECT * FROM warehouse.dim_customer;
  SELECT setval(pg_get_serial_sequence('handwritten.dim_customer', 'customer_sk'),
                (SELECT max(customer_sk) FROM handwritten.dim_customer));
  CREATE INDEX ON handwritten.dim_customer (customer_id) WHERE is_current;
  ANALYZE handwritten.dim_customer" >/dev/null
hour_end="2026-01-01 02:00:00+00"
timed "one hour of changes ($changes customers)" psql -qtA "$STARLING_DSN" \
  -c "SELECT crm.change_hour($changes, '$hour_end')"
timed "hourly run (starling run)" "${starling[@]}" run -q
hourly="$last_secs"
timed "hand-written UPDATE + INSERT, same changes" psql -q "$STARLING_DSN" \
  -v since="'2026-01-01 01:00:00+00'" -f "$here/handwritten.sql"
floor="$last_secs"
timed "run with nothing new" "${starling[@]}" run -q
nothing="$last_secs"
awk -v f="$full" -v h="$hourly" -v fl="$floor" -v n="$nothing" 'BEGIN {
  printf "hourly run / hand-written: %.2fx (goal: within 1.5x); hourly run: %.1f %% of the full build; nothing new: %.2f s\n",
         h / fl, 100 * h / f, n }'
psql -qtA "$STARLING_DSN" -c "
  SELECT 'versions: ' || (SELECT count(*) FROM warehouse.dim_customer) || ' in starling''s table, ' ||
         (SELECT count(*) FROM handwritten.dim_customer) || ' in the hand-written one; ' ||
         (SELECT count(*) FROM (SELECT customer_id, segment, plan, email, signup_date, valid_from, valid_to, is_current FROM warehouse.dim_customer
                                EXCEPT ALL SELECT customer_id, segment, plan, email, signup_date, valid_from, valid_to, is_current FROM handwritten.dim_customer) x) ||
         ' only in starling''s, ' ||
         (SELECT count(*) FROM (SELECT customer_id, segment, plan, email, signup_date, valid_from, valid_to, is_current FROM handwritten.dim_customer
                                EXCEPT ALL SELECT customer_id, segment, plan, email, signup_date, valid_from, valid_to, is_current FROM warehouse.dim_customer) x) ||
         ' only in the hand-written one'"
if "${starling[@]}" verify -q > /tmp/starling-scd2-bench.verify 2>&1; then
  echo "verify: every model equals a from-scratch rebuild"
else
  echo "verify FAILED:"; head -20 /tmp/starling-scd2-bench.verify; exit 1
fi
