extension Percentiles {
    /// The ranks (0-based order statistics) that the summary of `n` values interpolates between, in
    /// ``PercentileSummary`` order: for each level `h = (n − 1)·p`, `⌊h⌋` and, when the fraction is not zero and
    /// it exists, `⌊h⌋ + 1` (Hyndman & Fan type 7, as ``summarize(_:)-(inout [Double])``).
    static func summaryRanks(count n: Int) -> [(rank: Int, next: Int?, fraction: Double)] {
        levels.map { level in
            let h = Double(n - 1) * level
            let k = Int(h)
            let fraction = h - Double(k)
            return (k, fraction > 0 && k + 1 < n ? k + 1 : nil, fraction)
        }
    }

    /// The summary's interpolation from its order statistics, `x_k + f·(x_(k+1) − x_k)`: the same operations
    /// as the selection (``valueAt(rank:_:_:_:)``), so the same bits.
    static func interpolate(_ below: Double, _ next: Double?, fraction: Double) -> Double {
        guard let next else { return below }
        return below + fraction * (next - below)
    }

    /// The values of `x` at the given ranks (k-th smallest, 0-based), without reordering `x`: brackets around each
    /// rank from a deterministic sample, one pass (``fill(_:_:)``), selections inside the brackets — the method of
    /// ``summarize(_:)-(UnsafeBufferPointer<Double>)``; a copy and a selection per rank when the sample is small, a
    /// rank misses its bracket, or the ranks need more than five brackets. nil when a value is NaN.
    static func orderStatistics(_ x: UnsafeBufferPointer<Double>, ranks: [Int]) -> [Int: Double]? {
        let n = x.count
        guard n > 0, ranks.allSatisfy({ $0 >= 0 && $0 < n }) else { return nil }
        if n >= bracketingThreshold, let found = bracketedOrderStatistics(x, ranks: ranks) { return found }
        var copy = Array(x)
        guard !copy.contains(where: \.isNaN) else { return nil }
        return copy.withUnsafeMutableBufferPointer { buffer in
            var found: [Int: Double] = [:]
            for r in Set(ranks).sorted() { found[r] = select(r, buffer, 0, n) }
            return found
        }
    }

    static func bracketedOrderStatistics(_ x: UnsafeBufferPointer<Double>, ranks: [Int]) -> [Int: Double]? {
        let n = x.count
        guard let sample = pilot(x) else { return nil }
        let sorted = Set(ranks).sorted()
        var brackets = merging(sorted.map { bracket(ranks: $0, through: $0, count: n, pilot: sample) })
        guard brackets.count <= 5, fill(&brackets, x) != nil else { return nil }
        var found: [Int: Double] = [:]
        for k in ranks {
            guard let b = brackets.firstIndex(where: { k >= $0.below && k < $0.below + $0.values.count }) else {
                return nil
            }
            let below = brackets[b].below
            found[k] = brackets[b].values.withUnsafeMutableBufferPointer { buffer in
                select(k - below, buffer, 0, buffer.count)
            }
        }
        return found
    }
}
