import Dispatch
import Foundation
import ReckonCore
import ReckonUnits

/// One curve of a scale sweep: a model partitioning and a resilience variant.
public struct ScaleSeries: Sendable, Hashable {
    /// Name for tables and JSON, e.g. `monolithic-baseline`.
    public var name: String
    /// Sparsely activated partitions (1 = monolithic, 8 = the paper's MoE-8).
    public var partitions: Int
    public var variant: ResilienceVariant
    /// `η_MoE` of the partitioned model (``MoEStepEfficiency``), 1 for FLOP only: the series is timed with
    /// `C_K / η_MoE` FLOP at the dense model's sustained FLOP/s, i.e. its compute time is multiplied by `1/η_MoE`.
    public var stepEfficiency: Double = 1

    public init(name: String, partitions: Int, variant: ResilienceVariant) throws {
        try Check.integer(partitions, "partitions", in: 1...1_000_000)
        self.name = name
        self.partitions = partitions
        self.variant = variant
    }

    /// The four curves of the paper's Fig. 7: monolithic and 8-partition MoE, each baseline and optimized.
    /// Source: Faraboschi et al. 2024, Sec. 3.1 ("two sets of curves … eight sparsely activated partitions").
    public static func figure7(_ p: Table3Parameters = .paper2024, partitions moe: Int = 8) throws -> [ScaleSeries] {
        let base = try ResilienceVariant.baseline(p)
        let opt = try ResilienceVariant.optimized(p)
        return [
            try ScaleSeries(name: "monolithic-baseline", partitions: 1, variant: base),
            try ScaleSeries(name: "monolithic-optimized", partitions: 1, variant: opt),
            try ScaleSeries(name: "moe\(moe)-baseline", partitions: moe, variant: base),
            try ScaleSeries(name: "moe\(moe)-optimized", partitions: moe, variant: opt),
        ]
    }

    /// The same four curves for any failure preset: the paper's systems for `paper-2024` (then exactly
    /// ``figure7(_:partitions:)``), observed practice and its optimized counterpart otherwise
    /// (``ReliabilityDefaults/baseline(for:table3:overrides:)``,
    /// ``ReliabilityDefaults/optimized(for:table3:overrides:)``).
    public static func defaults(
        for preset: FailurePreset, table3 p: Table3Parameters = .paper2024, partitions moe: Int = 8,
        overrides: ReliabilityDefaults.Overrides = .init()
    ) throws -> [ScaleSeries] {
        let base = try ReliabilityDefaults.baseline(for: preset, table3: p, overrides: overrides)
        let opt = try ReliabilityDefaults.optimized(for: preset, table3: p, overrides: overrides)
        return [
            try ScaleSeries(name: "monolithic-baseline", partitions: 1, variant: base),
            try ScaleSeries(name: "monolithic-optimized", partitions: 1, variant: opt),
            try ScaleSeries(name: "moe\(moe)-baseline", partitions: moe, variant: base),
            try ScaleSeries(name: "moe\(moe)-optimized", partitions: moe, variant: opt),
        ]
    }
}

/// Time to train over many cluster sizes and several series (the paper's Fig. 7 and beyond).
///
/// Each point is ``TimeToTrain/evaluate(compute:parameters:gpus:variant:)``; the compute of each series is
/// ``TrainingCompute/powerLaw(parameters:partitions:table3:)`` (MoE-K: `K · C(P/K)`), divided by the series'
/// ``ScaleSeries/stepEfficiency`` (`C_K / η_MoE`: the routed step's lower MFU, 1 when FLOP only). The inner loop writes
/// into a preallocated buffer without allocating, split over two threads when the sweep is large.
public struct ScaleSweep: Sendable {
    public var model: TimeToTrain
    public var parameters: Parameters
    public var gpuCounts: [Int]
    public var series: [ScaleSeries]

    /// Sweeps of at least this many points run on two threads.
    public static let parallelThreshold = 512

    public init(model: TimeToTrain, parameters: Parameters, gpuCounts: [Int], series: [ScaleSeries]) throws {
        try Check.positive(parameters.value, "params", max: 1e16)
        guard !gpuCounts.isEmpty, gpuCounts.allSatisfy({ $0 >= 1 }) else {
            throw InputError(
                field: "gpus", value: gpuCounts.map(String.init).joined(separator: ","),
                allowed: "one or more GPU counts of at least 1")
        }
        guard !series.isEmpty else { throw InputError(field: "variants", value: "", allowed: "at least one series") }
        self.model = model
        self.parameters = parameters
        self.gpuCounts = gpuCounts
        self.series = series
    }

    /// `points` GPU counts spaced evenly in log from `low` to `high` (both included), rounded to whole GPUs,
    /// duplicates removed: `N_i = low · (high/low)^(i/(points−1))`.
    public static func logSpaced(from low: Int, to high: Int, points: Int) throws -> [Int] {
        try Check.integer(low, "gpus", in: 1...100_000_000)
        try Check.integer(high, "gpus", in: low...100_000_000)
        try Check.integer(points, "points", in: 1...1_000_000)
        if points == 1 || low == high { return [low] }
        let ratio = log(Double(high) / Double(low))
        var counts: [Int] = []
        counts.reserveCapacity(points)
        for i in 0..<points {
            let n = i == points - 1 ? high : Int((Double(low) * exp(ratio * Double(i) / Double(points - 1))).rounded())
            if counts.last != n { counts.append(n) }
        }
        return counts
    }

    /// Evaluates every series at every GPU count.
    public func run() -> ScaleSweepResult {
        let counts = gpuCounts
        let variants = series.map(\.variant)
        let computes = series.map {
            TrainingCompute.powerLaw(parameters: parameters, partitions: $0.partitions, table3: model.table3)
                / $0.stepEfficiency
        }
        let total = counts.count * series.count
        let results = [TimeToTrainResult](unsafeUninitializedCapacity: total) { buffer, initialized in
            counts.withUnsafeBufferPointer { countsBuf in
                variants.withUnsafeBufferPointer { variantsBuf in
                    computes.withUnsafeBufferPointer { computesBuf in
                        let work = SweepBuffers(
                            out: buffer.baseAddress!, counts: countsBuf, variants: variantsBuf,
                            computes: computesBuf, model: self.model, parameters: self.parameters)
                        if total >= Self.parallelThreshold {
                            let half = total / 2
                            DispatchQueue.concurrentPerform(iterations: 2) { chunk in
                                work.fill(chunk == 0 ? 0..<half : half..<total)
                            }
                        } else {
                            work.fill(0..<total)
                        }
                    }
                }
            }
            initialized = total
        }
        return ScaleSweepResult(gpuCounts: counts, series: series, results: results)
    }
}

/// Read-only inputs and the output buffer of one sweep, shared by the two worker threads. Each thread
/// writes a disjoint range of `out`; the inputs outlive both (they are borrowed for the duration of `run`).
private struct SweepBuffers: @unchecked Sendable {
    let out: UnsafeMutablePointer<TimeToTrainResult>
    let counts: UnsafeBufferPointer<Int>
    let variants: UnsafeBufferPointer<ResilienceVariant>
    let computes: UnsafeBufferPointer<FLOP>
    let model: TimeToTrain
    let parameters: Parameters

    /// The inner loop: evaluates points `range` (series-major) into `out`, without allocating.
    func fill(_ range: Range<Int>) {
        let perSeries = counts.count
        for k in range {
            let s = k / perSeries
            let i = k - s * perSeries
            (out + k).initialize(
                to: model.evaluate(
                    compute: computes[s], parameters: parameters,
                    gpus: counts[i], variant: variants[s]))
        }
    }
}

/// The output of a ``ScaleSweep``: one ``TimeToTrainResult`` per series and GPU count.
public struct ScaleSweepResult: Sendable {
    public var gpuCounts: [Int]
    public var series: [ScaleSeries]
    /// Series-major: `results[s · gpuCounts.count + i]` is series `s` at `gpuCounts[i]`.
    public var results: [TimeToTrainResult]

    public init(gpuCounts: [Int], series: [ScaleSeries], results: [TimeToTrainResult]) {
        precondition(results.count == gpuCounts.count * series.count, "one result per series and GPU count")
        self.gpuCounts = gpuCounts
        self.series = series
        self.results = results
    }

    /// The curve of series `s`, in GPU-count order.
    public func curve(_ s: Int) -> ArraySlice<TimeToTrainResult> {
        results[(s * gpuCounts.count)..<((s + 1) * gpuCounts.count)]
    }

    /// The curve of the series named `name`, if any.
    public func curve(named name: String) -> ArraySlice<TimeToTrainResult>? {
        series.firstIndex { $0.name == name }.map(curve)
    }

    /// The point of series `s` with the shortest wall clock.
    public func fastest(_ s: Int) -> TimeToTrainResult {
        curve(s).min { $0.wallClock < $1.wallClock }!
    }
}
