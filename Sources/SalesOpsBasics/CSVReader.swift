/// Reads CSV (RFC 4180): comma-separated fields, double quotes around fields that hold
/// commas, quotes (doubled) or line breaks; CRLF or LF line ends; a UTF-8 byte order mark
/// is skipped.
package enum CSVReader {
    /// One record and the line it starts on (1-based), for messages.
    package struct Record: Sendable, Hashable {
        package var line: Int
        package var fields: [String]
    }

    /// An unterminated quote: the line where the quoted field starts.
    package struct UnterminatedQuote: Error, Sendable, Hashable, CustomStringConvertible {
        package var line: Int
        package var description: String { "line \(line): a quoted field is never closed; close it with \"" }
    }

    /// Every record, blank lines skipped.
    package static func records(_ text: String) throws(UnterminatedQuote) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var line = 1
        var recordLine = 1
        var index = 0
        var quoted = false
        var quoteLine = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""):
                    quoted = true
                    quoteLine = line
                case UInt8(ascii: ","):
                    endField()
                case UInt8(ascii: "\r"):
                    break
                case UInt8(ascii: "\n"):
                    endRecord()
                    line += 1
                    recordLine = line
                default:
                    field.append(byte)
                }
            }
            index += 1
        }
        if quoted { throw UnterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
