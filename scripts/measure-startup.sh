#!/usr/bin/env bash
# Measures what docs/performance.md reports for start-up: seconds from launching Payara Micro with the built
# WAR until /health/ready answers 200, and the process's resident memory then. Loopback only, bounded wait.
# Usage: mvn -B -q package -DskipTests && scripts/measure-startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8099}"
jar=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
root=$PWD
cd "$work"
java -Xmx256m -XX:+UseSerialGC -jar "$jar" --deploy "$root/target/cairn.war" --contextroot / --port "$port" \
  --interfaces 127.0.0.1 --nohazelcast --rootDir "$work/root" \
  --prebootcommandfile "$root/src/main/payara/preboot.asadmin" >"$work/server.log" 2>&1 &
pid=$!
start=$(date +%s.%N)
for _ in $(seq 1 600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; then
    ready=$(date +%s.%N)
    printf 'ready_seconds=%.1f\n' "$(echo "$ready - $start" | bc)"
    printf 'rss_mb=%d\n' "$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))"
    exit 0
  fi
  sleep 0.2
done
echo "not ready within 120 s; log: $work/server.log" >&2
exit 1
