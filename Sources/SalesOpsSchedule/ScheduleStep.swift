/// One step of a track as the scheduler sees it: an id, an offset and what it counts from.
package struct ScheduleStep: Sendable, Hashable {
    /// Unique within the track.
    package var id: String
    /// How far the due date lies from the start, or from `after`.
    package var offset: DueOffset
    /// Count from this step's due date (or its completion date once completed) instead of
    /// from the effective start.
    package var after: String?

    package init(id: String, offset: DueOffset, after: String? = nil) {
        self.id = id
        self.offset = offset
        self.after = after
    }
}
