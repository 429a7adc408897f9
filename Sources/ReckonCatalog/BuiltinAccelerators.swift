import ReckonCore
import ReckonUnits

/// Accelerators shipped with Reckon. Figures come from `shared/ground-truth/hardware.csv` and the vendor
/// documents it cites; where that file is empty, from a vendor document (or a faithful mirror of one) found
/// in stored public material, named in the entry's `source`. A figure that could not be sourced is left out
/// (`nil`), never guessed.
///
/// Conventions used by every entry:
/// - `peak` is dense (no 2:4 sparsity). Vendors that print only the sparse figure are halved, and the
///   entry says so. Where a part has no BF16 (V100) the FP16 tensor rate is stored under `.bf16`.
/// - `scaleUpBandwidth` and `scaleOutBandwidth` are per accelerator, one direction: NVLink 4's
///   "900 GB/s" (bidirectional) is stored as 450 GB/s; a 400 Gb/s NIC per GPU as 50 GB/s.
/// - `asOf` is the date of the price quoted when the entry has one (prices age fastest), otherwise the
///   month the figures were compiled for this catalog.
///
/// - `cloudPriceRange` spans the cheapest to the dearest dated price found (committed or long-tail to hyperscaler
///   on-demand); it is present only with two or more dated prices, and `cloudPrice` lies inside it.
///
/// The entries live in `BuiltinAccelerators+NVIDIA.swift` and `BuiltinAccelerators+Others.swift`.
public enum BuiltinAccelerators {
    /// Common spellings → catalog ID. Keys are already normalized (lower case, dashes).
    public static let aliases: [String: String] = [
        "v100-sxm2": "v100", "v100-32gb": "v100", "tesla-v100": "v100",
        "a100": "a100-80gb", "a100-80g": "a100-80gb", "a100-sxm4-80gb": "a100-80gb", "a100-80gb-sxm": "a100-80gb",
        "a100-40g": "a100-40gb", "a100-sxm4-40gb": "a100-40gb", "a100-40gb-sxm": "a100-40gb",
        "h100": "h100-sxm", "h100-sxm5": "h100-sxm", "h100-80gb": "h100-sxm", "h100-sxm5-80gb": "h100-sxm",
        "h100pcie": "h100-pcie",
        "h800-sxm": "h800", "h200-sxm": "h200", "h200-141gb": "h200",
        "b200-hgx": "b200", "hgx-b200": "b200", "gb200-nvl72": "gb200",
        "mi250x-oam": "mi250x", "mi300": "mi300x", "mi300x-oam": "mi300x",
        "tpuv4": "tpu-v4", "tpu4": "tpu-v4",
        "tpuv5e": "tpu-v5e", "v5e": "tpu-v5e", "tpu-v5-lite": "tpu-v5e",
        "tpuv5p": "tpu-v5p", "v5p": "tpu-v5p",
        "gaudi-2": "gaudi2", "gaudi2-oam": "gaudi2", "gaudi-3": "gaudi3", "gaudi3-oam": "gaudi3",
        "b300-hgx": "b300", "hgx-b300": "b300", "blackwell-ultra": "b300", "gb300-nvl72": "gb300",
        "mi325": "mi325x", "mi325x-oam": "mi325x", "mi355": "mi355x", "mi355x-oam": "mi355x",
        "tpuv6e": "tpu-v6e", "v6e": "tpu-v6e", "trillium": "tpu-v6e",
        "tpu7x": "tpu-v7", "tpuv7": "tpu-v7", "tpu-7x": "tpu-v7", "ironwood": "tpu-v7",
        "trn2": "trainium2", "trainium-2": "trainium2", "trn3": "trainium3", "trainium-3": "trainium3",
    ]

    /// Every built-in accelerator, oldest NVIDIA part first, then AMD, Google, Intel, AWS.
    public static let all: [AcceleratorSpec] = [
        v100, a100_40GB, a100_80GB, h100SXM, h100PCIe, h800, h200, b200, gb200, b300, gb300,
        mi250x, mi300x, mi325x, mi355x, tpuV4, tpuV5e, tpuV5p, tpuV6e, tpuV7, gaudi2, gaudi3, trainium2, trainium3,
    ]

    /// GPU mean time between failures used by the paper: 950,000 hours.
    ///
    /// Faraboschi et al. 2024, Table 3, row `GPU_mtbf_base`: "950k hours — GPU Mean Time Between Failures,
    /// from A100 datasheet (Nvidia, 2023a)". Attached only to the A100 entries, the part it is quoted for.
    public static let paperA100MTBF = Seconds.hours(950_000)
    static let paperA100MTBFSource =
        "MTBF 950k h: Faraboschi et al. 2024, Table 3 (GPU_mtbf_base, 'from A100 datasheet (Nvidia, 2023a)')"
}
