import ReckonCore

/// The plan model's extra figures for the built-in accelerators (``AcceleratorPlanDetails``): scale-up
/// topology, compute units and GEMM tile for wave quantization, driver-visible memory, and links the
/// catalog entries leave out. Each entry names its source; a figure not found is left out (the plan
/// model then falls back to the catalog entry, or refuses plans that need it).
public enum BuiltinPlanDetails {
    /// Driver-visible memory of NVIDIA parts, as NVML (nvidia-smi) reports it: H100 80 GB 81,559 MiB,
    /// H200 143,771 MiB, A100 80GB 81,920 MiB, A100 40GB 40,960 MiB (thundergolfer.com, "Why does an NVIDIA
    /// H100 80GB card offer 85.52 GB?", table of NVML capacities on Modal's fleet).
    static let mebibyte = 1_048_576.0
    static let nvmlSource =
        "driver-visible memory as NVML reports it (thundergolfer.com, 'Why does an NVIDIA H100 "
        + "80GB card offer 85.52 GB?')"
    /// FlashAttention-3 (Shah et al. 2024, arXiv:2407.08608), Sec. 1: FlashAttention-2 "achieves only 35%
    /// utilization on H100", FlashAttention-3 reaches "up to 75%" in BF16: Hopper runs Ampere-era kernels
    /// at 35/75 of its native attention rate.
    static let hopperPortableAttention = 0.35 / 0.75
    static let hopperAttentionSource =
        "FlashAttention-2 reaches 35% of H100 peak, FlashAttention-3 75% (Shah et al. "
        + "2024, arXiv:2407.08608, Sec. 1)"

    public static let all: [AcceleratorPlanDetails] = [
        AcceleratorPlanDetails(
            acceleratorID: "a100-80gb", topology: .switched, computeUnits: 108, gemmTileM: 128, gemmTileN: 128,
            visibleMemoryBytes: 81_920 * mebibyte,
            source: "108 SMs (NVIDIA A100 whitepaper, via notes.haroldbenoit.com 'GPU hardware'); 128×128 output "
                + "tiles (the tile of cuBLAS's large Ampere BF16 GEMMs); NVSwitch all-to-all; \(nvmlSource)"),
        AcceleratorPlanDetails(
            acceleratorID: "a100-40gb", topology: .switched, computeUnits: 108, gemmTileM: 128, gemmTileN: 128,
            visibleMemoryBytes: 40_960 * mebibyte,
            source: "as a100-80gb; \(nvmlSource)"),
        AcceleratorPlanDetails(
            acceleratorID: "h100-sxm", topology: .switched, computeUnits: 132, gemmTileM: 128, gemmTileN: 256,
            visibleMemoryBytes: 81_559 * mebibyte, portableAttentionFraction: hopperPortableAttention,
            source: "132 SMs (glennklockwood.com H100 page, from the Hopper whitepaper); 128×256 output tiles "
                + "(Hopper warp-group GEMMs); \(nvmlSource); \(hopperAttentionSource)"),
        AcceleratorPlanDetails(
            acceleratorID: "h800", topology: .switched, computeUnits: 132, gemmTileM: 128, gemmTileN: 256,
            visibleMemoryBytes: 81_559 * mebibyte, portableAttentionFraction: hopperPortableAttention,
            source: "the H100 SXM's GH100 die and 80 GB HBM3 (catalog entry); \(hopperAttentionSource)"),
        AcceleratorPlanDetails(
            acceleratorID: "h100-pcie", topology: .switched, computeUnits: 114, gemmTileM: 128, gemmTileN: 256,
            portableAttentionFraction: hopperPortableAttention,
            source: "114 SMs per GPU (NVIDIA LaunchPad H100 MIG guide); \(hopperAttentionSource)"),
        AcceleratorPlanDetails(
            acceleratorID: "h200", topology: .switched, computeUnits: 132, gemmTileM: 128, gemmTileN: 256,
            visibleMemoryBytes: 143_771 * mebibyte, portableAttentionFraction: hopperPortableAttention,
            source: "the H100's GH100 die (catalog entry); \(nvmlSource); \(hopperAttentionSource)"),
        AcceleratorPlanDetails(
            acceleratorID: "b200", topology: .switched, computeUnits: 148, gemmTileM: 128, gemmTileN: 256,
            source: "148 SMs (hmc-tech.com A100 vs B200 specification table); 128×256 tiles assumed as on Hopper"),
        AcceleratorPlanDetails(
            acceleratorID: "gb200", topology: .switched, computeUnits: 148, gemmTileM: 128, gemmTileN: 256,
            scaleOutBandwidth: 50e9,
            source: "2 × 18,944 CUDA cores per GB200 superchip = 148 SMs per GPU (hmc-tech.com GB200 vs H100 table); "
                + "NVLink switch across the 72 GPUs of an NVL72 rack; scale-out: ConnectX-7 (400 Gb/s) in every "
                + "4-GPU compute tray (NVIDIA Multi-Node NVLink Systems tuning guide, 'Understanding Your "
                + "Grace-Blackwell Systems'); one per GPU, 50 GB/s, is an assumption, as GB300's tray carries 4 "
                + "ConnectX-8 for its 4 GPUs (NVIDIA Enterprise Reference Architecture, NVL72 AI factory)"),
        AcceleratorPlanDetails(
            acceleratorID: "gb300", topology: .switched, computeUnits: 160, gemmTileM: 128, gemmTileN: 256,
            source: "160 SMs across the two dies 'in the full GPU implementation' (NVIDIA technical blog 'Inside "
                + "NVIDIA Blackwell Ultra: The Chip Powering the AI Factory Era'; that the GB300 part enables all of "
                + "them is an assumption); 128×256 tiles assumed as on Hopper; NVLink switch across the 72 GPUs of "
                + "an NVL72 rack"),
        AcceleratorPlanDetails(
            acceleratorID: "mi300x", topology: .fullyConnected(peerBandwidth: 64e9), computeUnits: 304,
            gemmTileM: 256, gemmTileN: 256,
            source: "304 compute units (fridayswithfaraday.com, 'AMD MI300X and ROCm'); Infinity Fabric: 7 links to "
                + "the other 7 GPUs of the platform, 448 GB/s one way in all (catalog) = 64 GB/s per link; 256×256 "
                + "tiles assumed (hipBLASLt macro tiles); per-GPU scale-out NIC depends on the server: left out"),
        AcceleratorPlanDetails(
            acceleratorID: "tpu-v4", topology: .torus(dimensions: 3, ringSize: 4), computeUnits: 0, gemmTileM: 128,
            gemmTileN: 128, scaleUpBandwidth: 300e9,
            source: "3D torus built from 4×4×4 cubes (glennklockwood.com TPUv4 page; Jouppi et al. 2023, ISCA); six "
                + "ICI ports per chip (brendanjameslynskey.github.io 'ICI, OCS & the 3D Torus') at 400 Gb/s each "
                + "way (glennklockwood.com) = 300 GB/s one way; MXU systolic arrays are not tiled like SMs: no "
                + "wave quantization; data-center network bandwidth not found: left out"),
        AcceleratorPlanDetails(
            acceleratorID: "tpu-v5e", topology: .torus(dimensions: 2, ringSize: 16), computeUnits: 0, gemmTileM: 128,
            gemmTileN: 128,
            source: "2D torus of 16×16 chips per 256-chip pod (Google Cloud TPU v5e documentation; four ICI ports "
                + "per e-class chip); no wave quantization for MXUs"),
        AcceleratorPlanDetails(
            acceleratorID: "tpu-v5p", topology: .torus(dimensions: 3, ringSize: 4), computeUnits: 0, gemmTileM: 128,
            gemmTileN: 128,
            source: "3D torus of 4×4×4 cubes, six ICI ports per chip (brendanjameslynskey.github.io 'ICI, OCS & the "
                + "3D Torus'); ICI and DCN bandwidth from the catalog entry; no wave quantization for MXUs"),
        AcceleratorPlanDetails(
            acceleratorID: "gaudi2", topology: .fullyConnected(peerBandwidth: 37.5e9), computeUnits: 0, gemmTileM: 256,
            gemmTileN: 256, scaleUpBandwidth: 262.5e9, scaleOutBandwidth: 37.5e9,
            source: "Intel Gaudi documentation, 'Network Configuration': Gaudi 2 has 21 scale-up ports at 100 Gb/s "
                + "wired all-to-all to the 7 other accelerators of an HLS-2 box (3 per peer) = 262.5 GB/s one way, "
                + "and 3 scale-out ports = 37.5 GB/s each way; MME engines are not tiled like SMs: no wave "
                + "quantization"),
        AcceleratorPlanDetails(
            acceleratorID: "gaudi3", topology: .fullyConnected(peerBandwidth: 75e9), computeUnits: 0, gemmTileM: 256,
            gemmTileN: 256,
            source: "Intel Gaudi documentation, 'Network Configuration': 21 scale-up ports at 200 Gb/s, 3 to each of "
                + "the 7 peers of an HLS-3 box = 75 GB/s per peer one way (525 GB/s in all); no wave quantization "
                + "for MMEs"),
    ]

    /// The details of accelerator `id`, if the catalog has them.
    public static func details(for id: String) -> AcceleratorPlanDetails? {
        all.first { $0.acceleratorID == id }
    }

    /// The plan model's view of a catalog accelerator: its entry completed by its plan details.
    public static func hardware(for accelerator: AcceleratorSpec) throws -> PlanHardware {
        try PlanHardware(accelerator: accelerator, details: details(for: accelerator.id))
    }
}
