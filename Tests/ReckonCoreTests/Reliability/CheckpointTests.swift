import Testing
import ReckonCore
import ReckonUnits

@Suite struct CheckpointTests {
    @Test func paperReadingGives8000SecondsAt50k() throws {
        // framework.md §6 target 11: δ = 8,000 s at 50k GPUs, baseline (1 × 50,000 × 80 GB / 500 GB/s; exact).
        let plan = try CheckpointPlan(
            size: .gpuMemory(perGPU: .gigabytes(80), fraction: 1), bandwidth: .gigabytesPerSecond(500))
        #expect(abs(plan.time(gpus: 50_000).value / 8000 - 1) < 1e-12)
        // Optimized: 0.5 × 80 GB / 2 TB/s = 0.02 s per GPU (framework.md §3.1 B5) → 1,000 s at 50k; exact.
        let opt = try CheckpointPlan(
            size: .gpuMemory(perGPU: .gigabytes(80), fraction: 0.5), bandwidth: .terabytesPerSecond(2))
        #expect(abs(opt.time(gpus: 50_000).value / 1000 - 1) < 1e-12)
    }

    @Test func modelStateReadingIsIndependentOfClusterSize() throws {
        // framework.md §3.1 counter-check: 16 B × 1.8T = 28.8 TB → 57.6 s at 500 GB/s (hand arithmetic; exact).
        let plan = try CheckpointPlan(
            size: .modelState(
                parameters: Parameters(1.8e12),
                bytesPerParameter: BytesPerParameter.mixedPrecisionAdamTraining),
            bandwidth: .gigabytesPerSecond(500))
        #expect(abs(plan.time(gpus: 1000).value / 57.6 - 1) < 1e-12)
        #expect(plan.time(gpus: 1000) == plan.time(gpus: 100_000))
        #expect(BytesPerParameter.mixedPrecisionAdamCheckpoint == 14)  // ZeRO Sec. 3.1: 16 minus 2 B of gradients
    }

    @Test func asynchronousWritesBlockForTheirFraction() throws {
        let sync = try CheckpointPlan(
            size: .gpuMemory(perGPU: .gigabytes(80), fraction: 1), bandwidth: .gigabytesPerSecond(500))
        let async = try CheckpointPlan(
            size: .gpuMemory(perGPU: .gigabytes(80), fraction: 1), bandwidth: .gigabytesPerSecond(500),
            blockingFraction: 0.1)
        #expect(abs(async.time(gpus: 10_000).value / (0.1 * sync.time(gpus: 10_000).value) - 1) < 1e-12)
    }

    @Test func invalidPlansNameTheField() {
        #expect(throws: InputError(field: "checkpoint_fraction", value: "1.5", allowed: "a number in (0, 1]")) {
            try CheckpointPlan(
                size: .gpuMemory(perGPU: .gigabytes(80), fraction: 1.5), bandwidth: .gigabytesPerSecond(500))
        }
        #expect(throws: InputError.self) {
            try CheckpointPlan(size: .gpuMemory(perGPU: .gigabytes(80), fraction: 1), bandwidth: BytesPerSecond(0))
        }
    }
}
