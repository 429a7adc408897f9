import Hummingbird
import Logging
import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonReport

/// Settings of `reckon serve`.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// Largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    public var limits: Analysis.Limits
    public var catalog: Catalog
    /// Wall-clock seconds after which a request's Monte Carlo run stops (its work is also capped by
    /// ``WorkBudget/server(seconds:)``).
    public var requestSeconds: Double = 10
    /// Log each request (method, path, status, microseconds) to standard error.
    public var logRequests = false

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 64 * 1024,
        limits: Analysis.Limits = .init(), catalog: Catalog = .builtin
    ) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.limits = limits
        self.catalog = catalog
    }
}

/// The web app: HTML pages with forms and charts, and a JSON API that mirrors the CLI.
public func buildApplication(_ settings: ServerSettings) -> some ApplicationProtocol {
    var logger = Logger(label: "reckon")
    logger.logLevel = .warning
    return Application(
        router: buildRouter(settings),
        // Connections idle for 30 s (a body announced but not sent included) are closed.
        server: .http1(configuration: .init(idleTimeout: .seconds(30))),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "reckon"),
        logger: logger)
}

/// Routes:
/// - `GET /healthz` — liveness
/// - `GET /` — the main report (HTML); `GET /{analysis}?field=value…` — an analysis page (the URL is the permalink)
/// - `POST /api/v1/{analysis}` — a flat JSON object of the command's fields → the CLI's JSON
/// - `GET /api/v1/catalog`, `/api/v1/catalog/accelerators`, `/api/v1/catalog/models`, `/api/v1/catalog/{id}`
/// - `GET /api/v1/openapi.json` — the OpenAPI 3.1 document, generated from the field registry
public func buildRouter(_ settings: ServerSettings) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    let analyses = Analyses.all(catalog: settings.catalog)
    let reportPage = HomePage.render(sections: SummaryReport.sections(catalog: settings.catalog), analyses: analyses)
    let handlers = APIHandlers(settings: settings, analyses: analyses)
    if settings.logRequests { router.add(middleware: RequestLog<BasicRequestContext>()) }
    router.add(middleware: RequestGuard<BasicRequestContext>(analyses: Set(analyses.map(\.name))))

    readable(router, "healthz") { _, _ in Responses.text("ok\n") }
    readable(router, "api/v1/openapi.json") { _, _ in Responses.json(OpenAPIText.document) }
    readable(router, "/") { _, _ in Responses.html(reportPage) }
    readable(router, "api/v1/catalog") { _, _ in handlers.catalog(kind: "all") }
    readable(router, "api/v1/catalog/:item") { _, context in
        handlers.catalog(kind: context.parameters.get("item") ?? "")
    }
    readable(router, "catalog") { request, _ in
        let q = request.uri.queryParameters["q"].map(String.init) ?? ""
        return Responses.html(CatalogPage.list(settings.catalog, query: String(q.prefix(200)), analyses: analyses))
    }
    readable(router, "catalog/:id") { _, context in
        let id = context.parameters.get("id") ?? ""
        guard let page = CatalogPage.entry(id, catalog: settings.catalog, analyses: analyses) else {
            return notFound("No catalog entry '\(id.prefix(80))'", analyses: analyses)
        }
        return Responses.html(page)
    }
    readable(router, "sensitivity") { request, _ in
        guard case .success(let query) = pageQuery(request) else { return fieldTwice(pageQuery(request)) }
        if let refusal = tooMuchWork(query, settings) { return refusal }
        let budget = WorkBudget.server(seconds: settings.requestSeconds)
        let page = WorkBudget.$current.withValue(budget) {
            SensitivityPage.render(query: query, catalog: settings.catalog, analyses: analyses)
        }
        return Responses.html(page)
    }
    readable(router, "compare") { request, _ in
        guard case .success(let query) = pageQuery(request) else { return fieldTwice(pageQuery(request)) }
        if let refusal = tooMuchWork(query, settings) { return refusal }
        let budget = WorkBudget.server(seconds: settings.requestSeconds)
        let page = WorkBudget.$current.withValue(budget) {
            ComparePage.render(query: query, catalog: settings.catalog, analyses: analyses)
        }
        return Responses.html(page)
    }
    router.post("api/v1/:analysis") { request, context in
        await handlers.run(name: context.parameters.get("analysis") ?? "", request: request)
    }
    readable(router, ":analysis") { request, context in
        guard let name = context.parameters.get("analysis"), let analysis = analyses.first(where: { $0.name == name })
        else {
            return notFound("Not found", analyses: analyses)
        }
        let query: [String: String]
        switch pageQuery(request) {
        case .success(let q): query = q
        case let failure: return fieldTwice(failure)
        }
        if let refusal = tooMuchWork(query, settings) { return refusal }
        let budget = WorkBudget.server(seconds: settings.requestSeconds)
        let page = WorkBudget.$current.withValue(budget) {
            AnalysisPage.render(analysis, query: query, catalog: settings.catalog, all: analyses)
        }
        return Responses.html(page)
    }
    return router
}

/// A page's query as field → value (keys normalized), or the key given twice.
func pageQuery(_ request: Request) -> Result<[String: String], FieldTwice> {
    var query: [String: String] = [:]
    for (k, v) in request.uri.queryParameters {
        let key = InputFields.normalize(String(k))
        guard query[key] == nil else { return .failure(FieldTwice(key: key)) }
        query[key] = String(v)
    }
    return .success(query)
}

struct FieldTwice: Error { var key: String }

func fieldTwice(_ result: Result<[String: String], FieldTwice>) -> Response {
    guard case .failure(let e) = result else { return notFound("Not found", analyses: []) }
    let body =
        "<h1>A field twice</h1><p class=\"error\" id=\"error\">"
        + HTMLDocument.escape("\(String(e.key.prefix(64))) is given more than once; give each field once") + "</p>"
    return Responses.html(HTMLDocument.page(title: "A field twice", body: body), status: .unprocessableContent)
}

/// The API's per-request caps on a page's query (sweep points; samples).
func tooMuchWork(_ query: [String: String], _ settings: ServerSettings) -> Response? {
    do {
        try RequestLimits.check(InputFields(query.mapValues { .text($0) }, origin: "query"), settings.limits)
    } catch let e as InputError {
        return Responses.html(
            HTMLDocument.page(
                title: "Too much work",
                body: "<h1>Too much work for one page</h1>"
                    + "<p class=\"error\" id=\"error\">" + HTMLDocument.escape(e.description)
                    + "</p>"), status: .unprocessableContent)
    } catch {}
    return nil
}

func notFound(_ message: String, analyses: [Analysis]) -> Response {
    let body = "<h1>\(HTMLDocument.escape(message))</h1><p><a href=\"/\">Back to the report</a></p>"
    return Responses.html(
        HTMLDocument.page(title: "Not found", body: body, links: SiteNav.links(analyses)),
        status: .notFound)
}

/// The OpenAPI document, built on its first request (its response schemas run each analysis's sample requests) and
/// kept: it depends on the field registry and the analyses, not on the catalog a server was given.
enum OpenAPIText {
    static let document = OpenAPIDocument.render(Analyses.all(), version: ReckonVersion.current).rendered()
}

/// Registers `handler` for GET and for HEAD (the same status and headers, no body).
func readable(
    _ router: Router<BasicRequestContext>, _ path: RouterPath,
    _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response
) {
    router.get(path, use: handler)
    router.head(path) { request, context in
        let response = try await handler(request, context)
        var headers = response.headers
        if headers[.contentLength] == nil, let length = response.body.contentLength {
            headers[.contentLength] = String(length)
        }
        return Response(status: response.status, headers: headers, body: .init())
    }
}
