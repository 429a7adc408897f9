import Foundation
import Hummingbird
import HummingbirdTesting
import ReckonCatalog
import ReckonInput
import ReckonReport
import Testing
@testable import ReckonServer

/// Routes tested in-process (no socket), as Hummingbird's template does.
@Suite struct RouterTests {
    func app() -> some ApplicationProtocol { buildApplication(ServerSettings(port: 0)) }

    func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    @Test func health() async throws {
        try await app().test(.router) { client in
            do {
                let response = try await client.execute(uri: "/healthz", method: .get)
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok\n")
            }
        }
    }

    /// The API returns exactly what the CLI's JSON renderer returns for the same fields.
    @Test func trainMatchesTheCLIJSON() async throws {
        let body = #"{"params": 175e9, "tokens": 300e9, "gpu": "v100", "gpus": 1000, "mfu": 0.3}"#
        let resolved = try TrainRequest.resolve(
            InputFields([
                "params": .number(175e9), "tokens": .number(300e9), "gpu": .text("v100"),
                "gpus": .number(1000), "mfu": .number(0.3),
            ]))
        let expected = TrainReport.json(
            resolved.scenario.estimate(), assumptions: resolved.assumptions, notes: resolved.notes,
            failures: resolved.failures
        ).rendered()
        try await app().test(.router) { client in
            do {
                let response = try await client.execute(
                    uri: "/api/v1/train", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: body))
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == expected)
                #expect(try json(response.body)["compute_flop"] as? Double == 3.15e23)
            }
        }
    }

    @Test func badRequestsGet400Or422WithTheField() async throws {
        try await app().test(.router) { client in
            do {
                let response = try await client.execute(
                    uri: "/api/v1/train", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"mfu": 3}"#))
                #expect(response.status == .unprocessableContent)
                let object = try json(response.body)
                #expect(object["field"] as? String == "mfu")
                #expect((object["error"] as? String)?.contains("(0, 1]") == true)
            }
            do {
                let response = try await client.execute(
                    uri: "/api/v1/train", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"mfu": "#))
                #expect(response.status == .badRequest)
            }
            do {
                let response = try await client.execute(
                    uri: "/api/v1/train", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: "[1, 2]"))
                #expect(response.status == .badRequest)
            }
            do {
                let response = try await client.execute(
                    uri: "/api/v1/train", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"gpu": "h10"}"#))
                #expect(response.status == .unprocessableContent)
                #expect(try json(response.body)["field"] as? String == "gpu")
            }
            do {
                let response = try await client.execute(
                    uri: "/api/v1/nope", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: "{}"))
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func bodySizeAndWorkAreCapped() async throws {
        let big = "{\"model\": \"" + String(repeating: "x", count: 70_000) + "\"}"
        try await app().test(.router) { client in
            do {
                let response = try await client.execute(
                    uri: "/api/v1/train", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: big))
                #expect(response.status == .contentTooLarge)
            }
            do {
                let response = try await client.execute(
                    uri: "/api/v1/train", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"samples": 10000000}"#))
                #expect(response.status == .unprocessableContent)
                #expect((try json(response.body)["error"] as? String)?.contains("at most") == true)
            }
        }
    }

    @Test func catalogRoutes() async throws {
        try await app().test(.router) { client in
            do {
                let response = try await client.execute(uri: "/api/v1/catalog/accelerators", method: .get)
                let list = try #require(try json(response.body)["accelerators"] as? [[String: Any]])
                #expect(list.count == Catalog.builtin.accelerators.count)
            }
            do {
                let response = try await client.execute(uri: "/api/v1/catalog/h100", method: .get)
                #expect(try json(response.body)["id"] as? String == "h100-sxm")
            }
            do {
                let response = try await client.execute(uri: "/api/v1/catalog/nope", method: .get)
                #expect(response.status == .notFound)
            }
        }
    }

    /// The page for an analysis: a GET form prefilled from the query; the result table, chart and permalink.
    @Test func trainPageShowsFormResultChartAndPermalink() async throws {
        try await app().test(.router) { client in
            do {
                let response = try await client.execute(uri: "/train?gpus=2048&gpu=a100-80gb", method: .get)
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(html.contains("<form method=\"get\" action=\"/train\""))
                #expect(html.contains("value=\"2048\""))
                #expect(html.contains("<option selected value=\"a100-80gb\">"))
                #expect(html.contains("id=\"chart\"") && html.contains("<svg"))
                #expect(html.contains("id=\"permalink\""))
                #expect(html.contains("2,048 × NVIDIA A100"))
            }
            do {
                let response = try await client.execute(uri: "/train?mfu=7", method: .get)
                #expect(String(buffer: response.body).contains("id=\"error\""))
            }
            do {
                let response = try await client.execute(uri: "/", method: .get)
                #expect(String(buffer: response.body).contains("What training a frontier model costs"))
            }
        }
    }
}
