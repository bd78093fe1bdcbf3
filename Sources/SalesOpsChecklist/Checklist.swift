import SalesOpsBasics

/// A person's dated checklist for one track: what to do, who does it, and by when.
///
/// A plain value the onboarding engine fills from a schedule and step statuses; the
/// renderings (`markdown()`, `html()`, `csv()`, `iCalendar(stamp:)`, `json()`) only read it.
public struct Checklist: Sendable, Hashable, Codable {
    /// The person (hire or customer contact) the checklist is for.
    public var person: String
    /// The track's title.
    public var track: String
    /// The start date rolled forward to a business day; week 1 is the week that holds it.
    public var effectiveStart: CalendarDate
    /// The calendar's working days, Monday first; used to label weeks ("2026-03-02 – 2026-03-06").
    public var weekmask: [Bool]
    /// The last day the calendar lists holidays for (`BusinessCalendar.holidayListEnd`); items
    /// due after it are flagged in every rendering. Nil when the calendar lists none.
    public var holidayListEnd: CalendarDate?
    /// In track order; renderings list them by due date.
    public var items: [ChecklistItem]

    public init(
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
    public var hasItemsPastHolidayList: Bool {
        items.contains { $0.pastHolidayList }
    }

    /// Items by due date (track order among equal dates), cut into working weeks.
    var weeks: [ChecklistWeek] {
        ChecklistWeek.group(self)
    }
}
