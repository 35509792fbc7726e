#!/usr/bin/env bash
# Starts the built WAR (mvn -B -q package -DskipTests) in Payara Micro on loopback for the load scripts, in a fresh
# working folder (so the embedded H2 database is new), and waits until it is ready and the sandbox LMS has
# registered itself. Prints "pid=<pid> folder=<folder>"; stop it with: kill <pid>.
# Usage: perf/start-cairn.sh [port]    (PostgreSQL: export CAIRN_DB_URL, CAIRN_DB_USER, CAIRN_DB_PASSWORD first)
# JVM options: CAIRN_JVM_OPTIONS (default: -Xmx512m, as a small production node).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8206}"
jar=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar)
root=$PWD
# Another server on the port (another engineer's Cairn on a shared machine) would answer the readiness check below
# while this Payara fails to bind: refuse to start instead of timing the wrong server.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port already has a server on 127.0.0.1; choose a free port" >&2
  exit 1
fi
work=$(mktemp -d /tmp/cairn-perf.XXXXXX)
cd "$work"
# shellcheck disable=SC2086
CAIRN_MODE=development CAIRN_BASE_URL="http://localhost:$port" nohup java ${CAIRN_JVM_OPTIONS:--Xmx512m} -jar "$jar" --deploy "$root/target/cairn.war" \
  --contextroot / --port "$port" --interfaces 127.0.0.1 --nohazelcast --rootDir "$work/root" \
  --prebootcommandfile "$root/src/main/payara/preboot.asadmin" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do
  if ! kill -0 "$pid" 2>/dev/null; then echo "Payara exited; log: $work/server.log" >&2; exit 1; fi
  if curl -s "http://127.0.0.1:$port/sandbox/courses/grade6-math-writing/cairn" | grep -q 'sbx-tool-frame'; then
    echo "pid=$pid folder=$work"
    exit 0
  fi
  sleep 0.2
done
echo "not ready within 180 s; log: $work/server.log (pid $pid still running)" >&2
exit 1
