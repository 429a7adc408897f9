import ReckonUnits

/// How the compute time between two checkpoints is chosen.
public enum CheckpointInterval: String, Sendable, Hashable, CaseIterable {
    /// Young's first-order optimum.
    ///
    /// ```
    /// τ = sqrt(2 · δ · M)
    /// ```
    /// - `δ`: checkpoint time, s; `M`: mean time to interrupt, s; `τ`: compute time between checkpoints, s.
    ///
    /// Accurate when δ ≪ M. Source: J. W. Young, *A first order approximation to the optimum checkpoint
    /// interval*, CACM 17(9), 1974 (restated in Saxena et al. 2024, arXiv:2410.18124;
    /// `shared/ground-truth/reliability.csv`, row "Young 1974 optimal checkpoint interval").
    case young
    /// Daly's higher-order optimum (the default).
    ///
    /// ```
    /// τ = sqrt(2δM) · [1 + (1/3)·sqrt(δ/(2M)) + (1/9)·(δ/(2M))] − δ     if δ < 2M
    /// τ = M                                                             otherwise
    /// ```
    /// - `δ`: checkpoint time, s; `M`: mean time to interrupt, s; `τ`: compute time between checkpoints, s.
    ///
    /// Positive for every δ > 0 (with x = δ/2M < 1, τ = 2M·(√x − 2x/3 + x^1.5/9) > 0).
    /// Source: J. T. Daly, *A higher order estimate of the optimum checkpoint interval for restart dumps*,
    /// Future Generation Computer Systems 22(3), 2006, Eq. 37; framework.md §3.1 B7.
    case daly

    /// The compute time between checkpoints for checkpoint time `δ` and mean time to interrupt `M`.
    @inlinable
    public func interval(checkpointTime δ: Seconds, mtti M: Seconds) -> Seconds {
        Seconds(Self.interval(δ: δ.value, M: M.value, rule: self))
    }

    /// Scalar form of ``interval(checkpointTime:mtti:)`` for hot loops (seconds in, seconds out).
    @inlinable
    public static func interval(δ: Double, M: Double, rule: CheckpointInterval) -> Double {
        switch rule {
        case .young:
            return (2 * δ * M).squareRoot()
        case .daly:
            guard δ < 2 * M else { return M }
            let x = δ / (2 * M)
            return (2 * δ * M).squareRoot() * (1 + x.squareRoot() / 3 + x / 9) - δ
        }
    }
}
