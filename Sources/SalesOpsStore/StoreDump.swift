import SalesOpsBasics
import SalesOpsOnboarding

/// A whole store as JSON Lines, the same whichever backend wrote it: a header line with the
/// counts, then every pinned definition, person, enrolment, the pseudonym key, the badge signing
/// keys, and every event
/// in sequence order, one JSON object a line with sorted keys. Importing it into an empty
/// store of either backend gives a store that reads back the same, event numbers included.
package enum StoreDump {
    package static let format = "salesops-store"
    package static let version = 1

    /// Writes `store` line by line (each without its newline) to `write`; the number of events.
    /// Reading the pseudonym and badge keys creates them in a store that has none yet, as the
    /// first anonymised report and the first badge export would.
    @discardableResult
    package static func export(_ store: any OnboardingStore, to write: (String) throws -> Void) throws -> Int {
        let definitions = try store.definitions()
        let people = try store.people()
        let histories = try store.histories(EnrolmentFilter())
        let events = histories.flatMap(\.events).sorted { $0.sequence < $1.sequence }
        let key = try store.pseudonymKey()
        let badgeKeys = try store.badgeKeys()
        // Terminal controls are written as \u escapes: the same JSON, safe to show on a terminal.
        func line(_ members: [String: JSONValue]) -> String {
            var writer = JSONByteWriter(capacity: 512)
            writer.escapesTerminalControls = true
            defer { writer.deallocate() }
            writer.write(.object(members.filter { $0.value != .null }), sortedKeys: true)
            return String(decoding: UnsafeBufferPointer(start: writer.base, count: writer.count), as: UTF8.self)
        }
        try write(line([
            "record": .string(format), "version": .number(Double(version)), "schema": .number(Double(try store.schemaVersion())),
            "definitions": .number(Double(definitions.count)), "people": .number(Double(people.count)),
            "enrolments": .number(Double(histories.count)), "events": .number(Double(events.count)),
        ]))
        for definition in definitions {
            try write(line(["record": .string("definition"), "hash": .string(definition.hash), "kind": .string(definition.kind),
                            "name": .string(definition.name), "content": .string(definition.content)]))
        }
        for person in people {
            try write(line(["record": .string("person"), "id": .string(person.id), "email": text(person.email), "manager": text(person.manager),
                            "timezone": text(person.timezone), "contact": text(person.contact)]))
        }
        for enrolment in histories.map(\.enrolment) {
            try write(line(["record": .string("enrolment"), "person": .string(enrolment.person), "track": .string(enrolment.track),
                            "trackVersion": .string(enrolment.trackVersion), "calendarVersion": .string(enrolment.calendarVersion),
                            "start": .string(enrolment.start.description)]))
        }
        try write(line(["record": .string("pseudonym-key"), "hex": .string(hex(key))]))
        for badgeKey in badgeKeys.keys {
            try write(line(["record": .string("badge-key"), "id": .string(badgeKey.id), "hex": .string(hex(badgeKey.seed)),
                            "current": .bool(badgeKey.id == badgeKeys.current)]))
        }
        for event in events {
            let row = EventRow(event.payload)
            try write(line([
                "record": .string("event"), "sequence": .number(Double(event.sequence)), "person": .string(event.enrolment.person),
                "track": .string(event.enrolment.track), "kind": .string(row.kind), "date": .string(event.date.description),
                "recordedAt": .string(event.recordedAt), "actor": .string(event.actor), "idempotencyKey": .string(event.idempotencyKey),
                "step": text(row.step), "note": text(row.note), "evidence": number(row.evidence), "score": row.score.map(JSONValue.number) ?? .null,
                "value": row.value.map(JSONValue.number) ?? .null, "signedOffBy": text(row.signedOffBy),
                "attemptNumber": number(row.attemptNumber), "passed": number(row.passed), "reason": text(row.reason),
                "fromVersion": text(row.fromVersion), "toVersion": text(row.toVersion), "manager": text(row.manager),
                "email": text(row.email), "timezone": text(row.timezone), "contact": text(row.contact), "startDate": text(row.startDate),
                "voidedKey": text(row.voidedKey),
            ]))
        }
        return events.count
    }

    private static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
    private static func number(_ value: Int64?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }

    /// The batch that recreates the exported store, or every problem found with its line.
    package static func batch(fromLines lines: some Sequence<Substring>) throws(DumpError) -> StoreBatch {
        var batch = StoreBatch(keepSequences: true)
        var problems: [DumpError.Problem] = []
        var header: [String: JSONValue]?
        var lineNumber = 0
        var badgeKeys: [(id: String, seed: [UInt8])] = []
        var currentBadgeKey: String?
        for line in lines {
            lineNumber += 1
            if line.isEmpty { continue }
            let object: [String: JSONValue]
            do {
                guard let parsed = try JSONValue(parsing: Array(line.utf8)).objectValue else {
                    problems.append(.init(line: lineNumber, message: "not a JSON object"))
                    continue
                }
                object = parsed
            } catch {
                problems.append(.init(line: lineNumber, message: error.description))
                continue
            }
            var missing: [String] = []
            func string(_ key: String) -> String {
                guard let value = object[key]?.stringValue else { missing.append(key); return "" }
                return value
            }
            func optional(_ key: String) -> String? { object[key]?.stringValue }
            func integer(_ key: String) -> Int64? { object[key]?.intValue.map(Int64.init) }
            /// 32 bytes written as 64 hexadecimal digits.
            func key32(_ key: String) -> [UInt8] {
                let hex = Array(string(key).utf8)
                let bytes = stride(from: 0, to: hex.count - 1, by: 2).compactMap { UInt8(String(decoding: hex[$0...$0 + 1], as: UTF8.self), radix: 16) }
                if bytes.count != 32 || hex.count != 64 { missing.append("\(key) (64 hexadecimal digits)") }
                return bytes
            }
            let record = object["record"]?.stringValue ?? ""
            if header == nil {
                guard record == format else {
                    throw DumpError(problems: [.init(line: lineNumber, message: "not a salesops store export (its first line is not {\"record\":\"\(format)\",…}); make one with `salesops store export`")])
                }
                guard object["version"]?.intValue == version else {
                    throw DumpError(problems: [.init(line: lineNumber, message: "export format version \(object["version"]?.intValue ?? 0) is not one this salesops reads (\(version)); import it with the salesops that exported it")])
                }
                header = object
                continue
            }
            switch record {
            case "definition":
                batch.definitions.append(StoredDefinition(hash: string("hash"), kind: string("kind"), name: string("name"), content: string("content")))
            case "person":
                batch.people.append(Person(id: string("id"), email: optional("email"), manager: optional("manager"), timezone: optional("timezone"),
                                           contact: optional("contact")))
            case "enrolment":
                let start = CalendarDate(iso: string("start"))
                if start == nil, missing.isEmpty { missing.append("start (YYYY-MM-DD)") }
                batch.enrolments.append(Enrolment(key: EnrolmentKey(person: string("person"), track: string("track")),
                                                  trackVersion: string("trackVersion"), calendarVersion: string("calendarVersion"),
                                                  start: start ?? CalendarDate(daysSinceEpoch: 0)))
            case "pseudonym-key":
                batch.pseudonymKey = key32("hex")
            case "badge-key":
                let id = string("id"), seed = key32("hex")
                badgeKeys.append((id, seed))
                if object["current"]?.boolValue == true { currentBadgeKey = id }
            case "event":
                let row = EventRow(kind: string("kind"), step: optional("step"), note: optional("note"), evidence: integer("evidence"),
                                   score: object["score"]?.doubleValue, value: object["value"]?.doubleValue,
                                   signedOffBy: optional("signedOffBy"), attemptNumber: integer("attemptNumber"), passed: integer("passed"),
                                   reason: optional("reason"), fromVersion: optional("fromVersion"), toVersion: optional("toVersion"),
                                   manager: optional("manager"), email: optional("email"), timezone: optional("timezone"),
                                   contact: optional("contact"), startDate: optional("startDate"), voidedKey: optional("voidedKey"))
                let sequence = integer("sequence")
                if sequence == nil { missing.append("sequence") }
                let date = CalendarDate(iso: string("date"))
                if date == nil, missing.isEmpty { missing.append("date (YYYY-MM-DD)") }
                let enrolment = EnrolmentKey(person: string("person"), track: string("track"))
                let recordedAt = string("recordedAt"), actor = string("actor"), key = string("idempotencyKey")
                guard missing.isEmpty else { break }
                do {
                    batch.events.append(OnboardingEvent(sequence: sequence ?? 0, enrolment: enrolment, payload: try row.payload(),
                                                        date: date ?? CalendarDate(daysSinceEpoch: 0), recordedAt: recordedAt, actor: actor,
                                                        idempotencyKey: key))
                } catch {
                    missing.append(error.column)
                }
            default:
                problems.append(.init(line: lineNumber, message: "unknown record \"\(record)\"; expected definition, person, enrolment, pseudonym-key, badge-key or event"))
            }
            if !missing.isEmpty {
                problems.append(.init(line: lineNumber, message: "this \(record) has no \(missing.joined(separator: ", "))"))
            }
            if problems.count >= 20 { break }
        }
        guard let header else {
            throw DumpError(problems: [.init(line: 1, message: "the file is empty; make an export with `salesops store export`")])
        }
        if problems.isEmpty {
            let counts: [(String, Int)] = [("definitions", batch.definitions.count), ("people", batch.people.count),
                                           ("enrolments", batch.enrolments.count), ("events", batch.events.count)]
            for (name, count) in counts where header[name]?.intValue != count {
                problems.append(.init(line: lineNumber, message: "the header announces \(header[name]?.intValue ?? 0) \(name) and the file holds \(count); the file is cut short or was edited, so export again"))
            }
        }
        if !badgeKeys.isEmpty {
            if let currentBadgeKey, badgeKeys.contains(where: { $0.id == currentBadgeKey }) {
                batch.badgeKeys = BadgeKeyRing(keys: badgeKeys, current: currentBadgeKey)
            } else {
                problems.append(.init(line: lineNumber, message: "no badge-key is marked \"current\": true; export again"))
            }
        }
        guard problems.isEmpty else { throw DumpError(problems: problems) }
        return batch
    }
}

/// An export that cannot be imported: each problem with its line.
package struct DumpError: Error, Sendable, Hashable {
    package struct Problem: Sendable, Hashable, CustomStringConvertible {
        package var line: Int
        package var message: String

        package var description: String { "line \(line): \(message)" }
    }

    package var problems: [Problem]
}
