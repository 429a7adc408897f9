import Testing
import ReckonCore
import ReckonCatalog
import ReckonUnits

@Suite struct InferenceComputeTests {
    let gpt3 = try! Catalog.builtin.model("gpt-3")

    @Test func gpt3DecodeIs350GFLOPPerToken() {
        // 2 × 175e9 = 3.5e11 FLOP per token (issue 7; framework.md §5.9). Pure arithmetic: 1e-12 relative.
        let linear = InferenceCompute.linearFLOPPerToken(active: gpt3.activeParameters)
        #expect(abs(linear.value / 3.5e11 - 1) < 1e-12)
    }

    @Test func gpt3AttentionTermAtFullContextAddsAboutOnePointFourPercent() {
        // Kaplan Table 1: 2·L·n_ctx·d = 2 × 96 × 2048 × 12288 = 4.832e9 FLOP; 4.832e9 / 3.5e11 = 1.38%
        // (framework.md §5.2 "attention term adds 1.4%"). Tolerance 1e-9: exact arithmetic.
        let shape = TransformerShape(model: gpt3)
        let full = InferenceCompute.decodeFLOPPerToken(active: gpt3.activeParameters, shape: shape, context: 2048)
        #expect(abs(full.value / (3.5e11 + 2 * 96 * 2048 * 12288) - 1) < 1e-9)
        #expect(abs((full.value / 3.5e11 - 1) - 0.0138) < 0.0005)
    }

    @Test func gpt3FLOPPerWordMatchesSeed002() {
        // Seed 002: "GPT-3 at about 500 billion floating point operations per word". 3.5e11 / 0.75 = 4.67e11
        // (framework.md §5.9). The seed's figure is a rounded estimate, so 10% relative.
        let perWord = InferenceCompute.flopPerWord(InferenceCompute.linearFLOPPerToken(active: gpt3.activeParameters))
        #expect(abs(perWord.value / 4.6667e11 - 1) < 1e-4)
        #expect(abs(perWord.value / 5e11 - 1) < 0.10)
    }

    @Test func prefillCountsCausalAttention() {
        // Hand arithmetic for a 4-token prompt on a toy shape L = 2, d = 8: Σ_{i=1..4} 2·2·i·8 = 32 × 10 = 320,
        // and L·d·n(n+1) = 2 × 8 × 4 × 5 = 320. Linear part 2 × 1000 × 4 = 8000. Exact.
        let shape = TransformerShape(layers: 2, hiddenSize: 8, heads: 2)
        let total = InferenceCompute.prefillFLOP(active: Parameters(1000), shape: shape, tokens: 4)
        #expect(total.value == 8320)
    }

    @Test func shapeEstimateRecoversGPT3() {
        // N = 12·L·d² with d = 128·L: 175e9 → L = (175e9 / 196,608)^(1/3) = 96.2 → 96 layers; d = 12,288
        // (Brown et al. 2020, Table 2.1). Exact after rounding to whole layers and heads.
        let s = TransformerShape.estimate(parameters: Parameters(175e9))
        #expect(s.layers == 96)
        #expect(s.hiddenSize == 12288)
        #expect(s.isEstimated)
    }
}
