// swift-tools-version:6.0
// The cookbook's Swift track kind (plugins/README.md, "Recipe: a track kind with its own
// fields, in Swift"): builds libcontractor-onboarding.so against the salesops checkout three
// folders up.
import PackageDescription

let package = Package(
    name: "contractor-onboarding",
    products: [
        // The plugin: a dynamic library salesops loads from a plugin folder.
        .library(name: "contractor-onboarding", type: .dynamic, targets: ["ContractorOnboarding"]),
    ],
    dependencies: [
        // A path dependency is known by its folder's name unless given one: `name: "salesops"`
        // lets `package: "salesops"` below work whatever the checkout's folder is called.
        .package(name: "salesops", path: "../../.."),
    ],
    targets: [
        .target(name: "ContractorOnboarding", dependencies: [.product(name: "SalesOpsPluginSDK", package: "salesops")]),
    ],
    swiftLanguageModes: [.v6]
)
