import Foundation
import Hummingbird

/// `reckon serve --log`: one line per request on standard error — method, path (at most 200 characters), status and
/// the time to answer in microseconds.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = DispatchTime.now().uptimeNanoseconds
        let response = try await next(request, context)
        let micros = (DispatchTime.now().uptimeNanoseconds - start) / 1000
        let line = "\(request.method.rawValue) \(request.uri.path.prefix(200)) \(response.status.code) \(micros) µs\n"
        FileHandle.standardError.write(Data(line.utf8))
        return response
    }
}
