import Dispatch
import Foundation

/// Runs independent pieces of work on all cores.
package enum Parallel {
    /// `(0..<count).map(body)`, computed concurrently. The result is in index order, so it does not
    /// depend on how many cores ran it.
    package static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        defer { slots.deallocate() }
        let base = UnsafeSendablePointer(pointer: slots.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            // Each iteration initialises its own slot only, so no two threads touch the same memory.
            (base.pointer + index).initialize(to: body(index))
        }
        let result = Array(slots)
        _ = slots.deinitialize()
        return result
    }

    /// How many workers to split work into: the cores this process may use.
    package static var workers: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// A pointer handed to concurrent iterations that write disjoint elements.
private struct UnsafeSendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
}
