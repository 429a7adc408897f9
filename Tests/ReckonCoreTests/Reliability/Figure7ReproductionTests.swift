import Testing
import ReckonCore
import ReckonUnits

/// The paper's Fig. 7 under `--failures paper-2024 --checkpoint-basis gpu-memory`, through the same defaults function
/// `train`, `scale` and `roadmap` use (framework.md §3.5: 188.1 / 94.3 days at 50k GPUs, dp100; ratio ≈ 2).
@Suite struct Figure7ReproductionTests {
    @Test func paperPresetWithGPUMemoryBasisReproducesFigure7() throws {
        let model = try ReliabilityDefaults.model(preset: .paper2024, basis: .gpuMemory)
        let base = try ReliabilityDefaults.baseline(for: .paper2024)
        let opt = try ReliabilityDefaults.optimized(for: .paper2024)
        let paperBase = try ResilienceVariant.baseline()
        let paperOpt = try ResilienceVariant.optimized()
        #expect(base == paperBase && opt == paperOpt)
        let p = Parameters(1.8e12)
        let b = model.evaluate(parameters: p, gpus: 50_000, variant: base)
        let o = model.evaluate(parameters: p, gpus: 50_000, variant: opt)
        print("Fig. 7 at 50k: \(b.wallClock.inDays) / \(o.wallClock.inDays) days, ×\(b.wallClock / o.wallClock)")
        // ±2%: the framework's table prints 4 digits; the ratio band 1.8–2.2 is framework.md target 12.
        #expect(abs(b.wallClock.inDays / 188.1 - 1) < 0.02)
        #expect(abs(o.wallClock.inDays / 94.3 - 1) < 0.02)
        #expect(b.wallClock / o.wallClock > 1.8 && b.wallClock / o.wallClock < 2.2)
        #expect(b.failurePreset == .paper2024)
        // The checkpoint is all GPU memory: 50,000 × 80 GB = 4 PB (exact).
        #expect(b.checkpointSize.value == 4e15)
    }

    @Test func observedDefaultsGiveSmallerCheckpointsAndMoreInterruptions() throws {
        // Same 1.8T model at 50k under the defaults: checkpoint 1.8e12 × 14 B = 25.2 TB (exact), 159× smaller than 4
        // PB; MTTI 50,677 GPU-h / 50,000 = 1.01 h (±1%) instead of 16.4 h.
        let model = try ReliabilityDefaults.model()
        let r = model.evaluate(
            parameters: Parameters(1.8e12), gpus: 50_000,
            variant: try ReliabilityDefaults.baseline(for: .defaultPreset()))
        #expect(r.checkpointSize.value == 25.2e12)
        #expect(abs(r.mtti.inHours / 1.0135 - 1) < 0.01)
        #expect(r.failurePreset == .llama3Observed)
    }
}
