extension ResidualInterval {
    /// The plan model's residual interval: published ÷ predicted throughput on the 45 calibration rows of
    /// `reckon validate` (the development set in `ReckonReport`'s `GroundTruth`, constants
    /// ``StepTimeConstants/default``), p5 and p95 by Hyndman & Fan type 7.
    ///
    /// ```
    /// q₅ = 0.8088699429195259,   q₉₅ = 1.1447697637260021,   rows = 45
    /// MFU interval [MFU·q₅, MFU·q₉₅];   days, GPU-hours, cost, energy  [t/q₉₅, t/q₅]
    /// ```
    /// Stored, not recomputed: recomputing means running all the calibration searches (milliseconds) in every
    /// process that prints an interval, which is most of a `reckon train`'s whole run. `ValidationTests` recomputes
    /// it from the rows and requires these exact numbers, so a change to the plan model or to the rows that moves
    /// the interval fails until the figures here are updated (`reckon validate --format json` prints them).
    public static let planModel = ResidualInterval(
        lowRatio: 0.8088699429195259, highRatio: 1.1447697637260021, rows: 45,
        description: "residuals of 45 published runs (calibration rows of `reckon validate`)")
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
