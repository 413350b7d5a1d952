#!/usr/bin/env bash
# The whole test suite: installs what it needs, builds with warnings as errors and with
# AddressSanitizer + UndefinedBehaviorSanitizer, starts the project's PostgreSQL, runs every
# test (unit, golden, broken projects, integration), and stops the PostgreSQL it started.
source "$(dirname "$0")/lib.sh"
# the health page's browser test: headless Chromium and pdftotext
STARLING_PACKAGES+=(chromium poppler-utils)
ensure_packages
was_running=0
"$ROOT/scripts/pg.sh" status >/dev/null 2>&1 && was_running=1
"$ROOT/scripts/pg.sh" start
if [ "$was_running" = 0 ]; then trap '"$ROOT/scripts/pg.sh" stop' EXIT; fi
export STARLING_TEST_DSN="$("$ROOT/scripts/pg.sh" dsn postgres)"

# a build with warnings as errors (the one the demo and benchmarks use)...
"$ROOT/scripts/build.sh" --werror >/dev/null
# ...and the sanitized build the tests run on
dir="$("$ROOT/scripts/build.sh" --sanitize --werror)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$dir"
ctest --output-on-failure -j2 "$@"
