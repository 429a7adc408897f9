/// The three projections of the paper's Fig. 5, parameterized by Table 1.
///
/// Source: Faraboschi et al. 2024, Sec. 2.1, Table 1 ("Best case, worst case, and best guess parameters").
public enum ProjectionScenario: String, Sendable, Hashable, Codable, CaseIterable {
    case bestCase = "best-case"
    case bestGuess = "best-guess"
    case worstCase = "worst-case"

    /// Human-readable name as in Table 1.
    public var title: String {
        switch self {
        case .bestCase: "best case"
        case .bestGuess: "best guess"
        case .worstCase: "worst case"
        }
    }

    /// Prefix of the scenario's flags and file keys (`best_experts_per_year`, `guess_flop_per_param`, …).
    public var flagPrefix: String {
        switch self {
        case .bestCase: "best"
        case .bestGuess: "guess"
        case .worstCase: "worst"
        }
    }
}

/// One column of Table 1: how fast experts are added and how many FLOP each parameter costs.
///
/// ```
/// K_s(y) = K(anchor) + e_s · (y − anchor)       experts after the anchor year
/// C_s(y) = k_s · P(y)² / K_s(y)                  FLOP of the final training run
/// ```
/// - `e_s` (`expertsPerYear`): additional MoE experts per year (Table 1: 8 / 4 / 0)
/// - `k_s` (`flopPerParameter`): FLOP per parameter "with tokens" = C0 · tokens per parameter
///   (Table 1: 20 / 40 / 120; 120 = 6 FLOP × 20 tokens, the Chinchilla ratio; 40 = 6 × 6.7; 20 = 6 × 3.3)
public struct ScenarioTrend: Sendable, Hashable, Codable {
    public var expertsPerYear: Double
    public var flopPerParameter: Double

    public init(expertsPerYear: Double, flopPerParameter: Double) {
        self.expertsPerYear = expertsPerYear
        self.flopPerParameter = flopPerParameter
    }

    /// Tokens per parameter implied by `flopPerParameter` with C0 = 6 FLOP per parameter-token.
    public var tokensPerParameter: Double { flopPerParameter / 6 }

    /// Table 1, best case: +8 experts/year, 20 FLOP/parameter.
    public static let tableOneBest = ScenarioTrend(expertsPerYear: 8, flopPerParameter: 20)
    /// Table 1, best guess: +4 experts/year, 40 FLOP/parameter.
    public static let tableOneGuess = ScenarioTrend(expertsPerYear: 4, flopPerParameter: 40)
    /// Table 1, worst case: no additional experts, 120 FLOP/parameter (dense Chinchilla, 6 × 20).
    public static let tableOneWorst = ScenarioTrend(expertsPerYear: 0, flopPerParameter: 120)
}
