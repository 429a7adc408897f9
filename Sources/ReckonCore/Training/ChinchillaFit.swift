import Foundation
import ReckonUnits

/// A parametric loss fit `L(N, D) = E + A/N^α + B/D^β` and its compute-optimal allocation.
public struct ChinchillaFit: Sendable, Hashable {
    public var name: String
    public var e: Double, a: Double, b: Double, alpha: Double, beta: Double
    public var source: String

    public init(name: String, e: Double, a: Double, b: Double, alpha: Double, beta: Double, source: String) {
        self.name = name
        self.e = e
        self.a = a
        self.b = b
        self.alpha = alpha
        self.beta = beta
        self.source = source
    }

    /// Hoffmann et al. 2022, approach 3 (Eq. 10 and Appendix D.2): E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
    public static let hoffmann2022 = ChinchillaFit(
        name: "hoffmann-2022", e: 1.69, a: 406.4, b: 410.7, alpha: 0.34, beta: 0.28, source: Sources.hoffmann2022)
    /// Besiroglu et al. 2024 refit of the same data: E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658.
    public static let besiroglu2024 = ChinchillaFit(
        name: "besiroglu-2024", e: 1.8172, a: 482.01, b: 2085.43, alpha: 0.3478, beta: 0.3658,
        source: Sources.besiroglu2024)

    /// Predicted final training loss (nats per token).
    ///
    /// ```
    /// L(N, D) = E + A / N^α + B / D^β
    /// ```
    /// - `N`: parameters; `D`: training tokens.
    public func loss(parameters: Parameters, tokens: Tokens) -> Double {
        e + a / pow(parameters.value, alpha) + b / pow(tokens.value, beta)
    }

    /// The loss-minimizing split of a compute budget under `C = 6·N·D`.
    ///
    /// ```
    /// N_opt = G · (C/6)^a,   D_opt = G⁻¹ · (C/6)^b
    /// G = (α·A / (β·B))^(1/(α+β)),   a = β/(α+β),   b = α/(α+β)
    /// ```
    /// - `C`: compute budget, FLOP. Source: Hoffmann et al. 2022, Eq. 4 and Appendix D.2.
    ///
    /// Note: with the rounded published constants the optimum holds far more than 20 tokens per
    /// parameter at 10²³–10²⁶ FLOP (the replication by Besiroglu et al. 2024 explains why); the
    /// result reports its own tokens-per-parameter so the reader sees it.
    public func computeOptimal(budget: FLOP) -> (parameters: Parameters, tokens: Tokens, loss: Double) {
        let g = pow(alpha * a / (beta * b), 1 / (alpha + beta))
        let exponentN = beta / (alpha + beta)
        let exponentD = alpha / (alpha + beta)
        let n = g * pow(budget.value / 6, exponentN)
        let d = pow(budget.value / 6, exponentD) / g
        return (Parameters(n), Tokens(d), loss(parameters: Parameters(n), tokens: Tokens(d)))
    }
}
