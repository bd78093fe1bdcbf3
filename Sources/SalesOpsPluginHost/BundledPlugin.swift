/// A plugin built with salesops from `plugins/` and the capabilities it provides, so that a
/// missing capability names the library to build or install instead of blaming the catalog.
package struct BundledPlugin: Sendable, Equatable {
    /// The plugin id, which is also the SwiftPM product name.
    package let id: String
    package let capabilities: [CapabilityType: [String]]

    /// The library `swift build` puts beside the executable.
    package var libraryName: String { "lib\(id).so" }

    /// Every bundled plugin; a test checks this against their manifests.
    package static let all: [BundledPlugin] = [
        BundledPlugin(id: "hire-onboarding", capabilities: [
            .trackKind: ["hire"], .verifier: ["quiz-score", "manager-signoff", "evidence-count"], .exporter: ["crm-tasks-csv"],
        ]),
        BundledPlugin(id: "customer-onboarding", capabilities: [
            .trackKind: ["customer"], .verifier: ["milestone-by-date", "usage-threshold", "customer-signoff"],
        ]),
        BundledPlugin(id: "residency-fit", capabilities: [
            .criterion: ["data-residency-fit", "api-headroom"],
        ]),
        BundledPlugin(id: "partner-onboarding", capabilities: [
            .trackKind: ["partner"],
        ]),
        BundledPlugin(id: "vendor-review", capabilities: [
            .criterion: ["vendor-review"],
        ]),
    ]

    /// The bundled plugin that provides this capability, if one does.
    package static func provider(of type: CapabilityType, _ id: String) -> BundledPlugin? {
        all.first { $0.capabilities[type]?.contains(id) == true }
    }

    /// How to get it onto the plugin path.
    package var installHint: String {
        "run `swift build` in the salesops package to build the bundled plugins, or put \(libraryName) in a plugin folder (--plugins DIR or \(PluginSearchPath.environmentVariable))"
    }

    /// What to tell the user when one of its capabilities is missing.
    package var remedy: String {
        "it comes from the bundled plugin \(id), which is not loaded: \(installHint)"
    }
}
