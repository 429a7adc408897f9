import Testing
import ReckonCore
import ReckonUnits
import ReckonCatalog
import ReckonAnalysis  // SplitMix64: seeded property cases, the same on every run

@Suite struct RooflineTests {
    @Test func rooflineTakesTheSlowerSide() {
        // 1e12 FLOP at 1e15 FLOP/s = 1 ms; 1e9 B at 1e12 B/s = 1 ms → tie reported as compute.
        let r = Roofline(compute: FLOPPerSecond(1e15), bandwidth: BytesPerSecond(1e12))
        #expect(r.time(flop: FLOP(1e12), bytes: Bytes(2e9)) == (Seconds(2e-3), .memory))
        #expect(r.time(flop: FLOP(3e12), bytes: Bytes(1e9)) == (Seconds(3e-3), .compute))
        #expect(r.ridgeIntensity == 1000)
    }

    /// A toy engine with round numbers: 1e9 parameters, 1e9 B of weights, KV 1e5 B/token, F = 1e14, BW = 1e12.
    func toy(bandwidth: Double = 1e12, tp: Int = 1) -> ServingRoofline {
        let shape = ServingShape(layers: 10, hiddenSize: 1000, heads: 10)
        return ServingRoofline(
            activeParameters: Parameters(1e9), shape: shape, weightBytes: Bytes(1e9),
            kvCache: KVCache(layers: 10, kvHeads: 10, headDim: 100, precision: .fp8),
            roofline: Roofline(compute: FLOPPerSecond(1e14), bandwidth: BytesPerSecond(bandwidth)),
            tensorParallel: tp, linkBandwidth: tp > 1 ? BytesPerSecond(1e11) : nil,
            collectiveLatency: Seconds(1e-5))
    }

    @Test func decodeStepByHand() {
        // KV per token = 2 × 10 × 10 × 100 × 1 = 2e4 B. Batch 10, context 100:
        // weight phase max(10 × 2e9 / 1e14, 1e9 / 1e12) = max(2e-4, 1e-3) = 1e-3 s;
        // attention phase max(10 × 2·10·100·1000 / 1e14, 10 × 100 × 2e4 / 1e12) = max(2e-7, 2e-5) = 2e-5 s.
        // Total 1.02e-3 s, memory-bound. Exact arithmetic (1e-12 relative).
        let s = toy().decodeStep(batch: 10, context: 100)
        #expect(abs(s.total.value / 1.02e-3 - 1) < 1e-12)
        #expect(s.bound == .memory)
        #expect(s.communicationTime == .zero)
    }

    @Test func computeBoundBatchByHand() {
        // Context 0 isolates the weights: B* = (1e9/1e12) / (2e9/1e14) = 1e-3 / 2e-5 = 50.
        let e = toy()
        #expect(e.computeBoundBatch(context: 0) == 50)
        #expect(e.decodeStep(batch: 50, context: 0).bound == .compute)
        #expect(e.decodeStep(batch: 49, context: 0).bound == .memory)
    }

    @Test func tensorParallelAddsAllReduces() {
        // t = 2, batch 10: message 10 × 1000 × 2 B = 2e4 B; ring traffic 2(t−1)/t = 1 → 2e4 / 1e11 = 2e-7 s;
        // plus 1e-5 s latency; 2 per layer × 10 layers → 20 × 1.02e-5 = 2.04e-4 s.
        let c = toy(tp: 2).communicationTime(tokens: 10)
        #expect(abs(c.value / 2.04e-4 - 1) < 1e-9)
    }

    @Test func moreBandwidthNeverSlowsDecode() {
        // Property, 500 seeded random cases: raising memory bandwidth never raises the step time.
        var rng = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let bw = Double.random(in: 1e11...1e13, using: &rng)
            let more = bw * Double.random(in: 1...10, using: &rng)
            let batch = Int.random(in: 1...4096, using: &rng)
            let context = Double.random(in: 1...100_000, using: &rng)
            let tp = [1, 2, 4, 8].randomElement(using: &rng)!
            let slow = toy(bandwidth: bw, tp: tp).decodeStep(batch: batch, context: context).total
            let fast = toy(bandwidth: more, tp: tp).decodeStep(batch: batch, context: context).total
            #expect(fast.value <= slow.value * (1 + 1e-12), "bw \(bw) → \(more), batch \(batch), ctx \(context)")
        }
    }

    @Test func biggerBatchNeverLowersThroughputPerGPUUntilMemoryRunsOut() throws {
        // Property, seeded random scenarios of Llama 3.1 8B on H100/H200: decode tokens/s per accelerator
        // is non-decreasing in the batch for every batch that fits; the curve stops at the memory limit.
        var rng = SplitMix64(seed: 11)
        for _ in 0..<40 {
            let gpu = Bool.random(using: &rng) ? "H100" : "H200"
            let input = Int.random(in: 1...20_000, using: &rng)
            let output = Int.random(in: 1...4_000, using: &rng)
            let s = try InferenceEstimateTests.scenario(gpu: gpu, input: input, output: output)
            let limit = s.memoryFit.maxBatch(tensorParallel: 1, context: s.sequenceLength)
            let batches = Array(Set((0..<60).map { _ in Int.random(in: 1...(limit + 100), using: &rng) } + [1, limit]))
                .sorted()
            let curve = try s.throughputCurve(batches: batches)
            #expect(curve.allSatisfy { $0.batch <= limit })
            #expect(curve.last?.batch == limit)
            for (a, b) in zip(curve, curve.dropFirst()) {
                #expect(
                    b.perAccelerator.value >= a.perAccelerator.value * (1 - 1e-12),
                    "\(gpu) \(input)/\(output): batch \(a.batch) → \(b.batch)")
            }
        }
    }

    @Test func biggerBatchNeverLowersThroughputPerGPUForMixturesOfExperts() throws {
        // Same property for Mixtral 8x7B, where a bigger batch also touches more experts (ExpertWeights):
        // the weights read per token, S/B + P_e·(1 − (1 − k/E)^B)/B, still fall with B.
        var rng = SplitMix64(seed: 23)
        let mixtral = try Catalog.builtin.model("mixtral-8x7b")
        for _ in 0..<20 {
            let s = try InferenceScenario(
                model: mixtral, accelerator: InferenceEstimateTests.h200, gpus: 1,
                inputTokens: Int.random(in: 1...8000, using: &rng), outputTokens: Int.random(in: 1...2000, using: &rng),
                quantization: Quantization(weights: .fp8), pricePerHour: .dollarsPerHour(3))
            let limit = s.memoryFit.maxBatch(tensorParallel: 1, context: s.sequenceLength)
            let curve = try s.throughputCurve(batches: Array(1...min(limit, 64)) + [limit])
            for (a, b) in zip(curve, curve.dropFirst()) {
                #expect(b.perAccelerator.value >= a.perAccelerator.value * (1 - 1e-12), "batch \(a.batch) → \(b.batch)")
            }
        }
    }
}
