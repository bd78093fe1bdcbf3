import Foundation
import SalesOpsPluginHost
import SalesOpsTestSupport
import Testing

/// `--format json` of every command is a contract: for a store seeded by the README's
/// walkthrough (Fixtures/golden/seed.txt) at fixed dates, each output is compared whole with
/// its golden file and validated against its schema, as Fixtures/golden/outputs.txt lists.
///
/// After an intended change, regenerate the files and review the diff:
/// `SALESOPS_UPDATE_GOLDEN=1 swift test --skip-build --filter JSONContractTests`
@Suite struct JSONContractTests {
    struct Contract: CustomTestStringConvertible, Sendable {
        var golden: String
        var schema: String
        var arguments: [String]
        var testDescription: String { golden }
    }

    struct SeedFailure: Error, CustomStringConvertible {
        var description: String
    }

    static let folder = CommandLineTests.packageRoot.appendingPathComponent("Tests/SalesOpsCLITests/Fixtures/golden")
    static let updating = ProcessInfo.processInfo.environment["SALESOPS_UPDATE_GOLDEN"] == "1"

    static func lines(_ file: String) -> [[String]] {
        let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ").map(String.init) }
    }

    static let contracts = lines("outputs.txt").map { Contract(golden: $0[0], schema: $0[1], arguments: Array($0.dropFirst(2))) }

    /// The seeded store's folder, built once for every contract.
    static let seeded: Result<URL, SeedFailure> = {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-contract-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: folder.appendingPathComponent("hires.csv"), to: store.appendingPathComponent("hires.csv"))
            for arguments in lines("seed.txt") {
                let result = try salesops(arguments, in: store)
                guard result.status == 0 else {
                    return .failure(SeedFailure(description: "salesops \(arguments.joined(separator: " ")): \(result.stderr)"))
                }
            }
            return .success(store)
        } catch {
            return .failure(SeedFailure(description: "\(error)"))
        }
    }()

    static func salesops(_ arguments: [String], in directory: URL) throws -> TestProcess.Result {
        SalesOpsRun.inProcess(arguments, in: directory, variables: [
            "SALESOPS_CATALOG": CommandLineTests.packageRoot.appendingPathComponent("catalog").path,
            "SALESOPS_ACTOR": "salesops",
        ])
    }

    /// The values that differ from run to run: when an event was recorded, where the plugins
    /// were built, and a badge's signature (each store makes its own key).
    static func stable(_ json: String) throws -> String {
        json.replacing(try Regex(#""recordedAt": "[^"]*""#), with: #""recordedAt": "2026-01-01T00:00:00Z""#)
            .replacing(try Regex(#""file": "[^"]*/"#), with: #""file": "PLUGINS/"#)
            .replacing(try Regex(#""proofValue": "z[^"]*""#), with: #""proofValue": "zSignature""#)
    }

    @Test func everyContractIsListed() {
        #expect(Self.contracts.count == 22)
        #expect(Set(Self.contracts.map(\.golden)).count == Self.contracts.count)
    }

    @Test(arguments: contracts)
    func outputMatchesItsGoldenFileAndSchema(_ contract: Contract) throws {
        let store = try Self.seeded.get()
        let result = try Self.salesops(contract.arguments, in: store)
        #expect(result.status == 0, "\(result.stderr)")
        let actual = try Self.stable(result.stdout)
        let url = Self.folder.appendingPathComponent(contract.golden)
        if Self.updating {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } else {
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(actual == expected, "\(contract.golden) differs; if the change is intended, regenerate with SALESOPS_UPDATE_GOLDEN=1 and review the diff")
        }
        try Self.validate(url, against: contract.schema)
    }

    /// Validates against the schema (see `SchemaValidation`).
    static func validate(_ document: URL, against schema: String) throws {
        let problems = try SchemaValidation.problems(document, against: schema, packageRoot: CommandLineTests.packageRoot)
        #expect(problems == nil, "\(document.lastPathComponent) does not match \(schema):\n\(problems ?? "")")
    }
}
