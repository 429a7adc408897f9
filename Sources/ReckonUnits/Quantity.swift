/// A physical or economic amount whose dimension is part of its type.
///
/// The value is stored once, in the dimension's base unit (FLOP, FLOP/s, byte, byte/s, second,
/// US dollar, watt, joule, token, kilogram …). Units are converted at the boundary only: by the
/// named constructors (`.hours(3)`, `.gigabytes(80)`), by ``QuantityParser`` and by the formatters.
///
/// `Quantity` is deliberately **not** `Numeric`: adding two durations is a duration, but
/// multiplying two durations is not, so only the operations that keep the dimension exist here,
/// and every operation that changes it (FLOP ÷ FLOP/s = s, W × s = J, …) is written by hand in
/// `CrossDimension.swift`. Anything else does not compile.
@frozen
public struct Quantity<D: Dimension>: Hashable, Comparable, Sendable {
    /// The amount in the dimension's base unit (``Dimension/baseSymbol``).
    public var value: Double

    @inlinable
    public init(_ value: Double) { self.value = value }

    @inlinable public static var zero: Quantity { Quantity(0) }

    @inlinable
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.value < rhs.value }

    /// True when the value is neither NaN nor infinite.
    @inlinable public var isFinite: Bool { value.isFinite }
}

// MARK: - Operations that keep the dimension

extension Quantity {
    @inlinable public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(lhs.value + rhs.value) }
    @inlinable public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(lhs.value - rhs.value) }
    @inlinable public static func += (lhs: inout Quantity, rhs: Quantity) { lhs.value += rhs.value }
    @inlinable public static func -= (lhs: inout Quantity, rhs: Quantity) { lhs.value -= rhs.value }
    @inlinable public static prefix func - (operand: Quantity) -> Quantity { Quantity(-operand.value) }

    /// Scaling by a pure number keeps the dimension.
    @inlinable public static func * (lhs: Quantity, rhs: Double) -> Quantity { Quantity(lhs.value * rhs) }
    @inlinable public static func * (lhs: Double, rhs: Quantity) -> Quantity { Quantity(lhs * rhs.value) }
    @inlinable public static func / (lhs: Quantity, rhs: Double) -> Quantity { Quantity(lhs.value / rhs) }
    @inlinable public static func *= (lhs: inout Quantity, rhs: Double) { lhs.value *= rhs }
    @inlinable public static func /= (lhs: inout Quantity, rhs: Double) { lhs.value /= rhs }

    /// The ratio of two amounts of the same dimension is a pure number.
    @inlinable public static func / (lhs: Quantity, rhs: Quantity) -> Double { lhs.value / rhs.value }
}

extension Quantity: CustomStringConvertible {
    /// The value in base units with the base symbol, e.g. `3.15e+23 FLOP`.
    public var description: String { "\(value) \(D.baseSymbol)" }
}

extension Quantity: Codable {
    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Double.self))
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// Sums a sequence of quantities of one dimension.
@inlinable
public func sum<D>(_ quantities: some Sequence<Quantity<D>>) -> Quantity<D> {
    quantities.reduce(.zero, +)
}

@inlinable public func max<D>(_ a: Quantity<D>, _ b: Quantity<D>) -> Quantity<D> { a.value >= b.value ? a : b }
@inlinable public func min<D>(_ a: Quantity<D>, _ b: Quantity<D>) -> Quantity<D> { a.value <= b.value ? a : b }
