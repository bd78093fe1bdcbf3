import Foundation

/// Validates JSON documents with python3's jsonschema (as scripts/check-schemas.py does), every
/// schema under the package's schema/ folder registered so that references between them resolve.
public enum SchemaValidation {
    /// The validator's findings for `document` against `schema` (a path under schema/); empty when valid.
    public static func problems(_ document: URL, against schema: String, packageRoot: URL) throws -> String? {
        let root = packageRoot.appendingPathComponent("schema")
        let result = try TestProcess.run("/usr/bin/env", ["python3", "-c", """
            import json, pathlib, sys, jsonschema, referencing
            root = pathlib.Path(sys.argv[1])
            schemas = [json.loads(path.read_text()) for path in root.rglob("*.schema.json")]
            registry = referencing.Registry().with_resources(
                (schema["$id"], referencing.Resource.from_contents(schema)) for schema in schemas if "$id" in schema)
            schema = json.loads((root / sys.argv[2]).read_text())
            errors = list(jsonschema.Draft202012Validator(schema, registry=registry).iter_errors(json.load(open(sys.argv[3]))))
            for error in errors[:5]:
                print(list(error.absolute_path), error.message[:300])
            sys.exit(1 if errors else 0)
            """, root.path, schema, document.path], in: root, environment: ProcessInfo.processInfo.environment)
        return result.status == 0 ? nil : result.stdout + result.stderr
    }
}
