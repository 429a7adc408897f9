/// Number formats the data-formats lever knows by name: their throughput gain over BF16 and what they do to memory.
public enum NumberFormatChoice: String, Sendable, Hashable, CaseIterable {
    /// FP8: twice the dense peak of BF16 on Hopper (H100 SXM: 1,979 vs 989 TFLOP/s; NVIDIA Hopper whitepaper).
    case fp8
    /// OCP Microscaling (MX, the paper's SBME): the paper credits it with memory — "reducing the memory footprint of
    /// LLMs by up to 50%" (Sec. 3.5) — not with speed, so it is counted in memory (``stateBytesPerParameter``) and
    /// its throughput gain is 1.
    case mx
    /// Logarithmic number system: "LNS has been shown to reduce the training time of LLMs by up to 40%"
    /// (paper Sec. 3.5) → s = 1 / (1 − 0.4) ≈ 1.67, an upper bound ("up to").
    case lns

    /// Throughput gain over BF16.
    public var speedup: Double {
        switch self {
        case .fp8: 1978.9 / 989.4
        case .mx: 1
        case .lns: 1 / (1 - 0.40)
        }
    }

    /// Training state held per parameter in accelerator memory (bytes):
    ///
    /// ```
    /// m = w + g + 4 + 8      w, g: weights and gradients in the format; fp32 master weights; Adam's two moments
    /// ```
    /// BF16 mixed precision: 2 + 2 + 4 + 8 = 16 B (ZeRO, Rajbhandari et al. 2020, Sec. 3.1); MX halves the weights
    /// and gradients (the paper's "up to 50%"): 1 + 1 + 12 = 14 B. FP8 and LNS are taken to keep BF16 storage (no
    /// memory claim in the sources).
    public var stateBytesPerParameter: Double {
        switch self {
        case .mx: 1 + 1 + 4 + 8
        case .fp8, .lns: 2 + 2 + 4 + 8
        }
    }
}

extension Lever {
    /// Data formats: lower-precision and block-scaled number formats.
    ///
    /// ```
    /// f = 1 / s
    /// ```
    /// - `s`: throughput gain over BF16, default 2.0 (FP8 on H100: 1,979 / 989 dense TFLOP/s). Named
    /// alternatives in ``NumberFormatChoice``: MX (1: its saving is memory,
    /// ``NumberFormatChoice/stateBytesPerParameter``,
    ///   which lowers the accelerators needed to hold the model but not the FLOP bill), LNS (1.67, the paper's
    ///   "up to 40%", an upper bound).
    public static func dataFormats(_ format: NumberFormatChoice = .fp8) -> Lever {
        Lever(
            id: .dataFormats, parameterName: "throughput gain over BF16 (\(format.rawValue))", parameterUnit: "×",
            baseline: 1, value: format.speedup, allowed: 1...1000,
            source: "fp8: NVIDIA H100 SXM dense FP8 1,979 vs BF16 989 TFLOP/s (NVIDIA Hopper whitepaper); mx: "
                + "memory only (paper Sec. 3.5 'up to 50%' footprint: 16 → 14 B/param of training state), no speed-up; "
                + "lns: paper Sec. 3.5 'up to 40%' (ASSUMPTION at its upper bound)")
    }
}
