import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReckonServer

/// The server-side reproducers of issue 12, in-process: each is a clear 4xx answer, never a trap or a hang.
@Suite struct HardeningRouteTests {
    func app() -> some ApplicationProtocol { buildApplication(ServerSettings(port: 0)) }
    static let json: HTTPFields = [.contentType: "application/json"]

    @Test func extremeValuesAreRefusedNotFatal() async throws {
        try await app().test(.router) { client in
            let page = try await client.execute(uri: "/train?mfu=1e-300..1e-299", method: .get)
            #expect(page.status == .ok && String(buffer: page.body).contains("id=\"error\""))
            let deploy = try await client.execute(
                uri: "/api/v1/deploy", method: .post, headers: Self.json,
                body: ByteBuffer(string: #"{"output_tokens_per_day": 1e30}"#))
            #expect(deploy.status == .unprocessableContent)
            let twice = try await client.execute(
                uri: "/api/v1/train", method: .post, headers: Self.json,
                body: ByteBuffer(string: #"{"gpus": 512, "GPUS": 1024}"#))
            #expect(twice.status == .unprocessableContent && String(buffer: twice.body).contains("'GPUS' and 'gpus'"))
            let repeated = try await client.execute(
                uri: "/api/v1/train", method: .post, headers: Self.json,
                body: ByteBuffer(string: #"{"gpus": 512, "gpus": 1024}"#))
            #expect(repeated.status == .badRequest)
            let deep = String(repeating: "[", count: 5_000)
            let nested = try await client.execute(
                uri: "/api/v1/train", method: .post, headers: Self.json,
                body: ByteBuffer(string: "{\"a\": \(deep)"))
            #expect(nested.status == .badRequest)
        }
    }

    /// Work is counted over samples and every GPU count: 1,000 points × 100,000 samples and a 12,000-count list are
    /// refused before they start.
    @Test func workIsBudgetedOverEveryAxis() async throws {
        try await app().test(.router) { client in
            let body =
                #"{"gpus": "1k...100k", "points": 1000, "samples": 100000, "gpu_mtbf_hours": "3e5..1.5e6","#
                + #" "failures": "paper-2024"}"#
            let big = try await client.execute(
                uri: "/api/v1/scale", method: .post, headers: Self.json,
                body: ByteBuffer(string: body))
            #expect(big.status == .contentTooLarge)
            let list = Array(repeating: "1k", count: 12_000).joined(separator: ",")
            let long = try await client.execute(
                uri: "/api/v1/scale", method: .post, headers: Self.json,
                body: ByteBuffer(string: "{\"gpus\": \"\(list)\"}"))
            #expect(long.status == .unprocessableContent || long.status == .contentTooLarge)
        }
    }

    @Test func protocolRules() async throws {
        try await app().test(.router) { client in
            let delete = try await client.execute(uri: "/train", method: .delete)
            #expect(delete.status == .methodNotAllowed && delete.headers[.allow] == "GET, HEAD")
            let connect = try await client.execute(uri: "/api/v1/train", method: .connect)
            #expect(connect.status == .methodNotAllowed && connect.headers[.allow] == "POST")
            let head = try await client.execute(uri: "/healthz", method: .head)
            #expect(head.status == .ok && head.body.readableBytes == 0)
            let text = try await client.execute(
                uri: "/api/v1/train", method: .post, headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: "{}"))
            #expect(text.status == .unsupportedMediaType)
            var foreign = Self.json
            foreign[HTTPField.Name("Origin")!] = "http://evil.example"
            let cross = try await client.execute(
                uri: "/api/v1/train", method: .post, headers: foreign,
                body: ByteBuffer(string: "{}"))
            #expect(cross.status == .forbidden)
            let id = String(repeating: "x", count: 20_000)
            let missing = try await client.execute(uri: "/api/v1/catalog/\(id)", method: .get)
            #expect(missing.status == .notFound && missing.body.readableBytes < 1_000)
        }
    }
}
