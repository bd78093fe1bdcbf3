/// What a plugin says about itself: the table's `manifest` JSON.
///
/// Wire shape: `{"id": "hire-onboarding", "version": "1.0.0", "abiVersion": 1,
/// "summary": "...", "capabilities": [CapabilityDescriptor, ...]}`, and optionally
/// `"catalogKinds": [CatalogKindDescriptor, ...]`, the catalog kinds the plugin adds.
public struct PluginManifest: WireMessage, Hashable {
    /// The plugin's id: lowercase letters and digits separated by `-`, `_` or `.`.
    public var id: String
    public var version: String
    public var abiVersion: Int
    public var summary: String
    public var capabilities: [CapabilityDescriptor]
    /// The longest response, in bytes, the plugin promises to give; the host refuses a longer
    /// one unread. Nil: the host's own limit applies.
    public var maxResponseBytes: Int?
    /// Catalog kinds the plugin adds, each with the JSON Schema of its documents' `spec`.
    public var catalogKinds: [CatalogKindDescriptor]

    public init(id: String, version: String, abiVersion: Int, summary: String = "", capabilities: [CapabilityDescriptor],
                maxResponseBytes: Int? = nil, catalogKinds: [CatalogKindDescriptor] = []) {
        self.id = id
        self.version = version
        self.abiVersion = abiVersion
        self.summary = summary
        self.capabilities = capabilities
        self.maxResponseBytes = maxResponseBytes
        self.catalogKinds = catalogKinds
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        id = try object.string("id")
        version = try object.string("version")
        abiVersion = try object.integer("abiVersion")
        summary = try object.optionalString("summary") ?? ""
        var capabilities: [CapabilityDescriptor] = []
        for (index, element) in try object.array("capabilities").enumerated() {
            capabilities.append(try CapabilityDescriptor(json: element, path: "capabilities[\(index)]"))
        }
        self.capabilities = capabilities
        maxResponseBytes = try object.optionalInteger("maxResponseBytes")
        var catalogKinds: [CatalogKindDescriptor] = []
        if object.members["catalogKinds"] != nil {
            for (index, element) in try object.array("catalogKinds").enumerated() {
                catalogKinds.append(try CatalogKindDescriptor(json: element, path: "catalogKinds[\(index)]"))
            }
        }
        self.catalogKinds = catalogKinds
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(id), "version": .string(version), "abiVersion": .number(Double(abiVersion)),
            "summary": .string(summary), "capabilities": .array(capabilities.map(\.json)),
        ]
        if let maxResponseBytes { members["maxResponseBytes"] = .number(Double(maxResponseBytes)) }
        if !catalogKinds.isEmpty { members["catalogKinds"] = .array(catalogKinds.map(\.json)) }
        return .object(members)
    }

    /// Everything well-typed but still wrong: bad ids, an empty version, a capability listed twice.
    public func problems() -> [WireFormatError] {
        var problems: [WireFormatError] = []
        if !PluginManifest.isValidIdentifier(id) {
            problems.append(WireFormatError(path: "id", message: "\"\(id)\" is not a valid id; use lowercase letters and digits separated by -, _ or ."))
        }
        if version.isEmpty {
            problems.append(WireFormatError(path: "version", message: "must not be empty"))
        }
        if capabilities.isEmpty && catalogKinds.isEmpty {
            problems.append(WireFormatError(path: "capabilities", message: "a plugin must provide at least one capability or catalog kind"))
        }
        if let maxResponseBytes, maxResponseBytes < 1 {
            problems.append(WireFormatError(path: "maxResponseBytes", message: "must be at least 1, found \(maxResponseBytes)"))
        }
        var seen: Set<String> = []
        for (index, capability) in capabilities.enumerated() {
            if !PluginManifest.isValidIdentifier(capability.id) {
                problems.append(WireFormatError(path: "capabilities[\(index)].id",
                                                message: "\"\(capability.id)\" is not a valid id; use lowercase letters and digits separated by -, _ or ."))
            }
            if !seen.insert(capability.type.qualifiedName(capability.id)).inserted {
                problems.append(WireFormatError(path: "capabilities[\(index)]",
                                                message: "\(capability.type) \"\(capability.id)\" is listed twice"))
            }
        }
        var kinds: Set<String> = []
        for (index, kind) in catalogKinds.enumerated() {
            if !CatalogKindDescriptor.isValidKindName(kind.kind) {
                problems.append(WireFormatError(path: "catalogKinds[\(index)].kind",
                                                message: "\"\(kind.kind)\" is not a valid kind name; use an upper-case letter, then letters and digits (VendorReview)"))
            }
            if !kinds.insert(kind.kind).inserted {
                problems.append(WireFormatError(path: "catalogKinds[\(index)]", message: "catalog kind \"\(kind.kind)\" is listed twice"))
            }
        }
        return problems
    }

    /// The catalog's rule for names (`Identifier`).
    public static func isValidIdentifier(_ text: String) -> Bool {
        Identifier.isValid(text)
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
