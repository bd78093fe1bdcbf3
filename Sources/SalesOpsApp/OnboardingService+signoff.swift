import SalesOpsCatalog
import SalesOpsOnboarding

extension OnboardingService {
    /// The verifiers whose certification is a person's sign-off rather than a score or a count.
    package static let signoffVerifiers: Set<String> = ["manager-signoff", "customer-signoff"]

    /// The steps of the person's enrolment (on `track`, or their only one) waiting for a sign-off
    /// that `signer` may give: certification steps not yet passed whose verifier is a sign-off or
    /// that name approvers, and whose signers on the person's today (`OnboardingRules.signers`:
    /// their manager then, the step's approvers, a customer's contact) include `signer`. In the
    /// track's order, as ids.
    package func stepsAwaitingSignoff(person: String, track: String?, by signer: String) throws(AppError) -> [String] {
        let workspace = try open(writing: false)
        let history = try workspace.history(person: person, track: track)
        let state = try workspace.state(of: history)
        let plan = try workspace.plan(for: history.enrolment)
        let open = Set(state.steps.filter { $0.doneOn == nil }.map(\.id))
        return plan.steps.filter { step in
            guard open.contains(step.id), let verifier = step.certification?.verifier,
                  Self.signoffVerifiers.contains(verifier) || !(step.approvers ?? []).isEmpty else { return false }
            return OnboardingRules.signers(of: step, verifier: verifier, person: state.person)?.contains(signer) == true
        }.map(\.id)
    }
}
