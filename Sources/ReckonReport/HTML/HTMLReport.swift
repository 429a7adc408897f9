import ReckonCatalog

/// `reckon report`: every analysis in one self-contained HTML file (inline SVG and CSS, no network, no JavaScript).
public enum HTMLReport {
    public static func render(sections: [ReportSection]) -> String {
        var body = "<h1>Reckon — what it takes to train and serve foundation models</h1>\n"
        body +=
            "<p class=\"muted\">Every figure below is computed by Reckon from the formulas and sourced constants "
            + "shown; rerun any of them with the `reckon` command named in its notes.</p>\n"
        body +=
            "<nav><ul>"
            + sections.map {
                "<li><a href=\"#\(HTMLDocument.escape($0.id))\">\(HTMLDocument.escape($0.title))</a></li>"
            }.joined() + "</ul></nav>\n"
        body += sections.map(HTMLDocument.section).joined(separator: "\n")
        return HTMLDocument.page(title: "Reckon report", body: body)
    }

    public static func render(catalog: Catalog = .builtin) -> String {
        render(sections: SummaryReport.sections(catalog: catalog))
    }
}
