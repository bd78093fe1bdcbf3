import Foundation
import SalesOpsTestSupport

/// The onboarding commands against a store in a folder, with the shipped catalog and the
/// bundled plugins: in this process, or as concurrent `salesops` processes where running at
/// the same time is the point.
extension OnboardingFixtures {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static let variables = ["SALESOPS_CATALOG": shippedCatalog, "SALESOPS_ACTOR": "test"]

    /// `salesops ARGUMENTS` in `folder`, in this process.
    static func salesops(_ arguments: [String], in folder: String) throws -> Run {
        let result = SalesOpsRun.inProcess(arguments, in: URL(fileURLWithPath: folder), variables: variables)
        return Run(status: result.status, output: result.stdout, errors: result.stderr)
    }

    /// Starts the built `salesops` once per argument list, all before waiting for any, so the
    /// processes really run at the same time; their results in the same order.
    static func salesopsConcurrently(_ argumentLists: [[String]], in folder: String) throws -> [Run] {
        let executable = try productsFolder() + "/salesops"
        let started = try argumentLists.map { arguments in
            try TestProcess(executable, arguments, in: URL(fileURLWithPath: folder), environment: SalesOpsRun.environment(variables))
        }
        return started.map { process in
            let result = process.wait()
            return Run(status: result.status, output: result.stdout, errors: result.stderr)
        }
    }
}
