#!/usr/bin/env python3
"""Generate the expected values for the YAML conformance corpus.

For every ``NN-topic.yaml`` in ``Tests/SalesOpsYAMLTests/Fixtures/conformance/``
this script loads all documents with PyYAML's ``CSafeLoader`` (the libyaml
binding, YAML 1.1 scalar resolution) and writes ``NN-topic.json`` beside it.
The Swift tests in ``SalesOpsYAMLTests`` parse each YAML file into the node
tree and compare it with the JSON.

Run from anywhere (paths are resolved relative to this file):

    python3 scripts/generate-yaml-conformance.py          # (re)write the JSON files
    python3 scripts/generate-yaml-conformance.py --check  # exit 1 if any JSON is stale

Requires PyYAML built against libyaml, e.g. ``apt-get install python3-yaml``
or ``pip install pyyaml`` (the wheels bundle libyaml). The script refuses to
run with the pure-Python loader.

Each JSON file is an array with one element per YAML document. Values are
encoded so the Swift side can compare without ambiguity:

    None               -> null
    bool               -> true / false
    str                -> JSON string
    int                -> {"!int": "<decimal digits, with '-' if negative>"}
    float (finite)     -> {"!float": <number>}   (Python's float repr)
    float (infinite)   -> {"!float": "inf"} / {"!float": "-inf"}
    float (NaN)        -> {"!float": "nan"}
    datetime.date      -> {"!date": "YYYY-MM-DD"}
    list               -> JSON array
    dict (str keys)    -> JSON object (key order is not significant)

Output is written with ``ensure_ascii=False, indent=1, sort_keys=True`` and a
trailing newline, so running the script twice changes nothing. A mapping key
that is not a string, a value of any other type (datetime with a time, bytes,
set, ...), a file name not of the form ``NN-topic.yaml``, or a ``.json`` file
without a matching ``.yaml`` makes the script fail and name the file.
"""

import argparse
import datetime
import json
import math
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Tests" / "SalesOpsYAMLTests" / "Fixtures" / "conformance"
NAME = re.compile(r"^[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$")


class EncodingError(Exception):
    pass


def encode(value, path):
    """Turn a CSafeLoader value into the tagged JSON form described above."""
    # bool before int (bool is an int subclass); datetime before date (same reason).
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return {"!int": str(value)}
    if isinstance(value, float):
        if math.isnan(value):
            return {"!float": "nan"}
        if math.isinf(value):
            return {"!float": "inf" if value > 0 else "-inf"}
        return {"!float": value}
    if isinstance(value, datetime.datetime):
        raise EncodingError(f"{path}: datetime with a time is not allowed: {value!r}")
    if isinstance(value, datetime.date):
        return {"!date": value.isoformat()}
    if isinstance(value, list):
        return [encode(item, f"{path}[{i}]") for i, item in enumerate(value)]
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise EncodingError(
                    f"{path}: mapping key {key!r} has type {type(key).__name__}, not str"
                )
            out[key] = encode(item, f"{path}.{key}")
        return out
    raise EncodingError(f"{path}: unsupported value type {type(value).__name__}: {value!r}")


def render(yaml_path):
    with open(yaml_path, "rb") as stream:
        documents = list(yaml.load_all(stream, Loader=yaml.CSafeLoader))
    encoded = [encode(doc, f"$[{i}]") for i, doc in enumerate(documents)]
    return json.dumps(encoded, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if any JSON file is missing or differs")
    args = parser.parse_args()

    if not getattr(yaml, "__with_libyaml__", False) or not hasattr(yaml, "CSafeLoader"):
        sys.exit("error: PyYAML is not built with libyaml (yaml.__with_libyaml__ is false); "
                 "install python3-yaml or pyyaml with libyaml")
    if not CORPUS.is_dir():
        sys.exit(f"error: corpus folder not found: {CORPUS}")

    sources = sorted(CORPUS.glob("*.yaml"))
    if not sources:
        sys.exit(f"error: no *.yaml files in {CORPUS}")

    failures = []
    for json_path in sorted(CORPUS.glob("*.json")):
        if not json_path.with_suffix(".yaml").exists():
            failures.append(f"{json_path.name}: no matching .yaml file")

    written = 0
    for yaml_path in sources:
        if not NAME.match(yaml_path.name):
            failures.append(f"{yaml_path.name}: name is not of the form NN-topic.yaml")
            continue
        try:
            text = render(yaml_path)
        except (yaml.YAMLError, EncodingError, ValueError, KeyError, TypeError) as error:
            failures.append(f"{yaml_path.name}: {type(error).__name__}: {error}")
            continue
        json_path = yaml_path.with_suffix(".json")
        current = json_path.read_text(encoding="utf-8") if json_path.exists() else None
        if current == text:
            continue
        if args.check:
            failures.append(f"{json_path.name}: missing or out of date")
        else:
            json_path.write_text(text, encoding="utf-8", newline="\n")
            written += 1

    if failures:
        for line in failures:
            print(f"error: {line}", file=sys.stderr)
        sys.exit(1)
    action = "checked" if args.check else f"wrote {written} of"
    print(f"{action} {len(sources)} files in {CORPUS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
