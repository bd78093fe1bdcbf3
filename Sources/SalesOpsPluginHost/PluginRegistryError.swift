import SalesOpsBasics

/// A registry lookup or registration that cannot be done.
package enum PluginRegistryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No capability of that type has that id; `known` lists the ids that do exist.
    case unknownCapability(type: CapabilityType, id: String, known: [String])
    /// Two sources claim the same capability id.
    case duplicateCapability(type: CapabilityType, id: String, existing: CapabilityOrigin, new: CapabilityOrigin)
    /// Two plugin files declare the same plugin id.
    case duplicatePlugin(id: String, existingFile: String, newFile: String)
    /// Two sources define the same catalog kind.
    case duplicateCatalogKind(kind: String, existing: CapabilityOrigin, new: CapabilityOrigin)

    package var description: String {
        switch self {
        case .unknownCapability(let type, let id, let known):
            var message = "no \(type) \"\(id)\" is registered"
            if let bundled = BundledPlugin.provider(of: type, id) {
                message += "; \(bundled.remedy)"
            } else if let suggestion = Suggestion.nearest(to: id, in: known) {
                message += "; did you mean \"\(suggestion)\"?"
            } else if known.isEmpty {
                message += "; no \(type) capabilities are loaded (check the plugin folders with `salesops plugins list`)"
            } else {
                message += "; known: \(known.joined(separator: ", "))"
            }
            return message
        case .duplicateCapability(let type, let id, let existing, let new):
            return "\(type) \"\(id)\" is provided twice: by \(existing) and by \(new); remove one of them from the plugin path"
        case .duplicateCatalogKind(let kind, let existing, let new):
            return "catalog kind \(kind) is defined twice: by \(existing) and by \(new); remove one of them from the plugin path"
        case .duplicatePlugin(let id, let existingFile, let newFile):
            return "plugin \"\(id)\" is loaded twice: from \(existingFile) and from \(newFile); remove one of them from the plugin path"
        }
    }
}
