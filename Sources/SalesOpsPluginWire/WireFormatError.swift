/// A JSON payload that does not have the documented wire shape: the path of the bad value
/// (`attempts[3].score`) and what was wrong with it.
public struct WireFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let message: String

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Reads the members of one JSON object with type checks that name the member's path.
///
/// Unknown members are ignored so that a newer host or plugin can add optional fields
/// without breaking the other side (the ABI version covers incompatible changes).
public struct WireObject: Sendable {
    public let members: [String: JSONValue]
    public let path: String

    public init(_ value: JSONValue, path: String) throws(WireFormatError) {
        guard case .object(let members) = value else {
            throw WireFormatError(path: path, message: "expected an object, found \(value.typeDescription)")
        }
        self.members = members
        self.path = path
    }

    public func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func mismatch(_ key: String, _ expected: String, _ found: JSONValue) -> WireFormatError {
        WireFormatError(path: childPath(key), message: "expected \(expected), found \(found.typeDescription)")
    }

    func missing(_ key: String) -> WireFormatError {
        WireFormatError(path: childPath(key), message: "missing required member")
    }

    public func value(_ key: String) throws(WireFormatError) -> JSONValue {
        guard let value = members[key] else { throw missing(key) }
        return value
    }

    /// An object member; `default` when absent.
    public func object(_ key: String, default fallback: JSONValue? = nil) throws(WireFormatError) -> JSONValue {
        guard let value = members[key], !value.isNull else {
            if let fallback { return fallback }
            throw missing(key)
        }
        guard case .object = value else { throw mismatch(key, "an object", value) }
        return value
    }

    public func array(_ key: String) throws(WireFormatError) -> [JSONValue] {
        let value = try self.value(key)
        guard case .array(let elements) = value else { throw mismatch(key, "an array", value) }
        return elements
    }

    public func string(_ key: String) throws(WireFormatError) -> String {
        let value = try self.value(key)
        guard case .string(let string) = value else { throw mismatch(key, "a string", value) }
        return string
    }

    public func optionalString(_ key: String) throws(WireFormatError) -> String? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .string(let string) = value else { throw mismatch(key, "a string", value) }
        return string
    }

    public func bool(_ key: String) throws(WireFormatError) -> Bool {
        let value = try self.value(key)
        guard case .bool(let bool) = value else { throw mismatch(key, "true or false", value) }
        return bool
    }

    public func optionalNumber(_ key: String) throws(WireFormatError) -> Double? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .number(let number) = value else { throw mismatch(key, "a number", value) }
        return number
    }

    public func integer(_ key: String, default fallback: Int? = nil) throws(WireFormatError) -> Int {
        guard let value = members[key], !value.isNull else {
            if let fallback { return fallback }
            throw missing(key)
        }
        guard let integer = value.intValue else { throw mismatch(key, "a whole number", value) }
        return integer
    }

    public func optionalInteger(_ key: String) throws(WireFormatError) -> Int? {
        guard let value = members[key], !value.isNull else { return nil }
        guard let integer = value.intValue else { throw mismatch(key, "a whole number", value) }
        return integer
    }

    public func optionalBool(_ key: String) throws(WireFormatError) -> Bool? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .bool(let bool) = value else { throw mismatch(key, "true or false", value) }
        return bool
    }

    /// An object of numbers (`{"EUR": 1.08}`); empty when absent.
    public func numbers(_ key: String) throws(WireFormatError) -> [String: Double] {
        guard let value = members[key], !value.isNull else { return [:] }
        let object = try WireObject(value, path: childPath(key))
        var numbers: [String: Double] = [:]
        for name in object.members.keys {
            guard let number = try object.optionalNumber(name) else { throw object.missing(name) }
            numbers[name] = number
        }
        return numbers
    }

    /// An object of strings (`{"kind": "call"}`); empty when absent.
    public func stringMap(_ key: String) throws(WireFormatError) -> [String: String] {
        guard let value = members[key], !value.isNull else { return [:] }
        return try WireObject(value, path: childPath(key)).allStrings()
    }

    /// Every member of this object, each required to be a string.
    public func allStrings() throws(WireFormatError) -> [String: String] {
        var strings: [String: String] = [:]
        for name in members.keys { strings[name] = try string(name) }
        return strings
    }

    public func strings(_ key: String, default fallback: [String]? = nil) throws(WireFormatError) -> [String] {
        guard let value = members[key], !value.isNull else {
            if let fallback { return fallback }
            throw missing(key)
        }
        guard case .array(let elements) = value else { throw mismatch(key, "an array of strings", value) }
        var strings: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let string) = element else {
                throw WireFormatError(path: "\(childPath(key))[\(index)]",
                                      message: "expected a string, found \(element.typeDescription)")
            }
            strings.append(string)
        }
        return strings
    }
}
