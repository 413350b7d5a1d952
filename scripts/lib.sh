# Shared by the scripts: paths and package installation. Source it; do not run it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

# Packages starling needs to build, test and run on Debian 12.
STARLING_PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libpqxx-dev libpq-dev libyaml-cpp-dev libfmt-dev libhowardhinnant-date-dev tzdata
  libgtest-dev libgmock-dev libcli11-dev nlohmann-json3-dev
  postgresql-15 postgresql-client-15
)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs whatever of STARLING_PACKAGES is missing (nothing to do when all are there).
ensure_packages() {
  local missing=()
  for p in "${STARLING_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}" >&2
    as_root apt-get update -q >/dev/null
    # the postgresql package would start a system cluster on 5432; the project runs its own
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
}
