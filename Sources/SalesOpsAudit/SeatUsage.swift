import Foundation
import SalesOpsBasics

/// One user's seat on one tool, from a seat-usage export: when they were last active and,
/// where the export has it, how much they did.
package struct SeatUsage: Sendable, Hashable {
    package var user: String
    /// The catalog Tool the seat is on.
    package var tool: String
    /// Nil when the export says the user never signed in.
    package var lastActive: CalendarDate?
    package var activity: Int?

    package init(user: String, tool: String, lastActive: CalendarDate?, activity: Int? = nil) {
        self.user = user
        self.tool = tool
        self.lastActive = lastActive
        self.activity = activity
    }
}

/// Which columns of a usage export hold what. The default reads `user,tool,lastActive`
/// (and `activity` when present); presets read common admin exports.
package struct UsageColumns: Sendable, Hashable {
    package var user = "user"
    /// The column naming the tool; nil when every row is on `fixedTool`.
    package var tool: String? = "tool"
    package var fixedTool: String?
    package var lastActive = "lastActive"
    /// Optional: read when the export has it.
    package var activity = "activity"

    package init() {}

    /// The exports with a preset: Salesforce's user export (Data Loader or a report on Users:
    /// `Username`, `LastLoginDate`) and Google Workspace's user list download
    /// (`Email Address [Required]`, `Last Sign In [READ ONLY]`).
    package static let presets: [String: UsageColumns] = {
        var salesforce = UsageColumns()
        salesforce.user = "Username"
        salesforce.tool = nil
        salesforce.fixedTool = "salesforce-sales-cloud"
        salesforce.lastActive = "LastLoginDate"
        var google = UsageColumns()
        google.user = "Email Address [Required]"
        google.tool = nil
        google.fixedTool = "google-workspace"
        google.lastActive = "Last Sign In [READ ONLY]"
        return ["salesforce": salesforce, "google-workspace": google]
    }()

    /// Applies `--map` settings: a preset's name, or `FIELD=COLUMN` with FIELD one of `user`,
    /// `tool`, `lastActive`, `activity`; `tool=@NAME` puts every row on the catalog Tool NAME.
    package mutating func apply(_ setting: String) throws(UsageError) {
        guard setting.contains("=") else {
            guard let preset = Self.presets[setting] else {
                throw .badMapping(setting, "no preset named `\(setting)`; presets: \(Self.presets.keys.sorted().joined(separator: ", ")); or give FIELD=COLUMN")
            }
            self = preset
            return
        }
        let mapping: ColumnMapping
        do {
            mapping = try ColumnMapping(setting, fields: ["user", "tool", "lastActive", "activity"], what: "usage")
        } catch {
            throw .badMapping(setting, error.fix)
        }
        let column = mapping.column
        switch mapping.field {
        case "user": user = column
        case "tool" where column.hasPrefix("@"):
            tool = nil
            fixedTool = String(column.dropFirst())
        case "tool":
            tool = column
            fixedTool = nil
        case "lastActive": lastActive = column
        default: activity = column
        }
    }
}

/// A usage export that cannot be read as a whole: its place and the fix.
package enum UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    case badMapping(String, String)
    case missingColumn(file: String, column: String, headers: [String])
    case badValue(file: String, line: Int, column: Int, message: String)
    case unreadable(file: String, line: Int, message: String)

    package var description: String {
        switch self {
        case let .badMapping(setting, fix):
            return "--map \(setting): \(fix)"
        case let .missingColumn(file, column, headers):
            var text = "\(file):1: no column `\(column)`; the header has \(headers.map { "`\($0)`" }.joined(separator: ", "))"
            if let nearest = Suggestion.nearest(to: column, in: headers) { text += "; did you mean `\(nearest)`?" }
            return text + " (or map it: --map FIELD=COLUMN)"
        case let .badValue(file, line, column, message):
            return "\(file):\(line):\(column): \(message)"
        case let .unreadable(file, line, message):
            return "\(file):\(line): \(message)"
        }
    }
}

package enum UsageExport {
    /// The seats in a usage export. A last-active value is a date (`YYYY-MM-DD`, or
    /// `YYYY/MM/DD`), optionally followed by a time, which is ignored; empty or `never` means
    /// the user never signed in. Every bad row is an error with its line and column.
    package static func read(_ text: String, file: String, columns: UsageColumns) throws(UsageError) -> [SeatUsage] {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(text)
        } catch {
            throw .unreadable(file: file, line: error.line, message: "a quoted field is never closed; close it with \"")
        }
        guard let header = records.first else { return [] }
        let headers = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        func index(_ column: String) throws(UsageError) -> Int {
            guard let found = headers.firstIndex(of: column) else {
                throw .missingColumn(file: file, column: column, headers: headers)
            }
            return found
        }
        let userColumn = try index(columns.user)
        let toolColumn = try columns.tool.map { column throws(UsageError) in try index(column) }
        let activeColumn = try index(columns.lastActive)
        let activityColumn = headers.firstIndex(of: columns.activity)
        var seats: [SeatUsage] = []
        for record in records.dropFirst() {
            func field(_ column: Int) throws(UsageError) -> String {
                guard column < record.fields.count else {
                    throw .badValue(file: file, line: record.line, column: column + 1,
                                    message: "the row has \(record.fields.count) fields, the header \(headers.count); fill in `\(headers[column])`")
                }
                return record.fields[column].trimmingCharacters(in: .whitespaces)
            }
            let user = try field(userColumn)
            guard !user.isEmpty else {
                throw .badValue(file: file, line: record.line, column: userColumn + 1, message: "`\(headers[userColumn])` is empty; every seat needs its user")
            }
            let tool: String
            if let toolColumn {
                tool = try field(toolColumn)
                guard !tool.isEmpty else {
                    throw .badValue(file: file, line: record.line, column: toolColumn + 1,
                                    message: "`\(headers[toolColumn])` is empty; name the catalog Tool (e.g. hubspot-sales-hub)")
                }
            } else {
                tool = columns.fixedTool ?? ""
            }
            let activeText = try field(activeColumn)
            var lastActive: CalendarDate?
            if !activeText.isEmpty, activeText.lowercased() != "never", !activeText.lowercased().hasPrefix("never ") {
                let datePart = activeText.prefix(10).replacingOccurrences(of: "/", with: "-")
                guard let date = CalendarDate(iso: datePart),
                      activeText.count == 10 || " T".contains(activeText[activeText.index(activeText.startIndex, offsetBy: 10)])
                else {
                    throw .badValue(file: file, line: record.line, column: activeColumn + 1,
                                    message: "`\(activeText)` is not a date; write YYYY-MM-DD (a time after it is ignored), or leave it empty for never")
                }
                lastActive = date
            }
            var activity: Int?
            if let activityColumn {
                let text = try field(activityColumn)
                if !text.isEmpty {
                    guard let count = Int(text), count >= 0 else {
                        throw .badValue(file: file, line: record.line, column: activityColumn + 1,
                                        message: "`\(text)` is not a count; write a whole number of actions, 0 or more")
                    }
                    activity = count
                }
            }
            seats.append(SeatUsage(user: user, tool: tool, lastActive: lastActive, activity: activity))
        }
        return seats
    }
}
