import Foundation
@testable import SalesOpsAudit
import SalesOpsBasics
@testable import SalesOpsCatalog
import SalesOpsEvaluation
import Testing

/// Renewal deadlines, seat savings and currency conversion, each against figures worked out by hand.
@Suite struct StackAuditTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static func subscription(start: String, end: String, autoRenew: Bool = true, noticeDays: Int?) -> Subscription {
        let spec = SubscriptionSpec(
            tool: "pipedrive", tier: "Premium", seats: 10, pricePerSeat: BillingPrices(annual: 59, monthly: nil), currency: .USD,
            term: SubscriptionTerm(start: day(start), end: day(end), autoRenew: autoRenew, noticeDays: noticeDays), owner: "dev.patel")
        return Subscription(kind: "Subscription", metadata: Metadata(name: "crm"), spec: spec)
    }

    struct RenewalCase: Sendable, CustomTestStringConvertible {
        var start: String, end: String, autoRenew: Bool, noticeDays: Int?, today: String
        var termStart: String, termEnd: String, renewsOn: String?, noticeBy: String, daysToNotice: Int, state: Renewal.State
        var testDescription: String { "\(start)…\(end) notice \(noticeDays ?? 0) on \(today)" }
    }

    static let renewalCases: [RenewalCase] = [
        // A year to a month's end: notice 30 days before 31 January is 1 January.
        RenewalCase(start: "2026-02-01", end: "2027-01-31", autoRenew: true, noticeDays: 30, today: "2026-12-02",
                    termStart: "2026-02-01", termEnd: "2027-01-31", renewsOn: "2027-02-01", noticeBy: "2027-01-01", daysToNotice: 30, state: .noticeOpen),
        // 60 days before 28 February crosses January's 31 days into December.
        RenewalCase(start: "2026-03-01", end: "2027-02-28", autoRenew: true, noticeDays: 60, today: "2026-12-02",
                    termStart: "2026-03-01", termEnd: "2027-02-28", renewsOn: "2027-03-01", noticeBy: "2026-12-30", daysToNotice: 28, state: .noticeOpen),
        // A term ending on 29 February 2028: 60 days back is 31 December 2027.
        RenewalCase(start: "2027-03-01", end: "2028-02-29", autoRenew: true, noticeDays: 60, today: "2027-06-01",
                    termStart: "2027-03-01", termEnd: "2028-02-29", renewsOn: "2028-03-01", noticeBy: "2027-12-31", daysToNotice: 213, state: .noticeOpen),
        // A year from 29 February 2024 ends on 28 February; it renews from 1 March, year by year.
        RenewalCase(start: "2024-02-29", end: "2025-02-28", autoRenew: true, noticeDays: 30, today: "2026-06-01",
                    termStart: "2026-03-01", termEnd: "2027-02-28", renewsOn: "2027-03-01", noticeBy: "2027-01-29", daysToNotice: 242, state: .noticeOpen),
        // Month to month with no notice: rolled forward to the month that holds today.
        RenewalCase(start: "2026-11-15", end: "2026-12-14", autoRenew: true, noticeDays: 0, today: "2027-01-20",
                    termStart: "2027-01-15", termEnd: "2027-02-14", renewsOn: "2027-02-15", noticeBy: "2027-02-14", daysToNotice: 25, state: .noticeOpen),
        // The deadline was yesterday: it renews.
        RenewalCase(start: "2026-01-01", end: "2026-12-31", autoRenew: true, noticeDays: 30, today: "2026-12-02",
                    termStart: "2026-01-01", termEnd: "2026-12-31", renewsOn: "2027-01-01", noticeBy: "2026-12-01", daysToNotice: -1, state: .noticePassed),
        // Not renewing, and over.
        RenewalCase(start: "2025-01-01", end: "2025-12-31", autoRenew: false, noticeDays: 30, today: "2026-06-01",
                    termStart: "2025-01-01", termEnd: "2025-12-31", renewsOn: nil, noticeBy: "2025-12-01", daysToNotice: -182, state: .ended),
    ]

    @Test(arguments: renewalCases) func renewalAndNoticeDeadline(_ item: RenewalCase) {
        let renewal = Renewal.of(Self.subscription(start: item.start, end: item.end, autoRenew: item.autoRenew, noticeDays: item.noticeDays),
                                 today: Self.day(item.today))
        #expect(renewal == Renewal(subscription: "crm", tool: "pipedrive", termStart: Self.day(item.termStart), termEnd: Self.day(item.termEnd),
                                   renewsOn: item.renewsOn.map(Self.day), noticeBy: Self.day(item.noticeBy),
                                   daysToNotice: item.daysToNotice, state: item.state))
    }

    /// The shipped example: the catalog's subscriptions and examples/midmarket-usage.csv.
    static func audit(currency: Currency) throws -> StackAudit {
        let loaded = CatalogLoader().load(packageRoot.appendingPathComponent("catalog").path)
        #expect(loaded.errors.isEmpty)
        let text = try String(contentsOf: packageRoot.appendingPathComponent("examples/midmarket-usage.csv"), encoding: .utf8)
        let usage = try UsageExport.read(text, file: "midmarket-usage.csv", columns: UsageColumns())
        return try StackAuditor(catalog: loaded.catalog, usage: usage, today: day("2026-12-02"), currency: currency)
            .audit(subscriptions: loaded.catalog.subscriptions)
    }

    @Test func unusedSeatsArePricedAtTheSeatPrice() throws {
        let audit = try Self.audit(currency: .USD)
        let dropped = audit.savings.compactMap { saving -> (String, Int, Double, CalendarDate?)? in
            guard case let .dropUnusedSeats(subscription, seats) = saving.action else { return nil }
            return (subscription, seats, saving.perYear, saving.actBy)
        }
        // HubSpot: 20 seats, 14 users active since 2 November: 6 × 90 × 12. lemlist: 8 seats, 5
        // active: 3 × 69 × 12. Salesforce: 12 seats, 11 active: 1 × 175 × 12.
        #expect(dropped.map(\.0) == ["midmarket-hubspot", "midmarket-lemlist", "midmarket-salesforce"])
        #expect(dropped.map(\.1) == [6, 3, 1])
        #expect(dropped.map(\.2) == [6_480, 2_484, 2_100])
        #expect(dropped.map(\.3) == [Self.day("2027-01-01"), Self.day("2026-12-14"), Self.day("2026-12-30")])
        let hubspot = try #require(audit.subscriptions.first { $0.subscription == "midmarket-hubspot" })
        #expect(hubspot.activeSeats == 14)
        #expect(hubspot.unusedPerYear == 6_480)
        #expect(audit.unmatchedUsage == [Spend(name: "gong", value: 2)])
    }

    @Test func currenciesAreConvertedAtTheStatedRate() throws {
        let dollars = try Self.audit(currency: .USD)
        // Slack: 40 seats × €14 a month × 12 = €6,720, at 1.08 dollars a euro.
        let slack = try #require(dollars.subscriptions.first { $0.subscription == "midmarket-slack" })
        #expect(abs(slack.perYear - 7_257.6) < 1e-9)
        #expect(dollars.conversions == [Conversion(from: .EUR, to: .USD, rate: 1.08)])
        #expect(abs(dollars.totalPerYear - (21_600 + 25_200 + 6_624 + 7_257.6)) < 1e-9)
        let euros = try Self.audit(currency: .EUR)
        // HubSpot: $21,600 a year is €20,000 at 1.08; Slack stays €6,720.
        let hubspot = try #require(euros.subscriptions.first { $0.subscription == "midmarket-hubspot" })
        #expect(abs(hubspot.perYear - 20_000) < 1e-9)
        #expect(abs((euros.subscriptions.first { $0.subscription == "midmarket-slack" }?.perYear ?? 0) - 6_720) < 1e-9)
    }

    @Test func presetsReadAdminExports() throws {
        var columns = UsageColumns()
        try columns.apply("salesforce")
        let seats = try UsageExport.read("Username,LastLoginDate,Profile\nana@acme.test,2026-11-30T14:03:22.000Z,Sales\nben@acme.test,,Sales\n",
                                         file: "users.csv", columns: columns)
        #expect(seats == [SeatUsage(user: "ana@acme.test", tool: "salesforce-sales-cloud", lastActive: Self.day("2026-11-30")),
                          SeatUsage(user: "ben@acme.test", tool: "salesforce-sales-cloud", lastActive: nil)])
        #expect(throws: UsageError.badMapping("zendesk", "no preset named `zendesk`; presets: google-workspace, salesforce; or give FIELD=COLUMN")) {
            var other = UsageColumns()
            try other.apply("zendesk")
        }
    }
}
