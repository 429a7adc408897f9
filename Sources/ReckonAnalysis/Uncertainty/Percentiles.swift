/// The summary Reckon prints for every uncertain result: five percentiles and the mean (in sample order, so
/// deterministic).
public struct PercentileSummary: Sendable, Hashable {
    public var p5, p25, p50, p75, p95, mean: Double

    public init(p5: Double, p25: Double, p50: Double, p75: Double, p95: Double, mean: Double) {
        self.p5 = p5
        self.p25 = p25
        self.p50 = p50
        self.p75 = p75
        self.p95 = p95
        self.mean = mean
    }

    /// The levels, in order, with their names (`p5` … `p95`, `mean`), for tables and JSON.
    public var named: [(String, Double)] {
        [("p5", p5), ("p25", p25), ("p50", p50), ("p75", p75), ("p95", p95), ("mean", mean)]
    }

    /// The same summary with every number transformed (e.g. seconds → days).
    public func map(_ f: (Double) -> Double) -> PercentileSummary {
        PercentileSummary(p5: f(p5), p25: f(p25), p50: f(p50), p75: f(p75), p95: f(p95), mean: f(mean))
    }
}

/// Percentiles of a sample by selection (quickselect), not by a full sort.
///
/// Definition (Hyndman & Fan 1996, type 7 — the default of R, NumPy and Excel's PERCENTILE.INC):
/// ```
/// h = (n − 1) · p,   Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋) · (x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
/// ```
/// with x₍k₎ the k-th smallest value (0-based). Selecting x₍k₎ costs O(n) on average against O(n log n)
/// for a sort; the five levels are selected in nested ranges (p50 first, then p25 on the left part,
/// p75 on the right, …), so the whole summary costs a few passes over the data.
/// Pivots are the median of three fixed positions, so the result is deterministic.
public enum Percentiles {
    /// Summarises `values` (reordered in place). Requires a non-empty sample of finite numbers.
    public static func summarize(_ values: inout [Double]) -> PercentileSummary {
        precondition(!values.isEmpty, "cannot summarise an empty sample")
        // Mean shifted by the first value: exact for a constant sample (so a point input reports exactly
        // its deterministic answer) and less cancellation for large offsets.
        let shift = values[0]
        var sum = 0.0
        for v in values { sum += v - shift }
        let mean = shift + sum / Double(values.count)
        return values.withUnsafeMutableBufferPointer { buffer in
            let n = buffer.count
            // Select in an order where each call narrows the range of the next.
            var p = [Double](repeating: 0, count: 5)
            let levels = [0.05, 0.25, 0.5, 0.75, 0.95]
            let ranks = levels.map { Double(n - 1) * $0 }
            p[2] = valueAt(rank: ranks[2], buffer, 0, n)
            let k50 = Int(ranks[2])
            p[1] = valueAt(rank: ranks[1], buffer, 0, k50 + 1)
            let k25 = Int(ranks[1])
            p[0] = valueAt(rank: ranks[0], buffer, 0, k25 + 1)
            p[3] = valueAt(rank: ranks[3], buffer, k50, n)
            let k75 = Int(ranks[3])
            p[4] = valueAt(rank: ranks[4], buffer, k75, n)
            return PercentileSummary(p5: p[0], p25: p[1], p50: p[2], p75: p[3], p95: p[4], mean: mean)
        }
    }

    /// A single percentile (0 ≤ level ≤ 1) of `values` (reordered in place).
    public static func percentile(_ level: Double, of values: inout [Double]) -> Double {
        precondition(!values.isEmpty && level >= 0 && level <= 1)
        return values.withUnsafeMutableBufferPointer { valueAt(rank: Double($0.count - 1) * level, $0, 0, $0.count) }
    }

    /// The interpolated order statistic at fractional `rank`, selecting within `lo..<hi`, which must
    /// contain the ranks ⌊rank⌋ and ⌊rank⌋ + 1 (when it exists) and be partitioned against the rest.
    static func valueAt(rank: Double, _ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int) -> Double {
        let k = Int(rank)
        let fraction = rank - Double(k)
        let below = select(k, a, lo, hi)
        guard fraction > 0, k + 1 < a.count else { return below }
        // After selection everything right of k is ≥ a[k]: the next order statistic is their minimum.
        var next = a[k + 1]
        var i = k + 2
        while i < hi {
            if a[i] < next { next = a[i] }
            i += 1
        }
        return below + fraction * (next - below)
    }

    /// Puts the k-th smallest element of `a[lo..<hi]` at index k (Hoare partition, median-of-three pivot)
    /// and returns it; smaller elements end up left of k, larger ones right.
    static func select(_ k: Int, _ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int) -> Double {
        var lo = lo
        var hi = hi - 1
        while hi > lo {
            if hi - lo < 16 {  // insertion sort for small ranges
                var i = lo + 1
                while i <= hi {
                    let x = a[i]
                    var j = i - 1
                    while j >= lo && a[j] > x {
                        a[j + 1] = a[j]
                        j -= 1
                    }
                    a[j + 1] = x
                    i += 1
                }
                break
            }
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var i = lo
            var j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { break }
        }
        return a[k]
    }
}
