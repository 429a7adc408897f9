import Testing
@testable import ReckonAnalysis

@Suite struct MonteCarloTests {
    static let inputs: [Distribution] = [
        try! .lognormal(p5: 0.35, p95: 0.55), try! .uniform(1, 2), try! .normal(mean: 5, sd: 1),
    ]
    static let model: MonteCarloEvaluator = { x, y in
        y[0] = x[0] * x[1]
        y[1] = x[0] + x[1] + x[2]
    }

    /// Same seed → bit-identical samples; another seed → different samples.
    @Test func sameSeedSameOutput() {
        let a = MonteCarlo(samples: 10_001, seed: 5).run(inputs: Self.inputs, outputCount: 2, evaluate: Self.model)
        let b = MonteCarlo(samples: 10_001, seed: 5).run(inputs: Self.inputs, outputCount: 2, evaluate: Self.model)
        let c = MonteCarlo(samples: 10_001, seed: 6).run(inputs: Self.inputs, outputCount: 2, evaluate: Self.model)
        #expect(Array(a.output(0)) == Array(b.output(0)) && Array(a.output(1)) == Array(b.output(1)))
        #expect(a.summaries() == b.summaries())
        #expect(Array(a.output(0)) != Array(c.output(0)))
    }

    /// The parallel run equals a sequential replay of its definition (chunk c uses stream c for its fixed
    /// range of samples), so thread scheduling cannot change a number.
    @Test func parallelRunEqualsSequentialDefinition() {
        let mc = MonteCarlo(samples: 1_000, seed: 11)
        let r = mc.run(inputs: Self.inputs, outputCount: 2, keepInputs: true, evaluate: Self.model)
        var expected = [Double](repeating: 0, count: mc.samples)
        for c in 0..<MonteCarlo.chunkCount {
            var g = SeededGenerator(seed: 11, stream: c)
            for i in mc.chunk(c) {
                let x = Self.inputs.map { $0.quantile(g.nextOpenUnit()) }
                expected[i] = x[0] * x[1]
            }
        }
        #expect(Array(r.output(0)) == expected)
        #expect(r.draws(1)!.allSatisfy { $0 > 1 && $0 < 2 })
    }

    /// Chunks partition the samples exactly, also when there are fewer samples than chunks.
    @Test(arguments: [1, 63, 64, 65, 1_000_003])
    func chunksPartitionTheSamples(_ n: Int) {
        let mc = MonteCarlo(samples: n)
        var covered = 0
        for c in 0..<MonteCarlo.chunkCount {
            #expect(mc.chunk(c).lowerBound == covered)
            covered = mc.chunk(c).upperBound
        }
        #expect(covered == n)
    }

    /// Point inputs give the deterministic answer exactly at every percentile and as the mean.
    @Test func pointInputsGiveTheDeterministicAnswer() {
        let r = MonteCarlo(samples: 5_000).run(
            inputs: [.point(0.4), .point(1.7), .point(3)], outputCount: 2, evaluate: Self.model)
        let s = r.summaries()
        for v in [s[0].p5, s[0].p25, s[0].p50, s[0].p75, s[0].p95, s[0].mean] { #expect(v == 0.4 * 1.7) }
        for v in [s[1].p5, s[1].p50, s[1].p95, s[1].mean] { #expect(v == 0.4 + 1.7 + 3) }
    }
}
