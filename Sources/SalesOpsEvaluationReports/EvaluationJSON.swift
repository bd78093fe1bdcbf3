import SalesOpsBasics
import SalesOpsEvaluation

/// An evaluation report as JSON: the contract `schema/evaluation-report.schema.json` describes.
/// Keys sorted and pretty-printed, so the same evaluation gives the same bytes.
package enum EvaluationJSON {
    package static func render(_ report: EvaluationReport) throws -> String {
        try JSONValueEncoder().prettyText(report)
    }
}
