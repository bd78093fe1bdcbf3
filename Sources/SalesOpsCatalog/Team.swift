import SalesOpsBasics
import SalesOpsYAML

/// A sales team the tools must fit: `kind: Team`.
public typealias Team = Descriptor<TeamSpec>

public struct TeamSpec: Codable, Sendable, YAMLValidating {
    public var seats: Int
    public var growth: Growth?
    public var budget: Budget?
    /// Years a cost of ownership covers (default 3).
    public var horizonYears: Int?
    public var billing: Billing?
    /// Tools the team already runs (names of catalog tools).
    public var currentStack: [String]?
    public var mustHave: [String]?
    public var niceToHave: [String]?
    public var compliance: [ComplianceStandard]?
    public var dataResidency: Region?
    public var skillLevel: SkillLevel?
    /// Hours a week someone can spend administering the tool.
    public var adminHoursPerWeek: Double?

    public var horizon: Int { horizonYears ?? 3 }

    public func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if seats < 1 { problems.append(YAMLValidationProblem(key: "seats", "a team needs at least 1 seat")) }
        if let horizonYears, !(1...10).contains(horizonYears) {
            problems.append(YAMLValidationProblem(key: "horizonYears", "expected 1 to 10 years, found \(horizonYears)"))
        }
        return problems
    }

    /// Seats in year `year` (1-based) of the horizon.
    public func seats(inYear year: Int) -> Int {
        growth?.seats(inYear: year, starting: seats) ?? seats
    }
}

/// How the team grows: a yearly rate, or the seats year by year.
public struct Growth: Codable, Sendable, Hashable, YAMLValidating {
    /// Fraction added each year (0.25 = 25 %).
    public var ratePerYear: Double?
    /// Seats in years 1, 2, 3 …; the last value holds after the list ends.
    public var seatsByYear: [Int]?

    public func seats(inYear year: Int, starting: Int) -> Int {
        if let seatsByYear, !seatsByYear.isEmpty {
            return seatsByYear[min(year, seatsByYear.count) - 1]
        }
        guard let ratePerYear else { return starting }
        var value = Double(starting)
        for _ in 1..<max(year, 1) { value *= 1 + ratePerYear }
        return Int(value.rounded(.up))
    }

    public func validationProblems() -> [YAMLValidationProblem] {
        switch (ratePerYear, seatsByYear) {
        case (nil, nil): return [YAMLValidationProblem("give `ratePerYear` or `seatsByYear`")]
        case (.some, .some): return [YAMLValidationProblem("give `ratePerYear` or `seatsByYear`, not both")]
        default: return []
        }
    }
}

public struct Budget: Codable, Sendable, Hashable {
    public var perYear: Double
    public var currency: Currency
}
