import SalesOpsBasics
extension Checklist {
    /// One self-contained, printable HTML page (inline CSS, no scripts or external assets):
    /// a table per working week with a tick box, due date, step, owner and status.
    /// Every string from the checklist is HTML-escaped. Items due after the calendar's holiday
    /// list ends are flagged, under a note that explains it.
    package func html() -> String {
        var out = String()
        out.reserveCapacity(2048 + items.count * 256)
        out.append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>
            """)
        TextEscaping.appendHTML(track, to: &out)
        out.append(" — ")
        TextEscaping.appendHTML(person, to: &out)
        out.append("""
            </title>
            <style>
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 56rem; padding: 0 1rem; }
            h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
            .meta { color: #555; margin: 0; }
            table { width: 100%; border-collapse: collapse; }
            th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #eee; }
            th { font-weight: 600; color: #555; font-size: .85rem; }
            td.box { width: 1.5rem; font-size: 1.1rem; }
            td.due { white-space: nowrap; font-variant-numeric: tabular-nums; }
            tr.done td { color: #777; }
            tr.done td.step { text-decoration: line-through; }
            .cert { display: block; font-size: .85rem; color: #555; }
            .status-overdue, .status-blocked { color: #b00020; font-weight: 600; }
            .holidays { display: block; font-size: .85rem; color: #8a5a00; }
            .note { color: #8a5a00; margin: .5rem 0 0; }
            @page { margin: 15mm; }
            @media print {
              body { margin: 0; max-width: none; font-size: 11pt; }
              section { break-inside: avoid; }
              tr { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            </style>
            </head>
            <body>
            <header>
            <h1>
            """)
        TextEscaping.appendHTML(track, to: &out)
        out.append("</h1>\n<p class=\"meta\">")
        TextEscaping.appendHTML(person, to: &out)
        out.append(" · effective start ")
        out.append(DateText.iso(effectiveStart))
        out.append("</p>\n")
        if let holidayListEnd, hasItemsPastHolidayList {
            out.append("<p class=\"note\">&#x26A0; ")
            TextEscaping.appendHTML(ChecklistWording.holidayListNote(holidayListEnd), to: &out)
            out.append("</p>\n")
        }
        out.append("</header>\n")
        for week in weeks {
            out.append("<section>\n<h2>")
            TextEscaping.appendHTML(week.title, to: &out)
            out.append("</h2>\n<table>\n<thead><tr><th></th><th>Due</th><th>Step</th><th>Owner</th><th>Status</th></tr></thead>\n<tbody>\n")
            for item in week.items {
                out.append(item.status.isDone ? "<tr class=\"done\"><td class=\"box\">&#x2611;</td>" : "<tr><td class=\"box\">&#x2610;</td>")
                out.append("<td class=\"due\">")
                out.append(DateText.iso(item.due))
                out.append("</td><td class=\"step\">")
                TextEscaping.appendHTML(item.title, to: &out)
                if let certification = item.certification {
                    out.append("<span class=\"cert\">Certification: ")
                    TextEscaping.appendHTML(certification, to: &out)
                    out.append("</span>")
                }
                if item.pastHolidayList {
                    out.append("<span class=\"holidays\">&#x26A0; ")
                    TextEscaping.appendHTML(ChecklistWording.pastHolidayListFlag, to: &out)
                    out.append("</span>")
                }
                out.append("</td><td>")
                TextEscaping.appendHTML(item.owner, to: &out)
                out.append("</td><td class=\"status-")
                out.append(item.status.rawValue)
                out.append("\">")
                out.append(item.status.label)
                out.append("</td></tr>\n")
            }
            out.append("</tbody>\n</table>\n</section>\n")
        }
        out.append("</body>\n</html>\n")
        return out
    }
}
