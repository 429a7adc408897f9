import Foundation
import ReckonUnits

/// A chart axis: linear or logarithmic, with labelled ticks.
public struct Axis: Sendable {
    public enum Scale: Sendable { case linear, log }
    public var label: String
    public var scale: Scale
    /// Writes a tick value, e.g. `{ "$" + NumberFormat.count($0) }` for $1M, $1B.
    public var format: @Sendable (Double) -> String
    /// Fixed bounds; computed from the data when nil.
    public var bounds: ClosedRange<Double>?

    public init(
        label: String, scale: Scale = .linear, bounds: ClosedRange<Double>? = nil,
        format: @escaping @Sendable (Double) -> String = { NumberFormat.count($0) }
    ) {
        self.label = label
        self.scale = scale
        self.bounds = bounds
        self.format = format
    }

    /// The scale that lets bars of `values` be read right: linear (lengths proportional to values, so a bar twice
    /// as long costs twice as much) unless the positive values span more than `ratio` (100×), when a linear axis
    /// would flatten the small ones to nothing: then log.
    public static func scale(for values: [Double], ratio: Double = 100) -> Scale {
        let positive = values.filter { $0 > 0 && $0.isFinite }
        guard let lo = positive.min(), let hi = positive.max() else { return .linear }
        return hi / lo > ratio ? .log : .linear
    }

    /// Common tick formats.
    public static let countFormat: @Sendable (Double) -> String = { NumberFormat.count($0) }
    public static let dollarFormat: @Sendable (Double) -> String = { USD($0).formatted }
    public static let yearFormat: @Sendable (Double) -> String = { String(Int($0.rounded())) }
    public static let plainFormat: @Sendable (Double) -> String = { NumberFormat.significant($0) }

    /// The data range widened to whole decades (log) or nice numbers (linear).
    func domain(_ values: [Double]) -> ClosedRange<Double> {
        if let bounds { return bounds }
        let finite = values.filter { $0.isFinite && (scale == .linear || $0 > 0) }
        guard var lo = finite.min(), var hi = finite.max() else { return scale == .log ? 1...10 : 0...1 }
        switch scale {
        case .log:
            lo = pow(10, floor(log10(lo)))
            hi = pow(10, ceil(log10(hi)))
            if hi <= lo { hi = lo * 10 }
        case .linear:
            if lo > 0 && lo < hi * 0.5 { lo = 0 }
            if hi == lo { hi = lo + 1 }
            let step = Axis.niceStep((hi - lo) / 5)
            lo = floor(lo / step) * step
            hi = ceil(hi / step) * step
        }
        return lo...hi
    }

    /// Tick positions inside `domain`: powers of ten (log) or a 1-2-5 step (linear).
    func ticks(_ domain: ClosedRange<Double>) -> [Double] {
        switch scale {
        case .log:
            var ticks: [Double] = []
            var e = floor(log10(domain.lowerBound))
            let decades = log10(domain.upperBound) - log10(domain.lowerBound)
            let stride = decades > 12 ? 3.0 : (decades > 7 ? 2.0 : 1.0)
            // Strided ticks fall on multiples of the stride: 10³ steps give 1k, 1M, 1B, 1T.
            e = (e / stride).rounded(.up) * stride
            while pow(10, e) <= domain.upperBound * 1.0001 {
                if pow(10, e) >= domain.lowerBound * 0.9999 { ticks.append(pow(10, e)) }
                e += stride
            }
            return ticks
        case .linear:
            let step = Axis.niceStep((domain.upperBound - domain.lowerBound) / 5)
            var ticks: [Double] = []
            var t = ceil(domain.lowerBound / step) * step
            while t <= domain.upperBound + step * 1e-9 {
                ticks.append(abs(t) < step * 1e-9 ? 0 : t)
                t += step
            }
            return ticks
        }
    }

    /// Position of `value` in [0, 1] along the axis.
    func fraction(_ value: Double, in domain: ClosedRange<Double>) -> Double {
        switch scale {
        case .log:
            let v = max(value, domain.lowerBound * 1e-3)
            return (log10(v) - log10(domain.lowerBound)) / (log10(domain.upperBound) - log10(domain.lowerBound))
        case .linear:
            return (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        }
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(raw)))
        let r = raw / magnitude
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude
    }
}
