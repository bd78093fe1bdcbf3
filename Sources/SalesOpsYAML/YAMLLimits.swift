/// Bounds that keep a hostile or broken file from exhausting memory or time.
///
/// Passing one is a `SourceError` that names the limit; parsing never crashes or hangs.
package struct YAMLLimits: Sendable, Hashable {
    /// Largest file read, in bytes.
    package var maxFileBytes: Int
    /// Largest single document, in bytes of source.
    package var maxDocumentBytes: Int
    /// Deepest nesting of sequences and mappings.
    package var maxDepth: Int
    /// Most nodes a file's documents may stand for together once every alias is expanded
    /// ("billion laughs"), counted over the file so that many documents cannot add up.
    package var maxExpandedNodes: Int

    package init(
        maxFileBytes: Int = 256 << 20,
        maxDocumentBytes: Int = 16 << 20,
        maxDepth: Int = 128,
        maxExpandedNodes: Int = 1_000_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDocumentBytes = maxDocumentBytes
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
    }

    package static let `default` = YAMLLimits()
}
