import Foundation
import SalesOpsTestSupport
import Testing
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsPlugins
import SalesOpsStore

/// Real parts for the onboarding tests: the bundled plugin libraries and the `salesops`
/// binary SwiftPM built, the shipped catalog, fixture files, and SQLite files in fresh
/// temporary folders.
enum OnboardingFixtures {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let shippedCatalog = packageRoot.appendingPathComponent("catalog").path
    static let fixtureCatalog = fixtures.appendingPathComponent("catalog").path

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// The folder with `salesops` and the bundled plugins: beside the test binary, or .build/debug.
    static func productsFolder() throws -> String {
        var candidates: [String] = []
        if let folder = PluginSearchPath.runningExecutableFolder { candidates.append(folder) }
        candidates.append(packageRoot.appendingPathComponent(".build/debug").path)
        for folder in candidates where ["salesops", "libhire-onboarding.so", "libcustomer-onboarding.so"].allSatisfy({
            FileManager.default.fileExists(atPath: "\(folder)/\($0)")
        }) {
            return folder
        }
        throw Failure(description: "salesops and the bundled plugins are not built in \(candidates.joined(separator: " or ")); run `swift build` first")
    }

    static func registry() throws -> PluginRegistry {
        var registry = PluginRegistry()
        let report = PluginLoader(searchPath: .standard(environment: nil, executableFolder: try productsFolder())).load(into: &registry)
        guard report.failures.isEmpty else { throw Failure(description: report.failures.map(\.description).joined(separator: "\n")) }
        return registry
    }

    static func catalog(_ path: String) throws -> Catalog {
        let result = CatalogLoader().load(path)
        guard result.errors.isEmpty else { throw Failure(description: result.errors.map(\.description).joined(separator: "\n")) }
        return result.catalog
    }

    static func plan(_ track: String, catalog path: String = fixtureCatalog) throws -> TrackPlan {
        let catalog = try catalog(path)
        let descriptor = try #require(catalog.track(named: track))
        return try TrackPlan(version: TrackVersion(track: descriptor, calendar: try #require(catalog.calendar(named: descriptor.spec.calendar))))
    }

    /// A new empty folder under the system temporary folder.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-onboarding-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every event in the store, as comparable rows: what "the store is unchanged" compares.
    static func eventRows(_ store: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: store) else { return [] }
        let opened = try SQLiteStore(path: store)
        return try opened.histories(EnrolmentFilter()).flatMap { history in
            history.events.map { "\($0.sequence) \($0.enrolment) \($0.kind) \($0.step ?? "-") \($0.date) \($0.idempotencyKey)" }
        } + opened.people().map { "person \($0.id) \($0.email ?? "") \($0.manager ?? "") \($0.timezone ?? "")" }
    }

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the built `salesops` in `folder` with `arguments`.
    static func salesops(_ arguments: [String], in folder: String) throws -> Run {
        try salesopsConcurrently([arguments], in: folder)[0]
    }

    /// Starts the built `salesops` once per argument list, all before waiting for any, so the
    /// processes really run at the same time; their results in the same order.
    static func salesopsConcurrently(_ argumentLists: [[String]], in folder: String) throws -> [Run] {
        let executable = URL(fileURLWithPath: try productsFolder() + "/salesops")
        var environment = ProcessInfo.processInfo.environment
        environment["SALESOPS_CATALOG"] = shippedCatalog
        environment["SALESOPS_PLUGIN_PATH"] = nil
        environment["SALESOPS_ACTOR"] = "test"
        let started = try argumentLists.map { arguments in
            try TestProcess(executable.path, arguments, in: URL(fileURLWithPath: folder), environment: environment)
        }
        return started.map { process in
            let result = process.wait()
            return Run(status: result.status, output: result.stdout, errors: result.stderr)
        }
    }
}

extension OnboardingEvent {
    /// The attempt this event records, if it is one.
    var attempt: EventPayload.Attempt? {
        guard case .attempted(_, let attempt) = payload else { return nil }
        return attempt
    }
}
