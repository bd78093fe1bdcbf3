/// The rule for names and ids across salesops — catalog names, step ids, plugin and capability
/// ids: lower-case letters and digits in runs separated by single `-`, `_` or `.`.
package enum Identifier {
    package static func isValid(_ text: String) -> Bool {
        var previousWasSeparator = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasSeparator = false
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                if previousWasSeparator { return false }
                previousWasSeparator = true
            default:
                return false
            }
        }
        return !text.isEmpty && !previousWasSeparator
    }
}
