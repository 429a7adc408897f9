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

    @Test func gpt3AttentionTermIsTwiceKaplansAtTheEndOfTheWindow() {
        // QKᵀ + A·V at context n: 4·L·n·h·d_h (Chinchilla App. F: logits and reduce, 2·seq·key_size·heads each)
        // = 4 × 96 × 2048 × 12288 = 9.664e9 FLOP = 2.76% of 2N. Kaplan's 2·L·n_ctx·d (4.832e9, the 1.4% of
        // framework.md §5.2) averages over a causal window, where a token attends to n/2 on average: the two
        // agree at context 1024. Exact arithmetic (1e-9).
        let shape = ServingShape(model: gpt3)
        let full = InferenceCompute.decodeFLOPPerToken(active: gpt3.activeParameters, shape: shape, context: 2048)
        #expect(abs(full.value / (3.5e11 + 4 * 96 * 2048 * 12288) - 1) < 1e-9)
        let half = InferenceCompute.decodeFLOPPerToken(active: gpt3.activeParameters, shape: shape, context: 1024)
        #expect(abs(half.value / (3.5e11 + 2 * 96 * 2048 * 12288) - 1) < 1e-9)
        #expect(abs((half.value / 3.5e11 - 1) - 0.0138) < 0.0005)
    }

    @Test func gpt3FLOPPerWordMatchesSeed002() {
        // Seed 002: "GPT-3 at about 500 billion floating point operations per word". 3.5e11 / 0.75 = 4.67e11
        // (framework.md §5.9). The seed's figure is a rounded estimate, so 10% relative.
        let perWord = InferenceCompute.flopPerWord(InferenceCompute.linearFLOPPerToken(active: gpt3.activeParameters))
        #expect(abs(perWord.value / 4.6667e11 - 1) < 1e-4)
        #expect(abs(perWord.value / 5e11 - 1) < 0.10)
    }

    @Test func prefillCountsCausalAttention() {
        // Hand arithmetic for a 4-token prompt on a toy shape L = 2, d = 8, 2 heads of 4: each query–key pair
        // costs 4·h·d_h = 32 FLOP per layer; Σ_{i=1..4} i = 10 pairs per layer → 2 × 10 × 32 = 640
        // (= 2·L·h·d_h·n(n+1) = 2 × 2 × 8 × 20 = 640). Linear part 2 × 1000 × 4 = 8000. Exact.
        let shape = ServingShape(layers: 2, hiddenSize: 8, heads: 2)
        let total = InferenceCompute.prefillFLOP(active: Parameters(1000), shape: shape, tokens: 4)
        #expect(total.value == 8640)
    }

    @Test func slidingWindowLayersAttendToTheWindowOnly() {
        // 4 layers, every layer local (Mistral-style), window 3; a 5-token prompt: Σ min(i, 3) = 1+2+3+3+3 = 12
        // pairs per layer (closed form W(W+1)/2 + (n−W)·W = 6 + 6). Decode at context 100 attends to 3 per layer.
        let local = ServingShape(layers: 4, hiddenSize: 8, heads: 2, window: SlidingWindowAttention(window: 3))
        #expect(local.prefillAttentionFLOP(tokens: 5) == 4 * 12 * 32)
        #expect(local.decodeAttentionFLOP(context: 100) == 4 * 3 * 32)
        // Gemma-3-like 5 local : 1 global over 6 layers: 5 layers see 3 tokens, 1 sees 100.
        let hybrid = ServingShape(
            layers: 6, hiddenSize: 8, heads: 2, window: SlidingWindowAttention(window: 3, localPerGlobal: 5))
        #expect(hybrid.decodeAttentionFLOP(context: 100) == (5 * 3 + 100) * 32)
    }

    @Test func latentAttentionDecodesInTheCompressedSpace() {
        // DeepSeek-V3 MLA (d_c 512, d_r 64, 128 heads of 128 + 64 RoPE, values 128; DeepSeek-V2 Sec. 2.1):
        // decode per pair 2·128·(512 + 64) + 2·128·512 = 278,528 FLOP per layer; prefill (expanded heads)
        // 2·128·(128 + 64) + 2·128·128 = 81,920.
        let mla = LatentAttention(
            queryRank: 1536, keyValueRank: 512, ropeHeadDim: 64, noRopeHeadDim: 128, valueHeadDim: 128)
        let shape = ServingShape(layers: 61, hiddenSize: 7168, heads: 128, headDim: 128, latent: mla)
        #expect(shape.attentionFLOPPerPair(decode: true) == 278_528)
        #expect(shape.attentionFLOPPerPair(decode: false) == 81_920)
    }

    @Test func shapeEstimateRecoversGPT3() {
        // N = 12·L·d² with d = 128·L: 175e9 → L = (175e9 / 196,608)^(1/3) = 96.2 → 96 layers; d = 12,288
        // (Brown et al. 2020, Table 2.1). Exact after rounding to whole layers and heads.
        let s = ServingShape.estimate(parameters: Parameters(175e9))
        #expect(s.layers == 96)
        #expect(s.hiddenSize == 12288)
        #expect(s.isEstimated)
    }
}
