#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's words for a system error number, for messages ("No such file or directory").
package func systemErrorText(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}
