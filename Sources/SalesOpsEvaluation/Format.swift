import Foundation
import SalesOpsCatalog

/// Numbers and money as reports print them.
public enum Format {
    /// Up to 4 significant decimals, no trailing zeros; thousands separated for large values.
    public static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 {
            return grouped(Int(value))
        }
        if abs(value) >= 1000 {
            return grouped(Int(value.rounded()))
        }
        var text = String(format: "%.4g", value)
        if text.contains("e") { text = String(format: "%.4f", value) }
        return text
    }

    public static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    public static func money(_ value: Double, _ currency: Currency) -> String {
        "\(grouped(Int(value.rounded()))) \(currency.rawValue)"
    }

    public static func money(_ range: MoneyRange, _ currency: Currency) -> String {
        range.isExact ? money(range.low, currency) : "\(grouped(Int(range.low.rounded())))–\(grouped(Int(range.high.rounded()))) \(currency.rawValue)"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }
}
