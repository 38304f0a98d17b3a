#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops the test suite's throw-away PostgreSQL cluster on 127.0.0.1.
#   pgcluster.sh start STATE   initdb into a temp dir, start on a free port, write STATE and STATE.url
#   pgcluster.sh stop STATE    stop the server by its pid and delete the temp dir
# Runs the server as the "postgres" user when started as root (initdb refuses root).
set -euo pipefail

cmd=${1:?start|stop}
state=${2:?state file}
case "$state" in /*) ;; *) state="$PWD/$state" ;; esac
# The server tools run as "postgres", which may not be allowed into the caller's folder.
cd /tmp

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  echo "pgcluster: PostgreSQL server binaries not found (Debian: apt-get install postgresql)" >&2
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  perl -MIO::Socket::INET -e \
    'my $s = IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1", LocalPort => 0, Proto => "tcp") or die "no port: $!"; print $s->sockport;'
}

case "$cmd" in
start)
  bindir=$(find_bindir)
  dir=$(mktemp -d /tmp/tribune-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -A trust -U tribune -E UTF8 --locale=C --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
      pid=$(head -n 1 "$dir/data/postmaster.pid")
      mkdir -p "$(dirname "$state")"
      printf 'dir=%s\npid=%s\nport=%s\n' "$dir" "$pid" "$port" >"$state"
      printf 'postgresql://tribune@127.0.0.1:%s/postgres\n' "$port" >"$state.url"
      echo "pgcluster: PostgreSQL (pid $pid) listening on 127.0.0.1:$port"
      exit 0
    fi
    echo "pgcluster: start on port $port failed (attempt $attempt)" >&2
  done
  cat "$dir/server.log" >&2 || true
  rm -rf "$dir"
  exit 1
  ;;
stop)
  [ -f "$state" ] || { echo "pgcluster: nothing to stop"; exit 0; }
  dir=$(sed -n 's/^dir=//p' "$state")
  pid=$(sed -n 's/^pid=//p' "$state")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -INT "$pid" # PostgreSQL's "fast" shutdown
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  case "$dir" in /tmp/tribune-pg.*) rm -rf "$dir" ;; esac
  rm -f "$state" "$state.url"
  echo "pgcluster: stopped pid $pid"
  ;;
*)
  echo "usage: $0 start|stop STATE" >&2
  exit 2
  ;;
esac
