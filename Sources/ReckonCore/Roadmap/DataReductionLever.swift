extension Lever {
    /// Data reduction: fewer training tokens per parameter (regularization, less dataset noise).
    ///
    /// ```
    /// C = 6 · P · t · P     →     f = t / t_0
    /// ```
    /// - `t_0`: baseline tokens per parameter, 20 (Chinchilla, Hoffmann et al. 2022; paper Sec. 1.3)
    /// - `t`: tokens per parameter with the lever, default 40/6 ≈ 6.67 — Table 1's best-guess 40 FLOP per
    ///   parameter divided by C0 = 6 (best case: 20/6 ≈ 3.33)
    public static func dataReduction(
        baselineTokensPerParameter: Double = 20,
        tokensPerParameter: Double = ScenarioTrend.tableOneGuess.tokensPerParameter
    ) -> Lever {
        Lever(
            id: .dataReduction, parameterName: "tokens per parameter", parameterUnit: "tokens/param",
            baseline: baselineTokensPerParameter, value: tokensPerParameter, allowed: 0.01...1000,
            source:
                "Faraboschi et al. 2024, Table 1 (best guess 40 FLOP/parameter = 6 × 6.67 tokens) vs 20 "
                + "tokens/parameter (Sec. 1.3, Chinchilla)"
        )
    }
}
