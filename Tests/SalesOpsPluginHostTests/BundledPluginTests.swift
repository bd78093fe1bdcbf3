import Testing
import SalesOpsPluginHost

/// The bundled plugins, loaded as the real `.so` files `swift build` puts beside the executable.
@Suite("Bundled plugins")
struct BundledPluginTests {
    @Test func allLoadFromTheProductsFolder() throws {
        let registry = try PluginFixtures.bundledRegistry()
        #expect(registry.plugins.map(\.id).sorted() == ["customer-onboarding", "hire-onboarding", "partner-onboarding", "residency-fit", "vendor-review"])
        #expect(registry.ids(of: .trackKind) == ["customer", "hire", "partner"])
        #expect(registry.ids(of: .criterion) == ["api-headroom", "data-residency-fit", "vendor-review"])
        #expect(registry.pluginCatalogKinds.map(\.kind) == ["VendorReview"])
        #expect(registry.ids(of: .verifier) == [
            "customer-signoff", "evidence-count", "manager-signoff", "milestone-by-date", "quiz-score", "usage-threshold",
        ])
    }

    /// The table that names a missing capability's plugin says what the manifests say.
    @Test func theBundledTableMatchesTheManifests() throws {
        let registry = try PluginFixtures.bundledRegistry()
        #expect(BundledPlugin.all.map(\.id) == PluginFixtures.bundledProducts)
        for bundled in BundledPlugin.all {
            let plugin = try #require(registry.plugin(bundled.id))
            #expect(plugin.file.hasSuffix("/" + bundled.libraryName))
            var declared: [CapabilityType: [String]] = [:]
            for capability in plugin.manifest.capabilities { declared[capability.type, default: []].append(capability.id) }
            #expect(declared == bundled.capabilities, "\(bundled.id)")
        }
    }

    @Test func aMissingBundledCapabilityNamesItsPluginAndHowToGetIt() throws {
        let registry = PluginRegistry()
        let error = try #require(throws: PluginRegistryError.self) { try registry.trackKind("hire") }
        #expect(error.description == "no trackKind \"hire\" is registered; it comes from the bundled plugin hire-onboarding, which is not loaded: run `swift build` in the salesops package to build the bundled plugins, or put libhire-onboarding.so in a plugin folder (--plugins DIR or SALESOPS_PLUGIN_PATH)")
    }

    @Test func quizScorePassesFailsAndEnforcesTheAttemptLimit() throws {
        let quiz = try PluginFixtures.bundledRegistry().verifier("quiz-score")
        let results = try quiz.verify(VerificationRequest(
            params: ["passMark": 80, "maxAttempts": 2],
            attempts: [
                CertificationAttempt(person: "ana", step: "discovery-quiz", attemptNumber: 1, date: "2026-03-02", score: 85),
                CertificationAttempt(person: "ben", step: "discovery-quiz", attemptNumber: 1, date: "2026-03-02", score: 79.5),
                CertificationAttempt(person: "cy", step: "discovery-quiz", attemptNumber: 3, date: "2026-03-09", score: 95),
                CertificationAttempt(person: "di", step: "discovery-quiz", date: "2026-03-09"),
            ]))
        #expect(results.map(\.passed) == [true, false, false, false])
        #expect(results[0].reason == "score 85 ≥ pass mark 80")
        #expect(results[1].reason == "score 79.5 < pass mark 80")
        #expect(results[2].reason == "attempt 3 exceeds the limit of 2")
        #expect(results[3].reason == "no score recorded")
    }

    @Test func quizScoreWithoutPassMarkIsAPluginError() throws {
        let quiz = try PluginFixtures.bundledRegistry().verifier("quiz-score")
        let error = try #require(throws: PluginInvocationError.self) {
            try quiz.verify(VerificationRequest(attempts: [CertificationAttempt(person: "ana", step: "q", date: "2026-03-02")]))
        }
        #expect(error.plugin == "hire-onboarding")
        #expect(error.capability == "verifier/quiz-score")
        #expect(error.description.contains("params.passMark"))
    }

    @Test func hireVerifiersForSignoffAndEvidence() throws {
        let registry = try PluginFixtures.bundledRegistry()
        let signoff = try registry.verifier("manager-signoff").verify(VerificationRequest(attempts: [
            CertificationAttempt(person: "ana", step: "pitch", date: "2026-03-02", signedOffBy: "lee"),
            CertificationAttempt(person: "ben", step: "pitch", date: "2026-03-02"),
        ]))
        #expect(signoff.map(\.passed) == [true, false])
        let evidence = try registry.verifier("evidence-count").verify(VerificationRequest(
            params: ["required": 5, "what": "discovery calls shadowed"],
            attempts: [
                CertificationAttempt(person: "ana", step: "shadow", date: "2026-03-02", evidenceCount: 5),
                CertificationAttempt(person: "ben", step: "shadow", date: "2026-03-02", evidenceCount: 3),
            ]))
        #expect(evidence.map(\.passed) == [true, false])
        #expect(evidence[1].reason == "3 of 5 discovery calls shadowed; 2 to go")
    }

    @Test func hireTrackKindChecksRoleAndOwners() throws {
        let hire = try PluginFixtures.bundledRegistry().trackKind("hire")
        #expect(hire.traits.owners == ["hire", "manager", "buddy", "enablement"])
        #expect(hire.traits.requiredFields == ["role"])
        let problems = try hire.validate(TrackValidationRequest(track: [
            "audience": "hire",
            "steps": [["id": "intro", "owner": "manager"], ["id": "kickoff", "owner": "csm"]],
        ]))
        #expect(problems.map(\.path) == ["role", "steps[1].owner"])
        #expect(try hire.validate(TrackValidationRequest(track: ["role": "sdr", "steps": [["owner": "buddy"]]])).isEmpty)
    }

    @Test func customerVerifiersAndTrackKind() throws {
        let registry = try PluginFixtures.bundledRegistry()
        let milestone = try registry.verifier("milestone-by-date").verify(VerificationRequest(attempts: [
            CertificationAttempt(person: "acme", step: "go-live", date: "2026-04-01", due: "2026-04-01"),
            CertificationAttempt(person: "globex", step: "go-live", date: "2026-04-02", due: "2026-04-01"),
        ]))
        #expect(milestone.map(\.passed) == [true, false])
        let byParam = try registry.verifier("milestone-by-date").verify(VerificationRequest(
            params: ["by": "2026-03-31"],
            attempts: [CertificationAttempt(person: "acme", step: "go-live", date: "2026-04-01", due: "2026-04-30")]))
        #expect(byParam.map(\.passed) == [false])
        let usage = try registry.verifier("usage-threshold").verify(VerificationRequest(
            params: ["threshold": 10, "metric": "active users"],
            attempts: [
                CertificationAttempt(person: "acme", step: "adoption", date: "2026-04-01", value: 12),
                CertificationAttempt(person: "globex", step: "adoption", date: "2026-04-01", value: 9),
            ]))
        #expect(usage.map(\.passed) == [true, false])
        #expect(usage[0].reason == "active users 12 ≥ 10")
        let signoff = try registry.verifier("customer-signoff").verify(VerificationRequest(attempts: [
            CertificationAttempt(person: "acme", step: "kickoff", date: "2026-04-01", signedOffBy: "jo@acme.example"),
        ]))
        #expect(signoff.map(\.passed) == [true])
        let customer = try registry.trackKind("customer")
        #expect(try customer.validate(TrackValidationRequest(track: ["steps": [["owner": "manager"]]])).map(\.path)
            == ["segment", "steps[0].owner"])
    }

    static let team: JSONValue = ["metadata": ["name": "emea-sales"], "spec": ["seats": 20, "dataResidency": "eu"]]
    static let tools: [JSONValue] = [
        ["metadata": ["name": "eu-crm"], "spec": ["dataResidency": ["us", "EU"], "limits": ["apiCallsPerDay": 100_000]]],
        ["metadata": ["name": "us-crm"], "spec": ["dataResidency": ["us"], "limits": ["apiCallsPerDay": 10_000]]],
        ["metadata": ["name": "no-residency"], "spec": ["dataResidency": [], "limits": [:]]],
        ["metadata": ["name": "bare"], "spec": [:]],
    ]

    @Test func residencyFitInCScoresEachCandidate() throws {
        let criterion = try PluginFixtures.bundledRegistry().criterion("data-residency-fit")
        #expect(try criterion.score(CriterionRequest(team: Self.team, candidates: Self.tools)) == [1, 0.5, 0, 0])
        // params.region overrides the team's region.
        #expect(try criterion.score(CriterionRequest(params: ["region": "us"], team: Self.team, candidates: Self.tools))
            == [1, 1, 0, 0])
        #expect(try criterion.score(CriterionRequest(team: Self.team, candidates: [])) == [])
    }

    @Test func residencyFitReportsOddInputAsErrors() throws {
        let criterion = try PluginFixtures.bundledRegistry().criterion("data-residency-fit")
        let noRegion = try #require(throws: PluginInvocationError.self) {
            try criterion.score(CriterionRequest(team: ["spec": [:]], candidates: Self.tools))
        }
        #expect(noRegion.description.contains("needs a required region"))
        let notObject = try #require(throws: PluginInvocationError.self) {
            try criterion.score(CriterionRequest(team: Self.team, candidates: [1, "two"]))
        }
        #expect(notObject.description.contains("candidates[0] is not an object"))
        let badList = try #require(throws: PluginInvocationError.self) {
            try criterion.score(CriterionRequest(team: Self.team, candidates: [["metadata": ["name": "odd"], "spec": ["dataResidency": 7]]]))
        }
        #expect(badList.description.contains("odd: spec.dataResidency must be a list"))
        // Deep nesting and odd strings are refused or read, never a crash.
        var deep: JSONValue = "eu"
        for _ in 0..<200 { deep = ["x": deep] }
        let tooDeep = try #require(throws: PluginInvocationError.self) {
            // Under a member the criterion reads, so projection keeps it.
            try criterion.score(CriterionRequest(team: Self.team, candidates: [["spec": ["dataResidency": deep]]]))
        }
        #expect(tooDeep.description.contains("nested too deeply"))
        let unicode: JSONValue = ["spec": ["dataResidency": ["eu\u{0}\"\\\u{1F600}", "é"]]]
        #expect(try criterion.score(CriterionRequest(params: ["region": "é"], team: Self.team, candidates: [unicode])) == [1])
    }

    @Test func candidatesAreCutDownToTheFieldsTheCriterionReads() throws {
        let registry = try PluginFixtures.bundledRegistry()
        let fields = try #require(registry.entry(.criterion, "data-residency-fit")?.descriptor.candidateFields)
        #expect(fields.contains("spec.dataResidency"))
        let projection = JSONProjection(paths: fields)
        #expect(projection.apply(to: Self.tools[0])
            == ["metadata": ["name": "eu-crm"], "spec": ["dataResidency": ["us", "EU"]]])
    }

    @Test func apiHeadroomInC() throws {
        let criterion = try PluginFixtures.bundledRegistry().criterion("api-headroom")
        let scores = try criterion.score(CriterionRequest(params: ["callsPerSeatPerDay": 1000], team: Self.team, candidates: Self.tools))
        #expect(scores == [5, 0.5, nil, nil])
        let capped = try criterion.score(CriterionRequest(params: ["callsPerSeatPerDay": 10, "cap": 3], team: Self.team, candidates: Self.tools))
        #expect(capped == [3, 3, nil, nil])
    }

    @Test func anUnknownIdSuggestsTheNearestOne() throws {
        let registry = try PluginFixtures.bundledRegistry()
        let error = try #require(throws: PluginRegistryError.self) { try registry.verifier("quiz-scores") }
        #expect(error.description == "no verifier \"quiz-scores\" is registered; did you mean \"quiz-score\"?")
    }
}
