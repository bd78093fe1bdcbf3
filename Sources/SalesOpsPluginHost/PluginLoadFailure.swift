/// Why one plugin file (or a whole plugin folder) was not loaded: the path, what is wrong
/// and how to fix it.
package struct PluginLoadFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure, so tests and callers can tell them apart without parsing text.
    package enum Problem: String, Sendable, Equatable, CaseIterable {
        case folderMissing
        case insecurePermissions
        case badLockFile
        case notPinned
        case checksumMismatch
        case unreadable
        case notALibrary
        case missingEntryPoint
        case noTable
        case abiMismatch
        case badManifest
        case duplicatePlugin
        case duplicateCapability
        /// An isolated plugin's helper process could not start, or died while loading it.
        case isolationFailed
    }

    /// The plugin file or folder (or `lockfile:line`).
    package let file: String
    package let problem: Problem
    /// What is wrong, in a sentence.
    package let reason: String
    /// What to do about it.
    package let fix: String

    package var description: String { "\(file): \(reason); \(fix)" }
}
