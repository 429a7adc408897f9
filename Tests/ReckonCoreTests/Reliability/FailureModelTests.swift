import Testing
import ReckonCore
import ReckonUnits

@Suite struct FailureModelTests {
    @Test func paperTable3GivesMTTIOf16Point4HoursAt50k() {
        // framework.md §6 target 11: MTTI 16.4 h at 50k GPUs, ±1%.
        // Hand: 1/(1/950,000 + 1/(4 × 1,500,000)) = 820,144 GPU-h → 820,144 / 50,000 = 16.40 h.
        let m = FailureModel.paper2024.mtti(gpus: 50_000).inHours
        #expect(abs(m / 16.4 - 1) < 0.01)
        // The all-cause per-GPU MTBF, to 4 digits of the hand arithmetic above (rounding only).
        #expect(abs(FailureModel.paper2024.allCauseMTBFPerGPU.inHours / 820_144 - 1) < 1e-5)
    }

    @Test func mttiIsInverseInGPUCount() {
        // B4: λ ∝ N, so MTTI(100k) = MTTI(50k)/2 = 8.2 h (framework.md §3.2 table); exact up to rounding.
        let f = FailureModel.paper2024
        #expect(abs(f.mtti(gpus: 100_000).value * 2 / f.mtti(gpus: 50_000).value - 1) < 1e-12)
        #expect(abs(f.mtti(gpus: 100_000).inHours / 8.2 - 1) < 0.01)
    }

    @Test func llama3ObservedReproduces419InterruptionsIn54Days() {
        // ground-truth/reliability.csv, row "Llama 3 405B pretraining, unexpected interruptions, 419":
        // 16,384 H100 for 54 days. The preset is derived from these counts, so ±5% (the brief's tolerance)
        // only guards against a derivation slip; the categories must also add up to 419.
        let expected = FailureModel.llama3Observed.expectedInterruptions(gpus: 16_384, over: .days(54))
        #expect(abs(expected / 419 - 1) < 0.05)
        // reliability.csv, same row, "derived": per-GPU MTBF (all causes) ≈ 50,700 GPU-hours; ±1% (csv rounds to 3
        // digits).
        #expect(abs(FailureModel.llama3Observed.allCauseMTBFPerGPU.inHours / 50_700 - 1) < 0.01)
        // reliability.csv "derived": job MTBF = 54·24/419 = 3.09 h; ±1% (csv rounds to 3 digits).
        #expect(abs(FailureModel.llama3Observed.mtti(gpus: 16_384).inHours / 3.09 - 1) < 0.01)
    }

    @Test func paperTable3IsFarMoreOptimisticThanLlama3() {
        // Same run under Table 3: 16,384 × (1/950k + 1/6M) × 1,296 h = 25.9 expected interruptions (hand arithmetic),
        // versus 419 observed (reliability.csv). The issue asks to show "far fewer": assert < 100 and check the value
        // ±1%.
        let paper = FailureModel.paper2024.expectedInterruptions(gpus: 16_384, over: .days(54))
        #expect(paper < 100)
        #expect(abs(paper / 25.89 - 1) < 0.01)
        let observed = FailureModel.llama3Observed.expectedInterruptions(gpus: 16_384, over: .days(54))
        #expect(observed / paper > 15)  // framework.md §3.5 caveat: "~16x more optimistic"
    }

    @Test func presetsByNameAndErrors() throws {
        #expect(try FailureModel.preset(named: "paper-2024") == .paper2024)
        #expect(try FailureModel.preset(named: "llama3-observed") == .llama3Observed)
        #expect(throws: InputError.self) { try FailureModel.preset(named: "llama4") }
        do {
            _ = try FailureModel(gpuMTBF: .hours(-1), source: "test")
            Issue.record("negative MTBF accepted")
        } catch let error as InputError {
            #expect(error.field == "gpu_mtbf_hours")
        }
    }

    @Test func componentsAddAsRates() throws {
        // GPU 1,000 h + node 8,000 h shared by 8 GPUs → per GPU 1/1000 + 1/64,000 per hour (hand arithmetic, exact).
        let f = try FailureModel(gpuMTBF: .hours(1000), nodeMTBF: .hours(8000), gpusPerNode: 8, source: "test")
        #expect(abs(f.failureRate(gpus: 1) * 3600 / (1.0 / 1000 + 1.0 / 64_000) - 1) < 1e-12)
        // Nothing can fail → infinite MTTI (callers cap it; see DalyWallTime.mttiCap).
        let never = try FailureModel(gpuMTBF: nil, source: "test")
        #expect(never.mtti(gpus: 1000).value == .infinity)
    }
}
