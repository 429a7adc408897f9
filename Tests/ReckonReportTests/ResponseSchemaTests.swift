import ReckonInput
import Testing
@testable import ReckonReport

/// The sample requests the OpenAPI response schemas are derived from are all valid requests (a sample that fails
/// would silently drop a response variant from the schema), and every analysis has samples.
@Suite struct ResponseSchemaTests {
    @Test(arguments: Analyses.all().map(\.name)) func everySampleRequestRuns(_ name: String) throws {
        let analysis = try #require(Analyses.named(name))
        let variants = try #require(ResponseSchema.samples[name], "\(name) has no sample requests")
        for (variant, requests) in variants {
            for request in requests {
                #expect(throws: Never.self, "\(name) \(variant) \(request)") {
                    _ = try analysis.jsonResult(InputFields(request, origin: "sample"), .builtin)
                }
            }
        }
    }

    @Test func schemasSayMoreThanObject() throws {
        for analysis in Analyses.all() {
            let schema = ResponseSchema.of(analysis).rendered()
            #expect(schema.contains("\"required\""), "\(analysis.name): no required properties")
            #expect(schema.contains("\"additionalProperties\": false"), "\(analysis.name): open objects")
        }
    }
}
