#!/bin/bash
# The onboarding store on PostgreSQL beside SQLite, as whole processes: `salesops store import`
# of 1,000,000 events (100,000 enrolments on the shipped sdr-30-60-90 track, ten events each)
# into an empty store, then `salesops onboard status` over those 100,000 enrolments. Alternating
# the two backends, RUNS times; prints medians.
#
#   bench/store-postgres.sh                         # 100,000 enrolments × 10 events, 3 runs
#   N=10000 RUNS=5 bench/store-postgres.sh
#   SALESOPS=.build/debug/salesops N=2000 RUNS=1 bench/store-postgres.sh   # a quick check of the script itself
#
# Builds salesops in release into .build-release-pg. PostgreSQL runs as a throwaway server
# (initdb into a temporary folder, a Unix socket only, its default durability settings; as
# `nobody` when run as root), stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
RUNS=${RUNS:-3}
SCRATCH=${SCRATCH:-.build-release-pg}
if [ -z "${SALESOPS:-}" ]; then
    nice -n 10 swift build -c release --product salesops --scratch-path "$SCRATCH" >/dev/null
    # The shipped track's kind comes from the bundled plugin, which lands beside the executable.
    nice -n 10 swift build -c release --product hire-onboarding --scratch-path "$SCRATCH" >/dev/null
    SALESOPS=$SCRATCH/release/salesops
fi
SALESOPS=$(realpath "$SALESOPS")
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/salesops-bench-pg-XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown nobody "$work"; as_pg=(runuser -u nobody --); fi
stop() { "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/data" stop -m fast >/dev/null 2>&1 || true; rm -rf "$work"; }
trap stop EXIT
"${as_pg[@]}" "$PG_BIN/initdb" -D "$work/data" -U salesops --auth=trust -E UTF8 --locale=C >/dev/null
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-k $work -c listen_addresses=''" start >/dev/null
chmod 777 "$work"
pg() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -h "$work" -U salesops -d postgres -c "$1"; }
export SALESOPS_CATALOG=$PWD/catalog

# The track and calendar versions as salesops pins them, from a store with one enrolment.
(cd "$work" && "$SALESOPS" onboard enroll seed --track sdr-30-60-90 --start 2026-01-05 --today 2026-01-01 --store seed.db >/dev/null \
    && "$SALESOPS" store export --store seed.db --output seed.jsonl 2>/dev/null)
python3 - "$N" "$work/seed.jsonl" "$work/big.jsonl" <<'PY'
# N enrolments with ten events each: enrolled, then nine of the track's steps completed.
import json, sys, datetime
n, seed, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
lines = [json.loads(l) for l in open(seed)]
definitions = [l for l in lines if l["record"] == "definition"]
track = next(d for d in definitions if d["kind"] == "Track")
calendar = next(d for d in definitions if d["kind"] == "Calendar")
steps = [s["id"] for s in json.loads(track["content"])["spec"]["steps"]][:9]
key = next(l for l in lines if l["record"] == "pseudonym-key")
dump = lambda o: json.dumps(o, sort_keys=True, separators=(",", ":"))
with open(out, "w") as f:
    f.write(dump({"record": "salesops-store", "version": 1, "schema": 3, "definitions": 2, "people": n, "enrolments": n,
                  "events": n * 10}) + "\n")
    for d in sorted(definitions, key=lambda d: d["hash"]):
        f.write(dump(d) + "\n")
    people = [f"hire{i:06d}" for i in range(n)]
    start = datetime.date(2026, 1, 5)
    starts = [str(start + datetime.timedelta(days=7 * (i % 10))) for i in range(n)]
    for i, p in enumerate(people):
        f.write(dump({"record": "person", "id": p, "manager": f"manager{i % 100:02d}", "email": p + "@example.com"}) + "\n")
    for i, p in enumerate(people):
        f.write(dump({"record": "enrolment", "person": p, "track": "sdr-30-60-90", "trackVersion": track["hash"],
                      "calendarVersion": calendar["hash"], "start": starts[i]}) + "\n")
    f.write(dump(key) + "\n")
    sequence = 0
    for i, p in enumerate(people):
        sequence += 1
        common = {"record": "event", "person": p, "track": "sdr-30-60-90", "recordedAt": "2026-01-01T00:00:00Z", "actor": "hr"}
        f.write(dump(dict(common, sequence=sequence, kind="enrolled", date=starts[i], idempotencyKey=f"enrol/{p}")) + "\n")
        for step in steps:
            sequence += 1
            f.write(dump(dict(common, sequence=sequence, kind="completed", step=step, date=starts[i],
                              idempotencyKey=f"complete/{p}/{step}")) + "\n")
PY
echo "$(wc -l < "$work/big.jsonl") lines, $(du -h "$work/big.jsonl" | cut -f1)"

timed() { /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null; cat "$work/time"; }
declare -A wall cpu
record() { read -r e u s m < <("${@:2}"); wall[$1]+="$e "; cpu[$1]+="$(echo "$u + $s" | bc) "; }
for run in $(seq "$RUNS"); do
    rm -f "$work/bench.db"*
    pg "DROP DATABASE IF EXISTS bench" && pg "CREATE DATABASE bench"
    url="postgres://salesops@/bench?host=$work"
    record "sqlite-import" timed "$SALESOPS" store import "$work/big.jsonl" --store "$work/bench.db"
    record "postgres-import" timed "$SALESOPS" store import "$work/big.jsonl" --store "$url"
    record "sqlite-status" timed "$SALESOPS" onboard status --today 2026-03-16 --store "$work/bench.db"
    record "postgres-status" timed "$SALESOPS" onboard status --today 2026-03-16 --store "$url"
done
cmp <("$SALESOPS" onboard status --today 2026-03-16 --format json --store "$work/bench.db") \
    <("$SALESOPS" onboard status --today 2026-03-16 --format json --store "$url") && echo "status: the same JSON from both stores"
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "N=$N enrolments, $((N * 10)) events, $RUNS runs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for key in sqlite-import postgres-import sqlite-status postgres-status; do
    printf "%-16s median %7s s wall, %7s s CPU   runs: %s\n" "$key" "$(echo "${wall[$key]}" | median)" "$(echo "${cpu[$key]}" | median)" "${wall[$key]}"
done
