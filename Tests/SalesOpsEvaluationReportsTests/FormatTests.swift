import Foundation
import SalesOpsEvaluation
import Testing

/// Report numbers of any size print; none traps converting to a whole number.
@Suite struct FormatTests {
    @Test func wholeNumbersAreGrouped() {
        #expect(Format.number(1_234_567) == "1,234,567")
        #expect(Format.money(-1_234_567.4, .USD) == "-1,234,567 USD")
        #expect(Format.money(-0.4, .EUR) == "0 EUR")
    }

    @Test func numbersBeyondWholeNumberTypesUseExponents() {
        #expect(Format.number(1e300) == "1e+300")
        #expect(Format.money(9.3e18, .USD) == "9.3e+18 USD")
        #expect(Format.number(-.infinity) == "-inf")
        #expect(Format.number(.nan) == "nan")
    }

    /// Fractions and shares print as `String(format:)` prints them, digit for digit.
    @Test func fractionsPrintAsFormatStringsDo() {
        var state: UInt64 = 3
        for _ in 0..<5_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = pow(10, Double(Int(state >> 60)) - 8)
            let value = (Double(state >> 11) / Double(1 << 53) - 0.5) * magnitude
            #expect(Format.number(value) == Self.reference(value), "\(value)")
            #expect(Format.percent(value) == String(format: "%.1f%%", value * 100), "\(value)")
        }
        for value in [0.00005, 0.12345, 0.5, 999.95, 1e-300, -0.0001, 0.1 + 0.2] {
            #expect(Format.number(value) == Self.reference(value), "\(value)")
        }
        #expect(Format.number(0.123456) == "0.1235")
        #expect(Format.percent(0.1234) == "12.3%")
    }

    /// The rule for numbers that are not whole, through Foundation's formatting.
    static func reference(_ value: Double) -> String {
        if value.rounded() == value || abs(value) >= 1000 { return Format.number(value) }
        let text = String(format: "%.4g", value)
        return text.contains("e") ? String(format: "%.4f", value) : text
    }
}
