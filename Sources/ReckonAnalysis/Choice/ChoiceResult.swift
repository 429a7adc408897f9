/// The configurations of one `reckon choose`, their days-vs-dollars frontier, and the two picks.
///
/// ```
/// frontier         = ParetoFrontier of the priced configurations on (days, cost)
/// cheapest(D)      = argmin_{days ≤ D} cost = the last frontier point with days ≤ D      (D = ∞ without a deadline)
/// fastest(B)       = argmin_{cost ≤ B} days = the first frontier point with cost ≤ B     (B = ∞ without a budget)
/// ```
/// The cheapest configuration meeting a deadline is always on the frontier (any point that dominates it meets the
/// deadline too and costs no more), and so is the fastest within a budget: both picks are read off the frontier.
/// Hence a looser deadline never raises the cheapest cost, and more accelerators never move the frontier up.
public struct ChoiceResult: Sendable {
    public var points: [ChoicePoint]
    /// Indices into ``points``, fastest first, each cheaper than the one before.
    public var frontier: [Int]

    public init(points: [ChoicePoint]) {
        self.points = points
        let priced = points.map { $0.status == .priced }
        let xs = points.indices.map { priced[$0] ? points[$0].days ?? .infinity : .infinity }
        let ys = points.indices.map { priced[$0] ? points[$0].cost ?? .infinity : .infinity }
        frontier = ParetoFrontier.indices(xs: xs, ys: ys)
    }

    /// Plans evaluated over all configurations.
    public var plansEvaluated: Int { points.reduce(0) { $0 + $1.evaluated } }

    /// The cheapest configuration whose wall clock is at most `days` (any, without a deadline); nil when none is.
    public func cheapest(meeting days: Double?) -> Int? {
        frontier.last { points[$0].days! <= (days ?? .infinity) }
    }

    /// The fastest configuration that costs at most `budget` USD (any, without a budget); nil when none does.
    public func fastest(within budget: Double?) -> Int? {
        frontier.first { points[$0].cost! <= (budget ?? .infinity) }
    }

    /// The fastest configuration that finishes, priced or not (for "the fastest achievable").
    public var fastestAny: Int? {
        points.indices.filter { points[$0].days != nil }.min { points[$0].days! < points[$1].days! }
    }

    /// A frontier point that dominates `i` (faster or as fast, and cheaper or as cheap), when `i` is priced and
    /// off the frontier.
    public func dominator(of i: Int) -> Int? {
        guard points[i].status == .priced, !frontier.contains(i), let d = points[i].days, let c = points[i].cost
        else { return nil }
        return frontier.first { points[$0].days! <= d && points[$0].cost! <= c }
    }
}
