import CSalesOpsPluginABI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The helper process side of isolation (`salesops-plugin-runner`): loads one plugin library
/// with the same checks as in-process loading, says hello, then answers requests on
/// descriptor 3 until salesops closes the socket. See `PluginChannel` for the framing.
package enum PluginRunner {
    /// Runs with `[--explicit | --beside-executable] FILE`; returns the exit status.
    package static func serve(arguments: [String]) -> Int32 {
        guard arguments.count == 2, ["--explicit", "--beside-executable"].contains(arguments[0]) else {
            let message = Array("usage: salesops-plugin-runner --explicit|--beside-executable FILE (started by salesops, not by hand)\n".utf8)
            _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            return 2
        }
        let channel = PluginChannel(descriptor: PluginChannel.runnerDescriptor)
        let library: PluginLoader.OpenedLibrary
        do {
            guard let opened = try PluginLoader.openLibrary(arguments[1], isExplicit: arguments[0] == "--explicit") else {
                try? hello(channel, status: 2, Array("not a plugin".utf8))
                return 0
            }
            library = opened
        } catch {
            try? hello(channel, status: 1, Array("\(error.problem.rawValue)\n\(error.reason)\n\(error.fix)".utf8))
            return 0
        }
        do {
            try hello(channel, status: 0, library.manifestBytes)
            while true {
                let nameLength = try channel.receive(UInt32.self, deadline: nil)
                let name = try channel.receiveBytes(count: Int(nameLength), deadline: nil) + [0]
                let requestLength = try channel.receive(UInt64.self, deadline: nil)
                // The ABI promises a NUL after the request.
                let request = try channel.receiveBytes(count: Int(requestLength), deadline: nil) + [0]
                var response: UnsafeMutablePointer<CChar>?
                var responseLength = 0
                let code = name.withUnsafeBufferPointer { capability in
                    request.withUnsafeBufferPointer { body in
                        capability.withMemoryRebound(to: CChar.self) { capability in
                            body.withMemoryRebound(to: CChar.self) { body in
                                library.invoke(library.table.pointee.ctx, capability.baseAddress, body.baseAddress,
                                               Int(requestLength), &response, &responseLength)
                            }
                        }
                    }
                }
                try channel.send(code)
                try channel.send(UInt8(response == nil ? 0 : 1))
                try channel.send(UInt64(response == nil ? 0 : responseLength))
                if let response {
                    defer { library.free(library.table.pointee.ctx, response, responseLength) }
                    try channel.send(UnsafeRawBufferPointer(start: response, count: responseLength))
                }
            }
        } catch {
            // salesops closed the socket (it is done) or went away: nothing left to serve.
            return 0
        }
    }

    private static func hello(_ channel: PluginChannel, status: UInt8, _ body: [UInt8]) throws(PluginChannel.Failure) {
        try channel.send(status)
        try channel.send(UInt64(body.count))
        try channel.send(body)
    }
}
