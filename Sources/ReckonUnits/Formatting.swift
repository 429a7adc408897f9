/// How byte amounts are written: decimal SI prefixes (GB = 10⁹ B) or binary IEC prefixes (GiB = 2³⁰ B).
public enum ByteConvention: String, Sendable, CaseIterable {
    case si, iec
    /// One line that states the convention, for the foot of a report.
    public var legend: String {
        switch self {
        case .si: "sizes in SI units: 1 GB = 10^9 bytes, 1 TB = 10^12 bytes"
        case .iec: "sizes in IEC units: 1 GiB = 2^30 bytes, 1 TiB = 2^40 bytes"
        }
    }
}

/// Writes numbers for people: a few significant digits, a prefix, a unit.
public enum NumberFormat {
    /// `x` rounded to `digits` significant digits, without trailing zeros: 3.1416 → "3.14", 175.0 → "175".
    public static func significant(_ x: Double, digits: Int = 3) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "-∞") }
        if x == 0 { return "0" }
        // Beyond 10¹⁸ or below 10⁻⁶ positional digits stop being readable (and overflow a fixed-point scale).
        if abs(x) >= 1e18 || abs(x) < 1e-6 { return scientific(x, digits: digits) }
        let magnitude = Int((abs(x)).log10Floor)
        let decimals = max(0, digits - 1 - magnitude)
        // More digits than fixed point carries (a Double holds about 17): scientific keeps them all.
        if decimals > 17 { return scientific(x, digits: digits) }
        return fixed(x, decimals: decimals)
    }

    /// `x` with exactly `decimals` digits after the point, trailing zeros removed.
    public static func fixed(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return significant(x) }
        // Too many decimals for a Double's range, or a number too large to carry them: fall back to significant digits.
        guard decimals <= 17, abs(x) * pow10(max(0, decimals)) < 9e18 else {
            return decimals > 17 ? significant(x, digits: 3) : String(format0: abs(x).rounded()).signed(x < 0)
        }
        // Whole units of 10^-decimals (exact below 9e18), split into integer and fraction digits.
        let d = max(0, decimals)
        let p = UInt64(pow10(d))
        let units = UInt64((abs(x) * Double(p)).rounded())
        var text = String(units / p)
        var fraction = units % p
        var places = d
        if fraction > 0 {
            while fraction % 10 == 0 {
                fraction /= 10
                places -= 1
            }
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return (x < 0 && units != 0 ? "-" : "") + text
    }

    /// Scientific notation: 3.15e23.
    public static func scientific(_ x: Double, digits: Int = 3) -> String {
        guard x.isFinite, x != 0 else { return significant(x) }
        var exponent = Int(abs(x).log10Floor)
        // Near the ends of the range 10^exponent itself under- or overflows: scale in two steps.
        func scaled(_ e: Int) -> Double { e < -290 ? (x * 1e100) / pow10(e + 100) : x / pow10(e) }
        var mantissa = scaled(exponent)
        let rounded = Double(significant(mantissa, digits: digits)) ?? mantissa
        if abs(rounded) >= 10 {
            exponent += 1
            mantissa = scaled(exponent)
        }
        return significant(mantissa, digits: digits) + "e" + String(exponent)
    }

    /// Scientific for very large or small magnitudes (≥ 10⁶ or < 10⁻³), otherwise `significant`.
    public static func compact(_ x: Double, digits: Int = 4) -> String {
        let a = abs(x)
        return a != 0 && (a >= 1e6 || a < 1e-3) ? scientific(x, digits: digits) : significant(x, digits: digits)
    }

    /// A count with a suffix: 175B, 1.8T, 300M, 4.6k (k = 10³, M = 10⁶, B = 10⁹, T = 10¹², P = 10¹⁵).
    public static func count(_ x: Double, digits: Int = 3) -> String {
        let a = abs(x)
        let steps: [(Double, String)] = [(1e15, "P"), (1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")]
        for (scale, suffix) in steps where a >= scale * 0.9995 {
            if a >= 1e18 { return scientific(x, digits: digits) }
            return significant(x / scale, digits: digits) + suffix
        }
        return significant(x, digits: digits)
    }

    /// A count with thousands separators: 3552000 → "3,552,000".
    public static func grouped(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e18 else { return scientific(x) }
        let digits = String(format0: abs(x).rounded())
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (x < 0 ? "-" : "") + String(out.reversed())
    }

    static func pow10(_ n: Int) -> Double {
        var r = 1.0
        if n >= 0 { for _ in 0..<n { r *= 10 } } else { for _ in 0..<(-n) { r /= 10 } }
        return r
    }
}

extension Double {
    /// ⌊log₁₀ x⌋ for x > 0, exact at powers of ten.
    var log10Floor: Double {
        var e = 0.0
        var v = self
        if v >= 1 {
            while v >= 10 {
                v /= 10
                e += 1
            }
        } else {
            while v < 1 {
                v *= 10
                e -= 1
            }
        }
        return e
    }
}

extension String {
    /// The exact decimal digits of a non-negative whole number held in a Double, at any magnitude
    /// ("NaN", "∞" for non-finite input; the integer part of a fraction).
    init(format0 value: Double) {
        guard value.isFinite else {
            self = value.isNaN ? "NaN" : "∞"
            return
        }
        let v = abs(value).rounded(.towardZero)
        if v < 1.8e19 {
            self = String(UInt64(v))
            return
        }
        // v = significand · 2^k with a 53-bit whole significand: double a decimal digit array k times.
        let k = Int(v.exponent) - 52
        var digits = Array(String(UInt64(v.significand * 4503599627370496)).utf8.reversed().map { Int($0) - 48 })
        for _ in 0..<k {
            var carry = 0
            for i in digits.indices {
                let d = digits[i] * 2 + carry
                digits[i] = d % 10
                carry = d / 10
            }
            if carry > 0 { digits.append(carry) }
        }
        self = String(String.UnicodeScalarView(digits.reversed().map { Unicode.Scalar(UInt8($0 + 48)) }))
    }

    /// This text with a leading minus when `negative` and it is not zero.
    func signed(_ negative: Bool) -> String { negative && self != "0" ? "-" + self : self }
}

// MARK: - Per-dimension formatting

extension Quantity where D == Dimensions.Compute {
    /// `3.15e23 FLOP`
    public var formatted: String { NumberFormat.scientific(value) + " FLOP" }
}
extension Quantity where D == Dimensions.ComputeRate {
    /// `989 TFLOP/s`, `1.98 PFLOP/s`
    public var formatted: String { siFormatted(value, "FLOP/s") }
}
extension Quantity where D == Dimensions.Information {
    /// `80 GB` (SI) or `74.5 GiB` (IEC).
    public func formatted(_ convention: ByteConvention = .si) -> String {
        convention == .si ? siFormatted(value, "B") : iecFormatted(value, "B")
    }
    public var formatted: String { formatted(.si) }
}
extension Quantity where D == Dimensions.Bandwidth {
    /// `3.35 TB/s`
    public func formatted(_ convention: ByteConvention = .si) -> String {
        convention == .si ? siFormatted(value, "B/s") : iecFormatted(value, "B/s")
    }
    public var formatted: String { formatted(.si) }
}
extension Quantity where D == Dimensions.Time {
    /// The most readable unit: `40 s`, `16.4 h`, `94.5 days`, `6.6 years`.
    public var formatted: String {
        let s = abs(value)
        if s < 1 { return NumberFormat.significant(value * 1000) + " ms" }
        if s < 120 { return NumberFormat.significant(value) + " s" }
        if s < 7200 { return NumberFormat.significant(value / 60) + " min" }
        if s < 172_800 { return NumberFormat.significant(value / 3600) + " h" }
        if s < 3 * UnitScale.secondsPerYear { return NumberFormat.significant(value / 86_400) + " days" }
        return NumberFormat.significant(value / UnitScale.secondsPerYear) + " years"
    }
}
extension Quantity where D == Dimensions.Money {
    /// `$4.6M`, `$1.2B`, `$0.06`
    public var formatted: String {
        let a = abs(value)
        if a >= 1000 { return (value < 0 ? "-$" : "$") + NumberFormat.count(a) }
        if a >= 1 { return (value < 0 ? "-$" : "$") + NumberFormat.fixed(a, decimals: 2) }
        return (value < 0 ? "-$" : "$") + NumberFormat.significant(a, digits: 3)
    }
}
extension Quantity where D == Dimensions.MoneyRate {
    /// `$2.50/h`
    public var formatted: String { "$" + NumberFormat.fixed(value * 3600, decimals: 2) + "/h" }
}
extension Quantity where D == Dimensions.Power {
    /// `700 W`, `35 MW`
    public var formatted: String { siFormatted(value, "W") }
}
extension Quantity where D == Dimensions.Energy {
    /// `1.29 GWh`
    public var formatted: String { siFormatted(value / 3600, "Wh") }
}
extension Quantity where D == Dimensions.Mass {
    /// `502 t CO2e`
    public var formatted: String {
        abs(value) >= 1000 ? NumberFormat.significant(value / 1000) + " t" : NumberFormat.significant(value) + " kg"
    }
}
extension Quantity where D == Dimensions.TokenCount {
    /// `300B tokens`
    public var formatted: String { NumberFormat.count(value) + " tokens" }
}
extension Quantity where D == Dimensions.ParameterCount {
    /// `175B`
    public var formatted: String { NumberFormat.count(value) }
}
extension Quantity where D == Dimensions.TokenRate {
    public var formatted: String { NumberFormat.significant(value) + " tokens/s" }
}
extension Quantity where D == Dimensions.ComputePerToken {
    public var formatted: String { siFormatted(value, "FLOP") + "/token" }
}

/// `value` with the SI prefix that keeps the mantissa in [1, 1000): 3.35e12 B/s → "3.35 TB/s".
public func siFormatted(_ value: Double, _ unit: String, digits: Int = 3) -> String {
    let prefixes: [(Double, String)] = [
        (1e24, "Y"), (1e21, "Z"), (1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"),
    ]
    let a = abs(value)
    for (scale, p) in prefixes where a >= scale * 0.9995 {
        return NumberFormat.significant(value / scale, digits: digits) + " " + p + unit
    }
    return NumberFormat.significant(value, digits: digits) + " " + unit
}

/// `value` with the IEC prefix that keeps the mantissa in [1, 1024): 85899345920 B → "80 GiB".
public func iecFormatted(_ value: Double, _ unit: String, digits: Int = 3) -> String {
    let prefixes: [(Double, String)] = [
        (1_125_899_906_842_624, "Pi"), (1_099_511_627_776, "Ti"), (1_073_741_824, "Gi"), (1_048_576, "Mi"),
        (1024, "Ki"),
    ]
    let a = abs(value)
    for (scale, p) in prefixes where a >= scale * 0.9995 {
        return NumberFormat.significant(value / scale, digits: digits) + " " + p + unit
    }
    return NumberFormat.significant(value, digits: digits) + " " + unit
}
