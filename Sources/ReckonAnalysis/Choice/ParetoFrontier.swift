/// The Pareto frontier of points with two costs to keep low (wall-clock days and dollars).
///
/// ```
/// p dominates q  ⇔  x_p ≤ x_q ∧ y_p ≤ y_q ∧ (x_p < x_q ∨ y_p < y_q)
/// frontier       =  { p : no q dominates p }, one point per (x, y) pair
/// ```
/// Found by one sort on `(x, y)` and one sweep that keeps a point when its `y` is below every `y` kept before:
/// `O(n log n)`. The frontier comes out fastest first, each point cheaper than the one before.
public enum ParetoFrontier {
    /// Indices (into `xs`/`ys`) of the frontier, by increasing `x` and decreasing `y`. Points whose `x` or `y` is
    /// not finite never enter. Ties in `(x, y)` keep the lowest index.
    public static func indices(xs: [Double], ys: [Double]) -> [Int] {
        precondition(xs.count == ys.count, "one y per x")
        let order = xs.indices.filter { xs[$0].isFinite && ys[$0].isFinite }.sorted { a, b in
            if xs[a] != xs[b] { return xs[a] < xs[b] }
            if ys[a] != ys[b] { return ys[a] < ys[b] }
            return a < b
        }
        var frontier: [Int] = []
        var lowest = Double.infinity
        for i in order where ys[i] < lowest {
            frontier.append(i)
            lowest = ys[i]
        }
        return frontier
    }

    /// True when some point of `frontier` is at least as good as `(x, y)` on both axes.
    public static func covers(_ frontier: [(x: Double, y: Double)], _ x: Double, _ y: Double) -> Bool {
        frontier.contains { $0.x <= x && $0.y <= y }
    }
}
