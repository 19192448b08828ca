#!/usr/bin/env bash
# Starts a throw-away PostgreSQL (Debian's) on 127.0.0.1 for tests and development and prints
# its admin URL. Installs the server when it is missing (root only).
# Usage: eval "$(bash scripts/start-postgres.sh)"   -> exports CURVEWISE_TEST_POSTGRES_URL
set -euo pipefail
port="${CURVEWISE_PG_PORT:-54329}"
dir="${CURVEWISE_PG_DIR:-/tmp/curvewise-pg-$port}"

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing postgresql (apt)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  else
    echo "PostgreSQL is not installed: sudo apt-get install postgresql" >&2
    exit 1
  fi
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_postgres "$bin/initdb" --auth=trust --username=postgres -D "$dir" >/dev/null
fi
if ! as_postgres "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  as_postgres "$bin/pg_ctl" -w -D "$dir" -l "$dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >&2
fi
echo "export CURVEWISE_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$port/postgres"
