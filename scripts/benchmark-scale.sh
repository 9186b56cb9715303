#!/usr/bin/env bash
# Scale benchmark (not a test): generates a synthetic extract of N projects (default 1,000,000, seed 42) over ten
# fiscal years (FY2005-FY2014), runs the nightly job on it with a 512 MB heap (every rule, the metrics JSON of every
# fiscal year of the extract with the estimates and their bootstrap intervals), then, back to back, the DuckDB speed
# reference for the latest fiscal year and for the whole range of years on the same files, and prints the wall and
# CPU times, both ratios (nightly / DuckDB for one year and for the range) and our peak resident set (GNU time).
#   scripts/benchmark-scale.sh [PROJECTS] [WORK_DIR]
# Environment:
#   FISCAL_YEARS       the extract's program years, FIRST-LAST (default 2005-2014)
#   MEP_JAR            the jar whose nightly is measured (default target/mep-impact.jar; e.g. an older build)
#   BENCH_GC           the nightly's collector options (default "-XX:+UseParallelGC -XX:GCTimeRatio=12", the
#                      launcher's for job commands; -XX:+UseG1GC for the JVM's own choice on this machine)
#   DUCKDB_REFERENCE   the reference script (default ../shared/bench/duckdb-reference.sh; skipped when absent)
#   MEP_BENCH_POSTGRES_URL, MEP_BENCH_POSTGRES_USER, MEP_BENCH_POSTGRES_PASSWORD
#                      when the URL is set, the same nightly run once more with PostgreSQL as the database
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
projects="${1:-1000000}"
years="${FISCAL_YEARS:-2005-2014}"
work="${2:-$(mktemp -d)}"
reference="${DUCKDB_REFERENCE:-$root/../shared/bench/duckdb-reference.sh}"
jar="${MEP_JAR:-$root/target/mep-impact.jar}"
gc="${BENCH_GC:--XX:+UseParallelGC -XX:GCTimeRatio=12}"
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
mkdir -p "$work"
[ -d "$work/extract" ] || java -jar target/mep-impact.jar generate --output "$work/extract" --projects "$projects" \
    --seed 42 --fiscal-years "$years"
du -sh "$work/extract"
# nightly without reports: the metrics of every fiscal year (the repository's nightly also renders the Annual Report)
mkdir -p "$work/jobs"
printf 'job=nightly\ninput=extract\noutput=out\nfiscal-year=all\n' > "$work/jobs/nightly-metrics.properties"
first=$(tail -n +2 "$work/extract/center-financials.csv" | cut -d, -f1 | sort -n | head -1)
latest=$(tail -n +2 "$work/extract/center-financials.csv" | cut -d, -f1 | sort -n | tail -1)

# Runs nightly (fresh database and output folder) and prints its wall seconds, peak RSS in kB and user and system CPU
# seconds: "SECONDS KB USER SYS".
# shellcheck disable=SC2086 # $gc is a list of options
nightly() {
    local name=$1; shift
    rm -rf "$work/out-$name" "$work/db-$name"*
    local log="$work/nightly-$name.log"
    (cd "$work" && /usr/bin/time -f 'bench-time %e %M %U %S' java -Xmx512m $gc -Djava.io.tmpdir="$work" \
        -jar "$jar" run "$work/jobs/nightly-metrics.properties" --input "$work/extract" \
        --output "$work/out-$name" "$@") > "$log" 2>&1 || { tail -20 "$log" >&2; echo "nightly failed: see $log" >&2; exit 1; }
    grep -E 'nightly (COMPLETED|FAILED)' "$log" | cut -c1-200 >&2
    grep 'bench-time' "$log" | awk '{print $2, $3, $4, $5}'
}

# Runs the DuckDB reference for FISCAL_YEAR or FIRST-LAST and prints "WALL OWN_WALL CPU": its wall seconds including
# its build (Maven resolving the driver, javac), the wall seconds it prints itself (load and queries), its CPU seconds.
reference_run() {
    local log="$work/duckdb-$1.log"
    /usr/bin/time -f 'bench-time %e %U %S' bash "$reference" "$work/extract-reference" "$1" > "$log" 2>&1 \
        || { tail -20 "$log" >&2; exit 1; }
    awk '/^wall / { own = $2 } /^bench-time / { wall = $2; cpu = $3 + $4 } END { printf "%s %s %.1f\n", wall, own, cpu }' "$log"
}

echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r ours rss user sys < <(nightly h2 --spring.datasource.url="jdbc:h2:file:$work/db-h2") || true
[ -n "${rss:-}" ] || { echo "the nightly run failed" >&2; exit 1; }
echo "nightly (H2, -Xmx512m $gc): ${ours} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') s CPU" \
    "(user ${user} s, sys ${sys} s), peak RSS $((rss / 1024)) MiB ($((rss * 1024 / 1000000)) MB), $(ls "$work"/out-h2/metrics-FY*.json | wc -l) metrics files"
if [ -n "${MEP_BENCH_POSTGRES_URL:-}" ]; then
    read -r pg pgrss _ _ < <(nightly pg --spring.datasource.url="$MEP_BENCH_POSTGRES_URL" \
        --spring.datasource.username="${MEP_BENCH_POSTGRES_USER:-}" \
        --spring.datasource.password="${MEP_BENCH_POSTGRES_PASSWORD:-}")
    echo "nightly (PostgreSQL, -Xmx512m $gc): ${pg} s wall, peak RSS $((pgrss / 1024)) MiB ($((pgrss * 1024 / 1000000)) MB);" \
        "PostgreSQL/H2 = $(awk -v a="$pg" -v b="$ours" 'BEGIN { printf "%.2f", a / b }')"
fi
if [ -x "$reference" ] || [ -f "$reference" ]; then
    # The reference reads JSON Lines with DuckDB's type inference, which stops at the non-numeric value our generator
    # plants in a JSONL client file ("employees": "about 40"; we reject that one record). It therefore gets the same
    # extract without its JSON files (2 of 1,946 files, about 0.2% of the records), as symbolic links.
    rm -rf "$work/extract-reference"
    (cd "$work/extract" && find . -type d -exec mkdir -p "$work/extract-reference/{}" \; \
        && find . -type f ! -name '*.jsonl' ! -name '*.json' -exec ln -s "$work/extract/{}" "$work/extract-reference/{}" \;)
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
    read -r duck1 own1 cpu1 < <(reference_run "$latest")
    echo "DuckDB reference (FY$latest): ${duck1} s wall including its build, ${cpu1} s CPU; its own wall: ${own1} s"
    read -r duckn ownn cpun < <(reference_run "$first-$latest")
    echo "DuckDB reference (FY$first-FY$latest): ${duckn} s wall including its build, ${cpun} s CPU; its own wall: ${ownn} s"
    echo "ratio nightly / DuckDB, one year (FY$latest): $(ratio "$ours" "$duck1")" \
        "(against its own wall: $(ratio "$ours" "$own1"))"
    echo "ratio nightly / DuckDB, FY$first-FY$latest: $(ratio "$ours" "$duckn")" \
        "(against its own wall: $(ratio "$ours" "$ownn"))"
else
    echo "DuckDB reference not found at $reference (set DUCKDB_REFERENCE): no ratio"
fi
echo "work folder: $work"
