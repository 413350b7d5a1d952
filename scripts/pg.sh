#!/usr/bin/env bash
# A PostgreSQL 15 cluster of the project's own: scripts/pg.sh start|stop|status|dsn [DATABASE]
# Data in .pgdata/ (or a folder under /tmp when the postgres user cannot reach the project), owned
# by the postgres user, on 127.0.0.1:$STARLING_PG_PORT (54329) and a Unix socket in that folder.
# Idempotent: start on a running cluster and stop on a stopped one do nothing.
source "$(dirname "$0")/lib.sh"
PORT="${STARLING_PG_PORT:-54329}"
BIN=/usr/lib/postgresql/15/bin
cmd="${1:-status}"

data_dir() {
  if [ -n "${STARLING_PGDATA:-}" ]; then echo "$STARLING_PGDATA"; return; fi
  if [ "$(id -u)" != 0 ] || runuser -u postgres -- test -x "$ROOT" 2>/dev/null; then
    echo "$ROOT/.pgdata"
  else
    echo "/tmp/starling-pgdata-$(echo -n "$ROOT" | sha256sum | cut -c1-12)"
  fi
}
DATA="$(data_dir)"

pg() {  # runs a server binary as the cluster's owner
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [ -f "$DATA/postmaster.pid" ] && pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

case "$cmd" in
  start)
    ensure_packages
    if ! [ -f "$DATA/PG_VERSION" ]; then
      mkdir -p "$DATA"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$DATA"
      chmod 700 "$DATA"
      pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! running; then
      pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
        -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >/dev/null
    fi
    for db in airbeds ${2:-}; do
      "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 ||
        "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qc "CREATE DATABASE \"$db\"" 
    done
    echo "PostgreSQL running on 127.0.0.1:$PORT (data: $DATA)" >&2
    ;;
  stop)
    if running; then pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
    echo "PostgreSQL stopped (data: $DATA)" >&2
    ;;
  status)
    if running; then echo "running on 127.0.0.1:$PORT (data: $DATA)"; else echo "stopped (data: $DATA)"; exit 1; fi
    ;;
  dsn)
    echo "postgresql://postgres@127.0.0.1:$PORT/${2:-airbeds}"
    ;;
  *)
    echo "usage: scripts/pg.sh start|stop|status|dsn [DATABASE]" >&2; exit 2 ;;
esac
