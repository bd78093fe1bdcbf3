import SalesOpsBasics
import SalesOpsYAML

/// Checks each criterion's and verifier's `params` against the JSON Schema its capability
/// declares, so a bad parameter (a negative pass mark, a typo in a key, a number beyond the
/// declared maximum) is a located error from `catalog validate`, not a failure mid-evaluation.
///
/// The keywords capabilities use are checked: `type`, `properties`, `required`,
/// `additionalProperties`, `items`, `enum`, `minimum`, `maximum`, `exclusiveMinimum`,
/// `exclusiveMaximum`; others are ignored.
struct ParameterCheck {
    let catalog: Catalog
    let capabilities: KnownCapabilities

    func run() -> [SourceError] {
        catalog.evaluations.flatMap { Self.problems(in: $0, capabilities) } + catalog.tracks.flatMap { Self.problems(in: $0, capabilities) }
    }

    /// An evaluation's criterion `params` against their capabilities' schemas.
    static func problems(in evaluation: Evaluation, _ capabilities: KnownCapabilities) -> [SourceError] {
        var errors: [SourceError] = []
        for (index, use) in evaluation.spec.criteria.enumerated() {
            guard let schema = capabilities.criterionParameters[use.use] else { continue }
            let path: [YAMLPathComponent] = ["spec", "criteria", .index(index), "params"]
            errors += problems(.object(use.params ?? [:]), schema, at: path).map { evaluation.locate($0) }
        }
        return errors
    }

    /// A track's verifier `params` against their capabilities' schemas.
    static func problems(in track: Track, _ capabilities: KnownCapabilities) -> [SourceError] {
        var errors: [SourceError] = []
        for (index, step) in track.spec.steps.enumerated() {
            guard let certification = step.certification, let schema = capabilities.verifierParameters[certification.verifier] else { continue }
            let path: [YAMLPathComponent] = ["spec", "steps", .index(index), "certification", "params"]
            errors += problems(.object(certification.params ?? [:]), schema, at: path).map { track.locate($0) }
        }
        return errors
    }

    /// A message ending in "found X" where X is the value at `path` as written in the file.
    struct Problem: Equatable {
        var path: [YAMLPathComponent]
        var message: String
        /// When true, `message` is completed with ", found " and the value as written.
        var showsValue = false
    }

    /// Every way `value` breaks `schema`, each at its path.
    static func problems(_ value: JSONValue, _ schema: JSONValue, at path: [YAMLPathComponent]) -> [Problem] {
        guard case .object(let rules) = schema else { return [] }
        if case .array(let allowed)? = rules["enum"], !allowed.contains(value) {
            let list = allowed.map { $0.stringValue ?? $0.jsonText }.joined(separator: ", ")
            return [Problem(path: path, message: "expected one of \(list)", showsValue: true)]
        }
        if let type = rules["type"]?.stringValue, !matches(value, type: type) {
            return [Problem(path: path, message: "expected \(typeName(type))", showsValue: true)]
        }
        switch value {
        case .number(let number):
            return range(number, rules).map { [Problem(path: path, message: "expected \($0)", showsValue: true)] } ?? []
        case .array(let items):
            guard let itemSchema = rules["items"] else { return [] }
            return items.enumerated().flatMap { problems($1, itemSchema, at: path + [.index($0)]) }
        case .object(let members):
            var found: [Problem] = []
            let properties = rules["properties"]?.objectValue ?? [:]
            for key in (rules["required"]?.arrayValue ?? []).compactMap(\.stringValue) where members[key] == nil {
                found.append(Problem(path: path, message: "missing required parameter `\(key)`"))
            }
            for key in members.keys.sorted() {
                let member = members[key]!
                if let property = properties[key] {
                    found += problems(member, property, at: path + [.key(key)])
                } else if rules["additionalProperties"] == .bool(false) {
                    var message = "unknown parameter `\(key)`"
                    if let nearest = Suggestion.nearest(to: key, in: properties.keys) {
                        message += "; did you mean `\(nearest)`?"
                    } else if !properties.isEmpty {
                        message += "; valid parameters: " + properties.keys.sorted().joined(separator: ", ")
                    } else {
                        message += "; this capability takes none"
                    }
                    found.append(Problem(path: path + [.key(key)], message: message))
                } else if case .object? = rules["additionalProperties"], let extra = rules["additionalProperties"] {
                    found += problems(member, extra, at: path + [.key(key)])
                }
            }
            return found
        default:
            return []
        }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null): return true
        case ("number", .number(let number)): return number.isFinite
        case ("integer", .number(let number)): return number.isFinite && number.rounded() == number
        default: return false
        }
    }

    static func typeName(_ type: String) -> String {
        switch type {
        case "object": return "a mapping"
        case "array": return "a list"
        case "string": return "text"
        case "boolean": return "true or false"
        case "integer": return "a whole number"
        case "number": return "a finite number"
        default: return type
        }
    }

    /// The declared range as text when `number` lies outside it.
    static func range(_ number: Double, _ rules: [String: JSONValue]) -> String? {
        let minimum = rules["minimum"]?.doubleValue, maximum = rules["maximum"]?.doubleValue
        let above = rules["exclusiveMinimum"]?.doubleValue, below = rules["exclusiveMaximum"]?.doubleValue
        let inside = minimum.map { number >= $0 } ?? true && maximum.map { number <= $0 } ?? true
            && above.map { number > $0 } ?? true && below.map { number < $0 } ?? true
        guard !inside else { return nil }
        // As the catalog's own ranges read: `0 to 100`, `above 0 to 1000000`, `at least 1`.
        let low = minimum.map { format($0) } ?? above.map { "above \(format($0))" }
        let high = maximum.map { format($0) } ?? below.map { "below \(format($0))" }
        switch (low, high) {
        case let (low?, high?): return "\(low) to \(high)"
        case let (low?, nil): return minimum != nil ? "at least \(low)" : low
        case let (nil, high?): return maximum != nil ? "at most \(high)" : high
        case (nil, nil): return nil
        }
    }

    static func format(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }

}

extension Descriptor {
    /// The problem as an error at its place in this document, naming the value as written.
    func locate(_ problem: ParameterCheck.Problem) -> SourceError {
        guard let source else {
            return SourceError(file: "<catalog>", line: 1, column: 1, path: "", message: problem.message)
        }
        var message = problem.message
        if problem.showsValue {
            let written = source.node(at: problem.path).kindDescription
            message += ", found " + (written.hasPrefix("the number ") ? String(written.dropFirst("the number ".count)) : written)
        }
        return source.error(at: problem.path, message)
    }
}

extension Catalog {
    /// The `params` problems of one evaluation, for a command that runs only that one.
    package func parameterProblems(in evaluation: Evaluation, _ capabilities: KnownCapabilities) -> [SourceError] {
        ParameterCheck.problems(in: evaluation, capabilities).sorted()
    }

    /// The `params` problems of one track, for a command that enrols on only that one.
    package func parameterProblems(in track: Track, _ capabilities: KnownCapabilities) -> [SourceError] {
        ParameterCheck.problems(in: track, capabilities).sorted()
    }
}
