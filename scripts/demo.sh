#!/usr/bin/env bash
# The Airbeds demo end to end: installs what it needs, builds starling, starts the project's own
# PostgreSQL, then validates, plans and migrates the demo warehouse. Leaves PostgreSQL running
# (stop it with scripts/pg.sh stop).
source "$(dirname "$0")/lib.sh"
ensure_packages
dir="$("$ROOT/scripts/build.sh")"
"$ROOT/scripts/pg.sh" start
export STARLING_DSN="$("$ROOT/scripts/pg.sh" dsn airbeds)"
starling() { "$dir/starling" --project "$ROOT" "$@"; }
set -x
starling validate
starling plan
starling migrate
starling plan
