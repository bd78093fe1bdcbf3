import ArgumentParser
import SalesOpsApp

/// `salesops plugins list|info|new`: what is loaded, from where, and what failed to load; a new
/// plugin project to start from.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the loaded plugins and their capabilities.",
        discussion: """
            Plugins are shared libraries (*.so) found in --plugins folders, then \
            $SALESOPS_PLUGIN_PATH (colon-separated), then the folder of the salesops executable. \
            A plugin whose file or any folder above it can be written by group or others, or \
            belongs to someone other than root or you, is refused. Two plugins claiming one id \
            are an error in every command. Writing one: plugins/README.md.
            """,
        subcommands: [List.self, Info.self, New.self],
        defaultSubcommand: List.self
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every plugin: id, version, ABI version, file, capabilities; and those that failed to load, with why.")

        @OptionGroup var plugins: PluginOptions

        @Option(help: "Output format: table or json.")
        var format: Format = .table

        func run() throws {
            let loaded = try PluginService.load(plugins.settings, listing: true)
            let (registry, report) = (loaded.registry, loaded.report)
            switch format {
            case .json:
                let json: JSONValue = [
                    "plugins": .array(registry.plugins.map(PluginsCommand.json)),
                    "failures": .array(report.failures.map(PluginsCommand.json)),
                ]
                print(json.prettyText)
            case .table:
                print(PluginsCommand.table(registry.plugins, failures: report.failures))
            }
            if !report.conflicts.isEmpty { throw AppError.pluginConflicts(report.conflicts) }
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one plugin: its file, version, ABI version and each capability with its parameters.")

        @Argument(help: "The plugin id, as `salesops plugins list` shows it.")
        var id: String

        @OptionGroup var plugins: PluginOptions

        @Option(help: "Output format: table or json.")
        var format: Format = .table

        func run() throws {
            let loaded = try PluginService.load(plugins.settings)
            let (registry, report) = (loaded.registry, loaded.report)
            guard let plugin = registry.plugin(id) else {
                throw AppError.pluginNotLoaded(id: id, loaded: registry.plugins.map(\.id), failures: report.failures)
            }
            switch format {
            case .json:
                print(PluginsCommand.json(plugin).prettyText)
            case .table:
                print(PluginsCommand.details(plugin))
            }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a new plugin project that builds as written: C with a Makefile, or a Swift package.",
            discussion: """
                The project provides one capability, named like the plugin, to fill in (the TODOs); the \
                request and response shapes are in plugins/README.md. It builds against this salesops \
                checkout (--salesops to choose another): the C one with its header, the Swift one with a \
                path dependency on its SalesOpsPluginSDK. Existing files are never overwritten.

                Then:
                  cd my-criterion && make                                  (C)
                  cd my-criterion && swift build --product my-criterion    (Swift: .build/debug/libmy-criterion.so)
                  mkdir -p ~/.salesops/plugins && chmod 755 ~/.salesops/plugins
                  install -m 755 libmy-criterion.so ~/.salesops/plugins/
                  salesops plugins info my-criterion --plugins ~/.salesops/plugins

                Examples:
                  salesops plugins new --lang c my-criterion
                  salesops plugins new --lang swift contractor --kind trackKind --output plugins/contractor
                """
        )

        @Argument(help: "The plugin's id, also its capability's id and its library's name (libNAME.so): lower-case letters and digits separated by -, _ or .")
        var name: String

        @Option(help: "The language: c or swift.")
        var lang: PluginScaffold.Language

        @Option(help: "The capability: criterion, verifier, trackKind or exporter.")
        var kind: CapabilityType = .criterion

        @Option(help: ArgumentHelp("The folder to write into (default: ./NAME).", valueName: "dir"))
        var output: String?

        @Option(help: ArgumentHelp("The salesops source checkout to build against (default: the one this salesops was built in).", valueName: "dir"))
        var salesops: String?

        func run() throws {
            let invocation = Invocation.current
            let checkout = salesops.map(invocation.path) ?? PluginScaffold.checkoutAbove(PluginSearchPath.runningExecutableFolder)
            guard let checkout, PluginScaffold.isCheckout(checkout) else { throw PluginScaffoldError.noCheckout }
            let scaffold = try PluginScaffold(name: name, language: lang, type: kind, checkout: checkout)
            let folder = invocation.path(output ?? name)
            let written = try scaffold.write(to: folder)
            let shown = output ?? name
            print("Wrote a \(lang == .c ? "C" : "Swift") plugin project with the \(kind.rawValue) `\(name)`:")
            for path in written { print("  \(shown)/" + path.dropFirst(folder.count + 1)) }
            print("")
            print("Next:")
            switch lang {
            case .c:
                print("  cd \(shown) && make")
                print("  mkdir -p ~/.salesops/plugins && install -m 755 lib\(name).so ~/.salesops/plugins/")
            case .swift:
                print("  cd \(shown) && swift build --product \(name)")
                print("  mkdir -p ~/.salesops/plugins && install -m 755 .build/debug/lib\(name).so ~/.salesops/plugins/")
            }
            print("  salesops plugins info \(name) --plugins ~/.salesops/plugins")
        }
    }

    // MARK: Rendering

    static func json(_ plugin: LoadedPlugin) -> JSONValue {
        var json = plugin.manifest.json
        if case .object(var members) = json {
            members["file"] = .string(plugin.file)
            json = .object(members)
        }
        return json
    }

    static func json(_ failure: PluginLoadFailure) -> JSONValue {
        ["file": .string(failure.file), "problem": .string(failure.problem.rawValue),
         "reason": .string(failure.reason), "fix": .string(failure.fix)]
    }

    /// `trackKind hire; verifier quiz-score, manager-signoff`: grouped by type so the column
    /// stays short, then the catalog kinds it adds (`kind VendorReview`).
    static func capabilityList(_ plugin: LoadedPlugin) -> String {
        let kinds = plugin.manifest.catalogKinds.map(\.kind)
        return (CapabilityType.allCases.compactMap { type in
            let ids = plugin.manifest.capabilities.filter { $0.type == type }.map(\.id)
            return ids.isEmpty ? nil : "\(type) \(ids.joined(separator: ", "))"
        } + (kinds.isEmpty ? [] : ["kind \(kinds.joined(separator: ", "))"])).joined(separator: "; ")
    }

    static func table(_ plugins: [LoadedPlugin], failures: [PluginLoadFailure]) -> String {
        var lines: [String] = []
        if plugins.isEmpty {
            lines.append("No plugins loaded.")
        } else {
            let rows = plugins.map { [$0.id, $0.manifest.version, String($0.manifest.abiVersion), capabilityList($0), $0.file] }
            lines.append(contentsOf: aligned([["ID", "VERSION", "ABI", "CAPABILITIES", "FILE"]] + rows))
        }
        if !failures.isEmpty {
            lines.append("")
            lines.append("Failed to load:")
            for failure in failures {
                lines.append("  \(failure.file)")
                lines.append("    \(failure.reason)")
                lines.append("    fix: \(failure.fix)")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func details(_ plugin: LoadedPlugin) -> String {
        let manifest = plugin.manifest
        var lines = [
            "\(manifest.id) \(manifest.version)",
            "  file:         \(plugin.file)",
            "  ABI version:  \(manifest.abiVersion)",
            "  runs:         " + (plugin.isolation == .process ? "in a helper process (isolated)" : "in salesops (in-process)"),
        ]
        if !manifest.summary.isEmpty { lines.append("  summary:      \(manifest.summary)") }
        lines.append("  capabilities:")
        for capability in manifest.capabilities {
            lines.append("    \(capability.type) \(capability.id)")
            if !capability.summary.isEmpty { lines.append("      \(capability.summary)") }
            if let traits = capability.trackKind {
                lines.append("      owners: \(traits.owners.joined(separator: ", "))")
                lines.append("      required fields: \(traits.requiredFields.joined(separator: ", "))")
                lines.append("      default verifiers: \(traits.defaultVerifiers.joined(separator: ", "))")
                if let fields = traits.fields { lines.append("      fields (spec.fields): \(fields.jsonText)") }
            }
            if let traits = capability.exporter {
                lines.append("      media type: \(traits.mediaType) (.\(traits.fileExtension))")
                lines.append("      renders: \(traits.serves.map(\.rawValue).joined(separator: ", ")) (as --format \(capability.id))")
            }
            if !capability.reads.isEmpty { lines.append("      reads: \(capability.reads.joined(separator: ", "))") }
            if let direction = capability.direction { lines.append("      direction: \(direction.rawValue)") }
            if let range = capability.range { lines.append("      range: \(range)") }
            lines.append("      parameters: \(capability.parameters.jsonText)")
        }
        if !manifest.catalogKinds.isEmpty {
            lines.append("  catalog kinds:")
            for kind in manifest.catalogKinds {
                lines.append("    kind \(kind.kind)")
                if !kind.summary.isEmpty { lines.append("      \(kind.summary)") }
                lines.append("      spec: \(kind.spec.jsonText)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Left-aligned columns, two spaces apart.
    static func aligned(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
    }
}

extension PluginScaffold.Language: ExpressibleByArgument {}
extension CapabilityType: ExpressibleByArgument {}
