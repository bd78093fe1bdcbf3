import Foundation
import SalesOpsBasics
import SalesOpsChecklist
import Testing

@Suite struct ChecklistJSONTests {
    @Test func roundTrips() throws {
        let json = try Sample.sdr.json()
        #expect(json.contains("\"effectiveStart\": \"2026-03-02\""))
        #expect(json.contains("\"status\": \"inProgress\""))
        #expect(json.contains("\"stepID\": \"quiz\""))
        let decoded = try JSONDecoder().decode(Checklist.self, from: Data(json.utf8))
        #expect(decoded == Sample.sdr)
    }
}
