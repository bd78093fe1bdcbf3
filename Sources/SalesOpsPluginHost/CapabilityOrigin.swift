/// Where a registered capability comes from: the host itself or a loaded plugin file.
package enum CapabilityOrigin: Sendable, Hashable, CustomStringConvertible {
    case builtIn
    case plugin(id: String, file: String)

    package var description: String {
        switch self {
        case .builtIn: return "built in"
        case .plugin(let id, let file): return "plugin \(id) (\(file))"
        }
    }
}
