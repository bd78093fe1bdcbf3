import SalesOpsApp
import SalesOpsBasics
import SalesOpsCatalog

/// What `salesops serve` was started with: where to listen, and the store, catalog and
/// plugins every request's services open.
package struct ServerSettings: Sendable {
    package var host: String
    /// 0 picks a free port (the one bound is reported when the server runs).
    package var port: Int
    package var storePath: String
    package var catalog: CatalogService
    package var plugins: PluginSettings
    /// The date every person's "today" is, instead of the clock's.
    package var today: CalendarDate?
    /// Marks the session cookie `Secure` even when no proxy says the request came over TLS.
    package var secureCookies: Bool

    package init(host: String = "127.0.0.1", port: Int = 8080, storePath: String, catalog: CatalogService, plugins: PluginSettings,
                today: CalendarDate? = nil, secureCookies: Bool = false) {
        self.host = host
        self.port = port
        self.storePath = storePath
        self.catalog = catalog
        self.plugins = plugins
        self.today = today
        self.secureCookies = secureCookies
    }

    /// The store connections, plugins and catalog opened once for every request (`opened()`).
    package private(set) var pool: StorePool?

    /// These settings with the plugins and catalog loaded and the store opened, once for all
    /// requests: a bad catalog or a missing store stops the server before it listens.
    package func opened() throws(AppError) -> ServerSettings {
        guard pool == nil else { return self }
        var opened = self
        opened.pool = try StorePool(location: storePath, catalog: catalog, plugins: plugins, create: false)
        return opened
    }

    /// The onboarding services, recording as `actor`, on the pool's connections once opened.
    func onboarding(actor: String? = nil) -> OnboardingService {
        if let pool { return OnboardingService(pool: pool, today: today, actor: actor) }
        return OnboardingService(storePath: storePath, today: today, catalog: catalog, plugins: plugins, actor: actor)
    }

    /// Runs an evaluation, on the pool's plugins and catalog once opened.
    func evaluate(_ request: EvaluationRequest) throws(AppError) -> EvaluationOutcome {
        let service = EvaluationService(catalog: catalog, plugins: plugins)
        guard let pool else { return try service.evaluate(request) }
        return try service.evaluate(request, plugins: pool.plugins, catalog: pool.catalog)
    }

    /// The catalog: the pool's once opened, else read now.
    func loadCatalog() throws(AppError) -> Catalog { try onboarding().loadCatalog() }
    var tokens: TokenService { TokenService(onboarding: onboarding()) }
}
