import ReckonCatalog
import ReckonCore
import ReckonInput
import Testing

/// An accelerator without a published rental price gets no invented one (issue 16): serving costs are unknown,
/// while what does not depend on the price (throughput, fleet size, deployment ÷ development) is still computed.
@Suite struct MissingPriceTests {
    static let unpriced = Catalog.builtin.accelerators.first {
        $0.cloudPrice == nil && $0.memory != nil
            && $0.memoryBandwidth != nil && $0.peak(at: .bf16) != nil
    }!

    @Test func inferMarksCostsUnknownAndSaysSo() throws {
        let r = try InferRequest.resolve(InputFields(["model": .text("llama-3.1-8b"), "gpu": .text(Self.unpriced.id)]))
        #expect(r.scenario.priceKnown == false)
        #expect(r.notes.contains { $0.contains("No published rental price") })
        let given = try InferRequest.resolve(
            InputFields([
                "model": .text("llama-3.1-8b"), "gpu": .text(Self.unpriced.id),
                "price_per_hour": .text("$3/h"),
            ]))
        #expect(given.scenario.priceKnown)
    }

    @Test func monteCarloLeavesCostsOut() throws {
        let fields = InputFields([
            "model": .text("llama-3.1-8b"), "gpu": .text(Self.unpriced.id),
            "memory_efficiency": .text("0.6..0.8"),
        ])
        let o = try InferUncertainty.run(fields, samples: 200, seed: 1)
        #expect(!o.outputs.contains { $0.key.hasPrefix("usd_") })
        #expect(o.outputs.contains { $0.key == "tokens_per_second_per_gpu" })
    }

    @Test func deployKeepsTheRatioWithoutCosts() throws {
        let r = try DeployRequest.resolve(
            InputFields(["gpu": .text(Self.unpriced.id), "model": .text("llama-3.1-8b")]))
        #expect(r.serving.priceKnown == false && r.economics.rentalPrice == nil)
        let c = try DeploymentVsDevelopment.compare(
            training: r.training, serving: r.serving, workload: r.workload,
            economics: r.economics, period: r.period)
        #expect(c.ratio.isFinite && c.ratio > 0)
    }
}
