import FuzzSupport
import SalesOpsBasics
import SalesOpsOnboarding

/// libFuzzer entry: the bytes as a hires CSV file, through the CSV reader and the row import.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHires(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let records = try? CSVReader.records(text) {
        // Records come in file order and a blank line is never a record.
        FuzzInput.require(zip(records, records.dropFirst()).allSatisfy { $0.line < $1.line }, "record lines out of order")
        FuzzInput.require(!records.contains { $0.fields == [""] }, "a blank line became a record")
    }
    switch HireRow.parse(text, knownTracks: ["sdr-30-60-90", "ae-onboarding", "smb-customer"]) {
    case .success(let rows):
        FuzzInput.require(Set(rows.map { "\($0.person.id)\u{0}\($0.track)" }).count == rows.count, "an enrolment imported twice")
    case .failure(let problems):
        FuzzInput.require(!problems.problems.isEmpty, "a failed import names no problem")
    }
    return 0
}

@main enum Fuzzer {
    static func main() { FuzzInput.main(fuzzHires) }
}
