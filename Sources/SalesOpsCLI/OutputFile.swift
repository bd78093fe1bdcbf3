import Foundation
import SalesOpsApp

/// Writing a report to `--output PATH` so that a reader never sees half a file and nothing a
/// user did not name is replaced.
///
/// - A regular file, or a path that does not exist yet, is written atomically: to a temporary
///   file in the same folder, flushed to disk, then renamed over the target. An existing
///   file keeps its permission bits (and, when salesops may, its owner).
/// - A symbolic link is written through: the file it points to is written as above and the
///   link itself stays. A link to nothing is refused.
/// - A device or a named pipe (`/dev/stdout`, a FIFO) is written through, in place.
/// - A folder, or anything else, is refused.
enum OutputFile {
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    static func write(_ text: String, to path: String) throws(WriteError) {
        let bytes = Array(text.utf8)
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw WriteError(path: path, reason: systemErrorText()) }
            return try replaceAtomically(path, with: bytes, keeping: nil)
        }
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw WriteError(path: path, reason: "it is a symbolic link to a file that does not exist; give the real path")
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &info) == 0 else { throw WriteError(path: path, reason: systemErrorText()) }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            try replaceAtomically(target, with: bytes, keeping: info)
        case S_IFCHR, S_IFIFO:
            let descriptor = open(target, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw WriteError(path: path, reason: systemErrorText()) }
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
        case S_IFDIR:
            throw WriteError(path: path, reason: "it is a folder; give a file name inside it")
        default:
            throw WriteError(path: path, reason: "it is not a regular file, a device or a pipe")
        }
    }

    /// Writes a temporary sibling, then renames it over `path`.
    private static func replaceAtomically(_ path: String, with bytes: [UInt8], keeping existing: stat?) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".salesops-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(path: path, reason: systemErrorText()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer {
            if !renamed { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            let mode = existing.map { $0.st_mode & 0o7777 } ?? (0o666 & ~currentUmask())
            guard fchmod(descriptor, mode) == 0 else { throw WriteError(path: path, reason: systemErrorText()) }
            // Keeping the owner needs privileges; without them the file is the writer's, as a new one would be.
            if let existing { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
            guard fsync(descriptor) == 0 else { throw WriteError(path: path, reason: systemErrorText()) }
        }
        guard rename(temporary, path) == 0 else { throw WriteError(path: path, reason: systemErrorText()) }
        renamed = true
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(WriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, reason: systemErrorText())
            }
            offset += written
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
