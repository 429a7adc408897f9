import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

@Suite struct DeployUncertaintyTests {
    /// Seed 003's question with ranges: the ratio's percentiles are monotone, bracket the deterministic ratio
    /// at the default inputs (every range is centred, in log terms, near the default), and the report cites Cottier.
    @Test func seed003RangesGiveAnInterval() throws {
        let o = try DeployUncertainty.run(
            InputFields(["preset": .text("twitter-1pct-year")], origin: "test"), samples: 400, seed: 1, ranges: true)
        let ratio = try #require(o.output("deployment_to_development_ratio")?.summary)
        #expect(ratio.p5 < ratio.p25 && ratio.p25 <= ratio.p50 && ratio.p50 <= ratio.p75 && ratio.p75 < ratio.p95)
        let r = try DeployRequest.resolve(InputFields(["preset": .text("twitter-1pct-year")], origin: "test"))
        let point = try r.compare().ratio
        #expect(ratio.p5 < point && point < ratio.p95)
        // Cottier's own arithmetic varies with his instance throughput and the generated tokens; it brackets its point.
        let cottier = try #require(o.output("cottier_method_ratio")?.summary)
        #expect(cottier.p5 < r.cottier.ratio && r.cottier.ratio < cottier.p95)
        #expect(o.notes.contains { $0.contains("Cottier") })
        #expect(Set(o.inputs.map(\.key)) == Set(DeployUncertainty.seed003Ranges.map(\.key)))
    }

    /// Fields the user sets are not replaced by the preset ranges.
    @Test func userFieldsWin() throws {
        let o = try DeployUncertainty.run(
            InputFields(["mfu": .number(0.45), "output_tokens": .text("30..60")], origin: "test"), samples: 50, seed: 1,
            ranges: true)
        #expect(!o.inputs.contains { $0.key == "mfu" })
        #expect(o.inputs.first { $0.key == "output_tokens" }?.text == "30..60")
    }

    /// A point-valued deploy run gives the deterministic ratio exactly at every percentile.
    @Test func pointInputsAreExact() throws {
        let fields = InputFields(
            ["preset": .text("million-developers-year"), "mfu": .text("choice(0.4: 1)")], origin: "test")
        let o = try DeployUncertainty.run(fields, samples: 20, seed: 1)
        let r = try DeployRequest.resolve(
            InputFields(["preset": .text("million-developers-year"), "mfu": .number(0.4)], origin: "test"))
        let point = try r.compare().ratio
        let s = try #require(o.output("deployment_to_development_ratio")?.summary)
        #expect([s.p5, s.p50, s.p95, s.mean].allSatisfy { $0 == point })
    }

    @Test func badInputsNameTheField() {
        #expect {
            try DeployUncertainty.run(
                InputFields(["preset": .text("choice(1: 1)")], origin: "test"), samples: 10, seed: 1)
        } throws: { ($0 as? InputError)?.field == "preset" }
        #expect {
            try DeployUncertainty.run(
                InputFields(["peak_to_average": .text("normal(2, 1)")], origin: "test"), samples: 10, seed: 1)
        } throws: { ($0 as? InputError)?.field == "peak_to_average" }
    }
}
