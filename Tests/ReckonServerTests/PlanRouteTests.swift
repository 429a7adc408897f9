import Foundation
import Hummingbird
import HummingbirdTesting
import ReckonInput
import ReckonReport
import Testing
@testable import ReckonServer

/// `plan` through the API and the web page, in-process.
@Suite struct PlanRouteTests {
    func app() -> some ApplicationProtocol { buildApplication(ServerSettings(port: 0)) }

    /// The API returns exactly the CLI's JSON for the same fields (flat object, flag names in snake_case).
    @Test func apiMatchesTheCLIJSON() async throws {
        let fields = InputFields([
            "model": .text("megatron-1t"), "gpu": .text("a100-80gb"), "gpus": .number(3072),
            "global_batch": .number(3072),
        ])
        let resolved = try PlanRequest.resolve(fields)
        let expected = PlanReport.json(resolved, try PlanRequest.search(resolved)).rendered()
        try await app().test(.router) { client in
            let body = #"{"model": "megatron-1t", "gpu": "a100-80gb", "gpus": 3072, "global_batch": 3072}"#
            let response = try await client.execute(
                uri: "/api/v1/plan", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: body))
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == expected)
        }
    }

    /// The page shows the plans table and the step-time chart; a plan that cannot exist names its field.
    @Test func pageHasTheTableAndChartAndErrorsNameTheField() async throws {
        try await app().test(.router) { client in
            let page = try await client.execute(
                uri: "/plan?model=megatron-1t&gpu=a100-80gb&gpus=3072&global_batch=3072", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("<svg"))
            #expect(html.contains("MFU"))
            let bad = try await client.execute(
                uri: "/api/v1/plan", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"model": "megatron-1t", "gpus": 0}"#))
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains(#""field": "gpus""#))
        }
    }
}
