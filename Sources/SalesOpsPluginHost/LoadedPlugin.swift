import CSalesOpsPluginABI
import SalesOpsPluginWire

/// A plugin library that passed every load check: its file, its manifest and its C table.
///
/// Its capabilities reach the registry as adapters that forward JSON through `invoke`.
package final class LoadedPlugin: @unchecked Sendable {
    // @unchecked: an in-process table is immutable and lives as long as the process (never
    // dlclose'd), and the ABI requires invoke to be reentrant; an isolated plugin's process
    // serialises its calls behind its own lock.

    /// Where the plugin's code runs, and how to reach it.
    private enum Backend {
        case inProcess(UnsafePointer<salesops_plugin_table>, salesops_plugin_invoke_fn, salesops_plugin_free_response_fn)
        case process(IsolatedPluginProcess)
    }

    /// The library's path as found on the search path.
    package let file: String
    package let manifest: PluginManifest
    private let backend: Backend

    init(file: String, manifest: PluginManifest, table: UnsafePointer<salesops_plugin_table>,
         invoke: salesops_plugin_invoke_fn, free: salesops_plugin_free_response_fn) {
        self.file = file
        self.manifest = manifest
        backend = .inProcess(table, invoke, free)
    }

    init(file: String, manifest: PluginManifest, process: IsolatedPluginProcess) {
        self.file = file
        self.manifest = manifest
        backend = .process(process)
    }

    /// Whether the plugin runs in salesops or in a helper process.
    package var isolation: PluginIsolation {
        if case .process = backend { return .process }
        return .inProcess
    }

    package var id: String { manifest.id }

    /// The largest response the host reads from any plugin: 64 MiB. A plugin may promise less
    /// with its manifest's `maxResponseBytes`.
    package static let responseSizeLimit = 64 << 20

    /// The largest response this plugin may give: its own `maxResponseBytes`, within the host's limit.
    package var maxResponseBytes: Int {
        min(manifest.maxResponseBytes ?? LoadedPlugin.responseSizeLimit, LoadedPlugin.responseSizeLimit)
    }

    /// Sends one request to one capability and returns the response JSON. A non-zero code,
    /// a missing or non-JSON response becomes a `PluginInvocationError`, never a crash.
    package func invoke(_ type: CapabilityType, _ capabilityID: String, request: JSONValue) throws(PluginInvocationError) -> JSONValue {
        try request.withSerializedBytes { bytes throws(PluginInvocationError) in
            try invoke(type.qualifiedName(capabilityID), requestBytes: bytes)
        }
    }

    /// Sends request bytes that are followed by a NUL byte (the writer's buffers are).
    func invoke(_ capability: String, requestBytes: UnsafeBufferPointer<UInt8>) throws(PluginInvocationError) -> JSONValue {
        switch backend {
        case let .inProcess(table, invokeFunction, freeFunction):
            var response: UnsafeMutablePointer<CChar>?
            var responseLength = 0
            let code = requestBytes.withMemoryRebound(to: CChar.self) { text in
                invokeFunction(table.pointee.ctx, capability, text.baseAddress, text.count, &response, &responseLength)
            }
            defer {
                if let response { freeFunction(table.pointee.ctx, response, responseLength) }
            }
            guard let response else { throw noResponse(capability, code) }
            // Checked before a byte is read: a length past what the plugin promised (or the host's
            // limit) is a bug or an attack, and parsing it could exhaust memory or read past the buffer.
            guard responseLength <= maxResponseBytes else { throw oversized(capability, code, responseLength) }
            let body = UnsafeBufferPointer(start: UnsafeRawPointer(response).assumingMemoryBound(to: UInt8.self), count: responseLength)
            return try interpret(capability, code, body)
        case .process(let process):
            switch process.call(capability, request: requestBytes, maxResponseBytes: maxResponseBytes) {
            case .failed(let message):
                throw PluginInvocationError(plugin: manifest.id, file: file, capability: capability, code: nil,
                                            message: message, processFailed: true)
            case .oversized(let length):
                throw oversized(capability, nil, length)
            case .response(let code, nil):
                throw noResponse(capability, code)
            case .response(let code, let body?):
                return try body.withUnsafeBufferPointer { buffer throws(PluginInvocationError) in
                    try interpret(capability, code, buffer)
                }
            }
        }
    }

    private func noResponse(_ capability: String, _ code: Int32) -> PluginInvocationError {
        failure(capability, code == 0 ? nil : code, "no response body (the ABI requires JSON, or {\"error\": ...} with a non-zero code)")
    }

    private func oversized(_ capability: String, _ code: Int32?, _ length: Int) -> PluginInvocationError {
        let bound = maxResponseBytes < LoadedPlugin.responseSizeLimit
            ? "its manifest's maxResponseBytes (\(maxResponseBytes))"
            : "the host's limit of \(LoadedPlugin.responseSizeLimit) bytes (64 MiB)"
        return failure(capability, code == 0 ? nil : code, "response of \(length) bytes is longer than \(bound); refused unread")
    }

    /// A response body as JSON, or the plugin's `{"error": …}` for a non-zero code.
    private func interpret(_ capability: String, _ code: Int32, _ body: UnsafeBufferPointer<UInt8>) throws(PluginInvocationError) -> JSONValue {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: body)
        } catch {
            let preview = String(decoding: body.prefix(80), as: UTF8.self)
            throw failure(capability, code == 0 ? nil : code, "response is not JSON (\(error)): \(preview)")
        }
        guard code == 0 else {
            let message = value["error"]?.stringValue ?? "no {\"error\": ...} body: \(value.jsonText.prefix(80))"
            throw failure(capability, code, message)
        }
        return value
    }

    /// Invokes a capability and decodes the response as `Response`.
    func call<Response: WireMessage>(_ type: CapabilityType, _ capabilityID: String, request: JSONValue,
                                     as response: Response.Type) throws(PluginInvocationError) -> Response {
        try decode(invoke(type, capabilityID, request: request), type, capabilityID, as: response)
    }

    /// Decodes a response as `Response`; a shape mismatch names this plugin and the capability.
    func decode<Response: WireMessage>(_ value: JSONValue, _ type: CapabilityType, _ capabilityID: String,
                                       as response: Response.Type) throws(PluginInvocationError) -> Response {
        do {
            return try Response(json: value)
        } catch {
            throw failure(type.qualifiedName(capabilityID), nil, error.description)
        }
    }

    /// An invocation error naming this plugin.
    func failure(_ capability: String, _ code: Int32?, _ message: String) -> PluginInvocationError {
        PluginInvocationError(plugin: manifest.id, file: file, capability: capability, code: code, message: message)
    }
}
