import ReckonUnits

/// How a served model is stored and computed: the precision of its weights, of its KV cache, and the
/// tensor-core rate the matrix products run at.
///
/// ```
/// weight bytes  = N_total · b_w            (b_w: bytes per weight, Precision.bytesPerElement)
/// KV bytes      = see KVCache              (b_kv: bytes per cached element)
/// compute peak  = F_peak(p_compute)
/// ```
/// The compute precision follows from the weight precision:
/// - BF16/FP16 weights → BF16 tensor cores;
/// - FP8 weights → FP8 tensor cores (W8A8, as in NVIDIA ModelOpt FP8 checkpoints);
/// - INT8 weights → the INT8 rate if the accelerator publishes one, else the FP8 rate (both are 8-bit
///   tensor-core paths at the same rate on Hopper), else BF16;
/// - INT4 weights → BF16: INT4 is weight-only (W4A16, e.g. AWQ/GPTQ) — it saves memory and bandwidth,
///   the arithmetic still runs in 16 bits after dequantization.
///
/// Source: NVIDIA H100 whitepaper (FP8 = 2 × BF16 dense rate); Lin et al. 2023, AWQ, arXiv:2306.00978
/// (weight-only INT4 with FP16 activations).
public struct Quantization: Sendable, Hashable {
    /// Precision of the stored weights.
    public var weights: Precision
    /// Precision of the cached keys and values.
    public var kvCache: Precision

    public init(weights: Precision = .bf16, kvCache: Precision? = nil) {
        self.weights = weights
        self.kvCache = kvCache ?? weights
    }

    /// The precisions a served model may use (FP32/TF32 are training formats and are refused).
    public static let servingPrecisions: [Precision] = [.bf16, .fp16, .fp8, .int8, .int4]

    /// Bytes of one stored weight.
    public var bytesPerWeight: Double { weights.bytesPerElement }
    /// Bytes of one cached key or value element.
    public var bytesPerKVElement: Double { kvCache.bytesPerElement }

    /// The tensor-core precision the matrix products run at on `accelerator` (see the rules above).
    public func computePrecision(on accelerator: AcceleratorSpec) -> Precision {
        switch weights {
        case .fp8:
            return accelerator.peak(at: .fp8) != nil ? .fp8 : .bf16
        case .int8:
            if accelerator.peak(at: .int8) != nil { return .int8 }
            return accelerator.peak(at: .fp8) != nil ? .fp8 : .bf16
        case .fp4:
            // FP4 serving is the serving model v2's (issue 20); until then it computes at the BF16 rate.
            return .bf16
        case .int4, .bf16, .fp16, .fp32, .tf32:
            return .bf16
        }
    }

    /// Dense peak FLOP/s used for the matrix products on `accelerator`, `nil` if unpublished.
    public func computePeak(on accelerator: AcceleratorSpec) -> FLOPPerSecond? {
        accelerator.peak(at: computePrecision(on: accelerator))
    }

    /// Bytes of `parameters` weights at this precision.
    public func weightBytes(_ parameters: Parameters) -> Bytes {
        Bytes(parameters.value * bytesPerWeight)
    }

    /// Checks that both precisions are serving formats; throws an ``InputError`` naming the field.
    public func validate() throws {
        let allowed = Quantization.servingPrecisions.map(\.rawValue).joined(separator: "|")
        guard Quantization.servingPrecisions.contains(weights) else {
            throw InputError(field: "precision", value: weights.rawValue, allowed: allowed)
        }
        guard Quantization.servingPrecisions.contains(kvCache) else {
            throw InputError(field: "kv_precision", value: kvCache.rawValue, allowed: allowed)
        }
    }
}
