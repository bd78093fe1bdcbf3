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

            HR exports are read as they come: headers are matched without case, the names BambooHR, \
            Workday, HiBob and Personio use are read (Employee ID, Hire Date, Work Email, Manager ID, … \
            the README's table lists them), other columns are ignored. --map FIELD=COLUMN names any other \
            header; --map track=@TRACK puts every row on one track. Start dates: YYYY-MM-DD, DD.MM.YYYY, \
            and DD/MM/YYYY or MM/DD/YYYY when the file's dates show which comes first.

            All or nothing: every bad row is reported with its line and column, and then nothing from \
            the file is imported. Importing the same file again changes nothing; a row that gives an \
            enrolled person another start, manager, email or time zone is a problem.

            Examples:
              salesops onboard import hires.csv
              salesops onboard import bamboohr.csv --map track=@sdr-30-60-90
              salesops onboard import personio.csv --map track=Onboarding-Programm
            """
    )

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: ArgumentHelp("A column for a field: FIELD=COLUMN, or track=@TRACK for every row; repeatable.", valueName: "mapping"))
    var map: [String] = []

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        _ = try columns()
    }

    func columns() throws -> HireColumns {
        var columns = HireColumns()
        for setting in map {
            do {
                try columns.apply(setting)
            } catch {
                throw ValidationError(error.description)
            }
        }
        return columns
    }

    func run() throws {
        let text = try Invocation.current.text(of: file)
        let result = try workspaceOptions.service.importHires(csv: text, source: file, columns: try columns())
        let added = result.enrolmentsAdded
        print("Imported \(file): \(counted(added, "enrolment")) added, \(result.unchanged) already there")
    }
}
