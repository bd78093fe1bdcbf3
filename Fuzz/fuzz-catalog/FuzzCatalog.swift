import Foundation
import FuzzSupport
import SalesOpsCatalog
import SalesOpsYAML

/// One file per process, rewritten for each input: the loader reads catalog files by path, and
/// going through it whole (read, libyaml, every kind's decoder, cross-references) is the point.
let scratchFile: String = {
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return "\(folder)/salesops-fuzz-catalog-\(getpid()).yaml"
}()

/// Capability ids the reference checks accept, so documents that use them get past that check.
let capabilities = KnownCapabilities(
    criteria: ["total-cost", "budget-fit", "feature-coverage", "integration-fit", "compliance", "adoption-risk", "data-residency-fit"],
    verifiers: ["quiz-score", "manager-signoff", "evidence-count", "customer-signoff", "usage-threshold", "milestone-by-date"],
    trackKinds: ["hire", "customer"])

/// libFuzzer entry: the bytes as one catalog file, loaded the way `salesops` loads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard FileManager.default.createFile(atPath: scratchFile, contents: bytes) else {
        FuzzInput.require(false, "cannot write \(scratchFile)")
        return 0
    }
    let result = CatalogLoader(capabilities: capabilities).load(files: [scratchFile])
    // Every error points into the file it came from, at a real position.
    for error in result.errors {
        FuzzInput.require(error.file == scratchFile && error.line >= 1 && error.column >= 1, "error without a position: \(error)")
    }
    return 0
}

@main enum Fuzzer {
    static func main() { FuzzInput.main(fuzzCatalog) }
}
