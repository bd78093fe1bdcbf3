import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsPluginHost
import SalesOpsStore

/// What a long-running face (the server) opens once and lends to every use case: the plugins,
/// the catalog read with them, and open store connections.
///
/// A connection serves one use case at a time: a use case borrows one (an idle one, else a
/// new one), and it comes back when the last reference to it goes. A connection that failed
/// is dropped instead, so the next use case connects afresh. On a SQLite file the writers of
/// this process also take turns on one lock before SQLite's own, so a writer hands over to the
/// next at once instead of sleeping in SQLite's busy wait; other processes still queue on the
/// file's lock (WAL mode lets readers run beside the writer).
package final class StorePool: @unchecked Sendable {
    /// A SQLite file or a `postgres://` URL (`OnboardingWorkspace.openStore`).
    package let location: String
    package let catalogService: CatalogService
    package let pluginSettings: PluginSettings
    package let plugins: LoadedPlugins
    /// One writer of this process at a time on a SQLite file; nil on PostgreSQL (its writers
    /// queue on the store's advisory lock without polling).
    let writeLock: NSRecursiveLock?
    /// One track edit at a time: each validates against the catalog the one before it saved.
    let editLock = NSLock()
    private let lock = NSLock()
    private var idle: [any OnboardingStore] = []
    private var loadedCatalog: Catalog

    /// Loads the plugins and the catalog, and opens a first connection (creating the store
    /// when `create`), so a bad catalog or store stops the face before it serves anything.
    package init(location: String, catalog: CatalogService, plugins: PluginSettings, create: Bool) throws(AppError) {
        self.location = location
        catalogService = catalog
        pluginSettings = plugins
        let loaded = try PluginService.load(plugins)
        self.plugins = loaded
        loadedCatalog = try catalog.load(plugins: loaded)
        writeLock = OnboardingWorkspace.isServerStore(location) ? nil : NSRecursiveLock()
        let first = try OnboardingWorkspace.storing { () throws(StoreError) in try OnboardingWorkspace.openStore(location, create: create) }
        idle.append(first)
    }

    deinit {
        // Closing a PostgreSQL connection waits for it, which must not happen on an event loop,
        // where the last reference to the pool may go: the connections close on a thread of their own.
        let closing = Closing(idle)
        idle = []
        Thread { closing.stores.removeAll() }.start()
    }

    /// Connections on their way to be closed, handed to the thread that closes them.
    private final class Closing: @unchecked Sendable {
        var stores: [any OnboardingStore]

        init(_ stores: [any OnboardingStore]) {
            self.stores = stores
        }
    }

    /// The catalog as last loaded.
    package var catalog: Catalog {
        lock.lock()
        defer { lock.unlock() }
        return loadedCatalog
    }

    /// Reads the catalog folder again (after a track was edited); use cases that start later see it.
    package func reloadCatalog() throws(AppError) {
        let catalog = try catalogService.load(plugins: plugins)
        lock.lock()
        loadedCatalog = catalog
        lock.unlock()
    }

    /// A connection for one use case: an idle one, else a new one (`create`: the store may be created).
    func borrow(create: Bool) throws(AppError) -> any OnboardingStore {
        lock.lock()
        let idleStore = idle.popLast()
        lock.unlock()
        if let idleStore { return PooledStore(idleStore, pool: self) }
        let store = try OnboardingWorkspace.storing { () throws(StoreError) in try OnboardingWorkspace.openStore(location, create: create) }
        return PooledStore(store, pool: self)
    }

    fileprivate func giveBack(_ store: any OnboardingStore) {
        lock.lock()
        idle.append(store)
        lock.unlock()
    }

    /// How many connections wait for a use case (for tests).
    package var idleConnections: Int {
        lock.lock()
        defer { lock.unlock() }
        return idle.count
    }
}

/// A borrowed connection: every call goes to the store it wraps; when released it goes back
/// to the pool, unless a call failed (the connection may be broken; it is closed instead).
private final class PooledStore: OnboardingStore, TokenStore {
    private let store: any OnboardingStore
    private let pool: StorePool
    private var failed = false

    init(_ store: any OnboardingStore, pool: StorePool) {
        self.store = store
        self.pool = pool
    }

    deinit {
        if !failed { pool.giveBack(store) }
    }

    var location: String { store.location }

    /// `body` on the wrapped store, noting a failure.
    private func use<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            failed = true
            throw error
        }
    }

    /// `body` holding the pool's write lock (SQLite), noting a failure.
    private func writing<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        pool.writeLock?.lock()
        defer { pool.writeLock?.unlock() }
        return try use(body)
    }

    func person(_ id: String) throws(StoreError) -> Person? { try use { () throws(StoreError) in try store.person(id) } }
    func people() throws(StoreError) -> [Person] { try use { () throws(StoreError) in try store.people() } }
    func enrolments(person: String?) throws(StoreError) -> [Enrolment] {
        try use { () throws(StoreError) in try store.enrolments(person: person) }
    }
    func definition(_ hash: String) throws(StoreError) -> String? { try use { () throws(StoreError) in try store.definition(hash) } }
    func definitions() throws(StoreError) -> [StoredDefinition] { try use { () throws(StoreError) in try store.definitions() } }
    func histories(_ filter: EnrolmentFilter) throws(StoreError) -> [EnrolmentHistory] {
        try use { () throws(StoreError) in try store.histories(filter) }
    }
    func eventCount() throws(StoreError) -> Int { try use { () throws(StoreError) in try store.eventCount() } }
    func write(_ batch: StoreBatch) throws(StoreError) -> StoreWriteSummary {
        try writing { () throws(StoreError) in try store.write(batch) }
    }
    func pseudonymKey() throws(StoreError) -> [UInt8] { try writing { () throws(StoreError) in try store.pseudonymKey() } }
    func rotatePseudonymKey() throws(StoreError) { try writing { () throws(StoreError) in try store.rotatePseudonymKey() } }
    func badgeKeys() throws(StoreError) -> BadgeKeyRing { try writing { () throws(StoreError) in try store.badgeKeys() } }
    func rotateBadgeKey() throws(StoreError) -> BadgeKeyRing { try writing { () throws(StoreError) in try store.rotateBadgeKey() } }
    func schemaVersion() throws(StoreError) -> Int { try use { () throws(StoreError) in try store.schemaVersion() } }
    func integrityProblems() throws(StoreError) -> [String] { try use { () throws(StoreError) in try store.integrityProblems() } }

    func exclusive<T>(_ body: () throws -> T) throws -> T {
        pool.writeLock?.lock()
        defer { pool.writeLock?.unlock() }
        do {
            return try store.exclusive(body)
        } catch let error as StoreError {
            failed = true
            throw error
        }
    }

    // MARK: Tokens

    private var tokenStore: any TokenStore {
        get throws(StoreError) {
            guard let tokens = store as? any TokenStore else {
                throw StoreError(code: 0, message: "this store cannot hold access tokens", path: store.location)
            }
            return tokens
        }
    }

    func addToken(_ token: StoredToken) throws(StoreError) {
        let tokens = try tokenStore
        try writing { () throws(StoreError) in try tokens.addToken(token) }
    }
    func tokens() throws(StoreError) -> [StoredToken] {
        let tokens = try tokenStore
        return try use { () throws(StoreError) in try tokens.tokens() }
    }
    func token(hash: String) throws(StoreError) -> StoredToken? {
        let tokens = try tokenStore
        return try use { () throws(StoreError) in try tokens.token(hash: hash) }
    }
    func revokeToken(id: String, at: String) throws(StoreError) -> Bool {
        let tokens = try tokenStore
        return try writing { () throws(StoreError) in try tokens.revokeToken(id: id, at: at) }
    }
}
