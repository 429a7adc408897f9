import Foundation
import Hummingbird
import HummingbirdTesting
import ReckonReport
import Testing
@testable import ReckonServer

/// Every route's responses validate against `GET /api/v1/openapi.json`: the document is valid OpenAPI 3.1, and each
/// response — every analysis with requests other than those its schema was derived from, Monte Carlo and search
/// answers, errors, the catalog, the pages — has a documented status and content type and a body its schema accepts.
/// The checking is `scripts/openapi_check.py` (openapi-spec-validator and jsonschema, draft 2020-12).
@Suite struct OpenAPIValidationTests {
    struct Call: Sendable {
        var method: HTTPRequest.Method
        var path: String
        var body: String?
        var contentType = "application/json"
    }

    /// Requests unlike the schema's samples: other models, accelerators, counts, distributions, targets.
    static let calls: [Call] =
        [
            Call(method: .get, path: "/healthz"),
            Call(method: .get, path: "/api/v1/openapi.json"),
            Call(method: .get, path: "/api/v1/catalog"),
            Call(method: .get, path: "/api/v1/catalog/accelerators"),
            Call(method: .get, path: "/api/v1/catalog/models"),
            Call(method: .get, path: "/api/v1/catalog/mi300x"),
            Call(method: .get, path: "/api/v1/catalog/llama-3.1-405b"),
            Call(method: .get, path: "/api/v1/catalog/no-such-entry"),
            Call(
                method: .post, path: "/api/v1/train",
                body: #"{"model": "llama-3.1-70b", "gpu": "a100-80gb", "gpus": 512}"#),
            Call(
                method: .post, path: "/api/v1/train",
                body: #"{"params": "7B", "tokens": "1T", "gpu": "v100", "gpus": 64, "mfu": 0.35}"#),
            Call(method: .post, path: "/api/v1/train", body: #"{"gpus": "800..1200", "samples": 300, "seed": 3}"#),
            Call(method: .post, path: "/api/v1/train", body: #"{"mfu": 2}"#),
            Call(method: .post, path: "/api/v1/train", body: "[1, 2]"),
            Call(method: .post, path: "/api/v1/train", body: #"{"mfu": 0.4}"#, contentType: "text/plain"),
            Call(method: .post, path: "/api/v1/train", body: #"{"mfu": "0.3..0.5", "samples": 100000000}"#),
            Call(
                method: .post, path: "/api/v1/train",
                body: #"{"model": ""# + String(repeating: "x", count: 70_000) + #""}"#),
            Call(method: .post, path: "/api/v1/scale", body: #"{"gpus": "2k,32k", "failures": "paper-2024"}"#),
            Call(
                method: .post, path: "/api/v1/plan",
                body: #"{"model": "megatron-1t", "gpus": 3072, "global_batch": 3072}"#),
            Call(method: .post, path: "/api/v1/validate", body: "{}"),
            Call(method: .post, path: "/api/v1/project", body: #"{"preset": "paper-stated"}"#),
            Call(method: .post, path: "/api/v1/roadmap", body: #"{"data_formats": 4, "samples": 80, "seed": 9}"#),
            Call(method: .post, path: "/api/v1/infer", body: #"{"model": "llama-3.1-8b", "precision": "fp8"}"#),
            Call(method: .post, path: "/api/v1/infer", body: #"{"model": "llama-3.1-70b", "ttft": 0.5, "tpot": 0.03}"#),
            Call(method: .post, path: "/api/v1/infer", body: #"{"output_tokens": "100..400", "samples": 200}"#),
            Call(method: .post, path: "/api/v1/deploy", body: #"{"output_tokens_per_day": "10B", "gpu": "a100-80gb"}"#),
            Call(
                method: .post, path: "/api/v1/deploy",
                body: #"{"mfu": "0.3..0.5", "samples": 100, "sensitivity": true}"#),
        ]
        + [
            "/", "/train?gpu=h100", "/scale", "/plan", "/validate", "/project", "/roadmap", "/infer", "/deploy",
            "/sensitivity", "/compare", "/catalog?q=amd", "/catalog/h100-sxm", "/catalog/nope", "/train?mfu=5",
        ]
        .map { Call(method: .get, path: $0) }

    struct Recorded: Sendable {
        var call: Call
        var status: Int
        var contentType: String
        var body: String
    }

    @Test func everyRouteValidatesAgainstTheDocument() async throws {
        let app = buildApplication(ServerSettings(port: 0))
        let responses: [Recorded] = try await app.test(.router) { client in
            var out: [Recorded] = []
            for call in Self.calls {
                var headers: HTTPFields = [:]
                if call.body != nil { headers[.contentType] = call.contentType }
                let response = try await client.execute(
                    uri: call.path, method: call.method, headers: headers,
                    body: call.body.map { ByteBuffer(string: $0) })
                out.append(
                    Recorded(
                        call: call, status: Int(response.status.code),
                        contentType: response.headers[.contentType] ?? "", body: String(buffer: response.body)))
            }
            return out
        }
        let document = responses.first { $0.call.path == "/api/v1/openapi.json" }?.body ?? ""
        let recorded: [[String: Any]] = responses.map { r in
            var entry: [String: Any] = [
                "method": r.call.method.rawValue, "path": r.call.path, "status": r.status,
                "content_type": r.contentType, "body": r.body,
            ]
            if let body = r.call.body, r.call.contentType == "application/json",
                let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
            {
                entry["request"] = object
            }
            return entry
        }
        let statuses = Set(recorded.compactMap { $0["status"] as? Int })
        #expect(statuses.isSuperset(of: [200, 400, 404, 413, 415, 422]), "the calls no longer cover every status")

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try document.write(to: dir.appendingPathComponent("openapi.json"), atomically: true, encoding: .utf8)
        try JSONSerialization.data(withJSONObject: recorded).write(to: dir.appendingPathComponent("responses.json"))
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scripts/openapi_check.py").standardized
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", script.path, dir.appendingPathComponent("openapi.json").path,
            dir.appendingPathComponent("responses.json").path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 0,
            """
            OpenAPI validation failed (needs python3 with openapi-spec-validator and jsonschema):
            \(output)
            """)
    }
}
