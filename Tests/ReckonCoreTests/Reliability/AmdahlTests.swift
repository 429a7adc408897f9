import Testing
import ReckonCore
import ReckonUnits

@Suite struct AmdahlTests {
    let p = Parameters(1.8e12), mem = Bytes.gigabytes(80)

    @Test func readings() {
        // framework.md §3.3: dp100 E = 1/(100 × 0.01 + 0.99) = 0.5025 (hand; exact); none = 1.
        #expect(
            AmdahlReading.none.efficiency(
                sequentialFraction: 0.01, gpus: 50_000, dataParallelGroups: 100, parameters: p, gpuMemory: mem) == 1)
        let dp = AmdahlReading.dp100.efficiency(
            sequentialFraction: 0.01, gpus: 50_000, dataParallelGroups: 100, parameters: p, gpuMemory: mem)
        #expect(abs(dp - 1 / 1.99) < 1e-15)
        // framework.md §3.3: dpmem E = 0.42 at 50k for 1.8T (G = 50,000 / ceil(16 × 1.8e12 / 80e9) = 50,000/360); ±1%.
        let dpmem = AmdahlReading.dpmem.efficiency(
            sequentialFraction: 0.01, gpus: 50_000, dataParallelGroups: 100, parameters: p, gpuMemory: mem)
        #expect(abs(dpmem / (1 / (50_000.0 / 360 * 0.01 + 0.99)) - 1) < 1e-12)
        #expect(abs(dpmem / 0.42 - 1) < 0.01)
    }

    @Test func dpmemNeverGoesBelowOneReplica() {
        // 100 GPUs cannot hold one 1.8T replica (360 needed): G is clamped to 1, so E = 1 (no super-linear speed-up).
        #expect(
            AmdahlReading.dpmem.efficiency(
                sequentialFraction: 0.01, gpus: 100, dataParallelGroups: 100, parameters: p, gpuMemory: mem) == 1)
    }
}
