import Foundation
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `/catalog`: every accelerator and model, searchable (a GET `q`, filtered again as you type with JavaScript),
/// each ID linking to `/catalog/{id}`: every figure of the entry with its source.
public enum CatalogPage {
    static func escape(_ s: String) -> String { HTMLDocument.escape(s) }

    public static func list(_ catalog: Catalog, query: String, analyses: [Analysis]) -> String {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        func matches(_ texts: [String]) -> Bool { q.isEmpty || texts.joined(separator: " ").lowercased().contains(q) }
        let accelerators = catalog.accelerators.filter { matches([$0.id, $0.name, $0.vendor, String($0.year)]) }
        let models = catalog.models.filter { matches([$0.id, $0.name, $0.year.map(String.init) ?? ""]) }
        var body =
            "<h1>Catalog</h1>\n<p class=\"muted\">Every accelerator and model Reckon knows; open one for "
            + "every figure and its source. <code>reckon catalog list</code> and <code>GET /api/v1/catalog</code> "
            + "give the same entries.</p>\n"
        body +=
            "<form method=\"get\" action=\"/catalog\" id=\"inputs\" role=\"search\"><label>Search (ID, name, "
            + "vendor, year)<input type=\"search\" name=\"q\" id=\"field-q\" value=\"\(escape(query))\" "
            + "placeholder=\"h100, llama, AMD, 2024…\"></label><button type=\"submit\" id=\"submit\">Search</button>"
            + "</form>\n"
        body +=
            "<section id=\"result\">\n<p class=\"headline\" id=\"headline\">\(accelerators.count) of "
            + "\(catalog.accelerators.count) accelerators and \(models.count) of \(catalog.models.count) models"
            + (q.isEmpty ? "" : " match “\(escape(query))”") + ".</p>\n"
        if let chart = peakChart(accelerators) { body += PageHTML.chart(chart, id: "chart") }
        body += "<h2>Accelerators</h2>\n" + acceleratorTable(accelerators)
        body +=
            "<h2>Models</h2>\n" + modelTable(models) + "<p class=\"muted\">* an outside estimate, not published "
            + "by the developer.</p>\n</section>\n" + filterScript
        return HTMLDocument.page(
            title: "Reckon — Catalog", body: body, links: SiteNav.links(analyses),
            current: "/catalog")
    }

    static func link(_ id: String) -> String {
        "<a href=\"/catalog/\(escape(FormHTML.percentEncode(id)))\">\(escape(id))</a>"
    }

    static func acceleratorTable(_ list: [AcceleratorSpec]) -> String {
        var s =
            "<div class=\"scroll\"><table id=\"table-accelerators\"><thead><tr><th>id</th><th>name</th>"
            + "<th class=\"num\">year</th><th class=\"num\">BF16 dense</th><th class=\"num\">memory</th>"
            + "<th class=\"num\">bandwidth</th><th class=\"num\">TDP</th><th "
            + "class=\"num\">$/h</th></tr></thead><tbody>\n"
        for a in list {
            let search = escape([a.id, a.name, a.vendor, String(a.year)].joined(separator: " ").lowercased())
            let peak = a.peak(at: .bf16)
            let data = peak.map {
                " data-key=\"\(escape(a.id))/peak_bf16_flops\" data-value=\"\(JSONValue.number($0.value))\""
            }
            s +=
                "<tr data-search=\"\(search)\"\(data ?? "")><td>\(link(a.id))</td>"
                + "<td>\(escape(a.name))</td><td class=\"num\">\(a.year)</td>"
                + "<td class=\"num\">\(escape(peak?.formatted ?? "—"))</td>"
                + "<td class=\"num\">\(escape(a.memory?.formatted ?? "—"))</td>"
                + "<td class=\"num\">\(escape(a.memoryBandwidth?.formatted ?? "—"))</td>"
                + "<td class=\"num\">\(escape(a.tdp?.formatted ?? "—"))</td>"
                + "<td class=\"num\">\(escape(a.cloudPrice?.formatted ?? "—"))</td></tr>\n"
        }
        return s + "</tbody></table></div>\n"
    }

    static func modelTable(_ list: [ModelSpec]) -> String {
        var s =
            "<div class=\"scroll\"><table id=\"table-models\"><thead><tr><th>id</th><th>name</th>"
            + "<th class=\"num\">year</th><th class=\"num\">parameters</th><th class=\"num\">active</th>"
            + "<th class=\"num\">layers</th><th class=\"num\">training tokens</th></tr></thead><tbody>\n"
        for m in list {
            let search = escape([m.id, m.name, m.year.map(String.init) ?? ""].joined(separator: " ").lowercased())
            s +=
                "<tr data-search=\"\(search)\" data-key=\"\(escape(m.id))/params\" "
                + "data-value=\"\(JSONValue.number(m.totalParameters.value))\"><td>\(link(m.id))</td>"
                + "<td>\(escape(m.name + (m.isEstimate ? " *" : "")))</td>"
                + "<td class=\"num\">\(m.year.map(String.init) ?? "—")</td>"
                + "<td class=\"num\">\(escape(m.totalParameters.formatted))</td>"
                + "<td class=\"num\">\(escape(m.activeParameters.formatted))</td>"
                + "<td class=\"num\">\(m.layers.map(String.init) ?? "—")</td>"
                + "<td "
                + "class=\"num\">\(escape(m.trainingTokens.map { NumberFormat.count($0.value) } ?? "—"))</td></tr>\n"
        }
        return s + "</tbody></table></div>\n"
    }

    /// Dense BF16 peak of each accelerator listed (log axis when they span more than 100×).
    static func peakChart(_ list: [AcceleratorSpec]) -> PageChart? {
        let bars = list.compactMap { a in
            a.peak(at: .bf16).map {
                BarChart.Bar(
                    label: a.name, low: 0, high: $0.value / 1e12, tone: 0,
                    annotation: $0.formatted)
            }
        }
        guard !bars.isEmpty else { return nil }
        let scale = Axis.scale(for: bars.map(\.high))
        let chart = BarChart(
            title: "Dense BF16 peak per accelerator",
            value: Axis(
                label: "TFLOP/s (dense BF16)" + (scale == .log ? ", log scale" : ""),
                scale: scale, format: Axis.plainFormat),
            bars: bars,
            orientation: .horizontal)
        return PageChart(id: "catalog-bf16-peak", chart)
    }

    /// Live filtering of both tables as the search box changes (the GET form still works without it).
    static let filterScript = """
        <script>
        (() => {
          const box = document.getElementById("field-q");
          if (!box) return;
          box.addEventListener("input", () => {
            const q = box.value.trim().toLowerCase();
            for (const row of document.querySelectorAll("tr[data-search]")) {
              row.hidden = q !== "" && !row.dataset.search.includes(q);
            }
          });
        })();
        </script>

        """

    // MARK: - One entry

    /// `/catalog/{id}`: every field of the entry, its sources, a chart, and links to use it; nil for an unknown ID.
    public static func entry(_ id: String, catalog: Catalog, analyses: [Analysis]) -> String? {
        let fields: [(String, JSONValue, String)]
        let title: String
        let chart: PageChart?
        var uses: [(String, String)] = []
        var sources: [String]
        if let a = try? catalog.accelerator(id) {
            fields = CatalogReport.acceleratorFields(a)
            title = a.name
            chart = precisionChart(a)
            sources = [a.source]
            uses = [
                ("Train on it", "/train?gpu=\(a.id)"), ("Serve on it", "/infer?gpu=\(a.id)"),
                ("Scale on it", "/scale?gpu=\(a.id)"),
            ]
        } else if let m = try? catalog.model(id) {
            fields = CatalogReport.modelFields(m)
            title = m.name
            chart = parameterChart(m)
            sources = [m.source]
            uses = [
                ("Train it", "/train?model=\(m.id)"), ("Serve it", "/infer?model=\(m.id)"),
                ("Deploy it", "/deploy?model=\(m.id)"),
            ]
        } else {
            return nil
        }
        sources = sources.flatMap { $0.components(separatedBy: "; ") }.filter { !$0.isEmpty }
        let entryID = fields.first.map { $0.2 } ?? id
        var body = "<p class=\"muted\"><a href=\"/catalog\">Catalog</a> › \(escape(entryID))</p>\n"
        body += "<h1>\(escape(title))</h1>\n<section id=\"result\">\n"
        body += "<p class=\"headline\" id=\"headline\">\(escape(headline(fields)))</p>\n"
        if let chart { body += PageHTML.chart(chart, id: "chart") }
        let rows = fields.filter { $0.0 != "source" }.map { [$0.0, $0.2] }
        let data = fields.filter { $0.0 != "source" }.map { f -> PageTable.Datum? in
            if case .number(let x) = f.1 { return PageTable.Datum(f.0, x) }
            return nil
        }
        body += PageHTML.table(
            PageTable(
                id: "fields", title: "Every field",
                table: Table(header: ["field", "value"], rows: rows, numericColumns: [1]),
                data: data))
        body +=
            "<section id=\"sources\"><h3>Sources</h3><ul class=\"notes\">"
            + sources.map { "<li>\(escape($0))</li>" }.joined() + "</ul></section>\n"
        body +=
            "<p>" + uses.map { "<a href=\"\(escape($0.1))\">\(escape($0.0))</a>" }.joined(separator: " · ")
            + " · JSON: <code>GET /api/v1/catalog/\(escape(entryID))</code></p>\n</section>\n"
        return HTMLDocument.page(
            title: "Reckon — \(title)", body: body, links: SiteNav.links(analyses),
            current: "/catalog")
    }

    static func headline(_ fields: [(String, JSONValue, String)]) -> String {
        let text = Dictionary(fields.map { ($0.0, $0.2) }, uniquingKeysWith: { a, _ in a })
        if let peak = text["peak_bf16_flops"] {
            return "\(text["name"] ?? "") (\(text["vendor"] ?? ""), \(text["year"] ?? "")): \(peak) BF16, "
                + "\(text["memory_bytes"] ?? "memory not published") of memory at "
                + "\(text["memory_bandwidth_bytes_per_second"] ?? "an unpublished bandwidth")."
        }
        return "\(text["name"] ?? ""): \(text["params"] ?? "?") parameters (\(text["active_params"] ?? "?") active), "
            + "\(text["layers"] ?? "?") layers, trained on \(text["training_tokens"] ?? "an unpublished number of") "
            + "tokens."
    }

    /// Dense peak at each precision the accelerator publishes.
    static func precisionChart(_ a: AcceleratorSpec) -> PageChart? {
        let bars = Precision.allCases.compactMap { p in
            a.peak[p].map { BarChart.Bar(label: p.label, low: 0, high: $0.value / 1e12, annotation: $0.formatted) }
        }
        guard !bars.isEmpty else { return nil }
        let scale = Axis.scale(for: bars.map(\.high))
        let chart = BarChart(
            title: "\(a.name): dense peak by precision",
            value: Axis(
                label: "TFLOP/s (dense)" + (scale == .log ? ", log scale" : ""), scale: scale,
                format: Axis.plainFormat),
            bars: bars,
            orientation: .horizontal)
        return PageChart(id: "\(a.id)-peaks", chart)
    }

    /// Parameters by part, counted from the published shape; total and active when there is no shape.
    static func parameterChart(_ m: ModelSpec) -> PageChart? {
        var parts: [(String, Double)]
        if let c = try? ModelParameterCount(model: m) {
            parts = [
                ("input embedding", c.inputEmbedding), ("output head", c.outputHead), ("attention", c.attention),
                ("dense FFN", c.denseFFN), ("routed experts", c.routedExperts),
                ("shared experts", c.sharedExperts), ("routers", c.routers), ("norms", c.norms),
            ]
            .filter { $0.1 > 0 }
        } else {
            parts = [("total", m.totalParameters.value), ("active per token", m.activeParameters.value)]
        }
        guard !parts.isEmpty else { return nil }
        let scale = Axis.scale(for: parts.map(\.1))
        let bars = parts.map {
            BarChart.Bar(
                label: $0.0, low: 0, high: $0.1,
                annotation: NumberFormat.count($0.1))
        }
        let chart = BarChart(
            title: "\(m.name): parameters by part",
            value: Axis(
                label: "parameters" + (scale == .log ? " (log scale)" : ""), scale: scale,
                format: Axis.countFormat), bars: bars, orientation: .horizontal)
        return PageChart(id: "\(m.id)-parameters", chart)
    }
}
