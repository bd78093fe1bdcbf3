#!/usr/bin/env python3
"""Checks the JSON Schemas in schema/ against the JSON Schema 2020-12 meta-schema, every
shipped catalog file against schema/catalog.schema.json, so editors that use the schema accept
exactly what `salesops catalog validate` accepts, the golden `salesops evaluate --format json`
reports against schema/evaluation-report.schema.json, and the golden `--format json` output of
every other command against its schema (Tests/SalesOpsCLITests/Fixtures/golden/outputs.txt), and
the xAPI statements exported and imported against schema/xapi-statements.schema.json.

Run: python3 scripts/check-schemas.py   (needs the `jsonschema` and `PyYAML` packages)
"""
import datetime
import json
import pathlib
import sys

import jsonschema
import referencing
import yaml

root = pathlib.Path(__file__).resolve().parent.parent
passed = failed = 0


def report(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}: {detail}")


def plain(value):
    """YAML dates become the YYYY-MM-DD text an editor's YAML 1.2 parser would see."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


schemas = sorted((root / "schema").rglob("*.schema.json"))
for path in schemas:
    try:
        jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text()))
        report(True, str(path.relative_to(root)))
    except jsonschema.SchemaError as error:
        report(False, str(path.relative_to(root)), error.message)

catalog_schema = json.loads((root / "schema" / "catalog.schema.json").read_text())
validator = jsonschema.Draft202012Validator(catalog_schema)
for path in sorted((root / "catalog").rglob("*.y*ml")):
    for document in yaml.safe_load_all(path.read_text()):
        if document is None:
            continue
        errors = sorted(validator.iter_errors(plain(document)), key=lambda e: list(e.path))
        report(not errors, str(path.relative_to(root)), "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]))

report_validator = jsonschema.Draft202012Validator(json.loads((root / "schema" / "evaluation-report.schema.json").read_text()))
for path in sorted((root / "Tests" / "SalesOpsEvaluationReportsTests" / "Fixtures" / "golden").glob("*.json")):
    errors = list(report_validator.iter_errors(json.loads(path.read_text())))
    report(not errors, str(path.relative_to(root)), "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]))

# References between schemas (compare's knockouts are the evaluation report's) resolve by $id.
registry = referencing.Registry().with_resources(
    (document["$id"], referencing.Resource.from_contents(document))
    for document in (json.loads(path.read_text()) for path in schemas) if "$id" in document)
golden = root / "Tests" / "SalesOpsCLITests" / "Fixtures" / "golden"
for line in (golden / "outputs.txt").read_text().splitlines():
    if not line or line.startswith("#"):
        continue
    file, schema = line.split()[:2]
    output_validator = jsonschema.Draft202012Validator(json.loads((root / "schema" / schema).read_text()), registry=registry)
    errors = list(output_validator.iter_errors(json.loads((golden / file).read_text())))
    report(not errors, str((golden / file).relative_to(root)), "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]))

# The audit's JSON, from the README's walkthrough (run in the package folder, so not in outputs.txt).
audit_validator = jsonschema.Draft202012Validator(json.loads((root / "schema" / "output" / "audit.schema.json").read_text()))
errors = list(audit_validator.iter_errors(json.loads((golden / "audit.json").read_text())))
report(not errors, str((golden / "audit.json").relative_to(root)), "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]))

# xAPI: the statements `export xapi` wrote, the README's LMS export, and the import reports.
xapi = root / "Tests" / "SalesOpsCLITests" / "Fixtures" / "xapi"
for file, schema in [(xapi / "export-walkthrough.json", "xapi-statements.schema.json"),
                     (root / "examples" / "lms-statements.json", "xapi-statements.schema.json"),
                     (xapi / "import-lms-statements.json", "output/import-xapi.schema.json"),
                     (xapi / "import-lms-statements-again.json", "output/import-xapi.schema.json")]:
    xapi_validator = jsonschema.Draft202012Validator(json.loads((root / "schema" / schema).read_text()))
    errors = list(xapi_validator.iter_errors(json.loads(file.read_text())))
    report(not errors, str(file.relative_to(root)), "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]))

print(f"schemas: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
