/// The pins of one plugin folder: its `plugins.lock`.
///
/// The format is `sha256sum`'s, so `sha256sum *.so > plugins.lock` writes one and
/// `sha256sum -c plugins.lock` checks it: one `HEX  FILE` line per plugin (64 lowercase or
/// uppercase hex digits, two spaces or a space and `*`, then the file name relative to the
/// folder); blank lines and lines starting with `#` are ignored. When a folder has a lock
/// file, every plugin in it must be pinned there.
///
/// A comment line `# salesops: isolation=process FILE` (or `isolation=in-process`) chooses
/// where that plugin runs (`PluginIsolation`); `sha256sum -c` skips it like any comment.
package struct PluginLock: Sendable, Equatable {
    /// The lock file's own path, for messages.
    package let path: String
    /// File name → lowercase hex SHA-256.
    package let pins: [String: String]
    /// File name → where it runs, for the plugins whose line says.
    package let isolation: [String: PluginIsolation]

    package init(path: String, pins: [String: String], isolation: [String: PluginIsolation] = [:]) {
        self.path = path
        self.pins = pins
        self.isolation = isolation
    }

    static let directivePrefix = "# salesops:"

    /// Reads a lock file's text; a malformed line is an error naming its line number.
    package init(path: String, text: String) throws(PluginLoadFailure) {
        var pins: [String: String] = [:]
        var isolation: [String: PluginIsolation] = [:]
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingSuffix(while: { $0 == "\r" || $0 == " " || $0 == "\t" })
            if line.hasPrefix(Self.directivePrefix) {
                let words = line.dropFirst(Self.directivePrefix.count).split(separator: " ", maxSplits: 1)
                guard words.count == 2, words[0].hasPrefix("isolation="),
                      let choice = PluginIsolation(rawValue: String(words[0].dropFirst("isolation=".count))) else {
                    throw PluginLoadFailure(
                        file: "\(path):\(offset + 1)", problem: .badLockFile,
                        reason: "expected \"\(Self.directivePrefix) isolation=process FILE\" or \"isolation=in-process FILE\"",
                        fix: "fix the line, or remove it to use the default isolation")
                }
                isolation[String(words[1])] = choice
                continue
            }
            if line.isEmpty || line.first == "#" { continue }
            let bytes = Array(line.utf8)
            let isHex: (UInt8) -> Bool = { byte in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            }
            guard bytes.count > 66, bytes[0..<64].allSatisfy(isHex), bytes[64] == UInt8(ascii: " "),
                  bytes[65] == UInt8(ascii: " ") || bytes[65] == UInt8(ascii: "*") else {
                throw PluginLoadFailure(
                    file: "\(path):\(offset + 1)", problem: .badLockFile,
                    reason: "expected \"SHA256  FILE\" (64 hex digits, two spaces, a file name)",
                    fix: "regenerate it with: sha256sum *.so > plugins.lock")
            }
            let digest = String(decoding: bytes[0..<64], as: UTF8.self).lowercased()
            var name = String(decoding: bytes[66...], as: UTF8.self)
            if name.hasPrefix("./") { name.removeFirst(2) }
            pins[name] = digest
        }
        self.path = path
        self.pins = pins
        self.isolation = isolation
    }
}

extension Substring {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
