import Testing

/// The suites that run many processes or hold a store for long, on both stores: one test at a
/// time, so together they never hold more than one of the few threads every other test needs.
@Suite("Many processes, one store at a time", .serialized)
enum ManyProcessesTests {}
