#!/usr/bin/env bash
# Times the single-run commands of README's "Scale and speed" table: `run annual-report`, `run impact-report` and
# `run center-report` on sample-data/, each N times in a fresh folder holding copies of sample-data/, jobs/ and
# report-templates/ (so every run starts with an empty job repository and output folder), and prints each run's wall,
# user and sys seconds and peak resident set (GNU time), then the medians per job, with the load average before and
# after. A benchmark, not a test: the figures depend on the machine and on what else runs on it.
#
#   scripts/benchmark-runs.sh [N] [WORK_DIR]          N runs of each job (default 3), in WORK_DIR (default a temporary
#                                                     folder, removed at the end)
#   JOBS="impact-report" scripts/benchmark-runs.sh 5  only the jobs named
#   MEP_CMD="java -jar /tmp/old.jar" scripts/...      another command (e.g. an older build, for a "before" figure)
#
# By default the command is README's launcher, ./mep-impact (the extracted jar with its class-data-sharing archive, C1
# only, the ahead-of-time context and the launcher's collector), as built by `./mvnw -B -q package -DskipTests`
# (build first). Needs GNU time (/usr/bin/time).
set -euo pipefail

N=${1:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${2:-}
JOBS=${JOBS:-"annual-report impact-report center-report"}
NAME=benchmark-runs
# shellcheck source=scripts/benchmark-common.sh
source "$ROOT/scripts/benchmark-common.sh"

echo "command: $MEP_CMD"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for job in $JOBS; do
    : > "$WORK/$job.times"
    for i in $(seq 1 "$N"); do
        run="$WORK/$job-$i"
        fresh_run_folder "$run"
        load=$(cut -d' ' -f1 /proc/loadavg)
        # shellcheck disable=SC2086 # MEP_CMD is a command line
        if ! (cd "$run" && /usr/bin/time -f '%e %U %S %M' -o "$run/time.txt" $MEP_CMD run "$job" > "$run/console.txt" 2>&1); then
            echo "$job run $i failed: see $run/console.txt" >&2
            tail -3 "$run/console.txt" >&2
            exit 1
        fi
        read -r wall user sys rss < "$run/time.txt"
        echo "$wall $user $sys $rss" >> "$WORK/$job.times"
        printf '%-14s run %d: %6.1f s wall, %6.1f s user, %5.1f s sys, %5d MB RSS (load average %s)\n' \
            "$job" "$i" "$wall" "$user" "$sys" $((rss / 1024)) "$load"
        rm -rf "$run/sample-data"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $N run(s):"
for job in $JOBS; do
    f="$WORK/$job.times"
    wall=$(cut -d' ' -f1 "$f" | median)
    user=$(cut -d' ' -f2 "$f" | median)
    sys=$(cut -d' ' -f3 "$f" | median)
    rss=$(cut -d' ' -f4 "$f" | median)
    cpu=$(awk '{ print $2 + $3 }' "$f" | median)
    printf '%-14s %6.1f s wall, %6.1f s CPU (%5.1f user, %5.1f sys), %5.0f MB RSS\n' \
        "$job" "$wall" "$cpu" "$user" "$sys" "$(awk -v r="$rss" 'BEGIN { print r / 1024 }')"
done
