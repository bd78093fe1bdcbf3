import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsStore

/// Which enrolment a change is about (the person's on `track`, or their only one), when and
/// why: a lifecycle change, or with a step (`StepRequest`) an event of that step.
package struct LifecycleRequest: Sendable {
    package var person: String
    package var track: String?
    /// When it happens; default: the person's today (a re-pin or a re-enrolment always happens today).
    package var on: CalendarDate?
    package var note: String?

    package init(person: String, track: String? = nil, on: CalendarDate? = nil, note: String? = nil) {
        self.person = person
        self.track = track
        self.on = on
        self.note = note
    }
}

/// What a lifecycle change did: the event recorded (or found stored), and the enrolment after it.
package struct LifecycleResult: Sendable {
    package var key: EnrolmentKey
    /// Nil when nothing needed to change.
    package var event: OnboardingEvent?
    /// True when the store already held this event and nothing was written.
    package var alreadyRecorded: Bool
    /// The enrolment as of the person's today, with the change.
    package var state: EnrolmentState
}

/// What a change of a person's details did: one event per enrolment (each carries them all).
package struct PersonChangeResult: Sendable {
    package var person: String
    /// Empty when the person has these details on that day already.
    package var events: [OnboardingEvent]
}

/// What an upgrade did: the re-pin, and how the recorded steps carried over.
package struct UpgradeResult: Sendable {
    package var repin: RepinResult
    /// Steps with recorded events that the new version has too: they count as before.
    package var carriedSteps: [String]
}

extension OnboardingService {
    /// Withdraws the person from a track: a leaver, a lost customer. Their open steps leave the
    /// overdue and at-risk lists; reports show the enrolment as withdrawn.
    package func withdraw(_ request: LifecycleRequest, reason: String) throws(AppError) -> LifecycleResult {
        try change(request) { _, state, _, rules throws(OnboardingError) in
            try rules.withdraw(state, on: request.on, reason: reason)
        }
    }

    /// Begins a leave of absence.
    package func pause(_ request: LifecycleRequest) throws(AppError) -> LifecycleResult {
        try change(request) { _, state, _, rules throws(OnboardingError) in
            try rules.pause(state, on: request.on, note: request.note)
        }
    }

    /// Ends a leave of absence; due dates move by the business days it lasted.
    package func resume(_ request: LifecycleRequest) throws(AppError) -> LifecycleResult {
        try change(request) { _, state, _, rules throws(OnboardingError) in
            try rules.resume(state, on: request.on, note: request.note)
        }
    }

    /// Moves the current cycle's start; refused when steps are recorded, unless `keepRecorded`.
    package func reschedule(_ request: LifecycleRequest, start: CalendarDate, keepRecorded: Bool) throws(AppError) -> LifecycleResult {
        try change(request) { _, state, _, rules throws(OnboardingError) in
            try rules.reschedule(state, to: start, keepRecorded: keepRecorded, note: request.note)
        }
    }

    /// A new cycle on the track's current version from `start` (a rehire, a failed ramp); the
    /// earlier cycles stay in the history.
    package func reenrol(_ request: LifecycleRequest, start: CalendarDate) throws(AppError) -> LifecycleResult {
        let workspace = try open(writing: true)
        _ = try workspace.catalog
        _ = try workspace.registry
        let store = workspace.store
        return try workspace.exclusive { () throws(AppError) -> LifecycleResult in
            let history = try workspace.history(person: request.person, track: request.track)
            let version = try workspace.currentVersion(of: history.enrolment.track)
            let state = try workspace.state(of: history)
            let rules = workspace.rules(today: state.today)
            var pinned = history.enrolment
            pinned.trackVersion = version.hash
            pinned.calendarVersion = version.calendarHash
            guard let event = rules.reenrol(state, pinned: history.enrolment, to: version, start: start, note: request.note) else {
                return LifecycleResult(key: history.enrolment.key, event: nil, alreadyRecorded: false, state: state)
            }
            _ = try OnboardingWorkspace.storing { () throws(StoreError) in
                try store.write(StoreBatch(definitions: StoredDefinition.pinning(version), pins: [pinned], events: [event]))
            }
            let after = EnrolmentHistory(person: history.person, enrolment: pinned, events: history.events + [event])
            return LifecycleResult(key: pinned.key, event: event, alreadyRecorded: false, state: try workspace.state(of: after))
        }
    }

    /// Moves the enrolment to the track's current version: recorded steps carry over by step
    /// id; those the version no longer has are listed (kept in the history, no longer counted).
    package func upgrade(_ request: LifecycleRequest) throws(AppError) -> UpgradeResult {
        let result = try repin(request)
        let history = try history(person: request.person, track: result.key.track)
        let dropped = Set(result.droppedSteps)
        var seen: Set<String> = []
        let carried = history.compactMap(\.step).filter { !dropped.contains($0) && seen.insert($0).inserted }
        return UpgradeResult(repin: result, carriedSteps: carried)
    }

    /// The person reports to `manager` from `request.on` (default today; a later day counts from then).
    package func transfer(_ request: LifecycleRequest, to manager: String) throws(AppError) -> PersonChangeResult {
        try changePerson(request) { key, current, rules in
            rules.transfer(key, current: current, to: manager, on: request.on, note: request.note)
        }
    }

    /// Changes the person's email, time zone or customer contact from `request.on` (default today).
    package func changeDetails(_ request: LifecycleRequest, to details: PersonDetails) throws(AppError) -> PersonChangeResult {
        if let timezone = details.timezone, TimeZone(identifier: timezone) == nil { throw .onboarding(.invalidTimezone(timezone)) }
        return try changePerson(request) { key, current, rules in
            rules.changeDetails(key, current: current, to: details, on: request.on, note: request.note)
        }
    }

    /// Under the write lock: the enrolment's state, the event `decide` makes, appended unless stored.
    private func change(_ request: LifecycleRequest,
                        _ decide: (EnrolmentHistory, EnrolmentState, TrackPlan, OnboardingRules) throws(OnboardingError) -> OnboardingEvent?)
        throws(AppError) -> LifecycleResult {
        let workspace = try open(writing: true)
        let store = workspace.store
        return try workspace.exclusive { () throws(AppError) -> LifecycleResult in
            let history = try workspace.history(person: request.person, track: request.track)
            let plan = try workspace.plan(for: history.enrolment)
            let state = try workspace.state(of: history)
            var rules = workspace.rules(today: state.today)
            rules.recorded = history.events
            guard let event = try OnboardingWorkspace.deciding({ () throws(OnboardingError) in
                try decide(history, state, plan, rules)
            }) else {
                return LifecycleResult(key: history.enrolment.key, event: nil, alreadyRecorded: false, state: state)
            }
            guard event.sequence == 0 else {
                return LifecycleResult(key: history.enrolment.key, event: event, alreadyRecorded: true, state: state)
            }
            guard try OnboardingWorkspace.storing({ () throws(StoreError) in try store.write(StoreBatch(events: [event])) }).eventsAppended == 1 else {
                throw .onboarding(.conflictingEvent(key: event.idempotencyKey, person: request.person))
            }
            let after = EnrolmentHistory(person: history.person, enrolment: history.enrolment, events: history.events + [event])
            return LifecycleResult(key: history.enrolment.key, event: event, alreadyRecorded: false, state: try workspace.state(of: after))
        }
    }

    /// Under the write lock: one event per enrolment of the person, from `decide` given the
    /// person's details on the day of the change.
    private func changePerson(_ request: LifecycleRequest,
                              _ decide: (EnrolmentKey, Person, OnboardingRules) -> OnboardingEvent?) throws(AppError) -> PersonChangeResult {
        let workspace = try open(writing: true)
        let store = workspace.store
        return try workspace.exclusive { () throws(AppError) -> PersonChangeResult in
            let person = try workspace.person(request.person)
            let histories = try OnboardingWorkspace.storing { () throws(StoreError) in
                try store.histories(EnrolmentFilter(person: request.person))
            }
            guard let first = histories.first else { throw .onboarding(.notEnrolled(person: request.person, track: nil, tracks: [])) }
            let plan = try workspace.plan(for: first.enrolment)
            let rules = workspace.rules(today: workspace.today(for: first, plan: plan))
            let day = request.on ?? rules.today
            let current = person.asOf(day, events: first.events)
            let events = histories.compactMap { decide($0.enrolment.key, current, rules) }
            guard !events.isEmpty else { return PersonChangeResult(person: request.person, events: []) }
            _ = try OnboardingWorkspace.storing { () throws(StoreError) in try store.write(StoreBatch(events: events)) }
            return PersonChangeResult(person: request.person, events: events)
        }
    }
}
