import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// HTML for the parts of a page: tables with their data, charts with their downloads, the assumptions, sources,
/// derivation and notes. Every text is escaped.
public enum PageHTML {
    static func escape(_ s: String) -> String { HTMLDocument.escape(s) }

    /// A table under its title; rows tied to a JSON number carry `data-key` and `data-value`.
    public static func table(_ t: PageTable) -> String {
        var s = "<div class=\"scroll\"><table id=\"table-\(escape(t.id))\">\n<thead><tr>"
        for (i, h) in t.table.header.enumerated() {
            s += "<th\(t.table.numericColumns.contains(i) ? " class=\"num\"" : "")>\(escape(h))</th>"
        }
        s += "</tr></thead>\n<tbody>\n"
        for (r, row) in t.table.rows.enumerated() {
            var attributes = ""
            if r < t.data.count, let d = t.data[r] {
                attributes = " data-key=\"\(escape(d.key))\" data-value=\"\(escape(JSONValue.number(d.value)))\""
            }
            s +=
                "<tr\(attributes)>"
                + row.enumerated().map { c, cell in
                    "<td\(t.table.numericColumns.contains(c) ? " class=\"num\"" : "")>\(escape(cell))</td>"
                }.joined() + "</tr>\n"
        }
        s += "</tbody></table></div>\n"
        var head = "<h3>\(escape(t.title))</h3>\n"
        if let caption = t.caption { head += "<p class=\"muted\">\(escape(caption))</p>\n" }
        if t.folded {
            return "<details class=\"folded\" id=\"section-\(escape(t.id))\"><summary>\(escape(t.title))</summary>\n"
                + (t.caption.map { "<p class=\"muted\">\(escape($0))</p>\n" } ?? "") + s + "</details>\n"
        }
        return "<section class=\"table\" id=\"section-\(escape(t.id))\">\n" + head + s + "</section>\n"
    }

    /// A chart with links to download it as SVG and its data as CSV (data URLs: the page stays self-contained).
    public static func chart(_ c: PageChart, id: String) -> String {
        let svg = "data:image/svg+xml;base64," + Data(c.svg.utf8).base64EncodedString()
        let csv = "data:text/csv;charset=utf-8;base64," + Data(c.csv.utf8).base64EncodedString()
        return "<figure class=\"chart\" id=\"\(escape(id))\">\(c.svg)"
            + "<figcaption class=\"downloads\">Download:<a download=\"\(escape(c.id)).svg\" href=\"\(svg)\">SVG</a>"
            + "<a download=\"\(escape(c.id)).csv\" href=\"\(csv)\">data (CSV)</a></figcaption></figure>\n"
    }

    /// The whole result: headline, charts, tables, assumptions, sources, derivation (folded), notes.
    public static func result(_ r: Analysis.PageResult) -> String {
        var s = "<p class=\"headline\" id=\"headline\">\(escape(r.headline))</p>\n"
        for (i, c) in r.charts.enumerated() { s += chart(c, id: i == 0 ? "chart" : "chart-\(i + 1)") }
        for t in r.tables { s += table(t) }
        if !r.assumptions.isEmpty {
            s +=
                "<section id=\"assumptions\"><h3>Assumptions</h3>\n<p class=\"muted\">What Reckon chose for you, with "
                + "its source; a choice named like a field of the form (and a flag of the command) is yours to "
                + "set.</p>\n"
            let rows = r.assumptions.map { [$0.key, $0.value, $0.source] }
            s += table(
                PageTable(
                    id: "assumptions", title: "",
                    table: Table(
                        header: ["input", "value", "source"],
                        rows: rows))
            )
            .replacingOccurrences(of: "<h3></h3>\n", with: "")
            s += "</section>\n"
        }
        if !r.sources.isEmpty {
            s +=
                "<section id=\"sources\"><h3>Sources</h3>\n<ul class=\"notes\">"
                + r.sources.map { "<li>\(escape($0))</li>" }.joined() + "</ul></section>\n"
        }
        if !r.derivation.isEmpty {
            let rows = r.derivation.map { [$0.name, $0.formula, NumberFormat.compact($0.value), $0.unit, $0.source] }
            let t = Table(header: ["step", "formula", "value", "unit", "source"], rows: rows, numericColumns: [2])
            s +=
                "<details class=\"derivation\" id=\"derivation\"><summary>Derivation: every step, its formula and "
                + "source</summary>\n"
                + table(PageTable(id: "derivation", title: "", table: t))
                .replacingOccurrences(of: "<h3></h3>\n", with: "") + "</details>\n"
        }
        if !r.notes.isEmpty {
            s += "<ul class=\"notes\" id=\"notes\">" + r.notes.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        return s
    }
}

/// The site's navigation: the report, every analysis, then the pages that are not analyses.
public enum SiteNav {
    public static func links(_ analyses: [Analysis]) -> [(String, String)] {
        [("Report", "/")] + analyses.map { ($0.menuLabel, "/" + $0.name) }
            + [
                ("Sensitivity", "/sensitivity"), ("Compare", "/compare"), ("Catalog", "/catalog"),
                ("API", "/api/v1/openapi.json"),
            ]
    }
}

extension Analysis {
    /// The word the navigation shows: the command's name, capitalized.
    public var menuLabel: String { name.prefix(1).uppercased() + name.dropFirst() }
}
