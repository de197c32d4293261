#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for CI and the benchmarks (source this file):
# start_postgres sets NEWSTRACE_TEST_POSTGRES_URL (a database newstrace_test on a free
# port) and stops the server when the calling shell exits.

# Run a command as the postgres user when we are root (initdb refuses root).
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "installing postgresql (apt)" >&2
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
  local bin port
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/newstrace-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  # A free port, so a server already running on 5432 (or a second CI job) is left alone.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_pg "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  # fsync off: the data is thrown away after the run; durability is not under test here.
  as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  PG_BIN=$bin
  trap stop_postgres EXIT
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres newstrace_test
  export NEWSTRACE_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/newstrace_test"
  echo "PostgreSQL for the store tests: $NEWSTRACE_TEST_POSTGRES_URL" >&2
}

stop_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

