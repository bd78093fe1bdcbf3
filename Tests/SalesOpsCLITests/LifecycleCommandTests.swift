import Foundation
import SalesOpsTestSupport
import Testing

/// The lifecycle commands and sign-off authority, run as the built binary against a store in a
/// temporary folder: what each prints, what reports show after it, and that `history` names
/// who did it.
@Suite("salesops onboard lifecycle (CLI)", .serialized)
struct LifecycleCommandTests {
    /// Runs commands in one fresh folder; `--today` is each command's own.
    struct Session {
        let folder: String

        init() throws {
            folder = try OnboardingFixtures.folder()
        }

        /// stdout of a command that must succeed.
        func run(_ arguments: [String]) throws -> String {
            let result = try OnboardingFixtures.salesops(arguments, in: folder)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.errors)")
            return result.output
        }

        /// stderr of a command that must be refused with exit 1, having written nothing.
        func refused(_ arguments: [String]) throws -> String {
            let before = try OnboardingFixtures.eventRows(folder + "/salesops.db")
            let result = try OnboardingFixtures.salesops(arguments, in: folder)
            #expect(result.status == 1, "\(arguments.joined(separator: " ")): exit \(result.status), \(result.output)")
            #expect(result.output.isEmpty)
            #expect(try OnboardingFixtures.eventRows(folder + "/salesops.db") == before)
            return result.errors
        }
    }

    static let fixtureCatalog = ["--catalog", OnboardingFixtures.fixtureCatalog]

    @Test func aWithdrawnLeaverLeavesTheOverdueListAndReportsShowWhy() throws {
        let session = try Session()
        _ = try session.run(["onboard", "enroll", "ben.okafor", "--track", "ae-onboarding", "--start", "2026-03-02", "--manager", "maya.chen",
                             "--today", "2026-02-23"])
        #expect(try session.run(["onboard", "overdue", "--today", "2026-03-20", "--format", "csv"]).split(separator: "\n").count == 5)
        #expect(try session.run(["onboard", "withdraw", "ben.okafor", "--reason", "left the company", "--on", "2026-03-19",
                                 "--today", "2026-03-20", "--as", "maya.chen"])
            == "ben.okafor on ae-onboarding: withdrawn on 2026-03-19 (by maya.chen)\n")
        #expect(try session.run(["onboard", "withdraw", "ben.okafor", "--reason", "left the company", "--on", "2026-03-19",
                                 "--today", "2026-03-20"])
            == "Already recorded: withdrawn for ben.okafor on ae-onboarding on 2026-03-19 (event #2); nothing changed\n")
        #expect(try session.run(["onboard", "overdue", "--today", "2026-03-20"]) == "Nothing is overdue.\n")
        #expect(try session.run(["onboard", "status", "--today", "2026-03-20"]) == """
            PERSON      MANAGER    TRACK          START       PROGRESS  HEALTH     NEXT DUE  WHY
            ----------  ---------  -------------  ----------  --------  ---------  --------  -----------------------------------------
            ben.okafor  maya.chen  ae-onboarding  2026-03-02  0%        withdrawn            withdrawn on 2026-03-19: left the company

            1 enrolment: 0 on track, 0 at risk, 0 late, 0 completed, 1 withdrawn

            """)
        #expect(try session.refused(["onboard", "complete", "ben.okafor", "accounts-setup", "--today", "2026-03-20"])
            == "salesops: ben.okafor on ae-onboarding was withdrawn on 2026-03-19; nothing more is recorded on a withdrawn enrolment; start a new cycle with `salesops onboard reenrol ben.okafor --track ae-onboarding --start DATE`\n")

        // A rehire: a new cycle with every step open; the first cycle stays in the history.
        #expect(try session.run(["onboard", "reenrol", "ben.okafor", "--track", "ae-onboarding", "--start", "2026-06-01",
                                 "--today", "2026-05-20", "--as", "hr.bot"])
            == "ben.okafor on ae-onboarding: cycle 2 starting 2026-06-01, version b78342666aa0 (by hr.bot)\n")
        #expect(try session.run(["onboard", "history", "ben.okafor", "--format", "csv"]) == """
            #,DATE,TRACK,EVENT,STEP,DETAIL,BY
            1,2026-02-23,ae-onboarding,enrolled,,,test
            2,2026-03-19,ae-onboarding,withdrawn,,reason: left the company,maya.chen
            3,2026-05-20,ae-onboarding,reenrolled,,new cycle from 2026-06-01,hr.bot

            """)
        let status = try session.run(["onboard", "status", "ben.okafor", "--today", "2026-06-02"])
        #expect(status.hasPrefix("""
            ben.okafor · Account executive onboarding (ae-onboarding, version b78342666aa0)
            start 2026-06-01 · today 2026-06-02 · progress 0% · on track · next due: accounts-setup 2026-06-02
            """))
    }

    @Test func aPauseKeepsStepsFromFallingOverdueAndResumingMovesTheirDueDates() throws {
        let session = try Session()
        for person in ["chloe.martin", "dana.reyes"] {
            _ = try session.run(["onboard", "enroll", person, "--track", "csm-onboarding", "--start", "2026-03-09", "--manager", "sam.ortiz",
                                 "--today", "2026-03-02"])
            for step in ["accounts-setup", "product-training"] {
                _ = try session.run(["onboard", "complete", person, step, "--today", "2026-03-10"])
            }
        }
        #expect(try session.run(["onboard", "pause", "chloe.martin", "--on", "2026-03-11", "--note", "parental leave", "--today", "2026-03-11"])
            == "chloe.martin on csm-onboarding: paused from 2026-03-11 (by test)\n")
        #expect(try session.refused(["onboard", "pause", "chloe.martin", "--today", "2026-03-12"])
            == "salesops: chloe.martin on csm-onboarding is paused since 2026-03-11; resume it first with `salesops onboard resume chloe.martin --track csm-onboarding`\n")
        let paused = try session.run(["onboard", "status", "--today", "2026-04-15", "--format", "csv"])
        #expect(paused == """
            PERSON,MANAGER,TRACK,START,PROGRESS,HEALTH,NEXT DUE,WHY
            chloe.martin,sam.ortiz,csm-onboarding,2026-03-09,11%,paused,cs-playbook-training 2026-04-21,paused since 2026-03-11
            dana.reyes,sam.ortiz,csm-onboarding,2026-03-09,11%,late,cs-playbook-training 2026-03-17,"overdue: cs-playbook-training (due 2026-03-17), support-escalation-training (due 2026-03-23), shadow-customer-calls (due 2026-03-24), product-certification (due 2026-03-24), book-handover (due 2026-04-06)"

            """)
        // 20 business days paused: cs-playbook-training, due 2026-03-17, moves to 2026-04-14.
        #expect(try session.run(["onboard", "resume", "chloe.martin", "--on", "2026-04-08", "--today", "2026-04-08"])
            == "chloe.martin on csm-onboarding: resumed on 2026-04-08 (by test); next due: cs-playbook-training 2026-04-14\n")
        #expect(try session.refused(["onboard", "resume", "chloe.martin", "--today", "2026-04-09"])
            == "salesops: chloe.martin on csm-onboarding is not paused, so there is nothing to resume\n")
        #expect(try session.run(["onboard", "history", "chloe.martin", "--format", "csv"]).hasSuffix("""
            7,2026-03-11,csm-onboarding,paused,,note: parental leave,test
            8,2026-04-08,csm-onboarding,resumed,,,test

            """))
    }

    @Test func aTransferMovesRollupsAndSignoffAuthorityFromItsDate() throws {
        let session = try Session()
        _ = try session.run(["onboard", "enroll", "ana.lima", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--manager", "maya.chen",
                             "--today", "2026-02-23"])
        _ = try session.run(["onboard", "enroll", "raj.patel", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--manager", "sam.ortiz",
                             "--today", "2026-02-23"])
        #expect(try session.run(["onboard", "transfer", "ana.lima", "--manager", "sam.ortiz", "--on", "2026-04-01", "--today", "2026-03-20",
                                 "--as", "hr.bot"])
            == "ana.lima reports to sam.ortiz from 2026-04-01 (by hr.bot)\n")
        #expect(try session.run(["onboard", "transfer", "ana.lima", "--manager", "sam.ortiz", "--on", "2026-04-02", "--today", "2026-03-20"])
            == "ana.lima has these details already; nothing changed\n")
        func managers(_ today: String) throws -> [String] {
            try session.run(["onboard", "status", "--by", "manager", "--today", today, "--format", "csv"])
                .split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) + ":" + $0.split(separator: ",")[1] }
        }
        #expect(try managers("2026-03-31") == ["maya.chen:1", "sam.ortiz:1"])
        #expect(try managers("2026-04-01") == ["sam.ortiz:2"])
        #expect(try session.run(["onboard", "status", "--manager", "maya.chen", "--today", "2026-04-01"]) == "No enrolments match.\n")

        // The 30-day review falls after the transfer: the old manager may no longer sign it.
        #expect(try session.refused(["onboard", "signoff", "ana.lima", "review-30-day", "--as", "maya.chen", "--today", "2026-04-02"])
            == "salesops: maya.chen may not sign off review-30-day for ana.lima; only ana.lima's manager on 2026-04-02 or an approver the step names may: sam.ortiz\n")
        #expect(try session.refused(["onboard", "signoff", "ana.lima", "review-30-day", "--by", "random.person", "--today", "2026-04-02"])
            == "salesops: random.person may not sign off review-30-day for ana.lima; only ana.lima's manager on 2026-04-02 or an approver the step names may: sam.ortiz\n")
        #expect(try session.run(["onboard", "signoff", "ana.lima", "review-30-day", "--on", "2026-03-31", "--as", "maya.chen", "--today", "2026-04-02"])
            == "ana.lima · review-30-day: attempt 1 on 2026-03-31 passed (signed off by maya.chen)\n")
        #expect(try session.run(["onboard", "history", "ana.lima", "--format", "csv"]) == """
            #,DATE,TRACK,EVENT,STEP,DETAIL,BY
            1,2026-02-23,sdr-30-60-90,enrolled,,,test
            3,2026-04-01,sdr-30-60-90,transferred,,manager sam.ortiz,hr.bot
            4,2026-03-31,sdr-30-60-90,attempted,review-30-day,attempt 1 passed signed off by maya.chen,maya.chen

            """)
    }

    @Test func aNewEnrolmentCarriesThePersonsChangesAndRecordsNewDetailsAsEvents() throws {
        let session = try Session()
        _ = try session.run(["onboard", "enroll", "ana.lima", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--manager", "maya.chen",
                             "--today", "2026-02-23"])
        _ = try session.run(["onboard", "transfer", "ana.lima", "--manager", "sam.ortiz", "--on", "2026-03-16", "--today", "2026-02-25"])
        _ = try session.run(["onboard", "enroll", "ana.lima", "--track", "ae-onboarding", "--start", "2026-03-02", "--email", "ana@example.com",
                             "--today", "2026-02-27"])
        #expect(try session.run(["onboard", "history", "ana.lima", "--format", "csv"]) == """
            #,DATE,TRACK,EVENT,STEP,DETAIL,BY
            1,2026-02-23,sdr-30-60-90,enrolled,,,test
            2,2026-03-16,sdr-30-60-90,transferred,,manager sam.ortiz,test
            3,2026-02-27,ae-onboarding,enrolled,,,test
            4,2026-03-16,ae-onboarding,transferred,,manager sam.ortiz,test
            5,2026-02-27,sdr-30-60-90,details-changed,,email ana@example.com,test
            6,2026-02-27,ae-onboarding,details-changed,,email ana@example.com,test

            """)
        let byManager = { (today: String) throws -> String in
            try session.run(["onboard", "status", "--by", "manager", "--today", today, "--format", "csv"])
                .split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: " ") }.joined(separator: "; ")
        }
        #expect(try byManager("2026-03-13") == "maya.chen 2")
        #expect(try byManager("2026-03-16") == "sam.ortiz 2")
    }

    @Test func approversAndCustomerContactsAreWhoMaySign() throws {
        let session = try Session()
        _ = try session.run(["onboard", "enroll", "ben.okafor", "--track", "reviewed", "--start", "2026-03-02", "--manager", "maya.chen",
                             "--today", "2026-03-02"] + Self.fixtureCatalog)
        _ = try session.run(["onboard", "complete", "ben.okafor", "intro", "--today", "2026-03-03"] + Self.fixtureCatalog)
        #expect(try session.refused(["onboard", "signoff", "ben.okafor", "ramp-review", "--as", "sam.ortiz", "--today", "2026-03-05"] + Self.fixtureCatalog)
            == "salesops: sam.ortiz may not sign off ramp-review for ben.okafor; only ben.okafor's manager on 2026-03-05 or an approver the step names may: maya.chen, enablement-lead\n")
        #expect(try session.run(["onboard", "signoff", "ben.okafor", "ramp-review", "--as", "enablement-lead", "--today", "2026-03-05"] + Self.fixtureCatalog)
            == "ben.okafor · ramp-review: attempt 1 on 2026-03-05 passed (signed off by enablement-lead)\n")

        _ = try session.run(["onboard", "enroll", "acme-corp", "--track", "pilot", "--start", "2026-03-02", "--manager", "sam.ortiz",
                             "--contact", "jo.baker", "--today", "2026-03-02"] + Self.fixtureCatalog)
        #expect(try session.refused(["onboard", "signoff", "acme-corp", "pilot-signoff", "--as", "sam.ortiz", "--today", "2026-03-05"] + Self.fixtureCatalog)
            == "salesops: sam.ortiz may not sign off pilot-signoff for acme-corp; only the customer contact recorded for acme-corp may: jo.baker\n")
        #expect(try session.run(["onboard", "details", "acme-corp", "--contact", "kim.lee", "--on", "2026-03-04", "--today", "2026-03-04"]
                                + Self.fixtureCatalog)
            == "acme-corp contact kim.lee from 2026-03-04 (by test)\n")
        #expect(try session.refused(["onboard", "signoff", "acme-corp", "pilot-signoff", "--as", "jo.baker", "--today", "2026-03-05"] + Self.fixtureCatalog)
            == "salesops: jo.baker may not sign off pilot-signoff for acme-corp; only the customer contact recorded for acme-corp may: kim.lee\n")
        #expect(try session.run(["onboard", "signoff", "acme-corp", "pilot-signoff", "--as", "kim.lee", "--today", "2026-03-05"] + Self.fixtureCatalog)
            == "acme-corp · pilot-signoff: attempt 1 on 2026-03-05 passed (signed off by kim.lee)\n")
        // A contact from an HR or CRM export signs the same way.
        _ = try session.run(["onboard", "import", OnboardingFixtures.fixture("customers.csv"), "--today", "2026-03-02"] + Self.fixtureCatalog)
        #expect(try session.refused(["onboard", "signoff", "globex", "pilot-signoff", "--as", "kim.lee", "--today", "2026-03-05"] + Self.fixtureCatalog)
            == "salesops: kim.lee may not sign off pilot-signoff for globex; only the customer contact recorded for globex may: hank.scorpio\n")
        #expect(try session.run(["onboard", "signoff", "globex", "pilot-signoff", "--as", "hank.scorpio", "--today", "2026-03-05"] + Self.fixtureCatalog)
            == "globex · pilot-signoff: attempt 1 on 2026-03-05 passed (signed off by hank.scorpio)\n")
        #expect(try session.run(["onboard", "history", "acme-corp", "--format", "csv"]) == """
            #,DATE,TRACK,EVENT,STEP,DETAIL,BY
            4,2026-03-02,pilot,enrolled,,,test
            5,2026-03-04,pilot,details-changed,,contact kim.lee,test
            6,2026-03-05,pilot,attempted,pilot-signoff,attempt 1 passed signed off by kim.lee,kim.lee

            """)
    }

    @Test func aRescheduleWithRecordedStepsIsRefusedUnlessTheyAreKept() throws {
        let session = try Session()
        _ = try session.run(["onboard", "enroll", "ana.lima", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--manager", "maya.chen",
                             "--today", "2026-02-23"])
        #expect(try session.run(["onboard", "reschedule", "ana.lima", "--start", "2026-03-09", "--today", "2026-02-25"])
            == "ana.lima on sdr-30-60-90: rescheduled to start 2026-03-09 (by test); next due: accounts-setup 2026-03-10\n")
        #expect(try session.run(["onboard", "reschedule", "ana.lima", "--start", "2026-03-09", "--today", "2026-02-25"])
            == "ana.lima on sdr-30-60-90 starts on 2026-03-09 already; nothing changed\n")
        _ = try session.run(["onboard", "complete", "ana.lima", "accounts-setup", "--today", "2026-03-10"])
        // A completion backdated before its dependency's is refused.
        #expect(try session.refused(["onboard", "complete", "ana.lima", "tools-orientation", "--on", "2026-03-09", "--today", "2026-03-11"])
            == "salesops: step tools-orientation cannot be done on 2026-03-09: it depends on accounts-setup, done on 2026-03-10; give a date on or after 2026-03-10\n")
        #expect(try session.refused(["onboard", "reschedule", "ana.lima", "--start", "2026-03-16", "--today", "2026-03-11"])
            == "salesops: ana.lima on sdr-30-60-90 has recorded steps (accounts-setup), whose due dates a new start would move; pass --keep-recorded to keep them as recorded and re-flow the rest\n")
        #expect(try session.run(["onboard", "reschedule", "ana.lima", "--start", "2026-03-16", "--keep-recorded", "--today", "2026-03-11"])
            == "ana.lima on sdr-30-60-90: rescheduled to start 2026-03-16 (by test); next due: tools-orientation 2026-03-19\n")
    }

    @Test func anUpgradeCarriesRecordedStepsByIDAndListsThoseGone() throws {
        let session = try Session()
        let catalog = session.folder + "/catalog"
        try FileManager.default.copyItem(atPath: OnboardingFixtures.fixtureCatalog, toPath: catalog)
        _ = try session.run(["onboard", "enroll", "ana", "--track", "quick-cert", "--start", "2026-03-02", "--today", "2026-03-02", "--catalog", catalog])
        _ = try session.run(["onboard", "complete", "ana", "intro", "--today", "2026-03-03", "--catalog", catalog])
        _ = try session.run(["onboard", "complete", "ana", "prep", "--today", "2026-03-04", "--catalog", catalog])
        // The next version drops the reading: the quiz counts from the introduction.
        let file = catalog + "/tracks/quick-cert.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: """
                    - id: prep
                      title: Preparation reading
                      owner: hire
                      due: { businessDays: 3, after: intro }
                      dependsOn: [intro]

                """, with: "")
            .replacingOccurrences(of: "after: prep }\n      dependsOn: [prep]", with: "after: intro }\n      dependsOn: [intro]")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let upgrade = try session.run(["onboard", "upgrade", "ana", "--track", "quick-cert", "--today", "2026-03-05", "--catalog", catalog,
                                       "--as", "enablement-lead"])
        let lines = upgrade.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("Upgraded ana on quick-cert from version ") == true)
        #expect(lines.first?.hasSuffix(" (by enablement-lead)") == true)
        #expect(Array(lines.dropFirst()) == [
            "Carried over: intro",
            "No longer in the track (kept in the history, no longer counted): prep",
        ])
        #expect(try session.run(["onboard", "upgrade", "ana", "--today", "2026-03-05", "--catalog", catalog]).hasSuffix("already; nothing changed\n"))
        let status = try session.run(["onboard", "status", "ana", "--today", "2026-03-05", "--format", "csv", "--catalog", catalog])
        #expect(status.hasPrefix("STEP,STATUS,DUE,DONE,OWNER,DETAIL\nintro,completed,2026-03-04,2026-03-03,manager,\npitch-quiz,pending,"))
    }

    @Test func catalogValidateRunsEachTrackKindsChecks() throws {
        let session = try Session()
        let result = try OnboardingFixtures.salesops(["catalog", "validate", OnboardingFixtures.fixtureCatalog], in: session.folder)
        let tracks = OnboardingFixtures.fixtureCatalog + "/tracks"
        #expect(result.status == 1)
        #expect(result.errors == """
            \(tracks)/bad-owner.yaml:8:3: spec.role: missing; a track of this kind needs `role` (track kind hire)
            \(tracks)/bad-owner.yaml:13:14: spec.steps[0].owner: owner "customer" is not allowed here; expected one of hire, manager, buddy, enablement (track kind hire)
            \(tracks)/partner.yaml:8:13: spec.audience: neither salesops nor a loaded plugin provides the track kind `franchisee`; see `salesops plugins list`
            salesops: 3 errors in 2 files under \(OnboardingFixtures.fixtureCatalog)

            """)
    }
}
