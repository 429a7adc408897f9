import Foundation
import Testing
import ReckonCore
import ReckonUnits

@Suite struct DalyWallTimeTests {
    @Test func baselineOverheadAt50kIsTwo() {
        // framework.md §6 target 11: base f = 1.997 at 50k (δ = 8,000 s, R = 2 h, M = 820,144 h / 50,000); ±1%.
        let m = FailureModel.paper2024.mtti(gpus: 50_000).value
        let τ = CheckpointInterval.interval(δ: 8000, M: m, rule: .daly)
        let f = DalyWallTime.overheadFactor(δ: 8000, τ: τ, R: 7200, M: m)
        #expect(abs(f / 1.997 - 1) < 0.01)
    }

    @Test func noFailuresLeavesOnlyTheCheckpointCost() {
        // M → ∞ (capped): f → (τ + δ)/τ, the first-order limit of the formula; expm1 keeps it exact to ~1e-12.
        let f = DalyWallTime.overheadFactor(δ: 100, τ: 10_000, R: 7200, M: .infinity)
        #expect(abs(f - 1.01) < 1e-6)
    }

    @Test func hopelessJobsAreInfiniteNotNaN() {
        // δ = 1,000 × M: e^(1001) overflows a Double; the result must be +∞, never NaN.
        let f = DalyWallTime.overheadFactor(δ: 1e6, τ: 1e3, R: 7200, M: 1e3)
        #expect(f == .infinity)
        // Exponent 100 takes the direct path and matches the formula as written (1e-12: rounding only).
        let direct = 1e3 * exp(7.2) * expm1(100.0) / 1e3
        #expect(abs(DalyWallTime.overheadFactor(δ: 99_000, τ: 1e3, R: 7200, M: 1e3) / direct - 1) < 1e-12)
        // Exponent 701 takes the log path: f = e^(7.2 + 701) to within rounding (e^-701 is far below 1 ulp); 1e-12.
        let viaLogs = DalyWallTime.overheadFactor(δ: 700_000, τ: 1e3, R: 7200, M: 1e3)
        #expect(viaLogs.isFinite)
        #expect(abs(log(viaLogs) - (7.2 + 701)) < 1e-12 * 708)
    }

    @Test func zeroCheckpointCostLeavesOnlyRestarts() {
        // δ = 0 → τ = 0; the limit of the formula is e^(R/M) (hand: R = M → e).
        #expect(abs(DalyWallTime.overheadFactor(δ: 0, τ: 0, R: 10, M: 10) - M_E) < 1e-12)
    }
}
