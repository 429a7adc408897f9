import Testing
import ReckonCore
@testable import ReckonInput

/// Distributions on `scale`, `project` and `roadmap` inputs (issue 6: "any numeric input of any command").
///
/// Each output here is a monotone function of the one uncertain input, so with an odd sample count its sample
/// median is exactly the deterministic answer at the median draw (tolerance 1e-9 relative: the draw is written
/// as text and read back on the generic path).
@Suite struct ScaleProjectRoadmapUncertaintyTests {
    func fields(_ values: [String: InputValue]) -> InputFields { InputFields(values, origin: "test") }
    /// The middle draw of the only uncertain input (kept by `sensitivity`).
    func medianDraw(_ o: UncertainOutcome) -> Double {
        let draws = o.result.draws(0)!.sorted()
        return draws[draws.count / 2]
    }
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance * abs(b) }

    @Test func scaleMedianIsTheDeterministicAnswerAtTheMedianInput() throws {
        // Per-component MTBFs are the paper-2024 preset's (the observed presets refuse them).
        let o = try ScaleUncertainty.run(
            fields([
                "gpus": .text("16k,50k"), "failures": .text("paper-2024"),
                "gpu_mtbf_hours": .text("300000..1500000"),
            ]), samples: 4001, seed: 5, sensitivity: true)
        let median = try ScaleRequest.resolve(
            fields([
                "gpus": .text("16k,50k"), "failures": .text("paper-2024"),
                "gpu_mtbf_hours": .number(medianDraw(o)),
            ]))
        let days = median.sweep.run().results.map(\.wallClock.inDays)
        #expect(o.outputs.count == days.count)
        for (k, d) in days.enumerated() {
            let s = o.summaries[k]
            #expect(close(s.p50, d), "\(o.outputs[k].key): p50 \(s.p50) vs \(d)")
            #expect(s.p5 <= s.p25 && s.p25 <= s.p50 && s.p50 <= s.p75 && s.p75 <= s.p95)
        }
    }

    /// A GPU-count range (`1k...100k`) is a sweep, not a distribution; a point-valued input gives the
    /// deterministic answer at every percentile.
    @Test func scaleSweepRangeIsNotADistribution() throws {
        let o = try ScaleUncertainty.run(
            fields(["gpus": .text("1k...100k"), "points": .number(5), "restart_hours": .number(2)]), samples: 50,
            seed: 1)
        let days = try ScaleRequest.resolve(
            fields(["gpus": .text("1k...100k"), "points": .number(5), "restart_hours": .number(2)])
        )
        .sweep.run().results.map(\.wallClock.inDays)
        #expect(o.outputs.count == 20)
        for (k, d) in days.enumerated() { #expect(o.summaries[k].named.allSatisfy { $0.1 == d }) }
    }

    @Test func projectMedianIsTheDeterministicAnswerAtTheMedianInput() throws {
        let o = try ProjectUncertainty.run(
            fields(["param_growth": .text("2.2..3.2")]), samples: 4001, seed: 5, sensitivity: true)
        let p = try ProjectRequest.resolve(fields(["param_growth": .number(medianDraw(o))])).projection
        let k = try #require(o.outputs.firstIndex { $0.key == "gpu_cost_usd_2030" })
        #expect(close(o.summaries[k].p50, p.model.gpuCost(.bestGuess, year: 2030).value))
        #expect(o.primary == "gpu_cost_usd_2030")
    }

    /// Training algorithms and efficient hardware are labelled assumptions: a Monte Carlo run draws them from 1–3
    /// unless
    /// the user sets them, and says so.
    @Test func assumptionLeversAreDrawnUnlessSet() throws {
        let o = try RoadmapUncertainty.run(fields([:]), samples: 200, seed: 1)
        #expect(Set(o.inputs.map(\.key)) == ["training_algorithms", "efficient_hardware"])
        #expect(o.notes.contains { $0.contains("ASSUMPTION") })
        let set = try RoadmapUncertainty.run(
            fields([
                "training_algorithms": .number(2),
                "efficient_hardware": .text("off"),
            ]),
            samples: 20, seed: 1)
        #expect(set.inputs.isEmpty)
    }

    @Test func roadmapMedianAndClampedLevers() throws {
        // Efficient hardware fixed: unset, it would be drawn from its assumption range 1–3 too.
        let o = try RoadmapUncertainty.run(
            fields([
                "training_algorithms": .text("1.2..3"),
                "efficient_hardware": .number(2),
            ]),
            samples: 4001, seed: 5, sensitivity: true)
        let r = try RoadmapRequest.resolve(
            fields([
                "training_algorithms": .number(medianDraw(o)),
                "efficient_hardware": .number(2),
            ]))
        #expect(close(o.summaries[0].p50, r.waterfall.final.value))
        // A lever whose distribution reaches below its allowed range is clamped and said, not an error.
        let clamped = try RoadmapUncertainty.run(fields(["efficient_hardware": .text("1..4")]), samples: 500, seed: 1)
        #expect(clamped.notes.contains { $0.contains("efficient_hardware") })
    }

    @Test func distributionOnANameIsAnError() {
        #expect(throws: InputError.self) {
            try ScaleUncertainty.run(self.fields(["failures": .text("1..2")]), samples: 10, seed: 1)
        }
        #expect(throws: InputError.self) {
            try ProjectUncertainty.run(self.fields(["preset": .text("normal(1, 2)")]), samples: 10, seed: 1)
        }
    }
}
