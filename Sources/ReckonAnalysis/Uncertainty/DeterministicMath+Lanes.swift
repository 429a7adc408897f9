/// ``DeterministicMath`` four values at a time: the same operations in the same order, lane by lane, so the same bits
/// as the scalar functions (IEEE 754 rounds `+ − × ÷` correctly in each lane of a vector instruction as in a scalar
/// one; Swift contracts nothing into fused multiply–adds). Why: `exp`'s Horner chain is thirteen dependent divisions;
/// four independent chains side by side keep the divider busy where one chain waits on each result in turn.
/// Lanes outside the range of the main formula (the normal quantile's tails, `exp`'s overflow and underflow, NaN)
/// take the scalar function.
extension DeterministicMath {
    /// ``exp(_:)`` of each lane.
    @inlinable
    public static func exp(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let inRange = (x .<= 709.782712893384) .& (x .>= -745.1332191019412)
        guard all(inRange) else { return SIMD4(exp(x[0]), exp(x[1]), exp(x[2]), exp(x[3])) }
        let k = (x * invLn2).rounded(.toNearestOrAwayFromZero)
        let r = (x - k * ln2Hi) - k * ln2Lo
        var p = SIMD4<Double>(repeating: 1)
        p = 1 + r * p / 13
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
        return SIMD4(scale(p[0], Int(k[0])), scale(p[1], Int(k[1])), scale(p[2], Int(k[2])), scale(p[3], Int(k[3])))
    }

    /// ``inverseNormalCDF(_:)`` of each lane (each `0 < p < 1`).
    @inlinable
    public static func inverseNormalCDF(_ p: SIMD4<Double>) -> SIMD4<Double> {
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
        let low = 0.02425
        let q = p - 0.5
        let r = q * q
        // The scalar function's q·A(r)/B(r), step by step in its order (Horner from a1 and b1).
        var numerator: SIMD4<Double> = a1 * r + a2
        numerator = numerator * r + a3
        numerator = numerator * r + a4
        numerator = numerator * r + a5
        numerator = numerator * r + a6
        numerator = numerator * q
        var denominator: SIMD4<Double> = b1 * r + b2
        denominator = denominator * r + b3
        denominator = denominator * r + b4
        denominator = denominator * r + b5
        denominator = denominator * r + 1
        var z = numerator / denominator
        let central = (p .>= low) .& (p .<= 1 - low)
        if !all(central) {
            for i in 0..<4 where !central[i] { z[i] = inverseNormalCDF(p[i]) }
        }
        return z
    }
}
