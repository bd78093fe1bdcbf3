// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "salesops",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "salesops", targets: ["salesops"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system libyaml (Debian libyaml-dev), not a vendored copy.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Plain values every layer shares: calendar dates, business calendars, suggestions.
        .target(name: "SalesOpsBasics"),
        // YAML through libyaml: node tree with locations, strict Decodable decoder. Knows nothing of sales.
        .target(name: "SalesOpsYAML", dependencies: ["CLibYAML", "SalesOpsBasics"]),
        // Descriptor kinds, the catalog loader, cross-reference checks, JSON Schema export.
        .target(name: "SalesOpsCatalog", dependencies: ["SalesOpsYAML", "SalesOpsBasics"]),
        // The command line: a thin shell over the engines.
        .target(
            name: "SalesOpsCLI",
            dependencies: [
                "SalesOpsCatalog",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "salesops", dependencies: ["SalesOpsCLI"]),
        // Release-build measurements: `swift run -c release salesops-bench`.
        .executableTarget(name: "salesops-bench", dependencies: ["SalesOpsCatalog", "SalesOpsYAML"]),
        // Due dates from a start date, a business calendar and offset rules. Pure: values in, values out.
        .target(name: "SalesOpsSchedule", dependencies: ["SalesOpsBasics"]),
        // A person's dated checklist and its renderings: Markdown, HTML, CSV, iCalendar, JSON.
        .target(name: "SalesOpsChecklist", dependencies: ["SalesOpsBasics"]),
        .testTarget(
            name: "SalesOpsScheduleTests",
            dependencies: ["SalesOpsSchedule", "SalesOpsBasics"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SalesOpsChecklistTests", dependencies: ["SalesOpsChecklist", "SalesOpsBasics"]),
        .testTarget(name: "SalesOpsYAMLTests", dependencies: ["SalesOpsYAML", "SalesOpsBasics"], exclude: ["Fixtures"]),
        .testTarget(name: "SalesOpsCatalogTests", dependencies: ["SalesOpsCatalog", "SalesOpsYAML", "SalesOpsBasics"], exclude: ["Fixtures"]),
        // Multi-criteria decision analysis maths: normalisations, methods, weights, sensitivity. Knows nothing of sales.
        .target(name: "SalesOpsDecision"),
        .testTarget(
            name: "SalesOpsDecisionTests",
            dependencies: ["SalesOpsDecision"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
