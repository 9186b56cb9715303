#!/usr/bin/env bash
# Benchmark of the web console's Runs page (not a test): N executions (default 10,000) written into an H2 file job
# repository through Spring Batch's JobRepository, then pages of the Runs page timed over loopback HTTP as a browser
# asks for them (first, middle and last page, filtered by status and by job), and the same page built through
# JobRepository alone for comparison. The issue's budget: the Runs page in at most 200 ms of server time. Prints, for
# each page, the round trip, the server time and the request thread's CPU time (median and slowest of 30).
#   scripts/console-benchmark.sh [EXECUTIONS [FOLDER]]   (FOLDER keeps the filled repository for the next run)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile -Dcheckstyle.skip
cp_file=$(mktemp)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -Xmx1g -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
    gov.nist.mep.impact.console.RunsPageBenchmark "${1:-10000}" ${2:+"$2"}
rm -f "$cp_file"
