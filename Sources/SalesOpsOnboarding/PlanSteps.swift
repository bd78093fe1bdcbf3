/// What a step state reads of its plan's steps, by index: their text and dependencies. Built
/// once per plan and shared, so each of an enrolment's step states holds one reference instead
/// of its own copy of every string.
package final class PlanSteps: Sendable {
    package let ids: [String]
    package let titles: [String]
    package let owners: [String]
    /// The certification's name (the step's title when it has none), for certification steps.
    package let certifications: [String?]
    /// For each step, the indices of the steps it depends on.
    package let dependencies: [[Int]]

    package init(ids: [String], titles: [String], owners: [String], certifications: [String?], dependencies: [[Int]]) {
        self.ids = ids
        self.titles = titles
        self.owners = owners
        self.certifications = certifications
        self.dependencies = dependencies
    }

    package var count: Int { ids.count }
}
