import ArgumentParser
import SalesOpsApp
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

    @Option(help: ArgumentHelp("Start date for a blank checklist (YYYY-MM-DD).", valueName: "date"), transform: CalendarDate.argument)
    var start: CalendarDate?

    @Option(help: "The name printed on a blank checklist.")
    var name: String = "New starter"

    @Option(help: "markdown, html, csv, ics or json.")
    var format: Format = .markdown

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if person != nil, start != nil {
            throw ValidationError("give either PERSON (their checklist from the store) or --track and --start (a blank one), not both")
        }
        if person == nil, track == nil || start == nil {
            throw ValidationError("give PERSON (their checklist from the store), or --track TRACK and --start DATE (a blank one)")
        }
    }

    func run() throws {
        try OnboardingWorkspace.run {
            let checklist: Checklist
            let warning: HolidayCoverageWarning?
            if let person {
                let workspace = try workspaceOptions.open(writing: false)
                let history = try workspace.history(person: person, track: track)
                let plan = try workspace.plan(for: history.enrolment)
                let state = try workspace.state(of: history)
                checklist = state.checklist(weekmask: plan.calendar.weekmask)
                warning = state.holidayWarning
            } else {
                guard let track, let start else { return }
                let catalog = try workspaceOptions.catalog.load()
                guard let descriptor = catalog.track(named: track) else {
                    let names = catalog.tracks.map(\.name)
                    throw OnboardingError.unknownTrack(track, suggestion: Suggestion.nearest(to: track, in: names), known: names)
                }
                guard let calendar = catalog.calendar(named: descriptor.spec.calendar) else {
                    throw OnboardingError.unknownCalendar(track: track, calendar: descriptor.spec.calendar)
                }
                let plan = try TrackPlan(version: TrackVersion(track: descriptor, calendar: calendar))
                checklist = plan.checklist(person: name, start: start)
                warning = plan.schedule(start: start).holidayWarning
            }
            if let warning { Output.error("warning: \(warning)") }
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
        if let today = workspaceOptions.store.today { return UTCTimestamp(date: today) }
        return UTCTimestamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }
}
