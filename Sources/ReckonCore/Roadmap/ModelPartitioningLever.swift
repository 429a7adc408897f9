extension Lever {
    /// Model partitioning: K sparsely activated partitions (mixture of experts), at equal quality.
    ///
    /// ```
    /// paper:     C_MoE = 120 · K · (P/K)² = 120 · P² / K          →  f = K_0 / K
    /// with law:  f = f_law(P, K) / f_law(P, K_0)                   (RoutedScalingLaw.costFactor)
    /// ```
    /// - `K_0`: partitions in the baseline (1 = dense); `K`: partitions with the lever, default 8 — the "eight
    ///   sparsely activated partitions" of Fig. 7 (inside Sec. 1.3's "typical range of K is 4 to 10").
    /// - `P`: the dense model the routed one must match (`parameters`), e.g. 1.8T for the roadmap's baseline.
    /// - `law`: what K experts are worth (default Clark et al. 2022); nil keeps the paper's identity, which assumes
    ///   quality is preserved for any K — the paper itself warns it "may degrade model quality" (Sec. 3.1) and that
    ///   "it is difficult to imagine large K values due to gating and balancing" (Sec. 1.3).
    public static func modelPartitioning(
        baselinePartitions: Double = 1, partitions: Double = 8,
        law: RoutedScalingLaw? = .clark2022,
        parameters: Double = 1.8e12
    ) -> Lever {
        var source = "Faraboschi et al. 2024, Sec. 1.3 (C_MoE = 120P²/K) and Sec. 3.1 / Fig. 7 (eight MoE partitions)"
        if let law { source += "; cost at equal quality from \(law.source), router FLOP included" }
        return Lever(
            id: .modelPartitioning, parameterName: "partitions K", parameterUnit: "experts",
            baseline: baselinePartitions, value: partitions, allowed: 1...1_000_000, source: source,
            moeLaw: law, denseEquivalentParameters: law == nil ? nil : parameters)
    }
}
