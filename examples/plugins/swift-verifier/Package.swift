// swift-tools-version:6.0
import PackageDescription

// A salesops verifier plugin in a package of its own. Put this folder beside your salesops
// checkout (a folder named `salesops`), or change the path below.
let package = Package(
    name: "call-review",
    products: [
        // A dynamic library is the file salesops loads: .build/debug/libcall-review.so.
        .library(name: "call-review", type: .dynamic, targets: ["CallReview"]),
    ],
    dependencies: [
        // A path dependency is named after its folder: `package:` below is "salesops" because
        // the folder is. A checkout in a folder named salesops-main would need "salesops-main".
        .package(path: "../salesops"),
    ],
    targets: [
        .target(name: "CallReview", dependencies: [.product(name: "SalesOpsPluginSDK", package: "salesops")]),
    ]
)
