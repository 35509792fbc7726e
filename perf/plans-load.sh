#!/usr/bin/env bash
# Learning plans request figures (see perf/PlansLoad.java). Usage: perf/plans-load.sh [requests per figure, default 300]
# Starts its own Cairn (Payara Micro, H2 under target/perf) on a free loopback port and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/perf-classpath.txt
payara=$(tr ':' '\n' < target/perf-classpath.txt | grep '/payara-micro-[^/]*\.jar$' | head -1)
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/perf-classpath.txt)" \
  -Dpayara.micro.jar="$payara" -Dcairn.war="$PWD/target/cairn.war" -Dcairn.it.workdir="$PWD/target/perf" \
  -Dcairn.preboot="$PWD/src/main/payara/preboot.asadmin" -Dcairn.it.database=h2 \
  perf/PlansLoad.java "${1:-300}"
