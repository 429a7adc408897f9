import Dispatch
#if canImport(Glibc)
    import Glibc
#endif

/// A model the Monte Carlo engine can evaluate: numbers in, numbers out, no allocation.
///
/// `inputs[j]` is the j-th uncertain input's draw for this sample; write one value per output into
/// `outputs`. Called concurrently from several threads, so it must not mutate shared state.
public typealias MonteCarloEvaluator =
    @Sendable (_ inputs: UnsafeBufferPointer<Double>, _ outputs: UnsafeMutableBufferPointer<Double>) -> Void

/// Seeded, parallel Monte Carlo over any numeric model.
///
/// ```
/// for sample i = 0 ..< N:   x_j ← quantile_j(u_ij)   (u_ij uniform in (0, 1), one per input)
///                           y   ← model(x)
/// ```
/// Reproducibility: samples are split into ``chunkCount`` fixed chunks (chunk c holds samples
/// ⌊c·N/64⌋ ..< ⌊(c+1)·N/64⌋) and chunk c draws from stream c of ``SeededGenerator`` (the seed's
/// generator jumped c × 2¹²⁸ steps). Which thread runs a chunk therefore never changes a number:
/// the same seed gives bit-identical samples on 1, 2 or 64 cores, and — because the distributions use
/// ``DeterministicMath`` — on every IEEE-754 platform.
///
/// Performance: the chunks run on all cores with `DispatchQueue.concurrentPerform`; each chunk writes
/// into disjoint slices of buffers allocated once before the run, so the inner loop allocates nothing.
public struct MonteCarlo: Sendable {
    /// Fixed number of chunks (and random streams), independent of the machine.
    public static let chunkCount = 64
    /// Samples used when the user gives distributions but no `--samples`.
    public static let defaultSamples = 10_000
    /// Seed used when the user gives none.
    public static let defaultSeed: UInt64 = 1
    /// Samples drawn together inside a chunk: their uniforms in order, then each input's quantiles as one loop
    /// (independent `exp`/`log` chains the CPU overlaps), then the model on each. Any size gives the same numbers.
    static let block = 64
    /// Largest sample count accepted (memory: 8 bytes × samples × (inputs + outputs)).
    public static let maximumSamples = 100_000_000

    public var samples: Int
    public var seed: UInt64

    public init(samples: Int = MonteCarlo.defaultSamples, seed: UInt64 = MonteCarlo.defaultSeed) {
        precondition(samples >= 1 && samples <= MonteCarlo.maximumSamples, "samples out of range")
        self.samples = samples
        self.seed = seed
    }

    /// Asks the kernel to back the 2 MiB-aligned interior of a large result buffer with huge pages (Linux, where
    /// transparent huge pages are on "madvise"): one page fault per 2 MiB instead of per 4 KiB while the chunks fill
    /// it. Only a hint: it changes no number, and nothing happens where it is not supported.
    static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
            let huge = 2 << 20
            guard let base = buffer.baseAddress, buffer.count >= 2 * huge else { return }
            let start = (Int(bitPattern: base) + huge - 1) / huge * huge
            let end = (Int(bitPattern: base) + buffer.count) / huge * huge
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        #endif
    }

    /// The draws of `count` samples, sample by sample (`x[s·m + j]` input j of sample s): the uniforms in sample
    /// order, input by input within a sample (the generator's order is that of one sample at a time), then each input's
    /// quantiles over the block — the quantiles are independent, so the CPU overlaps their long dependency chains.
    @inline(__always)
    static func drawBlock(
        _ count: Int, _ dists: UnsafeBufferPointer<Distribution>, into x: UnsafeMutableBufferPointer<Double>,
        using generator: inout SeededGenerator
    ) {
        let m = dists.count
        for s in 0..<count { for j in 0..<m { x[s * m + j] = generator.nextOpenUnit() } }
        for j in 0..<m { dists[j].quantiles(x, count: count, stride: m, offset: j) }
    }

    /// One generator per chunk: stream c is the seed's generator after c jumps.
    var generators: [SeededGenerator] {
        var list: [SeededGenerator] = []
        var g = SeededGenerator(seed: seed)
        for _ in 0..<MonteCarlo.chunkCount {
            list.append(g)
            g.jump()
        }
        return list
    }

    /// Samples of samples `range` in chunk `c`.
    public func chunk(_ c: Int) -> Range<Int> {
        (c * samples / MonteCarlo.chunkCount)..<((c + 1) * samples / MonteCarlo.chunkCount)
    }

    /// Runs `evaluate` once per sample. `keepInputs` also stores every draw (for rank correlations).
    public func run(
        inputs: [Distribution], outputCount: Int, keepInputs: Bool = false,
        evaluate: MonteCarloEvaluator
    ) -> MonteCarloResult {
        precondition(outputCount >= 1, "a model needs at least one output")
        let n = samples
        let m = inputs.count
        let generators = self.generators

        // Every slot is written exactly once by the chunk that owns its sample: no zero-fill beforehand (56 MB for
        // 10⁶ samples of seven results).
        var draws: [Double] = []
        let outputs = [Double](unsafeUninitializedCapacity: n * outputCount) { out, outCount in
            MonteCarlo.adviseHugePages(UnsafeMutableRawBufferPointer(out))
            draws = [Double](unsafeUninitializedCapacity: keepInputs ? n * m : 0) { kept, keptCount in
                let shared = SharedBuffers(outputs: out, draws: kept)
                DispatchQueue.concurrentPerform(iterations: MonteCarlo.chunkCount) { c in
                    var generator = generators[c]
                    let block = MonteCarlo.block
                    let x = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(m, 1) * block)
                    let y = UnsafeMutableBufferPointer<Double>.allocate(capacity: outputCount)
                    defer {
                        x.deallocate()
                        y.deallocate()
                    }
                    x.initialize(repeating: 0)
                    y.initialize(repeating: 0)
                    inputs.withUnsafeBufferPointer { dists in
                        let samples = chunk(c)
                        var first = samples.lowerBound
                        while first < samples.upperBound {
                            let count = min(block, samples.upperBound - first)
                            MonteCarlo.drawBlock(count, dists, into: x, using: &generator)
                            for s in 0..<count {
                                let i = first + s
                                let draws = UnsafeBufferPointer(rebasing: x[(s * m)..<(s * m + m)])
                                evaluate(draws, y)
                                for k in 0..<outputCount {
                                    (shared.outputs.baseAddress! + k * n + i).initialize(to: y[k])
                                }
                                if keepInputs {
                                    for j in 0..<m { (shared.draws.baseAddress! + j * n + i).initialize(to: draws[j]) }
                                }
                            }
                            first += count
                        }
                    }
                }
                keptCount = keepInputs ? n * m : 0
            }
            outCount = n * outputCount
        }
        return MonteCarloResult(
            samples: n, seed: seed, inputCount: m, outputCount: outputCount,
            flatOutputs: outputs, flatDraws: keepInputs ? draws : nil)
    }
}

/// Buffers written by several chunks at once, each chunk to its own disjoint indices.
struct SharedBuffers: @unchecked Sendable {
    let outputs: UnsafeMutableBufferPointer<Double>
    let draws: UnsafeMutableBufferPointer<Double>
}

/// The samples of one Monte Carlo run, column by column.
public struct MonteCarloResult: Sendable {
    public let samples: Int
    public let seed: UInt64
    public let inputCount: Int
    public let outputCount: Int
    /// Output k of sample i at `k · samples + i`.
    let flatOutputs: [Double]
    /// Draw of input j for sample i at `j · samples + i` (when kept).
    let flatDraws: [Double]?
    /// A run of monotone outputs (``MonteCarlo/runMonotone(input:outputCount:directions:evaluate:)``) stores no
    /// outputs: its summaries and non-finite counts are found on the way, and a column is recomputed when asked for.
    var monotone: MonotoneOutputs? = nil

    /// All samples of output `k`, in sample order.
    public func output(_ k: Int) -> ArraySlice<Double> {
        if let monotone, let draws = flatDraws { return monotone.column(k, draws: draws)[...] }
        return flatOutputs[(k * samples)..<((k + 1) * samples)]
    }

    /// How many samples of output `k` are NaN, and how many are infinite.
    public func nonFinite(_ k: Int) -> (nan: Int, infinite: Int) {
        if let monotone { return (monotone.nan[k], monotone.infinite[k]) }
        var nan = 0
        var infinite = 0
        for x in output(k) {
            nan &+= x.isNaN ? 1 : 0
            infinite &+= x.isInfinite ? 1 : 0
        }
        return (nan, infinite)
    }

    /// All draws of input `j`, in sample order (nil unless the run kept them).
    public func draws(_ j: Int) -> ArraySlice<Double>? { flatDraws.map { $0[(j * samples)..<((j + 1) * samples)] } }

    /// Percentiles and mean of every output, computed in parallel (one output per task), each in one read pass over
    /// its column without copying it (``Percentiles/summarize(_:)-(UnsafeBufferPointer<Double>)``).
    public func summaries() -> [PercentileSummary] {
        if let monotone { return monotone.summaries }
        var result = [PercentileSummary](
            repeating: PercentileSummary(p5: 0, p25: 0, p50: 0, p75: 0, p95: 0, mean: 0),
            count: outputCount)
        let n = samples
        flatOutputs.withUnsafeBufferPointer { all in
            result.withUnsafeMutableBufferPointer { buffer in
                let shared = SharedSummaries(buffer: buffer, columns: all)
                DispatchQueue.concurrentPerform(iterations: outputCount) { k in
                    let column = UnsafeBufferPointer(rebasing: shared.columns[(k * n)..<((k + 1) * n)])
                    shared.buffer[k] = Percentiles.summarize(column)
                }
            }
        }
        return result
    }
}

struct SharedSummaries: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<PercentileSummary>
    let columns: UnsafeBufferPointer<Double>
}
