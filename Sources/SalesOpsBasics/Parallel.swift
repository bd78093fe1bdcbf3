import Dispatch
import Foundation

/// Runs independent pieces of work on all cores.
package enum Parallel {
    /// `(0..<count).map(body)`, computed concurrently. The result is in index order, so it does not
    /// depend on how many cores ran it.
    package static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        // Each result is written into the array's own storage: copying them out of a scratch
        // buffer cost a retain and a release per reference a result holds.
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UnsafeSendablePointer(pointer: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                // Each iteration initialises its own slot only, so no two threads touch the same memory.
                (base.pointer + index).initialize(to: body(index))
            }
            initialized = count
        }
    }

    /// How many workers to split work into: the cores this process may use.
    package static var workers: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// A pointer handed to concurrent iterations that write disjoint elements.
private struct UnsafeSendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
}
