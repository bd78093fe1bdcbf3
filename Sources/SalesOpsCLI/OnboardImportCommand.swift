import ArgumentParser
import SalesOpsApp
import Foundation
import SalesOpsOnboarding
import SalesOpsStore

/// `salesops onboard import hires.csv`.
struct OnboardImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Enrol everyone listed in a CSV file from an HR system.",
        discussion: """
            Columns (header required, any order): person,email,track,start,manager,timezone. \
            person, track and start are required; the others may be empty.

            All or nothing: every bad row is reported with its line and column, and then nothing from \
            the file is imported. Importing the same file again changes nothing; a row that gives an \
            enrolled person another start, manager, email or time zone is a problem.

            Example: salesops onboard import hires.csv
            """
    )

    @Argument(help: "The CSV file.")
    var file: String

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        try OnboardingWorkspace.run {
            guard let data = FileManager.default.contents(atPath: file) else {
                Output.error("cannot read \(file); check the path")
                throw ExitCode(1)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                Output.error("\(file) is not UTF-8 text; save it as UTF-8 CSV")
                throw ExitCode(1)
            }
            let workspace = try workspaceOptions.open(writing: true)
            let catalog = try workspace.catalog
            let rows: [HireRow]
            switch HireRow.parse(text, knownTracks: catalog.tracks.map(\.name)) {
            case .success(let parsed): rows = parsed
            case .failure(let problems):
                Output.printErrors(problems.problems.map { "\(file): \($0)" })
                Output.error("\(problems.problems.count) problem\(problems.problems.count == 1 ? "" : "s") in \(file); nothing was imported")
                throw ExitCode(1)
            }
            _ = try workspace.registry
            // Decided and written under one write lock, so a concurrent enrolment cannot slip in between.
            let summary = try workspace.store.exclusive { () throws -> StoreWriteSummary in
                var versions: [String: TrackVersion] = [:]
                var plans: [String: TrackPlan] = [:]
                var batch = StoreBatch()
                var problems: [ImportProblem] = []
                for row in rows {
                    let version: TrackVersion
                    if let known = versions[row.track] {
                        version = known
                    } else {
                        do {
                            version = try workspace.currentVersion(of: row.track)
                        } catch let error as OnboardingError {
                            problems.append(ImportProblem(line: row.line, column: "track", message: error.description))
                            continue
                        }
                        versions[row.track] = version
                        plans[row.track] = try TrackPlan(version: version)
                        batch.definitions += StoredDefinition.pinning(version)
                    }
                    let enrolment = Enrolment(key: EnrolmentKey(person: row.person.id, track: row.track), trackVersion: version.hash,
                                              calendarVersion: version.calendarHash, start: row.start)
                    let existing = try workspace.store.enrolments(person: row.person.id).first { $0.track == row.track }
                    let rules = workspace.rules(today: workspace.today(for: row.person, plan: plans[row.track]!))
                    do {
                        guard let event = try rules.enrol(enrolment, person: row.person, existing: existing,
                                                         stored: try workspace.store.person(row.person.id)) else { continue }
                        batch.people.append(row.person)
                        batch.enrolments.append(enrolment)
                        batch.events.append(event)
                    } catch let error as OnboardingError {
                        let column = if case .alreadyEnrolled = error { "start" } else { "person" }
                        problems.append(ImportProblem(line: row.line, column: column, message: error.description))
                    }
                }
                guard problems.isEmpty else {
                    Output.printErrors(problems.map { "\(file): \($0)" })
                    Output.error("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(file); nothing was imported")
                    throw ExitCode(1)
                }
                return try workspace.store.write(batch)
            }
            let unchanged = rows.count - summary.enrolmentsAdded
            print("Imported \(file): \(summary.enrolmentsAdded) enrolment\(summary.enrolmentsAdded == 1 ? "" : "s") added, \(unchanged) already there")
        }
    }
}
