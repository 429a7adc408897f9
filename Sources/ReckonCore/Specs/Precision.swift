import ReckonUnits

/// A numeric format for arithmetic or storage.
public enum Precision: String, Sendable, CaseIterable, Codable, Hashable {
    case fp32, tf32, bf16, fp16, fp8, int8, int4
    /// 4-bit floating point (E2M1) with block scales (NVFP4: one FP8 scale per 16 elements; MXFP4: one E8M0
    /// scale per 32). The scale bytes are counted by the models that store FP4 tensors, not here.
    case fp4

    /// Storage per element.
    public var bytesPerElement: Double {
        switch self {
        case .fp32, .tf32: 4
        case .bf16, .fp16: 2
        case .fp8, .int8: 1
        case .int4, .fp4: 0.5
        }
    }

    /// The tensor-core peak that applies to this format: FP16 runs at the BF16 rate on every
    /// accelerator in the catalog, INT8 at the FP8 rate where no INT8 figure is listed.
    public var peakKey: Precision {
        switch self {
        case .fp16: .bf16
        default: self
        }
    }

    /// How people write it.
    public var label: String {
        switch self {
        case .fp32: "FP32"
        case .tf32: "TF32"
        case .bf16: "BF16"
        case .fp16: "FP16"
        case .fp8: "FP8"
        case .int8: "INT8"
        case .int4: "INT4"
        case .fp4: "FP4"
        }
    }
}
