import Foundation
import SalesOpsBasics

/// Who issues the credentials: the issuer profile every credential carries. `id` is an
/// HTTP(S) URL the organisation controls; proofs name their key as `id#KEY-ID`.
package struct BadgeIssuer: Sendable, Hashable {
    package var id: String
    package var name: String

    /// `name` defaults to the host of `id`'s URL.
    package init(id: String, name: String? = nil) {
        self.id = id
        self.name = name ?? URL(string: id)?.host ?? id
    }

    /// Why `id` cannot be an issuer id, or nil when it can.
    package static func problem(id: String) -> String? {
        let lower = id.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !id.contains("#"), !id.contains(where: { $0 == " " || $0.isNewline }), id.count > 8 else {
            return "\"\(id)\" is not an issuer URL; give the organisation's address, e.g. https://example.com/badges (no # or spaces)"
        }
        return nil
    }

    var profile: JSONValue {
        .object(["id": .string(id), "type": .array([.string("Profile")]), "name": .string(name), "url": .string(id)])
    }
}
