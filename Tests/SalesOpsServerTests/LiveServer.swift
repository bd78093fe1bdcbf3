import Foundation
import Logging
import SalesOpsApp
import SalesOpsBasics
import SalesOpsServer
import SalesOpsTestSupport

/// A real `salesops serve` in this process on a free loopback port, over a fresh store (a SQLite
/// file, or a database on the throwaway PostgreSQL server) holding the fixture hires (hires.csv
/// on a copy of the shipped catalog) and one token per role.
struct LiveServer: Sendable {
    static let today = CalendarDate(year: 2026, month: 3, day: 20)!

    let folder: String
    let settings: ServerSettings
    let client: HTTPTestClient
    /// A token per name: admin, enablement, maya (manager of ana.lima and ben.okafor), sam
    /// (manager of chloe.martin and acme-corp), ana (member), viewer.
    let tokens: [String: String]

    /// Starts a server, runs `body` against it, then stops it (also when `body` throws).
    static func with<T: Sendable>(_ backend: StoreBackend = .sqlite, _ body: (LiveServer) async throws -> T) async throws -> T {
        let folder = try OnboardingFixtures.folder()
        // The bundled plugins, beside the test binary as beside `salesops`.
        _ = try OnboardingFixtures.productsFolder()
        let store = backend == .sqlite ? folder + "/team.db" : try backend.newStore()
        // A copy of the shipped catalog, which track edits may change.
        let catalog = folder + "/catalog"
        try FileManager.default.copyItem(atPath: OnboardingFixtures.shippedCatalog, toPath: catalog)
        let settings = ServerSettings(host: "127.0.0.1", port: 0, storePath: store,
                                      catalog: CatalogService(directory: catalog),
                                      plugins: PluginSettings(fromEnvironment: nil, strict: true), today: today)
        let onboarding = OnboardingService(storePath: settings.storePath, today: today, catalog: settings.catalog, plugins: settings.plugins)
        _ = try onboarding.importHires(csv: String(contentsOfFile: OnboardingFixtures.fixture("hires.csv"), encoding: .utf8), source: "hires.csv")
        let service = TokenService(onboarding: onboarding)
        var tokens: [String: String] = [:]
        for (name, role, person) in [("admin", AccessRole.admin, nil), ("enablement", .enablement, nil), ("maya", .manager, "maya.chen"),
                                     ("sam", .manager, "sam.ortiz"), ("ana", .member, "ana.lima"), ("viewer", .viewer, nil)] {
            tokens[name] = try service.create(role: role, person: person).token
        }
        let (ports, announce) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "salesops.test")
        logger.logLevel = .critical
        let server = SalesOpsServer(settings: settings)
        let task = Task { try await server.run(logger: logger, handlingSignals: false) { announce.yield($0) } }
        var port = 0
        for await bound in ports {
            port = bound
            break
        }
        let live = LiveServer(folder: folder, settings: settings, client: HTTPTestClient(port: port), tokens: tokens)
        do {
            let result = try await body(live)
            task.cancel()
            _ = await task.result
            return result
        } catch {
            task.cancel()
            _ = await task.result
            throw error
        }
    }

    func token(_ name: String) -> String { tokens[name]! }
}
