import Foundation
import ReckonCore
import ReckonUnits

/// The global fit of the serving efficiencies over the development rows (coordinate search on a grid).
extension ServingCalibration {
    /// The values each constant may take in the fit.
    public struct Grid: Sendable {
        public var compute: [Double]
        public var expertCompute: [Double]
        public var attentionCompute: [Double]
        public var weightStreaming: [Double]
        public var kvStreaming: [Double]
        public var collectiveLatency: [Double]
        public var stepOverhead: [Double]
        public var layerOverhead: [Double]
        public var expertImbalance: [Double]
        public var overlap: [Double]

        /// `lo, lo + step, …, hi` (counted in whole steps, so `hi` is included exactly).
        public static func values(_ lo: Double, _ hi: Double, step: Double) -> [Double] {
            (0...Int(((hi - lo) / step).rounded())).map { lo + Double($0) * step }
        }

        /// The grid the committed constants were chosen on. Bounds: streaming efficiencies at most 0.925 (the best
        /// published attention-kernel bandwidth, FlashMLA's 3,000 of H800's 3,350 GB/s, is 0.90).
        public static let standard = Grid(
            compute: Grid.values(0.30, 0.80, step: 0.025),
            expertCompute: Grid.values(0.20, 0.80, step: 0.025),
            attentionCompute: Grid.values(0.10, 0.80, step: 0.025),
            weightStreaming: Grid.values(0.40, 0.925, step: 0.025),
            kvStreaming: Grid.values(0.50, 0.925, step: 0.025),
            collectiveLatency: [5e-6, 7.5e-6, 10e-6, 15e-6, 20e-6, 30e-6],
            stepOverhead: [0, 0.25e-3, 0.5e-3, 1e-3, 1.5e-3, 2e-3, 3e-3],
            layerOverhead: Grid.values(0, 250e-6, step: 10e-6),
            expertImbalance: Grid.values(1.0, 3.0, step: 0.1),
            overlap: Grid.values(0, 1, step: 0.1))

        func factors(_ i: [Int]) -> EfficiencyFactors {
            EfficiencyFactors(
                compute: compute[i[0]], expertCompute: expertCompute[i[1]], attentionCompute: attentionCompute[i[2]],
                weightStreaming: weightStreaming[i[3]], kvStreaming: kvStreaming[i[4]], link: 0.8,
                collectiveLatency: Seconds(collectiveLatency[i[5]]), expertImbalance: expertImbalance[i[8]],
                stepOverhead: Seconds(stepOverhead[i[6]]), layerOverhead: Seconds(layerOverhead[i[7]]),
                expertCommunicationOverlap: overlap[i[9]], source: "fit")
        }
        var sizes: [Int] {
            [
                compute.count, expertCompute.count, attentionCompute.count, weightStreaming.count, kvStreaming.count,
                collectiveLatency.count, stepOverhead.count, layerOverhead.count, expertImbalance.count, overlap.count,
            ]
        }
    }

    /// The constant set minimising ``objective(rows:efficiency:)`` over `grid` (link efficiency held at 0.8):
    /// coordinate descent — each constant in turn set to its best grid value, sweeps repeated until none moves —
    /// from 16 starting points (the grid's lower quartile, middle and upper quartile, and 13 drawn with SplitMix64
    /// seed 20), the best kept.
    /// Deterministic; the dimensions' values are tried on `threads` workers.
    public static func fit(rows: [ServingDevelopmentRow], grid: Grid = .standard, threads: Int = 2) -> (
        EfficiencyFactors, Double
    ) {
        let sizes = grid.sizes
        var starts: [[Int]] = [sizes.map { $0 / 2 }, sizes.map { $0 / 4 }, sizes.map { 3 * $0 / 4 }]
        var rng = SplitMix64(seed: 20)
        for _ in 0..<13 { starts.append(sizes.map { Int.random(in: 0..<$0, using: &rng) }) }
        var best = (starts[0], Double.infinity)
        for start in starts {
            var point = start
            var value = objective(rows: rows, efficiency: grid.factors(point))
            var moved = true
            var sweeps = 0
            while moved && sweeps < 30 {
                moved = false
                sweeps += 1
                for dim in 0..<sizes.count {
                    let values = evaluateLine(rows: rows, grid: grid, point: point, dimension: dim, threads: threads)
                    if let (j, v) = values.enumerated().min(by: { $0.element < $1.element }).map({
                        ($0.offset, $0.element)
                    }),
                        v < value - 1e-12, j != point[dim]
                    {
                        point[dim] = j
                        value = v
                        moved = true
                    }
                }
            }
            if value < best.1 { best = (point, value) }
        }
        return (grid.factors(best.0), best.1)
    }

    /// The objective at every grid value of one dimension, the others held at `point`.
    static func evaluateLine(rows: [ServingDevelopmentRow], grid: Grid, point: [Int], dimension: Int, threads: Int)
        -> [Double]
    {
        let count = grid.sizes[dimension]
        let out = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        defer { out.deallocate() }
        nonisolated(unsafe) let slots = out
        DispatchQueue.concurrentPerform(iterations: max(1, threads)) { worker in
            var j = worker
            while j < count {
                var p = point
                p[dimension] = j
                (slots.baseAddress! + j).initialize(to: objective(rows: rows, efficiency: grid.factors(p)))
                j += max(1, threads)
            }
        }
        return Array(out)
    }
}
