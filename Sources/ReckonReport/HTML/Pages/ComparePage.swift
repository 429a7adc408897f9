import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonUnits

/// `/compare?command=train&a.gpu=h100-sxm&b.gpu=a100-80gb`: two to four scenarios of one command side by side —
/// the inputs that differ highlighted, every output with its ratio to scenario A, one chart. The page of
/// `reckon compare a.yaml b.yaml`.
public enum ComparePage {
    static let prefixes = ["a", "b", "c", "d"]

    /// The opening scenarios per command.
    static let examples: [String: [[String: String]]] = [
        "train": [["gpu": "h100-sxm"], ["gpu": "a100-80gb"]],
        "infer": [["model": "llama-3.1-70b", "precision": "bf16"], ["model": "llama-3.1-70b", "precision": "fp8"]],
        "deploy": [["preset": "twitter-1pct-year"], ["preset": "twitter-1pct-year", "gpu": "h100-sxm"]],
        "scale": [["failures": "llama3-observed"], ["failures": "paper-2024"]],
    ]

    public static func render(query: [String: String], catalog: Catalog, analyses: [Analysis]) -> String {
        let command = Comparison.commands.contains(query["command"] ?? "") ? query["command"]! : "train"
        let analysis = analyses.first { $0.name == command } ?? Analyses.named(command, catalog: catalog)!
        let scenarios = values(query, analysis: analysis, catalog: catalog)
        var body =
            "<h1>Compare scenarios</h1>\n<p class=\"muted\">Two to four scenarios of one command side by side: "
            + "the inputs that differ are highlighted, every output is shown with its ratio to scenario A. Leave a "
            + "field empty for the command's default.</p>\n"
        body +=
            "<form method=\"get\" action=\"/compare\" id=\"inputs\" data-enhance>\n<label>Command<select "
            + "name=\"command\" id=\"field-command\" onchange=\"location.href='/compare?command='+this.value\">"
        for name in Comparison.commands {
            body += "<option value=\"\(name)\"\(name == command ? " selected" : "")>\(name)</option>"
        }
        body += "</select></label>\n"
        body += "<div class=\"scenarios\">\n"
        for (i, v) in scenarios.enumerated() {
            body +=
                "<fieldset class=\"scenario\" id=\"scenario-\(prefixes[i])\"><legend>Scenario "
                + "\(CompareReport.letter(i))</legend>\n"
                + FormHTML.inputs(analysis.fields, values: v, prefix: prefixes[i] + ".") + "</fieldset>\n"
        }
        body += "</div>\n"
        if scenarios.count < prefixes.count {
            body += "<input type=\"hidden\" name=\"n\" value=\"\(scenarios.count)\">"
        }
        body += "<button type=\"submit\" id=\"submit\">Compare</button>\n</form>\n"
        var link = ["command": command]
        for (i, v) in scenarios.enumerated() { for (k, x) in v { link[prefixes[i] + "." + k] = x } }
        if scenarios.count > 2 { link["n"] = String(scenarios.count) }
        if scenarios.count < prefixes.count {
            var more = link
            more["n"] = String(scenarios.count + 1)
            body +=
                "<p><a id=\"add-scenario\" href=\"\(HTMLDocument.escape(FormHTML.permalink("/compare", more)))\">"
                + "Add a scenario</a></p>\n"
        }
        do {
            let fields = scenarios.enumerated().map { i, v in
                (name: CompareReport.letter(i), fields: InputFields(v.mapValues { .text($0) }, origin: "form"))
            }
            let c = try Comparison.run(command: command, scenarios: fields, catalog: catalog)
            body += result(c, analysis: analysis, link: link)
        } catch {
            body += "<div class=\"error\" id=\"error\">\(HTMLDocument.escape(String(describing: error)))</div>\n"
        }
        body += FormHTML.enhancement
        return HTMLDocument.page(
            title: "Reckon — Compare", body: body, links: SiteNav.links(analyses),
            current: "/compare")
    }

    /// Each scenario's values (`a.gpu` → scenario A's `gpu`), as many scenarios as `n` asks (2–4) or as are given.
    static func values(_ query: [String: String], analysis: Analysis, catalog: Catalog) -> [[String: String]] {
        var split = prefixes.map { _ in [String: String]() }
        for (key, value) in query {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let i = prefixes.firstIndex(of: parts[0]) else { continue }
            split[i][parts[1]] = value
        }
        let asked = Int(query["n"] ?? "").map { min(max($0, 2), prefixes.count) } ?? 2
        let lastGiven = (split.lastIndex { !$0.isEmpty } ?? 0) + 1
        let count = max(asked, lastGiven, 2)
        let anyGiven = split.contains { !$0.isEmpty }
        let opening = examples[analysis.name] ?? [[:], [:]]
        return (0..<count).map { i in
            let raw = anyGiven ? split[i] : (i < opening.count ? opening[i] : [:])
            return FormHTML.canonical(raw, fields: analysis.fields, catalog: catalog)
        }
    }

    static func result(_ c: Comparison, analysis: Analysis, link: [String: String]) -> String {
        let legend = c.scenarios.indices.map { "\(CompareReport.letter($0)): " + summary(c.scenarios[$0]) }
        var s =
            "<section id=\"result\">\n<h2>Result</h2>\n<p class=\"headline\" id=\"headline\">"
            + HTMLDocument.escape(headline(c)) + "</p>\n<ul class=\"notes\">"
            + legend.map { "<li>\(HTMLDocument.escape($0))</li>" }.joined() + "</ul>\n"
        s += PageHTML.chart(PageChart(id: "compare-\(c.command)", CompareReport.chart(c)), id: "chart")
        s +=
            "<h3>Inputs</h3><p class=\"muted\">Highlighted: differs between scenarios.</p>\n"
            + table(CompareReport.inputTable(c, marks: false), differs: c.inputRows.map(\.differs), id: "inputs-table")
        let rows = c.outputRows
        s +=
            "<h3>Outputs</h3><p class=\"muted\">Every output of <code>reckon \(c.command) --format json</code>; "
            + "highlighted: differs.</p>\n"
            + table(
                CompareReport.outputTable(c, marks: false), differs: rows.map(\.differs), id: "outputs-table",
                keys: rows.map { $0.isNumeric ? $0.key : nil }, values: rows.map(\.numbers))
        let permalink = FormHTML.permalink("/compare", link)
        s +=
            "<p class=\"muted\">Permalink: <a id=\"permalink\" href=\"\(HTMLDocument.escape(permalink))\">"
            + "\(HTMLDocument.escape(permalink))</a><br>Command line: each scenario in a YAML file, then "
            + "<code>reckon compare a.yaml b.yaml --command \(c.command)</code></p>\n</section>\n"
        return s
    }

    /// "gpu a100-80gb, gpus 2048" (the fields given), or "defaults".
    static func summary(_ s: Comparison.Scenario) -> String {
        s.inputs.isEmpty
            ? "the command's defaults"
            : s.inputs.keys.sorted().map { "\($0) \(s.inputs[$0]!)" }.joined(separator: ", ")
    }

    static func headline(_ c: Comparison) -> String {
        let key = CompareReport.keyOutputs[c.command]?.first
        guard let key, let row = c.outputRows.first(where: { $0.key == key }), c.scenarios.count >= 2,
            let ratio = row.ratios[1]
        else {
            return "\(c.scenarios.count) scenarios of `reckon \(c.command)` compared."
        }
        return "\(key): B is ×\(NumberFormat.significant(ratio, digits: 3)) of A"
            + (c.scenarios.count > 2 ? " (and the other scenarios in the tables)." : ".")
    }

    /// A table whose differing rows are marked (`tr.differs`), each scenario's numbers in `data-values`.
    static func table(_ t: Table, differs: [Bool], id: String, keys: [String?] = [], values: [[Double?]] = []) -> String
    {
        let e = HTMLDocument.escape
        var s = "<div class=\"scroll\"><table id=\"\(id)\"><thead><tr>"
        for (i, h) in t.header.enumerated() {
            s += "<th\(t.numericColumns.contains(i) ? " class=\"num\"" : "")>\(e(h))</th>"
        }
        s += "</tr></thead><tbody>\n"
        for (r, row) in t.rows.enumerated() {
            var attributes = r < differs.count && differs[r] ? " class=\"differs\"" : ""
            if r < keys.count, let key = keys[r] {
                let list = values[r].map { $0.map(JSONValue.number) ?? "null" }.joined(separator: " ")
                attributes += " data-key=\"\(e(key))\" data-values=\"\(e(list))\""
            }
            s +=
                "<tr\(attributes)>"
                + row.enumerated().map { c, cell in
                    "<td\(t.numericColumns.contains(c) ? " class=\"num\"" : "")>\(e(cell))</td>"
                }.joined() + "</tr>\n"
        }
        return s + "</tbody></table></div>\n"
    }
}
