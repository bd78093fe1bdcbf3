import ArgumentParser
import Foundation
import SalesOpsApp

/// `salesops onboard import hires.csv`.
struct OnboardImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Enrol everyone listed in a CSV file from an HR system.",
        discussion: """
            Columns (header required, any order): person,email,track,start,manager,timezone,contact. \
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
        let text = try Invocation.current.text(of: file)
        let result = try workspaceOptions.service.importHires(csv: text, source: file)
        let added = result.enrolmentsAdded
        print("Imported \(file): \(added) enrolment\(added == 1 ? "" : "s") added, \(result.unchanged) already there")
    }
}
