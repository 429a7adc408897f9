import Foundation
import ReckonUnits

extension TrainingCompute {
    /// Training compute under the paper's Table 3 power law, for a model split into K sparsely activated partitions.
    ///
    /// ```
    /// C(P)     = c · t · P^s
    /// C_MoE(P) = K · C(P/K) = C(P) / K^(s−1)
    /// ```
    /// - `P`: total parameters; `K`: partitions (1 for a monolithic model)
    /// - `c`: FLOP per parameter per token (`FLOP_per_token` = 6); `t`: tokens per parameter (`Token_per_param` = 20)
    /// - `s`: `Token_scaling` = 1.91 (2 theoretical, which gives `120·P²/K`); the implied tokens are `t · P^(s−1)`
    ///
    /// With s = 1.91: C(1.8T) = 120 × (1.8e12)^1.91 = 3.07e25 FLOP and an 8-partition MoE needs 8^0.91 = 6.63× less.
    /// Source: Faraboschi et al. 2024, Sec. 1.3 and Table 3; framework.md §3.1 B1.
    @inlinable
    public static func powerLaw(
        parameters: Parameters, partitions: Int = 1, flopPerParameterToken: Double = 6,
        tokensPerParameter: Double = 20, exponent: Double
    ) -> FLOP {
        let k = Double(partitions)
        return FLOP(k * flopPerParameterToken * tokensPerParameter * pow(parameters.value / k, exponent))
    }

    /// ``powerLaw(parameters:partitions:flopPerParameterToken:tokensPerParameter:exponent:)`` with the constants of
    /// `table3`.
    @inlinable
    public static func powerLaw(parameters: Parameters, partitions: Int = 1, table3: Table3Parameters) -> FLOP {
        powerLaw(
            parameters: parameters, partitions: partitions, flopPerParameterToken: table3.flopPerParameterToken,
            tokensPerParameter: table3.tokensPerParameter, exponent: table3.tokenScaling)
    }
}
