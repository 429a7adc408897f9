import Testing
import ReckonAnalysis
import ReckonCore
import ReckonUnits

@Suite struct ScaleSweepTests {
    func figure7(points: Int = 60, amdahl: AmdahlReading = .dp100) throws -> ScaleSweepResult {
        try ScaleSweep(
            model: TimeToTrain(amdahl: amdahl), parameters: Parameters(1.8e12),
            gpuCounts: ScaleSweep.logSpaced(from: 1000, to: 100_000, points: points),
            series: ScaleSeries.figure7()
        ).run()
    }

    @Test func logSpacing() throws {
        let counts = try ScaleSweep.logSpaced(from: 1000, to: 100_000, points: 12)
        #expect(counts.count == 12 && counts.first == 1000 && counts.last == 100_000)
        // Even in log: consecutive ratios equal 100^(1/11) = 1.5199 up to rounding to whole GPUs (< 0.1% at ≥ 1k).
        for (a, b) in zip(counts, counts.dropFirst()) { #expect(abs(Double(b) / Double(a) / 1.5199 - 1) < 1e-3) }
        #expect(throws: InputError.self) { try ScaleSweep.logSpaced(from: 1000, to: 10, points: 5) }
    }

    @Test func baselineHasItsMinimumBetween30kAnd80kThenRises() throws {
        // Target 13: minimum near 64k (framework.md §3.5), accepted in 30k–80k; rising after it to 100k.
        for amdahl in [AmdahlReading.none, .dp100] {
            let r = try figure7(amdahl: amdahl)
            let curve = Array(r.curve(named: "monolithic-baseline")!)
            let best = curve.indices.min { curve[$0].wallClock < curve[$1].wallClock }!
            #expect(curve[best].gpus >= 30_000 && curve[best].gpus <= 80_000, "minimum at \(curve[best].gpus)")
            for i in best..<(curve.count - 1) { #expect(curve[i + 1].wallClock > curve[i].wallClock) }
            for i in 0..<best { #expect(curve[i + 1].wallClock < curve[i].wallClock) }
        }
    }

    @Test func optimizedKeepsFallingThrough100k() throws {
        // Target 13: optimized monotone decreasing to ≥ 100k GPUs.
        let r = try figure7()
        for name in ["monolithic-optimized", "moe8-optimized"] {
            let curve = Array(r.curve(named: name)!)
            for i in 0..<(curve.count - 1) { #expect(curve[i + 1].wallClock < curve[i].wallClock) }
        }
    }

    @Test func moe8IsMonolithicOver6Point63Everywhere() throws {
        // Target 10/B11: MoE-8 = monolithic ÷ 8^0.91 at every N; ±1% against the printed 6.63.
        let r = try figure7()
        for (mono, moe) in [("monolithic-baseline", "moe8-baseline"), ("monolithic-optimized", "moe8-optimized")] {
            for (a, b) in zip(r.curve(named: mono)!, r.curve(named: moe)!) {
                #expect(abs(a.wallClock / b.wallClock / 6.63 - 1) < 0.01)
            }
        }
    }

    @Test func parallelSweepEqualsSerialEvaluation() throws {
        // Above the threshold the sweep runs on two threads; every point must equal a direct evaluation exactly.
        let model = try TimeToTrain()
        let series = try ScaleSeries.figure7()
        let counts = try ScaleSweep.logSpaced(from: 1000, to: 100_000, points: 300)
        let r = try ScaleSweep(model: model, parameters: Parameters(1.8e12), gpuCounts: counts, series: series).run()
        #expect(r.results.count == counts.count * series.count)
        #expect(r.results.count >= ScaleSweep.parallelThreshold)
        for (s, item) in series.enumerated() {
            for (i, n) in counts.enumerated() {
                let direct = model.evaluate(
                    parameters: Parameters(1.8e12), partitions: item.partitions, gpus: n, variant: item.variant)
                #expect(r.curve(s)[s * counts.count + i] == direct)
            }
        }
    }
}
