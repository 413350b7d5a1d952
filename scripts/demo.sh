#!/usr/bin/env bash
# The Airbeds demo end to end: installs what it needs, builds starling, starts the project's own
# PostgreSQL, generates three days of marketplace data, builds the warehouse, advances the data by
# an hour, runs again (the hourly cron run), verifies the result against a from-scratch rebuild,
# measures source freshness, prints the status and writes the HTML health page. Leaves PostgreSQL
# running (stop it with scripts/pg.sh stop).
source "$(dirname "$0")/lib.sh"
ensure_packages
dir="$("$ROOT/scripts/build.sh")"
"$ROOT/scripts/pg.sh" start
export STARLING_DSN="$("$ROOT/scripts/pg.sh" dsn airbeds)"
starling() { "$dir/starling" --project "$ROOT" "$@"; }
step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

step "validate the project"
starling validate
step "create the source tables (migrations/)"
starling migrate
step "generate three days of Airbeds data (seeded, deterministic)"
"$dir/airbeds-gen" --dsn "$STARLING_DSN" init --days 3 --scale 1
step "the first run builds every model and backfills the facts"
starling run
step "an hour passes: new users and bookings, late and deleted events"
"$dir/airbeds-gen" --dsn "$STARLING_DSN" advance --hours 1
step "the hourly run does only what is due"
starling run
step "incremental tables equal a from-scratch rebuild"
starling verify
step "how fresh is every source?"
starling freshness
step "status"
starling status
step "the health page"
page="$ROOT/health.html"
starling health --html "$page"
cat >&2 <<TXT

Health page: $page  (open it in a browser: file://$page)
Explore: psql "$STARLING_DSN"   e.g.  SELECT * FROM warehouse.v_daily_funnel ORDER BY date DESC LIMIT 7;
Stop PostgreSQL: scripts/pg.sh stop
TXT
