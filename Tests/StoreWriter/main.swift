// A store writer for the concurrency tests: `store-writer STORE TRACK-VERSION CALENDAR-VERSION WRITER COUNT`
// opens STORE as salesops does and enrols COUNT people named wWRITER-N, one write (one
// transaction) each, on the track version given (which the test has stored already).
import Foundation
import SalesOpsApp
import SalesOpsStore

let arguments = CommandLine.arguments
guard arguments.count == 6, let writer = Int(arguments[4]), let count = Int(arguments[5]) else {
    FileHandle.standardError.write(Data("usage: store-writer STORE TRACK-VERSION CALENDAR-VERSION WRITER COUNT\n".utf8))
    exit(2)
}
do {
    let store = try OnboardingWorkspace.openStore(arguments[1], create: true)
    let start = CalendarDate(iso: "2026-03-02")!
    for index in 0..<count {
        let key = EnrolmentKey(person: "w\(writer)-\(index)", track: "race")
        let enrolment = Enrolment(key: key, trackVersion: arguments[2], calendarVersion: arguments[3], start: start)
        let event = OnboardingEvent(enrolment: key, payload: .enrolled, date: start, recordedAt: "t", actor: "writer-\(writer)",
                                    idempotencyKey: "enrol/\(key.person)")
        try store.write(StoreBatch(people: [Person(id: key.person)], enrolments: [enrolment], events: [event]))
    }
} catch {
    FileHandle.standardError.write(Data("store-writer \(writer): \(error)\n".utf8))
    exit(1)
}
