import Foundation
import SalesOpsBasics

/// Start dates as HR systems export them: ISO `2026-03-02` (a time after it is ignored), and
/// the two regional forms, day first (`02/03/2026`, `02.03.2026`) and month first (`03/02/2026`).
///
/// Dots are read day first, as the countries that write them do. With slashes (or dashes before
/// a four-digit year) the order is the file's: a date whose first number is over 12 shows the
/// day comes first, one whose second number is, that the month does. A date both orders read
/// differently is accepted only when the file shows its order, and only one order.
package struct HireDateReader: Sendable {
    /// The regional order a file uses, or the evidence that it uses both.
    package enum Order: Sendable, Hashable {
        case dayFirst(line: Int, text: String)
        case monthFirst(line: Int, text: String)
        case both(dayFirst: (line: Int, text: String), monthFirst: (line: Int, text: String))
        case unknown

        package static func == (left: Order, right: Order) -> Bool { "\(left)" == "\(right)" }
        package func hash(into hasher: inout Hasher) { hasher.combine("\(self)") }
    }

    package var order: Order

    /// The order the dates in `texts` (value and line) show.
    package init(_ texts: [(text: String, line: Int)]) {
        var dayFirst: (line: Int, text: String)?
        var monthFirst: (line: Int, text: String)?
        for (text, line) in texts {
            guard let (first, second, _, separator) = Self.regional(text), separator != "." else { continue }
            if first > 12, second <= 12, dayFirst == nil { dayFirst = (line, text) }
            if second > 12, first <= 12, monthFirst == nil { monthFirst = (line, text) }
        }
        switch (dayFirst, monthFirst) {
        case let (day?, month?): order = .both(dayFirst: day, monthFirst: month)
        case let (day?, nil): order = .dayFirst(line: day.line, text: day.text)
        case let (nil, month?): order = .monthFirst(line: month.line, text: month.text)
        case (nil, nil): order = .unknown
        }
    }

    /// The date `text` stands for, or why it cannot be read (a message with the fix).
    package func read(_ text: String) -> Result<CalendarDate, DateProblem> {
        let iso = text.count > 10 && (text.dropFirst(10).first == "T" || text.dropFirst(10).first == " ") ? String(text.prefix(10)) : text
        // `2026/01/05` reads as ISO too; most files have no slash to replace.
        let dashed = iso.utf8.contains(UInt8(ascii: "/")) ? iso.replacingOccurrences(of: "/", with: "-") : iso
        if let date = CalendarDate(iso: dashed) { return .success(date) }
        guard let (first, second, year, separator) = Self.regional(text) else {
            let isoShaped = text.prefix(4).allSatisfy(\.isNumber) && text.dropFirst(4).first == "-"
            return .failure(DateProblem(message: "expected a date as YYYY-MM-DD\(isoShaped ? "" : " (or DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY)"), found \"\(text)\""))
        }
        func date(day: Int, month: Int) -> Result<CalendarDate, DateProblem> {
            CalendarDate(year: year, month: month, day: day).map { .success($0) }
                ?? .failure(DateProblem(message: "\"\(text)\" is not a date: there is no day \(day) in month \(month) of \(year)"))
        }
        if separator == "." { return date(day: first, month: second) }
        if first > 12 || first == second { return date(day: first, month: second) }
        if second > 12 { return date(day: second, month: first) }
        switch order {
        case .dayFirst: return date(day: first, month: second)
        case .monthFirst: return date(day: second, month: first)
        case let .both(day, month):
            return .failure(DateProblem(message: "\"\(text)\" reads as \(Self.words(first, second, year)) day first, or as \(Self.words(second, first, year)) "
                + "month first, and the file writes both (day first on line \(day.line): \"\(day.text)\"; month first on line \(month.line): "
                + "\"\(month.text)\"); write it as YYYY-MM-DD"))
        case .unknown:
            return .failure(DateProblem(message: "\"\(text)\" reads as \(Self.words(first, second, year)) day first, or as \(Self.words(second, first, year)) "
                + "month first, and no date in the file shows which; write it as YYYY-MM-DD"))
        }
    }

    /// `1 February 2026`.
    private static func words(_ day: Int, _ month: Int, _ year: Int) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// `A/B/YYYY`, `A.B.YYYY` or `A-B-YYYY` with A and B of one or two digits in 1…31, and the
    /// separator; nil for anything else.
    static func regional(_ text: String) -> (Int, Int, Int, Character)? {
        guard let separator = text.first(where: { $0 == "/" || $0 == "." || $0 == "-" }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]),
              (1...31).contains(first), (1...31).contains(second) else { return nil }
        return (first, second, year, separator)
    }
}

/// Why a date in an import cannot be read.
package struct DateProblem: Error, Sendable, Hashable {
    package var message: String
}
