import SalesOpsAudit
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation

/// Every word of an audit report once, as a title, headline lines and sections of tables and
/// notes; the text, Markdown and HTML renderings only lay it out.
package struct AuditDocument: Sendable, Hashable {
    package struct Section: Sendable, Hashable {
        package var title: String
        package var header: [String]
        package var rows: [[String]]
        /// Lines under the table: what the figures assume.
        package var notes: [String]
    }

    package var title: String
    package var headline: [String]
    package var sections: [Section]

    package init(_ audit: StackAudit) {
        let currency = audit.currency
        func money(_ value: Double) -> String { Format.money(value, currency) }
        title = "Stack audit, \(audit.today)"
        let count = audit.subscriptions.count
        headline = ["Spend: \(money(audit.totalPerYear)) a year on \(counted(count, "subscription"))."]
        if let first = audit.renewals.first(where: { $0.state == .noticeOpen }) {
            headline.append("First notice deadline: \(first.subscription) by \(first.noticeBy) (\(Self.days(first.daysToNotice))), "
                + "or it renews on \(first.renewsOn.map { "\($0)" } ?? "-").")
        }
        if let largest = audit.savings.first {
            let count = audit.savings.count
            headline.append("\(counted(count, "saving")) found; the largest: \(Self.action(largest.action)), \(money(largest.perYear)) a year"
                + (largest.actBy.map { ", notice by \($0)" } ?? "") + ".")
        }
        if let best = audit.consolidations.filter({ $0.savingPerYear > 0 }).max(by: { $0.savingPerYear < $1.savingPerYear }) {
            headline.append("Consolidate \(best.subscriptions.joined(separator: " and ")) onto \(best.recommendedTitle) (\(best.tier)): \(money(best.savingPerYear)) a year less over \(best.horizonYears) years.")
        }

        var subscriptionNotes: [String] = []
        if audit.usageGiven {
            subscriptionNotes.append("A seat is unused when its user has had no activity in the last \(audit.unusedAfterDays) days, or has none assigned.")
        } else {
            subscriptionNotes.append("No usage given: seat utilisation is unknown (give a seat-usage export with --usage).")
        }
        for line in audit.subscriptions where (line.activeBeyondSeats ?? 0) > 0 {
            subscriptionNotes.append("\(line.subscription): \(line.activeBeyondSeats!) more active users than seats bought; expect a true-up.")
        }
        for conversion in audit.conversions {
            subscriptionNotes.append("\(conversion.from.rawValue) prices converted at \(Format.number(conversion.rate)) \(conversion.to.rawValue) per \(conversion.from.rawValue) (illustrative rates).")
        }
        for unmatched in audit.unmatchedUsage {
            subscriptionNotes.append("Usage for \(unmatched.name) (\(Format.number(unmatched.value)) users) matches no subscription.")
        }
        sections = [
            Section(
                title: "Subscriptions",
                header: ["Subscription", "Tool", "Tier", "Seats", "Active", "In use", "Unused", "Per year", "Unused per year", "Owner"],
                rows: audit.subscriptions.map { line in
                    [line.subscription, line.title, line.tier, "\(line.seats)", line.activeSeats.map(String.init) ?? "-",
                     line.activeSeats.map { Format.percent(Double($0) / Double(line.seats)) } ?? "-",
                     line.unusedSeats.map(String.init) ?? "-", money(line.perYear), line.unusedPerYear.map(money) ?? "-", line.owner]
                },
                notes: subscriptionNotes),
            Section(
                title: "Spend by category",
                header: ["Category", "Per year", "Share"],
                rows: audit.spendByCategory.map { [$0.name, money($0.value), Format.percent(audit.totalPerYear > 0 ? $0.value / audit.totalPerYear : 0)] },
                notes: []),
            Section(
                title: "Spend by tool",
                header: ["Tool", "Per year", "Share"],
                rows: audit.spendByTool.map { [$0.name, money($0.value), Format.percent(audit.totalPerYear > 0 ? $0.value / audit.totalPerYear : 0)] },
                notes: []),
            Section(
                title: "Renewals",
                header: ["Subscription", "Term ends", "Renews on", "Notice by", "Days left", "State"],
                rows: audit.renewals.map { renewal in
                    [renewal.subscription, "\(renewal.termEnd)", renewal.renewsOn.map { "\($0)" } ?? "does not renew",
                     "\(renewal.noticeBy)", "\(renewal.daysToNotice)", Self.state(renewal.state)]
                },
                notes: ["Notice is due the given number of days before the term's last day (`noticeDays`); `salesops audit --format ics` puts these dates in a calendar."]),
            Section(
                title: "Overlaps",
                header: ["Team", "Subscriptions", "Why", "Shared features in use", "Per year together"],
                rows: audit.overlaps.map { overlap in
                    [overlap.team ?? "-", overlap.subscriptions.joined(separator: ", "),
                     overlap.basis == .category ? "same category (\(overlap.categories.map(\.rawValue).joined(separator: ", ")))" : "one's features in use are all in another",
                     overlap.sharedFeatures.isEmpty ? "-" : overlap.sharedFeatures.joined(separator: ", "), money(overlap.perYear)]
                },
                notes: audit.overlaps.isEmpty ? ["No two subscriptions of one team cover the same category or features."] : []),
            Section(
                title: "Consolidation",
                header: ["Subscriptions", "Recommended", "Seats", "Replacement over horizon", "Staying put", "Saves per year"],
                rows: audit.consolidations.map { item in
                    [item.subscriptions.joined(separator: ", "), "\(item.recommendedTitle) (\(item.tier))", "\(item.seats)",
                     money(item.replacementCost), money(item.stayingPutCost),
                     item.savingPerYear >= 0 ? money(item.savingPerYear) : "none: costs \(money(-item.savingPerYear)) more"]
                },
                notes: audit.consolidations.map(Self.consolidationNote)),
            Section(
                title: "Savings",
                header: ["Action", "Per year", "Act by", "Assumes"],
                rows: audit.savings.map { saving in
                    [Self.action(saving.action), money(saving.perYear), saving.actBy.map { "\($0)" } ?? "-", Self.assumption(saving.action, audit)]
                },
                notes: audit.savings.isEmpty ? ["No saving found."]
                    : ["Each saving is priced on its own; where two touch the same subscription they do not add up."]),
        ]
    }

    static func days(_ count: Int) -> String {
        count == 1 ? "1 day" : count == -1 ? "1 day ago" : count < 0 ? "\(-count) days ago" : "\(count) days"
    }

    static func state(_ state: Renewal.State) -> String {
        switch state {
        case .noticeOpen: return "notice open"
        case .noticePassed: return "notice passed: renews"
        case .ending: return "ends, no renewal"
        case .ended: return "ended"
        }
    }

    static func action(_ action: Saving.Action) -> String {
        switch action {
        case let .dropUnusedSeats(subscription, seats):
            return "Drop \(counted(seats, "unused seat")) of \(subscription) at renewal"
        case let .downgrade(subscription, from, to, _):
            return "Move \(subscription) from \(from) to \(to)"
        case .consolidate(let item):
            return "Consolidate \(item.subscriptions.joined(separator: " and ")) onto \(item.recommendedTitle)"
        }
    }

    static func assumption(_ action: Saving.Action, _ audit: StackAudit) -> String {
        switch action {
        case .dropUnusedSeats:
            return "their users stay inactive; the seat price holds at renewal"
        case let .downgrade(_, _, to, kept):
            return kept.isEmpty ? "no feature of the tier is in use; \(to) at the same seats and billing"
                : "\(to) keeps the features in use (\(kept.joined(separator: ", "))); same seats and billing"
        case .consolidate(let item):
            return "\(item.seats) seats in use; the replacement's list price over \(item.horizonYears) years with onboarding and migration"
        }
    }

    static func consolidationNote(_ item: Consolidation) -> String {
        "\(item.subscriptions.joined(separator: " and ")): \(item.recommendedTitle) ranks first of the \(item.candidates) candidates that pass \(item.team)'s knockouts "
            + "(feature coverage, total cost, integration fit, adoption risk, equal weights). Both sides are priced for the \(item.seats) seats in use over \(item.horizonYears) years: "
            + "the replacement at list price with its onboarding fee (\(Format.number(item.onboardingFee)); none for a tool the team has) and the replaced subscriptions' "
            + "`migrationCost` (\(Format.number(item.migrationCost))); staying put at today's prices."
    }
}
