/// ``DeterministicMath`` four values at a time: the same kernels (``DeterministicMath/expKernel(_:)``,
/// ``DeterministicMath/normalCentral(_:)``) on `SIMD4<Double>`, so the same bits as the scalar functions (IEEE 754
/// rounds `+ − × ÷` correctly in each lane of a vector instruction as in a scalar one; Swift contracts nothing into
/// fused multiply–adds). Why: `exp`'s Horner chain is thirteen dependent divisions; four independent chains side by
/// side keep the divider busy where one chain waits on each result in turn. Lanes outside the range of the main
/// formula (the normal quantile's tails, `exp`'s overflow and underflow, NaN) take the scalar function.
extension DeterministicMath {
    /// ``exp(_:)`` of each lane.
    @inlinable
    public static func exp(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let inRange = (x .<= expOverflow) .& (x .>= expUnderflow)
        guard all(inRange) else { return SIMD4(exp(x[0]), exp(x[1]), exp(x[2]), exp(x[3])) }
        let (k, p) = expKernel(x)
        return SIMD4(scale(p[0], Int(k[0])), scale(p[1], Int(k[1])), scale(p[2], Int(k[2])), scale(p[3], Int(k[3])))
    }

    /// ``inverseNormalCDF(_:)`` of each lane (each `0 < p < 1`).
    @inlinable
    public static func inverseNormalCDF(_ p: SIMD4<Double>) -> SIMD4<Double> {
        var z = normalCentral(p)
        let central = (p .>= normalTail) .& (p .<= 1 - normalTail)
        if !all(central) {
            for i in 0..<4 where !central[i] { z[i] = inverseNormalCDF(p[i]) }
        }
        return z
    }
}

/// The arithmetic of ``DeterministicMath``'s kernels, for one `Double` or four lanes: each operation is IEEE 754's,
/// correctly rounded, in either.
@usableFromInline
protocol LaneArithmetic {
    static func + (lhs: Self, rhs: Double) -> Self
    static func + (lhs: Double, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Double) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Double) -> Self
    static func * (lhs: Double, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Double) -> Self
    func rounded(_ rule: FloatingPointRoundingRule) -> Self
}

extension Double: LaneArithmetic {}
extension SIMD4: LaneArithmetic where Scalar == Double {}
