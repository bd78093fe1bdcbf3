import SalesOpsAudit
import SalesOpsBasics

/// The audit document laid out as a terminal table, Markdown or an HTML page.
package enum AuditRendering {
    package static func text(_ document: AuditDocument) -> String {
        var lines = [document.title, String(repeating: "=", count: document.title.count), ""] + document.headline
        for section in document.sections {
            lines += ["", section.title, String(repeating: "-", count: section.title.count)]
            if !section.rows.isEmpty { lines.append(TextTable.render(section.header, section.rows)) }
            lines += section.notes
        }
        return lines.joined(separator: "\n") + "\n"
    }

    package static func markdown(_ document: AuditDocument) -> String {
        let md = TextEscaping.markdown
        var out = "# \(md(document.title))\n\n" + document.headline.map { md($0) + "\n\n" }.joined()
        for section in document.sections {
            out += "## \(md(section.title))\n\n"
            if !section.rows.isEmpty {
                out += "| " + section.header.map(md).joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: " --- |", count: section.header.count) + "\n"
                out += section.rows.map { "| " + $0.map(md).joined(separator: " | ") + " |\n" }.joined() + "\n"
            }
            out += section.notes.map { "- \(md($0))\n" }.joined()
            if !section.notes.isEmpty { out += "\n" }
        }
        return out
    }

    /// A page with no scripts and no outside resources; readable at phone width.
    package static func html(_ document: AuditDocument) -> String {
        let html = TextEscaping.html
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(html(document.title))</title><style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:70rem}\
            table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}</style>
            </head><body><h1>\(html(document.title))</h1>

            """
        out += document.headline.map { "<p>\(html($0))</p>\n" }.joined()
        for section in document.sections {
            out += "<h2>\(html(section.title))</h2>\n"
            if !section.rows.isEmpty {
                out += "<table><thead><tr>" + section.header.map { "<th>\(html($0))</th>" }.joined() + "</tr></thead><tbody>\n"
                out += section.rows.map { "<tr>" + $0.map { "<td>\(html($0))</td>" }.joined() + "</tr>\n" }.joined()
                out += "</tbody></table>\n"
            }
            if !section.notes.isEmpty {
                out += "<ul>" + section.notes.map { "<li>\(html($0))</li>" }.joined() + "</ul>\n"
            }
        }
        return out + "</body></html>\n"
    }

    /// One row per subscription with every figure, for a spreadsheet.
    package static func csv(_ audit: StackAudit) -> String {
        let header = ["subscription", "tool", "category", "tier", "team", "owner", "costCentre", "seats", "billing", "currency",
                      "perSeatPerYear", "perYear", "activeSeats", "unusedSeats", "unusedPerYear", "termEnd", "renewsOn", "noticeBy", "daysToNotice"]
        var out = header.joined(separator: ",") + "\r\n"
        let renewals = Dictionary(audit.renewals.map { ($0.subscription, $0) }, uniquingKeysWith: { first, _ in first })
        for line in audit.subscriptions {
            let renewal = renewals[line.subscription]
            // Text is escaped (and neutralised as a formula); numbers are written plainly, so a
            // negative one keeps its sign.
            let text = TextEscaping.csvField
            let cells: [String] = [
                text(line.subscription), text(line.tool), text(line.category.rawValue), text(line.tier), text(line.team ?? ""),
                text(line.owner), text(line.costCentre ?? ""), "\(line.seats)", line.billing.rawValue, audit.currency.rawValue,
                number(line.perSeatPerYear), number(line.perYear), line.activeSeats.map(String.init) ?? "",
                line.unusedSeats.map(String.init) ?? "", line.unusedPerYear.map(number) ?? "",
                renewal.map { "\($0.termEnd)" } ?? "", renewal?.renewsOn.map { "\($0)" } ?? "", renewal.map { "\($0.noticeBy)" } ?? "",
                renewal.map { "\($0.daysToNotice)" } ?? "",
            ]
            out += cells.joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    /// Amounts to the cent, as a spreadsheet reads them.
    static func number(_ value: Double) -> String {
        let cents = (value * 100).rounded()
        let whole = Int(cents / 100)
        let rest = Int(abs(cents).truncatingRemainder(dividingBy: 100))
        return "\(cents < 0 && whole == 0 ? "-" : "")\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// The renewal calendar (RFC 5545): an all-day event on each notice deadline and each
    /// renewal day, with stable UIDs so a re-import updates rather than duplicates.
    package static func iCalendar(_ audit: StackAudit, stamp: UTCTimestamp) -> String {
        var writer = ICalendarWriter(capacity: 512 + audit.renewals.count * 600)
        writer.beginCalendar(product: "Stack audit renewals", name: "Subscription renewals")
        for renewal in audit.renewals {
            var events: [(kind: String, date: CalendarDate, summary: String)] = []
            if renewal.renewsOn != nil {
                events.append(("notice", renewal.noticeBy, "Last day to give notice: \(renewal.subscription)"))
            }
            events.append(renewal.renewsOn.map { ("renewal", $0, "Renews: \(renewal.subscription)") }
                ?? ("end", renewal.termEnd, "Term ends: \(renewal.subscription)"))
            for event in events {
                writer.property("BEGIN", "VEVENT")
                writer.property("UID", "\(event.kind)-\(renewal.subscription)-\(DateText.compact(event.date))@salesops")
                writer.property("DTSTAMP", stamp.iCalendarText)
                writer.property("DTSTART;VALUE=DATE", DateText.compact(event.date))
                writer.property("DTEND;VALUE=DATE", DateText.compact(event.date.adding(days: 1)))
                writer.textProperty("SUMMARY", event.summary)
                writer.textProperty("DESCRIPTION", "\(renewal.tool): term \(renewal.termStart) to \(renewal.termEnd); notice by \(renewal.noticeBy).")
                writer.property("TRANSP", "TRANSPARENT")
                writer.property("END", "VEVENT")
            }
        }
        writer.property("END", "VCALENDAR")
        return writer.text
    }
}
