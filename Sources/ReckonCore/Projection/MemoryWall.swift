import Foundation

/// The memory wall (the paper's Sec. 3.6 and Fig. 8, after Gholami et al. 2021; SemiAnalysis, "The AI Brick Wall"):
/// accelerator compute
/// outgrowing memory bandwidth and capacity, measured on the catalog rather than quoted.
///
/// For each series (peak dense BF16 FLOP/s, memory bandwidth, memory capacity) an ordinary least-squares line through
/// the logarithm of the values against the release year:
///
/// ```
/// ln v_i = α + β · y_i + ε_i           growth per year g = e^β, per two years e^(2β)
/// se(β)  = sqrt( Σ ε_i² / (n − 2) / Σ (y_i − ȳ)² )
/// 90% CI of g: e^(β ± t₀.₉₅,ₙ₋₂ · se(β))
/// ```
/// - `t₀.₉₅,ν`: Student's t quantile, from the normal quantile by the Cornish–Fisher expansion (Abramowitz &
///   Stegun 26.7.5), accurate to ~1e-3 for ν ≥ 3.
/// - Each accelerator is one point at its year of first availability; entries with a figure missing are left out
///   of that series (said, not filled).
///
/// Gholami et al. ("AI and Memory Wall", 2021) report, over 20 years, peak server FLOPS ×3.0 per
/// two years against DRAM bandwidth ×1.6 and interconnect ×1.4 per two years; ``gholami2021`` keeps those figures
/// for comparison.
public struct MemoryWall: Sendable, Hashable {
    /// One accelerator's figures.
    public struct Point: Sendable, Hashable {
        public var name: String
        public var year: Int
        public var peakFLOPPerSecond: Double?
        public var bandwidthBytesPerSecond: Double?
        public var capacityBytes: Double?
        public init(
            name: String, year: Int, peakFLOPPerSecond: Double?, bandwidthBytesPerSecond: Double?,
            capacityBytes: Double?
        ) {
            self.name = name
            self.year = year
            self.peakFLOPPerSecond = peakFLOPPerSecond
            self.bandwidthBytesPerSecond = bandwidthBytesPerSecond
            self.capacityBytes = capacityBytes
        }
    }

    public enum Series: String, Sendable, Hashable, CaseIterable {
        case peakFLOPs = "peak-flops", bandwidth, capacity
        public var title: String {
            switch self {
            case .peakFLOPs: "peak dense BF16 FLOP/s"
            case .bandwidth: "memory bandwidth"
            case .capacity: "memory capacity"
            }
        }
    }

    /// A fitted growth rate with its 90% interval.
    public struct Fit: Sendable, Hashable {
        public var series: Series
        public var points: Int
        public var firstYear: Int, lastYear: Int
        /// Growth per year, e^β, and its 90% interval.
        public var annualGrowth: Double
        public var interval: ClosedRange<Double>
        /// ln-value at year 0 (α) and slope (β), for drawing the line.
        public var intercept: Double, slope: Double
        /// Growth per two years (Gholami et al.'s unit).
        public var biennialGrowth: Double { annualGrowth * annualGrowth }
        /// Orders of magnitude per decade.
        public var ordersPerDecade: Double { 10 * log10(annualGrowth) }
        public func value(year: Double) -> Double { exp(intercept + slope * year) }
    }

    public var points: [Point]
    public init(points: [Point]) { self.points = points }

    static func value(_ p: Point, _ s: Series) -> Double? {
        switch s {
        case .peakFLOPs: p.peakFLOPPerSecond
        case .bandwidth: p.bandwidthBytesPerSecond
        case .capacity: p.capacityBytes
        }
    }

    /// The points that have a positive figure for `series`.
    public func values(_ series: Series) -> [(year: Int, value: Double, name: String)] {
        points.compactMap { p in
            guard let v = Self.value(p, series), v > 0, v.isFinite else { return nil }
            return (p.year, v, p.name)
        }
    }

    /// The fit of `series`; nil with fewer than 3 points or a single year (no slope to fit).
    public func fit(_ series: Series) -> Fit? {
        let v = values(series)
        let n = v.count
        guard n >= 3 else { return nil }
        let x = v.map { Double($0.year) }
        let y = v.map { log($0.value) }
        let mx = x.reduce(0, +) / Double(n)
        let my = y.reduce(0, +) / Double(n)
        let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        guard sxx > 0 else { return nil }
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let beta = sxy / sxx
        let alpha = my - beta * mx
        let sse = zip(x, y).reduce(0) { $0 + pow($1.1 - alpha - beta * $1.0, 2) }
        let se = (sse / Double(n - 2) / sxx).squareRoot()
        let t = Self.studentT95(degreesOfFreedom: Double(n - 2))
        return Fit(
            series: series, points: n, firstYear: Int(x.min()!), lastYear: Int(x.max()!),
            annualGrowth: exp(beta), interval: exp(beta - t * se)...exp(beta + t * se),
            intercept: alpha, slope: beta)
    }

    /// `t₀.₉₅,ν` by the Cornish–Fisher expansion around z₀.₉₅ = 1.644854 (Abramowitz & Stegun 26.7.5).
    public static func studentT95(degreesOfFreedom nu: Double) -> Double {
        let z = 1.6448536269514722
        let g1 = (pow(z, 3) + z) / 4
        let g2 = (5 * pow(z, 5) + 16 * pow(z, 3) + 3 * z) / 96
        let g3 = (3 * pow(z, 7) + 19 * pow(z, 5) + 17 * pow(z, 3) - 15 * z) / 384
        let g4 = (79 * pow(z, 9) + 776 * pow(z, 7) + 1482 * pow(z, 5) - 1920 * pow(z, 3) - 945 * z) / 92160
        return z + g1 / nu + g2 / pow(nu, 2) + g3 / pow(nu, 3) + g4 / pow(nu, 4)
    }

    /// Gholami et al. 2021's growth per two years: compute ×3.0, DRAM bandwidth ×1.6 (interconnect ×1.4).
    public static let gholami2021: [Series: Double] = [.peakFLOPs: 3.0, .bandwidth: 1.6]
    public static let gholamiSource =
        "Gholami et al. 2021, 'AI and Memory Wall' (Faraboschi et al. 2024, Fig. 8): "
        + "peak server FLOPS x3.0 per 2 years vs DRAM bandwidth x1.6 and interconnect x1.4 per 2 years, over 20 years"

    /// Years until compute per byte of bandwidth doubles: ln 2 / (β_FLOPs − β_bandwidth); nil if it does not grow.
    public var flopsPerByteDoublingYears: Double? {
        guard let f = fit(.peakFLOPs), let b = fit(.bandwidth), f.slope > b.slope else { return nil }
        return log(2) / (f.slope - b.slope)
    }
}
