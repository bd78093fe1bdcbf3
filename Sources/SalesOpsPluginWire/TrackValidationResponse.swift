/// The answer to a `TrackValidationRequest`: `{"problems": [TrackProblem, ...]}`, empty when the track is fine.
public struct TrackValidationResponse: WireMessage, Hashable {
    public var problems: [TrackProblem]

    public init(problems: [TrackProblem]) {
        self.problems = problems
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        var problems: [TrackProblem] = []
        for (index, element) in try object.array("problems").enumerated() {
            problems.append(try TrackProblem(json: element, path: "problems[\(index)]"))
        }
        self.problems = problems
    }

    public var json: JSONValue { .object(["problems": .array(problems.map(\.json))]) }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
