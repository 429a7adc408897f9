extension Percentiles {
    /// Samples at least this large are summarised by ``summarize(_:)-(UnsafeBufferPointer<Double>)`` in one read pass;
    /// smaller ones are copied and selected.
    public static let bracketingThreshold = 16_384

    /// The summary of `values` — the same numbers, bit for bit, as ``summarize(_:)`` on a copy — without copying or
    /// reordering them: one pass over the values plus selections within a few small brackets.
    ///
    /// ```
    /// 1. s = every ⌊n/m⌋-th value (m = 8,192), sorted                       a deterministic sample
    /// 2. for each order statistic k needed (⌊h⌋ and ⌊h⌋ + 1, h = (n − 1)·p):
    ///      [lo, hi] = s around position k·m/n, ± (3.5·√(m·q·(1 − q)) + 2)    (q = k/n; 3.5 σ of the binomial)
    /// 3. one pass: Σ (x − x₀) in sample order (the mean), and per bracket the count below lo and the values in it
    /// 4. x₍k₎ = the (k − below)-th smallest in its bracket, if below ≤ k < below + size; else the copy-and-select path
    /// ```
    /// The mean is summed in the same order as ``summarize(_:)`` and the percentiles are interpolated from the same
    /// order statistics, so the result is identical; a bracket that misses its rank (rare: 3.5 σ), a NaN, or a sample
    /// below ``bracketingThreshold`` falls back to copying and selecting. Cost: one read of the values (the mean's
    /// additions in order set the pace, ~4 cycles each) against the five nested selections' several passes of swaps.
    public static func summarize(_ values: UnsafeBufferPointer<Double>) -> PercentileSummary {
        precondition(!values.isEmpty, "cannot summarise an empty sample")
        if values.count >= bracketingThreshold, let s = bracketed(values) { return s }
        var copy = Array(values)
        return summarize(&copy)
    }

    /// The levels of a summary, in ``PercentileSummary`` order.
    static let levels = [0.05, 0.25, 0.5, 0.75, 0.95]

    /// One bracket: how many values fall below `low`, and the values in `[low, high]`.
    struct Bracket {
        var low: Double, high: Double
        var below = 0
        var values: [Double] = []
    }

    /// The size of the deterministic sample the brackets are drawn from.
    static let pilotSize = 8192

    /// Every `n/m`-th value of `x` (`m` = ``pilotSize``), sorted: the sample the brackets are drawn from; nil when
    /// one of them is NaN.
    static func pilot(_ x: UnsafeBufferPointer<Double>) -> [Double]? {
        let n = x.count
        let m = pilotSize
        var sample = [Double](unsafeUninitializedCapacity: m) { buffer, count in
            for j in 0..<m { buffer[j] = x[j * n / m] }
            count = m
        }
        guard !sample.contains(where: \.isNaN) else { return nil }
        sample.sort()
        return sample
    }

    /// The bracket that holds ranks `k` through `last` of `n` values with high probability: the pilot sample's values
    /// `±(3.5·√(m·q·(1 − q)) + 2)` positions around them (`q = k/n`, 3.5 σ of the binomial), open at
    /// either end of the sample.
    static func bracket(ranks k: Int, through last: Int, count n: Int, pilot sample: [Double]) -> Bracket {
        let m = sample.count
        let q = Double(k) / Double(n)
        let delta = Int((3.5 * (Double(m) * q * (1 - q)).squareRoot()).rounded(.up)) + 2
        let from = max(0, k * m / n - delta)
        let to = min(m - 1, last * m / n + 1 + delta)
        return Bracket(low: from == 0 ? -.infinity : sample[from], high: to == m - 1 ? .infinity : sample[to])
    }

    /// Brackets in order of position with the overlapping ones (small samples, ties) made one.
    static func merging(_ brackets: [Bracket]) -> [Bracket] {
        var merged: [Bracket] = []
        for b in brackets {
            if let last = merged.last, b.low <= last.high {
                merged[merged.count - 1].high = max(last.high, b.high)
            } else {
                merged.append(b)
            }
        }
        return merged
    }

    static func bracketed(_ x: UnsafeBufferPointer<Double>) -> PercentileSummary? {
        let n = x.count
        guard let sample = pilot(x) else { return nil }
        if sample[0] == sample[sample.count - 1] { return constant(x) }
        // The ranks each level needs, and a bracket around them from the sample.
        var brackets: [Bracket] = []
        for p in levels {
            let h = Double(n - 1) * p
            let k = Int(h)
            let last = h - Double(k) > 0 && k + 1 < n ? k + 1 : k
            brackets.append(bracket(ranks: k, through: last, count: n, pilot: sample))
        }
        var merged = merging(brackets)
        guard let mean = fill(&merged, x) else { return nil }
        var p = [Double](repeating: 0, count: 5)
        for (i, level) in levels.enumerated() {
            let h = Double(n - 1) * level
            let k = Int(h)
            let last = h - Double(k) > 0 && k + 1 < n ? k + 1 : k
            // The bracket holding rank k must hold rank `last` too (else the rare fallback).
            guard let b = merged.firstIndex(where: { k >= $0.below && k < $0.below + $0.values.count }),
                last < merged[b].below + merged[b].values.count
            else { return nil }
            let below = merged[b].below
            p[i] = merged[b].values.withUnsafeMutableBufferPointer { buffer in
                valueAt(rank: h - Double(below), buffer, 0, buffer.count)
            }
        }
        return PercentileSummary(p5: p[0], p25: p[1], p50: p[2], p75: p[3], p95: p[4], mean: mean)
    }

    /// A sample whose values are all one finite number `c`: every percentile is `c` (so is the interpolation
    /// `c + f·(c − c)`) and the mean is summed as ``summarize(_:)`` sums it; nil if some value differs.
    static func constant(_ x: UnsafeBufferPointer<Double>) -> PercentileSummary? {
        let c = x[0]
        guard c.isFinite else { return nil }
        var sum = 0.0
        var differ = 0
        for v in x {
            sum += v - c
            differ &+= v == c ? 0 : 1
        }
        guard differ == 0 else { return nil }
        let mean = c + sum / Double(x.count)
        return PercentileSummary(p5: c, p25: c, p50: c, p75: c, p95: c, mean: mean)
    }

    /// The one pass: the mean in sample order, and each bracket's count below and values inside; nil when a value is
    /// not finite (the copy-and-select path then gives the same answer as before) or a bracket overflows its buffer
    /// (n/8 values: far past 3.5 σ).
    ///
    /// The brackets are disjoint and sorted, so one number places a value: its region `r = #{k : v ≥ low_k}`
    /// (0 … count). Then `v < low_k ⟺ r ≤ k`, so the count below bracket k is the number of values with region
    /// at most k (a histogram of regions, summed afterwards), and `v` lies inside some bracket exactly when
    /// `r ≥ 1` and `v ≤ high_(r−1)` (the only bracket it can be in). Per value: five comparisons, one histogram
    /// increment, one table look-up; every value is written with its region at the end of one shared buffer, which
    /// advances only when the value is inside (no branch); afterwards one stable pass splits that buffer by region,
    /// keeping each bracket's values in sample order (the selection then sees what it saw before).
    static func fill(_ brackets: inout [Bracket], _ x: UnsafeBufferPointer<Double>) -> Double? {
        let n = x.count
        let count = brackets.count
        let capacity = n / 8 + 64
        let total = 5 * capacity
        let last = total - 1
        // Unused lows are +∞ (no finite value reaches them); highs[r] is the high of the bracket region r can be in.
        var lows = [Double](repeating: .infinity, count: 5)
        let highs = UnsafeMutablePointer<Double>.allocate(capacity: 8)
        // Two histograms, for even and odd positions: consecutive values in one region then do not wait on each
        // other's increments.
        let histogram = UnsafeMutablePointer<Int>.allocate(capacity: 16)
        let store = UnsafeMutablePointer<Double>.allocate(capacity: total + 1)
        let regions = UnsafeMutablePointer<UInt8>.allocate(capacity: total + 1)
        defer {
            highs.deallocate()
            histogram.deallocate()
            store.deallocate()
            regions.deallocate()
        }
        highs.initialize(repeating: -.infinity, count: 8)
        histogram.initialize(repeating: 0, count: 16)
        for (i, b) in brackets.enumerated() {
            lows[i] = b.low
            highs[i + 1] = b.high
        }
        let l0 = lows[0]
        let l1 = lows[1]
        let l2 = lows[2]
        let l3 = lows[3]
        let l4 = lows[4]
        var nonFinite = 0
        let shift = x[0]
        var sum = 0.0
        var inside = 0
        // `a < b` as 0 or 1 from the sign of `a − b`, which for numbers that are not NaN is negative exactly when
        // a < b (IEEE 754: a − b is ±0 only when a = b, and ∞ − ∞ does not occur with a finite `a`). Written
        // this way the compiler cannot turn the comparisons into branches, which random data would mispredict.
        @inline(__always) func less(_ a: Double, _ b: Double) -> Int {
            Int(truncatingIfNeeded: (a - b).bitPattern >> 63)
        }
        let exponent: UInt64 = 0x7FF0_0000_0000_0000
        @inline(__always) func place(_ v: Double, _ table: UnsafeMutablePointer<Int>) {
            sum += v - shift
            let r = 5 &- less(v, l0) &- less(v, l1) &- less(v, l2) &- less(v, l3) &- less(v, l4)
            table[r] &+= 1
            nonFinite &+= (v.bitPattern & exponent) == exponent ? 1 : 0
            let slot = min(inside, last)
            store[slot] = v
            regions[slot] = UInt8(truncatingIfNeeded: r)
            inside &+= 1 &- less(highs[r], v)
        }
        var i = 0
        while i + 1 < n {
            place(x[i], histogram)
            place(x[i + 1], histogram + 8)
            i += 2
        }
        if i < n { place(x[i], histogram) }
        guard nonFinite == 0, inside < total else { return nil }
        // Split by region, stably.
        var lists = [[Double]](repeating: [], count: count)
        var sizes = [Int](repeating: 0, count: count + 1)
        for t in 0..<inside { sizes[Int(regions[t])] += 1 }
        for k in 0..<count { lists[k].reserveCapacity(sizes[k + 1]) }
        for t in 0..<inside { lists[Int(regions[t]) - 1].append(store[t]) }
        guard (0..<count).allSatisfy({ sizes[$0 + 1] < capacity }) else { return nil }
        var below = 0
        for k in 0..<count {
            below += histogram[k] + histogram[8 + k]
            brackets[k].below = below
            brackets[k].values = lists[k]
        }
        return shift + sum / Double(n)
    }
}
