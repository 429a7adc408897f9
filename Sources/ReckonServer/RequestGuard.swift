import HTTPTypes
import Hummingbird

/// What every request passes before routing: a method the path allows (405 with `Allow` otherwise, `CONNECT`
/// included), a JSON body for `POST` (415), and no cross-origin caller (403): a web page on another site must not
/// drive the local API or its pages from a user's browser.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let analyses: Set<String>
    /// Pages that are not analyses.
    var pages: Set<String> { ["healthz", "catalog", "sensitivity", "compare"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if let refusal = crossOrigin(request) { return refusal }
        let path = request.uri.path
        if let allowed = allowedMethods(path), !allowed.contains(request.method) {
            let names = allowed.map(\.rawValue).joined(separator: ", ")
            var response = Responses.error(
                "\(request.method.rawValue) is not allowed on \(String(path.prefix(80))); "
                    + "allowed: \(names)", field: nil, status: .methodNotAllowed)
            response.headers[.allow] = names
            return response
        }
        if request.method == .post {
            let type = request.headers[.contentType]?.lowercased() ?? ""
            guard type.hasPrefix("application/json") else {
                return Responses.error(
                    "POST bodies must be application/json (Content-Type: application/json)",
                    field: nil, status: .unsupportedMediaType)
            }
        }
        return try await next(request, context)
    }

    /// The methods a known path takes; nil for an unknown path (the router answers 404).
    func allowedMethods(_ path: String) -> [HTTPRequest.Method]? {
        let read: [HTTPRequest.Method] = [.get, .head]
        let parts = path.split(separator: "/").map(String.init)
        switch parts.count {
        case 0: return read
        case 1: return pages.contains(parts[0]) || analyses.contains(parts[0]) ? read : nil
        case 2 where parts[0] == "catalog": return read
        case 3 where parts[0] == "api" && parts[1] == "v1":
            if parts[2] == "openapi.json" || parts[2] == "catalog" { return read }
            return analyses.contains(parts[2]) ? [.post] : nil
        case 4 where parts[0] == "api" && parts[1] == "v1" && parts[2] == "catalog": return read
        default: return nil
        }
    }

    /// 403 for a request a browser sends from another origin (its `Origin` header names another host, or
    /// `Sec-Fetch-Site` says cross-site). Tools such as curl send neither and pass.
    func crossOrigin(_ request: Request) -> Response? {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site == "cross-site" {
            return Responses.error("cross-site requests are refused", field: nil, status: .forbidden)
        }
        guard let origin = request.headers[HTTPField.Name("Origin")!], origin != "null" else { return nil }
        let host = request.headers[HTTPField.Name("Host")!] ?? request.head.authority ?? ""
        let same = origin == "http://" + host || origin == "https://" + host
        return same
            ? nil
            : Responses.error(
                "cross-origin requests are refused (Origin \(String(origin.prefix(80))))",
                field: nil, status: .forbidden)
    }
}
