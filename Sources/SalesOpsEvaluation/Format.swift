import CSalesOpsKernels
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
        let text = printf("%.4g", value)
        return text.utf8.contains(UInt8(ascii: "e")) ? printf("%.4f", value) : text
    }

    package static func percent(_ share: Double) -> String {
        printf("%.1f%%", share * 100)
    }

    package static func money(_ value: Double, _ currency: Currency) -> String {
        "\(grouped(value)) \(currency.rawValue)"
    }

    package static func money(_ range: MoneyRange, _ currency: Currency) -> String {
        range.isExact ? money(range.low, currency) : "\(grouped(range.low))–\(grouped(range.high)) \(currency.rawValue)"
    }

    /// `String(format: format, value)`, formatted as it does on Linux (by the C library's
    /// `snprintf`) but without an `NSString` or a `va_list` built per call: a report prints hundreds
    /// of thousands of numbers.
    static func printf(_ format: String, _ value: Double) -> String {
        let capacity = 64
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let count = buffer.withMemoryRebound(to: CChar.self) {
                salesops_format_double($0.baseAddress, capacity, format, value)
            }
            guard count >= 0, Int(count) < capacity else { return String(format: format, value) }
            return String(decoding: buffer.prefix(Int(count)), as: UTF8.self)
        }
    }

    /// `value` rounded to a whole number with thousands separators; beyond 10^15 (or not finite)
    /// in exponent form, since no whole-number type holds every such value.
    static func grouped(_ value: Double) -> String {
        let rounded = value.rounded()
        guard abs(rounded) < 1e15, let whole = Int(exactly: rounded) else {
            return printf("%.4g", value)
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
