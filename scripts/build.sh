#!/usr/bin/env bash
# Builds starling. Usage: scripts/build.sh [--sanitize] [--werror] [--release]
# Prints the build directory's path on its last line.
source "$(dirname "$0")/lib.sh"
ensure_packages
dir="$ROOT/build"
args=(-G Ninja)
for a in "$@"; do
  case "$a" in
    --sanitize) dir="$ROOT/build-asan"; args+=(-DSTARLING_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug) ;;
    --werror) args+=(-DSTARLING_WERROR=ON) ;;
    --release) dir="$ROOT/build-release"; args+=(-DCMAKE_BUILD_TYPE=Release) ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
cmake -S "$ROOT" -B "$dir" "${args[@]}" >/dev/null
cmake --build "$dir" -- -j"$(nproc)" >&2
echo "$dir"
