import Testing

/// Dates outside 1900-01-01 … 9999-12-31 are refused on the command line with the limits named.
@Suite struct DateLimitTests {
    @Test(arguments: ["10000-01-01", "1899-12-31"]) func startOutsideTheLimitsIsRefused(_ start: String) throws {
        let result = try CommandLineTests.salesops(["checklist", "--track", "sdr-30-60-90", "--start", start])
        #expect(result.status == 1)
        #expect(result.stderr == "salesops: --start: \(start) is outside the dates salesops handles, 1900-01-01 to 9999-12-31\n")
        #expect(result.stdout.isEmpty)
    }
}
