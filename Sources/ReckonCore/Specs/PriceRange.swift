import ReckonUnits

/// The spread of published per-accelerator-hour prices: the cheapest seen (committed or long-term contracts,
/// low-cost providers) to the dearest (hyperscaler on-demand), for Monte Carlo runs that treat the price as
/// uncertain. The catalog's reference price (``AcceleratorSpec/cloudPrice``) lies inside it.
public struct PriceRange: Sendable, Hashable {
    /// Cheapest published price.
    public var low: USDPerSecond
    /// Dearest published price.
    public var high: USDPerSecond

    public init(low: USDPerSecond, high: USDPerSecond) {
        self.low = low
        self.high = high
    }

    /// A range from prices in dollars per hour.
    public static func dollarsPerHour(_ low: Double, _ high: Double) -> PriceRange {
        PriceRange(low: .dollarsPerHour(low), high: .dollarsPerHour(high))
    }

    /// True when `price` lies in `[low, high]`.
    public func contains(_ price: USDPerSecond) -> Bool { price.value >= low.value && price.value <= high.value }
}
