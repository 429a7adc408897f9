import Foundation
/// The page shell shared by `reckon report` and `reckon serve`: inline CSS only, no external resources,
/// readable in light and dark, at 800 px and on a phone; no JavaScript needed to read it.
public enum HTMLDocument {
    public static func escape(_ s: String) -> String { SVG.escape(s) }

    public static let css = """
        :root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#ffffff;--card:#f6f8fa;--line:#d0d7de;\
        --accent:#0969da;--diff:#fff8c5}
        @media (prefers-color-scheme: dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#161b22;\
        --line:#30363d;--accent:#4493f8;--diff:#3b2e00}}
        *{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif}
        main{max-width:1100px;margin:0 auto;padding:16px}main>*{max-width:100%}
        p,li,dd,figcaption,.error,summary{overflow-wrap:anywhere}code{overflow-wrap:anywhere}
        header{border-bottom:1px solid var(--line);padding:8px 16px}
        header nav{display:flex;flex-wrap:wrap;gap:4px 14px;max-width:1100px;margin:0 auto}
        header nav a{color:var(--accent);text-decoration:none;white-space:nowrap}
        header nav a[aria-current]{font-weight:700;text-decoration:underline}
        h1{font-size:1.6rem;margin:.6rem 0}h2{font-size:1.25rem;margin-top:2rem}\
        h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
        .headline{font-size:1.12rem;font-weight:600;border-left:4px solid var(--accent);padding:4px 10px;\
        background:var(--card);border-radius:4px}
        .muted,.notes{color:var(--muted);font-size:.9rem}
        .scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}
        th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr.differs td{background:var(--diff)}caption{text-align:left;color:var(--muted);font-size:.9rem}
        form{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px;display:grid;\
        grid-template-columns:repeat(auto-fill,minmax(min(210px,100%),1fr));gap:10px}
        form details{grid-column:1/-1}form details>div{display:grid;\
        grid-template-columns:repeat(auto-fill,minmax(min(210px,100%),1fr));gap:10px;margin-top:8px}
        form fieldset{border:1px solid var(--line);border-radius:6px;min-width:0;display:grid;margin:0;\
        grid-template-columns:repeat(auto-fill,minmax(min(180px,100%),1fr));gap:10px;align-content:start}
        .scenarios{grid-column:1/-1;display:grid;grid-template-columns:repeat(auto-fit,minmax(min(340px,100%),1fr));\
        gap:10px}
        label{display:flex;flex-direction:column;font-size:.85rem;gap:2px;min-width:0}
        label small{color:var(--muted)}
        input,select{font:inherit;padding:5px;border:1px solid var(--line);border-radius:6px;background:var(--bg);\
        color:var(--fg);min-width:0;width:100%}
        input[aria-invalid],select[aria-invalid]{border-color:#cf222e;outline:1px solid #cf222e}
        button{font:inherit;padding:6px 14px;border-radius:6px;border:1px solid var(--accent);background:var(--accent);\
        color:#fff;cursor:pointer;align-self:end}
        .error{border:1px solid #cf222e;color:#cf222e;border-radius:6px;padding:8px 12px;margin:12px 0}
        figure{margin:1rem 0;max-width:100%}svg{height:auto;max-width:100%;display:block}
        .downloads{font-size:.85rem;color:var(--muted)}.downloads a{margin-left:8px}
        details.derivation,details.folded{margin:1rem 0}details>summary{cursor:pointer;color:var(--accent)}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(240px,100%),1fr));gap:10px;padding:0;\
        list-style:none}.cards li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px}
        .cards a{font-weight:600;color:var(--accent);text-decoration:none}
        """

    /// A complete HTML page around `body`, with a navigation bar of `links` (label, href); the link to `current`
    /// is marked as the page being read.
    public static func page(title: String, body: String, links: [(String, String)] = [], current: String? = nil)
        -> String
    {
        var nav = ""
        if !links.isEmpty {
            nav =
                "<header><nav id=\"site-nav\" aria-label=\"Reckon\">"
                + links.map { link in
                    let mark = link.1 == current ? " aria-current=\"page\"" : ""
                    return "<a href=\"\(escape(link.1))\"\(mark)>\(escape(link.0))</a>"
                }.joined() + "</nav></header>\n"
        }
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>\(css)</style>
            </head>
            <body>
            \(nav)<main>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// A table as HTML; numeric columns right-aligned.
    public static func table(_ t: Table) -> String {
        var s = "<div class=\"scroll\"><table>\n<thead><tr>"
        for (i, h) in t.header.enumerated() {
            s += "<th\(t.numericColumns.contains(i) ? " class=\"num\"" : "")>\(escape(h))</th>"
        }
        s += "</tr></thead>\n<tbody>\n"
        for row in t.rows {
            s +=
                "<tr>"
                + row.enumerated().map {
                    "<td\(t.numericColumns.contains($0.offset) ? " class=\"num\"" : "")>\(escape($0.element))</td>"
                }.joined() + "</tr>\n"
        }
        return s + "</tbody></table></div>\n"
    }

    /// A section of the main report.
    public static func section(_ s: ReportSection) -> String {
        var out =
            "<section id=\"\(escape(s.id))\">\n<h2>\(escape(s.title))</h2>\n<p "
            + "class=\"headline\">\(escape(s.headline))</p>\n"
        if let svg = s.svg {
            // Downloads as data URLs (the report stays one self-contained file): the chart, and the section's table.
            let data = "data:image/svg+xml;base64," + Data(svg.utf8).base64EncodedString()
            let csv = "data:text/csv;charset=utf-8;base64," + Data(s.table.csv().utf8).base64EncodedString()
            out +=
                "<figure class=\"chart\">\(svg)<figcaption class=\"downloads\">Download:<a download=\""
                + "\(escape(s.id)).svg\" href=\"\(data)\">SVG</a><a download=\"\(escape(s.id)).csv\" href=\"\(csv)\">"
                + "table (CSV)</a></figcaption></figure>\n"
        }
        out += table(s.table)
        if !s.notes.isEmpty {
            out += "<ul class=\"notes\">" + s.notes.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        let pairs = s.reproductionPairs()
        if !pairs.isEmpty {
            out +=
                "<details class=\"folded reproduce\"><summary>Reproduce each row</summary><ul class=\"notes\">"
                + pairs.map { "<li>\(escape($0.rows)): <code>\(escape($0.command))</code></li>" }.joined()
                + "</ul></details>\n"
        }
        return out + "</section>\n"
    }
}
