/// Items that wait for other items, by index: a track's steps and the steps they depend on
/// or count from. One depth-first walk gives an order in which every item comes after what it
/// waits for, and each cycle that makes such an order impossible.
package struct DependencyGraph: Sendable, Hashable {
    /// For each item, the indices of the items it waits for; indices out of range are ignored.
    package var prerequisites: [[Int]]

    package init(prerequisites: [[Int]]) {
        self.prerequisites = prerequisites
    }

    /// The result of a walk.
    package struct Walk: Sendable, Hashable {
        /// Every item once, each after the items it waits for (a cycle is cut where it was found).
        package var order: [Int]
        /// Each cycle, as the items in the order they wait for each other, the first repeated
        /// at the end; in the order found.
        package var cycles: [[Int]]
    }

    /// Walks from each item in index order, following prerequisites in the order given. O(items
    /// + edges), with an explicit stack, so a chain of any length cannot overflow the call stack.
    package func walk() -> Walk {
        enum State: UInt8 { case unvisited, onPath, done }
        var state = [State](repeating: .unvisited, count: prerequisites.count)
        var walk = Walk(order: [], cycles: [])
        walk.order.reserveCapacity(prerequisites.count)
        var path: [(item: Int, nextEdge: Int)] = []
        for root in prerequisites.indices where state[root] == .unvisited {
            state[root] = .onPath
            path.append((root, 0))
            while let (item, nextEdge) = path.last {
                let edges = prerequisites[item]
                guard nextEdge < edges.count else {
                    path.removeLast()
                    state[item] = .done
                    walk.order.append(item)
                    continue
                }
                path[path.count - 1].nextEdge += 1
                let next = edges[nextEdge]
                guard prerequisites.indices.contains(next) else { continue }
                switch state[next] {
                case .unvisited:
                    state[next] = .onPath
                    path.append((next, 0))
                case .onPath:
                    let start = path.lastIndex { $0.item == next }!
                    walk.cycles.append(path[start...].map(\.item) + [next])
                case .done:
                    break
                }
            }
        }
        return walk
    }
}
