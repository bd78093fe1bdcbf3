import SalesOpsApp
import SalesOpsOnboarding

/// Who may see and change whose onboarding: every route asks here.
enum Access {
    static let everyone: Set<AccessRole> = Set(AccessRole.allCases)
    /// Roles that see people by name (a viewer sees anonymised views only).
    static let named: Set<AccessRole> = [.admin, .enablement, .manager, .member]
    static let staff: Set<AccessRole> = [.admin, .enablement]

    /// The report query `account` may run: a manager's is narrowed to their own reports (on
    /// each person's date); asking for another manager's is refused.
    static func query(_ account: Account, manager: String?, track: String?, cohort: String?) throws -> ReportQuery {
        switch account.role {
        case .manager:
            if let manager, manager != account.person { throw APIError(.forbidden, "a manager sees only their own reports") }
            return ReportQuery(manager: account.person, track: track, cohort: cohort)
        default:
            return ReportQuery(manager: manager, track: track, cohort: cohort)
        }
    }

    /// Whether `account` may see a row about `person` (after `query` narrowed a manager's).
    static func shows(_ person: String, to account: Account) -> Bool {
        account.role != .member || account.person == person
    }

    /// Refuses unless `account` may see `person`: staff see everyone, a manager the people
    /// reporting to them today, a member themself.
    static func checkPerson(_ person: String, _ account: Account, _ service: OnboardingService) throws {
        switch account.role {
        case .admin, .enablement:
            return
        case .member:
            guard account.person == person else { throw APIError(.forbidden, "a member sees only their own onboarding") }
        case .manager:
            guard let manager = account.person,
                  (try? service.status(ReportQuery(manager: manager)))?.rows.contains(where: { $0.person.id == person }) == true else {
                throw APIError(.forbidden, "\(person) does not report to you")
            }
        case .viewer:
            throw APIError(.forbidden, "a viewer sees anonymised views only")
        }
    }

    /// What each role may record about a person it may see.
    static func checkRecording(_ kind: RecordKind, _ account: Account) throws {
        let allowed: Set<RecordKind> = switch account.role {
        case .admin, .enablement, .manager: Set(RecordKind.allCases)
        case .member: [.complete, .attempt]
        case .viewer: []
        }
        guard allowed.contains(kind) else { throw APIError(.forbidden, "a \(account.role.rawValue) token may not record a \(kind.rawValue)") }
    }
}

/// What `POST /api/people/{person}/events` records.
enum RecordKind: String, CaseIterable, Sendable, Decodable {
    case complete, attempt, signoff, waive
}
