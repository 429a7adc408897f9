import Dispatch
import Foundation

/// How an output moves with a model's one uncertain input, in floating point (a constant output moves both ways).
public enum Monotonicity: Sendable, Hashable {
    /// `x ≤ x′ ⇒ y(x) ≤ y(x′)`.
    case nonDecreasing
    /// `x ≤ x′ ⇒ y(x) ≥ y(x′)`.
    case nonIncreasing
}

/// The summaries and counts of a Monte Carlo run whose outputs are monotone in its one input, found without storing
/// the outputs, and the model to recompute a column from the draws when one is asked for.
struct MonotoneOutputs: Sendable {
    var summaries: [PercentileSummary]
    var nan: [Int]
    var infinite: [Int]
    let outputCount: Int
    let evaluate: MonteCarloEvaluator

    /// Output `k` of every sample, in sample order, recomputed from the draws of the one input.
    func column(_ k: Int, draws: [Double]) -> [Double] {
        var x = [0.0]
        var y = [Double](repeating: 0, count: outputCount)
        return draws.map { d in
            x[0] = d
            x.withUnsafeBufferPointer { xs in y.withUnsafeMutableBufferPointer { evaluate(xs, $0) } }
            return y[k]
        }
    }
}

extension MonteCarlo {
    /// The run of ``run(inputs:outputCount:keepInputs:evaluate:)`` for a model of one uncertain input whose every
    /// output is monotone in it (`directions[k]` for output k) — the same draws, the same summaries bit for bit —
    /// without storing the outputs:
    ///
    /// ```
    /// y_k,(r) = y_k(x₍r₎)            non-decreasing y_k         (x₍r₎ the r-th smallest draw)
    ///         = y_k(x₍n−1−r₎)        non-increasing y_k
    /// mean_k  = y_k,0 + Σ_i (y_k,i − y_k,0) / n      in sample order
    /// ```
    /// Why it is exact: sorting the draws sorts the outputs (one way or the other) when the model is monotone, and the
    /// model is a deterministic function of the draw, so equal draws give equal outputs; the summary's percentiles are
    /// interpolations between order statistics (``Percentiles/summaryRanks(count:)``), taken here with the same
    /// operations. Monotone in floating point is the caller's claim: rounding is monotone (IEEE 754), so a model made
    /// of additions, multiplications by non-negative constants and divisions of or by positive ones, clamps and
    /// roundings keeps the direction its formula has.
    ///
    /// Cost: the draws (8 bytes a sample) instead of 8 bytes per sample and output, the outputs computed on both cores
    /// for the means (``drawAndSum(_:into:outputCount:evaluate:)``), one pass over the draws for their order
    /// statistics.
    public func runMonotone(
        input: Distribution, outputCount: Int, directions: [Monotonicity], evaluate: @escaping MonteCarloEvaluator
    ) -> MonteCarloResult {
        precondition(outputCount >= 1 && directions.count == outputCount, "one direction per output")
        let n = samples
        var sums: (means: [Double], nan: [Int], infinite: [Int]) = ([], [], [])
        let draws = [Double](unsafeUninitializedCapacity: n) { out, count in
            sums = drawAndSum(input, into: out, outputCount: outputCount, evaluate: evaluate)
            count = n
        }
        let ranks = Percentiles.summaryRanks(count: n)
        let needed = ranks.flatMap { r in [r.rank, n - 1 - r.rank] + (r.next.map { [$0, n - 1 - $0] } ?? []) }
        let statistics = draws.withUnsafeBufferPointer { Percentiles.orderStatistics($0, ranks: needed) }
        var summaries: [PercentileSummary] = []
        var y = [Double](repeating: 0, count: outputCount)
        // The outputs at every order statistic needed, by rank.
        var at: [Int: [Double]] = [:]
        if let statistics {
            for (rank, value) in statistics {
                [value].withUnsafeBufferPointer { xs in y.withUnsafeMutableBufferPointer { evaluate(xs, $0) } }
                at[rank] = y
            }
        }
        for k in 0..<outputCount {
            // NaN draws leave no order: the stored run's summaries are not defined then either (refused as not
            // finite), and every level reports NaN.
            let value = { (rank: Int) -> Double in
                let r = directions[k] == .nonDecreasing ? rank : n - 1 - rank
                return at[r]?[k] ?? .nan
            }
            let p = ranks.map { r in
                Percentiles.interpolate(value(r.rank), r.next.map(value), fraction: r.fraction)
            }
            summaries.append(
                PercentileSummary(p5: p[0], p25: p[1], p50: p[2], p75: p[3], p95: p[4], mean: sums.means[k]))
        }
        let monotone = MonotoneOutputs(
            summaries: summaries, nan: sums.nan, infinite: sums.infinite, outputCount: outputCount, evaluate: evaluate)
        return MonteCarloResult(
            samples: n, seed: seed, inputCount: 1, outputCount: outputCount, flatOutputs: [], flatDraws: draws,
            monotone: monotone)
    }

    /// Draws every sample of `input` into `x` (the generator streams and block order of ``run``), and the mean of
    /// every output in sample order (as ``Percentiles/summarize(_:)-(inout [Double])`` sums: shifted by the first
    /// sample's value) with how many samples of each are NaN or infinite.
    ///
    /// The chunks are dealt in order to the workers; a worker draws its chunk and computes its outputs into a buffer
    /// of its own, then waits until the chunk before has been added to the sums, adds its own, and lets the next one
    /// go (a sum in sample order cannot be split, but it is the cheap part, and it runs while the other worker
    /// computes). Dealing in order keeps this free of deadlock however many threads run the workers: the chunk waited
    /// for has always been dealt, to a worker that is running.
    func drawAndSum(
        _ input: Distribution, into x: UnsafeMutableBufferPointer<Double>, outputCount: Int,
        evaluate: MonteCarloEvaluator
    ) -> (means: [Double], nan: [Int], infinite: [Int]) {
        let generators = self.generators
        let chunks = (0..<MonteCarlo.chunkCount).map(chunk)
        let width = max(1, chunks.map(\.count).max() ?? 0) * outputCount
        // One worker per core (each with a chunk's buffer), at most one per chunk.
        let workers = max(1, min(MonteCarlo.chunkCount, ProcessInfo.processInfo.activeProcessorCount))
        let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * width)
        // [shift | sum | NaN count | infinite count], outputCount each.
        let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: 4 * outputCount)
        defer {
            buffer.deallocate()
            sums.deallocate()
        }
        sums.initialize(repeating: 0)
        let shared = SharedBuffers(outputs: buffer, draws: x)
        // Written by one worker at a time (InOrder), read after the workers join.
        nonisolated(unsafe) let running = sums
        let order = InOrder(count: chunks.count)
        let dealer = WorkDealer(weights: chunks.map(\.count), parts: chunks.count, report: nil)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let rows = shared.outputs.baseAddress! + w * width
            while let part = dealer.next() {
                for c in part {
                    let range = chunks[c]
                    var generator = generators[c]
                    [input].withUnsafeBufferPointer { dists in
                        var start = range.lowerBound
                        while start < range.upperBound {
                            let size = min(MonteCarlo.block, range.upperBound - start)
                            let block = UnsafeMutableBufferPointer(rebasing: shared.draws[start..<(start + size)])
                            MonteCarlo.drawBlock(size, dists, into: block, using: &generator)
                            start += size
                        }
                    }
                    for (s, i) in range.enumerated() {
                        evaluate(
                            UnsafeBufferPointer(start: shared.draws.baseAddress! + i, count: 1),
                            UnsafeMutableBufferPointer(start: rows + s * outputCount, count: outputCount))
                    }
                    order.wait(for: c)
                    Self.add(rows, samples: range.count, first: range.lowerBound == 0, into: running, outputCount)
                    order.done(c)
                }
            }
        }
        let n = Double(x.count)
        return (
            (0..<outputCount).map { sums[$0] + sums[outputCount + $0] / n },
            (0..<outputCount).map { Int(sums[2 * outputCount + $0]) },
            (0..<outputCount).map { Int(sums[3 * outputCount + $0]) }
        )
    }

    /// Adds one chunk's outputs (`samples` rows of `outputCount`) to the running sums, in sample order; the chunk that
    /// holds sample 0 (`first`) sets the shift.
    static func add(
        _ rows: UnsafeMutablePointer<Double>, samples: Int, first: Bool,
        into sums: UnsafeMutableBufferPointer<Double>, _ outputCount: Int
    ) {
        if first, samples > 0 { for k in 0..<outputCount { sums[k] = rows[k] } }
        for s in 0..<samples {
            for k in 0..<outputCount {
                let v = rows[s * outputCount + k]
                sums[outputCount + k] += v - sums[k]
                sums[2 * outputCount + k] += v.isNaN ? 1 : 0
                sums[3 * outputCount + k] += v.isInfinite ? 1 : 0
            }
        }
    }
}

/// Lets steps 0, 1, 2, … run one after the other from several threads: step `c` waits until step `c − 1` is done.
final class InOrder: @unchecked Sendable {
    private let gates: [DispatchSemaphore]

    /// Every gate starts closed and the first is opened by a signal (libdispatch traps when a semaphore is released
    /// with a count below the one it was created with).
    init(count: Int) {
        gates = (0...count).map { _ in DispatchSemaphore(value: 0) }
        gates[0].signal()
    }

    func wait(for step: Int) { gates[step].wait() }
    func done(_ step: Int) { gates[step + 1].signal() }
}
