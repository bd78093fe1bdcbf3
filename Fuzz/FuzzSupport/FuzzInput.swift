import Foundation

/// A fuzz target's entry point: takes one input's bytes, returns 0 (libFuzzer's contract).
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

#if FUZZING
/// libFuzzer's driver (libclang_rt.fuzzer, linked by -sanitize=fuzzer). SwiftPM names every
/// executable's entry point itself, so the target's `main` calls the driver rather than
/// letting libFuzzer supply `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ target: FuzzTarget) -> CInt
#endif

/// What the fuzz targets share: their `main`, and the check that turns a broken invariant into
/// a crash libFuzzer records.
public enum FuzzInput {
    /// With -DFUZZING (scripts/fuzz.sh), runs libFuzzer over `target`. Otherwise runs `target`
    /// once over each file named on the command line, so a saved finding replays without the
    /// fuzzer: `swift run fuzz-catalog Fuzz/crashes/catalog/crash-...`.
    public static func main(_ target: FuzzTarget) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, target))
        #else
        replay(target)
        exit(0)
        #endif
    }

    static func replay(_ body: FuzzTarget) {
        let files = CommandLine.arguments.dropFirst()
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments[0]) FILE...\n(built without libFuzzer: replays inputs; scripts/fuzz.sh fuzzes)\n".utf8))
            exit(2)
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("\(file): cannot read the file\n".utf8))
                exit(1)
            }
            _ = data.withUnsafeBytes { body($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
            print("\(file): ok")
        }
    }

    /// Stops the process when an invariant does not hold: libFuzzer saves the input as a crash.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}
