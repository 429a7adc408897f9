import Foundation
import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// A numeric input of a command, as uncertainty sees it: how one number (with its unit) is read, and
/// which values the model accepts.
///
/// Two kinds of limits: a *hard* lower limit (a count or price must be > 0) rejects any distribution
/// that can draw past it; a *soft* range (MFU ≤ 1, PUE from 1 to 5) moves the rare draws outside it to
/// the nearest end, and the share moved is reported with the result.
public struct NumericField: Sendable {
    public var key: String
    /// Reads one number with an optional unit into the field's base unit (USD/s for `price_per_hour`).
    public var read: @Sendable (String) throws -> Double
    /// The base-unit value of the bare number 1 (1 for plain numbers, 1/3600 for `$/h`).
    public var bareUnitValue: Double
    /// Hard lower limit: draws must be > it (or ≥ it when `lowestIncluded`).
    public var lowest: Double
    public var lowestIncluded: Bool
    /// Soft range: draws outside are clamped into it. (A lower end at or below the hard limit never acts,
    /// since distributions that can draw past the hard limit are rejected.)
    public var clamp: ClosedRange<Double>?
    /// Whole-number field (draws are rounded to the nearest integer).
    public var integer: Bool

    public init(
        key: String, read: @escaping @Sendable (String) throws -> Double, bareUnitValue: Double = 1,
        lowest: Double = 0, lowestIncluded: Bool = false, clamp: ClosedRange<Double>? = nil, integer: Bool = false
    ) {
        self.key = key
        self.read = read
        self.bareUnitValue = bareUnitValue
        self.lowest = lowest
        self.lowestIncluded = lowestIncluded
        self.clamp = clamp
        self.integer = integer
    }

    /// A field holding a typed quantity (`1.5T`, `$2/h`), read with ``Quantity/init(parsing:bareUnit:)``.
    /// `bareUnit` must be the one the command's request reads the field with (e.g. `y` for `period`).
    public static func quantity<D: ParsableDimension>(
        _ key: String, _: D.Type, bareUnit: String? = nil, lowestIncluded: Bool = false,
        clamp: ClosedRange<Double>? = nil, integer: Bool = false
    ) -> NumericField {
        NumericField(
            key: key, read: { try Quantity<D>(parsing: $0, bareUnit: bareUnit).value },
            bareUnitValue: (try? Quantity<D>(parsing: "1", bareUnit: bareUnit).value) ?? 1,
            lowestIncluded: lowestIncluded, clamp: clamp, integer: integer)
    }

    /// A field holding a plain number.
    public static func number(
        _ key: String, lowest: Double = 0, lowestIncluded: Bool = false,
        clamp: ClosedRange<Double>? = nil, integer: Bool = false
    ) -> NumericField {
        NumericField(
            key: key,
            read: { text in
                guard let x = Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")),
                    x.isFinite
                else {
                    throw DistributionError("cannot read '\(text)': not a number")
                }
                return x
            }, lowest: lowest, lowestIncluded: lowestIncluded, clamp: clamp, integer: integer)
    }

    /// What the hard limit allows, as a phrase.
    var allowedPhrase: String {
        let bound = NumberFormat.significant(lowest / bareUnitValue)
        return lowestIncluded ? "values of at least \(bound)" : "values greater than \(bound)"
    }

    /// A draw made usable by the model: clamped into the soft range, rounded for whole-number fields.
    public func admit(_ x: Double) -> Double { admission(x) }

    /// The same rule as a plain value (no closure inside), for hot loops shared between threads.
    public var admission: Admission {
        Admission(low: clamp?.lowerBound ?? -.infinity, high: clamp?.upperBound ?? .infinity, integer: integer)
    }
}

/// How a draw is made usable by a field: clamped into [low, high], rounded (and at least 1) for whole numbers.
public struct Admission: Sendable, Hashable {
    public var low: Double, high: Double
    public var integer: Bool

    @inlinable
    public func callAsFunction(_ x: Double) -> Double {
        let v = min(max(x, low), high)
        return integer ? max(v.rounded(), 1) : v
    }
}
