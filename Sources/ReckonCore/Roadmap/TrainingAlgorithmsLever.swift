extension Lever {
    /// Training algorithms: optimizers that converge in fewer steps.
    ///
    /// ```
    /// f = 1 / s
    /// ```
    /// - `s`: convergence speed-up over Adam, default 2 — Sophia "achieves a 2x speed-up compared to Adam in the
    ///   number of steps, total compute, and wall-clock time" (Liu et al. 2023, arXiv:2305.14342, on GPT-2 models
    ///   up to 1.5B parameters; not demonstrated at frontier scale). An ASSUMPTION at frontier scale, labelled as
    ///   such: the paper (Sec. 3.4) gives no number. `--samples` draws it from 1–3 (``assumptionRange``) unless set.
    public static func trainingAlgorithms(speedup: Double = 2) -> Lever {
        Lever(
            id: .trainingAlgorithms, parameterName: "convergence speed-up", parameterUnit: "×",
            baseline: 1, value: speedup, allowed: 1...1000,
            source: "ASSUMPTION at frontier scale (2x, range 1–3 under --samples): Liu et al. 2023, Sophia, "
                + "arXiv:2305.14342 (2x fewer steps than Adam, GPT-2 scale); paper Sec. 3.4 gives no figure")
    }
}
