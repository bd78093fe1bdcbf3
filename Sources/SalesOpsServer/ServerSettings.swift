import SalesOpsApp
import SalesOpsBasics

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

    /// The onboarding services, recording as `actor`.
    func onboarding(actor: String? = nil) -> OnboardingService {
        OnboardingService(storePath: storePath, today: today, catalog: catalog, plugins: plugins, actor: actor)
    }

    var evaluation: EvaluationService { EvaluationService(catalog: catalog, plugins: plugins) }
    var tokens: TokenService { TokenService(onboarding: onboarding()) }
}
