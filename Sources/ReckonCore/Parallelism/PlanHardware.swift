import ReckonUnits

/// How the accelerators of one scale-up domain are wired to each other.
///
/// The topology decides how much of an accelerator's scale-up bandwidth a collective over a group of `n`
/// of them can use (``PlanHardware/scaleUpBandwidth(groupSize:)``).
public enum ScaleUpTopology: Sendable, Hashable {
    /// Every accelerator reaches every other at its full link bandwidth through switches (NVLink + NVSwitch).
    case switched
    /// Point-to-point links to each peer, no switch (AMD Infinity Fabric on an MI300X platform; Intel Gaudi's
    /// RoCE ports wired all-to-all inside a box): a group of `n` uses the `n − 1` links to its peers, each of
    /// `peerBandwidth` bytes/s one way.
    case fullyConnected(peerBandwidth: Double)
    /// A `d`-dimensional torus (Google TPU ICI, `d` = 3 for v4 and v5p) with rings of `ringSize` chips per
    /// dimension: a group that fills `k` dimensions uses `k` of the `d` link pairs.
    case torus(dimensions: Int, ringSize: Int)

    /// A short label for reports: `switched`, `fully connected`, `3D torus`.
    public var label: String {
        switch self {
        case .switched: "switched"
        case .fullyConnected: "fully connected"
        case let .torus(d, _): "\(d)D torus"
        }
    }
}

/// The accelerator figures the plan model reads, as plain numbers in SI base units (the search's
/// inner loop works on `Double`s, not on ``Quantity`` values).
public struct PlanHardware: Sendable, Hashable {
    /// Dense BF16/FP16 tensor-core peak, FLOP/s.
    public var peakFLOPPerSecond: Double
    /// Dense FP8 tensor-core peak, FLOP/s; 0 where the accelerator has no FP8 tensor cores.
    public var fp8PeakFLOPPerSecond: Double
    /// Device memory a program can allocate from, bytes (the driver-visible capacity where known).
    public var memoryBytes: Double
    /// HBM bandwidth, bytes/s.
    public var memoryBandwidth: Double
    /// Scale-up bandwidth per accelerator, one direction, all links together, bytes/s.
    public var scaleUpBandwidth: Double
    /// Scale-out network (InfiniBand/RoCE NIC) bandwidth per accelerator, one direction, bytes/s;
    /// 0 when not published: plans whose groups leave one scale-up domain are then refused.
    public var scaleOutBandwidth: Double
    /// Accelerators per scale-up domain (8 in a DGX A100 node, 72 in a GB200 NVL72 rack).
    public var scaleUpDomain: Int
    /// How the scale-up domain is wired.
    public var scaleUpTopology: ScaleUpTopology
    /// Streaming multiprocessors (NVIDIA) or compute units (AMD) that GEMM tiles are spread over;
    /// 0 = unknown, in which case no wave quantization is applied.
    public var computeUnits: Int
    /// Output tile of a large GEMM kernel, `M × N` elements (wave quantization, ``GemmTiming``).
    public var gemmTileM: Int
    public var gemmTileN: Int
    /// Fraction of the fused-attention efficiency that FlashAttention-2-class kernels reach on this
    /// accelerator (1 where they are the native kernels; below 1 on Hopper, ``FrameworkProfile/attentionKernel``).
    public var portableAttentionFraction: Double

    public init(
        peakFLOPPerSecond: Double, fp8PeakFLOPPerSecond: Double = 0, memoryBytes: Double,
        memoryBandwidth: Double,
        scaleUpBandwidth: Double, scaleOutBandwidth: Double, scaleUpDomain: Int,
        scaleUpTopology: ScaleUpTopology = .switched, computeUnits: Int = 0, gemmTileM: Int = 128,
        gemmTileN: Int = 128, portableAttentionFraction: Double = 1
    ) {
        self.peakFLOPPerSecond = peakFLOPPerSecond
        self.fp8PeakFLOPPerSecond = fp8PeakFLOPPerSecond
        self.memoryBytes = memoryBytes
        self.memoryBandwidth = memoryBandwidth
        self.scaleUpBandwidth = scaleUpBandwidth
        self.scaleOutBandwidth = scaleOutBandwidth
        self.scaleUpDomain = scaleUpDomain
        self.scaleUpTopology = scaleUpTopology
        self.computeUnits = computeUnits
        self.gemmTileM = gemmTileM
        self.gemmTileN = gemmTileN
        self.portableAttentionFraction = portableAttentionFraction
    }

    /// Tensor-core peak for GEMMs at `precision` (0 if the accelerator lacks it).
    @inlinable public func peak(_ precision: TrainingPrecision) -> Double {
        precision == .bf16 ? peakFLOPPerSecond : fp8PeakFLOPPerSecond
    }

    /// True when groups may leave one scale-up domain (a scale-out bandwidth is known).
    @inlinable public var hasScaleOut: Bool { scaleOutBandwidth > 0 }

    /// Scale-up bandwidth, one direction, that a collective over `n` accelerators of one domain can use, bytes/s.
    ///
    /// ```
    /// switched:         B(n) = B_up
    /// fully connected:  B(n) = min(B_up, (n − 1) · b_peer)       the n − 1 links to the other members
    /// torus d, ring r:  B(n) = B_up · min(d, ⌈log_r n⌉)/d      dimensions the group fills
    /// ```
    /// - `B_up` ``scaleUpBandwidth`` (all links), `b_peer` one link's bandwidth, `n` ≥ 2 accelerators.
    /// `B(n)` does not depend on the domain size, so a larger domain (more groups inside it) never slows a plan.
    @inlinable
    public func scaleUpBandwidth(groupSize n: Int) -> Double {
        switch scaleUpTopology {
        case .switched:
            return scaleUpBandwidth
        case let .fullyConnected(peer):
            return min(scaleUpBandwidth, Double(n - 1) * peer)
        case let .torus(d, r):
            var filled = 1
            var span = r
            while span < n, filled < d {
                filled += 1
                span *= r
            }
            return scaleUpBandwidth * Double(filled) / Double(d)
        }
    }

    /// Reads the figures from a catalog entry; throws an ``InputError`` naming the first one the entry lacks.
    ///
    /// The catalog's own figures only (switched topology, no SM count, the marketed memory): a catalog
    /// adds the plan-specific figures through ``init(accelerator:details:)``.
    public init(accelerator a: AcceleratorSpec) throws {
        try self.init(accelerator: a, details: nil)
    }

    /// Reads the figures from a catalog entry and, where given, the plan-specific details of the part
    /// (topology, SMs, tile, driver-visible memory, links that the entry leaves out).
    public init(accelerator a: AcceleratorSpec, details: AcceleratorPlanDetails?) throws {
        func need<T>(_ value: T?, _ what: String) throws -> T {
            guard let value else {
                throw InputError(
                    field: "gpu", value: a.id, allowed: "an accelerator with a published \(what)",
                    hint: "the catalog entry has no \(what); the plan model needs it")
            }
            return value
        }
        let peak = try need(a.peak(at: .bf16), "BF16 peak")
        let scaleUp = try need(a.scaleUpBandwidth?.value ?? details?.scaleUpBandwidth, "scale-up bandwidth")
        let memory = try details?.visibleMemoryBytes ?? need(a.memory, "memory").value
        self.init(
            peakFLOPPerSecond: peak.value, fp8PeakFLOPPerSecond: a.peak(at: .fp8)?.value ?? 0,
            memoryBytes: memory,
            memoryBandwidth: try need(a.memoryBandwidth, "memory bandwidth").value,
            scaleUpBandwidth: scaleUp,
            scaleOutBandwidth: a.scaleOutBandwidth?.value ?? details?.scaleOutBandwidth ?? 0,
            scaleUpDomain: try need(a.scaleUpDomain, "scale-up domain"),
            scaleUpTopology: details?.topology ?? .switched, computeUnits: details?.computeUnits ?? 0,
            gemmTileM: details?.gemmTileM ?? 128, gemmTileN: details?.gemmTileN ?? 128,
            portableAttentionFraction: details?.portableAttentionFraction ?? 1)
    }

    /// NVIDIA A100 SXM4 80GB in a DGX A100 / Selene node, the hardware of Narayanan et al. 2021.
    ///
    /// 312 TFLOP/s dense BF16/FP16 and 2,039 GB/s HBM2e (NVIDIA A100 datasheet, 2021);
    /// NVLink 3 600 GB/s bidirectional = 300 GB/s per direction; 8 × 200 Gb/s HDR InfiniBand per
    /// 8-GPU node on Selene = 25 GB/s per GPU (Narayanan et al. 2021, Sec. 5). Memory 81,920 MiB as the
    /// driver reports it, 108 SMs, 128 × 128 tiles: the catalog's plan details for `a100-80gb`.
    public static let a100SXM80GB = PlanHardware(
        peakFLOPPerSecond: 312e12, memoryBytes: 81_920 * 1_048_576, memoryBandwidth: 2039e9,
        scaleUpBandwidth: 300e9, scaleOutBandwidth: 25e9, scaleUpDomain: 8, computeUnits: 108)
}

/// Figures of an accelerator that the plan model needs beyond its catalog entry: how its scale-up domain
/// is wired, how many compute units tile a GEMM, the memory the driver exposes, and links the entry leaves
/// out. Data with sources, kept in the catalog (`ReckonCatalog/BuiltinPlanDetails.swift`).
public struct AcceleratorPlanDetails: Sendable, Hashable {
    public var acceleratorID: String
    public var topology: ScaleUpTopology
    public var computeUnits: Int
    public var gemmTileM: Int
    public var gemmTileN: Int
    /// Driver-visible device memory, bytes (nil: the catalog's marketed figure is used).
    public var visibleMemoryBytes: Double?
    /// Scale-up bandwidth where the catalog entry has none, one direction, bytes/s.
    public var scaleUpBandwidth: Double?
    /// Scale-out bandwidth where the catalog entry has none, one direction, bytes/s.
    public var scaleOutBandwidth: Double?
    /// See ``PlanHardware/portableAttentionFraction``.
    public var portableAttentionFraction: Double
    public var source: String

    public init(
        acceleratorID: String, topology: ScaleUpTopology, computeUnits: Int, gemmTileM: Int, gemmTileN: Int,
        visibleMemoryBytes: Double? = nil, scaleUpBandwidth: Double? = nil, scaleOutBandwidth: Double? = nil,
        portableAttentionFraction: Double = 1, source: String
    ) {
        self.acceleratorID = acceleratorID
        self.topology = topology
        self.computeUnits = computeUnits
        self.gemmTileM = gemmTileM
        self.gemmTileN = gemmTileN
        self.visibleMemoryBytes = visibleMemoryBytes
        self.scaleUpBandwidth = scaleUpBandwidth
        self.scaleOutBandwidth = scaleOutBandwidth
        self.portableAttentionFraction = portableAttentionFraction
        self.source = source
    }
}
