import Testing

@testable import ReckonAnalysis

/// The monotone run (issue 18) must give the stored run's numbers bit for bit: the same draws, summaries, counts of
/// non-finite results and columns, for models that rise, fall, stay flat, clamp and round (ties), at sample counts
/// that leave chunks empty, take the copy-and-select path or the bracketed one.
struct MonteCarloMonotoneTests {
    /// Outputs: rising `c/x`-free, falling `1/x`-like, constant, clamped (ties), rounded (ties).
    static let directions: [Monotonicity] = [
        .nonDecreasing, .nonIncreasing, .nonDecreasing, .nonIncreasing, .nonDecreasing,
    ]
    static let model: MonteCarloEvaluator = { x, y in
        let v = x[0]
        y[0] = 3.7 * v + 1e-3
        y[1] = 4.2e5 / (2 * v) * 1.01
        y[2] = 42
        y[3] = 10 / min(max(v, 0.4), 0.5)
        y[4] = (v * 20).rounded()
    }

    @Test(
        "monotone runs give the stored run's summaries, counts and columns exactly",
        arguments: [1, 5, 63, 64, 1_000, 20_000, 100_003])
    func sameAsStored(samples: Int) throws {
        let inputs = try [
            Distribution.lognormal(p5: 0.35, p95: 0.55), .normal(mean: 0.45, sd: 0.05), .uniform(0.3, 0.6),
            .triangular(0.3, 0.45, 0.6), .choice([(0.4, 1), (0.45, 2), (0.5, 1)]),
        ]
        for input in inputs {
            let mc = MonteCarlo(samples: samples, seed: 11)
            let stored = mc.run(inputs: [input], outputCount: 5, keepInputs: true, evaluate: Self.model)
            let monotone = mc.runMonotone(
                input: input, outputCount: 5, directions: Self.directions, evaluate: Self.model)
            #expect(monotone.summaries() == stored.summaries(), "\(input), \(samples) samples")
            #expect(monotone.draws(0) == stored.draws(0))
            for k in 0..<5 {
                #expect(Array(monotone.output(k)) == Array(stored.output(k)))
                #expect(monotone.nonFinite(k) == stored.nonFinite(k))
            }
        }
    }

    @Test("non-finite results are counted as the stored run counts them")
    func nonFiniteCounts() {
        let mc = MonteCarlo(samples: 30_000, seed: 3)
        let input = Distribution.flat(low: -1, high: 1)
        let model: MonteCarloEvaluator = { x, y in
            y[0] = x[0] > 0.9 ? .infinity : x[0]
            y[1] = x[0] < -0.95 ? -.infinity : 2 * x[0]
        }
        let stored = mc.run(inputs: [input], outputCount: 2, evaluate: model)
        let monotone = mc.runMonotone(
            input: input, outputCount: 2, directions: [.nonDecreasing, .nonDecreasing], evaluate: model)
        for k in 0..<2 {
            #expect(monotone.nonFinite(k) == stored.nonFinite(k))
            #expect(monotone.nonFinite(k).infinite > 0)
        }
    }

    @Test("order statistics at any ranks, bracketed or copied, equal a full sort's")
    func orderStatistics() throws {
        for n in [1, 2, 17, 16_384, 50_001] {
            var g = SeededGenerator(seed: UInt64(n))
            let values = (0..<n).map { _ in (Double(g.next() % 1000) / 7).squareRoot() }  // ties
            let sorted = values.sorted()
            let ranks = [0, n / 3, n / 2, n - 1, max(0, n - 2)]
            let found = try #require(values.withUnsafeBufferPointer { Percentiles.orderStatistics($0, ranks: ranks) })
            for r in ranks { #expect(found[r] == sorted[r], "n \(n), rank \(r)") }
        }
    }
}
