import SalesOpsBasics
import SalesOpsYAML

/// A sales team the tools must fit: `kind: Team`.
package typealias Team = Descriptor<TeamSpec>

package struct TeamSpec: Codable, Sendable, YAMLNumericRanges {
    package var seats: Int
    package var growth: Growth?
    package var budget: Budget?
    /// Years a cost of ownership covers (default 3).
    package var horizonYears: Int?
    package var billing: Billing?
    /// Tools the team already runs (names of catalog tools).
    package var currentStack: [String]?
    package var mustHave: [String]?
    package var niceToHave: [String]?
    package var compliance: [ComplianceStandard]?
    package var dataResidency: Region?
    package var skillLevel: SkillLevel?
    /// Hours a week someone can spend administering the tool.
    package var adminHoursPerWeek: Double?

    package var horizon: Int { horizonYears ?? 3 }

    package static let numericRanges: [String: NumericRange] = [
        "seats": NumericRange(1...1_000_000, unit: "seats"),
        "horizonYears": NumericRange(1...10, unit: "years"),
        "adminHoursPerWeek": NumericRange(0...168, unit: "hours"),
    ]

    /// Seats in year `year` (1-based) of the horizon.
    package func seats(inYear year: Int) -> Int {
        growth?.seats(inYear: year, starting: seats) ?? seats
    }
}

/// How the team grows: a yearly rate, or the seats year by year.
package struct Growth: Codable, Sendable, Hashable, YAMLValidating, YAMLNumericRanges {
    /// Fraction added each year (0.25 = 25 %); negative for a team that shrinks (-0.1 = 10 % fewer
    /// seats a year), never to nothing.
    package var ratePerYear: Double?
    /// Seats in years 1, 2, 3 …; the last value holds after the list ends.
    package var seatsByYear: [Int]?

    package func seats(inYear year: Int, starting: Int) -> Int {
        if let seatsByYear, !seatsByYear.isEmpty {
            return seatsByYear[min(year, seatsByYear.count) - 1]
        }
        guard let ratePerYear else { return starting }
        var value = Double(starting)
        for _ in 1..<max(year, 1) { value *= 1 + ratePerYear }
        // A shrinking team keeps at least one seat; the loaded ranges keep this far below Int.max.
        let seats = value.rounded(.up)
        guard seats.isFinite else { return starting }
        return Int(max(1, min(seats, 1e15)))
    }

    package static let numericRanges: [String: NumericRange] = [
        "ratePerYear": NumericRange(above: -1, upTo: 2),
        "seatsByYear": NumericRange(1...1_000_000, unit: "seats"),
    ]

    package func validationProblems() -> [YAMLValidationProblem] {
        switch (ratePerYear, seatsByYear) {
        case (nil, nil): return [YAMLValidationProblem("give `ratePerYear` or `seatsByYear`")]
        case (.some, .some): return [YAMLValidationProblem("give `ratePerYear` or `seatsByYear`, not both")]
        default: return []
        }
    }
}

package struct Budget: Codable, Sendable, Hashable, YAMLNumericRanges {
    package var perYear: Double
    package var currency: Currency

    package static let numericRanges: [String: NumericRange] = [
        "perYear": NumericRange(above: 0, upTo: 10_000_000_000),
    ]
}
