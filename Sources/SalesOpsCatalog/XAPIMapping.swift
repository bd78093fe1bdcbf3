import SalesOpsYAML

/// Which of a track's steps the activities in xAPI statements from a learning platform are.
/// Without a mapping (or for ids it does not name), an activity whose id ends in `/STEP-ID`
/// is that step.
package struct XAPIMapping: Codable, Sendable, Hashable, YAMLValidating {
    /// Activity ids under this IRI prefix name the step by the rest of the id:
    /// `https://lms.example.com/sdr/` + `cold-call-certification`.
    package var activityPrefix: String?
    /// Activity ids mapped to step ids, for a platform whose ids do not end in the step id.
    package var activities: [String: String]?

    package init(activityPrefix: String? = nil, activities: [String: String]? = nil) {
        self.activityPrefix = activityPrefix
        self.activities = activities
    }

    package func validationProblems() -> [YAMLValidationProblem] {
        let iris = (activityPrefix.map { [("activityPrefix", $0)] } ?? []) + (activities ?? [:]).keys.sorted().map { ("activities", $0) }
        return iris.filter { !Self.isAbsoluteIRI($0.1) }.map { key, iri in
            YAMLValidationProblem(key: key, "\"\(iri)\" is not an absolute IRI; expected a scheme first, as in https://lms.example.com/courses/sdr/")
        }
    }

    /// A scheme (a letter, then letters, digits, `+`, `-` or `.`), a colon and something after it, with no spaces.
    package static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex,
              !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) else { return false }
        let scheme = text[..<colon]
        return scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
