/// An error at a place in a source file: `file:line:col: path: message`.
///
/// Used for everything a user can fix in a catalog file: YAML syntax, decoding, limits and
/// cross-references. Lines and columns are 1-based.
package struct SourceError: Error, Sendable, Hashable, CustomStringConvertible, Comparable, Encodable {
    package var file: String
    package var line: Int
    package var column: Int
    /// Where in the document, as `spec.pricing.tiers[2].seatsPerMonth`; empty for the document itself.
    package var path: String
    package var message: String

    package init(file: String, line: Int, column: Int, path: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    package init(file: String, mark: YAMLMark, path: String = "", message: String) {
        self.init(file: file, line: mark.line, column: mark.column, path: path, message: message)
    }

    package var description: String {
        path.isEmpty ? "\(file):\(line):\(column): \(message)" : "\(file):\(line):\(column): \(path): \(message)"
    }

    package static func < (lhs: SourceError, rhs: SourceError) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.path, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.path, rhs.message)
    }
}

/// Several source errors at once: a loader reports every error it finds, not the first.
package struct SourceErrors: Error, Sendable, CustomStringConvertible {
    package var errors: [SourceError]

    package init(_ errors: [SourceError]) {
        self.errors = errors
    }

    package var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
