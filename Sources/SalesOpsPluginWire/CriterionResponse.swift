/// The answer to a `CriterionRequest`: one score per candidate, in the same order.
///
/// Wire shape: `{"scores": [0.5, null, 1]}`. `null` means "no value for this candidate"
/// (unknown data); every number must be finite.
public struct CriterionResponse: WireMessage, Hashable {
    public var scores: [Double?]

    public init(scores: [Double?]) {
        self.scores = scores
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        var scores: [Double?] = []
        let elements = try object.array("scores")
        scores.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            switch element {
            case .null:
                scores.append(nil)
            case .number(let value) where value.isFinite:
                scores.append(value)
            default:
                throw WireFormatError(path: "scores[\(index)]",
                                      message: "expected a finite number or null, found \(element.typeDescription)")
            }
        }
        self.scores = scores
    }

    public var json: JSONValue {
        .object(["scores": .array(scores.map { $0.map(JSONValue.number) ?? .null })])
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
