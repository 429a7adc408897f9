import Testing
import ReckonCore
import ReckonUnits

@Suite struct CheckpointIntervalTests {
    @Test func youngIsSquareRootOfTwoDeltaM() {
        // reliability.csv, row "Worked example (derived)": T_f = 3.09 h, T_s = 40 s → sqrt(2 × 3.09 × 0.0111) = 0.262
        // h;
        // ±1% because the csv rounds 40 s to 0.0111 h and the result to 3 digits.
        let τ = CheckpointInterval.young.interval(checkpointTime: .seconds(40), mtti: .hours(3.09))
        #expect(abs(τ.inHours / 0.262 - 1) < 0.01)
    }

    @Test func dalyAt50kBaselineIs7Point12Hours() {
        // framework.md §3.2 table, N = 50,000: δ = 8,000 s, M = 16.4 h → τ* = 7.12 h; ±1% (table rounds M and τ).
        let τ = CheckpointInterval.daly.interval(checkpointTime: .seconds(8000), mtti: .hours(16.4))
        #expect(abs(τ.inHours / 7.12 - 1) < 0.01)
        // §3.2 table, N = 1,000: δ = 160 s, M = 820.1 h → 8.51 h; ±1%.
        let τ1k = CheckpointInterval.daly.interval(checkpointTime: .seconds(160), mtti: .hours(820.1))
        #expect(abs(τ1k.inHours / 8.51 - 1) < 0.01)
    }

    @Test func dalyApproachesYoungWhenCheckpointsAreCheap() {
        // Daly's correction terms are O(sqrt(δ/M)); at δ/M = 1e-8 they are < 1e-4 relative.
        let y = CheckpointInterval.young.interval(checkpointTime: .seconds(1), mtti: .seconds(1e8))
        let d = CheckpointInterval.daly.interval(checkpointTime: .seconds(1), mtti: .seconds(1e8))
        #expect(abs(d.value / y.value - 1) < 1e-4)
    }

    @Test func dalyFallsBackToMWhenCheckpointsOutlastTwoMTTI() {
        let τ = CheckpointInterval.daly.interval(checkpointTime: .hours(5), mtti: .hours(2))
        #expect(τ == .hours(2))
        // Just below the switch the interval is still positive.
        #expect(CheckpointInterval.daly.interval(checkpointTime: .hours(3.999), mtti: .hours(2)).value > 0)
    }
}
