import Foundation
import SalesOpsBasics
import SalesOpsYAML

/// Checks a value read from the catalog against a JSON Schema that a capability or a plugin
/// kind declares, giving each problem at its path in the document so it can be located.
///
/// The keywords plugins use are checked: `type`, `properties`, `required`,
/// `additionalProperties`, `items`, `enum`, `const`, `minimum`, `maximum`, `exclusiveMinimum`,
/// `exclusiveMaximum`, `pattern`, `minItems`, `maxItems`, `minLength`, `maxLength`; others are
/// ignored.
struct JSONSchemaCheck {
    /// What a member is called in messages: `parameter`, `field`, `key`.
    var noun: String
    /// Who declares the schema, for "… takes none": `this capability`, `track kind partner`.
    var owner: String

    /// A message at a path; when `showsValue`, completed with ", found " and the value as written.
    struct Problem: Equatable {
        var path: [YAMLPathComponent]
        var message: String
        var showsValue = false
    }

    /// Every way `value` breaks `schema`, each at its path.
    func problems(_ value: JSONValue, _ schema: JSONValue, at path: [YAMLPathComponent]) -> [Problem] {
        guard case .object(let rules) = schema else { return [] }
        if case .array(let allowed)? = rules["enum"], !allowed.contains(value) {
            let list = allowed.map { $0.stringValue ?? $0.jsonText }.joined(separator: ", ")
            return [Problem(path: path, message: "expected one of \(list)", showsValue: true)]
        }
        if let constant = rules["const"], constant != value {
            return [Problem(path: path, message: "expected \(constant.stringValue ?? constant.jsonText)", showsValue: true)]
        }
        if let type = rules["type"]?.stringValue, !Self.matches(value, type: type) {
            return [Problem(path: path, message: "expected \(Self.typeName(type))", showsValue: true)]
        }
        switch value {
        case .number(let number):
            return Self.range(number, rules).map { [Problem(path: path, message: "expected \($0)", showsValue: true)] } ?? []
        case .string(let text):
            return stringProblems(text, rules, at: path)
        case .array(let items):
            var found: [Problem] = []
            if let count = Self.count(items.count, rules, low: "minItems", high: "maxItems", unit: "items") {
                found.append(Problem(path: path, message: "expected \(count), found \(items.count)"))
            }
            guard let itemSchema = rules["items"] else { return found }
            return found + items.enumerated().flatMap { problems($1, itemSchema, at: path + [.index($0)]) }
        case .object(let members):
            return memberProblems(members, rules, at: path)
        default:
            return []
        }
    }

    func stringProblems(_ text: String, _ rules: [String: JSONValue], at path: [YAMLPathComponent]) -> [Problem] {
        if let length = Self.count(text.count, rules, low: "minLength", high: "maxLength", unit: "characters") {
            return [Problem(path: path, message: "expected \(length)", showsValue: true)]
        }
        if let pattern = rules["pattern"]?.stringValue, let expression = try? NSRegularExpression(pattern: pattern),
           expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            return [Problem(path: path, message: "expected text matching \(pattern)", showsValue: true)]
        }
        return []
    }

    func memberProblems(_ members: [String: JSONValue], _ rules: [String: JSONValue], at path: [YAMLPathComponent]) -> [Problem] {
        var found: [Problem] = []
        let properties = rules["properties"]?.objectValue ?? [:]
        for key in (rules["required"]?.arrayValue ?? []).compactMap(\.stringValue) where members[key] == nil {
            found.append(Problem(path: path, message: "missing required \(noun) `\(key)`"))
        }
        for key in members.keys.sorted() {
            let member = members[key]!
            if let property = properties[key] {
                found += problems(member, property, at: path + [.key(key)])
            } else if rules["additionalProperties"] == .bool(false) {
                var message = "unknown \(noun) `\(key)`"
                if let nearest = Suggestion.nearest(to: key, in: properties.keys) {
                    message += "; did you mean `\(nearest)`?"
                } else if !properties.isEmpty {
                    message += "; valid \(noun)s: " + properties.keys.sorted().joined(separator: ", ")
                } else {
                    message += "; \(owner) takes none"
                }
                found.append(Problem(path: path + [.key(key)], message: message))
            } else if case .object? = rules["additionalProperties"], let extra = rules["additionalProperties"] {
                found += problems(member, extra, at: path + [.key(key)])
            }
        }
        return found
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

    /// The declared bounds on a count as text (`at least 1 items`) when `count` lies outside them.
    static func count(_ count: Int, _ rules: [String: JSONValue], low: String, high: String, unit: String) -> String? {
        let minimum = rules[low]?.doubleValue.map(Int.init), maximum = rules[high]?.doubleValue.map(Int.init)
        guard minimum.map({ count < $0 }) ?? false || maximum.map({ count > $0 }) ?? false else { return nil }
        switch (minimum, maximum) {
        case let (minimum?, maximum?): return "\(minimum) to \(maximum) \(unit)"
        case let (minimum?, nil): return "at least \(minimum) \(unit)"
        case let (nil, maximum?): return "at most \(maximum) \(unit)"
        case (nil, nil): return nil
        }
    }

    static func format(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }
}

extension Descriptor {
    /// The problem as an error at its place in this document, naming the value as written.
    func locate(_ problem: JSONSchemaCheck.Problem) -> SourceError {
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
