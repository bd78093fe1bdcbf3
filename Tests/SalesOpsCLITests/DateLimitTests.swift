import Testing

/// Dates outside 1900-01-01 … 9999-12-31 are refused on the command line, by the parser (a usage
/// error, exit 2), with the option and the limits named.
@Suite struct DateLimitTests {
    @Test(arguments: ["10000-01-01", "1899-12-31"]) func startOutsideTheLimitsIsRefused(_ start: String) throws {
        let result = try CommandLineTests.salesops(["checklist", "--track", "sdr-30-60-90", "--start", start])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").first
            == "Error: The value '\(start)' is invalid for '--start <date>': \(start) is outside the dates salesops handles, 1900-01-01 to 9999-12-31")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        (["onboard", "status", "--today", "10000-01-01"], "--today <date>", "10000-01-01"),
        (["onboard", "complete", "ana.lima", "accounts-setup", "--on", "1899-12-31"], "--on <date>", "1899-12-31"),
        (["evaluate", "--team", "t", "--category", "crm", "--today", "9999-13-01"], "--today <yyyy-mm-dd>", "9999-13-01"),
    ]) func everyDateOptionKeepsToTheLimits(_ arguments: [String], _ option: String, _ value: String) throws {
        let result = try CommandLineTests.salesops(arguments)
        let reason = value == "9999-13-01"
            ? "expected a date as YYYY-MM-DD, found \"\(value)\""
            : "\(value) is outside the dates salesops handles, 1900-01-01 to 9999-12-31"
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").first == "Error: The value '\(value)' is invalid for '\(option)': \(reason)")
        #expect(result.stdout.isEmpty)
    }
}
