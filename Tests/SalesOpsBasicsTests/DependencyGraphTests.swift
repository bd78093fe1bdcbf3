import Testing
import SalesOpsBasics

/// The one walker over step graphs: order and cycles in one depth-first pass.
@Suite("Dependency graph")
struct DependencyGraphTests {
    @Test func everyItemComesAfterWhatItWaitsFor() {
        // 0 waits for 2 and 1; 1 waits for 3; 2 waits for 3; 4 waits for nothing.
        let walk = DependencyGraph(prerequisites: [[2, 1], [3], [3], [], []]).walk()
        #expect(walk.order == [3, 2, 1, 0, 4])
        #expect(walk.cycles.isEmpty)
    }

    @Test func cyclesAreNamedInOrderAndTheWalkGoesOn() {
        // 1 → 3 → 2 → 1 is a cycle, 5 waits for itself, 4 waits for the cycle, 6 is free.
        let walk = DependencyGraph(prerequisites: [[], [3], [1], [2], [2], [5], [0, 99]]).walk()
        #expect(walk.cycles == [[1, 3, 2, 1], [5, 5]])
        #expect(walk.order == [0, 2, 3, 1, 4, 5, 6])
    }

    @Test func aLongChainNeedsNoRecursion() {
        let count = 200_000
        // Item 0 waits for 1, which waits for 2, … : the walk goes 200,000 deep from the first item.
        let walk = DependencyGraph(prerequisites: (0..<count).map { $0 == count - 1 ? [] : [$0 + 1] }).walk()
        #expect(walk.cycles.isEmpty)
        #expect(walk.order == Array((0..<count).reversed()))
    }
}
