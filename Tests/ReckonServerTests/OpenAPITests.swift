import Foundation
import HummingbirdTesting
import ReckonInput
import ReckonReport
import Testing
@testable import ReckonServer

/// `GET /api/v1/openapi.json` is generated from the field registry: every field of every analysis is in its
/// request schema, with the bounds and choices the registry states.
@Suite struct OpenAPITests {
    @Test func everyFieldOfEveryRouteIsInTheSchema() async throws {
        let app = buildApplication(ServerSettings(port: 0))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                let doc = try #require(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                #expect(doc["openapi"] as? String == "3.1.0")
                let paths = try #require(doc["paths"] as? [String: Any])
                for analysis in Analyses.all() {
                    let post = (paths["/api/v1/\(analysis.name)"] as? [String: Any])?["post"] as? [String: Any]
                    let body = ((post?["requestBody"] as? [String: Any])?["content"] as? [String: Any])?[
                        "application/json"]
                    let schema = (body as? [String: Any])?["schema"] as? [String: Any]
                    let properties = try #require(schema?["properties"] as? [String: Any], "\(analysis.name)")
                    #expect(schema?["additionalProperties"] as? Bool == false)
                    for use in analysis.inputs.uses {
                        let p = properties[use.key] as? [String: Any]
                        #expect(p != nil, "\(analysis.name): \(use.key) missing from the schema")
                        if case .choice = use.field.kind {
                            #expect((p?["enum"] as? [String]) == use.choices, "\(analysis.name): \(use.key) choices")
                        }
                        if let upper = use.bounds?.upper, use.field.kind.isNumeric {
                            let number = (p?["oneOf"] as? [[String: Any]])?.first
                            let max = (number?["maximum"] ?? number?["exclusiveMaximum"]) as? Double
                            #expect(max == upper, "\(analysis.name): \(use.key) maximum")
                        }
                    }
                }
            }
        }
    }
}
