import Testing
import ReckonCore
import ReckonUnits

@Suite struct KVCacheTests {
    @Test func llama31_8BGroupedQueryAttention() {
        // Llama 3.1 8B: 32 layers, 8 KV heads of 128 (Meta model card / config.json).
        // 2 × 32 × 8 × 128 × 1 B = 65,536 B per token at FP8; × 2 at BF16. Exact arithmetic.
        let fp8 = KVCache(layers: 32, kvHeads: 8, headDim: 128, precision: .fp8)
        #expect(fp8.bytesPerToken.value == 65_536)
        #expect(KVCache(layers: 32, kvHeads: 8, headDim: 128, precision: .bf16).bytesPerToken.value == 131_072)
        // 1,000 sequences of 2,048 tokens: 65,536 × 2,048 × 1,000 = 1.342e11 B.
        #expect(fp8.bytes(batch: 1000, context: 2048).value == 65_536 * 2048 * 1000)
    }

    @Test func multiQueryIsHeadsTimesSmallerThanMultiHead() {
        // GPT-3 shape with MHA (96 KV heads) vs MQA (1 KV head): ratio 96 exactly.
        let mha = KVCache(layers: 96, kvHeads: 96, headDim: 128, precision: .bf16)
        let mqa = KVCache(layers: 96, kvHeads: 1, headDim: 128, precision: .bf16)
        #expect(mha.bytesPerToken.value / mqa.bytesPerToken.value == 96)
        // GPT-3 MHA BF16: 2 × 96 × 96 × 128 × 2 = 4,718,592 B ≈ 4.7 MB per token.
        #expect(mha.bytesPerToken.value == 4_718_592)
    }

    @Test func int4HalvesFP8() {
        let a = KVCache(layers: 4, kvHeads: 2, headDim: 64, precision: .int4)
        let b = KVCache(layers: 4, kvHeads: 2, headDim: 64, precision: .fp8)
        #expect(a.bytesPerToken.value * 2 == b.bytesPerToken.value)
    }
}
