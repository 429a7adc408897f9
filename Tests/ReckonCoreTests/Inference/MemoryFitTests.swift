import Testing
import ReckonCore
import ReckonCatalog
import ReckonUnits

@Suite struct MemoryFitTests {
    let llama = InferenceEstimateTests.llama8B

    func fit(memory: Bytes, precision: Precision = .fp8) -> MemoryFit {
        let shape = ServingShape(model: llama)
        return MemoryFit(
            memoryPerAccelerator: memory, weightBytes: Bytes(8.03e9 * precision.bytesPerElement),
            kvCache: KVCache(shape: shape, precision: precision), shape: shape, assumptions: .serving)
    }

    @Test func llama8BOnH100ByHand() {
        // Activations: 8192 × (4 × 4096 + 2 × 14336) × 2 B = 8192 × 45,056 × 2 = 738,197,504 B.
        // KV budget = 0.9 × (80e9 − 8.03e9 − 0.738197504e9 − 2e9) = 0.9 × 69.2318e9 = 62.30862e9 B.
        // 128/128: 65,536 × 256 = 16.78 MB per sequence → ⌊62.30862e9 / 16,777,216⌋ = ⌊3,713.9⌋ = 3,713.
        let f = fit(memory: .gigabytes(80))
        #expect(f.activations(tensorParallel: 1).value == 738_197_504)
        #expect(abs(f.kvBudget(tensorParallel: 1).value / 62.30862e9 - 1) < 1e-6)
        #expect(f.maxBatch(tensorParallel: 1, context: 256) == 3713)
        // One sequence alone: ⌊62.30862e9 / 65,536⌋ = 950,754 tokens.
        #expect(abs(Double(f.maxContext(tensorParallel: 1, batch: 1)) / 950_754 - 1) < 1e-5)
    }

    @Test func gpt3NeedsEightH100sAtBF16AndFourAtFP8() throws {
        // 350 GB BF16 → > 4 × 80 GB after reserve → 8; 175 GB FP8 → 4 × 80 = 320 GB ≥ 175 + overheads → 4.
        let gpt3 = try Catalog.builtin.model("gpt-3")
        let shape = ServingShape(model: gpt3)
        for (p, expected) in [(Precision.bf16, 8), (.fp8, 4), (.int4, 2)] {
            let f = MemoryFit(
                memoryPerAccelerator: .gigabytes(80),
                weightBytes: Quantization(weights: p).weightBytes(gpt3.totalParameters),
                kvCache: KVCache(shape: shape, precision: p), shape: shape, assumptions: .serving)
            #expect(f.minimumTensorParallel(context: 2048) == expected, "\(p)")
        }
    }

    @Test func moreMemoryNeverShrinksTheBatch() {
        for gb in stride(from: 20.0, through: 200, by: 10) {
            #expect(
                fit(memory: .gigabytes(gb + 10)).maxBatch(tensorParallel: 1, context: 4096)
                    >= fit(memory: .gigabytes(gb)).maxBatch(tensorParallel: 1, context: 4096))
        }
        // Weights that do not fit give no batch at all.
        #expect(fit(memory: .gigabytes(8)).maxBatch(tensorParallel: 1, context: 10) == 0)
    }
}
