import ArgumentParser

/// `--output FILE`: where a command writes instead of standard output (`OutputFile` says how).
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write to this file instead of standard output: replaced atomically, keeping its permissions; a symlink is written through, a folder refused.", valueName: "file"))
    var output: String?

    /// Writes `text` to the file, or prints it; `isTerminalSafe` says whether it is safe to print as it is.
    func write(_ text: String, isTerminalSafe: Bool) throws {
        try Output.write(text, to: output, isTerminalSafe: isTerminalSafe)
    }
}
