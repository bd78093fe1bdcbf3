import ArgumentParser
import Foundation
import SalesOpsBasics
import SalesOpsChecklist
import SalesOpsOnboarding
import SalesOpsSchedule

/// `salesops checklist PERSON` or `salesops checklist --track T --start DATE`.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Print a dated checklist: a person's (with statuses, from the store) or a blank one for a track and start date.",
        discussion: """
            Weekends and the calendar's holidays are skipped; steps are grouped by working week.

            Examples:
              salesops checklist ana.lima --format markdown
              salesops checklist --track sdr-30-60-90 --start 2026-03-02 --format ics > sdr.ics
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, csv, ics, json
    }

    @Argument(help: "A person in the store.")
    var person: String?

    @Option(help: "The track (with --start: a blank checklist; with PERSON: which of their tracks).")
    var track: String?

    @Option(help: ArgumentHelp("Start date for a blank checklist (YYYY-MM-DD).", valueName: "date"))
    var start: String?

    @Option(help: "The name printed on a blank checklist.")
    var name: String = "New starter"

    @Option(help: "markdown, html, csv, ics or json.")
    var format: Format = .markdown

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var pluginOptions: PluginOptions

    func validate() throws {
        if person != nil, start != nil {
            throw ValidationError("give either PERSON (their checklist from the store) or --track and --start (a blank one), not both")
        }
        if person == nil, track == nil || start == nil {
            throw ValidationError("give PERSON (their checklist from the store), or --track TRACK and --start DATE (a blank one)")
        }
    }

    func run() throws {
        try OnboardingSession.run {
            let checklist: Checklist
            let calendar: BusinessCalendar
            if let person {
                let session = try OnboardingSession(storeOptions, catalog: catalogOptions, plugins: pluginOptions, writing: false)
                let history = try session.history(person: person, track: track)
                let plan = try session.plan(for: history.enrolment)
                calendar = plan.calendar
                checklist = try session.state(of: history).checklist(weekmask: plan.calendar.weekmask)
            } else {
                guard let track, let start else { return }
                guard let startDate = CalendarDate(iso: start) else { throw OnboardingError.invalidDate(option: "--start", text: start) }
                if let today = storeOptions.today, CalendarDate(iso: today) == nil {
                    throw OnboardingError.invalidDate(option: "--today", text: today)
                }
                let catalog = try catalogOptions.load()
                guard let descriptor = catalog.track(named: track) else {
                    let names = catalog.tracks.map(\.name)
                    throw OnboardingError.unknownTrack(track, suggestion: Suggestion.nearest(to: track, in: names), known: names)
                }
                guard let calendarDescriptor = catalog.calendar(named: descriptor.spec.calendar) else {
                    throw OnboardingError.unknownCalendar(track: track, calendar: descriptor.spec.calendar)
                }
                let plan = try TrackPlan(version: TrackVersion(track: descriptor, calendar: calendarDescriptor))
                calendar = plan.calendar
                checklist = plan.checklist(person: name, start: startDate)
            }
            if let warning = HolidayCoverageWarning.check(checklist.items.map { .init(id: $0.stepID, due: $0.due) }, calendar: calendar) {
                Output.error("warning: \(warning)")
            }
            switch format {
            case .markdown: print(checklist.markdown(), terminator: "")
            case .html: print(checklist.html(), terminator: "")
            case .csv: print(checklist.csv(), terminator: "")
            case .ics: print(checklist.iCalendar(stamp: stamp()), terminator: "")
            case .json: print(try checklist.json())
            }
        }
    }

    /// DTSTAMP: midnight UTC of --today when given (reproducible files), else now.
    func stamp() -> UTCTimestamp {
        if let today = storeOptions.today.flatMap(CalendarDate.init(iso:)) { return UTCTimestamp(date: today) }
        return UTCTimestamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }
}
