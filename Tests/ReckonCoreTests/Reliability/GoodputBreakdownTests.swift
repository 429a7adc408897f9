import Foundation
import Testing
import ReckonCore
import ReckonUnits

@Suite struct GoodputBreakdownTests {
    @Test func dalySharesAddUpAndMatchTheOverheadFactor() {
        // The productive share must be 1/f exactly (same formula, rearranged), and all shares must add up to 1.
        for (δ, τ, R, M) in [
            (8000.0, 25_632.0, 7200.0, 59_040.0), (12.6, 295, 612, 3649), (0.01, 7, 160, 3.6e9),
            (1e5, 1e3, 1e4, 50.0),
        ] {
            let s = DalyWallTime.shares(δ: δ, τ: τ, R: R, M: M)
            let f = DalyWallTime.overheadFactor(δ: δ, τ: τ, R: R, M: M)
            #expect(abs(s.productive + s.checkpoint + s.lostWork + s.restarts - 1) < 1e-12)
            if f.isFinite { #expect(abs(s.productive * f - 1) < 1e-9) } else { #expect(s.productive < 1e-300) }
            #expect(s.lostWork >= 0 && s.restarts >= 0 && s.checkpoint >= 0)
        }
        // No checkpoint cost: τ = δ = 0 leaves restarts only: productive e^(−R/M).
        let zero = DalyWallTime.shares(δ: 0, τ: 0, R: 3600, M: 36_000)
        #expect(abs(zero.productive - exp(-0.1)) < 1e-15 && zero.lostWork == 0 && zero.checkpoint == 0)
    }

    @Test func partsAddUpToTheWallClock() throws {
        // Every preset, both systems, three sizes: the parts sum to the wall clock and goodput = 1/f (relative 1e-9).
        for preset in [FailurePreset.paper2024, .llama3Observed, .rscA100Observed] {
            let model = try ReliabilityDefaults.model(preset: preset, basis: preset == .paper2024 ? .gpuMemory : nil)
            for variant in [
                try ReliabilityDefaults.baseline(for: preset), try ReliabilityDefaults.optimized(for: preset),
            ] {
                for n in [1024, 16_384, 100_000] {
                    let r = model.evaluate(parameters: Parameters(1.8e12), gpus: n, variant: variant)
                    guard r.finishes else { continue }
                    #expect(abs(r.parts.wallClock / r.wallClock - 1) < 1e-9, "\(preset) \(variant.name) \(n)")
                    #expect(abs(r.parts.goodput / r.goodput - 1) < 1e-9)
                    #expect(r.parts.fractions.allSatisfy { $0.fraction >= -1e-12 })
                }
            }
        }
    }

    @Test func figure7BaselineAt50kIsMostlyCheckpointsAndRestarts() throws {
        // Paper system at 50k (framework.md §3.2: δ = 8,000 s, M = 16.4 h, τ = 7.12 h, f = 1.997): half the wall clock
        // is productive; checkpoints take δ/(τ+δ)-ish of the rest. Check against first-order hand arithmetic (±10%, the
        // first-order formula ignores failures during checkpoints and restarts): stalls ≈ δ/τ = 0.312 of T_s; restarts
        // ≈ n·R with n ≈ T_wall/M.
        let r = try TimeToTrain().evaluate(parameters: Parameters(1.8e12), gpus: 50_000, variant: .baseline())
        #expect(abs(r.goodput - 1 / 1.997) < 0.01)
        let stalls = r.parts.checkpointStalls / r.solveTime
        #expect(abs(stalls / (8000 / (7.12 * 3600)) - 1) < 0.10, "\(stalls)")
        let restarts = r.parts.restarts.value / (r.expectedInterruptions * 7200)
        #expect(abs(restarts - 1) < 0.10, "\(restarts)")
        #expect(r.parts.degraded == .zero && r.parts.stragglers == .zero)
    }

    @Test func stragglersStretchTheComputeAndShowAsTheirOwnPart() throws {
        // FALCON's 1.34×: the straggler part is 0.34 T_s exactly and the overhead factor grows by 1.34 exactly.
        let plain = try ReliabilityDefaults.model()
        let slow = try ReliabilityDefaults.model(slowdowns: .falcon2024)
        let v = try ReliabilityDefaults.baseline(for: .llama3Observed)
        let a = plain.evaluate(parameters: Parameters(405e9), gpus: 16_384, variant: v)
        let b = slow.evaluate(parameters: Parameters(405e9), gpus: 16_384, variant: v)
        #expect(abs(b.parts.stragglers / b.solveTime - 0.34) < 1e-12)
        #expect(abs(b.overheadFactor / a.overheadFactor - 1.34) < 1e-12)
        #expect(throws: InputError.self) { try Slowdowns(stragglers: -0.1, source: nil) }
    }
}
