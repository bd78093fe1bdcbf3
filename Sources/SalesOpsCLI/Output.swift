import ArgumentParser
import Foundation
import SalesOpsEvaluationReports
import SalesOpsApp

/// Standard output for every command of this module: the text made terminal-safe
/// (`TextEscaping.terminalSafe`), so a catalog title, a CSV cell, a note or a plugin's message
/// cannot drive the terminal. Shadows the standard library's `print` on purpose: no command
/// can reach the terminal around it.
func print(_ text: String, terminator: String = "\n") {
    // Written in two calls: joining them first copied a report of megabytes once more.
    StandardStream.output.write(TextEscaping.terminalSafe(text))
    StandardStream.output.write(terminator)
}

/// The process's standard output and error, written unbuffered with `write(2)`. Output that
/// cannot be written (a full disk, `/dev/full`, a closed pipe) ends the command at once with
/// a message on stderr and exit code 1, never a silent 0.
enum StandardStream: Int32 {
    case output = 1
    case error = 2

    func write(_ text: String) {
        if let captured = Invocation.current.captured { return captured.append(text, to: self) }
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(rawValue, bytes.baseAddress! + offset, bytes.count - offset)
                if written >= 0 {
                    offset += written
                } else if errno != EINTR {
                    guard self == .output else { return }
                    StandardStream.error.write("salesops: cannot write to standard output: \(systemErrorText())\n")
                    Foundation.exit(1)
                }
            }
        }
    }
}

/// Writing to stdout and stderr, and the formats every command shares.
enum Output {
    static func error(_ message: String) {
        StandardStream.error.write(TextEscaping.terminalSafe("salesops: " + message) + "\n")
    }

    static func printErrors(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        StandardStream.error.write(TextEscaping.terminalSafe(lines.joined(separator: "\n")) + "\n")
    }

    /// Pretty JSON with sorted keys, so output is stable and diffable.
    static func json<T: Encodable>(_ value: T) throws -> String {
        try JSONValueEncoder().prettyText(value)
    }

    /// Writes `text` to `path` (see `OutputFile` for what happens to links, devices and
    /// existing files), or to standard output without one. `isTerminalSafe` is for text that
    /// already is (`JSONValue.prettyText`): a report of tens of megabytes is not scanned again.
    static func write(_ text: String, to path: String?, isTerminalSafe: Bool = false) throws {
        // Bytes, not characters: "\r\n" (an iCalendar line end) is one Character, which hasSuffix("\n") misses.
        let ending = text.utf8.last == UInt8(ascii: "\n") ? "" : "\n"
        guard let path else {
            StandardStream.output.write(isTerminalSafe ? text : TextEscaping.terminalSafe(text))
            StandardStream.output.write(ending)
            return
        }
        let whole = ending.isEmpty ? text : text + ending
        try OutputFile.write(isTerminalSafe ? whole : TextEscaping.terminalSafe(whole), to: Invocation.current.path(path))
    }

    /// A plain text table with a header row, columns padded to their widest cell.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        TextTable.render(header, rows)
    }
}
