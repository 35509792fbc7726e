#!/usr/bin/env bash
# Request-level figure for station rotations: building a rotation's groups for a 35-student course through the
# API (POST /api/v1/courses/current/rotations/{id}/groupings), database reads included. Starts its own Cairn on a
# free loopback port with its own H2 database (second argument postgres: an embedded PostgreSQL), launches a
# teacher and 35 students for real, seeds mastery, then sends a bounded number of sequential requests (default
# 200 per method, at most 1000) after a warm-up, and prints p50/p95/p99/max per method. Nothing leaves 127.0.0.1.
# Usage: mvn -B -q package -DskipTests && perf/rotations-grouping.sh [requests] [h2|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-200}"
database="${2:-h2}"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/perf-classpath.txt -Dmdep.includeScope=test
jar=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar)
java -cp "target/test-classes:target/classes:$(cat target/perf-classpath.txt)" \
  -Dpayara.micro.jar="$jar" -Dcairn.war="$PWD/target/cairn.war" -Dcairn.preboot="$PWD/src/main/payara/preboot.asadmin" \
  -Dcairn.it.workdir="$PWD/target/perf" -Dcairn.it.database="$database" \
  org.cairn.rotations.GroupingLoad "$requests"
