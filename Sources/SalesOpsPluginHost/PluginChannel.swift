#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One end of the socket between salesops and an isolated plugin's helper process, with the
/// framing both sides speak. Every integer is little-endian.
///
/// - hello, runner → host, once: `u8 status` (0 loaded, 1 refused, 2 not a plugin), `u64 n`,
///   `n` bytes: the manifest JSON, or for a refusal `problem\nreason\nfix`.
/// - request, host → runner: `u32 n`, the capability (`type/id`), `u64 m`, the request JSON.
/// - response, runner → host: `i32 code`, `u8 hasBody`, `u64 n`, `n` bytes: what the plugin's
///   `invoke` returned, unread by the runner.
struct PluginChannel {
    /// Why a read or write stopped.
    enum Failure: Error {
        /// The other end closed the socket (the process ended).
        case closed
        /// No data within the time limit.
        case timedOut
        case system(String)
    }

    /// The socket the runner finds its end on.
    static let runnerDescriptor: Int32 = 3

    let descriptor: Int32

    func send(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a dead peer is an error here, not a SIGPIPE that kills salesops.
            let sent = Glibc.send(descriptor, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            if sent < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE || errno == ECONNRESET { throw .closed }
                throw .system(systemErrorText())
            }
            offset += sent
        }
    }

    func send<Value: FixedWidthInteger>(_ value: Value) throws(Failure) {
        try send(withUnsafeBytes(of: value.littleEndian) { Array($0) })
    }

    func send(_ bytes: [UInt8]) throws(Failure) {
        var failure: Failure?
        bytes.withUnsafeBytes { raw in
            do throws(Failure) { try send(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Fills `buffer`, waiting at most until `deadline` (nil: as long as it takes).
    func receive(into buffer: UnsafeMutableRawBufferPointer, deadline: ContinuousClock.Instant?) throws(Failure) {
        var offset = 0
        while offset < buffer.count {
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                guard left > .zero else { throw .timedOut }
                let (seconds, attoseconds) = left.components
                let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, milliseconds)
                if ready < 0 {
                    if errno == EINTR { continue }
                    throw .system(systemErrorText())
                }
                if ready == 0 { continue }
            }
            let count = recv(descriptor, buffer.baseAddress! + offset, buffer.count - offset, 0)
            if count < 0 {
                if errno == EINTR { continue }
                if errno == ECONNRESET { throw .closed }
                throw .system(systemErrorText())
            }
            if count == 0 { throw .closed }
            offset += count
        }
    }

    func receive<Value: FixedWidthInteger>(_ type: Value.Type, deadline: ContinuousClock.Instant?) throws(Failure) -> Value {
        let bytes = try receiveBytes(count: MemoryLayout<Value>.size, deadline: deadline)
        return Value(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(as: Value.self) })
    }

    func receiveBytes(count: Int, deadline: ContinuousClock.Instant?) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var failure: Failure?
        bytes.withUnsafeMutableBytes { raw in
            do throws(Failure) { try receive(into: raw, deadline: deadline) } catch { failure = error }
        }
        if let failure { throw failure }
        return bytes
    }
}
