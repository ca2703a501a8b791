#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 from Debian's packages on 127.0.0.1 for tests and
# development, installing it first if missing (needs root for apt-get), and prints its URL.
#   eval "$(bash scripts/pg-local.sh)"   → exports DATABASE_URL
#   bash scripts/pg-local.sh stop
set -euo pipefail
PORT="${PG_PORT:-54329}"
DIR="${PG_DIR:-/tmp/sbt-portal-pg-$PORT}"
BIN=""
for v in 15 16 17; do [ -x "/usr/lib/postgresql/$v/bin/pg_ctl" ] && BIN="/usr/lib/postgresql/$v/bin" && break; done

if [ "${1:-}" = "stop" ]; then
  [ -n "$BIN" ] && [ -d "$DIR" ] && runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2 || true
  exit 0
fi

if [ -z "$BIN" ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "PostgreSQL 15 is not installed. Install it with: sudo apt-get install -y postgresql-15" >&2
    exit 1
  fi
  echo "Installing PostgreSQL 15 from Debian's packages…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql-15 >&2
  BIN=/usr/lib/postgresql/15/bin
fi

# initdb refuses to run as root: run the server as the postgres system user.
as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR"
  [ "$(id -u)" = "0" ] && chown postgres:postgres "$DIR"
  as_pg "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$DIR/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
max_connections = 300
shared_buffers = 512MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
fi
if ! as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w start >/dev/null
fi
echo "export DATABASE_URL=postgresql://postgres@127.0.0.1:$PORT/postgres"
