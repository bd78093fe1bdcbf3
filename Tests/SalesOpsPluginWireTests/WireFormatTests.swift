import Foundation
import Testing
import SalesOpsPluginWire

@Suite("Wire format")
struct WireFormatTests {
    @Test func jsonRoundTrips() throws {
        let text = #"{"a":[1,-2.5,1e-05,true,false,null],"b":"tab\tquote\"slash\\é😀","c":{}}"#
        let value = try JSONValue(parsing: text)
        #expect(value["b"]?.stringValue == "tab\tquote\"slash\\é😀")
        #expect(value["a"]?.arrayValue?[2].doubleValue == 0.00001)
        #expect(try JSONValue(parsing: value.jsonText) == value)
        #expect(try JSONValue(parsing: value.prettyText) == value)
        #expect(try JSONValue(parsing: #""\ud83d\ude00\u00e9""#) == "😀é")
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "NaN", "1e999", "\"\\ud800\"", "01x", "[1] 2", "\"\u{1}\"", "tru"])
    func invalidJSONIsAnErrorNotACrash(text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: [0x22, 0xFF, 0x22]) }
    }

    /// The documented shapes, written as a plugin in any language would write them.
    @Test func documentedShapesDecode() throws {
        let attempts = try VerificationRequest(jsonBytes: Array(#"""
            {"params": {"passMark": 0.8}, "attempts": [{"person": "ana", "step": "quiz", "date": "2026-03-02",
             "attemptNumber": 2, "due": "2026-03-13", "score": 0.85, "evidenceCount": 3, "value": 12, "signedOffBy": "lee"}]}
            """#.utf8))
        #expect(attempts.attempts == [CertificationAttempt(person: "ana", step: "quiz", attemptNumber: 2, date: "2026-03-02",
                                                           due: "2026-03-13", score: 0.85, evidenceCount: 3, value: 12, signedOffBy: "lee")])
        #expect(try CriterionResponse(jsonBytes: Array(#"{"scores": [1, null, 0.5]}"#.utf8)).scores == [1, nil, 0.5])
        #expect(try VerificationResponse(jsonBytes: Array(#"{"results": [{"passed": false, "reason": "late"}]}"#.utf8)).results == [.fail("late")])
        #expect(try TrackValidationResponse(jsonBytes: Array(#"{"problems": [{"path": "role", "message": "missing"}]}"#.utf8)).problems
            == [TrackProblem(path: "role", message: "missing")])
        let error = try #require(throws: WireFormatError.self) {
            try VerificationResponse(jsonBytes: Array(#"{"results": [{"passed": "yes"}]}"#.utf8))
        }
        #expect(error.description == "results[0].passed: expected true or false, found a string")
    }

    /// An exporter names the documents it renders; a version-1 manifest without `serves`
    /// renders evaluations and checklists, and a version-1 request without `document` is an evaluation.
    @Test func exportersSayWhatTheyRender() throws {
        #expect(try ExporterTraits(json: ["mediaType": "text/csv", "fileExtension": "csv", "serves": ["checklist", "status"]]).serves
            == [.checklist, .status])
        #expect(try ExporterTraits(json: ["mediaType": "text/csv", "fileExtension": "csv", "serves": ["status-anonymized"]]).serves
            == [.statusAnonymized])
        #expect(try ExporterTraits(json: ["mediaType": "text/csv", "fileExtension": "csv"]).serves == [.evaluation, .checklist])
        let error = try #require(throws: WireFormatError.self) {
            try ExporterTraits(json: ["mediaType": "text/csv", "fileExtension": "csv", "serves": ["invoice"]])
        }
        #expect(error.description == "serves[0]: expected one of evaluation, checklist, status, audit, status-anonymized")
        #expect(try ExportRequest(json: ["payload": ["title": "Ranking"]]).document == .evaluation)
        let request = ExportRequest(document: .audit, payload: ["currency": "USD"])
        #expect(try ExportRequest(json: request.json) == request)
    }

    @Test func messagesAreCodableThroughTheSameShape() throws {
        let request = CriterionRequest(params: ["x": 1], team: ["seats": 3], candidates: [["name": "a"]])
        let encoded = try JSONEncoder().encode(request)
        #expect(try JSONValue(parsing: Array(encoded)) == request.json)
        #expect(try JSONDecoder().decode(CriterionRequest.self, from: encoded) == request)
    }

    @Test func manifestProblemsAreListed() throws {
        let manifest = PluginManifest(id: "Bad Id", version: "", abiVersion: 1, capabilities: [
            CapabilityDescriptor(type: .criterion, id: "x"), CapabilityDescriptor(type: .criterion, id: "x"),
        ])
        #expect(manifest.problems().map(\.path) == ["id", "version", "capabilities[1]"])
    }

    /// A track kind's field schema, a manifest's catalog kinds, a criterion's `reads` and a
    /// request's `documents` are optional members: a version-1 manifest or request without them
    /// reads as before, and one with them round-trips.
    @Test func catalogKindsFieldsAndDocumentsAreOptionalMembers() throws {
        let plain = try PluginManifest(jsonBytes: Array(#"""
            {"id": "p", "version": "1", "abiVersion": 1, "capabilities": [{"type": "trackKind", "id": "partner",
             "trackKind": {"owners": ["partner"]}}, {"type": "criterion", "id": "c"}]}
            """#.utf8))
        #expect(plain.catalogKinds.isEmpty)
        #expect(plain.capabilities[0].trackKind?.fields == nil)
        #expect(plain.capabilities[1].reads.isEmpty)
        #expect(plain.json["catalogKinds"] == nil)

        let full = PluginManifest(id: "p", version: "1", abiVersion: 1, capabilities: [
            CapabilityDescriptor(type: .trackKind, id: "partner", trackKind: TrackKindTraits(owners: ["partner"], fields: ["type": "object"])),
            CapabilityDescriptor(type: .criterion, id: "c", reads: ["VendorReview"]),
        ], catalogKinds: [CatalogKindDescriptor(kind: "VendorReview", summary: "A review.", spec: ["required": ["tool"]])])
        #expect(try PluginManifest(json: full.json) == full)
        #expect(full.problems().isEmpty)

        let request = CriterionRequest(team: [:], candidates: [["name": "a"]], documents: ["VendorReview": [["spec": ["tool": "a"]]]])
        #expect(try CriterionRequest(json: request.json) == request)
        #expect(try CriterionRequest(json: ["candidates": []]).documents.isEmpty)
    }

    @Test func catalogKindProblemsAreListed() throws {
        let manifest = PluginManifest(id: "p", version: "1", abiVersion: 1, capabilities: [], catalogKinds: [
            CatalogKindDescriptor(kind: "vendorReview"), CatalogKindDescriptor(kind: "Review"), CatalogKindDescriptor(kind: "Review"),
        ])
        #expect(manifest.problems().map(\.description) == [
            "catalogKinds[0].kind: \"vendorReview\" is not a valid kind name; use an upper-case letter, then letters and digits (VendorReview)",
            "catalogKinds[2]: catalog kind \"Review\" is listed twice",
        ])
        let empty = PluginManifest(id: "p", version: "1", abiVersion: 1, capabilities: [])
        #expect(empty.problems().map(\.description) == ["capabilities: a plugin must provide at least one capability or catalog kind"])
    }
}
