import Foundation
import Hummingbird
import HummingbirdTesting
import ReckonInput
import ReckonReport
import Testing
@testable import ReckonServer

/// Distributions through the API and the pages: the same Monte Carlo result as `--samples` in the CLI.
@Suite struct UncertainRouteTests {
    func app() -> some ApplicationProtocol { buildApplication(ServerSettings(port: 0)) }

    @Test func apiMatchesTheCLIMonteCarloJSON() async throws {
        let fields = InputFields(
            ["model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .number(1024), "mfu": .text("0.3..0.5")],
            origin: "test")
        let expected = UncertaintyReport.json(try TrainUncertainty.run(fields, samples: 500, seed: 3)).rendered()
        try await app().test(.router) { client in
            let body =
                #"{"model": "gpt-3", "gpu": "h100-sxm", "gpus": 1024, "mfu": "0.3..0.5", "samples": 500, "seed": 3}"#
            let response = try await client.execute(
                uri: "/api/v1/train", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: body))
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == expected)
        }
    }

    @Test func pageShowsPercentilesForARangeTypedInAField() async throws {
        try await app().test(.router) { client in
            let page = try await client.execute(
                uri: "/train?model=gpt-3&gpu=h100-sxm&gpus=1024&mfu=0.3..0.5", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("p95"))
            #expect(html.contains("<svg"))
            #expect(html.contains("Monte Carlo"))
        }
    }

    /// A GPU-count range on `scale` is a sweep, not a distribution; a distribution on a command without
    /// uncertain inputs (`plan`) names the field.
    @Test func sweepsStayDeterministicAndPlanRefusesSamples() async throws {
        try await app().test(.router) { client in
            let scale = try await client.execute(
                uri: "/api/v1/scale", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"gpus": "1k...100k", "points": 5}"#))
            #expect(scale.status == .ok)
            #expect(!String(buffer: scale.body).contains("\"p50\""))
            let plan = try await client.execute(
                uri: "/api/v1/plan", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"model": "megatron-1t", "gpus": 3072, "samples": 100}"#))
            #expect(plan.status == .unprocessableContent)
            #expect(String(buffer: plan.body).contains(#""field": "samples""#))
        }
    }
}
