import Testing
@testable import ReckonAnalysis

@Suite struct SensitivityTests {
    /// y = 2a + 3b − c: swings are 2·(a95 − a5), 3·(b95 − b5) and (c95 − c5) by hand; the baseline is the
    /// model at the medians; the ranking follows the swings.
    @Test func tornadoOfALinearModel() throws {
        let a = try Distribution.uniform(0, 10)
        let b = try Distribution.uniform(0, 1)
        let c = try Distribution.uniform(0, 100)
        let t = Sensitivity.tornado(inputs: [a, b, c], outputCount: 1) { x, y in y[0] = 2 * x[0] + 3 * x[1] - x[2] }
        #expect(abs(t.baseline[0] - (2 * 5 + 3 * 0.5 - 50)) < 1e-12)
        // uniform(0, 10): p5 = 0.5, p95 = 9.5 → swing 2 × 9 = 18; b: 3 × 0.9 = 2.7; c: 90.
        #expect(abs(t.swings[0].swing(0) - 18) < 1e-12)
        #expect(abs(t.swings[1].swing(0) - 2.7) < 1e-12)
        #expect(abs(t.swings[2].swing(0) - 90) < 1e-12)
        #expect(t.swings[2].atHigh[0] < t.swings[2].atLow[0])  // c lowers y
        #expect(t.ranked(by: 0).map(\.input) == [2, 0, 1])
    }

    /// Spearman ρ: +1 for any increasing transform, −1 for a decreasing one, average ranks for ties
    /// (ranks of [10, 20, 20, 30] are 1, 2.5, 2.5, 4 by hand).
    @Test func rankCorrelation() {
        let x = (1...200).map { Double($0) * 0.37 }
        #expect(abs(Sensitivity.spearman(x, x.map { $0 * $0 * $0 }) - 1) < 1e-12)
        #expect(abs(Sensitivity.spearman(x, x.map { -$0 }) + 1) < 1e-12)
        #expect(Sensitivity.ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
        #expect(Sensitivity.spearman([1, 2, 3], [5, 5, 5]) == 0)
    }

    /// Independent inputs have |ρ| near 0 in a Monte Carlo sample (SE of ρ ≈ 1/√(n−1) = 0.01 at n = 10⁴; 5 SE).
    @Test func independentInputsAreUncorrelated() throws {
        let r = MonteCarlo(samples: 10_000, seed: 3).run(
            inputs: [try .uniform(0, 1), try .uniform(0, 1)], outputCount: 1, keepInputs: true
        ) { x, y in y[0] = x[0] }
        #expect(abs(Sensitivity.spearman(r.draws(0)!, r.draws(1)!)) < 0.05)
        #expect(Sensitivity.spearman(r.draws(0)!, r.output(0)) == 1)
    }
}
