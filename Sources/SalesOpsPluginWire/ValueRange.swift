/// The values a criterion promises to give: `{"min": 0, "max": 1}`, either bound optional.
/// The host refuses a score outside it, naming the plugin and the candidate.
public struct ValueRange: WireMessage, Hashable, CustomStringConvertible {
    public var min: Double?
    public var max: Double?

    public init(min: Double? = nil, max: Double? = nil) {
        self.min = min
        self.max = max
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        min = try object.optionalNumber("min")
        max = try object.optionalNumber("max")
        if let min, let max, min > max {
            throw WireFormatError(path: path, message: "min \(min) is above max \(max)")
        }
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = [:]
        if let min { members["min"] = .number(min) }
        if let max { members["max"] = .number(max) }
        return .object(members)
    }

    /// Whether `value` lies within the range (bounds included).
    public func contains(_ value: Double) -> Bool {
        (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
    }

    public var description: String {
        func text(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        return "\(min.map(text) ?? "-∞")…\(max.map(text) ?? "∞")"
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
