#!/usr/bin/env bash
# Scale benchmark (not a test): generate a synthetic extract of N projects (default 1,000,000) and run the
# validate job on it with a 512 MB heap, printing wall time and peak memory (GNU time's maximum resident set).
#   scripts/benchmark-scale.sh [PROJECTS] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
projects="${1:-1000000}"
work="${2:-$(mktemp -d)}"
[ -f target/mep-impact.jar ] || ./mvnw -B -q package -DskipTests
mkdir -p "$work"
java -jar target/mep-impact.jar generate --output "$work/extract" --projects "$projects" --seed 42
du -sh "$work/extract"
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -v); fi
(cd "$work" && "${timer[@]}" java -Xmx512m -Djava.io.tmpdir="$work" -jar "$OLDPWD/target/mep-impact.jar" run \
    "$OLDPWD/jobs/validate.properties" --input "$work/extract" --output "$work/out" \
    --spring.datasource.url="jdbc:h2:file:$work/db") 2>&1 | grep -vE '^  [A-Za-z ]+ (meis|survey|success)/' \
    | grep -E 'COMPLETED|FAILED|records read|Elapsed|Maximum resident'
echo "work folder: $work"
