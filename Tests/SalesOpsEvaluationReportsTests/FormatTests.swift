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
}
