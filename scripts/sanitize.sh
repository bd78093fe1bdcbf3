#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer) or ThreadSanitizer.
#
#   scripts/sanitize.sh address|thread [swift test options, e.g. --filter NAME]
#
# Everything is built sanitized in its own folder (.build-asan, .build-tsan): the test binary,
# the salesops executable the CLI tests spawn and the bundled plugins they load, which the tests
# find beside the running test binary. Every sanitizer report, from the test process or any
# process it starts, is written to SCRATCH/sanitizer-logs/; the run is clean when the tests pass
# and that folder stays empty. Suppressions for system libraries: scripts/sanitizers/.
# On a shared machine: `nice -n 19 scripts/sanitize.sh address`.
set -euo pipefail
cd "$(dirname "$0")/.."

link=()
case "${1:-}" in
    address) scratch=.build-asan ;;
    # The TSan runtime is linked into executables only and exports too few symbols for the Swift
    # plugins they dlopen (__tsan_external_write...): export all of the executable's.
    thread) scratch=.build-tsan; link=(-Xlinker --export-dynamic) ;;
    *) echo "usage: scripts/sanitize.sh address|thread [swift test options]" >&2; exit 2 ;;
esac
sanitizer="$1"
shift

logs="$PWD/$scratch/sanitizer-logs"
suppressions="$PWD/scripts/sanitizers"
rm -rf "$logs"
mkdir -p "$logs"

# gold warns once per ASan symbol it cannot export; nothing to act on.
swift build --build-tests --scratch-path "$scratch" --sanitize="$sanitizer" "${link[@]}" 2>&1 | grep -v "Cannot export local symbol"

export ASAN_OPTIONS="log_path=$logs/asan:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="log_path=$logs/tsan:suppressions=$suppressions/tsan.supp:print_suppressions=0"
status=0
swift test --skip-build --scratch-path "$scratch" --sanitize="$sanitizer" "$@" || status=$?

reports=$(find "$logs" -type f | sort)
if [ -n "$reports" ]; then
    for report in $reports; do
        echo "== $report"
        cat "$report"
    done
    echo "$sanitizer sanitizer: $(echo "$reports" | wc -l) report(s) in $logs" >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "$sanitizer sanitizer: no reports, but the tests failed (exit $status)" >&2
    exit "$status"
fi
echo "$sanitizer sanitizer: clean (tests passed, no reports)"
