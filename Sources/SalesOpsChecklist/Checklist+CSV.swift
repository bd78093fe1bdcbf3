import SalesOpsBasics
extension Checklist {
    /// The column names of `csv()`, in order.
    package static let csvHeader = ["person", "track", "week", "step", "title", "owner", "due", "certification", "status", "pastHolidayList"]

    /// RFC 4180 CSV (CRLF line ends, fields with `,` `"` or line breaks quoted, quotes
    /// doubled), one row per item by due date, after a header row. Cells a spreadsheet would
    /// run as a formula (starting `=`, `+`, `-`, `@`, tab, carriage return) start with `'`.
    /// `week` is 0 for steps due before the start; `pastHolidayList` is `true` for a step due
    /// after the calendar's holiday list ends (it may fall on a holiday nobody listed).
    package func csv() -> String {
        var out = String()
        out.reserveCapacity(128 + items.count * (person.utf8.count + track.utf8.count + 96))
        out.append(Checklist.csvHeader.joined(separator: ","))
        out.append("\r\n")
        for week in weeks {
            let number = String(week.number)
            for item in week.items {
                TextEscaping.appendCSVField(person, to: &out)
                out.append(",")
                TextEscaping.appendCSVField(track, to: &out)
                out.append(",")
                out.append(number)
                out.append(",")
                TextEscaping.appendCSVField(item.stepID, to: &out)
                out.append(",")
                TextEscaping.appendCSVField(item.title, to: &out)
                out.append(",")
                TextEscaping.appendCSVField(item.owner, to: &out)
                out.append(",")
                out.append(DateText.iso(item.due))
                out.append(",")
                TextEscaping.appendCSVField(item.certification ?? "", to: &out)
                out.append(",")
                out.append(item.status.rawValue)
                out.append(item.pastHolidayList ? ",true\r\n" : ",false\r\n")
            }
        }
        return out
    }
}
