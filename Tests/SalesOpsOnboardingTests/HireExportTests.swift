import Foundation
@testable import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing

/// Hires from the CSV exports of real HR systems (BambooHR, Workday, HiBob, Personio), read through
/// the column mapping table and `--map`, with their dates in ISO or a regional form; every row
/// that cannot be read is reported by its line and its column as the file names it.
@Suite struct HireExportTests {
    static let tracks = ["sdr-30-60-90", "ae-onboarding", "csm-onboarding"]

    struct Export: CustomTestStringConvertible, Sendable {
        var file: String
        var mapping: [String]
        /// line|person|email|track|start|manager|timezone per row.
        var rows: [String]
        var testDescription: String { file }
    }

    static let exports = [
        // US dates (month first, shown by 03/16/2026), Windows line ends; every hire on one track.
        Export(file: "bamboohr.csv", mapping: ["track=@sdr-30-60-90"], rows: [
            "2|1042|dev.patel@example.com|sdr-30-60-90|2026-03-02|1007|-",
            "3|1043|eli.novak@example.com|sdr-30-60-90|2026-03-16|1007|-",
            "4|1044|fay.wu@example.com|sdr-30-60-90|2026-04-06|1007|-",
        ]),
        // ISO dates (one with a time), a time zone column, a track column, a quoted name with a comma.
        Export(file: "workday.csv", mapping: [], rows: [
            "2|21001|gia.romano@example.com|ae-onboarding|2026-03-02|20100|America/New_York",
            "3|21002|hal.berg@example.com|ae-onboarding|2026-03-09|20100|America/Chicago",
            "4|21003|ines.alvarez@example.com|sdr-30-60-90|2026-03-16|20100|Europe/Madrid",
        ]),
        // UK dates (day first, shown by 16/03/2026).
        Export(file: "hibob.csv", mapping: ["track=@csm-onboarding"], rows: [
            "2|HB-301|ivy.clarke@example.com|csm-onboarding|2026-03-02|HB-100|-",
            "3|HB-302|jon.evans@example.com|csm-onboarding|2026-03-16|HB-100|-",
        ]),
        // German dates with dots, and the track in a custom column named with --map.
        Export(file: "personio.csv", mapping: ["track=Onboarding-Programm"], rows: [
            "2|5501|kai.weber@example.com|sdr-30-60-90|2026-03-02|5400|-",
            "3|5502|lea.fischer@example.com|ae-onboarding|2026-03-09|5400|-",
        ]),
    ]

    static func read(_ file: String, mapping: [String]) throws -> Result<[HireRow], ImportProblems> {
        var columns = HireColumns()
        for setting in mapping { try columns.apply(setting) }
        let text = try String(contentsOfFile: OnboardingFixtures.fixture("hr/" + file), encoding: .utf8)
        return HireRow.parse(text, knownTracks: tracks, columns: columns)
    }

    static func problems(_ result: Result<[HireRow], ImportProblems>) -> [String] {
        guard case .failure(let problems) = result else { return [] }
        return problems.problems.map(\.description)
    }

    @Test(arguments: exports)
    func everyHireOfAnHRExportIsRead(_ export: Export) throws {
        let rows = try Self.read(export.file, mapping: export.mapping).get()
        #expect(rows.map { row in
            [String(row.line), row.person.id, row.person.email ?? "-", row.track, row.start.description,
             row.person.manager ?? "-", row.person.timezone ?? "-"].joined(separator: "|")
        } == export.rows)
    }

    @Test func everyRejectedRowIsReportedByRowAndColumn() throws {
        #expect(Self.problems(try Self.read("rejected.csv", mapping: ["track=@sdr-30-60-90"])) == [
            "line 3, column Work Email: \"nia.cole.example.com\" is not an email address (name@domain, at most 254 characters)",
            "line 4, column Hire Date: missing; every row needs a start date",
            "line 5, column Employee #: missing; every row needs a person id",
            "line 6, column Hire Date: \"02/30/2026\" is not a date: there is no day 30 in month 2 of 2026",
            "line 7, column Hire Date: expected a date as YYYY-MM-DD (or DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY), found \"next monday\"",
            "line 7, column Supervisor EID: \"Rae's manager\" is not a person id; a manager is named by their id: 1-64 letters, digits, `.`, `_`, `-` or `@`",
        ])
    }

    /// A slash date both orders read differently is refused unless the file shows its order.
    @Test func anAmbiguousRegionalDateIsRefusedUnlessTheFileShowsItsOrder() throws {
        #expect(Self.problems(try Self.read("ambiguous.csv", mapping: ["track=@sdr-30-60-90"])) == [
            "line 2, column Start date: \"02/03/2026\" reads as 2 March 2026 day first, or as 3 February 2026 month first, and no date in the file shows which; write it as YYYY-MM-DD",
            "line 4, column Start date: \"04/05/2026\" reads as 4 May 2026 day first, or as 5 April 2026 month first, and no date in the file shows which; write it as YYYY-MM-DD",
        ])
        #expect(Self.problems(try Self.read("conflicting.csv", mapping: ["track=@sdr-30-60-90"])) == [
            "line 4, column Start date: \"05/06/2026\" reads as 5 June 2026 day first, or as 6 May 2026 month first, and the file writes both (day first on line 2: \"13/03/2026\"; month first on line 3: \"03/14/2026\"); write it as YYYY-MM-DD",
        ])
    }

    @Test func headersAreMatchedWithoutCaseAndUnreadColumnsAreIgnored() throws {
        let text = "EMPLOYEE ID ,work EMAIL,Hire date,Job Title,Track\nE-7,e7@example.com,2026-03-02,Sales Development Representative,sdr-30-60-90\n"
        let rows = try HireRow.parse(text, knownTracks: Self.tracks).get()
        #expect(rows.map(\.person.id) == ["E-7"])
        #expect(rows.map(\.person.email) == ["e7@example.com"])
        // Two columns that both read as the person, and a header that looks like a misspelt field.
        let clash = "Employee ID,ID,track,start,mangaer\n1,2,sdr-30-60-90,2026-03-02,m\n"
        #expect(Self.problems(HireRow.parse(clash, knownTracks: Self.tracks)) == [
            "line 1, column ID: both \"Employee ID\" and \"ID\" read as person; choose one with --map person=COLUMN",
            "line 1, column mangaer: unknown column; did you mean \"manager\"?",
        ])
    }

    @Test func aBadMappingIsRefusedWithTheFix() throws {
        var columns = HireColumns()
        #expect(throws: ColumnMappingError(setting: "strat=Hire Date", fix: "`strat` is not a hire field; did you mean `start`? map person, email, track, start, manager, timezone or contact")) {
            try columns.apply("strat=Hire Date")
        }
        #expect(throws: ColumnMappingError(setting: "start", fix: "give FIELD=COLUMN, FIELD one of person, email, track, start, manager, timezone or contact")) {
            try columns.apply("start")
        }
        try columns.apply("START=Joining Date")
        let text = "Employee ID,Joining Date,Hire Date\n9,2026-03-02,\n"
        #expect(Self.problems(HireRow.parse(text, knownTracks: Self.tracks, columns: columns)) == [
            "line 1, column track: missing required column; the header needs person, track, start (or a header the README's mapping table reads as track, or --map track=COLUMN, or --map track=@TRACK)",
        ])
        try columns.apply("track=@sdr-30-60-90")
        #expect(try HireRow.parse(text, knownTracks: Self.tracks, columns: columns).get().map(\.start.description) == ["2026-03-02"])
        try columns.apply("email=E-mail")
        #expect(Self.problems(HireRow.parse(text, knownTracks: Self.tracks, columns: columns)) == [
            "line 1, column E-mail: --map email=E-mail: no such column; the header has \"Employee ID\", \"Joining Date\", \"Hire Date\"",
        ])
    }
}
