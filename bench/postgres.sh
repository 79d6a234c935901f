# Shared by bench/stores and bench/load (sourced): a throwaway PostgreSQL cluster of Debian's
# postgresql package, on a free port of 127.0.0.1, in a temporary folder of its own that pg_stop
# removes, and a few helpers.
# initdb refuses to run as root: as root, the cluster runs as the postgres user the package made.

pg_bin=""
pg_dir=""
pg_port=""
pg_keep=0

free_port() { # FIRST -> the first port from FIRST that nothing listens on
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() { # [DIR]: a cluster in DIR, made there the first time and kept (pg_keep=1); else a temporary one
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$pg_bin" ]; then
    echo "bench: PostgreSQL is not installed: apt-get install -y postgresql" >&2
    exit 1
  fi
  if [ -n "${1:-}" ]; then
    pg_dir="$1" pg_keep=1
    mkdir -p "$pg_dir"
  else
    pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/kith-pg.XXXXXX")"
  fi
  [ "$(id -u)" != 0 ] || chown postgres "$pg_dir"
  pg_port=$(free_port 55500)
  if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
    as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust >"$pg_dir/initdb.log" 2>&1
  fi
  # max_connections: two servers' pools and the CLI; everything else as Debian ships it.
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
}

pg_stop() {
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  fi
  [ -z "$pg_dir" ] || [ "$pg_keep" = 1 ] || rm -rf "$pg_dir"
}

pg_createdb() { # NAME
  "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$1"
}

pg_url() { # NAME
  echo "jdbc:postgresql://127.0.0.1:$pg_port/$1"
}

pg_version() {
  "$pg_bin/postgres" --version | sed 's/^postgres (PostgreSQL) /PostgreSQL /'
}

wait_for() { # URL PID LOG: until the URL answers, or the process stopped, or 180 s passed
  local start=$SECONDS
  until curl -fsS "$1" >/dev/null 2>&1; do
    if ! kill -0 "$2" 2>/dev/null; then
      tail -30 "$3" >&2
      echo "bench: the server stopped before answering $1" >&2
      exit 1
    fi
    if [ $((SECONDS - start)) -gt 180 ]; then
      echo "bench: the server did not answer $1 within 180 s" >&2
      exit 1
    fi
    sleep 0.2
  done
}
