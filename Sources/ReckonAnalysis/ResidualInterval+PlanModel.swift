extension ResidualInterval {
    /// The plan model's residual interval for dense models: published ÷ predicted throughput on the dense
    /// calibration rows of `reckon validate` (the development set in `ReckonReport`'s `GroundTruth`, constants
    /// ``StepTimeConstants/default``), p5 and p95 by Hyndman & Fan type 7.
    ///
    /// ```
    /// q₅ = 0.8146320837217174,   q₉₅ = 1.1747155457652947,   rows = 49
    /// MFU interval [MFU·q₅, MFU·q₉₅];   days, GPU-hours, cost, energy  [t/q₉₅, t/q₅]
    /// ```
    /// Stored, not recomputed: recomputing means running all the calibration searches (milliseconds) in every
    /// process that prints an interval, which is most of a `reckon train`'s whole run. `ValidationTests` recomputes
    /// it from the rows and requires these exact numbers, so a change to the plan model or to the rows that moves
    /// the interval fails until the figures here are updated (`reckon validate --format json` prints them).
    public static let planModel = ResidualInterval(
        lowRatio: 0.8146320837217174, highRatio: 1.1747155457652947, rows: 49,
        description: "residuals of 49 published dense runs (calibration rows of `reckon validate`)")

    /// The same for mixtures of experts, from the MoE calibration rows (stored and checked the same way).
    ///
    /// ```
    /// q₅ = 0.7989918452143739,   q₉₅ = 1.265078451171613,   rows = 17
    /// ```
    public static let moePlanModel = ResidualInterval(
        lowRatio: 0.7989918452143739, highRatio: 1.265078451171613, rows: 17,
        description: "residuals of 17 published mixture-of-experts runs (calibration rows of `reckon validate`)")

    /// The interval of a plan for a dense model or a mixture of experts.
    public static func planModel(mixtureOfExperts: Bool) -> ResidualInterval {
        mixtureOfExperts ? moePlanModel : planModel
    }
}

extension ResidualInterval {
    /// The interval for a prediction of utilisation `mfu`: the high ratio capped so that `MFU·q₉₅ ≤ 1` (no run beats
    /// its peak), which also bounds the shortest duration at `t·MFU`.
    ///
    /// ```
    /// q₉₅' = min(q₉₅, 1/MFU)
    /// ```
    public func capped(mfu: Double) -> ResidualInterval {
        guard mfu > 0, mfu * highRatio > 1 else { return self }
        var capped = self
        capped.highRatio = 1 / mfu
        return capped
    }
}
