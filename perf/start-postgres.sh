#!/usr/bin/env bash
# A throwaway PostgreSQL on 127.0.0.1 for the load scripts (Debian's postgresql binaries; run as the postgres
# user because PostgreSQL refuses root). Prints the variables perf/start-cairn.sh reads and the stop command.
# Usage: eval "$(perf/start-postgres.sh [port])"
set -euo pipefail
port="${1:-55432}"
bin=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
dir=$(mktemp -d /tmp/cairn-pg.XXXXXX)
chown postgres "$dir" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$bin/initdb" -D "$dir/data" -U cairn --auth=trust -E UTF8 >/dev/null
as_pg "$bin/pg_ctl" -D "$dir/data" -o "-p $port -c listen_addresses=127.0.0.1 -k $dir" -l "$dir/log" -w start >/dev/null
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U cairn cairn
echo "export CAIRN_DB_URL=jdbc:postgresql://127.0.0.1:$port/cairn CAIRN_DB_USER=cairn CAIRN_DB_PASSWORD=cairn"
echo "# stop: runuser -u postgres -- $bin/pg_ctl -D $dir/data stop"
