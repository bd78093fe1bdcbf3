import Foundation
import SalesOpsCatalog

/// Numbers and money as reports print them.
package enum Format {
    /// Up to 4 significant decimals, no trailing zeros; thousands separated for large values.
    package static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 {
            return grouped(value)
        }
        if abs(value) >= 1000 {
            return grouped(value)
        }
        var text = String(format: "%.4g", value)
        if text.contains("e") { text = String(format: "%.4f", value) }
        return text
    }

    package static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    package static func money(_ value: Double, _ currency: Currency) -> String {
        "\(grouped(value)) \(currency.rawValue)"
    }

    package static func money(_ range: MoneyRange, _ currency: Currency) -> String {
        range.isExact ? money(range.low, currency) : "\(grouped(range.low))–\(grouped(range.high)) \(currency.rawValue)"
    }

    /// `value` rounded to a whole number with thousands separators; beyond 10^15 (or not finite)
    /// in exponent form, since no whole-number type holds every such value.
    static func grouped(_ value: Double) -> String {
        let rounded = value.rounded()
        guard abs(rounded) < 1e15, let whole = Int(exactly: rounded) else {
            return String(format: "%.4g", value)
        }
        let digits = String(whole.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(character)
        }
        return (whole < 0 ? "-" : "") + result
    }
}
