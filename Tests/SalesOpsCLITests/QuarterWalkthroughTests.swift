import Foundation
import SalesOpsTestSupport
import Testing

/// The README's "A quarter with a small team" runs as written: every `$ ` line of its console
/// block, in order, against a fresh store with the shipped catalog, each command's output
/// (stdout, then stderr) compared whole with the lines under it. Steps appended to the block
/// are run and checked the same way. Then the JSON of the lifecycle's histories and states is
/// validated against the output schemas.
@Suite struct QuarterWalkthroughTests {
    struct Step: CustomTestStringConvertible, Sendable {
        var command: String
        var expected: String
        var testDescription: String { command }
    }

    static let heading = "### A quarter with a small team"

    /// The console block of the section under `heading`: `$ ` commands, each followed by its output.
    static func steps(under heading: String = heading) throws -> [Step] {
        let readme = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: heading + "\n") else { throw WalkthroughError(description: "README has no \(heading)") }
        let section = readme[start.upperBound...].components(separatedBy: "\n### ")[0]
        guard let open = section.range(of: "```console\n"), let close = section.range(of: "\n```", range: open.upperBound..<section.endIndex) else {
            throw WalkthroughError(description: "\(heading) has no ```console block")
        }
        var steps: [Step] = []
        for line in section[open.upperBound..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("$ ") {
                steps.append(Step(command: String(line.dropFirst(2)), expected: ""))
            } else if !steps.isEmpty {
                steps[steps.count - 1].expected += line + "\n"
            }
        }
        return steps
    }

    struct WalkthroughError: Error, CustomStringConvertible {
        var description: String
    }

    /// Shell words: spaces separate, double quotes group.
    static func words(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in command {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " ", !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    /// Runs the console block under `heading` in `folder` and compares each output whole; after
    /// an intended change, `SALESOPS_UPDATE_GOLDEN=1` writes the outputs back into the README's
    /// block instead (review the diff). Returns the environment the block's exports left.
    @discardableResult
    static func runConsoleBlock(under heading: String, in folder: URL, minimumSteps: Int) throws -> [String: String] {
        let steps = try Self.steps(under: heading)
        #expect(steps.count >= minimumSteps)
        var variables = ["SALESOPS_CATALOG": CommandLineTests.packageRoot.appendingPathComponent("catalog").path]
        var block = ""
        for step in steps {
            block += "$ \(step.command)\n"
            let words = Self.words(step.command)
            if words.first == "export", words.count == 2, let equals = words[1].firstIndex(of: "=") {
                variables[String(words[1][..<equals])] = String(words[1][words[1].index(after: equals)...])
                #expect(step.expected.isEmpty, "\(step.command) prints nothing")
                continue
            }
            try #require(words.first == "salesops", "only salesops commands and exports run: \(step.command)")
            let result = SalesOpsRun.inProcess(Array(words.dropFirst()), in: folder, variables: variables)
            block += result.stdout + result.stderr
            if !JSONContractTests.updating {
                #expect(result.stdout + result.stderr == step.expected, "$ \(step.command)")
            }
        }
        if JSONContractTests.updating { try Self.rewriteConsoleBlock(under: heading, with: block) }
        return variables
    }

    @Test func theWalkthroughRunsAsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-quarter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let variables = try Self.runConsoleBlock(under: Self.heading, in: folder, minimumSteps: 15)
        // The lifecycle's events and states keep to the JSON contracts.
        let contracts: [(schema: String, arguments: [String])] = [
            ("output/onboard-history.schema.json", ["onboard", "history", "ben.okafor", "--format", "json"]),
            ("output/onboard-history.schema.json", ["onboard", "history", "ana.lima", "--format", "json"]),
            ("output/onboard-status-list.schema.json", ["onboard", "status", "--today", "2026-04-27", "--format", "json"]),
            ("output/onboard-status-person.schema.json", ["onboard", "status", "ben.okafor", "--today", "2026-04-27", "--format", "json"]),
            ("output/onboard-status-rollup.schema.json", ["onboard", "status", "--by", "manager", "--today", "2026-04-27", "--format", "json"]),
        ]
        for (index, contract) in contracts.enumerated() {
            let result = SalesOpsRun.inProcess(contract.arguments, in: folder, variables: variables)
            #expect(result.status == 0, "\(contract.arguments): \(result.stderr)")
            let file = folder.appendingPathComponent("contract-\(index).json")
            try result.stdout.write(to: file, atomically: true, encoding: .utf8)
            try JSONContractTests.validate(file, against: contract.schema)
        }
    }

    /// Replaces the console block of the section under `heading` with `block`.
    static func rewriteConsoleBlock(under heading: String, with block: String) throws {
        let url = CommandLineTests.packageRoot.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        guard let start = readme.range(of: heading + "\n"),
              let open = readme.range(of: "```console\n", range: start.upperBound..<readme.endIndex),
              let close = readme.range(of: "\n```", range: open.upperBound..<readme.endIndex) else {
            throw WalkthroughError(description: "\(heading) has no ```console block")
        }
        let body = block.hasSuffix("\n") ? String(block.dropLast()) : block
        try (readme[..<open.upperBound] + body + readme[close.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
    }
}
