/// Which uncertain inputs move a result most.
public enum Sensitivity {
    /// One input's bar in a tornado chart, for every output of the model.
    public struct Swing: Sendable, Hashable {
        /// Index of the input in the list given to ``tornado(inputs:outputCount:evaluate:)``.
        public var input: Int
        /// The input's 5th and 95th percentiles.
        public var inputLow: Double, inputHigh: Double
        /// Every output with this input at its p5 (`atLow`) and at its p95 (`atHigh`), the others at their medians.
        public var atLow: [Double], atHigh: [Double]
        /// |atHigh[k] − atLow[k]|.
        public func swing(_ k: Int) -> Double { abs(atHigh[k] - atLow[k]) }
    }

    /// A one-at-a-time (tornado) analysis.
    public struct Tornado: Sendable, Hashable {
        /// Every output with all inputs at their medians.
        public var baseline: [Double]
        /// One entry per input, in input order.
        public var swings: [Swing]
        /// The swings ordered by their effect on output `k`, largest first (ties keep input order).
        public func ranked(by k: Int) -> [Swing] {
            swings.enumerated().sorted { a, b in
                a.element.swing(k) != b.element.swing(k) ? a.element.swing(k) > b.element.swing(k) : a.offset < b.offset
            }.map(\.element)
        }
    }

    /// Tornado analysis: the swing of each output when one input goes from its p5 to its p95 while
    /// every other input stays at its median.
    ///
    /// ```
    /// swing_jk = | y_k(x̃₁, …, q_j(0.95), …, x̃_m) − y_k(x̃₁, …, q_j(0.05), …, x̃_m) |,   x̃ = medians
    /// ```
    /// Costs 2m + 1 model evaluations. Ignores interactions between inputs (that is what the rank
    /// correlations from the full sample show). Source: the standard one-way sensitivity chart of
    /// decision analysis (e.g. Howard 1988, "Decision analysis: practice and promise", Management Science 34(6)).
    public static func tornado(inputs: [Distribution], outputCount: Int, evaluate: MonteCarloEvaluator) -> Tornado {
        let medians = inputs.map(\.median)
        func run(_ x: [Double]) -> [Double] {
            var y = [Double](repeating: 0, count: outputCount)
            x.withUnsafeBufferPointer { xs in y.withUnsafeMutableBufferPointer { evaluate(xs, $0) } }
            return y
        }
        let baseline = run(medians)
        var swings: [Swing] = []
        for (j, d) in inputs.enumerated() {
            let low = d.quantile(0.05)
            let high = d.quantile(0.95)
            var x = medians
            x[j] = low
            let atLow = run(x)
            x[j] = high
            swings.append(Swing(input: j, inputLow: low, inputHigh: high, atLow: atLow, atHigh: run(x)))
        }
        return Tornado(baseline: baseline, swings: swings)
    }

    /// Spearman's rank correlation ρ of two equally long samples: the Pearson correlation of their ranks.
    ///
    /// ```
    /// ρ = Σ (r_i − r̄)(s_i − s̄) / √( Σ (r_i − r̄)² · Σ (s_i − s̄)² )
    /// ```
    /// `r`, `s`: ranks (1…n, tied values get the average of their ranks). ρ ∈ [−1, 1]; 0 when either
    /// sample is constant. Source: Spearman 1904; ties as in Kendall & Gibbons, *Rank Correlation Methods*.
    public static func spearman<A: Collection<Double>, B: Collection<Double>>(_ x: A, _ y: B) -> Double {
        precondition(x.count == y.count, "samples must have the same length")
        let r = ranks(Array(x))
        let s = ranks(Array(y))
        let n = Double(r.count)
        guard n > 1 else { return 0 }
        let mean = (n + 1) / 2  // mean rank, with or without ties
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for i in r.indices {
            let a = r[i] - mean
            let b = s[i] - mean
            sxy += a * b
            sxx += a * a
            syy += b * b
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Ranks 1…n of `values` (ties get the average rank).
    public static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && values[order[j + 1]] == values[order[i]] { j += 1 }
            let average = Double(i + j) / 2 + 1
            for t in i...j { ranks[order[t]] = average }
            i = j + 1
        }
        return ranks
    }
}
