import Foundation
import Hummingbird
import HummingbirdTesting
import ReckonInput
import ReckonReport
import Testing
@testable import ReckonServer

/// `scale` through the API and the web page, in-process.
@Suite struct ScaleRouteTests {
    func app() -> some ApplicationProtocol { buildApplication(ServerSettings(port: 0)) }

    /// The API returns exactly the CLI's JSON for the same fields.
    @Test func apiMatchesTheCLIJSON() async throws {
        let resolved = try ScaleRequest.resolve(InputFields(["gpus": .text("50k")]))
        let expected = ScaleReport.json(resolved, resolved.sweep.run()).rendered()
        try await app().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/scale", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"gpus": "50k"}"#))
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == expected)
        }
    }

    @Test func pageHasTheChartAndErrorsNameTheField() async throws {
        try await app().test(.router) { client in
            let page = try await client.execute(uri: "/scale?gpus=1k...100k&points=20", method: .get)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("<svg"))
            let bad = try await client.execute(
                uri: "/api/v1/scale", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"tolerate": "9/5"}"#))
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("tolerate"))
        }
    }

    /// Pages obey the same caps as the API: a million sweep points is refused, naming the field.
    @Test func pagesAreCappedLikeTheAPI() async throws {
        try await app().test(.router) { client in
            let page = try await client.execute(uri: "/scale?gpus=1k...100k&points=1000000", method: .get)
            #expect(page.status == .unprocessableContent)
            #expect(String(buffer: page.body).contains("points"))
        }
    }
}
