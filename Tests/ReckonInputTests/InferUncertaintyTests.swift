import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

@Suite struct InferUncertaintyTests {
    /// Point inputs: every percentile equals the deterministic `reckon infer` figures exactly.
    @Test func pointInputsAreExact() throws {
        let o = try InferUncertainty.run(
            InputFields(["price_per_hour": .text("choice(2.5: 1)")], origin: "test"), samples: 30, seed: 1)
        let e = try InferRequest.resolve(InputFields(["price_per_hour": .number(2.5)], origin: "test")).scenario
            .estimate()
        let s = try #require(o.output("usd_per_million_output_tokens")?.summary)
        #expect([s.p5, s.p50, s.p95, s.mean].allSatisfy { $0 == e.cost.usdPerMillionOutputTokens.value })
    }

    /// Price per token scales with the price per hour: its p5/p95 follow the price's (a lognormal 1.5..4 → ×1.5, ×4
    /// of the cost at $1/h), within 3% (the sample p5/p95 of 4,000 draws; SE ≈ 0.5%).
    @Test func costFollowsThePrice() throws {
        let o = try InferUncertainty.run(
            InputFields(["price_per_hour": .text("1.5..4")], origin: "test"), samples: 4_000, seed: 2)
        let unit = try InferRequest.resolve(InputFields(["price_per_hour": .number(1)], origin: "test")).scenario
            .estimate().cost.usdPerMillionOutputTokens.value
        let s = try #require(o.output("usd_per_million_output_tokens")?.summary)
        #expect(abs(s.p5 / (1.5 * unit) - 1) < 0.03)
        #expect(abs(s.p95 / (4 * unit) - 1) < 0.03)
    }

    @Test func distributionOnAPrecisionIsRejected() {
        #expect {
            try InferUncertainty.run(
                InputFields(["precision": .text("choice(8: 1, 16: 1)")], origin: "test"), samples: 10, seed: 1)
        } throws: { ($0 as? InputError)?.field == "precision" }
    }
}
