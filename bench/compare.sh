#!/usr/bin/env bash
# Whole-process comparison of `salesops evaluate` with the Python peer (PyYAML CSafeLoader +
# pymcdm) on the same generated catalogs. Runs the sides alternately, RUNS times each, and prints
# the median wall time, the median CPU time (user + system), peak resident memory (GNU time's
# "Maximum resident set size") and the peer/salesops ratios of both times for each.
#
#   bench/compare.sh                         # 2,000 × 30 and 10,000 × 30, TOPSIS, 3 runs
#   RUNS=5 SIZES="2000" METHOD=vikor bench/compare.sh
#   SCRATCH=.build-release bench/compare.sh  # build and run from another build folder
#
# Needs: swift, python3 with PyYAML (built with libyaml) and pymcdm, GNU time at /usr/bin/time.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-3}"
sizes="${SIZES:-2000 10000}"
criteria="${CRITERIA:-30}"
method="${METHOD:-topsis}"
# SCRATCH: the build folder (default .build), e.g. a release-only one beside a debug build.
scratch="${SCRATCH:-.build}"
case "$scratch" in /*) ;; *) scratch="$root/$scratch" ;; esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
echo "building salesops (release)..." >&2
swift build -c release --product salesops --scratch-path "$scratch" >&2
salesops="$scratch/release/salesops"
python3 -c 'import yaml, pymcdm; assert yaml.__with_libyaml__, "PyYAML lacks libyaml"'

# measure NAME OUTPUT COMMAND...: appends "NAME seconds kilobytes user system" to $work/times.
measure() {
    local name="$1" output="$2"
    shift 2
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > "$output"
    echo "$name $(cat "$work/time")" >> "$work/times"
}

for tools in $sizes; do
    catalog="$work/catalog-$tools"
    python3 bench/generate-catalog.py --tools "$tools" --criteria "$criteria" --method "$method" "$catalog"
    echo "$tools tools × $criteria criteria, $method: $(du -sh "$catalog" | cut -f1) of YAML" >&2
    : > "$work/times"
    evaluate=("$salesops" evaluate bench --catalog "$catalog" --today 2026-11-29)
    for run in $(seq "$runs"); do
        echo "  run $run of $runs" >&2
        measure "salesops-json" /dev/null "${evaluate[@]}" --format json
        measure "peer" /dev/null python3 bench/peer-pymcdm.py "$catalog"
        measure "salesops-text" /dev/null "${evaluate[@]}"
    done
    # The same ranking on both sides: the peer's top ten against salesops's JSON ranking.
    "${evaluate[@]}" --format json > "$work/report.json"
    python3 bench/peer-pymcdm.py "$catalog" > "$work/peer.txt"
    python3 - "$tools" "$work/times" "$work/report.json" "$work/peer.txt" <<'PY'
import json, statistics, sys
tools, times, report, peer = sys.argv[1:]
rows = {}
for line in open(times):
    name, seconds, kilobytes, user, system = line.split()
    rows.setdefault(name, []).append((float(seconds), int(kilobytes), float(user) + float(system)))
ranking = [entry["tool"] for entry in json.load(open(report))["ranking"]][:10]
peer_top = [line.split()[1] for line in open(peer)]
same = "yes" if ranking == peer_top else "NO"
peer_median = statistics.median(s for s, _, _ in rows["peer"])
peer_cpu = statistics.median(c for _, _, c in rows["peer"])
output_mb = len(open(report, "rb").read()) / 1e6
print(f"{int(tools):,} tools: same top ten as the peer: {same}; JSON report {output_mb:.1f} MB")
print(f"  {'side':<15} {'median s':>9} {'runs (s)':<24} {'CPU s':>6} {'peak MB':>8} {'peer/side wall':>15} {'CPU':>6}")
for name in ["salesops-json", "salesops-text", "peer"]:
    seconds = [s for s, _, _ in rows[name]]
    median = statistics.median(seconds)
    cpu = statistics.median(c for _, _, c in rows[name])
    peak = max(k for _, k, _ in rows[name]) / 1024
    runs = " ".join(f"{s:.2f}" for s in seconds)
    print(f"  {name:<15} {median:>9.2f} {runs:<24} {cpu:>6.2f} {peak:>8.0f} {peer_median / median:>14.2f}x {peer_cpu / cpu:>5.2f}x")
PY
done
