/// Number formats the data-formats lever knows by name, with their throughput gain over BF16.
public enum NumberFormatChoice: String, Sendable, Hashable, CaseIterable {
    /// FP8: twice the dense peak of BF16 on Hopper (H100 SXM: 1,979 vs 989 TFLOP/s; ground-truth/hardware.csv).
    case fp8
    /// OCP Microscaling (MX, the paper's SBME): assumed to run at the FP8 rate (MXFP8); the paper credits it with
    /// memory savings "up to 50%", not with speed, so 2× is this implementation's assumption.
    case mx
    /// Logarithmic number system: "LNS has been shown to reduce the training time of LLMs by up to 40%"
    /// (paper Sec. 3.5) → s = 1 / (1 − 0.4) ≈ 1.67.
    case lns

    /// Throughput gain over BF16.
    public var speedup: Double {
        switch self {
        case .fp8: 1978.9 / 989.4
        case .mx: 1978.9 / 989.4
        case .lns: 1 / (1 - 0.40)
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
    ///   alternatives in ``NumberFormatChoice``: MX (2.0, assumed), LNS (1.67, the paper's "up to 40%").
    public static func dataFormats(_ format: NumberFormatChoice = .fp8) -> Lever {
        Lever(id: .dataFormats, parameterName: "throughput gain over BF16 (\(format.rawValue))", parameterUnit: "×",
              baseline: 1, value: format.speedup, allowed: 1...1000,
              source: "fp8: NVIDIA H100 SXM dense FP8 1,979 vs BF16 989 TFLOP/s (ground-truth/hardware.csv); mx: assumed FP8 rate (OCP MX spec); lns: paper Sec. 3.5 'up to 40%'")
    }
}
