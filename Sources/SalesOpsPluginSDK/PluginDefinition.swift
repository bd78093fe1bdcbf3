#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plugin built with the SDK: its identity and its capabilities. It builds the C table,
/// decodes requests, encodes responses and turns thrown errors into ABI errors.
///
/// Keep one in a global and export the entry point:
///
/// ```swift
/// let plugin = PluginDefinition(id: "hire-onboarding", version: "1.0.0",
///                               trackKinds: [HireTrack()], verifiers: [QuizScore()])
///
/// @_cdecl("salesops_plugin_entry")
/// public func salesopsPluginEntry(_ hostABI: UInt32) -> UnsafePointer<salesops_plugin_table>? {
///     plugin.entry(hostABI: hostABI)
/// }
/// ```
public final class PluginDefinition: @unchecked Sendable {
    // @unchecked: the table and manifest text are written once in init and only read after.

    /// The manifest the host reads from the table.
    public let manifest: PluginManifest
    private let handlers: [String: @Sendable (JSONValue) throws -> JSONValue]
    private let table: UnsafeMutablePointer<salesops_plugin_table>

    public init(id: String, version: String, summary: String = "",
                criteria: [any CriterionScorer] = [], verifiers: [any CertificationVerifier] = [],
                trackKinds: [any TrackKind] = [], exporters: [any ReportExporter] = [],
                catalogKinds: [CatalogKindDescriptor] = []) {
        var descriptors: [CapabilityDescriptor] = []
        var handlers: [String: @Sendable (JSONValue) throws -> JSONValue] = [:]
        // A capability listed twice keeps its first handler; the host refuses the manifest
        // anyway ("listed twice"), so the author sees the mistake on first load.
        func add(_ descriptor: CapabilityDescriptor, _ handler: @escaping @Sendable (JSONValue) throws -> JSONValue) {
            descriptors.append(descriptor)
            let name = descriptor.type.qualifiedName(descriptor.id)
            if handlers[name] == nil { handlers[name] = handler }
        }
        for scorer in criteria {
            add(scorer.descriptor) { json in try PluginDefinition.score(scorer, json) }
        }
        for verifier in verifiers {
            add(verifier.descriptor) { json in try PluginDefinition.verify(verifier, json) }
        }
        for kind in trackKinds {
            add(kind.descriptor) { json in
                TrackValidationResponse(problems: try kind.validate(TrackValidationRequest(json: json))).json
            }
        }
        for exporter in exporters {
            add(exporter.descriptor) { json in try exporter.export(ExportRequest(json: json)).json }
        }
        manifest = PluginManifest(id: id, version: version, abiVersion: Int(SALESOPS_PLUGIN_ABI_VERSION),
                                  summary: summary, capabilities: descriptors, catalogKinds: catalogKinds)
        self.handlers = handlers

        let manifestBytes = manifest.json.serialized(sortedKeys: true)
        let manifestText = UnsafeMutablePointer<CChar>.allocate(capacity: manifestBytes.count + 1)
        manifestBytes.withUnsafeBufferPointer { bytes in
            UnsafeMutableRawPointer(manifestText).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        }
        manifestText[manifestBytes.count] = 0
        table = UnsafeMutablePointer<salesops_plugin_table>.allocate(capacity: 1)
        table.initialize(to: salesops_plugin_table(
            abi_version: SALESOPS_PLUGIN_ABI_VERSION,
            manifest: UnsafePointer(manifestText),
            ctx: nil,
            invoke: { ctx, capability, request, length, response, responseLength in
                PluginDefinition.invoke(ctx, capability, request, length, response, responseLength)
            },
            free_response: { _, response, _ in free(response) }
        ))
        // The host never unloads a plugin, so the table keeps the definition alive for good.
        table.pointee.ctx = Unmanaged.passRetained(self).toOpaque()
    }

    /// The value for `salesops_plugin_entry` to return. The table always carries this SDK's
    /// ABI version; the host compares it with its own and names a mismatch.
    public func entry(hostABI: UInt32) -> UnsafePointer<salesops_plugin_table>? {
        UnsafePointer(table)
    }

    /// Runs one capability on one request, exactly as `invoke` does, without the C plumbing.
    public func handle(capability: String, request: some Collection<UInt8>) -> PluginReply {
        guard let handler = handlers[capability] else {
            let known = handlers.keys.sorted().joined(separator: ", ")
            return .failure(SALESOPS_PLUGIN_ERROR_UNKNOWN_CAPABILITY,
                            "plugin \(manifest.id) has no capability \"\(capability)\"; it provides \(known)")
        }
        let json: JSONValue
        do {
            json = try JSONValue(parsing: request)
        } catch {
            return .failure(SALESOPS_PLUGIN_ERROR_BAD_REQUEST, "request is not JSON: \(error)")
        }
        do {
            return .success(try handler(json))
        } catch let error as WireFormatError {
            return .failure(SALESOPS_PLUGIN_ERROR_BAD_REQUEST, "bad request: \(error)")
        } catch {
            return .failure(SALESOPS_PLUGIN_ERROR_FAILED, String(describing: error))
        }
    }

    private static func score(_ scorer: any CriterionScorer, _ json: JSONValue) throws -> JSONValue {
        let request = try CriterionRequest(json: json)
        let scores = try scorer.score(request)
        // Check here too, so the author reads the mistake in the plugin's own words.
        guard scores.count == request.candidates.count else {
            throw PluginFailure("criterion \(scorer.id) returned \(scores.count) scores for \(request.candidates.count) candidates")
        }
        if let index = scores.firstIndex(where: { $0.map { !$0.isFinite } ?? false }) {
            throw PluginFailure("criterion \(scorer.id) returned a non-finite score (\(scores[index]!)) for candidate \(index)")
        }
        return CriterionResponse(scores: scores).json
    }

    private static func verify(_ verifier: any CertificationVerifier, _ json: JSONValue) throws -> JSONValue {
        let request = try VerificationRequest(json: json)
        let results = try verifier.verify(request)
        guard results.count == request.attempts.count else {
            throw PluginFailure("verifier \(verifier.id) returned \(results.count) results for \(request.attempts.count) attempts")
        }
        return VerificationResponse(results: results).json
    }

    private static func invoke(
        _ ctx: UnsafeMutableRawPointer?, _ capability: UnsafePointer<CChar>?, _ request: UnsafePointer<CChar>?,
        _ length: Int, _ response: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ responseLength: UnsafeMutablePointer<Int>?
    ) -> Int32 {
        guard let ctx, let response, let responseLength else { return SALESOPS_PLUGIN_ERROR_BAD_REQUEST }
        let plugin = Unmanaged<PluginDefinition>.fromOpaque(ctx).takeUnretainedValue()
        let reply: PluginReply
        if let capability {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(request)?.assumingMemoryBound(to: UInt8.self),
                                            count: request == nil ? 0 : length)
            reply = plugin.handle(capability: String(cString: capability), request: bytes)
        } else {
            reply = .failure(SALESOPS_PLUGIN_ERROR_BAD_REQUEST, "no capability name given")
        }
        guard let buffer = malloc(max(reply.body.count, 1))?.assumingMemoryBound(to: CChar.self) else {
            response.pointee = nil
            responseLength.pointee = 0
            return SALESOPS_PLUGIN_ERROR_FAILED
        }
        reply.body.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { UnsafeMutableRawPointer(buffer).copyMemory(from: base, byteCount: bytes.count) }
        }
        response.pointee = buffer
        responseLength.pointee = reply.body.count
        return reply.code
    }
}
