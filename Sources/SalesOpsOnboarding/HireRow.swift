import Foundation
import SalesOpsBasics

/// One row of a hires CSV file, checked: `person,email,track,start,manager,timezone,contact`,
/// or an HR system's export whose columns `HireColumns` reads as those.
///
/// `person`, `track` and `start` are required; `email`, `manager`, `timezone` and `contact`
/// (a customer's contact, who signs customer sign-offs) may be empty or left out. Columns may come in any order; the header names them.
package struct HireRow: Sendable, Hashable {
    package var line: Int
    package var person: Person
    package var track: String
    package var start: CalendarDate

    package static let columns = ["person", "email", "track", "start", "manager", "timezone", "contact"]
    package static let requiredColumns = ["person", "track", "start"]

    /// Every row of `text`, or every problem found (each with its line and column, named as
    /// the file's header names it): a file with any bad row yields no rows at all. Columns are
    /// found by `columns` (salesops's names, common HR exports' names, `--map`); other columns
    /// are ignored, except one whose header looks like a misspelt field name.
    package static func parse(_ text: String, knownTracks: [String], columns: HireColumns = HireColumns()) -> Result<[HireRow], ImportProblems> {
        var problems: [ImportProblem] = []
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(text)
        } catch {
            return .failure(ImportProblems(problems: [ImportProblem(line: error.line, column: nil, message: error.description)]))
        }
        guard let header = records.first else {
            return .failure(ImportProblems(problems: [ImportProblem(
                line: 1, column: nil, message: "the file is empty; the first line names the columns: \(HireRow.columns.joined(separator: ","))")]))
        }
        var position: [String: Int] = [:]
        var unread: [(index: Int, name: String)] = []
        for (index, rawName) in header.fields.enumerated() {
            guard let field = columns.field(of: rawName) else {
                unread.append((index, rawName))
                continue
            }
            if let earlier = position[field] {
                let message = HireColumns.normalized(header.fields[earlier]) == HireColumns.normalized(rawName)
                    ? "the column appears twice"
                    : "both \"\(trimmed(header.fields[earlier]))\" and \"\(trimmed(rawName))\" read as \(field); choose one with --map \(field)=COLUMN"
                problems.append(ImportProblem(line: header.line, column: trimmed(rawName), message: message))
            }
            position[field] = index
        }
        // A header that is not read is ignored (HR exports carry many), unless it looks like a
        // misspelt name of a field the file has no column for.
        let open = HireRow.columns.filter { position[$0] == nil && !($0 == "track" && columns.fixedTrack != nil) }
        for (_, rawName) in unread {
            guard let nearest = Suggestion.nearest(to: HireColumns.normalized(rawName), in: open) else { continue }
            problems.append(ImportProblem(line: header.line, column: rawName, message: "unknown column; did you mean \"\(nearest)\"?"))
        }
        for (field, column) in columns.mapped.sorted(by: { $0.key < $1.key }) where position[field] == nil {
            let headers = header.fields.map(trimmed)
            let hint = Suggestion.nearest(to: column, in: headers).map { "; did you mean \"\($0)\"?" } ?? ""
            problems.append(ImportProblem(line: header.line, column: column,
                                          message: "--map \(field)=\(column): no such column; the header has \(headers.map { "\"\($0)\"" }.joined(separator: ", "))\(hint)"))
        }
        for name in requiredColumns where position[name] == nil && !(name == "track" && columns.fixedTrack != nil) && columns.mapped[name] == nil {
            problems.append(ImportProblem(line: header.line, column: name, message: "missing required column; the header needs \(requiredColumns.joined(separator: ", ")) "
                + "(or a header the README's mapping table reads as \(name), or --map \(name)=COLUMN\(name == "track" ? ", or --map track=@TRACK" : ""))"))
        }
        guard problems.isEmpty else { return .failure(ImportProblems(problems: problems)) }
        // What the problems call each column: its header as written, or the mapping that stands for it.
        func columnName(_ field: String) -> String {
            if field == "track", let fixed = columns.fixedTrack, position["track"] == nil { return "track=@\(fixed)" }
            return position[field].map { trimmed(header.fields[$0]) } ?? field
        }
        let dates = HireDateReader(records.dropFirst().compactMap { record in
            position["start"].flatMap { $0 < record.fields.count ? (trimmed(record.fields[$0]), record.line) : nil }
        })

        let tracks = Set(knownTracks)
        var rows: [HireRow] = []
        var seen: [EnrolmentKey: Int] = [:]
        var knownZones: Set<String> = []
        for record in records.dropFirst() {
            func field(_ name: String) -> String? {
                guard let index = position[name], index < record.fields.count else { return nil }
                let value = trimmed(record.fields[index])
                return value.isEmpty ? nil : value
            }
            if record.fields.count != header.fields.count {
                problems.append(ImportProblem(line: record.line, column: nil,
                                              message: "expected \(header.fields.count) fields as in the header, found \(record.fields.count)"))
                continue
            }
            var bad = false
            func problem(_ field: String, _ message: String) {
                problems.append(ImportProblem(line: record.line, column: columnName(field), message: message))
                bad = true
            }
            let id = field("person") ?? ""
            if id.isEmpty { problem("person", "missing; every row needs a person id") }
            else if !Person.isValidID(id) { problem("person", OnboardingError.invalidPersonID(id).description) }
            let track = field("track") ?? columns.fixedTrack ?? ""
            if track.isEmpty { problem("track", "missing; every row needs a track") }
            else if !tracks.contains(track) { problem("track", NotFound(kind: "track", name: track, place: .catalog, among: knownTracks, showingKnown: true).description) }
            let startText = field("start") ?? ""
            var start: CalendarDate?
            switch dates.read(startText) {
            case .success(let date): start = date
            case .failure(let failure): problem("start", startText.isEmpty ? "missing; every row needs a start date" : failure.message)
            }
            let email = field("email")
            if let email, !Person.isValidEmail(email) {
                problem("email", "\"\(email)\" is not an email address (name@domain, at most \(Person.maxEmailLength) characters)")
            }
            let manager = field("manager")
            if let manager, !Person.isValidID(manager) {
                problem("manager", "\"\(manager)\" is not a person id; a manager is named by their id: 1-64 letters, digits, `.`, `_`, `-` or `@`")
            }
            let timezone = field("timezone")
            if let timezone, !knownZones.contains(timezone) {
                if TimeZone(identifier: timezone) == nil {
                    problem("timezone", OnboardingError.invalidTimezone(timezone).description)
                } else {
                    knownZones.insert(timezone)
                }
            }
            let contact = field("contact")
            if let contact, !Person.isValidID(contact) {
                problem("contact", "\"\(contact)\" is not a person id; a contact is named by their id: 1-64 letters, digits, `.`, `_`, `-` or `@`")
            }
            guard !bad, let start else { continue }
            let key = EnrolmentKey(person: id, track: track)
            if let earlier = seen[key] {
                problems.append(ImportProblem(line: record.line, column: columnName("person"), message: "\(id) on \(track) is already on line \(earlier); list each enrolment once"))
                continue
            }
            seen[key] = record.line
            rows.append(HireRow(line: record.line,
                                person: Person(id: id, email: email, manager: manager, timezone: timezone, contact: contact),
                                track: track, start: start))
        }
        return problems.isEmpty ? .success(rows) : .failure(ImportProblems(problems: problems))
    }

    /// `field` without leading and trailing whitespace (`CharacterSet.whitespaces`). A field that
    /// starts and ends with a visible ASCII character, nearly every one in a file of a hundred
    /// thousand rows, is returned as it is without Foundation's scan.
    static func trimmed(_ field: String) -> String {
        let utf8 = field.utf8
        if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return field
        }
        return field.trimmingCharacters(in: .whitespaces)
    }
}

/// One bad line of an import file.
package struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    package var line: Int
    /// The column's name; nil when the whole line is wrong.
    package var column: String?
    package var message: String

    package init(line: Int, column: String?, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    package var description: String {
        column.map { "line \(line), column \($0): \(message)" } ?? "line \(line): \(message)"
    }
}

/// Every problem of an import file; nothing from the file is imported.
package struct ImportProblems: Error, Sendable, Hashable, CustomStringConvertible {
    package var problems: [ImportProblem]

    package var description: String { problems.map(\.description).joined(separator: "\n") }
}
