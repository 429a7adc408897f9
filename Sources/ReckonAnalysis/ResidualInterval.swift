/// A two-sided interval for a predicted quantity.
public struct PredictionInterval: Sendable, Hashable {
    /// 5th and 95th percentile.
    public var p5: Double
    public var p95: Double

    public init(p5: Double, p95: Double) {
        self.p5 = p5
        self.p95 = p95
    }
}

/// Error bars from the model's residuals: how far published measurements fell from the model's
/// predictions on a set of development rows, applied to a new prediction.
///
/// ```
/// r_i = published_i / predicted_i                  throughput ratio of row i (tokens/s, MFU)
/// q₅, q₉₅ = Percentiles of {r_i}                    Hyndman & Fan type 7, as ``Percentiles``
/// throughput x:  [x·q₅, x·q₉₅]                      tokens/s, MFU, FLOP/s
/// duration  t:   [t/q₉₅, t/q₅]                      step seconds, days, GPU-hours, cost
/// ```
/// The interval is empirical: it says where 90% of the published runs of the rows fell relative to the
/// model, not a statistical guarantee; ``rows`` and ``description`` say which rows it comes from.
public struct ResidualInterval: Sendable, Hashable {
    /// 5th and 95th percentile of published ÷ predicted throughput.
    public var lowRatio: Double
    public var highRatio: Double
    /// How many rows the residuals come from.
    public var rows: Int
    /// Which rows, for the reports: "residuals of 60 published runs (calibration rows of reckon validate)".
    public var description: String

    public init(lowRatio: Double, highRatio: Double, rows: Int, description: String) {
        self.lowRatio = lowRatio
        self.highRatio = highRatio
        self.rows = rows
        self.description = description
    }

    /// The interval of the residual ratios `published/predicted`; nil when there are fewer than two finite,
    /// positive ratios.
    public init?(ratios: [Double], description: String) {
        var sample = ratios.filter { $0.isFinite && $0 > 0 }
        guard sample.count >= 2 else { return nil }
        let summary = Percentiles.summarize(&sample)
        self.init(lowRatio: summary.p5, highRatio: summary.p95, rows: sample.count, description: description)
    }

    /// The interval of a throughput-like prediction (tokens/s, MFU).
    public func throughput(_ predicted: Double) -> PredictionInterval {
        PredictionInterval(p5: predicted * lowRatio, p95: predicted * highRatio)
    }

    /// The interval of a duration-like prediction (step time, days, cost): the throughput interval inverted.
    public func duration(_ predicted: Double) -> PredictionInterval {
        PredictionInterval(p5: predicted / highRatio, p95: predicted / lowRatio)
    }
}
