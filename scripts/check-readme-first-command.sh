#!/usr/bin/env bash
# Clones the committed tree into a new folder and runs the README's first command exactly as
# written there (the first command line under "## The two commands"), expecting a ranking.
set -euo pipefail
cd "$(dirname "$0")/.."

command=$(awk '/^## The two commands/ { section = 1 }
    section && /^```sh/ { block = 1; next }
    block && /^```/ { exit }
    block && NF && $1 !~ /^#/ { print; exit }' README.md)
[ -n "$command" ] || { echo "README check: no command found under '## The two commands'" >&2; exit 1; }

# Under the working tree, not /tmp: plugins are refused from folders that others can write to.
mkdir -p .build-readme
chmod 700 .build-readme
clone=$(mktemp -d "$PWD/.build-readme/clone.XXXXXX")
trap 'rm -rf "$clone" "$clone.stderr"' EXIT
git clone --quiet . "$clone"

echo "README check: in a fresh clone, running: $command"
output=$(cd "$clone" && bash -c "$command" 2>"$clone.stderr") || {
    echo "README check FAILED: the first command exited non-zero" >&2
    tail -40 "$clone.stderr" >&2
    exit 1
}
rm -f "$clone.stderr"
if ! grep -qE '^RANK +TOOL' <<<"$output" || ! grep -qE '^1 +[a-z0-9]' <<<"$output"; then
    echo "README check FAILED: the first command printed no ranking:" >&2
    head -20 <<<"$output" >&2
    exit 1
fi
echo "README check: passed ($(grep -E '^1 +' <<<"$output" | head -1 | awk '{print $2}') ranks first)"
