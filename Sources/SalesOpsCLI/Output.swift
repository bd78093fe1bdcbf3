import ArgumentParser
import Foundation
import SalesOpsBasics
import SalesOpsReports

/// Writing to stdout and stderr, and the formats every command shares.
enum Output {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("salesops: " + message + "\n").utf8))
    }

    static func printErrors(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Pretty JSON with sorted keys, so output is stable and diffable.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Writes `text` to `path` (atomically), or to standard output without one.
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            print(text)
            return
        }
        do {
            try (text.hasSuffix("\n") ? text : text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Output.error("cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    /// A plain text table with a header row, columns padded to their widest cell.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        TextTable.render(header, rows)
    }
}
