extension TrackKindTraits {
    /// The checks every track kind shares: each required field is present and not empty,
    /// and each step's `owner` is one this kind allows. A required field is a member of the
    /// track's `spec` (`role`) or of its own fields, `spec.fields` (`tier`).
    public func problems(in track: JSONValue) -> [TrackProblem] {
        var problems: [TrackProblem] = []
        for field in requiredFields {
            switch track[field] ?? track["fields"]?[field] {
            case nil, .null?:
                problems.append(TrackProblem(path: field, message: "missing; a track of this kind needs `\(field)`"))
            case .string(let text)? where text.isEmpty:
                problems.append(TrackProblem(path: field, message: "must not be empty"))
            default:
                break
            }
        }
        guard let steps = track["steps"] else { return problems }
        guard case .array(let elements) = steps else {
            problems.append(TrackProblem(path: "steps", message: "expected a list of steps, found \(steps.typeDescription)"))
            return problems
        }
        let allowed = owners.joined(separator: ", ")
        for (index, step) in elements.enumerated() {
            guard let owner = step["owner"] else { continue }
            guard let name = owner.stringValue else {
                problems.append(TrackProblem(path: "steps[\(index)].owner", message: "expected a string, found \(owner.typeDescription)"))
                continue
            }
            if !owners.contains(name) {
                problems.append(TrackProblem(path: "steps[\(index)].owner",
                                             message: "owner \"\(name)\" is not allowed here; expected one of \(allowed)"))
            }
        }
        return problems
    }
}
