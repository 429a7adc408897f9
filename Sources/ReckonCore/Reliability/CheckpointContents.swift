import ReckonUnits

/// The optimizer whose state a checkpoint must hold.
public enum Optimizer: String, Sendable, Hashable, CaseIterable {
    /// Adam / AdamW: first and second moments, fp32 (8 B per parameter).
    case adam
    /// SGD with momentum: one fp32 buffer (4 B per parameter).
    case sgdMomentum = "sgd-momentum"
    /// Plain SGD: no state.
    case sgd

    /// Optimizer-state bytes per parameter (fp32 buffers). Source: Rajbhandari et al. 2020, ZeRO,
    /// arXiv:1910.02054, Sec. 3.1 (Adam: "momentum and variance … fp32").
    public var stateBytesPerParameter: Double {
        switch self {
        case .adam: 8
        case .sgdMomentum: 4
        case .sgd: 0
        }
    }
}

/// What a model-state checkpoint holds per parameter: the training weights, the fp32 master copy that
/// mixed-precision training keeps, and the optimizer state. Gradients are not saved.
///
/// ```
/// b = w + m + o
/// w = 2 B (BF16/FP16 weights; FP8 and FP4 training keep BF16 weights as well), 4 B (FP32/TF32)
/// m = 4 B when w < 4 B (fp32 master weights of mixed precision), else 0
/// o = optimizer state: 8 B (Adam), 4 B (SGD with momentum), 0 (SGD)
/// S = P · b                                   whole checkpoint, all ranks
/// ```
/// - `P`: parameters; `b`: bytes per parameter; `S`: checkpoint size, B
///
/// BF16 + Adam gives 2 + 4 + 8 = 14 B (``BytesPerParameter/mixedPrecisionAdamCheckpoint``); FP32 + Adam 12 B.
/// Assumes one copy of the state across data-parallel replicas (sharded, ZeRO-style, or written by one replica),
/// and ignores RNG, data-loader and scheduler state (kilobytes). FP8/FP4 *compute* does not shrink the stored
/// weights: Transformer Engine and similar recipes keep BF16 weights and fp32 masters.
/// Source: Rajbhandari et al. 2020, ZeRO, arXiv:1910.02054, Sec. 3.1 ("2Ψ + 2Ψ + KΨ", K = 12 for Adam).
public struct CheckpointContents: Sendable, Hashable {
    public var precision: Precision
    public var optimizer: Optimizer

    public init(precision: Precision = .bf16, optimizer: Optimizer = .adam) {
        self.precision = precision
        self.optimizer = optimizer
    }

    /// Bytes of the stored training weights per parameter, `w`.
    public var weightBytes: Double {
        switch precision {
        case .fp32, .tf32: 4
        case .bf16, .fp16, .fp8, .fp4, .int8, .int4: 2
        }
    }

    /// Bytes of the fp32 master copy, `m`.
    public var masterBytes: Double { weightBytes < 4 ? 4 : 0 }

    /// `b = w + m + o`.
    public var bytesPerParameter: Double { weightBytes + masterBytes + optimizer.stateBytesPerParameter }

    /// `S = P · b`.
    public func size(parameters: Parameters) -> Bytes { Bytes(parameters.value * bytesPerParameter) }

    /// Mixed-precision BF16 training with Adam: 14 B per parameter.
    public static let bf16Adam = CheckpointContents()
}
