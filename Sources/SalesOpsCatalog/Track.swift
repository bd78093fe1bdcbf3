import SalesOpsBasics
import SalesOpsSchedule
import SalesOpsYAML

/// An onboarding track of steps and certifications: `kind: Track`.
package typealias Track = Descriptor<TrackSpec>

package struct TrackSpec: Codable, Sendable, YAMLValidating {
    /// The track kind from the plugin registry: `hire`, `customer`, ….
    package var audience: String
    /// For hires: the role (`sdr`, `ae`, `csm`, …).
    package var role: String?
    /// For customers: the segment (`enterprise`, `smb`, …).
    package var segment: String?
    /// The calendar's name (weekends and holidays).
    package var calendar: String
    package var steps: [Step]
    /// The track kind's own fields (a partner track's `tier`), checked against the JSON Schema
    /// the kind declares.
    package var fields: [String: JSONValue]?
    /// How xAPI statements from a learning platform name the steps (`salesops import xapi`).
    package var xapi: XAPIMapping?

    package func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if steps.isEmpty { problems.append(YAMLValidationProblem(key: "steps", "a track needs at least one step")) }
        var seen: Set<String> = []
        for step in steps where !seen.insert(step.id).inserted {
            problems.append(YAMLValidationProblem(key: "steps", "step id `\(step.id)` is used twice; step ids are unique in a track"))
        }
        return problems
    }
}

package struct Step: Codable, Sendable, YAMLValidating, YAMLNumericRanges {
    package var id: String
    package var title: String
    package var description: String?
    /// Who does it: `hire`, `manager`, `buddy`, `enablement`, `customer`, `csm`; the track kind says which are allowed.
    package var owner: String
    package var due: Due
    package var dependsOn: [String]?
    /// Share of the track's progress (default 1).
    package var weight: Double?
    package var certification: Certification?
    package var resources: [String]?
    /// People (ids) who may sign the step off besides the enrolment's manager (`enablement-lead`).
    package var approvers: [String]?

    package static let numericRanges: [String: NumericRange] = [
        "weight": NumericRange(0...1000),
    ]

    package func validationProblems() -> [YAMLValidationProblem] {
        Metadata.isValidName(id) ? [] : [
            YAMLValidationProblem(key: "id", "\"\(id)\" is not a valid step id; use lower-case letters and digits separated by -, _ or ."),
        ]
    }
}

/// When a step is due: an offset from the effective start, or from another step with `after`.
package struct Due: Codable, Sendable, Hashable, YAMLValidating, YAMLNumericRanges {
    package var businessDays: Int?
    package var days: Int?
    package var weeks: Int?
    /// Count from this step's due date (or its completion, once completed).
    package var after: String?

    /// Up to ten years, whichever unit: steps are due on or after what they count from.
    package static let numericRanges: [String: NumericRange] = [
        "businessDays": NumericRange(0...2610, unit: "business days"),
        "days": NumericRange(0...3650, unit: "days"),
        "weeks": NumericRange(0...520, unit: "weeks"),
    ]

    /// The offset as the scheduler counts it (validation has checked exactly one unit is given).
    package var offset: DueOffset {
        if let businessDays { return .businessDays(businessDays) }
        if let days { return .days(days) }
        return .weeks(weeks ?? 0)
    }

    package func validationProblems() -> [YAMLValidationProblem] {
        [businessDays, days, weeks].compactMap { $0 }.count == 1
            ? [] : [YAMLValidationProblem("give exactly one of `businessDays`, `days` or `weeks`")]
    }
}

package struct Certification: Codable, Sendable, YAMLValidating, YAMLNumericRanges {
    package var name: String?
    /// The verifier id in the plugin registry (`quiz-score`, `manager-signoff`, …); absent:
    /// the first of the track kind's `defaultVerifiers`.
    package var verifier: String?
    package var params: [String: JSONValue]?
    /// How long a pass stays valid; absent: it never expires.
    package var validFor: DatePeriod?
    /// The renewal window opens this long before expiry.
    package var renewWithin: DatePeriod?
    package var maxAttempts: Int?

    package static let numericRanges: [String: NumericRange] = [
        "maxAttempts": NumericRange(1...100, unit: "attempts"),
    ]

    /// The verifier that decides this certification: its own, else the first of `defaults`,
    /// the track kind's default verifiers; nil when there is neither.
    package func verifier(defaults: [String]) -> String? {
        verifier ?? defaults.first
    }

    /// The longest `validFor` and `renewWithin`: ten years.
    package static let longestPeriod = DatePeriod(count: 10, unit: .years)

    package func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if let validFor, validFor.count < 1 || validFor.averageDays > Self.longestPeriod.averageDays {
            problems.append(YAMLValidationProblem(key: "validFor", "expected 1d to \(Self.longestPeriod), found \(validFor)"))
        }
        if let renewWithin {
            if let validFor {
                if renewWithin.averageDays >= validFor.averageDays {
                    problems.append(YAMLValidationProblem(
                        key: "renewWithin", "expected less than `validFor` (\(validFor)), found \(renewWithin); the renewal window opens this long before expiry"))
                }
            } else {
                problems.append(YAMLValidationProblem(key: "renewWithin", "`renewWithin` needs `validFor`"))
            }
        }
        return problems
    }
}
