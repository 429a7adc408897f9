import ReckonUnits

/// The values a numeric input may take: an interval with open or closed ends, whole numbers or reals.
///
/// One definition per field: the field registry (`ReckonInput`) states each flag's bounds with this type, and the
/// catalog loader applies the same values to catalog entries through ``SpecBounds``. Bounds are in the unit a bare
/// number is read in (`price_per_hour` in $/h, `gpu_memory` in GB), so that messages quote them as a person types.
public struct FieldBounds: Sendable, Hashable {
    public var lower: Double?
    public var lowerIncluded: Bool
    public var upper: Double?
    public var upperIncluded: Bool
    /// Whole numbers only.
    public var integer: Bool

    public init(
        lower: Double?, lowerIncluded: Bool = true, upper: Double?, upperIncluded: Bool = true,
        integer: Bool = false
    ) {
        self.lower = lower
        self.lowerIncluded = lowerIncluded
        self.upper = upper
        self.upperIncluded = upperIncluded
        self.integer = integer
    }

    /// `[a, b]` in whole numbers.
    public static func integers(_ range: ClosedRange<Int>) -> FieldBounds {
        FieldBounds(lower: Double(range.lowerBound), upper: Double(range.upperBound), integer: true)
    }
    /// `(0, max]`.
    public static func positive(max: Double) -> FieldBounds {
        FieldBounds(lower: 0, lowerIncluded: false, upper: max)
    }
    /// `[0, max]`.
    public static func nonNegative(max: Double) -> FieldBounds {
        FieldBounds(lower: 0, upper: max)
    }
    /// `(0, 1]`.
    public static let fraction = FieldBounds(lower: 0, lowerIncluded: false, upper: 1)
    /// `[0, 1]`.
    public static let closedFraction = FieldBounds(lower: 0, upper: 1)
    /// `[0, 1)`.
    public static let fractionBelowOne = FieldBounds(lower: 0, upper: 1, upperIncluded: false)
    /// `[a, b]` in reals.
    public static func closed(_ a: Double, _ b: Double) -> FieldBounds { FieldBounds(lower: a, upper: b) }

    /// True when `x` is finite, inside the interval and (for whole-number bounds) whole.
    public func contains(_ x: Double) -> Bool {
        guard x.isFinite else { return false }
        if integer && x != x.rounded() { return false }
        if let lower, lowerIncluded ? x < lower : x <= lower { return false }
        if let upper, upperIncluded ? x > upper : x >= upper { return false }
        return true
    }

    /// What is allowed, as a phrase: "a number in (0, 1]", "a whole number from 1 to 100,000".
    public var phrase: String {
        let noun = integer ? "a whole number" : "a number"
        let low = lower.map(Check.shown)
        let high = upper.map(Check.shown)
        switch (low, high) {
        case let (l?, h?) where integer && lowerIncluded && upperIncluded:
            return "\(noun) from \(l) to \(h)"
        case let (l?, h?):
            return "\(noun) in \(lowerIncluded ? "[" : "(")\(l), \(h)\(upperIncluded ? "]" : ")")"
        case let (l?, nil):
            return lowerIncluded ? "\(noun) of at least \(l)" : "\(noun) greater than \(l)"
        case let (nil, h?):
            return upperIncluded ? "\(noun) of at most \(h)" : "\(noun) below \(h)"
        case (nil, nil):
            return integer ? "a whole number" : "a finite number"
        }
    }
}

/// Bounds of the published figures a model or an accelerator entry carries, shared by the flags that override them
/// (`--layers`, `--heads`, …) and by the catalog loader, so that a catalog entry can never hold what a flag refuses.
///
/// The upper ends are far beyond any real model or chip; they exist so that sizes near `Int.max` (which overflow
/// products such as `layers × hidden²` in whole-number arithmetic) are refused where they enter.
public enum SpecBounds {
    public static let layers = FieldBounds.integers(1...100_000)
    public static let hidden = FieldBounds.integers(1...10_000_000)
    public static let heads = FieldBounds.integers(1...100_000)
    public static let kvHeads = FieldBounds.integers(1...100_000)
    public static let headDim = FieldBounds.integers(1...100_000)
    public static let ffn = FieldBounds.integers(1...100_000_000)
    public static let vocabulary = FieldBounds.integers(1...100_000_000)
    public static let contextLength = FieldBounds.integers(1...100_000_000)
    public static let experts = FieldBounds.integers(1...1_000_000)
    /// Parameter counts (total or active): at most 10¹⁶.
    public static let parameters = FieldBounds.positive(max: 1e16)
    /// Training tokens: at most 10¹⁸.
    public static let tokens = FieldBounds.positive(max: 1e18)
    /// Peak FLOP/s in TFLOP/s (the bare unit of rates): at most 10⁹ TFLOP/s (a zettaFLOP/s per chip).
    public static let peakTFLOPS = FieldBounds.positive(max: 1e9)
    /// Memory per accelerator in GB: at most 10⁶ GB.
    public static let memoryGB = FieldBounds.positive(max: 1e6)
    /// Bandwidths in GB/s: at most 10⁷ GB/s.
    public static let bandwidthGBps = FieldBounds.positive(max: 1e7)
    /// Accelerators per scale-up domain.
    public static let scaleUpDomain = FieldBounds.integers(1...1_000_000)
    /// Power per accelerator in W: at most 1 MW.
    public static let tdpWatts = FieldBounds.positive(max: 1e6)
    /// Price per accelerator-hour in USD.
    public static let pricePerHour = FieldBounds.positive(max: 1e6)
    /// Purchase price per accelerator in USD.
    public static let purchasePrice = FieldBounds.positive(max: 1e10)
    /// Mean time between failures in hours: at most 10¹² h.
    public static let mtbfHours = FieldBounds.positive(max: 1e12)
    /// Release year.
    public static let year = FieldBounds.integers(1940...2200)
}
