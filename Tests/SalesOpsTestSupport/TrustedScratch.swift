import Foundation

/// Folders for test plugins that the plugin loader will trust wherever the checkout is: under
/// the package's `.build` when that passes `isTrusted`, else under `~/.cache/salesops-tests`
/// (a clone under `/tmp` sits below a folder others can write, which the loader refuses for
/// folders named with `--plugins`).
public enum TrustedScratch {
    /// A new empty folder (mode 0755) in a trusted root named `name`.
    public static func folder(_ name: String, packageRoot: URL, isTrusted: (String) -> Bool) throws -> String {
        let inBuild = packageRoot.appendingPathComponent(".build/" + name).path
        let inHome = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/salesops-tests/" + name).path
        for root in [inBuild, inHome] {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: root)
            guard isTrusted(root) else { continue }
            let folder = root + "/" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
            return folder
        }
        return inHome
    }
}
