#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where plugins are looked for, in order: `--plugins DIR` options, then the folders of
/// `SALESOPS_PLUGIN_PATH` (colon-separated), then the folder of the running executable,
/// where SwiftPM puts the bundled plugins (`.build/debug/libhire-onboarding.so`).
package struct PluginSearchPath: Sendable, Equatable {
    /// How a folder got on the path; it decides how strict the loader is about odd files.
    package enum Source: String, Sendable, Equatable {
        /// A `--plugins DIR` option.
        case option
        /// An entry of `SALESOPS_PLUGIN_PATH`.
        case environment
        /// The running executable's own folder. SwiftPM puts other libraries there too, so a
        /// `.so` without the entry point is skipped silently, and a missing folder is fine.
        case executable
    }

    package struct Folder: Sendable, Equatable {
        package let path: String
        package let source: Source

        /// Named by the user: every odd file in it is reported.
        package var isExplicit: Bool { source != .executable }

        /// Where the trust check stops walking up (see `PluginLoader.untrusted`): the
        /// executable's own folder for the bundled plugins; nil (up to `/`) for folders the
        /// user names.
        var trustBoundary: String? { isExplicit ? nil : PluginLoader.canonicalPath(path) }
    }

    /// The environment variable with extra plugin folders.
    package static let environmentVariable = "SALESOPS_PLUGIN_PATH"

    package var folders: [Folder]

    /// The standard path. Pass `environment: nil` to ignore `SALESOPS_PLUGIN_PATH` and
    /// `executableFolder: nil` to leave out the executable's folder (tests do both).
    package static func standard(
        options: [String] = [],
        environment: String? = PluginSearchPath.environmentValue,
        executableFolder: String? = PluginSearchPath.runningExecutableFolder
    ) -> PluginSearchPath {
        var folders = options.map { Folder(path: $0, source: .option) }
        if let environment {
            for entry in environment.split(separator: ":", omittingEmptySubsequences: true) {
                folders.append(Folder(path: String(entry), source: .environment))
            }
        }
        if let executableFolder {
            folders.append(Folder(path: executableFolder, source: .executable))
        }
        return PluginSearchPath(folders: folders)
    }

    /// The current value of `SALESOPS_PLUGIN_PATH`, if set.
    package static var environmentValue: String? {
        getenv(environmentVariable).map { String(cString: $0) }
    }

    /// The folder holding the running executable (`/proc/self/exe`), if it can be found.
    package static var runningExecutableFolder: String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let path = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
