#!/bin/bash
# Whole-process onboarding at scale: `salesops onboard import` of N hires into an empty store,
# then `onboard status` and `onboard status --by manager` over them, each beside its ceiling:
# the same rows inserted with raw SQLite (Python's sqlite3, one transaction, no checks) and
# a raw scan of the store's events. Alternating, RUNS times; prints medians and ratios.
#
#   bench/onboarding-process.sh                 # 100,000 hires, 3 runs
#   N=20000 RUNS=5 bench/onboarding-process.sh
#   SALESOPS=.build-release/release/salesops bench/onboarding-process.sh
#   BASELINE=/tmp/old/salesops bench/onboarding-process.sh   # also time another build's status, in the same rounds
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
RUNS=${RUNS:-3}
SALESOPS=${SALESOPS:-.build/release/salesops}
BASELINE=${BASELINE:-}
[ -x "$SALESOPS" ] || swift build -c release --product salesops
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$N" "$work/hires.csv" <<'PY'
import sys, datetime
n, path = int(sys.argv[1]), sys.argv[2]
start = datetime.date(2026, 1, 5)
with open(path, "w") as f:
    f.write("person,email,track,start,manager,timezone\n")
    for i in range(n):
        day = start + datetime.timedelta(days=(i % 60))
        f.write(f"hire{i:06d},hire{i:06d}@example.com,sdr-30-60-90,{day},manager{i % 100:02d},\n")
PY
cat > "$work/peer.py" <<'PY'
# The ceiling for import: the same rows into SQLite with no parsing checks, no schedule, no plan.
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE TABLE people(id TEXT PRIMARY KEY, email TEXT, manager TEXT, timezone TEXT)")
db.execute("CREATE TABLE enrolments(person TEXT, track TEXT, start TEXT, PRIMARY KEY(person, track))")
db.execute("CREATE TABLE events(sequence INTEGER PRIMARY KEY, person TEXT, track TEXT, kind TEXT, date TEXT, key TEXT UNIQUE)")
with db:
    for row in csv.DictReader(open(sys.argv[1])):
        db.execute("INSERT INTO people VALUES (?,?,?,?)", (row["person"], row["email"], row["manager"], row["timezone"]))
        db.execute("INSERT INTO enrolments VALUES (?,?,?)", (row["person"], row["track"], row["start"]))
        db.execute("INSERT INTO events(person, track, kind, date, key) VALUES (?,?,?,?,?)",
                   (row["person"], row["track"], "enrolled", row["start"], row["person"] + "/" + row["track"]))
PY
export SALESOPS_CATALOG=$PWD/catalog
timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null; cat "$work/time"; }
declare -A times
for run in $(seq "$RUNS"); do
    rm -f "$work/salesops.db" "$work/peer.db"
    times[import]+="$(cd "$work" && timed "$OLDPWD/$SALESOPS" onboard import hires.csv --today 2026-01-01 | cut -d' ' -f1) "
    times[peer]+="$(timed python3 "$work/peer.py" "$work/hires.csv" "$work/peer.db" | cut -d' ' -f1) "
    times[status]+="$(cd "$work" && timed "$OLDPWD/$SALESOPS" onboard status --today 2026-03-16 | cut -d' ' -f1) "
    times[rollup]+="$(cd "$work" && timed "$OLDPWD/$SALESOPS" onboard status --by manager --today 2026-03-16 | cut -d' ' -f1) "
    if [ -n "$BASELINE" ]; then
        times[base_status]+="$(cd "$work" && timed "$BASELINE" onboard status --today 2026-03-16 | cut -d' ' -f1) "
        times[base_rollup]+="$(cd "$work" && timed "$BASELINE" onboard status --by manager --today 2026-03-16 | cut -d' ' -f1) "
    fi
    times[scan]+="$(timed sqlite3 "$work/salesops.db" "SELECT * FROM events;" | cut -d' ' -f1) "
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "N=$N, $RUNS runs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for key in import peer status rollup base_status base_rollup scan; do
    [ -n "${times[$key]:-}" ] || continue
    printf "%-11s median %6s s   runs: %s\n" "$key" "$(echo "${times[$key]}" | median)" "${times[$key]}"
done
awk -v i="$(echo "${times[import]}" | median)" -v p="$(echo "${times[peer]}" | median)" \
    'BEGIN { printf "import ÷ raw SQLite inserts: %.2f×\n", i / p }'
if [ -n "$BASELINE" ]; then
    awk -v a="$(echo "${times[status]}" | median)" -v b="$(echo "${times[base_status]}" | median)" \
        -v c="$(echo "${times[rollup]}" | median)" -v d="$(echo "${times[base_rollup]}" | median)" \
        'BEGIN { printf "baseline ÷ salesops: status %.2f×, --by manager %.2f×\n", b / a, d / c }'
fi
