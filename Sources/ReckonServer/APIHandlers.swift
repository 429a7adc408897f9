import Foundation
import Hummingbird
import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonReport

/// The JSON API's handlers. Each parses, validates, calls one library function and renders; nothing is
/// computed here. No request touches the file system: the catalog is loaded before the server starts.
struct APIHandlers: Sendable {
    let settings: ServerSettings
    let analyses: [Analysis]

    /// `POST /api/v1/{analysis}` with a flat JSON object whose keys are the command's flag names in snake_case.
    func run(name: String, request: Request) async -> Response {
        guard let analysis = analyses.first(where: { $0.name == name }) else {
            return Responses.error(
                "unknown analysis '\(name)'; one of " + analyses.map(\.name).joined(separator: ", "), field: nil,
                status: .notFound)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await withDeadline(seconds: settings.requestSeconds) {
                try await request.body.collect(upTo: settings.maxBodyBytes)
            }
        } catch is BodyTimeout {
            return Responses.error(
                "the request body did not arrive within \(Int(settings.requestSeconds)) s",
                field: nil, status: .requestTimeout)
        } catch {
            return Responses.error(
                "request body larger than \(settings.maxBodyBytes) bytes", field: nil,
                status: .contentTooLarge)
        }
        let text = String(decoding: buffer.readableBytesView, as: UTF8.self)
        guard text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") else {
            return Responses.error(
                "body must be a JSON object of field names to values", field: nil, status: .badRequest)
        }
        let object: Any?
        do {
            object = try SafeDocument.parse(text, name: "request body", field: "body", maxBytes: settings.maxBodyBytes)
        } catch let e as InputError {
            return Responses.error(e.description, field: nil, status: .badRequest)
        } catch {
            return Responses.error("body is not valid JSON", field: nil, status: .badRequest)
        }
        guard let map = object as? [String: Any] else {
            return Responses.error(
                "body must be a JSON object of field names to values", field: nil, status: .badRequest)
        }
        do {
            let fields = try ScenarioFile.fields(from: map, origin: "request body")
            try RequestLimits.check(fields, settings.limits)
            let budget = WorkBudget.server(seconds: settings.requestSeconds)
            let result = try WorkBudget.$current.withValue(budget) { try analysis.jsonResult(fields, settings.catalog) }
            return Responses.json(result.rendered())
        } catch let error as InputError where error.field == "samples" && error.allowed.contains("budget") {
            return Responses.error(error.description, field: error.field, status: .contentTooLarge)
        } catch let error as InputError {
            return Responses.error(error.description, field: error.field, status: .unprocessableContent)
        } catch {
            return Responses.error(String(describing: error), field: nil, status: .unprocessableContent)
        }
    }

    /// `GET /api/v1/catalog[/accelerators|/models|/{id}]`
    func catalog(kind: String) -> Response {
        switch kind {
        case "all", "":
            return Responses.json(CatalogReport.list(settings.catalog, accelerators: true, models: true, format: .json))
        case "accelerators":
            return Responses.json(
                CatalogReport.list(settings.catalog, accelerators: true, models: false, format: .json))
        case "models":
            return Responses.json(
                CatalogReport.list(settings.catalog, accelerators: false, models: true, format: .json))
        default:
            do { return Responses.json(try CatalogReport.show(kind, in: settings.catalog, format: .json)) } catch let e
                as InputError
            {
                return Responses.error(e.description, field: "id", status: .notFound)
            } catch { return Responses.error("\(error)", field: nil, status: .notFound) }
        }
    }
}

/// Per-request caps on work, stated in the error a client gets.
enum RequestLimits {
    static func check(_ fields: InputFields, _ limits: Analysis.Limits) throws {
        if let samples = try? fields.int("samples"), samples > limits.maxSamples {
            throw InputError(
                field: "samples", value: String(samples),
                allowed: "at most \(limits.maxSamples) samples per API request (use the CLI for more)")
        }
        if let points = try? fields.int("points"), points > limits.maxSweepPoints {
            throw InputError(
                field: "points", value: String(points),
                allowed: "at most \(limits.maxSweepPoints) sweep points per API request")
        }
    }
}

/// Response builders.
enum Responses {
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
    static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
    static func error(_ message: String, field: String?, status: HTTPResponse.Status) -> Response {
        json(
            JSONValue.object([("error", .string(message)), ("field", field.map { .string($0) } ?? .null)]).rendered()
                + "\n", status: status)
    }
}

struct BodyTimeout: Error {}

/// Runs `body`, or throws ``BodyTimeout`` after `seconds` (cancelling it).
func withDeadline<T: Sendable>(seconds: Double, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
            throw BodyTimeout()
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}
