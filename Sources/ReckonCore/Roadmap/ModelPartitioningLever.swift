extension Lever {
    /// Model partitioning: K sparsely activated partitions (mixture of experts).
    ///
    /// ```
    /// C_MoE = 120 · K · (P/K)² = 120 · P² / K     →     f = K_0 / K
    /// ```
    /// - `K_0`: partitions in the baseline (1 = dense); `K`: partitions with the lever, default 8 — the "eight
    ///   sparsely activated partitions" of Fig. 7 (inside Sec. 1.3's "typical range of K is 4 to 10").
    /// Assumes quality is preserved; the paper warns it "may degrade model quality" (Sec. 3.1).
    public static func modelPartitioning(baselinePartitions: Double = 1, partitions: Double = 8) -> Lever {
        Lever(id: .modelPartitioning, parameterName: "partitions K", parameterUnit: "experts",
              baseline: baselinePartitions, value: partitions, allowed: 1...1_000_000,
              source: "Faraboschi et al. 2024, Sec. 1.3 (C_MoE = 120P²/K) and Sec. 3.1 / Fig. 7 (eight MoE partitions)")
    }
}
