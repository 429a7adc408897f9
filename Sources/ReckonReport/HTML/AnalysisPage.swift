import ReckonCatalog
import ReckonInput

/// One analysis page of the web app: a form (a plain GET form, so the URL is the permalink) prefilled from
/// the built-in scenario or the query, and the result table and chart.
public enum AnalysisPage {
    public static func render(_ analysis: Analysis, query: [String: String], catalog: Catalog, all: [Analysis]) -> String {
        // Inputs: the query's non-empty fields, or the page's opening example when the query sets none.
        var values: [String: String] = [:]
        for (k, v) in query where analysis.fields.contains(where: { $0.key == k }) && !v.isEmpty { values[k] = v }
        if query.isEmpty { values = analysis.example }
        var body = "<h1>\(HTMLDocument.escape(analysis.title))</h1>\n"
        body += "<p class=\"muted\">\(HTMLDocument.escape(analysis.summary))</p>\n"
        body += "<form method=\"get\" action=\"/\(analysis.name)\" id=\"inputs\">\n"
        for f in analysis.fields where f.common { body += formField(f, value: values[f.key]) }
        body += "<details id=\"more\"><summary>More fields</summary>\n"
        for f in analysis.fields where !f.common { body += formField(f, value: values[f.key]) }
        body += "</details>\n<button type=\"submit\" id=\"submit\">Compute</button>\n</form>\n"
        do {
            let inputs = InputFields(values.mapValues { .text($0) }, origin: "form")
            let result = try analysis.pageResult(inputs, catalog)
            body += "<section id=\"result\">\n<h2>Result</h2>\n"
            if let svg = result.svg { body += "<figure id=\"chart\">\(svg)</figure>\n" }
            if !result.table.header.isEmpty { body += HTMLDocument.table(result.table) }
            if let text = result.text {
                body += "<div class=\"scroll\"><pre id=\"result-text\">\(HTMLDocument.escape(text))</pre></div>\n"
            }
            if !result.notes.isEmpty {
                body += "<ul class=\"notes\">" + result.notes.map { "<li>\(HTMLDocument.escape($0))</li>" }.joined()
                    + "</ul>\n"
            }
            let query = values.keys.sorted().map { "\($0)=\(percentEncode(values[$0]!))" }.joined(separator: "&")
            let permalink = "/" + analysis.name + (query.isEmpty ? "" : "?" + query)
            body += "<p class=\"muted\">Permalink: <a id=\"permalink\" href=\"\(HTMLDocument.escape(permalink))\">"
                + "\(HTMLDocument.escape(permalink))</a> · JSON: <code>POST /api/v1/\(analysis.name)</code></p>\n</section>\n"
        } catch {
            body += "<div class=\"error\" id=\"error\">\(HTMLDocument.escape(String(describing: error)))</div>\n"
        }
        body += enhancement
        return HTMLDocument.page(title: "Reckon — \(analysis.title)", body: body,
                                 links: [("Report", "/")] + all.map { ($0.title, "/" + $0.name) })
    }

    /// One labelled input: free text with the default as placeholder, or a drop-down whose first entry is the default.
    static func formField(_ f: Analysis.Field, value: String?) -> String {
        let label = f.label + (f.unit.map { " (\($0))" } ?? "")
        var html = "<label title=\"\(HTMLDocument.escape(f.help))\">\(HTMLDocument.escape(label))"
        if f.choices.isEmpty {
            let placeholder = f.defaultValue.isEmpty ? f.help : f.defaultValue
            html += "<input name=\"\(f.key)\" id=\"field-\(f.key)\" value=\"\(HTMLDocument.escape(value ?? ""))\" "
                + "placeholder=\"\(HTMLDocument.escape(placeholder))\">"
        } else {
            html += "<select name=\"\(f.key)\" id=\"field-\(f.key)\">"
            let first = f.defaultValue.isEmpty ? "—" : "default (\(f.defaultValue))"
            html += "<option value=\"\"\(value == nil ? " selected" : "")>\(HTMLDocument.escape(first))</option>"
            for c in f.choices {
                html += "<option\(c == value ? " selected" : "") value=\"\(HTMLDocument.escape(c))\">"
                    + "\(HTMLDocument.escape(c))</option>"
            }
            html += "</select>"
        }
        return html + "</label>\n"
    }

    /// Progressive enhancement: with JavaScript the form updates the result in place (and the address bar, so the
    /// permalink and the back button keep working); without it, the form is a plain GET and the page reloads.
    static let enhancement = """
        <script>
        (() => {
          const form = document.querySelector("form");
          if (!form || !window.fetch || !window.DOMParser) return;
          form.addEventListener("submit", async (event) => {
            event.preventDefault();
            const url = location.pathname + "?" + new URLSearchParams(new FormData(form)).toString();
            try {
              const page = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
              const fresh = page.querySelector("#result") || page.querySelector("#error");
              const old = document.querySelector("#result") || document.querySelector("#error");
              if (!fresh || !old) { location.href = url; return; }
              old.replaceWith(fresh);
              history.pushState(null, "", url);
            } catch { location.href = url; }
          });
          window.addEventListener("popstate", () => location.reload());
        })();
        </script>

        """

    static func percentEncode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            let c = Character(Unicode.Scalar(b))
            if c.isLetter && b < 128 || c.isNumber && b < 128 || "-._~".contains(c) { out.append(c) }
            else { out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2) }
        }
        return out
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
