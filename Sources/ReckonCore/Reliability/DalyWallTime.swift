import Foundation
import ReckonUnits

/// Expected wall-clock time of a job that checkpoints every τ of compute and restarts after each interrupt.
///
/// ```
/// T_wall = M · e^(R/M) · (e^((τ+δ)/M) − 1) · T_s / τ
/// f      = T_wall / T_s
/// ```
/// - `T_s`: solve time, the compute the job needs without failures, s
/// - `M`: mean time to interrupt, s (capped at ``mttiCap`` so that an unfailing system gives f → (τ+δ)/τ)
/// - `R`: restart time after an interrupt, s
/// - `δ`: checkpoint time, s; `τ`: compute time between checkpoints, s
/// - `f`: overhead factor, ≥ 1
///
/// Assumes exponentially distributed interrupts, which may also strike during checkpoints and restarts,
/// and `T_s` a whole number of intervals. Evaluated with `expm1` so that `M ≫ τ + δ` loses no digits.
/// Source: J. T. Daly 2006, Future Generation Computer Systems 22(3), Eq. 20 ("complete" model);
/// framework.md §3.1 B8.
public enum DalyWallTime {
    /// Upper bound on `M`, s (≈ 32 million years): beyond it the job is treated as never interrupted.
    public static let mttiCap = 1e15

    /// The overhead factor `f = T_wall / T_s` (seconds in). `+∞` when the job cannot make progress
    /// (the exponent overflows); callers report that, never pass it on as a number.
    ///
    /// With `δ = 0` the optimal interval is 0 and the limit `τ → 0` is taken: `f = e^(R/M)`.
    @inlinable
    public static func overheadFactor(δ: Double, τ: Double, R: Double, M: Double) -> Double {
        let m = Swift.min(M, mttiCap)
        guard τ > 0 else { return δ == 0 ? exp(R / m) : .infinity }
        // log f = R/M + log(M·(e^((τ+δ)/M) − 1)/τ); computed directly while it cannot overflow.
        let exponent = (τ + δ) / m
        if exponent < 700, R / m < 700 {
            return m * exp(R / m) * expm1(exponent) / τ
        }
        let logF = R / m + exponent + log1p(-exp(-exponent)) + log(m / τ)
        return logF < 709 ? exp(logF) : .infinity
    }
}

extension DalyWallTime {
    /// How Daly's expected wall time divides, as fractions that add up to 1.
    ///
    /// Per segment of `L = τ + δ` (compute plus checkpoint), failures at rate `1/M` in wall time; with `l = L/M`,
    /// `r = R/M` and `E = M·e^r·(e^l − 1)` the expected time per segment:
    /// ```
    /// productive  τ / E              = e^(−r) · (τ/M) / (e^l − 1)       (= 1/f)
    /// checkpoint  δ / E              = e^(−r) · (δ/M) / (e^l − 1)
    /// lost work   (M(e^l−1) − L) / E = e^(−r) · (1 − l / (e^l − 1))
    /// restarts    M(e^l−1)(e^r−1)/E  = 1 − e^(−r)
    /// ```
    /// Derivation: `e^l − 1` attempts fail per segment; each loses `E[X | X < L] = M − L/(e^l − 1)` of work
    /// (`X` ~ Exp(M)) and then spends `M(e^r − 1)` restarting (restarts can fail too). Their sum is Daly's `E`.
    /// Written with `expm1` and `e^(−r)`, the shares stay finite (and exact) when `f` itself overflows.
    @inlinable
    public static func shares(δ: Double, τ: Double, R: Double, M: Double) -> DalyShares {
        let m = Swift.min(M, mttiCap)
        let keep = exp(-R / m)
        let restart = -expm1(-R / m)
        guard τ > 0 || δ > 0 else { return DalyShares(productive: keep, checkpoint: 0, lostWork: 0, restarts: restart) }
        let l = (τ + δ) / m
        let em = expm1(l)
        return DalyShares(
            productive: keep * (τ / m) / em, checkpoint: keep * (δ / m) / em,
            lostWork: keep * (1 - l / em), restarts: restart)
    }
}

/// Fractions of Daly's wall time (see ``DalyWallTime/shares(δ:τ:R:M:)``); they add up to 1.
public struct DalyShares: Sendable, Hashable {
    public var productive: Double
    public var checkpoint: Double
    public var lostWork: Double
    public var restarts: Double

    @inlinable
    public init(productive: Double, checkpoint: Double, lostWork: Double, restarts: Double) {
        self.productive = productive
        self.checkpoint = checkpoint
        self.lostWork = lostWork
        self.restarts = restarts
    }
}
