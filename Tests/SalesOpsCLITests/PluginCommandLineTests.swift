import Foundation
import SalesOpsPluginHost
import SalesOpsTestSupport
import Testing

/// What commands do when plugins are missing or clash, through the real executable and the
/// real bundled libraries.
@Suite struct PluginCommandLineTests {
    static let install = "run `swift build` in the salesops package to build the bundled plugins, or put lib%@.so in a plugin folder (--plugins DIR or SALESOPS_PLUGIN_PATH)"

    static func installHint(_ plugin: String) -> String { install.replacingOccurrences(of: "%@", with: plugin) }

    /// A new plugin folder holding copies of these bundled libraries, inside the package's
    /// .build (the loader refuses folders under /tmp).
    static func pluginFolder(with plugins: [String] = []) throws -> String {
        let folder = try TrustedScratch.folder("cli-plugin-fixtures", packageRoot: CommandLineTests.packageRoot) {
            PluginLoader.refusal(ofFolder: $0) == nil
        }
        for plugin in plugins {
            try FileManager.default.copyItem(atPath: bundledFolder + "/lib\(plugin).so", toPath: folder + "/lib\(plugin).so")
        }
        return folder
    }

    static var bundledFolder: String {
        PluginSearchPath.runningExecutableFolder ?? CommandLineTests.packageRoot.appendingPathComponent(".build/debug").path
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func evaluateWithoutAnyPluginRanksAndWarnsAboutWhatItDoesNotUse() throws {
        let empty = try Self.pluginFolder()
        let result = try CommandLineTests.salesops(["evaluate", "--plugins", empty, "--no-bundled-plugins", "--today", "2026-11-29"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1     hubspot-sales-hub"))
        let warnings = Self.lines(result.stderr)
        #expect(warnings.count == 3, "\(result.stderr)")
        #expect(warnings.contains("salesops: warning: the bundled plugin residency-fit is not loaded, so Evaluation `enterprise-eu-crm` cannot be used (criterion `data-residency-fit`); \(Self.installHint("residency-fit"))"))
        for plugin in ["hire-onboarding", "customer-onboarding"] {
            #expect(warnings.contains { $0.hasPrefix("salesops: warning: the bundled plugin \(plugin) is not loaded, so Track `") && $0.hasSuffix(Self.installHint(plugin)) },
                    "\(result.stderr)")
        }
    }

    @Test func evaluateFailsOnAMissingCriterionItUsesAndNamesThePlugin() throws {
        let empty = try Self.pluginFolder()
        let result = try CommandLineTests.salesops(["evaluate", "enterprise-eu-crm", "--plugins", empty, "--no-bundled-plugins"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let errors = Self.lines(result.stderr).filter { !$0.hasPrefix("salesops: warning: ") }
        #expect(errors.count == 2, "\(result.stderr)")
        #expect(errors.first.map {
            $0.hasPrefix("catalog/evaluations/enterprise-eu-crm.yaml:")
                && $0.hasSuffix(".use: no criterion `data-residency-fit` is loaded; it comes from the bundled plugin residency-fit, which is not loaded: \(Self.installHint("residency-fit"))")
        } == true, "\(result.stderr)")
        #expect(errors.last == "salesops: the evaluation `enterprise-eu-crm` uses a criterion that no loaded plugin provides")
        #expect(!result.stderr.contains("fix"))
    }

    @Test func evaluateRunsWithOnlyThePluginItNeeds() throws {
        let some = try Self.pluginFolder(with: ["residency-fit"])
        let result = try CommandLineTests.salesops(["evaluate", "enterprise-eu-crm", "--plugins", some, "--no-bundled-plugins", "--today", "2026-11-29", "--samples", "100"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("data-residency-fit"))
        let warnings = Self.lines(result.stderr)
        #expect(warnings.count == 2, "\(result.stderr)")
        #expect(warnings.allSatisfy { $0.hasPrefix("salesops: warning: the bundled plugin ") && $0.contains("-onboarding is not loaded, so Track `") })
    }

    @Test func anAdHocEvaluationNeedsNoPlugin() throws {
        let empty = try Self.pluginFolder()
        let result = try CommandLineTests.salesops(["evaluate", "--team", "startup-outbound", "--category", "crm", "--plugins", empty, "--no-bundled-plugins", "--today", "2026-11-29", "--samples", "0"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("RANK"))
    }

    @Test func catalogValidateReportsEveryMissingCapabilityWithItsPlugin() throws {
        let empty = try Self.pluginFolder()
        let result = try CommandLineTests.salesops(["catalog", "validate", "--plugins", empty, "--no-bundled-plugins"])
        #expect(result.status == 1)
        var lines = Self.lines(result.stderr)
        let summary = lines.removeLast()
        #expect(summary.hasPrefix("salesops: \(lines.count) errors in "), "\(summary)")
        let expected: [(String, String)] = [
            ("track kind `hire`", "hire-onboarding"), ("track kind `customer`", "customer-onboarding"),
            ("verifier `quiz-score`", "hire-onboarding"), ("verifier `usage-threshold`", "customer-onboarding"),
            ("criterion `data-residency-fit`", "residency-fit"),
        ]
        for (capability, plugin) in expected {
            #expect(lines.contains { $0.hasSuffix(": no \(capability) is loaded; it comes from the bundled plugin \(plugin), which is not loaded: \(Self.installHint(plugin))") },
                    "no line for \(capability)")
        }
        #expect(lines.allSatisfy { $0.contains(" is loaded; it comes from the bundled plugin ") }, "\(result.stderr)")
    }

    @Test func enrollingOnATrackWhosePluginIsMissingNamesThePlugin() throws {
        let empty = try Self.pluginFolder()
        let store = empty + "/salesops.db"
        let result = try CommandLineTests.salesops(["onboard", "enroll", "ana", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--manager", "bo",
                                                   "--store", store, "--plugins", empty, "--no-bundled-plugins"])
        #expect(result.status == 1)
        #expect(result.stderr == "salesops: track sdr-30-60-90 has audience \"hire\", but no plugin provides that track kind (none is loaded; check `salesops plugins list`); it comes from the bundled plugin hire-onboarding, which is not loaded: \(Self.installHint("hire-onboarding"))\n")
    }

    @Test func aPluginOnThePathTwiceStopsEveryCommandNamingBothFiles() throws {
        let folder = try Self.pluginFolder(with: ["residency-fit"])
        let bundled = Self.bundledFolder + "/libresidency-fit.so"
        let error = "salesops: plugin \"residency-fit\" is loaded twice: from \(folder)/libresidency-fit.so and from \(bundled); remove one of them from the plugin path\n"

        let list = try CommandLineTests.salesops(["plugins", "list", "--plugins", folder])
        #expect(list.status == 1)
        #expect(list.stderr == error)
        #expect(list.stdout.contains("Failed to load:\n  \(bundled)\n"), "\(list.stdout)")

        for command in [["plugins", "info", "residency-fit"], ["evaluate", "--today", "2026-11-29"], ["catalog", "validate"]] {
            let result = try CommandLineTests.salesops(command + ["--plugins", folder])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == error, "\(command)")
            #expect(result.stdout.isEmpty, "\(command)")
        }
    }

    @Test func noBundledPluginsLeavesOnlyTheNamedFolders() throws {
        let some = try Self.pluginFolder(with: ["residency-fit"])
        let result = try CommandLineTests.salesops(["plugins", "list", "--format", "json", "--plugins", some, "--no-bundled-plugins"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"file\": \"\(some)/libresidency-fit.so\""), "\(result.stdout)")
        #expect(!result.stdout.contains("hire-onboarding"))
    }
}
