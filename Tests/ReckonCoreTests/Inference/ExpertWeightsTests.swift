import Testing
import ReckonCore
import ReckonCatalog
import ReckonUnits

@Suite struct ExpertWeightsTests {
    // Mixtral 8x7B: 46.7B total, 12.9B active, 8 experts, 2 per token (Jiang et al. 2024, arXiv:2401.04088).
    let mixtral = ExpertWeights(total: Parameters(46.7e9), active: Parameters(12.9e9), experts: 8, activeExperts: 2)!

    @Test func splitsSharedAndRoutedParameters() {
        // P_e = (46.7 − 12.9) / (1 − 2/8) = 45.0667B; S = 46.7 − 45.0667 = 1.6333B (hand arithmetic, 1e-9).
        #expect(abs(mixtral.routed.value / 45.066_666_7e9 - 1) < 1e-9)
        #expect(abs(mixtral.shared.value / 1.633_333_3e9 - 1) < 1e-7)
    }

    @Test func oneTokenReadsTheActiveParametersManyReadAll() {
        // B = 1: S + P_e·k/E = N_active exactly; B = 1000: 1 − 0.75^1000 ≈ 1 → N_total.
        #expect(abs(mixtral.touched(tokens: 1).value / 12.9e9 - 1) < 1e-12)
        #expect(abs(mixtral.touched(tokens: 1000).value / 46.7e9 - 1) < 1e-12)
        // B = 2: 1 − 0.75² = 0.4375 of the experts → 1.6333 + 0.4375 × 45.0667 = 21.35B.
        #expect(abs(mixtral.touched(tokens: 2).value / 21.35e9 - 1) < 1e-3)
        var last = 0.0
        for b in 1...64 {
            let x = mixtral.touched(tokens: Double(b)).value
            #expect(x >= last)
            last = x
        }
    }

    @Test func denseModelsHaveNoExperts() {
        #expect(ExpertWeights(total: Parameters(175e9), active: Parameters(175e9), experts: 1, activeExperts: 1) == nil)
    }

    @Test func batchOneMoEDecodeReadsOnlyActiveWeights() throws {
        // Mixtral 8x7B BF16 on one H200 at batch 1: the weight phase reads the active parameters less the input
        // embedding table (looked up, not streamed: 32,000 × 4,096, Jiang et al. Table 1), (12.9e9 − 0.131e9) × 2 B,
        // not 46.7e9 × 2 B: memory time ≥ that / (4.8 TB/s × η_w), under half of what a dense read would take.
        let model = try Catalog.builtin.model("mixtral-8x7b")
        let e = try InferenceScenario(
            model: model, accelerator: InferenceEstimateTests.h200, gpus: 1, batch: 1,
            inputTokens: 10, outputTokens: 10, pricePerHour: .dollarsPerHour(3)
        ).estimate()
        let eta = EfficiencyFactors.serving.weightStreaming
        let activeRead = (model.activeParameters.value - 32_000 * 4_096) * 2 / (4.8e12 * eta)
        let denseRead = model.totalParameters.value * 2 / (4.8e12 * eta)
        #expect(e.decodeStep.memoryTime.value >= activeRead * 0.999)
        #expect(e.decodeStep.memoryTime.value < denseRead * 0.5)
    }
}
