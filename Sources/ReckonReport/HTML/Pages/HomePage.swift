/// `/` of the web app: what Reckon answers, a card per page, then the main report (the same sections as
/// `reckon report`), with the site navigation above.
public enum HomePage {
    public static func render(sections: [ReportSection], analyses: [Analysis]) -> String {
        var body = "<h1>Reckon — what it takes to train and serve foundation models</h1>\n"
        body +=
            "<p class=\"muted\">FLOP, accelerators, days, failures, dollars and energy, with every formula and "
            + "source shown. Pick a question, change any input, share the link; the same numbers come from the "
            + "<code>reckon</code> command line and the JSON API.</p>\n"
        body += "<ul class=\"cards\" id=\"explore\">"
        for a in analyses {
            body +=
                "<li><a href=\"/\(HTMLDocument.escape(a.name))\">\(HTMLDocument.escape(a.title))</a>"
                + "<br><span class=\"muted\">\(HTMLDocument.escape(a.summary))</span></li>"
        }
        let extra = [
            (
                "/sensitivity", "What moves the answer",
                "Give inputs as ranges: a tornado chart of which one "
                    + "moves the cost, time or ratio most, and rank correlations."
            ),
            (
                "/compare", "Compare scenarios",
                "Two to four scenarios side by side: the inputs that differ, "
                    + "every output and its ratio."
            ),
            ("/catalog", "Catalog", "Every accelerator and model Reckon knows, each figure with its source."),
        ]
        for (href, title, text) in extra {
            body +=
                "<li><a href=\"\(href)\">\(HTMLDocument.escape(title))</a><br><span class=\"muted\">"
                + "\(HTMLDocument.escape(text))</span></li>"
        }
        body +=
            "</ul>\n<h2>The report</h2>\n<nav><ul>"
            + sections.map {
                "<li><a href=\"#\(HTMLDocument.escape($0.id))\">\(HTMLDocument.escape($0.title))</a></li>"
            }
            .joined() + "</ul></nav>\n"
        body += sections.map(HTMLDocument.section).joined(separator: "\n")
        return HTMLDocument.page(title: "Reckon", body: body, links: SiteNav.links(analyses), current: "/")
    }
}
