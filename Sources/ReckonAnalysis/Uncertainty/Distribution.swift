/// Why a distribution cannot be built from the numbers given.
public struct DistributionError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// An uncertain number: what a user means by `0.35..0.55`, `normal(0.45, 0.05)`, `choice(0.3: 1, 0.4: 2)`.
///
/// Every case is sampled by inversion — `x = quantile(u)` with one uniform `u` per draw — so a draw
/// costs one random number and the same `u` always gives the same `x` (see ``DeterministicMath``).
/// Build values with the throwing factories (``lognormal(p5:p95:)``, ``normal(mean:sd:)``, …), which
/// check their arguments; the cases themselves hold already-checked parameters.
public enum Distribution: Sendable, Hashable {
    /// A known number.
    case point(Double)
    /// Normal with mean μ and standard deviation σ > 0 (same unit as the value).
    case gaussian(mean: Double, sd: Double)
    /// Lognormal: ln X is normal with mean `mu` and standard deviation `sigma` > 0 (of the log).
    case logNormal(mu: Double, sigma: Double)
    /// Uniform on [low, high], low < high.
    case flat(low: Double, high: Double)
    /// Triangular on [low, high] with its peak at `mode`.
    case triangle(low: Double, mode: Double, high: Double)
    /// A finite set of values with probabilities (weights normalised to 1).
    case discrete(DiscreteChoice)

    /// The values and cumulative probabilities of a ``Distribution/discrete(_:)``.
    public struct DiscreteChoice: Sendable, Hashable {
        public let values: [Double]
        /// Normalised weights (sum 1).
        public let probabilities: [Double]
        /// Running sum of `probabilities`; the last entry is exactly 1.
        public let cumulative: [Double]
    }

    // MARK: - Factories (checked)

    /// A lognormal whose 5th and 95th percentiles are `p5` and `p95` — the reading of `a..b`, as in
    /// Guesstimate and Squiggle.
    ///
    /// ```
    /// μ = (ln p5 + ln p95) / 2         σ = (ln p95 − ln p5) / (2 · z₀.₉₅),   z₀.₉₅ = 1.6448536269514722
    /// ```
    /// Median = √(p5·p95) (the geometric mean); mean = e^(μ + σ²/2). Requires 0 < p5 ≤ p95 (equal → a point).
    public static func lognormal(p5: Double, p95: Double) throws -> Distribution {
        guard p5.isFinite, p95.isFinite else { throw DistributionError("bounds must be finite numbers") }
        guard p5 > 0 else {
            throw DistributionError(
                "a lognormal needs a low bound greater than 0 (got \(p5)); use normal(…) or uniform(…) for values "
                    + "that can be 0 or negative"
            )
        }
        guard p5 <= p95 else { throw DistributionError("the low bound \(p5) is greater than the high bound \(p95)") }
        if p5 == p95 { return .point(p5) }
        let l5 = DeterministicMath.log(p5)
        let l95 = DeterministicMath.log(p95)
        return .logNormal(mu: (l5 + l95) / 2, sigma: (l95 - l5) / (2 * DeterministicMath.z95))
    }

    /// Normal with `mean` and standard deviation `sd` ≥ 0 (0 → a point).
    public static func normal(mean: Double, sd: Double) throws -> Distribution {
        guard mean.isFinite, sd.isFinite else { throw DistributionError("mean and sd must be finite numbers") }
        guard sd >= 0 else { throw DistributionError("the standard deviation must be at least 0 (got \(sd))") }
        return sd == 0 ? .point(mean) : .gaussian(mean: mean, sd: sd)
    }

    /// Uniform on [low, high] (equal → a point).
    public static func uniform(_ low: Double, _ high: Double) throws -> Distribution {
        guard low.isFinite, high.isFinite else { throw DistributionError("bounds must be finite numbers") }
        guard low <= high else {
            throw DistributionError("the low bound \(low) is greater than the high bound \(high)")
        }
        return low == high ? .point(low) : .flat(low: low, high: high)
    }

    /// Triangular on [low, high] peaking at `mode` (low ≤ mode ≤ high; all equal → a point).
    public static func triangular(_ low: Double, _ mode: Double, _ high: Double) throws -> Distribution {
        guard low.isFinite, mode.isFinite, high.isFinite else {
            throw DistributionError("bounds must be finite numbers")
        }
        guard low <= mode, mode <= high else {
            throw DistributionError("triangular needs low ≤ mode ≤ high (got \(low), \(mode), \(high))")
        }
        return low == high ? .point(low) : .triangle(low: low, mode: mode, high: high)
    }

    /// One of `values`, chosen with probability proportional to its weight (> 0). Stored sorted by value,
    /// so that ``quantile(_:)`` is non-decreasing like every other case (percentiles, tornado ends, CDF).
    public static func choice(_ unsorted: [(value: Double, weight: Double)]) throws -> Distribution {
        let options = unsorted.sorted { $0.value < $1.value }
        guard !options.isEmpty else { throw DistributionError("choice needs at least one value") }
        for o in options {
            guard o.value.isFinite else { throw DistributionError("choice values must be finite numbers") }
            guard o.weight.isFinite, o.weight > 0 else {
                throw DistributionError("weight \(o.weight) of value \(o.value) must be greater than 0")
            }
        }
        let total = options.reduce(0) { $0 + $1.weight }
        let probabilities = options.map { $0.weight / total }
        var cumulative: [Double] = []
        var running = 0.0
        for p in probabilities {
            running += p
            cumulative.append(running)
        }
        cumulative[cumulative.count - 1] = 1
        if options.count == 1 { return .point(options[0].value) }
        return .discrete(
            DiscreteChoice(values: options.map(\.value), probabilities: probabilities, cumulative: cumulative))
    }

    // MARK: - Properties

    /// The value below which a fraction `p` of draws fall (0 < p < 1; 0 and 1 give the bounds where finite).
    ///
    /// normal: μ + σ·Φ⁻¹(p); lognormal: e^(μ + σ·Φ⁻¹(p)); uniform: a + (b − a)·p;
    /// triangular: a + √(p(b − a)(c − a)) below F(c) = (c − a)/(b − a), else b − √((1 − p)(b − a)(b − c));
    /// choice: the first value whose cumulative probability reaches p.
    @inlinable
    public func quantile(_ p: Double) -> Double {
        switch self {
        case .point(let v): return v
        case .gaussian(let mean, let sd): return mean + sd * DeterministicMath.inverseNormalCDF(p)
        case .logNormal(let mu, let sigma):
            return DeterministicMath.exp(mu + sigma * DeterministicMath.inverseNormalCDF(p))
        case .flat(let low, let high): return low + (high - low) * p
        case .triangle(let a, let c, let b):
            let width = b - a
            if p * width < c - a { return a + (p * width * (c - a)).squareRoot() }
            return b - ((1 - p) * width * (b - c)).squareRoot()
        case .discrete(let choice):
            let cumulative = choice.cumulative
            var i = 0
            while i < cumulative.count - 1 && cumulative[i] < p { i += 1 }
            return choice.values[i]
        }
    }

    /// ``quantile(_:)`` of `count` values of `x` in place, the i-th at `x[i·stride + offset]`: four at a time for the
    /// normal and log-normal distributions (``DeterministicMath``'s lanes: the same bits), one by one otherwise.
    @inlinable
    public func quantiles(_ x: UnsafeMutableBufferPointer<Double>, count: Int, stride m: Int = 1, offset j: Int = 0) {
        var s = 0
        // x = shift + scale·Φ⁻¹(u), exponentiated for the log-normal: quantile(_:)'s operations.
        let normal: (shift: Double, scale: Double, exponentiate: Bool)?
        switch self {
        case .gaussian(let mean, let sd): normal = (mean, sd, false)
        case .logNormal(let mu, let sigma): normal = (mu, sigma, true)
        default: normal = nil
        }
        if let (shift, scale, exponentiate) = normal {
            while s + 4 <= count {
                let u = SIMD4(x[s * m + j], x[(s + 1) * m + j], x[(s + 2) * m + j], x[(s + 3) * m + j])
                let z = shift + scale * DeterministicMath.inverseNormalCDF(u)
                let v = exponentiate ? DeterministicMath.exp(z) : z
                for i in 0..<4 { x[(s + i) * m + j] = v[i] }
                s += 4
            }
        }
        while s < count {
            x[s * m + j] = quantile(x[s * m + j])
            s += 1
        }
    }

    /// One draw: `quantile(u)` for a uniform `u` in (0, 1).
    @inlinable
    public func sample<G: RandomNumberGenerator>(using generator: inout G) -> Double {
        quantile(SeededGenerator.openUnit(generator.next()))
    }

    /// The expected value.
    public var mean: Double {
        switch self {
        case .point(let v): v
        case .gaussian(let mean, _): mean
        case .logNormal(let mu, let sigma): DeterministicMath.exp(mu + sigma * sigma / 2)
        case .flat(let low, let high): (low + high) / 2
        case .triangle(let a, let c, let b): (a + c + b) / 3
        case .discrete(let d): zip(d.values, d.probabilities).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }

    /// The 50th percentile.
    public var median: Double { quantile(0.5) }

    /// The smallest and largest values a sampler can draw: `quantile` at u = 2⁻⁵³ and 1 − 2⁻⁵³, the extreme
    /// uniforms ``SeededGenerator/nextOpenUnit()`` produces (about ±8.2 standard deviations for a normal).
    public var drawableRange: ClosedRange<Double> {
        let lo = quantile(0x1.0p-53)
        let hi = quantile(1 - 0x1.0p-53)
        return min(lo, hi)...max(lo, hi)
    }

    /// P(X < x): exact for points and choices; for continuous cases found by bisection on ``quantile(_:)``
    /// (non-decreasing in p), to within 10⁻¹².
    public func probabilityBelow(_ x: Double) -> Double {
        switch self {
        case .point(let v): return v < x ? 1 : 0
        case .discrete(let d): return zip(d.values, d.probabilities).reduce(0) { $0 + ($1.0 < x ? $1.1 : 0) }
        default:
            var lo = 0.0
            var hi = 1.0
            for _ in 0..<42 {
                let mid = (lo + hi) / 2
                if quantile(mid) < x { lo = mid } else { hi = mid }
            }
            return (lo + hi) / 2
        }
    }

    /// True for a ``point(_:)``.
    public var isPoint: Bool { if case .point = self { return true } else { return false } }

    /// Short human form: `lognormal(p5 0.35, p95 0.55)`, `normal(0.45, 0.05)`, `choice(0.3: 25%, 0.4: 75%)`.
    public func description(format: (Double) -> String) -> String {
        switch self {
        case .point(let v): return format(v)
        case .gaussian(let m, let s): return "normal(\(format(m)), \(format(s)))"
        case .logNormal: return "lognormal(p5 \(format(quantile(0.05))), p95 \(format(quantile(0.95))))"
        case .flat(let a, let b): return "uniform(\(format(a)), \(format(b)))"
        case .triangle(let a, let c, let b): return "triangular(\(format(a)), \(format(c)), \(format(b)))"
        case .discrete(let d):
            let parts = zip(d.values, d.probabilities).map { "\(format($0.0)): \(Int(($0.1 * 100).rounded()))%" }
            return "choice(" + parts.joined(separator: ", ") + ")"
        }
    }
}
