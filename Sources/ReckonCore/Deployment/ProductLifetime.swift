import Foundation
import ReckonUnits

/// Serving cost over a product's life when traffic grows and the price of a token falls.
///
/// ```
/// s(t)   = S₀ · r^t,   r = g · (1 − d)                 serving cost per year at time t (years)
/// S(t)   = ∫₀ᵗ s = S₀ · (r^t − 1) / ln r                cumulative serving cost   (S₀ · t when r = 1)
/// R(t)   = S(t) / C_dev                                  deployment ÷ development after t years
/// t*     = ln(1 + C_dev · ln r / S₀) / ln r              break-even (R = 1); none when that log is undefined
/// ```
/// - `S₀`: serving cost of the first year's traffic for one year (the fleet sized for it), USD/year
/// - `g`: traffic growth per year (× per year, 1 = flat); `d`: fall in the cost of serving a token per year
///   (fraction, 0 = none), e.g. from cheaper hardware or better kernels
/// - `C_dev`: the development (training) cost, USD
///
/// Assumes the fleet follows the traffic continuously (cost ∝ tokens served; no rounding to whole replicas, no
/// idle capacity bought ahead of growth). Cottier's 2023 update ("for the largest, most commercially successful
/// LLMs, the total compute spent on deployment is much larger than in development", Cottier 2023) is this curve
/// crossing 1 early.
public struct ProductLifetime: Sendable, Hashable {
    public var firstYearCost: USD
    public var trafficGrowth: Double
    public var priceDecline: Double
    public var developmentCost: USD

    public init(
        firstYearCost: USD, trafficGrowth: Double = 1, priceDecline: Double = 0,
        developmentCost: USD
    ) throws {
        try Check.nonNegative(firstYearCost.value, "serving_cost_usd")
        try Check.positive(trafficGrowth, "traffic_growth", max: 100)
        try Check.fractionBelowOne(priceDecline, "price_decline")
        try Check.positive(developmentCost.value, "training_cost_usd")
        self.firstYearCost = firstYearCost
        self.trafficGrowth = trafficGrowth
        self.priceDecline = priceDecline
        self.developmentCost = developmentCost
    }

    /// `r = g · (1 − d)`: growth of the yearly serving bill.
    public var annualFactor: Double { trafficGrowth * (1 - priceDecline) }

    /// `s(t)`: the serving bill per year at time `years`.
    public func costRate(atYears years: Double) -> USD { firstYearCost * pow(annualFactor, years) }

    /// `S(t)`: serving cost accumulated over the first `years`.
    public func cumulativeCost(years: Double) -> USD {
        let lnR = log(annualFactor)
        guard abs(lnR) > 1e-12 else { return firstYearCost * years }
        return firstYearCost * (expm1(lnR * years) / lnR)
    }

    /// `R(t)`: accumulated deployment cost ÷ development cost after `years`.
    public func ratio(years: Double) -> Double { cumulativeCost(years: years) / developmentCost }

    /// `t*`: years until serving has cost as much as development; nil when it never does (a shrinking bill whose
    /// total stays below it) or when nothing is served.
    public var breakEvenYears: Double? {
        guard firstYearCost.value > 0 else { return nil }
        let lnR = log(annualFactor)
        let x = developmentCost.value / firstYearCost.value
        guard abs(lnR) > 1e-12 else { return x }
        let inner = 1 + x * lnR
        guard inner > 0 else { return nil }
        return log(inner) / lnR
    }

    /// `R` at evenly spaced times from 0 to `years` (for the chart).
    public func curve(years: Double, points: Int = 49) -> [(years: Double, ratio: Double)] {
        let n = max(2, points)
        return (0..<n).map { i in
            let t = years * Double(i) / Double(n - 1)
            return (t, ratio(years: t))
        }
    }
}
