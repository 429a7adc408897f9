import Dispatch
import ReckonAnalysis
import ReckonCore
import ReckonInput

/// `reckon-bench montecarlo [samples]`: wall time of `reckon train --samples N` (fast path) with five
/// uncertain inputs, plus the engine alone and the percentile step, at 10⁶ samples by default.
enum MonteCarloBench {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func run(_ arguments: [String]) {
        let samples = arguments.first.flatMap { Int($0) } ?? 1_000_000
        let fields = InputFields(
            [
                "model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .text("800..1200"),
                "mfu": .text("0.35..0.55"),
                "price_per_hour": .text("$1.5..$3"), "pue": .text("triangular(1.05, 1.1, 1.3)"),
                "tokens": .text("250B..350B"),
                "purchase_price": .text("25k..35k"),
            ], origin: "bench")
        do {
            _ = try TrainUncertainty.run(fields, samples: 10_000, seed: 1)  // warm-up
            var outcome: UncertainOutcome? = nil
            var best = Double.infinity
            for _ in 0..<3 {
                let t = try seconds { outcome = try TrainUncertainty.run(fields, samples: samples, seed: 1) }
                best = min(best, t)
            }
            let o = outcome!
            print("train Monte Carlo, \(o.inputs.count) uncertain inputs, \(o.outputs.count) outputs, \(o.method)")
            print(
                "  \(samples) samples: best of 3 = \(String(format3(best))) s wall  →  \(Int(Double(samples) / best)) "
                    + "samples/s (end to end: resolve, sample, percentiles)"
            )
            let cost = o.output("cost_usd")!.summary
            print("  cost_usd p5 \(Int(cost.p5))  p50 \(Int(cost.p50))  p95 \(Int(cost.p95))")

            // One uncertain input (issue 18's case): the monotone run against the stored run, same numbers.
            let one = InputFields(
                ["model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .number(1024), "mfu": .text("0.35..0.55")],
                origin: "bench")
            var monotoneBest = Double.infinity
            var storedBest = Double.infinity
            for _ in 0..<3 {
                monotoneBest = min(
                    monotoneBest, try seconds { _ = try TrainUncertainty.run(one, samples: samples, seed: 1) })
                storedBest = min(
                    storedBest,
                    try seconds { _ = try TrainUncertainty.run(one, samples: samples, seed: 1, forceStored: true) })
            }
            print(
                "  one uncertain input (--mfu 0.35..0.55), \(samples) samples: monotone run "
                    + "\(format3(monotoneBest)) s, stored run \(format3(storedBest)) s (best of 3, in process)")

            // The engine and percentiles alone.
            let mc = MonteCarlo(samples: samples, seed: 1)
            let inputs = try [
                Distribution.lognormal(p5: 0.35, p95: 0.55), .lognormal(p5: 1.5, p95: 3), .triangular(1.05, 1.1, 1.3),
            ]
            var r: MonteCarloResult? = nil
            let tEngine = seconds { r = mc.run(inputs: inputs, outputCount: 1) { x, y in y[0] = x[0] * x[1] * x[2] } }
            let tSummary = seconds { _ = r!.summaries() }
            print(
                "  engine only (3 inputs, product): \(format3(tEngine)) s;  percentiles of one output: "
                    + "\(format3(tSummary)) s"
            )
            let column = Array(r!.output(0))
            var copy = column
            let tSelect = seconds { _ = Percentiles.summarize(&copy) }
            copy = column
            let tSort = seconds { copy.sort() }
            print("  percentiles by selection: \(format3(tSelect)) s;  a full sort for comparison: \(format3(tSort)) s")
        } catch {
            print("error: \(error)")
        }
    }

    static func format3(_ x: Double) -> String {
        let r = (x * 1000).rounded() / 1000
        return "\(r)"
    }
}
