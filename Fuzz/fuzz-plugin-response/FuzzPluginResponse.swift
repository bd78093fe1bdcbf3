import FuzzSupport
import SalesOpsBasics
import SalesOpsPluginWire

/// libFuzzer entry: the bytes as a plugin's response (or manifest, or a host request as the
/// SDK reads it), through the JSON reader straight from the buffer, as at the C boundary.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPluginResponse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let value = try? JSONValue(parsing: UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    // What the writer prints, the reader reads back as the same value.
    let reparsed = try? JSONValue(parsing: value.jsonText)
    FuzzInput.require(reparsed == value, "JSON does not round-trip: \(value.jsonText.prefix(200))")
    roundTrip(PluginManifest.self, value)
    roundTrip(CriterionResponse.self, value)
    roundTrip(VerificationResponse.self, value)
    roundTrip(TrackValidationResponse.self, value)
    roundTrip(ExportResponse.self, value)
    roundTrip(ErrorBody.self, value)
    roundTrip(CriterionRequest.self, value)
    roundTrip(VerificationRequest.self, value)
    roundTrip(TrackValidationRequest.self, value)
    roundTrip(ExportRequest.self, value)
    if let manifest = try? PluginManifest(json: value) { _ = manifest.problems() }
    return 0
}

/// A message that decodes encodes to JSON that decodes to the same message.
func roundTrip<Message: WireMessage & Equatable>(_ type: Message.Type, _ value: JSONValue) {
    guard let message = try? Message(json: value) else { return }
    let again = try? Message(json: message.json)
    FuzzInput.require(again == message, "\(Message.self) does not round-trip: \(value.jsonText.prefix(200))")
}

@main enum Fuzzer {
    static func main() { FuzzInput.main(fuzzPluginResponse) }
}
