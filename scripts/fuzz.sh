#!/usr/bin/env bash
# Builds the libFuzzer targets (with AddressSanitizer) and runs each for a given time.
#
#   scripts/fuzz.sh [catalog|hires|plugin-response|all] [SECONDS]    (default: all, 600 s each)
#
# Targets: catalog (a catalog YAML file through libyaml, every kind's decoder and the
# cross-reference checks), hires (the CSV reader and the hires import), plugin-response (the
# JSON reader and every plugin wire message). The build goes to .build-fuzz, apart from the
# normal .build. The corpus that grows while fuzzing lives in .build-fuzz/corpus/TARGET, seeded
# from the files in the repo each run; findings (crash-*, timeout-*, oom-*, leak-*) land in
# Fuzz/crashes/TARGET/. Replay one with `swift run fuzz-TARGET FILE` or the fuzzer binary.
# On a shared machine: `nice -n 19 scripts/fuzz.sh all 600`.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(catalog hires plugin-response)
which="${1:-all}"
seconds="${2:-600}"
if [ "$which" = all ]; then
    selected=("${targets[@]}")
elif [[ " ${targets[*]} " == *" $which "* ]]; then
    selected=("$which")
else
    echo "usage: scripts/fuzz.sh [catalog|hires|plugin-response|all] [SECONDS]" >&2
    exit 2
fi
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }

scratch=.build-fuzz
# Leaks in system libraries, each with its reason (shared with scripts/sanitize.sh).
export LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers/lsan.supp:print_suppressions=0"

# Seed files per target: the shipped catalog, the YAML and catalog fixtures, sample CSVs and
# plugin messages, and every regression input the test suite keeps.
seeds() {
    case "$1" in
        catalog)
            find catalog Tests/SalesOpsYAMLTests/Fixtures Tests/SalesOpsCatalogTests/Fixtures \
                Tests/SalesOpsOnboardingTests/Fixtures/catalog -name '*.yaml' -type f
            find Fuzz/corpus/catalog -type f 2>/dev/null || true ;;
        hires)
            find Tests/SalesOpsOnboardingTests/Fixtures Fuzz/corpus/hires -name '*.csv' -type f ;;
        plugin-response)
            find Fuzz/corpus/plugin-response Tests/SalesOpsPluginHostTests/Fixtures -name '*.json' -type f ;;
    esac
}

for target in "${selected[@]}"; do
    product="fuzz-$target"
    echo "== $product: building (release, -sanitize=fuzzer,address) into $scratch"
    swift build -c release --scratch-path "$scratch" --product "$product" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol"
    binary="$scratch/release/$product"

    corpus="$scratch/corpus/$target"
    crashes="Fuzz/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    seeds "$target" | while read -r file; do
        cp "$file" "$corpus/seed-$(echo "$file" | tr '/' '_')"
    done

    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536
             -artifact_prefix="$crashes/" -print_final_stats=1)
    [ "$target" = catalog ] && options+=(-dict=Fuzz/catalog.dict)
    log="$scratch/logs/$target.log"
    mkdir -p "$(dirname "$log")"
    echo "== $product: fuzzing for $seconds s (log: $log, findings: $crashes/)"
    status=0
    "$binary" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^#[0-9]+.*DONE' "$log" || true
    if [ "$status" -ne 0 ]; then
        grep -E '^(==[0-9]+==ERROR|SUMMARY|invariant broken|Fatal error|artifact_prefix=|Test unit written to)' "$log" | head -20 || true
        echo "== $product: FINDING (exit $status); see $log and $crashes/" >&2
        exit 1
    fi
done
