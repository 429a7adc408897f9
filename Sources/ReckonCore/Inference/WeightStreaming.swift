import ReckonUnits

/// A link from where the weights live (host DRAM, NVMe) to the accelerator, one direction.
public struct HostLink: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var bandwidth: BytesPerSecond
    public var source: String

    public init(id: String, name: String, bandwidth: BytesPerSecond, source: String) {
        self.id = id
        self.name = name
        self.bandwidth = bandwidth
        self.source = source
    }

    public static let pcie3 = HostLink(
        id: "pcie3", name: "PCIe Gen3 x16", bandwidth: .gigabytesPerSecond(16),
        source: "LessWrong 2021 comment on 'Inference cost limits ...': 'PCIe gen3x16 is only ~16GB/s' (15.75 GB/s at "
            + "8 GT/s, 128b/130b)")
    public static let pcie4 = HostLink(
        id: "pcie4", name: "PCIe Gen4 x16", bandwidth: .gigabytesPerSecond(31.5),
        source: "LessWrong 2021 comment on 'Inference cost limits ...': 'PCIe gen4x16 is ~31.5GB/s'")
    public static let pcie5 = HostLink(
        id: "pcie5", name: "PCIe Gen5 x16", bandwidth: .gigabytesPerSecond(63),
        source: "PCI-SIG PCIe 5.0 (32 GT/s × 16 lanes, 128b/130b ≈ 63 GB/s per direction)")
    public static let nvlinkC2C = HostLink(
        id: "nvlink-c2c", name: "NVLink-C2C (Grace Hopper)", bandwidth: .gigabytesPerSecond(450),
        source:
            "NVIDIA GH200 Grace Hopper Superchip datasheet: NVLink-C2C 900 GB/s bidirectional (450 GB/s per direction)")

    public static let all: [HostLink] = [pcie3, pcie4, pcie5, nvlinkC2C]

    /// Accelerators sharing one host's PCIe root complex: an 8-GPU server (NVIDIA DGX/HGX H100, H200, B200).
    public static let acceleratorsPerHost = 8

    /// Total PCIe bandwidth of a 128-lane host of this generation, one direction; nil for NVLink-C2C (every
    /// GPU has its own CPU link).
    ///
    /// Gen4: LessWrong 2021 comment, "Total PCIe bandwidth for even a Threadripper Pro platform (128 lanes of gen4
    /// pcie) is
    /// ~250GB/s"; Gen3 half of it and Gen5 twice (the same 128 lanes at half or double the per-lane rate; the seed:
    /// "Gen5 and gen6 PCIe in theory will double this and double this again").
    public var hostCap: BytesPerSecond? {
        switch id {
        case "pcie3": .gigabytesPerSecond(125)
        case "pcie4": .gigabytesPerSecond(250)
        case "pcie5": .gigabytesPerSecond(500)
        default: nil
        }
    }

    /// The link with this ID; throws an ``InputError`` naming `link`.
    public static func named(_ id: String) throws -> HostLink {
        if let hit = all.first(where: { $0.id == id.lowercased() }) { return hit }
        throw InputError(field: "link", value: id, allowed: all.map(\.id).joined(separator: "|"))
    }
}

/// Where offloaded weights are kept: a device with a per-request latency and, for NVMe, its own rate cap.
public struct OffloadTier: Sendable, Hashable, Identifiable {
    public var id: String
    /// Time from issuing a read to the first byte arriving.
    public var latency: Seconds
    /// The storage's own read rate if slower than the link (nil: the link limits).
    public var deviceBandwidth: BytesPerSecond?
    public var source: String

    public init(id: String, latency: Seconds, deviceBandwidth: BytesPerSecond?, source: String) {
        self.id = id
        self.latency = latency
        self.deviceBandwidth = deviceBandwidth
        self.source = source
    }

    public static let host = OffloadTier(
        id: "host", latency: Seconds(10e-6), deviceBandwidth: nil,
        source: "assumption: pinned host DRAM, DMA setup ≈ 10 µs; DRAM bandwidth exceeds one x16 link")
    public static let nvme = OffloadTier(
        id: "nvme", latency: Seconds(100e-6), deviceBandwidth: .gigabytesPerSecond(7),
        source:
            "assumption: one PCIe Gen4 x4 NVMe SSD, ≈7 GB/s sequential read (vendor datasheets, e.g. Samsung 990 Pro "
            + "7.45 GB/s), ≈100 µs read latency"
    )

    public static let all: [OffloadTier] = [host, nvme]

    public static func named(_ id: String) throws -> OffloadTier {
        if let hit = all.first(where: { $0.id == id.lowercased() }) { return hit }
        throw InputError(field: "offload", value: id, allowed: all.map(\.id).joined(separator: "|"))
    }
}

/// Running a model whose weights do not fit by streaming its layers from host memory or storage
/// (ZeRO-Infinity style), with or without prefetching the next layers while computing.
///
/// ```
/// x = bytes_layer / BW                                       transfer time of one layer's weights
/// not pipelined:  T = ⌈L / r⌉ · (ℓ + r·x + r·c)              load r layers, then compute them
/// pipelined:      T = min( (ℓ + x) + (L − 1) · p + c,  not pipelined )   first layer arrives, then one per p
///                 p = max(c, x, (ℓ + x + c) / r)
/// ```
/// - `L`: layers; `c`: compute time of one layer, s; `ℓ`: latency of one transfer (round trip), s
/// - `BW`: link rate (the slower of link and storage), B/s; `r`: layers' weights resident at once (≥ 1)
/// - `p`: steady-state period per layer: the slowest of compute, transfer, and the r buffers each cycling
///   through "load (ℓ + x), compute (c)" — with r buffers at most r layers are in flight
///
/// The LessWrong 2021 comments' worked example (L = 100, c = 10 ms, ℓ = 40 ms, x ≈ 0, r = 5): not pipelined 20 × (40 +
/// 50)
/// = 1.8 s; pipelined 40 + 99 × max(10, 0, 50/5) + 10 = 1,040 ms = 1.04 s. Its GPT-3 case: ~300 GB over
/// PCIe Gen4 x16 (31.5 GB/s) ≥ 300/31.5 = 9.52 s per forward pass, whatever the pipelining.
/// Source: LessWrong 2021, "Inference cost limits the impact of ever larger models", comments;
/// Rajbhandari et al. 2021, ZeRO-Infinity, arXiv:2104.07857.
public enum WeightStreaming {
    /// Transfer time of one layer's weights: `bytes_layer / BW`.
    @inlinable
    public static func transferTime(bytesPerLayer: Bytes, bandwidth: BytesPerSecond) -> Seconds {
        bytesPerLayer / bandwidth
    }

    /// Time of one forward pass without prefetching: groups of `resident` layers loaded, then computed.
    public static func sequentialTime(
        layers: Int, compute: Seconds, transfer: Seconds, latency: Seconds,
        resident: Int
    ) -> Seconds {
        precondition(layers >= 1 && resident >= 1, "layers and resident layers must be at least 1")
        var total = Seconds.zero
        var remaining = layers
        while remaining > 0 {
            let group = Double(min(resident, remaining))
            total += latency + transfer * group + compute * group
            remaining -= min(resident, remaining)
        }
        return total
    }

    /// Steady-state period per layer when prefetching with `resident` buffers.
    @inlinable
    public static func pipelinePeriod(compute: Seconds, transfer: Seconds, latency: Seconds, resident: Int) -> Seconds {
        let cycle = (latency + transfer + compute) / Double(resident)
        return max(max(compute, transfer), cycle)
    }

    /// Time of one forward pass with prefetching (layer k+1… loads while layer k computes).
    ///
    /// A prefetching runtime can always fall back to loading whole groups, so the result is the smaller
    /// of the per-layer pipeline above and ``sequentialTime`` (the fallback wins only when one transfer's
    /// latency exceeds the whole model's compute, e.g. a 200 ms fetch for 40 layers of 1 ms).
    public static func pipelinedTime(
        layers: Int, compute: Seconds, transfer: Seconds, latency: Seconds,
        resident: Int
    ) -> Seconds {
        precondition(layers >= 1 && resident >= 1, "layers and resident layers must be at least 1")
        let period = pipelinePeriod(compute: compute, transfer: transfer, latency: latency, resident: resident)
        let perLayer = latency + transfer + period * Double(layers - 1) + compute
        return min(
            perLayer,
            sequentialTime(layers: layers, compute: compute, transfer: transfer, latency: latency, resident: resident))
    }

    /// Either of the two, by `pipelined`.
    public static func time(
        layers: Int, compute: Seconds, transfer: Seconds, latency: Seconds,
        resident: Int, pipelined: Bool
    ) -> Seconds {
        pipelined
            ? pipelinedTime(layers: layers, compute: compute, transfer: transfer, latency: latency, resident: resident)
            : sequentialTime(layers: layers, compute: compute, transfer: transfer, latency: latency, resident: resident)
    }
}
