// swift-tools-version:6.0
import PackageDescription

// The cookbook's Swift verifier (plugins/README.md, "Recipe: a verifier that reads evidence
// items, in Swift"): builds libcall-review.so against the salesops checkout three folders up.
let package = Package(
    name: "call-review",
    products: [
        // A dynamic library is the file salesops loads: .build/debug/libcall-review.so.
        .library(name: "call-review", type: .dynamic, targets: ["CallReview"]),
    ],
    dependencies: [
        // A path dependency is known by its folder's name unless given one: `name: "salesops"`
        // lets `package: "salesops"` below work whatever the checkout's folder is called.
        .package(name: "salesops", path: "../../.."),
    ],
    targets: [
        .target(name: "CallReview", dependencies: [.product(name: "SalesOpsPluginSDK", package: "salesops")]),
    ]
)
