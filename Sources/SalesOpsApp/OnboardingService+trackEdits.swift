import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsStore
import SalesOpsYAML

/// A track's definition as its catalog file holds it.
package struct TrackDefinitionText: Sendable, Encodable {
    package var track: String
    /// The file, relative to the catalog folder.
    package var file: String
    package var yaml: String
    /// The version new enrolments are pinned to (the SHA-256 of the track's canonical JSON).
    package var version: String
}

/// A saved track edit: the catalog file rewritten, and the version new enrolments now get.
package struct TrackEdit: Sendable, Encodable {
    package var track: String
    package var file: String
    package var previousVersion: String
    package var version: String
    /// False when the edit changed nothing the track means (comments, layout): the version stays.
    package var changed: Bool
    package var editedBy: String
    /// When, in UTC (ISO 8601).
    package var editedAt: String
}

/// What became of a submitted track edit.
package enum TrackEditOutcome: Sendable {
    case saved(TrackEdit)
    /// Nothing was written: every problem, with the file (relative to the catalog folder), line and column.
    case refused([SourceError])
}

extension OnboardingService {
    /// The file beside the catalog's files where every saved track edit is appended as a JSON
    /// line (who, when, which track, from and to which version). Hidden, so it is never read as catalog.
    package static let trackEditLog = ".track-edits.jsonl"

    /// The catalog's track `name`: its file's text and its current version.
    package func trackDefinition(_ name: String) throws(AppError) -> TrackDefinitionText {
        let workspace = try open(writing: false)
        let catalog = try workspace.catalog
        let found = try OnboardingWorkspace.deciding { () throws(OnboardingError) in try OnboardingWorkspace.track(name, in: catalog) }
        let version = try workspace.currentVersion(of: name)
        let path = found.descriptor.source?.file ?? ""
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? found.descriptor.source?.yamlText ?? ""
        return TrackDefinitionText(track: name, file: relative(path), yaml: text, version: version.hash)
    }

    /// Replaces the catalog file of track `name` with `yaml` when the whole catalog, with the
    /// edit in place, passes `catalog validate` (the loader's checks, the track kind's and the
    /// plugins' parameter schemas) and the track still plans; otherwise writes nothing and
    /// returns every problem. A saved edit is a new track version: the store keeps it at once,
    /// new enrolments are pinned to it, and existing ones keep theirs until `onboard upgrade`.
    /// The edit is appended to `trackEditLog` with the actor.
    package func editTrack(_ name: String, yaml: String) throws(AppError) -> TrackEditOutcome {
        pool?.editLock.lock()
        defer { pool?.editLock.unlock() }
        let workspace = try open(writing: true)
        let catalog = try workspace.catalog
        let found = try OnboardingWorkspace.deciding { () throws(OnboardingError) in try OnboardingWorkspace.track(name, in: catalog) }
        let previous = try workspace.currentVersion(of: name)
        guard let path = found.descriptor.source?.file else {
            return .refused([SourceError(file: name, line: 1, column: 1, path: "", message: "the track \(name) was not read from a file")])
        }
        let file = relative(path)
        if let problem = TrackEditing.otherDocuments(in: path, displayedAs: file) { return .refused([problem]) }
        if let problems = TrackEditing.structureProblems(yaml, track: name, file: file) { return .refused(problems) }

        // The whole catalog, the edit in place, in a scratch copy: validated exactly as `catalog validate` does.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-track-edit-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let edited: Catalog
        do {
            try FileManager.default.copyItem(atPath: catalogFolder, toPath: scratch)
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: scratch + "/" + file))
        } catch {
            throw .store(StoreError(code: 0, message: "cannot prepare the edit for validation: \(error)", path: scratch))
        }
        let plugins = try workspace.loadedPlugins
        do {
            edited = try CatalogService(directory: scratch).validate(plugins: plugins)
        } catch .catalogNotValid(_, let errors) {
            return .refused(errors.map { TrackEditing.relative($0, in: scratch) })
        }
        let version: TrackVersion
        do throws(OnboardingError) {
            let track = try OnboardingWorkspace.track(name, in: edited)
            try OnboardingRules.checkTrack(track.descriptor, registry: plugins.registry)
            version = try TrackVersion(track: track.descriptor, calendar: track.calendar)
            _ = try TrackPlan(version: version)
        } catch {
            return .refused([SourceError(file: file, line: 1, column: 1, path: "", message: error.description)])
        }

        do {
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .store(StoreError(code: 0, message: "cannot write the track's file: \(error)", path: path))
        }
        try pool?.reloadCatalog()
        let store = workspace.store
        try OnboardingWorkspace.storing { () throws(StoreError) in _ = try store.write(StoreBatch(definitions: StoredDefinition.pinning(version))) }
        let edit = TrackEdit(track: name, file: file, previousVersion: previous.hash, version: version.hash,
                             changed: previous.hash != version.hash, editedBy: workspace.actor, editedAt: Dates.nowUTC())
        TrackEditing.log(edit, in: catalogFolder)
        return .saved(edit)
    }

    private var catalogFolder: String { pool?.catalogService.directory ?? catalog.directory }

    /// `path` relative to the catalog folder.
    private func relative(_ path: String) -> String {
        let folder = catalogFolder.hasSuffix("/") ? catalogFolder : catalogFolder + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }
}

extension OnboardingWorkspace {
    /// The plugins loaded for this workspace, as `catalog validate` takes them.
    var loadedPlugins: LoadedPlugins {
        get throws(AppError) {
            if let pool = borrowedFrom { return pool.plugins }
            return try PluginService.load(pluginSettings)
        }
    }
}

/// The checks of a track edit that come before the catalog's own.
enum TrackEditing {
    /// A problem when the track's file holds other documents too (the edit replaces the whole file).
    static func otherDocuments(in path: String, displayedAs file: String) -> SourceError? {
        guard let bytes = FileManager.default.contents(atPath: path),
              let documents = try? YAMLParser(limits: .default).parse(Array(bytes), file: file) else { return nil }
        let count = documents.count { !$0.root.isNull }
        guard count > 1 else { return nil }
        return SourceError(file: file, line: 1, column: 1, path: "",
                           message: "this file holds \(count) documents; the server edits a track kept in a file of its own, so move the others to their own files")
    }

    /// Problems when `yaml` is not one Track document named `track` (a rename or another kind is refused).
    static func structureProblems(_ yaml: String, track: String, file: String) -> [SourceError]? {
        let documents: [YAMLDocument]
        do {
            documents = try YAMLParser(limits: .default).parse(Array(yaml.utf8), file: file)
        } catch {
            return [error]
        }
        let roots = documents.map(\.root).filter { !$0.isNull }
        guard roots.count == 1, let root = roots.first else {
            return [SourceError(file: file, line: 1, column: 1, path: "", message: "give exactly one document, the Track \(track); found \(roots.count)")]
        }
        guard root.mapping != nil else { return nil }
        if let kind = root["kind"], kind.scalar?.text != "Track" {
            return [SourceError(file: file, mark: kind.mark, path: "kind", message: "this page edits the Track \(track); the kind must stay Track")]
        }
        if let name = root["metadata"]?["name"], name.scalar?.text != track {
            return [SourceError(file: file, mark: name.mark, path: "metadata.name",
                                message: "the name must stay \(track): a renamed track is a new track (add it as a new file)")]
        }
        return nil
    }

    /// `error` with its file relative to `folder`.
    static func relative(_ error: SourceError, in folder: String) -> SourceError {
        var error = error
        if error.file.hasPrefix(folder + "/") { error.file = String(error.file.dropFirst(folder.count + 1)) }
        return error
    }

    static func log(_ edit: TrackEdit, in folder: String) {
        guard let line = try? JSONValueEncoder().encode(edit).jsonText else { return }
        let path = folder + "/" + OnboardingService.trackEditLog
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data((line + "\n").utf8))
    }
}
