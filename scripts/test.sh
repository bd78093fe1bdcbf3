#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs missing system packages (PostgreSQL among
# them), builds everything (the salesops executable and the bundled plugins), then runs every
# test, against both stores: SQLite files and a throwaway PostgreSQL server the tests start.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v cc >/dev/null || missing+=(gcc)
# The cookbook's C plugins (examples/plugins/) build with make.
command -v make >/dev/null || missing+=(make)
command -v python3 >/dev/null || missing+=(python3 python3-pip)
# The PostgreSQL store tests start a throwaway server of their own (initdb into a temporary
# folder, a Unix socket only, run as `nobody` under root); they need the server programs and psql,
# and openssl for the TLS tests' self-signed certificate.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/psql ] || missing+=(postgresql-client)
[ -x /usr/bin/openssl ] || missing+=(openssl)
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

# The JSON Schemas against the 2020-12 meta-schema, and the shipped catalog against them.
if ! python3 -c "import jsonschema, yaml" 2>/dev/null; then
    python3 -m pip install --quiet jsonschema pyyaml \
        || { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-jsonschema python3-yaml; }
fi
python3 scripts/check-schemas.py

# The .ics checks read calendar files with a real iCalendar parser.
python3 -c "import icalendar" 2>/dev/null || python3 -m pip install --quiet icalendar

# The server's browser test drives Debian's chromium headless through WebDriver (selenium).
browser=()
command -v chromium >/dev/null || browser+=(chromium)
command -v chromedriver >/dev/null || browser+=(chromium-driver)
if [ ${#browser[@]} -gt 0 ]; then
    echo "Installing the test browser: ${browser[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${browser[@]}"
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install --quiet selenium

# The tests load the bundled plugins from the build folder, so build every product first.
swift build --build-tests
swift test --skip-build

# The README's first command, exactly as written, on a fresh clone of the committed tree.
scripts/check-readme-first-command.sh
