import ReckonCatalog
import ReckonCore
import ReckonInput

/// One analysis page of the web app: a form (a plain GET form, so the URL is the permalink) prefilled from
/// the built-in scenario or the query, and the result: headline, charts, tables, assumptions, sources, derivation.
public enum AnalysisPage {
    public static func render(_ analysis: Analysis, query: [String: String], catalog: Catalog, all: [Analysis])
        -> String
    {
        // Inputs: the query's non-empty fields (aliases resolved), or the page's opening example when it sets none.
        let given = FormHTML.canonical(query, fields: analysis.fields, catalog: catalog)
        let values =
            query.isEmpty
            ? FormHTML.canonical(analysis.example, fields: analysis.fields, catalog: catalog)
            : given
        var body = "<h1>\(HTMLDocument.escape(analysis.title))</h1>\n"
        body += "<p class=\"muted\">\(HTMLDocument.escape(analysis.summary))</p>\n"
        var result = ""
        var invalid: String?
        do {
            let inputs = InputFields(values.mapValues { .text($0) }, origin: "form")
            let page = try analysis.pageResult(inputs, catalog)
            result =
                "<section id=\"result\">\n<h2>Result</h2>\n" + PageHTML.result(page)
                + share(analysis, values) + "</section>\n"
        } catch let error as InputError {
            invalid = error.field
            result = "<div class=\"error\" id=\"error\">\(HTMLDocument.escape(error.description))</div>\n"
        } catch {
            result = "<div class=\"error\" id=\"error\">\(HTMLDocument.escape(String(describing: error)))</div>\n"
        }
        if !analysis.fields.isEmpty {
            body += "<form method=\"get\" action=\"/\(analysis.name)\" id=\"inputs\" data-enhance>\n"
            body += FormHTML.inputs(analysis.fields, values: values, invalid: invalid)
            body += "<button type=\"submit\" id=\"submit\">Compute</button>\n</form>\n"
        }
        body += result + FormHTML.enhancement
        return HTMLDocument.page(
            title: "Reckon — \(analysis.title)", body: body, links: SiteNav.links(all),
            current: "/" + analysis.name)
    }

    /// The permalink, the same run on the command line and through the API.
    static func share(_ analysis: Analysis, _ values: [String: String]) -> String {
        let permalink = FormHTML.permalink("/" + analysis.name, values)
        let command = FormHTML.command(analysis.name, values, fields: analysis.fields)
        return "<p class=\"muted\">Permalink: <a id=\"permalink\" href=\"\(HTMLDocument.escape(permalink))\">"
            + "\(HTMLDocument.escape(permalink))</a><br>Command line: <code id=\"command\">"
            + "\(HTMLDocument.escape(command))</code><br>JSON: <code>POST /api/v1/\(analysis.name)</code> "
            + "with the same fields (<a href=\"/api/v1/openapi.json\">OpenAPI</a>)</p>\n"
    }

    static func percentEncode(_ s: String) -> String { FormHTML.percentEncode(s) }
}
