# Shared by the report benchmarks (benchmark-runs.sh, benchmark-districts.sh), sourced after they set ROOT, NAME
# (the script's name, for messages) and WORK (a folder given by the user, or empty): checks what they need and
# provides what they share. Not a command of its own.

# The command measured: MEP_CMD when set, else README's launcher, which must have been built.
if [[ -z "${MEP_CMD:-}" && ! -f "$ROOT/target/app/mep-impact.jar" ]]; then
    echo "$NAME: no $ROOT/target/app/mep-impact.jar: build first (./mvnw -B -q package -DskipTests)" >&2
    exit 2
fi
MEP_CMD=${MEP_CMD:-"$ROOT/mep-impact"}

if [[ ! -x /usr/bin/time ]]; then
    echo "$NAME: GNU time (/usr/bin/time) is needed (Debian: apt-get install time)" >&2
    exit 2
fi

# The work folder: the one given, else a temporary one removed at the end.
if [[ -z "$WORK" ]]; then
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"

# The median of the numbers on standard input, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A fresh run folder RUN holding copies of sample-data/, jobs/ and report-templates/ (an empty job repository and
# output folder for every run).
fresh_run_folder() {
    rm -rf "$1" && mkdir -p "$1"
    cp -r "$ROOT/sample-data" "$ROOT/jobs" "$ROOT/report-templates" "$1/"
}
