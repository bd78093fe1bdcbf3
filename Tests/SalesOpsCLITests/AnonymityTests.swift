import Foundation
import SalesOpsOnboarding
import SalesOpsStore
import SalesOpsTestSupport
import Testing

/// Anonymised reports tried the way someone would try to re-identify people from them: every
/// report in every format is searched for every id, email, exact date and the name of a
/// manager whose team is too small to show, and the rows' order is compared with the ids'.
@Suite(.serialized) struct AnonymityTests {
    /// 15 people: maya.chen's five SDRs and one AE, sam.ortiz's five CSMs, and lee.park's two
    /// AEs and two customers. With k = 5, lee.park's team is too small to name.
    static let people: [(id: String, track: String, start: String, manager: String)] = [
        ("ana.lima", "sdr-30-60-90", "2026-03-02", "maya.chen"),
        ("bruno.diaz", "sdr-30-60-90", "2026-03-03", "maya.chen"),
        ("carla.nunes", "sdr-30-60-90", "2026-03-04", "maya.chen"),
        ("dev.patel", "sdr-30-60-90", "2026-03-05", "maya.chen"),
        ("erin.walsh", "sdr-30-60-90", "2026-03-09", "maya.chen"),
        ("farid.haddad", "ae-onboarding", "2026-03-10", "maya.chen"),
        ("gina.rossi", "csm-onboarding", "2026-03-02", "sam.ortiz"),
        ("hugo.blanc", "csm-onboarding", "2026-03-03", "sam.ortiz"),
        ("ines.sousa", "csm-onboarding", "2026-03-04", "sam.ortiz"),
        ("jon.berg", "csm-onboarding", "2026-03-05", "sam.ortiz"),
        ("kira.sato", "csm-onboarding", "2026-03-06", "sam.ortiz"),
        ("liam.oconnor", "ae-onboarding", "2026-03-11", "lee.park"),
        ("mia.novak", "ae-onboarding", "2026-03-12", "lee.park"),
        ("nordwind-gmbh", "smb-customer", "2026-03-13", "lee.park"),
        ("orbit-labs", "smb-customer", "2026-03-16", "lee.park"),
    ]
    static let suppressedManager = "lee.park"

    static let seeded: Result<String, OnboardingFixtures.Failure> = {
        do {
            let folder = try OnboardingFixtures.folder()
            let csv = "person,email,track,start,manager,timezone\n"
                + people.map { "\($0.id),\($0.id)@example.com,\($0.track),\($0.start),\($0.manager)," }.joined(separator: "\n") + "\n"
            try csv.write(toFile: folder + "/hires.csv", atomically: true, encoding: .utf8)
            var commands = [["onboard", "import", "hires.csv", "--today", "2026-02-20"]]
            // Sam's CSMs certify (so expiring has rows); some SDRs make progress.
            for person in people where person.track == "csm-onboarding" {
                commands.append(["onboard", "complete", person.id, "product-training", "--today", "2026-03-16"])
                commands.append(["onboard", "complete", person.id, "cs-playbook-training", "--today", "2026-03-18"])
                commands.append(["onboard", "attempt", person.id, "product-certification", "--score", "95", "--today", "2026-03-20"])
            }
            for person in people.prefix(3) {
                commands.append(["onboard", "complete", person.id, "accounts-setup", "--today", "2026-03-06"])
            }
            for arguments in commands {
                let run = try OnboardingFixtures.salesops(arguments, in: folder)
                guard run.status == 0 else {
                    return .failure(OnboardingFixtures.Failure(description: "\(arguments.joined(separator: " ")): \(run.errors)"))
                }
            }
            return .success(folder)
        } catch let failure as OnboardingFixtures.Failure {
            return .failure(failure)
        } catch {
            return .failure(OnboardingFixtures.Failure(description: "\(error)"))
        }
    }()

    /// Every anonymised team report, in every format.
    static let reports: [[String]] = {
        let bases = [
            ["onboard", "status"], ["onboard", "status", "--by", "manager"], ["onboard", "status", "--by", "track"],
            ["onboard", "status", "--by", "cohort"], ["onboard", "overdue"], ["onboard", "expiring", "--within", "400d"],
        ]
        return bases.flatMap { base in
            ["table", "json", "csv", "markdown"].map { base + ["--anonymize", "--today", "2026-04-20", "--format", $0] }
        }
    }()

    @Test func noOutputNamesOrDatesAnyone() throws {
        let folder = try Self.seeded.get()
        var forbidden = [Self.suppressedManager]
        for person in Self.people {
            forbidden += [person.id, "\(person.id)@example.com", person.start]
        }
        let anyDate = try Regex(#"\d{4}-\d{2}-\d{2}"#)
        for arguments in Self.reports {
            let run = try OnboardingFixtures.salesops(arguments, in: folder)
            let command = arguments.joined(separator: " ")
            #expect(run.status == 0, "\(command): \(run.errors)")
            #expect(!run.output.isEmpty, "\(command) printed nothing")
            for text in [run.output, run.errors] {
                for word in forbidden { #expect(!text.contains(word), "\(command) shows \(word):\n\(text)") }
                #expect(text.firstMatch(of: anyDate) == nil, "\(command) shows a date:\n\(text)")
            }
        }
    }

    /// An exporter of the anonymised status gets the anonymised JSON document and nothing else:
    /// the fixture exporter renders the very request it was sent, which is searched like any report.
    @Test func exportersGetOnlyTheAnonymisedDocument() throws {
        let folder = try Self.seeded.get()
        let exporter = try OutOfTreeBuild.build(OnboardingFixtures.packageRoot.path + "/Tests/SalesOpsCLITests/Fixtures/echo-exporter",
                                                product: "echo-exporter")
        var forbidden = [Self.suppressedManager]
        for person in Self.people {
            forbidden += [person.id, "\(person.id)@example.com", person.start]
        }
        let anyDate = try Regex(#"\d{4}-\d{2}-\d{2}"#)
        for by in [[], ["--by", "manager"], ["--by", "track"], ["--by", "cohort"]] {
            let arguments = ["onboard", "status"] + by + ["--anonymize", "--today", "2026-04-20", "--format", "echo-anonymized",
                                                          "--plugins", exporter.folder]
            let run = try OnboardingFixtures.salesops(arguments, in: folder)
            let command = arguments.joined(separator: " ")
            #expect(run.status == 0, "\(command): \(run.errors)")
            let request = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.output)")
            #expect(request["document"] as? String == "status-anonymized")
            let payload = try #require(request["payload"] as? [String: Any])
            #expect(payload[by.isEmpty ? "enrolments" : "groups"] != nil, "\(command): \(run.output)")
            for word in forbidden { #expect(!run.output.contains(word), "\(command) sent the exporter \(word):\n\(run.output)") }
            #expect(run.output.firstMatch(of: anyDate) == nil, "\(command) sent the exporter a date:\n\(run.output)")
        }
        // An exporter of the named status is not offered the anonymised one.
        let refused = try OnboardingFixtures.salesops(["onboard", "status", "--anonymize", "--format", "crm-tasks-csv"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.errors == "salesops: --format crm-tasks-csv: the exporter renders checklist, status, not status-anonymized; "
            + "no loaded exporter renders anonymised status reports (`salesops plugins list` shows the exporters)\n")
        #expect(refused.output.isEmpty)
    }

    /// Each anonymised JSON output matches its schema (their pseudonyms change with each store's
    /// key, so they are checked here rather than as golden files).
    @Test(arguments: [
        ("onboard status", "output/onboard-status-anonymized.schema.json"),
        ("onboard status --by track", "output/onboard-status-rollup-anonymized.schema.json"),
        ("onboard overdue", "output/onboard-overdue-anonymized.schema.json"),
        ("onboard expiring --within 400d", "output/onboard-expiring-anonymized.schema.json"),
    ])
    func jsonMatchesItsSchema(command: String, schema: String) throws {
        let folder = try Self.seeded.get()
        let arguments = command.split(separator: " ").map(String.init) + ["--anonymize", "--today", "2026-04-20", "--format", "json"]
        let run = try OnboardingFixtures.salesops(arguments, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let file = URL(fileURLWithPath: folder).appendingPathComponent(schema.replacingOccurrences(of: "/", with: "-") + ".out.json")
        try run.output.write(to: file, atomically: true, encoding: .utf8)
        let problems = try SchemaValidation.problems(file, against: schema, packageRoot: OnboardingFixtures.packageRoot)
        #expect(problems == nil, "\(command): \(problems ?? "")")
    }

    @Test func rowsAreOrderedByPseudonymNotById() throws {
        let folder = try Self.seeded.get()
        let run = try OnboardingFixtures.salesops(["onboard", "status", "--anonymize", "--today", "2026-04-20", "--format", "json"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let rows = try #require(document["enrolments"] as? [[String: Any]])
        let pseudonyms = rows.compactMap { $0["pseudonym"] as? String }
        #expect(pseudonyms.count == 15)
        #expect(pseudonyms == pseudonyms.sorted())
        // Who is who, with the store's key: the order must not follow the ids.
        let key = try SQLiteStore(path: folder + "/salesops.db").pseudonymKey()
        let byPseudonym = Dictionary(uniqueKeysWithValues: Self.people.map { (Pseudonymizer(key: key).pseudonym(for: $0.id), $0.id) })
        let ids = pseudonyms.compactMap { byPseudonym[$0] }
        #expect(ids.count == 15)
        #expect(ids != ids.sorted())
        #expect(document["withheldEnrolments"] as? Int == 0)
        // lee.park's team (4 people) is merged: the SDRs and CSMs keep their manager and track.
        let labels = rows.map { "\($0["manager"] as? String ?? "?")/\($0["track"] as? String ?? "?")" }
        #expect(labels.filter { $0 == "maya.chen/sdr-30-60-90" }.count == 5)
        #expect(labels.filter { $0 == "sam.ortiz/csm-onboarding" }.count == 5)
        #expect(labels.filter { $0 == "(other)/(other)" }.count == 5)
    }

    @Test func smallGroupsAreMergedOrWithheld() throws {
        let folder = try Self.seeded.get()
        func rows(_ arguments: [String], _ key: String) throws -> (rows: [[String: Any]], withheld: Int?) {
            let run = try OnboardingFixtures.salesops(arguments + ["--anonymize", "--today", "2026-04-20", "--format", "json"], in: folder)
            #expect(run.status == 0, "\(run.errors)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            return (document[key] as? [[String: Any]] ?? [], document["withheldEnrolments"] as? Int)
        }
        // By manager: lee.park's 4 people are too few, and alone in (other), so they are withheld.
        let managers = try rows(["onboard", "status", "--by", "manager"], "groups")
        #expect(managers.rows.map { $0["group"] as? String } == ["maya.chen", "sam.ortiz"])
        #expect(managers.withheld == 4)
        // By track: ae (3) and smb-customer (2) merge into (other), 5 people.
        let tracks = try rows(["onboard", "status", "--by", "track"], "groups")
        #expect(tracks.rows.map { $0["group"] as? String } == ["csm-onboarding", "sdr-30-60-90", "(other)"])
        #expect(tracks.rows.map { $0["enrolments"] as? Int } == [5, 5, 5])
        // With k = 2, lee.park's team shows.
        let small = try rows(["onboard", "status", "--by", "manager", "--min-group", "2"], "groups")
        #expect(small.rows.map { $0["group"] as? String } == ["lee.park", "maya.chen", "sam.ortiz"])
        // Overdue rows name steps, so the track stays: the AEs and customers (3 and 2) are withheld.
        let overdue = try rows(["onboard", "overdue"], "steps")
        #expect(Set(overdue.rows.compactMap { $0["track"] as? String }) == ["sdr-30-60-90", "csm-onboarding"])
        #expect(overdue.withheld == 5)
        let expiring = try rows(["onboard", "expiring", "--within", "400d"], "certifications")
        #expect(expiring.rows.count == 5)
        #expect(expiring.rows.allSatisfy { $0["expiresWeek"] as? String == "2027-W11" && $0["certifiedWeek"] as? String == "2026-W12" })
    }

    @Test func personalReportsAreRefused() throws {
        let folder = try Self.seeded.get()
        let history = try OnboardingFixtures.salesops(["onboard", "history", "ana.lima", "--anonymize"], in: folder)
        #expect(history.status == 2)
        #expect(history.errors.contains("onboard history lists one person's events"))
        #expect(history.errors.contains("salesops onboard status --by cohort --anonymize"))
        #expect(history.output.isEmpty)
        let status = try OnboardingFixtures.salesops(["onboard", "status", "ana.lima", "--anonymize"], in: folder)
        #expect(status.status == 2)
        #expect(status.errors.contains("--anonymize applies to team reports"))
        let tooSmall = try OnboardingFixtures.salesops(["onboard", "status", "--anonymize", "--min-group", "1"], in: folder)
        #expect(tooSmall.status == 1)
        #expect(tooSmall.errors == "salesops: --min-group: expected 2 or more (a group of one is a person), found 1\n")
        let withoutAnonymize = try OnboardingFixtures.salesops(["onboard", "overdue", "--min-group", "3"], in: folder)
        #expect(withoutAnonymize.status == 1)
        #expect(withoutAnonymize.errors == "salesops: --min-group sets the smallest group an anonymised report shows; add --anonymize\n")
    }

    @Test func rotatingTheKeyChangesEveryPseudonym() throws {
        // A store of its own: rotation would change the other tests' pseudonyms mid-run.
        let folder = try OnboardingFixtures.folder()
        let store = folder + "/salesops.db"
        for person in Self.people.prefix(5) {
            let run = try OnboardingFixtures.salesops(["onboard", "enroll", person.id, "--track", person.track, "--start", person.start,
                                                       "--manager", person.manager, "--today", "2026-02-20"], in: folder)
            #expect(run.status == 0, "\(run.errors)")
        }
        func pseudonyms() throws -> Set<String> {
            let run = try OnboardingFixtures.salesops(["onboard", "status", "--anonymize", "--today", "2026-03-20", "--format", "csv"], in: folder)
            return Set(run.output.split(separator: "\n").dropFirst().map { String($0.prefix(17)) })
        }
        let before = try pseudonyms()
        #expect(before.count == 5)
        #expect(try pseudonyms() == before)
        let keyBefore = try SQLiteStore(path: store).pseudonymKey()
        let rotate = try OnboardingFixtures.salesops(["onboard", "rotate-pseudonyms"], in: folder)
        #expect(rotate.status == 0, "\(rotate.errors)")
        #expect(rotate.output.hasPrefix("Pseudonyms rotated in salesops.db"))
        let after = try pseudonyms()
        #expect(after.count == 5)
        #expect(after.isDisjoint(with: before))
        #expect(try SQLiteStore(path: store).pseudonymKey() != keyBefore)
        // No store, no rotation: nothing is created.
        let empty = try OnboardingFixtures.folder()
        let missing = try OnboardingFixtures.salesops(["onboard", "rotate-pseudonyms"], in: empty)
        #expect(missing.status == 1)
        #expect(!FileManager.default.fileExists(atPath: empty + "/salesops.db"))
    }
}
