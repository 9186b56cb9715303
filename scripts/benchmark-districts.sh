#!/usr/bin/env bash
# The districts' share of `run impact-report` (issue 17: at most +10%): runs the job on two copies of sample-data/,
# one with its ZIP-to-district crosswalk and one without it (no district figures or outputs), alternately, ROUNDS
# times each, each run in a fresh folder, and prints every run's wall and CPU seconds, then the medians and the
# increase the districts make (with / without - 1). A benchmark, not a test: the figures depend on the machine and on
# what else runs on it; alternating the two keeps a drift of the machine's speed out of the comparison.
#
#   scripts/benchmark-districts.sh [ROUNDS] [WORK_DIR]   ROUNDS pairs (default 8), in WORK_DIR (default a temporary
#                                                        folder, removed at the end)
#   MEP_CMD="..." scripts/benchmark-districts.sh         another command (default README's launcher, ./mep-impact;
#                                                        build first: ./mvnw -B -q package -DskipTests)
# Needs GNU time (/usr/bin/time).
set -euo pipefail

ROUNDS=${1:-8}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${2:-}
CROSSWALK=reference/zip-congressional-districts.csv
NAME=benchmark-districts
# shellcheck source=scripts/benchmark-common.sh
source "$ROOT/scripts/benchmark-common.sh"
if [[ ! -f "$ROOT/sample-data/$CROSSWALK" ]]; then
    echo "$NAME: sample-data/ has no $CROSSWALK, so there are no districts to measure" >&2
    exit 2
fi
: > "$WORK/times"

echo "command: $MEP_CMD; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$ROUNDS"); do
    for variant in with without; do
        run="$WORK/$variant-$i"
        fresh_run_folder "$run"
        [[ $variant == without ]] && rm "$run/sample-data/$CROSSWALK"
        # shellcheck disable=SC2086 # MEP_CMD is a command line
        if ! (cd "$run" && /usr/bin/time -f '%e %U %S' -o "$run/time.txt" $MEP_CMD run impact-report \
                > "$run/console.txt" 2>&1); then
            echo "run $i ($variant the crosswalk) failed: see $run/console.txt" >&2
            tail -3 "$run/console.txt" >&2
            exit 1
        fi
        read -r wall user sys < "$run/time.txt"
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        echo "$variant $wall $cpu" >> "$WORK/times"
        printf 'round %d, %-7s the crosswalk: %6.2f s wall, %6.2f s CPU\n' "$i" "$variant" "$wall" "$cpu"
        rm -rf "$run"
    done
done
with_wall=$(awk '$1 == "with" { print $2 }' "$WORK/times" | median)
without_wall=$(awk '$1 == "without" { print $2 }' "$WORK/times" | median)
with_cpu=$(awk '$1 == "with" { print $3 }' "$WORK/times" | median)
without_cpu=$(awk '$1 == "without" { print $3 }' "$WORK/times" | median)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $ROUNDS: with the districts $with_wall s wall, $with_cpu s CPU; without $without_wall s wall, $without_cpu s CPU"
awk -v a="$with_wall" -v b="$without_wall" -v c="$with_cpu" -v d="$without_cpu" \
    'BEGIN { printf "the districts add %+.1f%% wall, %+.1f%% CPU (target: at most +10%%)\n", (a / b - 1) * 100, (c / d - 1) * 100 }'
# Each round's own increase (its run with the crosswalk against its run without, seconds apart): a machine whose
# speed drifts between minutes moves both runs of a round alike, so the median of the rounds' increases is steadier
# than the increase between the two medians above.
round_wall=$(awk '$1 == "with" { w = $2 } $1 == "without" { printf "%.4f\n", (w / $2 - 1) * 100 }' "$WORK/times" | median)
round_cpu=$(awk '$1 == "with" { c = $3 } $1 == "without" { printf "%.4f\n", (c / $3 - 1) * 100 }' "$WORK/times" | median)
awk -v w="$round_wall" -v c="$round_cpu" -v n="$ROUNDS" \
    'BEGIN { printf "round by round: the median of the %d rounds'"'"' increases is %+.1f%% wall, %+.1f%% CPU\n", n, w, c }'
