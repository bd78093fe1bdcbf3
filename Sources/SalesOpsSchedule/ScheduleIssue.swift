/// One reason a set of steps cannot be scheduled.
package enum ScheduleIssue: Sendable, Hashable, CustomStringConvertible {
    /// Two steps share an id, so `after` and completions could not tell them apart.
    case duplicateStep(id: String)
    /// `after` names no step of the track.
    case unknownAfter(step: String, after: String, suggestion: String?)
    /// Steps whose `after` links loop back; the ids in order, the first repeated at the end.
    case cycle([String])
    /// A negative offset: the step would be due before what it counts from.
    case negativeOffset(step: String, offset: DueOffset)
    /// An offset beyond `DueOffset.limit` units: a typo, and date arithmetic could overflow.
    case offsetOutOfRange(step: String, offset: DueOffset)

    package var description: String {
        switch self {
        case .duplicateStep(let id):
            return "step \"\(id)\" is defined more than once; give each step a unique id"
        case .unknownAfter(let step, let after, let suggestion):
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? "; use the id of a step in this track"
            return "step \"\(step)\": after \"\(after)\" names no step in this track\(hint)"
        case .cycle(let ids):
            let chain = ids.map { "\"\($0)\"" }.joined(separator: " → ")
            return "steps \(chain) form a cycle through `after`; remove one `after` so the chain counts from the start date"
        case .negativeOffset(let step, let offset):
            return "step \"\(step)\": \(offset) would be due before what it counts from; use an offset of 0 or more"
        case .offsetOutOfRange(let step, let offset):
            return "step \"\(step)\": \(offset) is out of range; offsets must be between 0 and \(DueOffset.limit)"
        }
    }
}
