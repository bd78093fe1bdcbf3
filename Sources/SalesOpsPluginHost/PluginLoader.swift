import CSalesOpsPluginABI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds plugin libraries on the search path, checks them and registers their capabilities.
///
/// A plugin is a file named `*.so` exporting `salesops_plugin_entry`. Before any plugin code
/// runs, the loader refuses (as ssh does with keys) a file, folder or lock file that group or
/// others can write, or that belongs to someone other than root or the user, counting every
/// folder above its real path up to `/`; and files whose SHA-256 differs from the folder's
/// `plugins.lock`. It then loads with `dlopen(RTLD_NOW | RTLD_LOCAL)` and checks the entry
/// point, the ABI version and the manifest. Libraries are never `dlclose`d: unmapping a Swift library crashes the runtime later.
/// One bad plugin never stops the others.
package struct PluginLoader: Sendable {
    /// The lock file looked for in each plugin folder.
    package static let lockFileName = "plugins.lock"

    package var searchPath: PluginSearchPath
    /// Which plugins run in a helper process, and each isolated call's time limit.
    package var isolation: IsolationPolicy
    /// Where `salesops-plugin-runner` is: beside the running executable.
    package var runnerFolder: String?

    package init(searchPath: PluginSearchPath, isolation: IsolationPolicy = IsolationPolicy(),
                runnerFolder: String? = PluginSearchPath.runningExecutableFolder) {
        self.searchPath = searchPath
        self.isolation = isolation
        self.runnerFolder = runnerFolder
    }

    /// Loads every plugin on the search path into `registry`; refusals are in the report.
    package func load(into registry: inout PluginRegistry) -> PluginLoadReport {
        var report = PluginLoadReport()
        var seen: Set<String> = []
        for folder in searchPath.folders {
            loadFolder(folder, into: &registry, report: &report, seen: &seen)
        }
        return report
    }

    /// `--strict-plugins`: loads everything, or registers nothing and throws every failure.
    package func loadStrictly(into registry: inout PluginRegistry) throws(PluginLoadError) -> PluginLoadReport {
        var staged = registry
        let report = load(into: &staged)
        guard report.failures.isEmpty else { throw PluginLoadError(failures: report.failures) }
        registry = staged
        return report
    }

    // MARK: Folders

    private func loadFolder(_ folder: PluginSearchPath.Folder, into registry: inout PluginRegistry,
                            report: inout PluginLoadReport, seen: inout Set<String>) {
        var info = stat()
        guard stat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            // The executable's folder always exists; an explicit folder that does not is a typo.
            if folder.isExplicit {
                report.failures.append(PluginLoadFailure(
                    file: folder.path, problem: .folderMissing, reason: "no such plugin folder",
                    fix: "check the path given with --plugins or \(PluginSearchPath.environmentVariable)"))
            }
            return
        }
        if let failure = PluginLoader.untrusted(folder.path, what: "plugin folder", checkedUpTo: folder.trustBoundary) {
            report.failures.append(failure)
            return
        }
        let lock: PluginLock?
        do {
            lock = try readLock(in: folder)
        } catch {
            report.failures.append(error)
            return
        }
        for name in PluginLoader.libraryNames(in: folder.path) {
            let path = folder.path.hasSuffix("/") ? folder.path + name : folder.path + "/" + name
            // The same file reached twice (a folder both beside the executable and in
            // SALESOPS_PLUGIN_PATH) loads once.
            guard seen.insert(PluginLoader.canonicalPath(path)).inserted else { continue }
            do {
                guard let plugin = try loadLibrary(path, name: name, lock: lock, folder: folder) else {
                    continue
                }
                do {
                    try registry.register(plugin: plugin)
                } catch {
                    // Commands stop on these (PluginLoadReport.conflicts): which copy wins must never be silent.
                    let problem: PluginLoadFailure.Problem
                    if case .duplicatePlugin = error { problem = .duplicatePlugin } else { problem = .duplicateCapability }
                    report.failures.append(PluginLoadFailure(
                        file: path, problem: problem, reason: error.description,
                        fix: "keep only one of the two files on the plugin path, or rename the capability"))
                    continue
                }
                report.loaded.append(plugin)
            } catch {
                report.failures.append(error)
            }
        }
    }

    private func readLock(in folder: PluginSearchPath.Folder) throws(PluginLoadFailure) -> PluginLock? {
        let path = folder.path + "/" + PluginLoader.lockFileName
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        if let failure = PluginLoader.untrusted(path, what: "lock file", checkedUpTo: folder.trustBoundary) { throw failure }
        guard let bytes = PluginLoader.readFile(path) else {
            throw PluginLoadFailure(file: path, problem: .badLockFile, reason: "cannot read the lock file",
                                    fix: "make it readable, or remove it to stop pinning plugins in this folder")
        }
        return try PluginLock(path: path, text: String(decoding: bytes, as: UTF8.self))
    }

    // MARK: One library

    /// Loads and checks one file; nil when it is silently skipped (a library without the
    /// entry point beside the executable).
    private func loadLibrary(_ path: String, name: String, lock: PluginLock?,
                             folder: PluginSearchPath.Folder) throws(PluginLoadFailure) -> LoadedPlugin? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw PluginLoadFailure(file: path, problem: .unreadable, reason: systemErrorText(),
                                    fix: "check the file exists and is readable")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw PluginLoadFailure(file: path, problem: .notALibrary, reason: "not a regular file",
                                    fix: "plugin folders should hold only plugin libraries; move it elsewhere")
        }
        if let failure = PluginLoader.untrusted(path, what: "plugin file", checkedUpTo: folder.trustBoundary) { throw failure }
        if let lock {
            // Hash before dlopen: loading runs the library's constructors.
            guard let pinned = lock.pins[name] else {
                throw PluginLoadFailure(
                    file: path, problem: .notPinned, reason: "not listed in \(lock.path)",
                    fix: "if you trust it, add its line: sha256sum \(name) >> \(lock.path)")
            }
            guard let actual = SHA256.hex(ofFile: path) else {
                throw PluginLoadFailure(file: path, problem: .unreadable, reason: "cannot read the file to check its SHA-256",
                                        fix: "make it readable")
            }
            guard actual == pinned else {
                throw PluginLoadFailure(
                    file: path, problem: .checksumMismatch,
                    reason: "SHA-256 is \(actual) but \(lock.path) pins \(pinned)",
                    fix: "the file changed since it was pinned; if the new build is trusted, update its line in \(lock.path) (sha256sum \(name))")
            }
        }
        switch isolation.isolation(lockSays: lock?.isolation[name], folder: folder) {
        case .inProcess:
            guard let library = try PluginLoader.openLibrary(path, isExplicit: folder.isExplicit) else { return nil }
            return LoadedPlugin(file: path, manifest: library.manifest, table: library.table, invoke: library.invoke, free: library.free)
        case .process:
            guard let (process, bytes) = try IsolatedPluginProcess.start(
                file: path, isExplicit: folder.isExplicit, timeoutSeconds: isolation.callTimeoutSeconds, runnerFolder: runnerFolder)
            else { return nil }
            let manifest = try bytes.withUnsafeBufferPointer { buffer throws(PluginLoadFailure) in
                try PluginLoader.manifest(from: buffer, tableABI: nil, path: path)
            }
            return LoadedPlugin(file: path, manifest: manifest, process: process)
        }
    }

    /// A library opened in this process and checked up to its manifest.
    struct OpenedLibrary {
        let table: UnsafePointer<salesops_plugin_table>
        let invoke: salesops_plugin_invoke_fn
        let free: salesops_plugin_free_response_fn
        let manifest: PluginManifest
        /// The manifest as the plugin wrote it, for an isolated plugin's hello.
        let manifestBytes: [UInt8]
    }

    /// `dlopen`s a library and checks its entry point, table, ABI version and manifest: in
    /// salesops for an in-process plugin, in the helper process for an isolated one. Nil for
    /// a library without the entry point in the executable's folder (SwiftPM puts others there).
    static func openLibrary(_ path: String, isExplicit: Bool) throws(PluginLoadFailure) -> OpenedLibrary? {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let message = dlerror().map { String(cString: $0) } ?? "dlopen failed"
            throw PluginLoadFailure(file: path, problem: .notALibrary, reason: "not a loadable library: \(message)",
                                    fix: "rebuild it as a shared library (cc -shared -fPIC …, or a .dynamic SwiftPM product) or remove it")
        }
        guard let symbol = dlsym(handle, SALESOPS_PLUGIN_ENTRY_SYMBOL) else {
            if !isExplicit { return nil }
            throw PluginLoadFailure(
                file: path, problem: .missingEntryPoint, reason: "does not export \(SALESOPS_PLUGIN_ENTRY_SYMBOL)",
                fix: "export it (C: define salesops_plugin_entry; Swift: @_cdecl(\"salesops_plugin_entry\")) or remove the file from the plugin folder")
        }
        let entry = unsafeBitCast(symbol, to: salesops_plugin_entry_fn.self)
        // A plugin that cannot serve this host's version may still serve the oldest one it supports.
        guard let table = entry(SALESOPS_PLUGIN_ABI_VERSION) ?? entry(PluginLoader.oldestABIVersion) else {
            throw PluginLoadFailure(
                file: path, problem: .noTable,
                reason: "salesops_plugin_entry returned no table for ABI version \(SALESOPS_PLUGIN_ABI_VERSION) or \(PluginLoader.oldestABIVersion)",
                fix: "rebuild the plugin against this salesops (SalesOpsPluginSDK or salesops_plugin.h)")
        }
        // abi_version is the first field in every ABI version, so it is safe to read before
        // trusting the rest of the layout (versions 1 and 2 share it).
        let abi = table.pointee.abi_version
        guard PluginLoader.supportedABIVersions.contains(abi) else {
            throw PluginLoadFailure(
                file: path, problem: .abiMismatch,
                reason: "built for plugin ABI version \(abi), but this salesops speaks versions \(PluginLoader.oldestABIVersion) to \(SALESOPS_PLUGIN_ABI_VERSION)",
                fix: "rebuild the plugin against this salesops (SalesOpsPluginSDK or salesops_plugin.h)")
        }
        guard let invoke = table.pointee.invoke, let free = table.pointee.free_response else {
            throw PluginLoadFailure(file: path, problem: .noTable, reason: "the plugin table has no invoke or free_response function",
                                    fix: "fill in every field of salesops_plugin_table")
        }
        guard let text = table.pointee.manifest else {
            throw PluginLoader.badManifest(path, "the table has no manifest")
        }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
        let manifest = try PluginLoader.manifest(from: bytes, tableABI: abi, path: path)
        return OpenedLibrary(table: table, invoke: invoke, free: free, manifest: manifest, manifestBytes: Array(bytes))
    }

    static func badManifest(_ path: String, _ reason: String) -> PluginLoadFailure {
        PluginLoadFailure(file: path, problem: .badManifest, reason: "invalid manifest: \(reason)",
                          fix: "fix the manifest JSON (shape in plugins/README.md, \"Manifest\")")
    }

    /// The oldest plugin ABI version this salesops loads; it sends such plugins that version's shapes.
    package static let oldestABIVersion: UInt32 = 1
    /// Every plugin ABI version this salesops loads.
    package static let supportedABIVersions: ClosedRange<UInt32> = oldestABIVersion...SALESOPS_PLUGIN_ABI_VERSION

    /// Parses and checks a manifest's JSON against the table's ABI version (nil: an isolated
    /// plugin, whose runner checked it against the table; then it must be one this salesops speaks).
    static func manifest(from bytes: UnsafeBufferPointer<UInt8>, tableABI: UInt32?, path: String) throws(PluginLoadFailure) -> PluginManifest {
        let manifest: PluginManifest
        do {
            manifest = try PluginManifest(json: JSONValue(parsing: bytes))
        } catch let error as JSONParseError {
            throw badManifest(path, error.description)
        } catch let error as WireFormatError {
            throw badManifest(path, error.description)
        } catch {
            throw badManifest(path, String(describing: error))
        }
        var problems = manifest.problems().map(\.description)
        if let tableABI, manifest.abiVersion != Int(tableABI) {
            problems.append("abiVersion: \(manifest.abiVersion) does not match the table's \(tableABI)")
        } else if !PluginLoader.supportedABIVersions.contains(where: { Int($0) == manifest.abiVersion }) {
            problems.append("abiVersion: \(manifest.abiVersion) is not one this salesops speaks (\(PluginLoader.oldestABIVersion) to \(SALESOPS_PLUGIN_ABI_VERSION))")
        }
        guard problems.isEmpty else { throw badManifest(path, problems.joined(separator: "; ")) }
        return manifest
    }

    // MARK: Files

    /// Why the loader would refuse plugins from `folder` named with `--plugins`, or nil when it trusts it.
    package static func refusal(ofFolder folder: String) -> PluginLoadFailure? {
        untrusted(folder, what: "plugin folder")
    }

    /// The refusal for a plugin file, folder or lock file that someone other than root or the
    /// user could change, or nil when it is safe. Like ssh's StrictModes: the path is resolved
    /// through symlinks, and it and every folder above it up to `/` must belong to root or the
    /// user and not be writable by group or others. A sticky folder such as /tmp counts: anyone
    /// may create (and so plant) files in it.
    ///
    /// `boundary` (a real path) ends the walk after that folder: the folders above it are
    /// not checked. The loader passes the running executable's own folder for the bundled
    /// plugins: whoever could swap a file there could swap salesops itself, so the folders
    /// above it are trusted as far as salesops is (a build in a clone under /tmp runs).
    package static func untrusted(_ path: String, what: String, checkedUpTo boundary: String? = nil) -> PluginLoadFailure? {
        let resolved = canonicalPath(path)
        let user = getuid()
        var current = resolved
        while true {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                return PluginLoadFailure(file: path, problem: .unreadable, reason: "cannot check \(current): \(systemErrorText())",
                                         fix: "check the path exists and is readable")
            }
            let subject = current == resolved
                ? (resolved == path ? "the \(what)" : "the \(what) (really \(resolved))")
                : "\(current), a folder above the \(what),"
            if info.st_mode & (S_IWGRP | S_IWOTH) != 0 {
                let octal = String(info.st_mode & 0o7777, radix: 8)
                let sticky = info.st_mode & S_ISVTX != 0 && info.st_mode & S_IFMT == S_IFDIR
                return PluginLoadFailure(
                    file: path, problem: .insecurePermissions,
                    reason: "\(subject) is writable by group or others (mode \(octal)), so someone else could swap the code salesops runs; refusing it",
                    fix: sticky
                        ? "move the plugin out of \(current): a shared folder like /tmp lets anyone plant files; use a folder only you (or root) can write"
                        : "run: chmod go-w \(current)")
            }
            if info.st_uid != 0, info.st_uid != user {
                return PluginLoadFailure(
                    file: path, problem: .insecurePermissions,
                    reason: "\(subject) belongs to \(userName(info.st_uid)), not to root or you (\(userName(user))), so they could swap the code salesops runs; refusing it",
                    fix: "run: chown \(userName(user)) \(current), or move the plugin to a folder you own")
            }
            if current == "/" || current == boundary { return nil }
            guard let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }

    /// A user's login name, or `uid N` when it has none.
    static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return String(cString: name)
    }

    /// The `*.so` names in a folder, sorted so loading order (and duplicate reports) is stable.
    static func libraryNames(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasSuffix(".so"), !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes.append(contentsOf: chunk[0..<count])
            if count < chunk.count { return ferror(file) == 0 ? bytes : nil }
        }
    }
}
