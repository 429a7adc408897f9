import ReckonUnits

/// One bar of the waterfall: the cost before and after one lever.
public struct WaterfallStep: Sendable, Hashable {
    public var lever: Lever
    public var before: USD
    public var after: USD
    /// Product of the factors of this lever and all before it.
    public var cumulativeFactor: Double
}

/// From a baseline training cost to the cost with the chosen levers, one lever at a time.
///
/// ```
/// Cost_i = Cost_{i−1} · f_i,   Cost_0 = baseline,   Cost_final = baseline · Π f_i
/// ```
/// Levers multiply (each is assumed independent of the others), so the order changes the bars but not the
/// final cost. Levers that are off are skipped. Source: the paper's Table 2 areas (Sec. 3).
public struct Waterfall: Sendable, Hashable {
    public var baseline: USD
    public var steps: [WaterfallStep]

    public init(baseline: USD, levers: [Lever]) {
        self.baseline = baseline
        var cost = baseline
        var cumulative = 1.0
        var steps: [WaterfallStep] = []
        for lever in levers where lever.isEnabled {
            let after = cost * lever.factor
            cumulative *= lever.factor
            steps.append(WaterfallStep(lever: lever, before: cost, after: after, cumulativeFactor: cumulative))
            cost = after
        }
        self.steps = steps
    }

    /// The cost after every lever.
    public var final: USD { steps.last?.after ?? baseline }
    /// `final / baseline`.
    public var totalFactor: Double { steps.last?.cumulativeFactor ?? 1 }
}
