import SalesOpsAudit
import SalesOpsBadges
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsOnboarding
import SalesOpsPluginHost
import SalesOpsStore
import SalesOpsXAPI
import SalesOpsYAML

/// Why a use case could not be carried out. The CLI's error presenter turns each case into
/// its message and exit code; the server's turns them into HTTP answers.
package enum AppError: Error, Sendable {
    /// The catalog has errors; every one is listed.
    case invalidCatalog(directory: String, errors: [SourceError])
    case notFound(NotFound)
    /// The catalog holds no Evaluation to fall back on.
    case noEvaluation
    /// The evaluation to run uses criteria that no loaded plugin provides.
    case missingCapabilities(evaluation: String, [MissingCapability])
    /// Two plugins claim one id.
    case pluginConflicts([PluginLoadFailure])
    /// Strict loading: some plugin could not be loaded, so none were.
    case pluginsNotLoaded([PluginLoadFailure])
    /// The built-in criteria could not register (a programming error, reported rather than trapped).
    case builtIns(String)
    case evaluation(EvaluationError)
    /// The onboarding rules refused the request.
    case onboarding(OnboardingError)
    case store(StoreError)
    /// A hires file with bad rows; nothing from it was imported.
    case importRefused(source: String, problems: [ImportProblem])
    /// An xAPI file with statements that are not valid; nothing from it was imported.
    case xapiRefused(source: String, problems: [XAPIProblem])
    /// A report was made without these enrolments, whose pinned versions cannot be used.
    case enrolmentsLeftOut([OnboardingError])
    /// `catalog validate` found errors in the files under `directory`.
    case catalogNotValid(directory: String, errors: [SourceError])
    /// The catalog has no Subscription (for `team`, when given) to audit.
    case noSubscriptions(directory: String, team: String?)
    /// A seat-usage export could not be read.
    case usageUnreadable(path: String, reason: String)
    /// A seat-usage export or its column mapping is wrong.
    case usage(UsageError)
    /// `--format ID` names no loaded exporter; `serving` are those that render `document`.
    case exporterNotLoaded(id: String, document: ExportDocument, serving: [String])
    /// The exporter does not declare that it renders `document`.
    case exporterDoesNotServe(id: String, document: ExportDocument, serves: [ExportDocument], serving: [String])
    /// The exporter failed; its message.
    case exportFailed(id: String, reason: String)
    /// No loaded plugin has this id; what is loaded, and what failed to load.
    case pluginNotLoaded(id: String, loaded: [String], failures: [PluginLoadFailure])
    /// An access token could not be created, revoked or used.
    case access(AccessError)
    /// Badges could not be issued, or a credential did not verify.
    case badge(BadgeError)
}
