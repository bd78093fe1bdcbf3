import ArgumentParser
import Foundation
import SalesOpsApp

/// `salesops catalog …`: check, list, show and describe catalog files.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Check, list and show catalog definitions (tools, teams, evaluations, tracks, calendars, subscriptions, and kinds plugins add).",
        subcommands: [Validate.self, List.self, Show.self, Schema.self]
    )

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every catalog file and report every error with file:line:column.",
            discussion: """
                Reads every *.yaml and *.yml file below the folder, checks each document against its kind, \
                then checks references between documents (a team's current stack, an evaluation's team and \
                candidates, a step's dependencies) and the criterion, verifier and track-kind ids that the \
                built-ins and loaded plugins provide. Exits 0 when the catalog is valid, 1 when it is not.

                Warns (without failing) about each calendar whose holiday list ends within 90 days of today: \
                add the next year's holidays before then, or later due dates may fall on one.

                Examples:
                  salesops catalog validate
                  salesops catalog validate my-catalog/
                """
        )

        @Argument(help: ArgumentHelp("A catalog folder or file (default: the catalog).", valueName: "dir"))
        var path: String?

        @Option(help: ArgumentHelp("Check calendars as if today were this date (YYYY-MM-DD).", valueName: "date"),
                transform: CalendarDate.argument)
        var today: CalendarDate?

        @OptionGroup var options: CatalogOptions
        @OptionGroup var pluginOptions: PluginOptions

        /// How far ahead a calendar's holiday list must reach.
        static let holidayHorizonDays = 90

        func run() throws {
            let directory = path ?? options.directory
            // Criterion, verifier and track-kind ids are checked against what is registered.
            let plugins = try PluginService.load(pluginOptions.settings)
            Registry.reportSkipped(plugins.report.failures)
            let catalog = try options.service.validate(path.map(Invocation.current.path), plugins: plugins)
            let counts = catalog.namesByKind.filter { !$0.names.isEmpty }
                .map { "\($0.names.count) \($0.kind)" }.joined(separator: ", ")
            print("OK: \(directory): \(counts) (\(catalog.documentCount) documents in \(catalog.fileCount) files)")
            let day = today ?? Dates.today(in: .current)
            for ending in catalog.holidayListsEnding(within: Self.holidayHorizonDays, of: day) {
                Output.error("warning: " + Self.describe(ending))
            }
            Invocation.current.keepUntilExit(catalog, plugins)
        }

        static func describe(_ ending: HolidayListEnding) -> String {
            var place = ""
            if let file = ending.file, let line = ending.line, let column = ending.column { place = "\(file):\(line):\(column): " }
            let when = ending.daysLeft < 0 ? "\(-ending.daysLeft) days ago"
                : ending.daysLeft == 0 ? "today" : "in \(counted(ending.daysLeft, "day"))"
            return place + "calendar `\(ending.calendar)` lists holidays only through \(ending.end), which ends \(when); "
                + "add the next year's holidays, or due dates after \(ending.end) may fall on one"
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List catalog definitions, optionally of one kind.",
            discussion: "Example: salesops catalog list --kind Tool"
        )

        @Option(help: "Only this kind: Tool, Team, Evaluation, Track, Calendar, Subscription, or one a plugin adds.")
        var kind: String?

        @Option(help: "table or json.")
        var format: ListFormat = .table

        @OptionGroup var options: CatalogOptions
        @OptionGroup var pluginOptions: PluginOptions

        func run() throws {
            let plugins = try PluginService.load(pluginOptions.settings)
            Registry.reportSkipped(plugins.report.failures)
            let catalog = try options.service.load(plugins: plugins)
            var groups = catalog.namesByKind
            if let kind {
                guard let match = groups.first(where: { $0.kind.lowercased() == kind.lowercased() }) else {
                    throw ValidationError("unknown kind `\(kind)`; expected one of \(groups.map(\.kind).joined(separator: ", "))")
                }
                groups = [match]
            }
            let rows = groups.flatMap { group in
                group.names.map { name in [group.kind, name, catalog.title(kind: group.kind, name: name)] }
            }
            switch format {
            case .table:
                print(Output.table(["KIND", "NAME", "TITLE"], rows))
            case .json:
                print(try Output.json(rows.map { ["kind": $0[0], "name": $0[1], "title": $0[2]] }))
            }
        }
    }

    enum ListFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one definition as YAML or JSON.",
            discussion: """
                YAML shows the document as loaded: anchors and aliases expanded, merge keys applied. \
                JSON shows the decoded values.

                Example: salesops catalog show Tool/hubspot-sales-hub --format json
                """
        )

        @Argument(help: ArgumentHelp("KIND/NAME, e.g. Tool/pipedrive.", valueName: "kind/name"))
        var reference: String

        @Option(help: "yaml or json.")
        var format: ShowFormat = .yaml

        @OptionGroup var options: CatalogOptions
        @OptionGroup var pluginOptions: PluginOptions

        func run() throws {
            let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ValidationError("expected KIND/NAME such as Tool/pipedrive, found `\(reference)`")
            }
            let plugins = try PluginService.load(pluginOptions.settings)
            Registry.reportSkipped(plugins.report.failures)
            let catalog = try options.service.load(plugins: plugins)
            let (kind, name) = (parts[0], parts[1])
            guard let group = catalog.namesByKind.first(where: { $0.kind.lowercased() == kind.lowercased() }) else {
                throw ValidationError("unknown kind `\(kind)`; expected one of \(catalog.namesByKind.map(\.kind).joined(separator: ", "))")
            }
            guard group.names.contains(name) else {
                throw AppError.notFound(NotFound(kind: group.kind, name: name, nearest: Suggestion.nearest(to: name, in: group.names),
                                                 listing: "salesops catalog list --kind \(group.kind)"))
            }
            switch group.kind {
            case "Tool": try show(catalog.tool(named: name)!)
            case "Team": try show(catalog.team(named: name)!)
            case "Evaluation": try show(catalog.evaluation(named: name)!)
            case "Track": try show(catalog.track(named: name)!)
            case "Calendar": try show(catalog.calendar(named: name)!)
            default: try show(catalog.extensions[group.kind]!.first { $0.name == name }!)
            }
        }

        func show<Spec>(_ descriptor: Descriptor<Spec>) throws {
            switch format {
            case .yaml:
                if let source = descriptor.source {
                    print(source.yamlText, terminator: "")
                }
            case .json:
                print(try Output.json(descriptor))
            }
        }
    }

    enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
        case yaml, json
    }

    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema (2020-12) of a kind, or of any catalog document.",
            discussion: """
                Editors use it to check catalog files as you type; with the YAML language server put \
                `# yaml-language-server: $schema=<path>/catalog.schema.json` at the top of a file.

                Examples:
                  salesops catalog schema Tool
                  salesops catalog schema --output schema/
                """
        )

        @Argument(help: ArgumentHelp("Tool, Team, Evaluation, Track, Calendar, Subscription or a kind a plugin adds (default: one schema for every kind).",
                                     valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("Write every schema into this folder instead of printing.", valueName: "dir"))
        var output: String?

        @OptionGroup var pluginOptions: PluginOptions

        func run() throws {
            let plugins = try PluginService.load(pluginOptions.settings)
            Registry.reportSkipped(plugins.report.failures)
            let kinds = plugins.catalogKinds
            if let output {
                try FileManager.default.createDirectory(atPath: Invocation.current.path(output), withIntermediateDirectories: true)
                var written: [String] = []
                for kind in kinds.kinds {
                    let path = output + "/" + kind.name.lowercased() + ".schema.json"
                    try Output.write(Output.json(kind.schema()), to: path)
                    written.append(path)
                }
                let path = output + "/catalog.schema.json"
                try Output.write(Output.json(CatalogSchema.combined(kinds)), to: path)
                written.append(path)
                print(written.joined(separator: "\n"))
                return
            }
            guard let kind else {
                print(try Output.json(CatalogSchema.combined(kinds)))
                return
            }
            guard let match = kinds.kinds.first(where: { $0.name.lowercased() == kind.lowercased() }) else {
                throw ValidationError("unknown kind `\(kind)`; expected one of \(kinds.names.joined(separator: ", "))")
            }
            print(try Output.json(match.schema()))
        }
    }
}
