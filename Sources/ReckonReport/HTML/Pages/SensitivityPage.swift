import ReckonCatalog
import ReckonCore
import ReckonInput

/// `/sensitivity?command=train&mfu=0.3..0.5&…`: which uncertain inputs move a result most — the tornado (each input
/// from its p5 to its p95, the others at their medians), rank correlations and percentiles, for any command that
/// takes distributions. The page of `reckon sensitivity <command>`.
public enum SensitivityPage {
    /// The opening scenario per command: a few inputs given as 90% intervals.
    static let examples: [String: [String: String]] = [
        "train": ["mfu": "0.3..0.5", "price_per_hour": "1.5..3", "gpus": "800..1200"],
        "infer": ["model": "llama-3.1-70b", "utilization": "0.4..0.8", "output_tokens": "200..600"],
        "deploy": ["preset": "twitter-1pct-year", "mfu": "0.3..0.5", "output_tokens": "30..60"],
        "scale": ["gpus": "16k", "restart_hours": "0.1..1"],
        "project": ["param_growth": "2..3.5"],
        "roadmap": ["data_formats": "2..8"],
    ]

    public static func render(query: [String: String], catalog: Catalog, analyses: [Analysis]) -> String {
        let candidates = analyses.filter { $0.uncertain != nil }
        let chosen =
            query["command"].flatMap { name in candidates.first { $0.name == name } }
            ?? candidates.first { $0.name == "train" } ?? candidates[0]
        let fields = chosen.fields + samplingFields(catalog)
        var given = query
        given["command"] = nil
        let values = FormHTML.canonical(
            given.isEmpty ? examples[chosen.name] ?? [:] : given, fields: fields,
            catalog: catalog)
        var body =
            "<h1>What moves the answer</h1>\n<p class=\"muted\">Give inputs as ranges (0.3..0.5 is a 90% "
            + "interval, lognormal; also normal(m, sd), uniform(a, b), triangular(a, mode, b), choice(x: w, y: w)). "
            + "Each is moved from its p5 to its p95 with the others at their medians; rank correlations come from a "
            + "full Monte Carlo sample.</p>\n"
        var result = ""
        var invalid: String?
        do {
            var inputs = InputFields(values.mapValues { .text($0) }, origin: "form")
            inputs.set("sensitivity", .flag(true), origin: "page")
            let page = try chosen.pageResult(inputs, catalog)
            result = "<section id=\"result\">\n<h2>Result</h2>\n" + PageHTML.result(page)
            var link = values
            link["command"] = chosen.name
            let permalink = FormHTML.permalink("/sensitivity", link)
            result +=
                "<p class=\"muted\">Permalink: <a id=\"permalink\" href=\"\(HTMLDocument.escape(permalink))\">"
                + "\(HTMLDocument.escape(permalink))</a><br>Command line: <code id=\"command\">"
                + HTMLDocument.escape(FormHTML.command("sensitivity " + chosen.name, values, fields: fields))
                + "</code></p>\n</section>\n"
        } catch let error as InputError {
            invalid = error.field
            result = "<div class=\"error\" id=\"error\">\(HTMLDocument.escape(error.description))</div>\n"
        } catch {
            result = "<div class=\"error\" id=\"error\">\(HTMLDocument.escape(String(describing: error)))</div>\n"
        }
        body += "<form method=\"get\" action=\"/sensitivity\" id=\"inputs\" data-enhance>\n"
        body +=
            "<label>Command<select name=\"command\" id=\"field-command\" "
            + "onchange=\"location.href='/sensitivity?command='+this.value\">"
        for a in candidates {
            body +=
                "<option value=\"\(a.name)\"\(a.name == chosen.name ? " selected" : "")>\(a.name) — "
                + "\(HTMLDocument.escape(a.title))</option>"
        }
        body += "</select></label>\n" + FormHTML.inputs(fields, values: values, invalid: invalid)
        body += "<button type=\"submit\" id=\"submit\">Compute</button>\n</form>\n" + result + FormHTML.enhancement
        return HTMLDocument.page(
            title: "Reckon — Sensitivity", body: body, links: SiteNav.links(analyses),
            current: "/sensitivity")
    }

    /// `samples` and `seed` as form fields (sensitivity is implied by the page).
    static func samplingFields(_ catalog: Catalog) -> [Analysis.Field] {
        let uses = CommandInputs.samplingUses.filter { $0.key != "sensitivity" }
        return Analysis.formFields(CommandInputs("sampling", uses), catalog: catalog, choices: [:])
            .map {
                var f = $0
                f.common = true
                return f
            }
    }
}
