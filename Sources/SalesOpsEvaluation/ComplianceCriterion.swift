import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// Share of the known compliance attestations the tool holds (those the team requires are
/// knockouts already).
struct ComplianceCriterion: BuiltInCriterion {
    let id = "compliance"
    let summary = "Share of compliance attestations held (SOC 2, GDPR, ISO 27001, HIPAA, …)"
    let defaultDirection = CriterionType.benefit

    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?] {
        candidates.map { candidate in
            Double(Set(candidate.tool.spec.compliance ?? []).count) / Double(ComplianceStandard.allCases.count)
        }
    }
}
