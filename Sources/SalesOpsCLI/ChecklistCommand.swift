import ArgumentParser
import Foundation
import SalesOpsApp

/// `salesops checklist PERSON` or `salesops checklist --track T --start DATE`.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Print a dated checklist: a person's (with statuses, from the store) or a blank one for a track and start date.",
        discussion: """
            Weekends and the calendar's holidays are skipped; steps are grouped by working week. A step \
            due after the last year the calendar lists holidays for is flagged in every format.

            --format ics writes one all-day event per step (calendar apps import these; re-importing \
            updates the events instead of duplicating them); add --tasks for VTODO tasks instead.

            Examples:
              salesops checklist ana.lima --format markdown
              salesops checklist --track sdr-30-60-90 --start 2026-03-02 --format ics > sdr.ics
              salesops checklist ana.lima --format ics --tasks > ana-tasks.ics
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

    @Option(help: "markdown, html, csv, ics, json, or the id of an exporter plugin that renders checklists.")
    var format: FormatChoice<Format> = .own(.markdown)

    @Flag(help: "With --format ics: VTODO tasks instead of all-day events.")
    var tasks = false

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if person != nil, start != nil {
            throw ValidationError("give either PERSON (their checklist from the store) or --track and --start (a blank one), not both")
        }
        if tasks, format != .own(.ics) {
            throw ValidationError("--tasks applies to --format ics only")
        }
        if person == nil, track == nil || start == nil {
            throw ValidationError("give PERSON (their checklist from the store), or --track TRACK and --start DATE (a blank one)")
        }
    }

    func run() throws {
        let service = ChecklistService(onboarding: workspaceOptions.service)
        let dated: DatedChecklist
        if let person {
            dated = try service.checklist(person: person, track: track)
        } else {
            guard let track, let start else { return }
            dated = try service.blank(track: track, start: start, name: name)
        }
        if let warning = dated.holidayWarning { Output.error("warning: \(warning)") }
        let checklist = dated.checklist
        switch format {
        case .own(.markdown): print(checklist.markdown(), terminator: "")
        case .own(.html): print(checklist.html(), terminator: "")
        case .own(.csv): print(checklist.csv(), terminator: "")
        case .own(.ics): print(checklist.iCalendar(stamp: Dates.stamp(today: workspaceOptions.store.today), component: tasks ? .todo : .event), terminator: "")
        case .own(.json): print(try checklist.json())
        case .exporter(let id):
            print(try PluginService.export(json: try checklist.json(), as: .checklist, with: id, settings: workspaceOptions.plugins.settings),
                  terminator: "")
        }
    }
}
