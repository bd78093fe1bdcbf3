import Foundation
import Testing

/// A third-party plugin that crashes runs isolated: the command fails naming it, with exit 1,
/// and salesops itself never dies by the signal.
@Suite struct PluginIsolationCommandLineTests {
    @Test func aCrashingThirdPartyCriterionFailsTheEvaluationClearly() throws {
        let folder = try PluginCommandLineTests.pluginFolder()
        let source = CommandLineTests.packageRoot.appendingPathComponent("Tests/SalesOpsCLITests/Fixtures/crashing_residency_plugin.c").path
        let headers = CommandLineTests.packageRoot.appendingPathComponent("Sources/CSalesOpsPluginABI/include").path
        let compile = Process()
        compile.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compile.arguments = ["cc", "-shared", "-fPIC", "-I", headers, "-o", folder + "/libcrashing.so", source]
        try compile.run()
        compile.waitUntilExit()
        #expect(compile.terminationStatus == 0)

        let result = try CommandLineTests.salesops(
            ["evaluate", "enterprise-eu-crm", "--plugins", folder, "--no-bundled-plugins", "--today", "2026-11-29"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let errors = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("salesops: warning: ") }
        #expect(errors == [
            "salesops: evaluation `enterprise-eu-crm`, criterion `data-residency-fit`: plugin fixture-crashing-residency (\(folder)/libcrashing.so): criterion/data-residency-fit failed: its helper process crashed (signal 11, Segmentation fault)",
        ], "\(result.stderr)")
    }
}
