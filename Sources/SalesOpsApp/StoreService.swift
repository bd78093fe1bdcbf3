import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore

/// The store itself, whichever backend holds it: bring its schema up to date, check it, and
/// move it between backends as JSON Lines (`StoreDump`).
package struct StoreService {
    /// A SQLite file or a `postgres://` URL (`OnboardingWorkspace.openStore`).
    package var location: String

    package init(location: String) {
        self.location = location
    }

    /// Where the store is, as messages show it (a URL without its password).
    package var displayedLocation: String { OnboardingWorkspace.displayedStore(location) }

    /// Creates the store when missing and applies pending migrations; the schema version it is at.
    package func migrate() throws(AppError) -> Int {
        try OnboardingWorkspace.storing { () throws(StoreError) in
            try OnboardingWorkspace.openStore(location, create: true).schemaVersion()
        }
    }

    /// Reads every row back and asks the database to check itself.
    package func check() throws(AppError) -> StoreCheckReport {
        try OnboardingWorkspace.storing { () throws(StoreError) -> StoreCheckReport in
            let store = try OnboardingWorkspace.openStore(location, create: false)
            var report = StoreCheckReport(location: store.location, schemaVersion: try store.schemaVersion())
            report.problems = try store.integrityProblems()
            let definitions = try store.definitions()
            report.definitions = definitions.count
            for definition in definitions where SHA256.hex(of: Array(definition.content.utf8)) != definition.hash {
                report.problems.append("the \(definition.kind.lowercased()) version \(definition.hash.prefix(12)) (\(definition.name)) no longer matches its hash: its content was changed")
            }
            report.people = try store.people().count
            do throws(StoreError) {
                // Reading every event back checks each row against what its kind needs.
                let histories = try store.histories(EnrolmentFilter())
                report.enrolments = histories.count
                report.events = histories.reduce(0) { $0 + $1.events.count }
                for history in histories where history.events.first?.kind != .enrolled {
                    report.problems.append("\(history.enrolment.key) has no enrolment event first")
                }
            } catch {
                report.problems.append(error.message)
            }
            let counted = try store.eventCount()
            if report.problems.isEmpty, counted != report.events {
                report.problems.append("\(counted - report.events) events belong to no enrolment")
            }
            return report
        }
    }

    /// Every row of the store as JSON Lines, each line given to `write`; the number of events.
    @discardableResult
    package func export(to write: (String) throws -> Void) throws -> Int {
        let store = try OnboardingWorkspace.storing { () throws(StoreError) in try OnboardingWorkspace.openStore(location, create: false) }
        do {
            return try StoreDump.export(store, to: write)
        } catch let error as StoreError {
            throw AppError.store(error)
        }
    }

    /// Loads an export (`lines`, read from `source`) into this store, which must be empty: all of
    /// it in one transaction, or nothing.
    package func importDump(_ lines: some Sequence<Substring>, source: String) throws(AppError) -> StoreImportResult {
        let batch: StoreBatch
        do {
            batch = try StoreDump.batch(fromLines: lines)
        } catch {
            throw .importRefused(source: source, problems: error.problems.map { ImportProblem(line: $0.line, column: nil, message: $0.message) })
        }
        return try OnboardingWorkspace.storing { () throws(StoreError) -> StoreImportResult in
            let store = try OnboardingWorkspace.openStore(location, create: true)
            do {
                return try store.exclusive { () throws -> StoreImportResult in
                    let people = try store.people().count, events = try store.eventCount()
                    guard people == 0, events == 0 else {
                        throw StoreError(code: 0, message: "the store holds \(people) people and \(events) events already; import only into a new, empty store (a new file or database), so nothing is mixed", path: store.location)
                    }
                    let summary = try store.write(batch)
                    return StoreImportResult(location: store.location, people: batch.people.count, enrolments: summary.enrolmentsAdded,
                                             events: summary.eventsAppended)
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError(code: 0, message: "\(error)", path: store.location)
            }
        }
    }
}

/// What `store check` found.
package struct StoreCheckReport: Sendable, Hashable, Encodable {
    package var location: String
    package var schemaVersion: Int
    package var definitions = 0
    package var people = 0
    package var enrolments = 0
    package var events = 0
    /// Empty when the store is sound.
    package var problems: [String] = []
}

/// What `store import` loaded.
package struct StoreImportResult: Sendable, Hashable {
    package var location: String
    package var people: Int
    package var enrolments: Int
    package var events: Int
}
