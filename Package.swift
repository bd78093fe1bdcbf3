// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "salesops",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "salesops", targets: ["salesops"]),
        .executable(name: "salesops-plugin-runner", targets: ["salesops-plugin-runner"]),
        // The Swift plugin SDK, for plugins built in packages of their own (plugins/README.md).
        .library(name: "SalesOpsPluginSDK", targets: ["SalesOpsPluginSDK"]),
        // Bundled plugins: dynamic libraries that land beside the executable (.build/debug/libNAME.so).
        .library(name: "hire-onboarding", type: .dynamic, targets: ["HireOnboardingPlugin"]),
        .library(name: "customer-onboarding", type: .dynamic, targets: ["CustomerOnboardingPlugin"]),
        .library(name: "residency-fit", type: .dynamic, targets: ["ResidencyFitPlugin"]),
        .library(name: "partner-onboarding", type: .dynamic, targets: ["PartnerOnboardingPlugin"]),
        .library(name: "vendor-review", type: .dynamic, targets: ["VendorReviewPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own dependencies, named because the server uses their types directly.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Ed25519 for signing Open Badges credentials (already in the graph through postgres-nio).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
    ],
    // Targets bottom-up, in groups: system libraries, foundations, the plugin boundary, the
    // engines, storage, the application, its faces, bundled plugins, tools, then tests.
    targets: [
        // MARK: System libraries

        // The system libyaml (Debian libyaml-dev), not a vendored copy.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The system SQLite (Debian libsqlite3-dev), not a vendored copy.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),

        // MARK: Foundations, and the decision and schedule maths the catalog decodes into

        // Plain values every layer shares: calendar dates, business calendars, JSON values, suggestions.
        .target(name: "SalesOpsBasics"),
        // YAML through libyaml: node tree with locations, strict Decodable decoder. Knows nothing of sales.
        .target(name: "SalesOpsYAML", dependencies: ["CLibYAML", "SalesOpsBasics"]),
        // Small C routines Swift calls for speed: snprintf for one double (report numbers), and
        // TOPSIS distances for eight weight samples with AVX where the processor has it.
        .target(name: "CSalesOpsKernels"),
        // Multi-criteria decision analysis maths: normalisations, methods, weights, sensitivity. Knows nothing of sales.
        .target(name: "SalesOpsDecision", dependencies: ["CSalesOpsKernels", "SalesOpsBasics"]),
        // Due dates from a start date, a business calendar and offset rules.
        .target(name: "SalesOpsSchedule", dependencies: ["SalesOpsBasics"]),
        // Descriptor kinds, the catalog loader, cross-reference checks, JSON Schema export.
        .target(name: "SalesOpsCatalog", dependencies: ["SalesOpsYAML", "SalesOpsBasics", "SalesOpsDecision", "SalesOpsSchedule"]),

        // MARK: The plugin boundary

        // The plugin C ABI: one header, the contract for plugins in any language.
        .target(name: "CSalesOpsPluginABI"),
        // JSON values, wire messages and capability protocols shared by the host and the plugin SDK.
        .target(name: "SalesOpsPluginWire", dependencies: ["SalesOpsBasics"]),
        // The Swift plugin SDK: conform to the capability protocols, export one entry point.
        .target(name: "SalesOpsPluginSDK", dependencies: ["CSalesOpsPluginABI", "SalesOpsPluginWire"]),
        // The host side: capability registry, plugin loader, lock file, isolation, adapters over the C table.
        .target(
            name: "SalesOpsPluginHost",
            dependencies: ["CSalesOpsPluginABI", "SalesOpsPluginWire", "SalesOpsBasics"]
        ),

        // MARK: Engines (pure: values in, values out)

        // Ranking tools for a team: cost of ownership, knockouts, criteria, explanation, sensitivity.
        .target(
            name: "SalesOpsEvaluation",
            dependencies: ["CSalesOpsKernels", "SalesOpsBasics", "SalesOpsYAML", "SalesOpsCatalog", "SalesOpsDecision", "SalesOpsPluginHost"]
        ),
        // A person's dated checklist and its renderings: Markdown, HTML, CSV, iCalendar, JSON.
        .target(name: "SalesOpsChecklist", dependencies: ["SalesOpsBasics"]),
        // Onboarding state from events: statuses, certifications, rollups, pseudonyms.
        .target(
            name: "SalesOpsOnboarding",
            dependencies: ["SalesOpsBasics", "SalesOpsYAML", "SalesOpsCatalog", "SalesOpsSchedule", "SalesOpsChecklist", "SalesOpsPluginHost"]
        ),

        // xAPI 1.0.3: statements read with their positions and checked, matched to people and
        // steps, and onboarding events written back as statements.
        .target(name: "SalesOpsXAPI", dependencies: ["SalesOpsBasics", "SalesOpsCatalog", "SalesOpsOnboarding"]),

        // The stack audit: subscriptions' spend, seats against usage, renewals, overlaps, savings.
        .target(name: "SalesOpsAudit", dependencies: ["SalesOpsBasics", "SalesOpsCatalog", "SalesOpsEvaluation"]),

        // Open Badges 3.0 credentials: building, JSON canonicalisation, Ed25519 proofs, verification.
        .target(
            name: "SalesOpsBadges",
            dependencies: ["SalesOpsBasics", .product(name: "Crypto", package: "swift-crypto")]
        ),

        // MARK: Storage

        // Where onboarding events live: the store protocol and its SQLite implementation.
        .target(name: "SalesOpsStore", dependencies: ["CSQLite", "SalesOpsOnboarding", "SalesOpsBasics"]),
        // The same store on a PostgreSQL server shared by a team, through postgres-nio.
        .target(
            name: "SalesOpsStorePostgres",
            dependencies: ["SalesOpsStore", "SalesOpsOnboarding", "SalesOpsBasics", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),

        // MARK: The application and its faces

        // The use cases (evaluate, compare, catalog, plugins, the onboarding workspace): typed
        // requests in, typed results and errors out. The CLI and the server call these.
        .target(
            name: "SalesOpsApp",
            dependencies: [
                "SalesOpsBasics", "SalesOpsYAML", "SalesOpsCatalog", "SalesOpsPluginHost", "SalesOpsEvaluation",
                "SalesOpsSchedule", "SalesOpsChecklist", "SalesOpsOnboarding", "SalesOpsStore", "SalesOpsStorePostgres", "SalesOpsAudit",
                "SalesOpsBadges",
                "SalesOpsXAPI",
            ]
        ),
        // Evaluation reports as text tables, Markdown, CSV and HTML with SVG charts.
        .target(name: "SalesOpsEvaluationReports", dependencies: ["SalesOpsBasics", "SalesOpsCatalog", "SalesOpsEvaluation"]),
        // Stack audit reports as text tables, Markdown, CSV, HTML and iCalendar renewals.
        .target(name: "SalesOpsAuditReports", dependencies: ["SalesOpsBasics", "SalesOpsCatalog", "SalesOpsEvaluation", "SalesOpsAudit"]),
        // The HTTP face: a JSON API, server-rendered pages and token sign-in over the application.
        .target(
            name: "SalesOpsServer",
            dependencies: [
                "SalesOpsApp",
                "SalesOpsEvaluationReports",
                "SalesOpsChecklist",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The command line: parse, call the application, render.
        .target(
            name: "SalesOpsCLI",
            dependencies: [
                "SalesOpsApp",
                "SalesOpsServer",
                "SalesOpsEvaluationReports",
                "SalesOpsAuditReports",
                "SalesOpsChecklist",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "salesops", dependencies: ["SalesOpsCLI"]),
        // Runs one isolated plugin in its own process for salesops (beside the salesops executable).
        .executableTarget(name: "salesops-plugin-runner", dependencies: ["SalesOpsPluginHost"]),

        // MARK: Bundled plugins (sources under plugins/)

        .target(name: "HireOnboardingPlugin", dependencies: ["SalesOpsPluginSDK"], path: "plugins/hire-onboarding"),
        .target(name: "CustomerOnboardingPlugin", dependencies: ["SalesOpsPluginSDK"], path: "plugins/customer-onboarding"),
        // A catalog kind of its own (VendorReview) and a criterion that reads it.
        .target(name: "VendorReviewPlugin", dependencies: ["SalesOpsPluginSDK"], path: "plugins/vendor-review"),
        // Written in plain C against the header alone, to keep the ABI honest.
        .target(name: "ResidencyFitPlugin", dependencies: ["CSalesOpsPluginABI"], path: "plugins/residency-fit"),
        // The author's guide's C track kind with its own fields, built as it is printed there.
        .target(name: "PartnerOnboardingPlugin", dependencies: ["CSalesOpsPluginABI"], path: "plugins/partner-onboarding"),

        // MARK: Tools

        // Release-build measurements: `swift run -c release salesops-bench`.
        .executableTarget(
            name: "salesops-bench",
            dependencies: ["SalesOpsBasics", "SalesOpsCatalog", "SalesOpsYAML", "SalesOpsDecision", "SalesOpsPluginHost", "SalesOpsOnboarding", "SalesOpsStore"]
        ),
        // Fuzz targets (scripts/fuzz.sh): libFuzzer entry points when built with -DFUZZING and
        // -sanitize=fuzzer; in a normal build, drivers that replay saved inputs.
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "fuzz-catalog", dependencies: ["FuzzSupport", "SalesOpsCatalog", "SalesOpsYAML"], path: "Fuzz/fuzz-catalog"),
        .executableTarget(name: "fuzz-hires", dependencies: ["FuzzSupport", "SalesOpsBasics", "SalesOpsOnboarding"], path: "Fuzz/fuzz-hires"),
        .executableTarget(
            name: "fuzz-plugin-response",
            dependencies: ["FuzzSupport", "SalesOpsBasics", "SalesOpsPluginWire"],
            path: "Fuzz/fuzz-plugin-response"
        ),

        // MARK: Tests, in the same order: one target per module

        // What the test targets share: running the built executable and capturing what it
        // writes, schema checks, and the evaluation and onboarding fixtures.
        .target(
            name: "SalesOpsTestSupport",
            dependencies: [
                "SalesOpsBasics", "SalesOpsCatalog", "SalesOpsPluginHost", "SalesOpsEvaluation", "SalesOpsOnboarding", "SalesOpsStore",
                "SalesOpsStorePostgres",
            ],
            path: "Tests/SalesOpsTestSupport"
        ),
        // Writes to a store from its own process, for the concurrency tests (Tests/SalesOpsCLITests).
        .executableTarget(name: "store-writer", dependencies: ["SalesOpsApp", "SalesOpsStore"], path: "Tests/StoreWriter"),
        .testTarget(name: "SalesOpsBasicsTests", dependencies: ["SalesOpsBasics"]),
        .testTarget(name: "SalesOpsYAMLTests", dependencies: ["SalesOpsYAML", "SalesOpsBasics"], exclude: ["Fixtures"]),
        .testTarget(name: "SalesOpsDecisionTests", dependencies: ["SalesOpsDecision"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SalesOpsScheduleTests", dependencies: ["SalesOpsSchedule", "SalesOpsBasics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SalesOpsCatalogTests", dependencies: ["SalesOpsCatalog", "SalesOpsYAML", "SalesOpsBasics"], exclude: ["Fixtures"]),
        .testTarget(name: "SalesOpsPluginWireTests", dependencies: ["SalesOpsPluginWire"]),
        .testTarget(name: "SalesOpsPluginSDKTests", dependencies: ["SalesOpsPluginSDK", "SalesOpsPluginHost"]),
        .testTarget(
            name: "SalesOpsPluginHostTests",
            dependencies: ["SalesOpsPluginHost", "SalesOpsPluginSDK", "SalesOpsTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SalesOpsEvaluationTests",
            // The engine's results are checked as the user reads them, worded by the renderers.
            dependencies: ["SalesOpsEvaluation", "SalesOpsEvaluationReports", "SalesOpsCatalog", "SalesOpsPluginHost", "SalesOpsBasics", "SalesOpsTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "SalesOpsChecklistTests", dependencies: ["SalesOpsChecklist", "SalesOpsBasics"]),
        .testTarget(
            name: "SalesOpsOnboardingTests",
            dependencies: ["SalesOpsOnboarding", "SalesOpsPluginHost", "SalesOpsCatalog", "SalesOpsTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SalesOpsXAPITests",
            dependencies: ["SalesOpsXAPI", "SalesOpsOnboarding", "SalesOpsCatalog", "SalesOpsBasics"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SalesOpsAuditTests",
            dependencies: ["SalesOpsAudit", "SalesOpsAuditReports", "SalesOpsCatalog", "SalesOpsEvaluation", "SalesOpsBasics"]
        ),
        .testTarget(name: "SalesOpsBadgesTests", dependencies: ["SalesOpsBadges", "SalesOpsBasics", "SalesOpsTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SalesOpsStoreTests", dependencies: ["SalesOpsStore", "SalesOpsStorePostgres", "SalesOpsOnboarding", "SalesOpsTestSupport"]),
        .testTarget(
            name: "SalesOpsAppTests",
            dependencies: ["SalesOpsApp", "SalesOpsOnboarding", "SalesOpsStore", "SalesOpsBasics"]
        ),
        .testTarget(
            name: "SalesOpsEvaluationReportsTests",
            dependencies: ["SalesOpsEvaluationReports", "SalesOpsEvaluation", "SalesOpsCatalog", "SalesOpsTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SalesOpsServerTests",
            dependencies: [
                "SalesOpsServer", "SalesOpsApp", "SalesOpsCLI", "SalesOpsStore", "SalesOpsTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "SalesOpsCLITests",
            dependencies: ["SalesOpsCLI", "SalesOpsPluginHost", "SalesOpsStore", "SalesOpsStorePostgres", "SalesOpsTestSupport"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
