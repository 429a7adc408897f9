import ReckonUnits

/// How 4-bit floating-point (E2M1) tensors carry their block scales.
///
/// ```
/// bytes per element = 0.5 + s / g
/// NVFP4:  one FP8 (E4M3) scale per g = 16 elements  → 0.5 + 1/16 = 0.5625 B
/// MXFP4:  one E8M0 scale per g = 32 elements         → 0.5 + 1/32 = 0.53125 B
/// ```
/// - `s`: bytes of one scale (1 for both); `g`: elements sharing it. NVFP4's second-level FP32 scale is one per
///   tensor (negligible, not counted).
///
/// Sources: NVIDIA, "Introducing NVFP4 for Efficient and Accurate Low-Precision Inference" (technical blog,
/// 2025): E2M1 values, one E4M3 scale per 16-value block plus one FP32 per tensor; Open Compute Project,
/// "OCP Microscaling Formats (MX) Specification v1.0" (2023): MXFP4 = E2M1 elements, block size 32, E8M0 scale.
public enum FP4Format: String, Sendable, Hashable, CaseIterable {
    case nvfp4, mxfp4

    /// Elements sharing one scale.
    public var blockSize: Int {
        switch self {
        case .nvfp4: 16
        case .mxfp4: 32
        }
    }

    /// Bytes of one stored element, its share of the block scale included.
    public var bytesPerElement: Double { 0.5 + 1.0 / Double(blockSize) }

    public var label: String {
        switch self {
        case .nvfp4: "NVFP4"
        case .mxfp4: "MXFP4"
        }
    }
}

/// How a served model is stored and computed: the precision of its weights, of its KV cache, and the
/// tensor-core rate the matrix products run at — three separate choices.
///
/// ```
/// weight bytes  = (N − N_16) · b_w + N_16 · 2      N_16: embedding table and output head, kept at 16 bits
/// b_w           = 2 (BF16/FP16), 1 (FP8/INT8), 0.5 + 2.5/128 (INT4, group 128), FP4Format.bytesPerElement
/// compute peak  = F_peak(p_math)
/// ```
/// The math precision, unless given, follows the weights:
/// - BF16/FP16 weights → BF16 tensor cores;
/// - FP8 weights → FP8 tensor cores (W8A8, as in NVIDIA ModelOpt FP8 checkpoints), BF16 where there are none;
/// - INT8 weights → the INT8 rate if the accelerator publishes one, else the FP8 rate (both are 8-bit
///   tensor-core paths at the same rate on Hopper), else BF16;
/// - INT4 weights → BF16: INT4 is weight-only (W4A16, e.g. AWQ/GPTQ) — it saves memory and bandwidth,
///   the arithmetic still runs in 16 bits after dequantization;
/// - FP4 weights → FP4 tensor cores (W4A4, NVFP4/MXFP4 on Blackwell-class parts). An accelerator without an
///   FP4 peak is refused unless a 16- or 8-bit math precision is given (weight-only FP4, dequantized).
///
/// The routed experts of a mixture of experts may be stored at their own precision (NVIDIA's DeepSeek-R1
/// FP4 checkpoint quantizes only the MoE linear layers; attention stays FP8): ``experts``.
///
/// INT4 group scales: one FP16 scale and one 4-bit zero point per group of 128 weights, (2 + 0.5)/128 B per
/// weight (Lin et al. 2023, AWQ, arXiv:2306.00978: "INT4-g128"). FP8's per-tensor or 128×128-block FP32
/// scales are below 0.03% and not counted. Embeddings and the output head stay at 16 bits: NVIDIA TensorRT
/// Model Optimizer's default quantization configurations leave `lm_head` unquantized, and DeepSeek-AI 2024
/// (DeepSeek-V3, arXiv:2412.19437, Sec. 3.3.1) keeps "the embedding module, the output head" in higher precision.
/// Sources: NVIDIA H100 whitepaper (FP8 = 2 × BF16 dense rate); ``FP4Format`` for the FP4 block scales.
public struct Quantization: Sendable, Hashable {
    /// Precision of the stored weights (the routed experts too unless ``experts`` says otherwise).
    public var weights: Precision
    /// Precision of the cached keys and values (default: the weights', except FP8 under FP4 weights, as in
    /// NVIDIA's FP4 checkpoints, which keep an FP8 KV cache).
    public var kvCache: Precision
    /// Tensor-core precision of the matrix products; nil = follows ``weights`` (rules above).
    public var math: Precision?
    /// Precision of the routed experts' weights (and their GEMMs); nil = ``weights``.
    public var experts: Precision?
    /// Block-scale format of FP4 tensors (weights, experts or KV cache).
    public var fp4Format: FP4Format
    /// Keep the embedding table and output head at 16 bits (true: what quantization toolkits do by default).
    public var embeddingsAt16Bit: Bool

    public init(
        weights: Precision = .bf16, kvCache: Precision? = nil, math: Precision? = nil,
        experts: Precision? = nil, fp4Format: FP4Format = .nvfp4, embeddingsAt16Bit: Bool = true
    ) {
        self.weights = weights
        self.kvCache = kvCache ?? (weights == .fp4 ? .fp8 : weights)
        self.math = math
        self.experts = experts
        self.fp4Format = fp4Format
        self.embeddingsAt16Bit = embeddingsAt16Bit
    }

    /// The precisions a served model may store weights or KV cache in (FP32/TF32 are training formats).
    public static let servingPrecisions: [Precision] = [.bf16, .fp16, .fp8, .int8, .int4, .fp4]
    /// The precisions the matrix products may run at.
    public static let mathPrecisions: [Precision] = [.bf16, .fp16, .fp8, .int8, .fp4]

    /// Group size of INT4 weight-only quantization (AWQ/GPTQ "g128").
    public static let int4GroupSize = 128.0

    /// Bytes of one stored element at `precision`, block or group scales included.
    public func bytesPerElement(_ precision: Precision) -> Double {
        switch precision {
        case .fp4: fp4Format.bytesPerElement
        case .int4: 0.5 + 2.5 / Quantization.int4GroupSize
        default: precision.bytesPerElement
        }
    }

    /// Bytes of one stored weight (non-expert weights).
    public var bytesPerWeight: Double { bytesPerElement(weights) }
    /// Bytes of one routed-expert weight.
    public var bytesPerExpertWeight: Double { bytesPerElement(experts ?? weights) }
    /// Bytes of one cached key or value element.
    public var bytesPerKVElement: Double { bytesPerElement(kvCache) }
    /// Bytes of one embedding or output-head weight.
    public var bytesPerEmbeddingWeight: Double { embeddingsAt16Bit ? 2 : bytesPerWeight }

    /// The math precision the weights imply when none is given (see the rules above).
    static func defaultMath(for stored: Precision, on accelerator: AcceleratorSpec) -> Precision {
        switch stored {
        case .fp8:
            return accelerator.peak(at: .fp8) != nil ? .fp8 : .bf16
        case .int8:
            if accelerator.peak(at: .int8) != nil { return .int8 }
            return accelerator.peak(at: .fp8) != nil ? .fp8 : .bf16
        case .fp4:
            return .fp4
        case .int4, .bf16, .fp16, .fp32, .tf32:
            return .bf16
        }
    }

    /// The tensor-core precision the non-expert matrix products run at on `accelerator`.
    public func computePrecision(on accelerator: AcceleratorSpec) -> Precision {
        math ?? Quantization.defaultMath(for: weights, on: accelerator)
    }

    /// The tensor-core precision the routed experts' matrix products run at.
    public func expertComputePrecision(on accelerator: AcceleratorSpec) -> Precision {
        if let math { return math }
        return Quantization.defaultMath(for: experts ?? weights, on: accelerator)
    }

    /// The precision attention (QKᵀ and A·V) runs at: FP8 when the KV cache is 8-bit (or FP4, dequantized
    /// to FP8) and the accelerator has FP8 tensor cores (FP8 FMHA in TensorRT-LLM, FlashAttention-3), else BF16.
    public func attentionPrecision(on accelerator: AcceleratorSpec) -> Precision {
        switch kvCache {
        case .fp8, .int8, .fp4: accelerator.peak(at: .fp8) != nil ? .fp8 : .bf16
        default: .bf16
        }
    }

    /// Dense peak FLOP/s of the non-expert matrix products on `accelerator`, `nil` if unpublished.
    public func computePeak(on accelerator: AcceleratorSpec) -> FLOPPerSecond? {
        accelerator.peak(at: computePrecision(on: accelerator))
    }

    /// Dense peak FLOP/s of the routed experts' matrix products.
    public func expertComputePeak(on accelerator: AcceleratorSpec) -> FLOPPerSecond? {
        accelerator.peak(at: expertComputePrecision(on: accelerator))
    }

    /// Dense peak FLOP/s of attention.
    public func attentionPeak(on accelerator: AcceleratorSpec) -> FLOPPerSecond? {
        accelerator.peak(at: attentionPrecision(on: accelerator)) ?? accelerator.peak(at: .bf16)
    }

    /// Bytes of `parameters` weights at the non-expert precision (no 16-bit embeddings: see ``ServingWeights``).
    public func weightBytes(_ parameters: Parameters) -> Bytes {
        Bytes(parameters.value * bytesPerWeight)
    }

    /// Checks that every precision is a serving format; throws an ``InputError`` naming the field.
    public func validate() throws {
        let allowed = Quantization.servingPrecisions.map(\.rawValue).joined(separator: "|")
        guard Quantization.servingPrecisions.contains(weights) else {
            throw InputError(field: "precision", value: weights.rawValue, allowed: allowed)
        }
        guard Quantization.servingPrecisions.contains(kvCache) else {
            throw InputError(field: "kv_precision", value: kvCache.rawValue, allowed: allowed)
        }
        if let experts, !Quantization.servingPrecisions.contains(experts) {
            throw InputError(field: "expert_precision", value: experts.rawValue, allowed: allowed)
        }
        if let math, !Quantization.mathPrecisions.contains(math) {
            throw InputError(
                field: "math_precision", value: math.rawValue,
                allowed: Quantization.mathPrecisions.map(\.rawValue).joined(separator: "|"))
        }
    }

    /// Checks that `accelerator` publishes a peak for every math precision used; throws an ``InputError``
    /// naming `math_precision` when one was given, else the storage field that implied it.
    public func validate(on accelerator: AcceleratorSpec) throws {
        let published = Quantization.mathPrecisions.filter { accelerator.peak(at: $0) != nil }.map(\.rawValue)
        let allowed = "a math precision \(accelerator.name) publishes a peak for (\(published.joined(separator: ", ")))"
        if computePeak(on: accelerator) == nil {
            let field = math != nil ? "math_precision" : "precision"
            throw InputError(
                field: field, value: (math ?? weights).rawValue, allowed: allowed,
                hint: weights == .fp4 && math == nil
                    ? "FP4 needs FP4 tensor cores; for weight-only FP4 set the math precision to bf16 or fp8" : nil)
        }
        if expertComputePeak(on: accelerator) == nil {
            let field = math != nil ? "math_precision" : "expert_precision"
            throw InputError(
                field: field, value: (math ?? experts ?? weights).rawValue, allowed: allowed,
                hint: "FP4 experts need FP4 tensor cores; for weight-only FP4 set the math precision")
        }
    }
}
