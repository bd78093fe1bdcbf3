import ArgumentParser
import SalesOpsApp

/// `salesops onboard resume PERSON [--track T] [--on DATE]`.
struct OnboardResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "End a leave of absence; due dates move by the business days paused.",
        discussion: "Example: salesops onboard resume chloe.martin --on 2026-04-20"
    )

    @OptionGroup var options: LifecycleOptions

    func run() throws {
        let result = try options.workspace.service.resume(options.request)
        var line = options.describe(result, "resumed on \(result.event?.date.description ?? "")")
        if !result.alreadyRecorded, result.event != nil, let next = result.state.nextDue {
            line += "; next due: \(next.id) \(next.due)"
        }
        print(line)
    }
}
