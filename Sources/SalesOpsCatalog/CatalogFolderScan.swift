import Foundation
import SalesOpsBasics
import SalesOpsYAML

/// The catalog files under a folder: every `*.yaml` and `*.yml` below it, following links, with
/// hidden entries (`.git`, `.build`) left out on purpose. Nothing else is skipped: a folder that
/// cannot be listed, a link that leads nowhere or loops, or a `*.yaml` that is not a regular file
/// (a folder, pipe, socket or device) is an error naming it, so no file is silently missed.
struct CatalogFolderScan {
    private(set) var files: [String] = []
    private(set) var errors: [SourceError] = []
    /// Folders already listed, by device and inode, so a link back up is caught, not followed forever.
    private var visited: Set<[UInt64]> = []

    init(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno == ENOENT
                ? "no such file or folder; pass a catalog folder with --catalog or set SALESOPS_CATALOG"
                : Self.problem(path, errno: errno)
            errors.append(Self.error(path, reason))
            return
        }
        if Self.kind(info) == S_IFDIR {
            walk(path, info)
        } else {
            add(path, info)
        }
        files.sort()
    }

    private mutating func walk(_ folder: String, _ info: stat) {
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
            errors.append(Self.error(folder, "links back to a folder already read (a loop); remove the link"))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            errors.append(Self.error(folder, "cannot list this folder (\(Self.reason(folder))); its catalog files would be missed: fix its permissions or move it out of the catalog"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var entry = stat()
            guard stat(path, &entry) == 0 else {
                errors.append(Self.error(path, Self.problem(path, errno: errno)))
                continue
            }
            if Self.kind(entry) == S_IFDIR, !Self.isCatalogName(name) {
                walk(path, entry)
            } else if Self.isCatalogName(name) {
                add(path, entry)
            }
        }
    }

    private mutating func add(_ path: String, _ info: stat) {
        let kind = Self.kind(info)
        guard kind == S_IFREG else {
            let what: String
            switch kind {
            case S_IFDIR: what = "a folder"
            case S_IFIFO: what = "a named pipe"
            case S_IFSOCK: what = "a socket"
            case S_IFCHR, S_IFBLK: what = "a device"
            default: what = "not a regular file"
            }
            errors.append(Self.error(path, "\(what), not a regular file; a catalog file must be a regular file: rename or remove it"))
            return
        }
        files.append(path)
    }

    /// The bytes of a regular file; a pipe or device is refused before it is read (it could block).
    static func read(_ path: String) throws(SourceError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw error(path, "cannot read the file (\(systemErrorText())); check it is readable")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, kind(info) == S_IFREG else {
            throw error(path, "not a regular file; a catalog file must be a regular file: rename or remove it")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw error(path, "cannot read the file (\(systemErrorText()))")
            }
            bytes += chunk[..<count]
        }
    }

    static func isCatalogName(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    static func kind(_ info: stat) -> mode_t {
        info.st_mode & S_IFMT
    }

    /// Why `stat` failed on `path`: a dangling or looping link, or the system's reason.
    static func problem(_ path: String, errno code: Int32) -> String {
        var link = stat()
        if lstat(path, &link) == 0, kind(link) == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " \"\($0)\"" } ?? ""
            return code == ELOOP
                ? "a symbolic link that loops; fix or remove it"
                : "a symbolic link to\(target), which does not exist; fix or remove it"
        }
        return "cannot read it (\(systemErrorText(code)))"
    }

    /// The system's reason a folder cannot be opened, for messages.
    static func reason(_ path: String) -> String {
        guard let folder = opendir(path) else { return systemErrorText() }
        closedir(folder)
        return "unreadable"
    }

    static func error(_ path: String, _ message: String) -> SourceError {
        SourceError(file: path, line: 1, column: 1, message: message)
    }
}
