#!/usr/bin/env bash
# Whole-process catalog loading against its ceiling, raw libyaml event parsing of the same
# files (bench/libyaml-events.c: every event parsed, nothing built). Writes a catalog of about
# 20 MB with bench/generate-catalog.py, runs `salesops catalog validate` and the ceiling
# alternately, RUNS times each, and prints the medians and salesops's share of the ceiling's
# throughput (ceiling time ÷ salesops time).
#
#   bench/catalog-load.sh              # 24,000 tools in 100 files (20 MB), 5 runs
#   RUNS=3 TOOLS=12000 bench/catalog-load.sh
#   SCRATCH=.build-release bench/catalog-load.sh  # build and run from another build folder
#   BASELINE=/tmp/old/salesops bench/catalog-load.sh  # also run another build, in the same rounds
#
# Needs: swift, python3, a C compiler and libyaml's headers, GNU time at /usr/bin/time.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-5}"
tools="${TOOLS:-24000}"
# SCRATCH: the build folder (default .build), e.g. a release-only one beside a debug build.
scratch="${SCRATCH:-.build}"
case "$scratch" in /*) ;; *) scratch="$root/$scratch" ;; esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
echo "building salesops (release)..." >&2
swift build -c release --product salesops --scratch-path "$scratch" >&2
salesops="$scratch/release/salesops"
cc -O2 -o "$work/libyaml-events" bench/libyaml-events.c -lyaml

catalog="$work/catalog"
python3 bench/generate-catalog.py --tools "$tools" --criteria 30 --files 100 "$catalog"
megabytes="$(du -sb "$catalog" | cut -f1)"
echo "$tools tools in 100 files, $((megabytes / 1000000)) MB of YAML" >&2
"$salesops" catalog validate "$catalog" > /dev/null
# BASELINE: another salesops build (an earlier commit's) measured in the same rounds, for before/after.
baseline="${BASELINE:-}"
[ -z "$baseline" ] || "$baseline" catalog validate "$catalog" > /dev/null

: > "$work/times"
for run in $(seq "$runs"); do
    echo "  run $run of $runs" >&2
    /usr/bin/time -f "salesops %e %U %S %M" -a -o "$work/times" "$salesops" catalog validate "$catalog" > /dev/null
    /usr/bin/time -f "libyaml %e %U %S %M" -a -o "$work/times" "$work/libyaml-events" "$catalog"/*.yaml > /dev/null
    [ -z "$baseline" ] || /usr/bin/time -f "baseline %e %U %S %M" -a -o "$work/times" "$baseline" catalog validate "$catalog" > /dev/null
done
python3 - "$work/times" "$megabytes" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, wall, user, system, kilobytes = line.split()
    rows.setdefault(name, []).append((float(wall), float(user) + float(system), int(kilobytes)))
mb = int(sys.argv[2]) / 1e6
ceiling = statistics.median(w for w, _, _ in rows["libyaml"])
ceiling_cpu = statistics.median(c for _, c, _ in rows["libyaml"])
print(f"{mb:.1f} MB of YAML, load average {open('/proc/loadavg').read().split()[0:3]}")
print(f"  {'side':<9} {'median s':>9} {'MB/s':>7} {'CPU s':>7} {'runs (wall s)':<32} {'peak MB':>8} {'share of ceiling (wall, CPU)':>30}")
for name in [n for n in ["salesops", "baseline", "libyaml"] if n in rows]:
    wall = statistics.median(w for w, _, _ in rows[name])
    cpu = statistics.median(c for _, c, _ in rows[name])
    runs = " ".join(f"{w:.2f}" for w, _, _ in rows[name])
    peak = max(k for _, _, k in rows[name]) / 1024
    print(f"  {name:<9} {wall:>9.2f} {mb / wall:>7.1f} {cpu:>7.2f} {runs:<32} {peak:>8.0f} {ceiling / wall:>14.2f} {ceiling_cpu / cpu:>14.2f}")
PY
