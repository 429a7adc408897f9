import ReckonUnits

/// The accelerator figures the plan model reads, as plain numbers in SI base units (the search's
/// inner loop works on `Double`s, not on ``Quantity`` values).
public struct PlanHardware: Sendable, Hashable {
    /// Dense BF16/FP16 tensor-core peak, FLOP/s.
    public var peakFLOPPerSecond: Double
    /// Dense FP8 tensor-core peak, FLOP/s; 0 where the accelerator has no FP8 tensor cores.
    public var fp8PeakFLOPPerSecond: Double
    /// HBM capacity, bytes.
    public var memoryBytes: Double
    /// HBM bandwidth, bytes/s.
    public var memoryBandwidth: Double
    /// Scale-up link (NVLink) bandwidth per accelerator, one direction, bytes/s.
    public var scaleUpBandwidth: Double
    /// Scale-out network (InfiniBand NIC) bandwidth per accelerator, one direction, bytes/s.
    public var scaleOutBandwidth: Double
    /// Accelerators per scale-up domain (8 in a DGX A100 node).
    public var scaleUpDomain: Int

    public init(peakFLOPPerSecond: Double, fp8PeakFLOPPerSecond: Double = 0, memoryBytes: Double, memoryBandwidth: Double,
                scaleUpBandwidth: Double, scaleOutBandwidth: Double, scaleUpDomain: Int) {
        self.peakFLOPPerSecond = peakFLOPPerSecond; self.fp8PeakFLOPPerSecond = fp8PeakFLOPPerSecond
        self.memoryBytes = memoryBytes
        self.memoryBandwidth = memoryBandwidth; self.scaleUpBandwidth = scaleUpBandwidth
        self.scaleOutBandwidth = scaleOutBandwidth; self.scaleUpDomain = scaleUpDomain
    }

    /// Tensor-core peak for GEMMs at `precision` (0 if the accelerator lacks it).
    @inlinable public func peak(_ precision: TrainingPrecision) -> Double {
        precision == .bf16 ? peakFLOPPerSecond : fp8PeakFLOPPerSecond
    }

    /// Reads the figures from a catalog entry; throws an ``InputError`` naming the first one the entry lacks.
    public init(accelerator a: AcceleratorSpec) throws {
        func need<T>(_ value: T?, _ what: String) throws -> T {
            guard let value else {
                throw InputError(field: "gpu", value: a.id, allowed: "an accelerator with a published \(what)",
                                 hint: "the catalog entry has no \(what); the plan model needs it")
            }
            return value
        }
        let peak = try need(a.peak(at: .bf16), "BF16 peak")
        self.init(peakFLOPPerSecond: peak.value, fp8PeakFLOPPerSecond: a.peak(at: .fp8)?.value ?? 0,
                  memoryBytes: try need(a.memory, "memory").value,
                  memoryBandwidth: try need(a.memoryBandwidth, "memory bandwidth").value,
                  scaleUpBandwidth: try need(a.scaleUpBandwidth, "scale-up bandwidth").value,
                  scaleOutBandwidth: try need(a.scaleOutBandwidth, "scale-out bandwidth").value,
                  scaleUpDomain: try need(a.scaleUpDomain, "scale-up domain"))
    }

    /// NVIDIA A100 SXM4 80GB in a DGX A100 / Selene node, the hardware of Narayanan et al. 2021.
    ///
    /// 312 TFLOP/s dense BF16/FP16 and 2,039 GB/s HBM2e (NVIDIA A100 datasheet, 2021);
    /// NVLink 3 600 GB/s bidirectional = 300 GB/s per direction; 8 × 200 Gb/s HDR InfiniBand per
    /// 8-GPU node on Selene = 25 GB/s per GPU (Narayanan et al. 2021, Sec. 5).
    public static let a100SXM80GB = PlanHardware(
        peakFLOPPerSecond: 312e12, memoryBytes: 80e9, memoryBandwidth: 2039e9,
        scaleUpBandwidth: 300e9, scaleOutBandwidth: 25e9, scaleUpDomain: 8)
}
