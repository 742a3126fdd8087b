#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the store tests and prints its JDBC URL.
# Usage: .ci/postgres.sh start|stop   (data under ${PGTEST_DIR:-/tmp/posestate-pg}, port ${PGTEST_PORT:-55432})
set -euo pipefail
dir=${PGTEST_DIR:-/tmp/posestate-pg}
port=${PGTEST_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "postgres.sh: no PostgreSQL server installed (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres: "$dir"
      as_pg "$bin/initdb" -D "$dir" -U posestate --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    fi
    "$bin/psql" -h 127.0.0.1 -p "$port" -U posestate -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='posestate_test'" | grep -q 1 \
      || "$bin/psql" -h 127.0.0.1 -p "$port" -U posestate -d postgres -qc "CREATE DATABASE posestate_test"
    echo "jdbc:postgresql://127.0.0.1:$port/posestate_test?user=posestate"
    ;;
  stop) as_pg "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
