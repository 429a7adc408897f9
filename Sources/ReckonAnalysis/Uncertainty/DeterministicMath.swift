/// `log`, `exp` and the inverse normal CDF written with `+ − × ÷` and `sqrt` only.
///
/// Why: the platform's `log`/`exp` (glibc, Apple's libm, musl, Windows' UCRT) may differ in the last bit,
/// so a Monte Carlo run that used them could print different percentiles for the same seed on Linux and
/// on macOS. IEEE-754 requires `+ − × ÷` and `sqrt` to be correctly rounded, so a function built only
/// from them, evaluated in a fixed order, gives the same bits everywhere. Swift does not contract `a·b + c`
/// into a fused multiply–add unless asked (`.addingProduct`), and 64-bit targets do not use x87 extended
/// precision, so the order written here is the order executed.
///
/// Accuracy: `log` and `exp` are within a few ulp of the true value over the whole double range;
/// ``inverseNormalCDF(_:)`` has a relative error below 1.15·10⁻⁹ (Acklam's bound), far below
/// Monte Carlo noise.
public enum DeterministicMath {
    /// ln 2 split in a high part with 32 trailing zero bits (so `k · ln2Hi` is exact for |k| < 2²⁰) and the rest.
    @usableFromInline static let ln2Hi = Double(bitPattern: 0x3FE6_2E42_FEE0_0000)
    @usableFromInline static let ln2Lo = Double(bitPattern: 0x3DEA_39EF_3579_3C76)
    @usableFromInline static let invLn2 = 1.4426950408889634
    @usableFromInline static let sqrt2 = 1.4142135623730951

    /// Natural logarithm.
    ///
    /// ```
    /// x = m · 2^e,  m ∈ [√½, √2)
    /// ln x = e · ln 2 + ln m,   ln m = 2·atanh(s) = 2·(s + s³/3 + s⁵/5 + … + s²³/23),  s = (m − 1)/(m + 1)
    /// ```
    /// |s| ≤ 0.1716, so the first omitted term is below 10⁻¹⁹ relative. `log(0) = −∞`; negative or NaN → NaN.
    @inlinable
    public static func log(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? -.infinity : .nan }
        guard x.isFinite else { return x }
        var v = x
        var e = 0
        if v < Double.leastNormalMagnitude {
            v *= 18_014_398_509_481_984
            e = -54
        }  // 2⁵⁴: lift subnormals
        let bits = v.bitPattern
        e += Int((bits >> 52) & 0x7FF) - 1023
        var m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)  // [1, 2)
        if m > sqrt2 {
            m *= 0.5
            e += 1
        }
        let f = m - 1
        let s = f / (2 + f)
        let z = s * s
        var p = 1.0 / 23
        p = p * z + 1.0 / 21
        p = p * z + 1.0 / 19
        p = p * z + 1.0 / 17
        p = p * z + 1.0 / 15
        p = p * z + 1.0 / 13
        p = p * z + 1.0 / 11
        p = p * z + 1.0 / 9
        p = p * z + 1.0 / 7
        p = p * z + 1.0 / 5
        p = p * z + 1.0 / 3
        let lnM = 2 * s + 2 * s * (z * p)
        let k = Double(e)
        return k * ln2Hi + (lnM + k * ln2Lo)
    }

    /// Exponential.
    ///
    /// ```
    /// x = k · ln 2 + r,  k = round(x / ln 2),  |r| ≤ ln2 / 2
    /// eˣ = 2^k · (1 + r + r²/2! + … + r¹³/13!)
    /// ```
    /// The first omitted term is below 5·10⁻¹⁸. Overflow gives +∞, underflow 0.
    @inlinable
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > expOverflow { return .infinity }
        if x < expUnderflow { return 0 }
        let (k, p) = expKernel(x)
        return scale(p, Int(k))
    }

    /// Above this `exp` overflows to +∞; below ``expUnderflow`` it underflows to 0.
    @usableFromInline static let expOverflow = 709.782712893384
    @usableFromInline static let expUnderflow = -745.1332191019412

    /// `exp`'s range reduction and polynomial, `eˣ = 2^k · p`, for one value or for four lanes (the same
    /// operations, so the same bits):
    /// ```
    /// k = round(x / ln 2),  r = (x − k·ln2Hi) − k·ln2Lo
    /// p = 1 + r(1 + r/2(1 + r/3(… (1 + r/13))))        Taylor polynomial, Horner form
    /// ```
    /// Its first step `1 + r·1/13` is written `1 + r/13` (`r·1` is exact).
    @inlinable @inline(__always)
    static func expKernel<T: LaneArithmetic>(_ x: T) -> (k: T, p: T) {
        let k = (x * invLn2).rounded(.toNearestOrAwayFromZero)
        let r = (x - k * ln2Hi) - k * ln2Lo
        var p = 1 + r / 13
        p = 1 + r * p / 12
        p = 1 + r * p / 11
        p = 1 + r * p / 10
        p = 1 + r * p / 9
        p = 1 + r * p / 8
        p = 1 + r * p / 7
        p = 1 + r * p / 6
        p = 1 + r * p / 5
        p = 1 + r * p / 4
        p = 1 + r * p / 3
        p = 1 + r * p / 2
        p = 1 + r * p
        return (k, p)
    }

    /// `x · 2^k` by building powers of two from their bits (exact unless the result is subnormal).
    @inlinable
    static func scale(_ x: Double, _ k: Int) -> Double {
        var x = x
        var k = k
        while k > 1023 {
            x *= Double(bitPattern: UInt64(2046) << 52)
            k -= 1023
        }
        while k < -1022 {
            x *= Double(bitPattern: UInt64(1) << 52)
            k += 1022
        }  // × 2⁻¹⁰²²
        return x * Double(bitPattern: UInt64(k + 1023) << 52)
    }

    /// The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p.
    ///
    /// ```
    /// central (0.02425 ≤ p ≤ 0.97575):  q = p − ½,  r = q²,  z = q · A(r) / B(r)
    /// tails:                              q = √(−2 ln p) (or of 1 − p),  z = ±C(q) / D(q)
    /// ```
    /// A, B, C, D are Acklam's rational approximations (degree 5/5, 5/4); relative error < 1.15·10⁻⁹.
    /// Source: P. J. Acklam (2003), "An algorithm for computing the inverse normal cumulative distribution
    /// function". Requires 0 < p < 1 (a programmer error otherwise: samplers never produce 0 or 1).
    @inlinable
    public static func inverseNormalCDF(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "inverseNormalCDF needs 0 < p < 1")
        let c1 = -7.784894002430293e-03
        let c2 = -3.223964580411365e-01
        let c3 = -2.400758277161838e+00
        let c4 = -2.549732539343734e+00
        let c5 = 4.374664141464968e+00
        let c6 = 2.938163982698783e+00
        let d1 = 7.784695709041462e-03
        let d2 = 3.224671290700398e-01
        let d3 = 2.445134137142996e+00
        let d4 = 3.754408661907416e+00
        let low = normalTail
        if p < low || p > 1 - low {
            let tail = p < low ? p : 1 - p
            let q = (-2 * log(tail)).squareRoot()
            let z =
                (((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6)
                / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1)
            return p < low ? z : -z
        }
        return normalCentral(p)
    }

    /// Below this `p` (and above `1 −` it) ``inverseNormalCDF(_:)`` takes the tail formula (Acklam's break-point).
    @usableFromInline static let normalTail = 0.02425

    /// Acklam's central ratio `z = q·A(r)/B(r)`, `q = p − ½`, `r = q²`, for one value or four lanes (the same
    /// operations, so the same bits); valid for `normalTail ≤ p ≤ 1 − normalTail`.
    @inlinable @inline(__always)
    static func normalCentral<T: LaneArithmetic>(_ p: T) -> T {
        let a1 = -3.969683028665376e+01
        let a2 = 2.209460984245205e+02
        let a3 = -2.759285104469687e+02
        let a4 = 1.383577518672690e+02
        let a5 = -3.066479806614716e+01
        let a6 = 2.506628277459239e+00
        let b1 = -5.447609879822406e+01
        let b2 = 1.615858368580409e+02
        let b3 = -1.556989798598866e+02
        let b4 = 6.680131188771972e+01
        let b5 = -1.328068155288572e+01
        let q = p - 0.5
        let r = q * q
        var numerator = a1 * r + a2
        numerator = numerator * r + a3
        numerator = numerator * r + a4
        numerator = numerator * r + a5
        numerator = numerator * r + a6
        var denominator = b1 * r + b2
        denominator = denominator * r + b3
        denominator = denominator * r + b4
        denominator = denominator * r + b5
        denominator = denominator * r + 1
        return numerator * q / denominator
    }

    /// z₀.₉₅ = Φ⁻¹(0.95) = 1.6448536269514722, the half-width of a 90% interval in standard deviations.
    /// (Exact to double precision; e.g. NIST/SEMATECH e-Handbook, Table of the normal distribution.)
    public static let z95 = 1.6448536269514722
}
