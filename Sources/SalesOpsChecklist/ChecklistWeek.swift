import SalesOpsBasics

/// The items of a checklist that fall in one working week, with the week's label dates.
///
/// Weeks follow the calendar (a Monday-to-Friday team sees Monday-to-Friday weeks, a
/// Sunday-to-Thursday team Sunday-to-Thursday ones) rather than seven-day windows from the
/// start, because people plan by the weeks on their wall calendar. Week 1 holds the
/// effective start; items due before it (preparation) form week 0, "Before start".
struct ChecklistWeek {
    /// 1 for the week of the effective start; 0 for anything earlier.
    var number: Int
    /// First working day shown in the label (the effective start in week 1).
    var first: CalendarDate
    /// Last working day of the week.
    var last: CalendarDate
    var items: ArraySlice<ChecklistItem>

    var title: String {
        number == 0 ? "Before start" : "Week \(number) (\(DateText.iso(first)) – \(DateText.iso(last)))"
    }

    static func group(_ checklist: Checklist) -> [ChecklistWeek] {
        let mask = checklist.weekmask.count == 7 && checklist.weekmask.contains(true)
            ? checklist.weekmask : BusinessCalendar.mondayToFriday
        // The week begins on the first working day after a day off (Monday for Mon–Fri,
        // Sunday for Sun–Thu); Monday when every day is a working day.
        var weekStartDay = 0
        for day in 0..<7 where mask[day] && !mask[(day + 6) % 7] {
            weekStartDay = day
            break
        }
        func weekStart(_ date: CalendarDate) -> Int {
            let weekday = date.weekday - 1
            return date.daysSinceEpoch - (weekday - weekStartDay + 7) % 7
        }
        let firstWeek = weekStart(checklist.effectiveStart)
        let sorted = checklist.items.enumerated()
            .sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }
            .map(\.element)

        var weeks: [ChecklistWeek] = []
        var lower = 0
        while lower < sorted.count {
            let start = weekStart(sorted[lower].due)
            let number = start < firstWeek ? 0 : (start - firstWeek) / 7 + 1
            var upper = lower + 1
            while upper < sorted.count {
                let next = weekStart(sorted[upper].due)
                let nextNumber = next < firstWeek ? 0 : (next - firstWeek) / 7 + 1
                if nextNumber != number { break }
                upper += 1
            }
            var first = CalendarDate(daysSinceEpoch: start)
            var last = CalendarDate(daysSinceEpoch: start + 6)
            if number == 1 {
                first = checklist.effectiveStart
            } else {
                while !mask[first.weekday - 1] { first = first.adding(days: 1) }
            }
            while !mask[last.weekday - 1] { last = last.adding(days: -1) }
            weeks.append(ChecklistWeek(number: number, first: first, last: last, items: sorted[lower..<upper]))
            lower = upper
        }
        return weeks
    }
}
