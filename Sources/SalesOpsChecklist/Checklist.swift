import SalesOpsBasics

/// A person's dated checklist for one track: what to do, who does it, and by when.
///
/// A plain value the onboarding engine fills from a schedule and step statuses; the
/// renderings (`markdown()`, `html()`, `csv()`, `iCalendar(stamp:)`, `json()`) only read it.
package struct Checklist: Sendable, Hashable, Codable {
    /// The person (hire or customer contact) the checklist is for.
    package var person: String
    /// The track's title.
    package var track: String
    /// The start date rolled forward to a business day; week 1 is the week that holds it.
    package var effectiveStart: CalendarDate
    /// The calendar's working days, Monday first; used to label weeks ("2026-03-02 – 2026-03-06").
    package var weekmask: [Bool]
    /// The last day the calendar lists holidays for (`BusinessCalendar.holidayListEnd`); items
    /// due after it are flagged in every rendering. Nil when the calendar lists none.
    package var holidayListEnd: CalendarDate?
    /// In track order; renderings list them by due date.
    package var items: [ChecklistItem]

    package init(
        person: String,
        track: String,
        effectiveStart: CalendarDate,
        weekmask: [Bool] = BusinessCalendar.mondayToFriday,
        holidayListEnd: CalendarDate? = nil,
        items: [ChecklistItem]
    ) {
        self.person = person
        self.track = track
        self.effectiveStart = effectiveStart
        self.weekmask = weekmask
        self.holidayListEnd = holidayListEnd
        self.items = items
        for index in self.items.indices {
            self.items[index].pastHolidayList = holidayListEnd.map { self.items[index].due > $0 } ?? false
        }
    }

    /// Whether any item is due after the holiday list ends.
    package var hasItemsPastHolidayList: Bool {
        items.contains { $0.pastHolidayList }
    }

    /// Items by due date (track order among equal dates), cut into working weeks.
    var weeks: [ChecklistWeek] {
        ChecklistWeek.group(self)
    }
}
