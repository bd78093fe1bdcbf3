import Foundation
import Testing
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsPluginHost
import SalesOpsStore

/// Real parts for the onboarding tests: the bundled plugin libraries and the `salesops`
/// binary SwiftPM built, the shipped catalog, fixture files, and SQLite files in fresh
/// temporary folders.
package enum OnboardingFixtures {
    package struct Failure: Error, CustomStringConvertible {
        package let description: String

        package init(description: String) {
            self.description = description
        }
    }

    package static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The onboarding fixtures: catalogs, CSV files and stores, shared by the onboarding, store and command-line tests.
    package static let fixtures = packageRoot.appendingPathComponent("Tests/SalesOpsOnboardingTests/Fixtures")
    package static let shippedCatalog = packageRoot.appendingPathComponent("catalog").path
    package static let fixtureCatalog = fixtures.appendingPathComponent("catalog").path

    package static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// The folder with `salesops` and the bundled plugins: beside the test binary, or .build/debug.
    package static func productsFolder() throws -> String {
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

    package static func registry() throws -> PluginRegistry {
        var registry = PluginRegistry()
        let report = PluginLoader(searchPath: .standard(environment: nil, executableFolder: try productsFolder())).load(into: &registry)
        guard report.failures.isEmpty else { throw Failure(description: report.failures.map(\.description).joined(separator: "\n")) }
        return registry
    }

    package static func catalog(_ path: String) throws -> Catalog {
        let result = CatalogLoader().load(path)
        guard result.errors.isEmpty else { throw Failure(description: result.errors.map(\.description).joined(separator: "\n")) }
        return result.catalog
    }

    package static func plan(_ track: String, catalog path: String = fixtureCatalog) throws -> TrackPlan {
        let catalog = try catalog(path)
        let descriptor = try #require(catalog.track(named: track))
        return try TrackPlan(version: TrackVersion(track: descriptor, calendar: try #require(catalog.calendar(named: descriptor.spec.calendar))))
    }

    /// A new empty folder under the system temporary folder.
    package static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-onboarding-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every event in the store, as comparable rows: what "the store is unchanged" compares.
    package static func eventRows(_ store: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: store) else { return [] }
        return try eventRows(of: SQLiteStore(path: store))
    }

    /// Every event and person of an open store, as comparable rows.
    package static func eventRows(of opened: any OnboardingStore) throws -> [String] {
        try opened.histories(EnrolmentFilter()).flatMap { history in
            history.events.map { "\($0.sequence) \($0.enrolment) \($0.kind) \($0.step ?? "-") \($0.date) \($0.idempotencyKey)" }
        } + opened.people().map { "person \($0.id) \($0.email ?? "") \($0.manager ?? "") \($0.timezone ?? "")" }
    }
}

extension OnboardingEvent {
    /// The attempt this event records, if it is one.
    package var attempt: EventPayload.Attempt? {
        guard case .attempted(_, let attempt) = payload else { return nil }
        return attempt
    }
}
