/// A store's connection to its database: it runs a body under the store's write lock and
/// rolls back on any error.
package protocol TransactionalConnection: AnyObject {
    /// Where errors say they happened: the file, or the server's address without its password.
    var errorLocation: String { get }

    func exclusive<T>(_ body: () throws -> T) throws -> T
}

extension TransactionalConnection {
    /// `exclusive` for the store's own work, whose only errors are `StoreError`s.
    package func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try exclusive(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(code: 0, message: "\(error)", path: errorLocation)
        }
    }
}
