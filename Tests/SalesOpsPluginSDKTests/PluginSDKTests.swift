import Testing
import SalesOpsPluginSDK
@testable import SalesOpsPluginHost

/// The SDK and the host speak the wire format through the same messages; these run an SDK
/// plugin in-process through its real C table and the host's adapter.
@Suite("Plugin SDK")
struct PluginSDKTests {
    struct SeatPrice: CriterionScorer {
        let id = "seat-price"
        func score(_ request: CriterionRequest) throws -> [Double?] {
            let factor = try WireObject(request.params, path: "params").optionalNumber("factor") ?? 1
            return request.candidates.map { $0.value(atPath: "spec.price")?.doubleValue.map { $0 * factor } }
        }
    }

    struct Broken: CriterionScorer {
        let id = "broken"
        func score(_ request: CriterionRequest) throws -> [Double?] {
            if request.params["nan"] != nil { return request.candidates.map { _ in .nan } }
            if request.params["short"] != nil { return [] }
            throw PluginFailure("the price list is out of date")
        }
    }

    struct Markdown: ReportExporter {
        let id = "markdown"
        let traits = ExporterTraits(mediaType: "text/markdown", fileExtension: "md")
        func export(_ request: ExportRequest) throws -> ExportResponse {
            ExportResponse(content: "# \(request.payload["title"]?.stringValue ?? "")\n", mediaType: traits.mediaType)
        }
    }

    static let definition = PluginDefinition(id: "sdk-test", version: "2.0.0", criteria: [SeatPrice(), Broken()],
                                             exporters: [Markdown()])

    /// The host's view of the SDK plugin: manifest read from the C table, calls through invoke.
    static func loaded() throws -> LoadedPlugin {
        let table = try #require(definition.entry(hostABI: SALESOPS_PLUGIN_ABI_VERSION))
        let manifest = try PluginManifest(json: JSONValue(parsing: String(cString: table.pointee.manifest)))
        return LoadedPlugin(file: "in-process", manifest: manifest, table: table,
                            invoke: table.pointee.invoke!, free: table.pointee.free_response!)
    }

    @Test func manifestDescribesEveryCapability() throws {
        let manifest = try Self.loaded().manifest
        #expect(manifest.id == "sdk-test")
        #expect(manifest.abiVersion == 2)
        #expect(manifest.capabilities.map { $0.type.qualifiedName($0.id) } == ["criterion/seat-price", "criterion/broken", "exporter/markdown"])
        #expect(manifest.problems().isEmpty)
    }

    @Test func roundTripThroughTheCTable() throws {
        var registry = PluginRegistry()
        try registry.register(plugin: Self.loaded())
        let scores = try registry.criterion("seat-price").score(CriterionRequest(
            params: ["factor": 12], team: [:],
            candidates: [["spec": ["price": 10]], ["spec": [:]], ["spec": ["price": 2.5]]]))
        #expect(scores == [120, nil, 30])
        let rendered = try registry.exporter("markdown").export(ExportRequest(payload: ["title": "Ranking"]))
        #expect(rendered == ExportResponse(content: "# Ranking\n", mediaType: "text/markdown"))
    }

    @Test func thrownErrorsBecomeABIErrors() throws {
        let reply = Self.definition.handle(capability: "criterion/broken", request: Array(#"{"candidates":[{}]}"#.utf8))
        #expect(reply.code == SALESOPS_PLUGIN_ERROR_FAILED)
        #expect(reply.text == #"{"error":"the price list is out of date"}"#)

        var registry = PluginRegistry()
        try registry.register(plugin: Self.loaded())
        let broken = try registry.criterion("broken")
        let error = try #require(throws: PluginInvocationError.self) {
            try broken.score(CriterionRequest(team: [:], candidates: [[:]]))
        }
        #expect(error.description == "plugin sdk-test (in-process): criterion/broken failed (code 1): the price list is out of date")
        let nan = try #require(throws: PluginInvocationError.self) {
            try broken.score(CriterionRequest(params: ["nan": true], team: [:], candidates: [[:]]))
        }
        #expect(nan.message.contains("non-finite score"))
        let short = try #require(throws: PluginInvocationError.self) {
            try broken.score(CriterionRequest(params: ["short": true], team: [:], candidates: [[:]]))
        }
        #expect(short.message.contains("returned 0 scores for 1 candidates"))
    }

    @Test func badRequestsAndUnknownCapabilitiesGetTheirCodes() {
        let notJSON = Self.definition.handle(capability: "criterion/seat-price", request: Array("{".utf8))
        #expect(notJSON.code == SALESOPS_PLUGIN_ERROR_BAD_REQUEST)
        let wrongShape = Self.definition.handle(capability: "criterion/seat-price", request: Array(#"{"candidates":3}"#.utf8))
        #expect(wrongShape.code == SALESOPS_PLUGIN_ERROR_BAD_REQUEST)
        #expect(wrongShape.text.contains("candidates: expected an array, found a number"))
        let unknown = Self.definition.handle(capability: "verifier/seat-price", request: Array("{}".utf8))
        #expect(unknown.code == SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY)
    }
}
