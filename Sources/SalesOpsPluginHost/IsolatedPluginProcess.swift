import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plugin loaded into its own helper process, `salesops-plugin-runner`, beside the salesops
/// executable. Calls go over a socket (`PluginChannel`), one at a time, each within a time
/// limit. When the process crashes, exits, hangs past the limit or promises an oversized
/// response, it is stopped and every later call of this plugin fails with that reason; the
/// rest of salesops goes on.
final class IsolatedPluginProcess: Sendable {
    /// The helper executable's name, looked for beside the running executable.
    static let runnerName = "salesops-plugin-runner"

    /// What a call gave back.
    enum Outcome {
        /// What the plugin's `invoke` returned: its code and its response bytes (nil: none).
        case response(code: Int32, body: [UInt8]?)
        /// The response was announced as `length` bytes, over the limit; nothing was read.
        case oversized(length: Int)
        /// The process failed; the reason is a sentence.
        case failed(String)
    }

    private struct State: ~Copyable {
        var pid: pid_t
        var channel: PluginChannel
        /// Set once the process is gone: why.
        var stopped: String?
    }

    let file: String
    let timeoutSeconds: Double
    private let runner: String
    private let isExplicit: Bool
    private let state: Mutex<State>

    private init(file: String, timeoutSeconds: Double, runner: String, isExplicit: Bool, pid: pid_t, channel: PluginChannel) {
        self.file = file
        self.timeoutSeconds = timeoutSeconds
        self.runner = runner
        self.isExplicit = isExplicit
        state = Mutex(State(pid: pid, channel: channel, stopped: nil))
    }

    deinit {
        state.withLock { state in
            if state.stopped == nil {
                kill(state.pid, SIGKILL)
                var status: Int32 = 0
                waitpid(state.pid, &status, 0)
            }
            close(state.channel.descriptor)
        }
    }

    private static func failure(_ file: String, _ reason: String, _ fix: String) -> PluginLoadFailure {
        PluginLoadFailure(file: file, problem: .isolationFailed, reason: reason, fix: fix)
    }

    /// Starts the runner on `file` and reads its hello: the plugin's manifest bytes, or nil
    /// when the file is a library without the entry point (skipped beside the executable).
    static func start(file: String, isExplicit: Bool, timeoutSeconds: Double,
                      runnerFolder: String?) throws(PluginLoadFailure) -> (IsolatedPluginProcess, [UInt8])? {
        guard let runnerFolder, access(runnerFolder + "/" + runnerName, X_OK) == 0 else {
            throw failure(file, "cannot run it in a helper process: \(runnerName) is not beside salesops",
                          "run `swift build` to build it, or load the plugin in-process (see plugins/README.md, \"Isolation\")")
        }
        let runner = runnerFolder + "/" + runnerName
        let (pid, channel) = try spawn(runner, file: file, isExplicit: isExplicit)
        let process = IsolatedPluginProcess(file: file, timeoutSeconds: timeoutSeconds, runner: runner, isExplicit: isExplicit,
                                            pid: pid, channel: channel)
        switch process.state.withLock({ state in process.hello(state.channel) }) {
        case .failure(let error):
            let reason = process.stop(after: error)
            throw failure(file, "its helper process \(reason) while loading it", "fix the plugin, or ask its author; the other plugins still load")
        case .success((0, let manifest)):
            return (process, manifest)
        case .success((2, _)):
            return nil
        case .success((_, let refusal)):
            let parts = String(decoding: refusal, as: UTF8.self).split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
            let problem = parts.first.flatMap { PluginLoadFailure.Problem(rawValue: String($0)) } ?? .notALibrary
            throw PluginLoadFailure(file: file, problem: problem, reason: parts.count > 1 ? String(parts[1]) : "refused",
                                    fix: parts.count > 2 ? String(parts[2]) : "")
        }
    }

    /// Starts `salesops-plugin-runner` with its end of a new socket as descriptor 3.
    private static func spawn(_ runner: String, file: String, isExplicit: Bool) throws(PluginLoadFailure) -> (pid_t, PluginChannel) {
        var sockets: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &sockets) == 0 else {
            throw failure(file, "cannot open a socket to a helper process: \(systemErrorText())", "check the system's open-file limit")
        }
        // Only salesops's end is closed on exec; the runner's end becomes its descriptor 3.
        _ = fcntl(sockets[0], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, sockets[1], PluginChannel.runnerDescriptor)
        // The plugin's own prints must not mix with salesops's output.
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let arguments = [runner, isExplicit ? "--explicit" : "--beside-executable", file]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        // A crash is reported by salesops; the Swift runtime's backtrace would only add noise.
        var environment: [UnsafeMutablePointer<CChar>?] = [strdup("SWIFT_BACKTRACE=enable=no")]
        var entry = environ
        while let variable = entry.pointee {
            if strncmp(variable, "SWIFT_BACKTRACE=", 16) != 0 { environment.append(strdup(variable)) }
            entry += 1
        }
        environment.append(nil)
        defer {
            for pointer in argv { free(pointer) }
            for pointer in environment { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, runner, &actions, nil, &argv, &environment)
        close(sockets[1])
        guard spawned == 0 else {
            close(sockets[0])
            throw failure(file, "cannot start \(runner): \(systemErrorText(spawned))", "check that it is executable")
        }
        return (pid, PluginChannel(descriptor: sockets[0]))
    }

    /// The runner's first message: its status and the manifest (or refusal) bytes.
    private func hello(_ channel: PluginChannel) -> Result<(UInt8, [UInt8]), PluginChannel.Failure> {
        let deadline = deadline()
        do throws(PluginChannel.Failure) {
            let status = try channel.receive(UInt8.self, deadline: deadline)
            let length = try channel.receive(UInt64.self, deadline: deadline)
            guard length <= UInt64(LoadedPlugin.responseSizeLimit) else { return .failure(.system("oversized manifest")) }
            return .success((status, try channel.receiveBytes(count: Int(length), deadline: deadline)))
        } catch {
            return .failure(error)
        }
    }

    /// After a refused response: a fresh process for the next call, the unread bytes left
    /// behind with the old one. Called with the lock held, so no other call reads them.
    private func restart(_ state: inout State) {
        kill(state.pid, SIGKILL)
        var status: Int32 = 0
        waitpid(state.pid, &status, 0)
        close(state.channel.descriptor)
        do throws(PluginLoadFailure) {
            (state.pid, state.channel) = try Self.spawn(runner, file: file, isExplicit: isExplicit)
            if case .success((0, _)) = hello(state.channel) { return }
            state.stopped = "could not be started again after a refused response"
        } catch {
            state.channel = PluginChannel(descriptor: -1)
            state.stopped = "could not be started again after a refused response: \(error.reason)"
        }
    }

    /// Sends one request and waits for the answer, within the time limit.
    func call(_ capability: String, request: UnsafeBufferPointer<UInt8>, maxResponseBytes: Int) -> Outcome {
        let result = state.withLock { state -> Result<Outcome, PluginChannel.Failure> in
            if let stopped = state.stopped { return .success(.failed("its helper process stopped earlier: \(stopped)")) }
            let deadline = deadline()
            do throws(PluginChannel.Failure) {
                let name = Array(capability.utf8)
                try state.channel.send(UInt32(name.count))
                try state.channel.send(name)
                try state.channel.send(UInt64(request.count))
                try state.channel.send(UnsafeRawBufferPointer(request))
                let code = try state.channel.receive(Int32.self, deadline: deadline)
                let hasBody = try state.channel.receive(UInt8.self, deadline: deadline)
                let length = try state.channel.receive(UInt64.self, deadline: deadline)
                guard hasBody != 0 else { return .success(.response(code: code, body: nil)) }
                // Refused before a byte of it is read: the process is replaced with it unread.
                guard length <= UInt64(maxResponseBytes) else {
                    restart(&state)
                    return .success(.oversized(length: Int(clamping: length)))
                }
                return .success(.response(code: code, body: try state.channel.receiveBytes(count: Int(length), deadline: deadline)))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let outcome):
            return outcome
        case .failure(let error):
            return .failed("its helper process \(stop(after: error))")
        }
    }

    private func deadline() -> ContinuousClock.Instant {
        ContinuousClock.now.advanced(by: .milliseconds(Int64(timeoutSeconds * 1000)))
    }

    /// Stops the process (if it is still running) and says what happened to it.
    private func stop(after failure: PluginChannel.Failure) -> String {
        state.withLock { state in
            if let stopped = state.stopped { return stopped }
            if case .timedOut = failure { kill(state.pid, SIGKILL) }
            if case .system = failure { kill(state.pid, SIGKILL) }
            // A closed socket means the process is ending; give it a moment, then make sure.
            var status: Int32 = 0
            var reaped = waitpid(state.pid, &status, WNOHANG)
            for _ in 0..<50 where reaped == 0 {
                usleep(10_000)
                reaped = waitpid(state.pid, &status, WNOHANG)
            }
            if reaped == 0 {
                kill(state.pid, SIGKILL)
                waitpid(state.pid, &status, 0)
            }
            let reason: String
            switch failure {
            case .timedOut:
                reason = "did not answer within \(Self.seconds(timeoutSeconds)) and was stopped"
            case .system(let message):
                reason = "failed: \(message)"
            case .closed:
                reason = Self.describe(status: status)
            }
            state.stopped = reason
            return reason
        }
    }

    /// "crashed (signal 11, Segmentation fault)" or "exited with status 0".
    static func describe(status: Int32) -> String {
        let signal = status & 0x7F
        if signal == 0 {
            return "exited with status \((status >> 8) & 0xFF) in the middle of a call"
        }
        let name = strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
        return "crashed (signal \(signal), \(name))"
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
