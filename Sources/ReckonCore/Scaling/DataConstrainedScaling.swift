import Foundation
import ReckonUnits

/// What fewer tokens per parameter cost in quality, with fresh data or with repeated data.
///
/// Muennighoff et al. 2023 ("Scaling Data-Constrained Language Models", NeurIPS; arXiv:2305.16264): repeated tokens
/// are worth less than fresh ones, decaying with the number of repetitions:
///
/// ```
/// D'  = U + U · R* · (1 − e^(−R/R*)),   R = D/U − 1          effective data of D tokens drawn from U unique
/// L   = E + A/N^α + B/D'^β                                    Chinchilla's loss with D' for D (Hoffmann et al. 2022)
/// ```
/// - `U`: unique tokens; `D`: tokens trained on; `R`: repetitions beyond the first epoch
/// - `R*` = 15.4: the repetitions over which a repeated token's value decays (their fitted R_D*; secondary stored
///   sources give "≈ 15" and "up to 4 epochs have negligible impact on loss, returns diminish around 16 epochs")
///
/// The data-reduction lever (Table 2: "Reduce tokens per parameter") lowers `t` = tokens per parameter from `t₀`:
///
/// ```
/// fewer tokens:   C ∝ t        ΔL_fewer  = L(P, t·P) − L(P, t₀·P)                compute × t/t₀, quality lost
/// repeated data:  C ∝ t₀       ΔL_repeat = L(P, D'(U = t·P, D = t₀·P)) − L(P, t₀·P)  no compute saved, little lost
/// ```
/// Under Chinchilla's law a compute-optimal run cannot be matched with fewer tokens at equal loss, so the lever's
/// compute saving holds at equal quality only if better data closes ΔL_fewer — the paper's "without sacrificing
/// accuracy" (Sec. 3.2) is that assumption, and this type states its size.
public struct DataReductionQuality: Sendable, Hashable {
    public var parameters: Parameters
    public var baselineTokensPerParameter: Double
    public var tokensPerParameter: Double
    public var fit: ChinchillaFit
    /// Muennighoff et al.'s decay constant R_D*.
    public var repetitionDecay: Double

    public static let muennighoffDecay = 15.4
    public static let source =
        "Muennighoff et al. 2023, Scaling Data-Constrained Language Models (arXiv:2305.16264): "
        + "D' = U + U·R*·(1 − exp(−R/R*)), R* = 15.4; loss from Hoffmann et al. 2022"

    public init(
        parameters: Parameters, baselineTokensPerParameter: Double = 20, tokensPerParameter: Double,
        fit: ChinchillaFit = .hoffmann2022, repetitionDecay: Double = muennighoffDecay
    ) throws {
        try Check.positive(parameters.value, "params", max: 1e18)
        try Check.positive(baselineTokensPerParameter, "baseline_tokens_per_param", max: 1e6)
        try Check.positive(tokensPerParameter, "data_reduction", max: 1e6)
        self.parameters = parameters
        self.baselineTokensPerParameter = baselineTokensPerParameter
        self.tokensPerParameter = tokensPerParameter
        self.fit = fit
        self.repetitionDecay = repetitionDecay
    }

    /// `D'`: the effective tokens of training on `trained` tokens drawn from `unique` (no gain past one epoch's worth
    /// of fresh data: D' = D when D ≤ U).
    public static func effectiveTokens(unique: Double, trained: Double, decay: Double = muennighoffDecay) -> Double {
        guard trained > unique else { return trained }
        let r = trained / unique - 1
        return unique + unique * decay * (-expm1(-r / decay))
    }

    func loss(tokens: Double) -> Double { fit.loss(parameters: parameters, tokens: Tokens(tokens)) }

    /// Loss of the baseline recipe: P parameters on t₀·P fresh tokens.
    public var baselineLoss: Double { loss(tokens: baselineTokensPerParameter * parameters.value) }
    /// `ΔL_fewer`: loss added by training on t·P tokens instead of t₀·P (nats per token).
    public var lossWithFewerTokens: Double { loss(tokens: tokensPerParameter * parameters.value) - baselineLoss }
    /// `ΔL_repeat`: loss added by keeping t₀·P training tokens drawn from only t·P unique ones (nats per token).
    public var lossWithRepeatedData: Double {
        let u = tokensPerParameter * parameters.value
        let d = baselineTokensPerParameter * parameters.value
        return loss(tokens: Self.effectiveTokens(unique: u, trained: d, decay: repetitionDecay)) - baselineLoss
    }
    /// Epochs over the unique data when they are repeated up to the baseline's tokens.
    public var epochs: Double { baselineTokensPerParameter / tokensPerParameter }
}
