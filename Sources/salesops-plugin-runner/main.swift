import SalesOpsPluginHost

#if canImport(Glibc)
import Glibc
#endif

// Runs one plugin in its own process for salesops (`--isolate-plugins`, plugins.lock
// `isolation=process`): salesops starts it, never a user.
exit(PluginRunner.serve(arguments: Array(CommandLine.arguments.dropFirst())))
