import SalesOpsApp

/// The one place an application error becomes what the user reads on stderr and the exit
/// code: located catalog errors as they are, then one `salesops: …` line per problem.
enum ErrorPresenter {
    /// The lines and exit code for the errors salesops words itself; nil for ArgumentParser's own.
    static func present(_ error: any Error) -> (lines: [String], exitCode: Int32)? {
        switch error {
        case let error as AppError: return present(error)
        case let error as OnboardOptionError: return (["salesops: \(error)"], 1)
        case let error as ProblemsListed: return (["salesops: \(error)"], 1)
        case let error as OutputFile.WriteError: return (["salesops: \(error)"], 1)
        case let error as ServeError: return (["salesops: \(error)"], 1)
        case let error as PluginScaffoldError: return (["salesops: \(error)"], 1)
        default: return nil
        }
    }

    /// What `--format` accepts besides the command's own formats.
    static func formats(for document: ExportDocument, _ serving: [String]) -> String {
        let documents = switch document {
        case .status: "status reports"
        case .statusAnonymized: "anonymised status reports"
        default: document.rawValue + "s"
        }
        return serving.isEmpty ? "no loaded exporter renders \(documents) (`salesops plugins list` shows the exporters)"
            : "exporters for \(documents): \(serving.joined(separator: ", "))"
    }

    static func present(_ error: AppError) -> (lines: [String], exitCode: Int32) {
        switch error {
        case let .invalidCatalog(directory, errors):
            let count = counted(errors.count, "error")
            return (errors.map(\.description) + [
                "salesops: \(count) in the catalog at \(directory); fix them and run again (`salesops catalog validate` lists them)",
            ], 1)
        case .notFound(let notFound):
            return (["salesops: \(notFound)"], 1)
        case .noEvaluation:
            return (["salesops: the catalog has no Evaluation; add one or use --team with --category"], 1)
        case let .missingCapabilities(evaluation, missing):
            let what = missing.count == 1 ? "a criterion" : "criteria"
            return (missing.map(\.error.description) + [
                "salesops: the evaluation `\(evaluation)` uses \(what) that no loaded plugin provides",
            ], 1)
        case .pluginConflicts(let conflicts):
            return (conflicts.map { "salesops: \($0.reason)" }, 1)
        case .pluginsNotLoaded(let failures):
            return (["salesops: \(PluginLoadError(failures: failures))"], 1)
        case let .catalogNotValid(directory, errors):
            let files = Set(errors.map(\.file)).count
            return (errors.map(\.description) + [
                "salesops: \(counted(errors.count, "error")) in \(counted(files, "file")) under \(directory)",
            ], 1)
        case let .noSubscriptions(directory, team):
            let whose = team.map { " with `team: \($0)`" } ?? ""
            return (["salesops: the catalog at \(directory) has no Subscription\(whose); add one (README: \"Auditing the stack\")"], 1)
        case let .usageUnreadable(path, reason):
            return (["salesops: cannot read the usage file \(path): \(reason)"], 1)
        case .usage(let error):
            return (["salesops: \(error)"], 1)
        case let .exporterNotLoaded(id, document, serving):
            return (["salesops: --format \(id): no such format, and no loaded exporter has that id; \(Self.formats(for: document, serving))"], 1)
        case let .exporterDoesNotServe(id, document, serves, serving):
            return (["salesops: --format \(id): the exporter renders \(serves.map(\.rawValue).joined(separator: ", ")), not \(document.rawValue); "
                + Self.formats(for: document, serving)], 1)
        case let .exportFailed(id, reason):
            return (["salesops: the exporter \(id) failed: \(reason)"], 1)
        case let .pluginNotLoaded(id, loaded, failures):
            var message = "salesops: no plugin \"\(id)\" is loaded"
            if let suggestion = Suggestion.nearest(to: id, in: loaded) {
                message += "; did you mean \"\(suggestion)\"?"
            } else {
                message += loaded.isEmpty ? "; no plugins are loaded" : "; loaded: \(loaded.joined(separator: ", "))"
            }
            return ([message] + failures.map { "  failed to load: \($0)" }, 1)
        case .builtIns(let message):
            return (["salesops: built-in criteria: \(message)"], 1)
        case .evaluation(let error):
            return (["salesops: \(error)"], 1)
        case .access(let error):
            return (["salesops: \(error)"], 1)
        case .badge(let error):
            return (["salesops: \(error)"], 1)
        case .onboarding(let refusal):
            return (["salesops: \(refusal.commandLineMessage)"], 1)
        case .store(let error):
            return (["salesops: \(error)"], 1)
        case let .importRefused(source, problems):
            return (problems.map { "\(source): \($0)" } + [
                "salesops: \(counted(problems.count, "problem")) in \(source); nothing was imported",
            ], 1)
        case let .xapiRefused(source, problems):
            return (problems.map { "\(source)\($0)" } + [
                "salesops: \(counted(problems.count, "invalid statement")) in \(source); nothing was imported",
            ], 1)
        case .enrolmentsLeftOut(let problems):
            let count = problems.count
            return (problems.map { "salesops: \($0.commandLineMessage)" } + [
                "salesops: \(counted(count, "enrolment")) could not be evaluated and \(count == 1 ? "is" : "are") left out of this report",
            ], 1)
        }
    }
}


extension OnboardingError {
    /// The refusal as the command line words it: the domain's message with the fix spelled
    /// out as the options and commands to type (the domain's messages name neither).
    var commandLineMessage: String {
        switch self {
        case .notFound(let notFound) where notFound.kind == "person" && notFound.nearest == nil:
            return description + "; enrol them first with `salesops onboard enroll \(notFound.name) --track TRACK --start DATE`"
        case .notEnrolled(let person, let track, _):
            return description + "; enrol them with `salesops onboard enroll \(person) --track \(track ?? "TRACK") --start DATE`"
        case .severalEnrolments(let person, let tracks):
            return "\(person) is enrolled in \(tracks.joined(separator: " and ")); say which with --track"
        case .dateAfterToday:
            return description + " (or pass --today)"
        case .certificationNeedsEvidence(let step, let verifier):
            return "step \(step) is a certification decided by verifier \(verifier); record an attempt with `onboard attempt` (--score, --evidence or --value), `onboard signoff --by MANAGER`, or give --evidence N here"
        case .nothingToVerify(let step, let verifier):
            return "nothing for verifier \(verifier) to check on step \(step); give --score N, --evidence N, --value N or --evidence-item FIELDS"
        case .conflictingEvent(let key, let person):
            return "another event with key \(key) is stored already, so this one was not recorded; see `salesops onboard history \(person)`"
        case .unknownTrackKind(let track, let audience, let known):
            let list = known.isEmpty ? "none is loaded; check `salesops plugins list`" : "loaded: \(known.joined(separator: ", "))"
            let remedy = BundledPlugin.provider(of: .trackKind, audience).map { "; \($0.remedy)" } ?? ""
            return "track \(track) has audience \"\(audience)\", but no plugin provides that track kind (\(list))\(remedy)"
        case .unknownVerifier(_, let verifier, _):
            return description + "; " + (BundledPlugin.provider(of: .verifier, verifier)?.remedy ?? "check `salesops plugins list`")
        case .notFound(let notFound) where notFound.kind == "step" && notFound.nearest == nil:
            guard case .inside("track", let track) = notFound.place else { return description }
            return description + "; `salesops catalog show Track/\(track)` lists the steps"
        case .notACertification(let step):
            return "step \(step) has no certification; record it with `salesops onboard complete PERSON \(step)`"
        case .attemptsUsedUp:
            return description + " with `onboard waive`"
        case .enrolmentUnreadable(let key, let version, let problem):
            return "\(key): pinned track version \(version.prefix(12)) cannot be used: \(problem)\n  repair: `salesops onboard repin \(key.person) --track \(key.track)` re-pins it to the catalog's current version"
        case .rescheduleMovesRecorded(let key, let steps):
            return "\(key) has recorded steps (\(steps.joined(separator: ", "))), whose due dates a new start would move; pass --keep-recorded to keep them as recorded and re-flow the rest"
        case .enrolmentWithdrawn(let key, let on):
            return "\(key) was withdrawn on \(on); nothing more is recorded on a withdrawn enrolment; start a new cycle with `salesops onboard reenrol \(key.person) --track \(key.track) --start DATE`"
        case .signoffRefused(_, let person, _, "manager-signoff", let allowed, _) where allowed.isEmpty:
            return description + "; record a manager with `salesops onboard transfer \(person) --manager M`"
        case .signoffRefused(_, let person, _, "customer-signoff", let allowed, _) where allowed.isEmpty:
            return description + "; record the contact with `salesops onboard details \(person) --contact C`"
        case .alreadyPaused(let key, _):
            return description + " with `salesops onboard resume \(key.person) --track \(key.track)`"
        default:
            return description
        }
    }
}
